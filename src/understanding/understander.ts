/**
 * The one understanding step for a citizen message, composed from the safety screen, the language
 * guess and the configured recognizer (local, or LUIS/CLU with the local one as fallback).
 */
import { detectLanguage } from '../nlu/language';
import type { Recognition, Recognizer } from '../nlu/recognizer';
import type { SafetyScreen } from '../safety/screen';
import type { FirstLook, Understander, Understanding, UnderstandingContext } from './understanding';

export interface UnderstanderDeps {
  safety: SafetyScreen;
  recognizer: Recognizer;
  /** Told when the recognizer fails; the conversation goes on without its answer. */
  onRecognizerError?: (err: unknown) => void;
}

export function createUnderstander(deps: UnderstanderDeps): Understander {
  return {
    name: deps.recognizer.name,
    firstLook(text: string, context: UnderstandingContext): FirstLook {
      const screened = deps.safety.screen(text);
      return {
        danger: {
          level: screened.acuteDanger || screened.suicidal ? 'acute' : 'none',
          suicidal: screened.suicidal,
          reasons: screened.reasons,
          score: screened.acuteDanger || screened.suicidal ? 1 : 0,
        },
        language: detectLanguage(text, context.locale),
      };
    },
    async understand(text: string, look: FirstLook, context: UnderstandingContext): Promise<Understanding> {
      let recognition: Recognition | null = null;
      try {
        recognition = await deps.recognizer.recognize(text, context.locale);
      } catch (err) {
        deps.onRecognizerError?.(err);
      }
      return {
        ...look,
        intent: recognition?.intent ?? 'describe_concern',
        intentScore: recognition?.scores.intent ?? 0,
        ...(recognition?.scores.intents ? { intents: recognition.scores.intents } : {}),
        form: recognition?.form ?? 'unknown',
        formScore: recognition?.scores.form ?? 0,
        signals: recognition?.signals ?? [],
        questions: [],
        facts: {},
      };
    },
  };
}
