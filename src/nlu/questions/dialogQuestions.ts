/**
 * The citizen turns of the dialog tuning sets as whole messages for the question model (round 47).
 *
 * The model learned its topics from the developer's clauses and two writers' messages (520). The
 * dialog sets hold many more questions, asked inside a conversation by some forty separate writers
 * and labelled turn by turn with every topic the writer asked (`questions`): a second question in
 * the same message, in words the corpus never had, is what the bot missed most (round 46). They are
 * read like corpus/questions/messages: each topic is given to the clause that asks it
 * (questionModel.ts `labelMessages`), and the clauses of a turn asking none teach that asking is not
 * enough.
 *
 * Not read: the held-out part of the newer sets (conversations 16–30 of dialogs-dev-z onwards), the
 * blind sets (another folder), turns in a language the model does not read, and turns of at most two
 * words ("en ik?"), whose topic is the turn before's.
 */
import path from 'node:path';
import { z } from 'zod';
import { QUESTION_TOPICS } from '../../understanding/understanding';
import { dialogTuningSets, parseScriptLine, scriptLines } from '../model/dialogTurns';
import type { LabelledClause } from './questionModel';

/** The newer sets, whose conversations 16–30 are the held-out part (dialogs-dev-z, dialogs-dev-aa…). */
const WITH_HELD_OUT_PART = /^dialogs-dev-(?:z|a[a-z])\.jsonl$/;
/** Conversations 1 to 15 of a newer set are tuning lines; 16 to 30 are held out. */
export const TUNING_CONVERSATIONS = 15;
const CONTEXT_ONLY_WORDS = 2;

// Only what the question model reads; the rest of a script line is the dialog evaluation's.
const scriptLine = z.object({
  id: z.string().min(1),
  turns: z.array(
    z.object({ text: z.string().min(1), language: z.enum(['nl', 'en', 'other']), questions: z.array(z.enum(QUESTION_TOPICS)) }),
  ),
});

/** The tuning conversations of one set (the newer sets' first TUNING_CONVERSATIONS, the older sets whole). */
function tuningConversations(file: string): { line: number; script: z.infer<typeof scriptLine> }[] {
  const lines = scriptLines(file);
  const kept = WITH_HELD_OUT_PART.test(path.basename(file)) ? lines.slice(0, TUNING_CONVERSATIONS) : lines;
  return kept.map(([line, n]) => ({ line: n, script: parseScriptLine(scriptLine, file, line, n) }));
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The Dutch and English citizen turns of the dialog tuning lines, with the topics their writers marked. */
export function loadDialogQuestionTurns(root: string): LabelledClause[] {
  return dialogTuningSets(root).flatMap((file) =>
    tuningConversations(file).flatMap(({ line, script }) =>
      script.turns.flatMap((turn, i) =>
        turn.language === 'other' || words(turn.text) <= CONTEXT_ONLY_WORDS
          ? []
          : [{ text: turn.text, topics: turn.questions, where: `${path.basename(file)}:${line}#${i + 1}` }],
      ),
    ),
  );
}
