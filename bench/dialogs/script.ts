/**
 * A scripted multi-turn conversation, one JSON line each, as the dialog sets are written (the dev
 * set tests/eval/dialogs-dev.jsonl and any blind set in the same format).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { FORMS } from '../../src/nlu/recognizer';
import { QUESTION_TOPICS, RELATIONS, ABOUT_WHOM } from '../../src/understanding/understanding';

export const HELP_ROUTES = [
  '112',
  '113',
  'police',
  'veilig_thuis',
  'anonymous_tip',
  'labour_inspectorate',
  'comensha',
  'school_or_youth_care',
] as const;
export type HelpRoute = (typeof HELP_ROUTES)[number];

const turnSchema = z.object({
  text: z.string().min(1),
  language: z.enum(['nl', 'en', 'other']),
  acuteDanger: z.boolean(),
  suicidal: z.boolean(),
  questions: z.array(z.enum(QUESTION_TOPICS)),
  facts: z
    .object({
      aboutWhom: z.enum(ABOUT_WHOM).nullable().optional(),
      relation: z.enum(RELATIONS).nullable().optional(),
      minor: z.boolean().nullable().optional(),
      age: z.number().int().min(0).max(120).nullable().optional(),
      municipality: z.string().nullable().optional(),
    })
    .default({}),
});

export const scriptSchema = z.object({
  id: z.string().min(1),
  writer: z.string(),
  page: z.enum(['nl', 'en']),
  form: z.enum(FORMS),
  minor: z.boolean().nullable(),
  expectedHelp: z.array(z.enum(HELP_ROUTES)),
  turns: z.array(turnSchema).min(1),
});
export type Script = z.infer<typeof scriptSchema>;
export type ScriptTurn = Script['turns'][number];

/** Reads a JSON-lines file; a bad line stops with its line number. */
export function loadScripts(file: string): Script[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '' && !line.trim().startsWith('//'))
    .map(([line, n]) => {
      const parsed = scriptSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
