/**
 * Scores a recognizer against a labelled evaluation set (tests/eval/nlu.jsonl): intent accuracy,
 * form macro-F1, acute-danger recall and precision, signal micro-F1, language detection.
 * Used by `npm run eval:nlu` (bench/eval-nlu.ts) and by a jest test that guards the figures.
 */
import fs from 'node:fs';
import { z } from 'zod';
import {
  FORMS,
  LANGUAGES,
  NLU_LOCALES,
  formSchema,
  intentSchema,
  signalSchema,
  type Form,
  type Recognition,
  type Recognizer,
} from './recognizer';

export const evalCaseSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  locale: z.enum(NLU_LOCALES),
  intent: intentSchema,
  form: formSchema,
  acuteDanger: z.boolean(),
  signals: z.array(signalSchema),
  language: z.enum(LANGUAGES).optional(),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

export function loadEvalSet(file: string): EvalCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const parsed = evalCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.message ?? 'invalid line'}`);
      return parsed.data;
    });
}

export interface EvalMiss {
  id: string;
  text: string;
  expected: string;
  got: string;
}

export interface EvalReport {
  cases: number;
  intentAccuracy: number;
  formMacroF1: number;
  formMacroF1KnownForms: number;
  acuteRecall: number;
  acutePrecision: number;
  signalMicroF1: number;
  languageOtherRecall: number;
  languageFalseOther: number;
  acuteMisses: EvalMiss[];
  acuteFalseAlarms: EvalMiss[];
  intentMisses: EvalMiss[];
  formMisses: EvalMiss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : round(a / b));
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));

export async function evaluate(recognizer: Recognizer, cases: readonly EvalCase[]): Promise<EvalReport> {
  const results: { c: EvalCase; r: Recognition }[] = [];
  for (const c of cases) results.push({ c, r: await recognizer.recognize(c.text, c.locale) });

  const formF1 = (form: Form) => {
    const tp = results.filter(({ c, r }) => c.form === form && r.form === form).length;
    const fp = results.filter(({ c, r }) => c.form !== form && r.form === form).length;
    const fn = results.filter(({ c, r }) => c.form === form && r.form !== form).length;
    return f1(tp, fp, fn);
  };
  const known = FORMS.filter((f) => f !== 'unknown');
  let sigTp = 0;
  let sigFp = 0;
  let sigFn = 0;
  for (const { c, r } of results) {
    sigTp += r.signals.filter((s) => c.signals.includes(s)).length;
    sigFp += r.signals.filter((s) => !c.signals.includes(s)).length;
    sigFn += c.signals.filter((s) => !r.signals.includes(s)).length;
  }
  const acute = results.filter(({ c }) => c.acuteDanger);
  const flagged = results.filter(({ r }) => r.acuteDanger);
  const other = results.filter(({ c }) => c.language === 'other');
  const notOther = results.filter(({ c }) => c.language !== 'other');
  const miss = ({ c, r }: { c: EvalCase; r: Recognition }, key: 'intent' | 'form' | 'acuteDanger'): EvalMiss => ({
    id: c.id,
    text: c.text,
    expected: String(c[key]),
    got: String(r[key]),
  });
  return {
    cases: results.length,
    intentAccuracy: ratio(results.filter(({ c, r }) => c.intent === r.intent).length, results.length),
    formMacroF1: round(FORMS.reduce((acc, f) => acc + formF1(f), 0) / FORMS.length),
    formMacroF1KnownForms: round(known.reduce((acc, f) => acc + formF1(f), 0) / known.length),
    acuteRecall: ratio(acute.filter(({ r }) => r.acuteDanger).length, acute.length),
    acutePrecision: ratio(flagged.filter(({ c }) => c.acuteDanger).length, flagged.length),
    signalMicroF1: round(f1(sigTp, sigFp, sigFn)),
    languageOtherRecall: ratio(other.filter(({ r }) => r.language === 'other').length, other.length),
    languageFalseOther: notOther.filter(({ r }) => r.language === 'other').length,
    acuteMisses: acute.filter(({ r }) => !r.acuteDanger).map((x) => miss(x, 'acuteDanger')),
    acuteFalseAlarms: flagged.filter(({ c }) => !c.acuteDanger).map((x) => miss(x, 'acuteDanger')),
    intentMisses: results.filter(({ c, r }) => c.intent !== r.intent).map((x) => miss(x, 'intent')),
    formMisses: results.filter(({ c, r }) => c.form !== r.form).map((x) => miss(x, 'form')),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
