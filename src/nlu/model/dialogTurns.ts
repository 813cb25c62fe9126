/**
 * The turns of the dialog tuning sets as training lines for the later-turn danger model (rounds 44–45).
 *
 * The danger model learned from first messages only: a whole story, told at once. In a conversation
 * the later turns tell a detail added to a story already told (a sleeping place, a debt, papers
 * kept), an answer to the bot's question or a short reply, and read alone such a detail looked like
 * danger now (round 43: every false 112 on a later turn was read acute alone). The dialog sets are
 * written by separate writers, turn by turn labelled for danger now (`acuteDanger`, `suicidal`).
 *
 * Only the first conversations of each set are read (TRAINED_CONVERSATIONS): the rest of each set
 * stays a held-out check, and the blind sets (tests/eval/blind/) are in another folder, never read.
 *
 * Round 44 taught them to the one danger model: the danger lines on calm held-out turns fell from 157
 * to 96, but the first messages' scores fell with them (acute first messages lost, a wider unsure
 * band). Since round 45 they are the lines of a second danger model, read only after the first
 * turn (laterTurnModel.ts, sources.ts `laterTurnLines`); the main danger model never sees them.
 *
 * Every set is learned as it joins. Round 46 held dialogs-dev-ao back (learned, the later model lost
 * the 112 of a danger told now after a "nee" in a test); round 47 found why (the score of one sentence
 * under `sure`, and the unread-situation floor gated by the later model's own unsure point) and made
 * those turns hold by rule (safety/laterTurnScreen.ts), then learned dialogs-dev-ao and -ap.
 *
 * Round 51 (later51): the tuning sets' first halves gave the model too few calm and acute later turns
 * (most turns are a story's details). Three sets of forty conversations were written for training
 * alone by separate writers, with weight on later turns (answers, danger told late, danger over or
 * only feared, calm turns after an acute one, suicidal thoughts in passing): `corpus/dialogs/*.jsonl`
 * (TRAINING_DIALOG_DIR), learned whole, never scored (corpus/dialogs/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LabelledMessage } from '../corpus';
import { LANGUAGES, NLU_LOCALES, formSchema } from '../recognizer';
import { analyseText } from '../text/analyse';

/** Conversations 1 to 15 of a set are trained on; 16 to 30 are its held-out part. */
export const TRAINED_CONVERSATIONS = 15;

/**
 * A turn of at most this many words ("ja", "Almere", "15 jaar") is labelled by what it answers: its
 * label holds only beside the bot's question, and read alone it would teach the model that "ja" is
 * danger in one conversation and calm in the next.
 */
const CONTEXT_ONLY_WORDS = 2;

const DIALOG_SET = /^dialogs-dev(-[a-z]+)?\.jsonl$/;

/** The dialog sets written for training alone (round 51): every conversation is learned. */
export const TRAINING_DIALOG_DIR = path.join('corpus', 'dialogs');

// Only what the danger model reads; the rest of a script line is the dialog evaluation's.
const scriptLine = z.object({
  id: z.string().min(1),
  page: z.enum(NLU_LOCALES),
  form: formSchema,
  turns: z
    .array(
      z.object({
        text: z.string().min(1),
        language: z.enum(LANGUAGES),
        acuteDanger: z.boolean(),
        suicidal: z.boolean(),
      }),
    )
    .min(1),
});

/** The dialog tuning sets (tests/eval/dialogs-dev*.jsonl), by file name; not the blind folder. */
export function dialogTuningSets(root: string): string[] {
  const dir = path.join(root, 'tests', 'eval');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && DIALOG_SET.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((f) => path.join(dir, f));
}

/** The dialog training sets (corpus/dialogs/*.jsonl), by file name; an empty list where the folder is missing. */
export function dialogTrainingSets(root: string): string[] {
  const dir = path.join(root, TRAINING_DIALOG_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
    .map((e) => e.name)
    .sort()
    .map((f) => path.join(dir, f));
}

/** A dialog set's conversation lines with their 1-based line numbers (blank and comment lines left out). */
export function scriptLines(file: string): (readonly [string, number])[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '' && !line.startsWith('//'));
}

/** One conversation line read by `schema` (only what its reader needs), with the file and line in the error. */
export function parseScriptLine<T>(schema: z.ZodType<T>, file: string, line: string, n: number): T {
  const parsed = schema.safeParse(JSON.parse(line));
  if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The first TRAINED_CONVERSATIONS conversations of a set (comment lines do not count), parsed; with
 * `whole`, every conversation (a training set, which has no held-out part).
 */
export function trainedConversations(file: string, whole = false): z.infer<typeof scriptLine>[] {
  const lines = scriptLines(file);
  return (whole ? lines : lines.slice(0, TRAINED_CONVERSATIONS)).map(([line, n]) => parseScriptLine(scriptLine, file, line, n));
}

const wordCount = (text: string) => analyseText(text).tokens.filter((t) => t !== '|' && t !== ',').length;

/**
 * The turns a message alone can be labelled by: every turn up to and including the first one
 * labelled danger now. After it the danger is in view in the conversation, and the writers label the
 * turns that follow by it ("ok i call, what do i say" acute in one conversation, "ok ik bel nu 112"
 * calm in another); the bot reads those turns by the danger already told, not by the model alone.
 * Turns that only answer in context (CONTEXT_ONLY_WORDS) are left out too.
 */
export function turnsForTraining(conversations: readonly z.infer<typeof scriptLine>[]): LabelledMessage[] {
  return conversations.flatMap((c) => {
    const firstDanger = c.turns.findIndex((t) => t.acuteDanger || t.suicidal);
    const kept = firstDanger < 0 ? c.turns : c.turns.slice(0, firstDanger + 1);
    return kept.flatMap((t, i) =>
      wordCount(t.text) <= CONTEXT_ONLY_WORDS
        ? []
        : [
            {
              id: `${c.id}#${i + 1}`,
              locale: c.page,
              text: t.text,
              language: t.language,
              intent: 'describe_concern' as const,
              form: c.form,
              acuteDanger: t.acuteDanger,
              suicidal: t.suicidal,
            },
          ],
    );
  });
}

/** The danger model's lines: the dialog tuning sets' conversations 1–15 and the training sets whole. */
export function dialogTurnLines(root: string): LabelledMessage[] {
  return [
    ...dialogTuningSets(root).flatMap((f) => turnsForTraining(trainedConversations(f))),
    ...dialogTrainingSets(root).flatMap((f) => turnsForTraining(trainedConversations(f, true))),
  ];
}
