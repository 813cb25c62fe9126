/**
 * What every adapter's answer goes through before anyone sees it as a Recognition: the danger
 * flags and the language come from the first look (the safety screen, never a model of intents),
 * and an acute message is always treated as a description of the situation so the dialogs take
 * the danger path.
 */
import { isAcute, type FirstLook } from '../understanding/understanding';
import type { NluLocale, Recognition } from './recognizer';

export type ModelRecognition = Omit<Recognition, 'acuteDanger' | 'suicidal' | 'language'>;

/** The synchronous first look at a message (danger and language); see understanding.ts. */
export type FirstLooker = (text: string, locale: NluLocale) => FirstLook;

export function finaliseRecognition(model: ModelRecognition, look: FirstLook): Recognition {
  const acute = isAcute(look.danger);
  return {
    ...model,
    intent: acute ? 'describe_concern' : model.intent,
    acuteDanger: acute,
    suicidal: look.danger.suicidal,
    language: look.language,
  };
}
