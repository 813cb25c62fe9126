/**
 * Labelled messages: the training corpus (corpus/nlu/*.jsonl), the old tuning set
 * (tests/eval/nlu.jsonl) and the blind sets (tests/eval/blind/nlu-*.jsonl) share one line format,
 * in which everything beyond id, locale, text, intent, form and acuteDanger is optional (the old
 * set has no facts, the blind sets no signals). Parsed with zod: a broken line names its file and
 * line number.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { QUESTION_TOPICS } from '../understanding/understanding';
import { LANGUAGES, NLU_LOCALES, formSchema, intentSchema, signalSchema } from './recognizer';

const nullableText = z.string().max(200).nullable().optional();

export const labelledFactsSchema = z.object({
  aboutWhom: nullableText,
  relation: nullableText,
  minor: z.boolean().nullable().optional(),
  age: z.number().int().min(0).max(120).nullable().optional(),
  place: nullableText,
  municipality: nullableText,
});
export type LabelledFacts = z.infer<typeof labelledFactsSchema>;

export const labelledMessageSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  locale: z.enum(NLU_LOCALES),
  text: z.string().max(20_000),
  language: z.enum(LANGUAGES).optional(),
  intent: intentSchema,
  form: formSchema,
  /**
   * The form a question without a story asks about ("hoe herken je een loverboy?": sexual), where
   * its `form` is `unknown` because it tells no situation (form49, ADR 0006). Written by the relabel
   * rule (bench/relabel-question-forms.ts) from the label the line had; absent elsewhere.
   */
  askedForm: formSchema.exclude(['unknown']).optional(),
  acuteDanger: z.boolean(),
  suicidal: z.boolean().optional(),
  questions: z.array(z.enum(QUESTION_TOPICS)).optional(),
  signals: z.array(signalSchema).optional(),
  acuteReasons: z.array(z.string()).optional(),
  distance: z.array(z.string()).optional(),
  writer: z.string().optional(),
  facts: labelledFactsSchema.optional(),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

export function parseLabelledLines(content: string, file: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = labelledMessageSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${i + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid line'}`.trim());
    }
    out.push(parsed.data);
  });
  return out;
}

export function loadLabelledFile(file: string): LabelledMessage[] {
  return parseLabelledLines(fs.readFileSync(file, 'utf8'), file);
}

/** 32-bit FNV-1a: a stable hash for the split (not for security). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const DEV_SHARE = 5; // one in five
export const SPLIT_SEED = 'nlu-dev-2026';

/**
 * The held-out development set: stratified by language, danger, suicidal and intent, one in five
 * messages of every stratum, chosen by a seeded hash of the id so the split does not depend on
 * file order and only moves where new messages join a stratum.
 */
export function splitCorpus(messages: readonly LabelledMessage[]): { train: LabelledMessage[]; dev: LabelledMessage[] } {
  const strata = new Map<string, LabelledMessage[]>();
  for (const m of messages) {
    const key = `${m.language ?? m.locale}|${m.acuteDanger}|${m.suicidal ?? false}|${m.intent}`;
    strata.set(key, [...(strata.get(key) ?? []), m]);
  }
  const dev = new Set<LabelledMessage>();
  for (const group of strata.values()) {
    const ordered = [...group].sort((a, b) => fnv1a(SPLIT_SEED + a.id) - fnv1a(SPLIT_SEED + b.id) || a.id.localeCompare(b.id));
    // The offset is seeded too, so small strata do not always give their first message to dev.
    const offset = fnv1a(SPLIT_SEED + (ordered[0]?.id ?? '')) % DEV_SHARE;
    ordered.forEach((m, i) => {
      if ((i + offset) % DEV_SHARE === 0) dev.add(m);
    });
  }
  return { train: messages.filter((m) => !dev.has(m)), dev: messages.filter((m) => dev.has(m)) };
}
