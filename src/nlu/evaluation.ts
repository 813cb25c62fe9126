/**
 * Scores the understanding step on labelled messages (corpus.ts format), per message language
 * (nl, en, other) and overall: intent accuracy, form macro-F1, acute danger, suicidal recall, the
 * unsure rate, language, questions and the facts per key.
 *
 * How 'unsure' counts (the bot asks "Is iemand op dit moment in gevaar?" in that band, so a
 * dangerous message there is not missed, but it is not answered with 112 at once either):
 * - recall "caught": acute or unsure counts as found (the bot acts or asks);
 * - recall "acute only": only level acute counts;
 * - precision "acute": of the messages answered with 112 at once, how many were acute;
 * - precision "caught": of the messages the bot acted on or asked about, how many were acute.
 * Both views are printed; the headline pair is recall caught and precision acute.
 */
import { FORMS, LANGUAGES, type Form, type Language } from './recognizer';
import type { LabelledMessage } from './corpus';
import type { Understander, Understanding } from '../understanding/understanding';
import { normaliseText } from '../safety/normalise';
import { SUICIDE_TOLD_AWAY } from '../safety/screen';

export const FACT_KEYS = ['aboutWhom', 'relation', 'minor', 'age', 'place', 'municipality'] as const;
export type ScoredFactKey = (typeof FACT_KEYS)[number];

export interface Scored {
  message: LabelledMessage;
  understanding: Understanding;
}

export interface FactScore {
  /** Messages whose label has this key. */
  n: number;
  /** Predicted value equals the label (null included). */
  accuracy: number;
  /** Messages whose label tells a value (not null). */
  told: number;
  /** Of those, how many were predicted exactly. */
  toldRecall: number;
  /** Of the values predicted (not null), how many were right. */
  precision: number;
}

export interface GroupReport {
  n: number;
  intentAccuracy: number;
  formMacroF1: number;
  /**
   * Form macro-F1 over the messages labelled describe_concern only. Writers differ on the form of a
   * question without a concrete worry (the labelling guide's "unknown" or the kind it asks about), so
   * this view shows the form read from stories apart from that labelling choice.
   */
  formMacroF1Stories: number;
  acute: {
    positives: number;
    recallCaught: number;
    recallAcuteOnly: number;
    precisionAcute: number;
    precisionCaught: number;
  };
  /**
   * `recall` and `precision`: thoughts of now (the screen's `suicidal`, 112 with 113). `namedRecall`
   * and `namedPrecision`: 113 named at all, for thoughts of now or with care for thoughts told away
   * (screen.ts `SUICIDE_TOLD_AWAY`), which is what the label counts ("now or in the past", round 36).
   */
  suicidal: { positives: number; recall: number; precision: number; namedRecall: number; namedPrecision: number };
  unsureRate: number;
  languageAccuracy: number;
  questions: { microF1: number; exact: number };
  facts: Partial<Record<ScoredFactKey, FactScore>>;
}

export type Group = Language | 'all';
export const GROUPS: readonly Group[] = [...LANGUAGES, 'all'];

/** Compares municipality names (official names and their aliases, such as Den Haag and 's-Gravenhage). */
export type MunicipalityComparer = (a: string, b: string) => boolean;

export const plainEquals: MunicipalityComparer = (a, b) => fold(a) === fold(b);

const fold = (s: string) =>
  normaliseText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export async function understandAll(understander: Understander, messages: readonly LabelledMessage[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const message of messages) {
    const context = { locale: message.locale };
    const look = understander.firstLook(message.text, context);
    out.push({ message, understanding: await understander.understand(message.text, look, context) });
  }
  return out;
}

export function report(scored: readonly Scored[], sameMunicipality: MunicipalityComparer = plainEquals): Record<Group, GroupReport> {
  const byGroup = {} as Record<Group, GroupReport>;
  for (const group of GROUPS) {
    const rows = group === 'all' ? scored : scored.filter((s) => (s.message.language ?? s.message.locale) === group);
    byGroup[group] = groupReport(rows, sameMunicipality);
  }
  return byGroup;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : round(a / b));
const f1 = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn));

/** F1 per form that occurs in the labels or the predictions of these rows. */
function formF1Scores(rows: readonly Scored[]): number[] {
  const formF1 = (form: Form) => {
    const tp = rows.filter((s) => s.message.form === form && s.understanding.form === form).length;
    const fp = rows.filter((s) => s.message.form !== form && s.understanding.form === form).length;
    const fn = rows.filter((s) => s.message.form === form && s.understanding.form !== form).length;
    return f1(tp, fp, fn);
  };
  return FORMS.map(formF1).filter((x) => !Number.isNaN(x));
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : round(xs.reduce((a, b) => a + b, 0) / xs.length));

/** The reading names 113: thoughts of now, or thoughts told away (answered with care, no 112). */
const names113 = (s: Scored) => s.understanding.danger.suicidal || s.understanding.danger.reasons.includes(SUICIDE_TOLD_AWAY);

function groupReport(rows: readonly Scored[], sameMunicipality: MunicipalityComparer): GroupReport {
  const n = rows.length;
  const positive = (s: Scored) => s.message.acuteDanger || s.message.suicidal === true;
  const level = (s: Scored) => s.understanding.danger.level;
  const positives = rows.filter(positive);
  const acute = rows.filter((s) => level(s) === 'acute');
  const caught = rows.filter((s) => level(s) !== 'none');
  const suicidalLabelled = rows.filter((s) => s.message.suicidal !== undefined);
  const suicidalPositives = suicidalLabelled.filter((s) => s.message.suicidal);
  const suicidalFlagged = suicidalLabelled.filter((s) => s.understanding.danger.suicidal);
  const suicidalNamed = suicidalLabelled.filter(names113);

  const formScores = formF1Scores(rows);
  const storyFormScores = formF1Scores(rows.filter((s) => s.message.intent === 'describe_concern'));

  let qtp = 0;
  let qfp = 0;
  let qfn = 0;
  let qExact = 0;
  const withQuestions = rows.filter((s) => s.message.questions !== undefined);
  for (const s of withQuestions) {
    const want = new Set(s.message.questions);
    const got = new Set(s.understanding.questions);
    for (const q of got)
      if (want.has(q)) qtp++;
      else qfp++;
    for (const q of want) if (!got.has(q)) qfn++;
    if (want.size === got.size && [...want].every((q) => got.has(q))) qExact++;
  }

  const facts: Partial<Record<ScoredFactKey, FactScore>> = {};
  for (const key of FACT_KEYS) {
    const labelled = rows.filter((s) => s.message.facts !== undefined && key in s.message.facts);
    if (labelled.length === 0) continue;
    const equal = (s: Scored) => factEquals(key, s.message.facts![key] ?? null, s.understanding.facts[key] ?? null, sameMunicipality);
    const told = labelled.filter((s) => (s.message.facts![key] ?? null) !== null);
    const predicted = labelled.filter((s) => (s.understanding.facts[key] ?? null) !== null);
    facts[key] = {
      n: labelled.length,
      accuracy: ratio(labelled.filter(equal).length, labelled.length),
      told: told.length,
      toldRecall: ratio(told.filter(equal).length, told.length),
      precision: ratio(predicted.filter(equal).length, predicted.length),
    };
  }

  const withLanguage = rows.filter((s) => s.message.language !== undefined);
  return {
    n,
    intentAccuracy: ratio(rows.filter((s) => s.message.intent === s.understanding.intent).length, n),
    formMacroF1: mean(formScores),
    formMacroF1Stories: mean(storyFormScores),
    acute: {
      positives: positives.length,
      recallCaught: ratio(positives.filter((s) => level(s) !== 'none').length, positives.length),
      recallAcuteOnly: ratio(positives.filter((s) => level(s) === 'acute').length, positives.length),
      precisionAcute: ratio(acute.filter(positive).length, acute.length),
      precisionCaught: ratio(caught.filter(positive).length, caught.length),
    },
    suicidal: {
      positives: suicidalPositives.length,
      recall: ratio(suicidalPositives.filter((s) => s.understanding.danger.suicidal).length, suicidalPositives.length),
      precision: ratio(suicidalFlagged.filter((s) => s.message.suicidal).length, suicidalFlagged.length),
      namedRecall: ratio(suicidalPositives.filter(names113).length, suicidalPositives.length),
      namedPrecision: ratio(suicidalNamed.filter((s) => s.message.suicidal).length, suicidalNamed.length),
    },
    unsureRate: ratio(rows.filter((s) => level(s) === 'unsure').length, n),
    languageAccuracy: ratio(withLanguage.filter((s) => s.message.language === s.understanding.language).length, withLanguage.length),
    questions: { microF1: round(f1(qtp, qfp, qfn)), exact: ratio(qExact, withQuestions.length) },
    facts,
  };
}

function factEquals(key: ScoredFactKey, want: unknown, got: unknown, sameMunicipality: MunicipalityComparer): boolean {
  if (want === null || got === null) return want === got;
  if (key === 'municipality') return sameMunicipality(String(want), String(got));
  if (key === 'place') return fold(String(want)) === fold(String(got));
  return want === got;
}

function round(n: number): number {
  return Number.isNaN(n) ? n : Math.round(n * 1000) / 1000;
}

export interface Miss {
  id: string;
  text: string;
  expected: string;
  got: string;
}

/** Messages the bot would have got wrong, for reading (never for a figure). */
export function misses(
  scored: readonly Scored[],
): Record<'acuteMissed' | 'acuteFalseAlarm' | 'suicidalMissed' | 'intent' | 'form', Miss[]> {
  const miss = (s: Scored, expected: unknown, got: unknown): Miss => ({
    id: s.message.id,
    text: s.message.text,
    expected: String(expected),
    got: String(got),
  });
  const positive = (s: Scored) => s.message.acuteDanger || s.message.suicidal === true;
  return {
    acuteMissed: scored
      .filter((s) => positive(s) && s.understanding.danger.level === 'none')
      .map((s) => miss(s, 'acute', `none ${s.understanding.danger.score}`)),
    acuteFalseAlarm: scored
      .filter((s) => !positive(s) && s.understanding.danger.level === 'acute')
      .map((s) => miss(s, 'none', `acute ${s.understanding.danger.score}`)),
    suicidalMissed: scored.filter((s) => s.message.suicidal && !s.understanding.danger.suicidal).map((s) => miss(s, 'suicidal', 'no')),
    intent: scored.filter((s) => s.message.intent !== s.understanding.intent).map((s) => miss(s, s.message.intent, s.understanding.intent)),
    form: scored.filter((s) => s.message.form !== s.understanding.form).map((s) => miss(s, s.message.form, s.understanding.form)),
  };
}
