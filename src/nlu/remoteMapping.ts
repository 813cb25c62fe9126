/**
 * How remote models' labels map onto the port. The remote apps are expected to use our intent
 * names (a few common spellings are accepted) and two list entities, `form` and `signal`, whose
 * canonical values are our form and signal ids. Data, so a differently named remote app needs only
 * this table changed.
 */
import { INTENTS, isForm, isSignal, type Form, type Intent, type Signal } from './recognizer';

const pascal = (id: string) => id.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase());

export const REMOTE_INTENT_MAP: Readonly<Record<string, Intent>> = {
  ...Object.fromEntries(
    INTENTS.flatMap((intent) => [
      [intent, intent],
      [pascal(intent), intent],
    ]),
  ),
  None: 'out_of_scope',
  none: 'out_of_scope',
};

export const REMOTE_FORM_ENTITIES: readonly string[] = ['form', 'Form', 'exploitation_form'];
export const REMOTE_SIGNAL_ENTITIES: readonly string[] = ['signal', 'Signal', 'signals'];

export function mapIntent(name: string): Intent | undefined {
  return Object.prototype.hasOwnProperty.call(REMOTE_INTENT_MAP, name) ? REMOTE_INTENT_MAP[name] : undefined;
}

/** Canonical values to our ids: unknown values are ignored, order kept, duplicates dropped. */
export function mapSignals(values: readonly string[]): Signal[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter(isSignal))];
}

export function mapForm(values: readonly string[]): Form {
  return values.map((v) => v.trim().toLowerCase()).find(isForm) ?? 'unknown';
}
