// The @nlpjs packages ship no type declarations; these cover only what the local recognizer uses.
declare module '@nlpjs/core' {
  export interface NlpContainer {
    use(plugin: unknown): void;
    register(name: string, value: unknown, isSingleton?: boolean): void;
  }
  export function containerBootstrap(settings?: Record<string, unknown>): NlpContainer;
}

declare module '@nlpjs/nlp' {
  import type { NlpContainer } from '@nlpjs/core';

  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications?: NlpClassification[];
  }
  export class Nlp {
    constructor(settings: Record<string, unknown>, container: NlpContainer);
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
