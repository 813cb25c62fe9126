/**
 * Scripted conversations through the real bot with the real understanding, where the facts readers
 * give some messages another role than they may read today (as they read such messages in the
 * tuning sets): for dialog tests of what the conversation does with a reading, whatever the models.
 */
import type { Script } from '../../bench/dialogs/script';
import { createLocalRecognizer } from '../../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../../src/safety/screen';
import { createUnderstander } from '../../src/understanding/understander';
import type { ToldFacts, Understander } from '../../src/understanding/understanding';

const screen = new SafetyScreen();
export const recognizer = createLocalRecognizer({ screen });
const real = createUnderstander({ safety: screen, recognizer });

/** The real understanding, with the facts given for some messages (by their exact text) laid over its own. */
export function misreading(roles: Record<string, Partial<ToldFacts>>): Understander {
  return {
    name: 'misreading',
    firstLook: (text, context, earlier) => real.firstLook(text, context, earlier),
    understand: async (text, look, context) => {
      const u = await real.understand(text, look, context);
      return roles[text] ? { ...u, facts: { ...u.facts, ...roles[text] } } : u;
    },
  };
}

/** A labour story's script of the citizen's messages, with no labels (for playScript). */
export function script(page: 'nl' | 'en', texts: string[], id = 'role'): Script {
  const turns = texts.map((text) => ({ text, language: page, acuteDanger: false, suicidal: false, questions: [], facts: {} }));
  return { id, writer: 'test', page, form: 'labour_exploitation', minor: null, expectedHelp: [], turns };
}
