/**
 * What every adapter's answer goes through before the bot sees it: the acute-danger flag is set by
 * the safety screen (never by a model), the language guess is added, and an acute message is
 * always treated as a description of the situation so the dialogs take the danger path.
 */
import { screenMessage } from '../safety/screen';
import { detectLanguage } from './language';
import type { NluLocale, Recognition } from './recognizer';

export type ModelRecognition = Omit<Recognition, 'acuteDanger' | 'suicidal' | 'language'>;

export function finaliseRecognition(model: ModelRecognition, text: string, locale: NluLocale): Recognition {
  const safety = screenMessage(text);
  const language = detectLanguage(text, locale);
  const intent = safety.acuteDanger ? 'describe_concern' : model.intent;
  return { ...model, intent, acuteDanger: safety.acuteDanger, suicidal: safety.suicidal, language };
}
