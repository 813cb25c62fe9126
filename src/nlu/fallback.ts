/**
 * Wraps a remote recognizer (LUIS, CLU) with the local one. On any failure (HTTP error, timeout,
 * malformed or unexpected response) the citizen gets the local result and never hears about it;
 * operators get an English warning with the reason, never the message text.
 */
import { RecognizerError } from './errors';
import type { ModelRecognition } from './finalise';
import type { NluLocale, Recognition, Recognizer } from './recognizer';

/** The part of a pino logger this needs. */
export interface WarnLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export class FallbackRecognizer implements Recognizer {
  readonly name: string;

  constructor(
    private readonly primary: Recognizer,
    private readonly fallback: Recognizer,
    private readonly logger: WarnLogger,
  ) {
    this.name = `${primary.name}+${fallback.name}`;
  }

  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    try {
      return await this.primary.recognize(text, locale);
    } catch (err) {
      this.warn(err);
      return this.fallback.recognize(text, locale);
    }
  }

  async interpret(text: string, locale: NluLocale): Promise<ModelRecognition> {
    const interpretOrRecognize = (r: Recognizer) => (r.interpret ? r.interpret(text, locale) : r.recognize(text, locale));
    try {
      return await interpretOrRecognize(this.primary);
    } catch (err) {
      this.warn(err);
      return interpretOrRecognize(this.fallback);
    }
  }

  private warn(err: unknown): void {
    const reason = err instanceof RecognizerError ? err.reason : 'unexpected';
    const status = err instanceof RecognizerError ? err.status : undefined;
    this.logger.warn(
      { recognizer: this.primary.name, fallback: this.fallback.name, reason, ...(status === undefined ? {} : { status }) },
      'Remote recognizer failed; used the local recognizer instead.',
    );
  }
}
