/**
 * The structured triage summary kept on a conversation: for the counsellor who takes over and,
 * anonymised, for statistics. It holds categories only, never the citizen's words.
 */
import { z } from 'zod';
import { formSchema, signalSchema } from '../nlu/recognizer';
import type { Form, KnownForm, Signal } from '../nlu/recognizer';
import { mergeFacts, noFacts, toldFactsSchema } from '../understanding/understanding';
import type { ToldFacts } from '../understanding/understanding';
import { regionOf } from './regions';

export const ROLES = ['self', 'other', 'professional'] as const;
export type Role = (typeof ROLES)[number];

export const NEXT_STEPS = ['emergency', 'counsellor', 'veilig_thuis', 'police', 'anonymous_tip', 'labour_inspectorate', 'none'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

const answer = z.boolean().nullable();

export const triageSummarySchema = z.object({
  role: z.enum(ROLES).nullable(),
  /** The form of the situation told (statistics and the counsellor read this one). */
  form: formSchema,
  /**
   * The form the citizen's last question without a story asked about ("hoe herken je een
   * loverboy?"), no fact of the situation (form49, ADR 0006): the guidance follows it while no form
   * is told (`guidanceForm`). Absent when none was asked about, and in records kept before round 49.
   */
  askedForm: formSchema.exclude(['unknown']).optional(),
  signals: z.array(signalSchema),
  minorInvolved: answer,
  canLeave: answer,
  documentsHeld: answer,
  debts: answer,
  housingTiedToWork: answer,
  region: z.string().max(40).nullable(),
  acute: z.boolean(),
  suicidal: z.boolean(),
  nextStep: z.enum(NEXT_STEPS).nullable(),
  /**
   * What the citizen told about the person of concern, kept for the whole conversation (latest
   * told value wins, nothing told is ever lost). Added after the fields above: older records
   * without it read as "nothing told". The place as written is not kept here, only the official
   * municipality and its Veilig Thuis region.
   */
  facts: z
    .object({
      aboutWhom: toldFactsSchema.shape.aboutWhom,
      relation: toldFactsSchema.shape.relation,
      minor: toldFactsSchema.shape.minor,
      /** `minor` rests only on a guess ("looks maybe 16"); records kept before the field read as not known. */
      minorGuessed: toldFactsSchema.shape.minorGuessed.default(null),
      age: toldFactsSchema.shape.age,
      municipality: toldFactsSchema.shape.municipality,
      region: toldFactsSchema.shape.region,
    })
    .default(() => noConversationFacts()),
});

export type ConversationFacts = z.infer<typeof triageSummarySchema.shape.facts>;

export function noConversationFacts(): ConversationFacts {
  return { aboutWhom: null, relation: null, minor: null, minorGuessed: null, age: null, municipality: null, region: null };
}

export type TriageSummary = z.infer<typeof triageSummarySchema>;

export function emptyTriage(): TriageSummary {
  return {
    role: null,
    form: 'unknown',
    signals: [],
    minorInvolved: null,
    canLeave: null,
    documentsHeld: null,
    debts: null,
    housingTiedToWork: null,
    region: null,
    acute: false,
    suicidal: false,
    nextStep: null,
    facts: noConversationFacts(),
  };
}

/**
 * Keeps what one message told: its facts join the conversation's (latest told value wins, an
 * untold one never erases), and the triage answers they settle are filled in. The role and the
 * minor question follow the facts; the referral region follows the municipality.
 */
export function rememberFacts(summary: TriageSummary, told: Partial<ToldFacts>): TriageSummary {
  // A told age settles "under 18": a later message that only reads as younger or older (a model's
  // guess, "jongens") does not overturn it; a new age does.
  if (summary.facts.age !== null && (told.age === undefined || told.age === null) && told.minor !== undefined && told.minor !== null) {
    const { minor: _minor, ...rest } = told;
    told = rest;
  }
  // Nor does a guess ("she looks 16") overturn an "under 18" or an adult told before: what was told
  // wins. And a guessed "under 18" stays until an age is told: a later adult reading without one is
  // most often of someone else in the story ("kinderen die stelen voor een volwassene").
  const toldBefore = summary.facts.minor !== null && summary.facts.minorGuessed !== true;
  const guessedBefore = summary.facts.minor === true && summary.facts.minorGuessed === true;
  const adultWithoutAge = told.minor === false && (told.age === undefined || told.age === null);
  if ((told.minorGuessed === true && told.minor !== undefined && told.minor !== null && toldBefore) || (guessedBefore && adultWithoutAge)) {
    const { minor: _minor, ...rest } = told;
    told = rest;
  }
  // Whether the conversation's minor is a guess follows the message that told it (a button, an
  // answer or an age told is no guess); a message that tells no minor leaves it as it was.
  const minorNow = told.minor !== undefined && told.minor !== null;
  const { minorGuessed: guessedNow, ...toldFacts } = told;
  const known = mergeFacts({ ...noFacts(), ...summary.facts }, toldFacts);
  const facts: ConversationFacts = {
    aboutWhom: known.aboutWhom,
    relation: known.relation,
    minor: known.minor,
    minorGuessed: minorNow ? known.minor === true && guessedNow === true : summary.facts.minorGuessed,
    age: known.age,
    municipality: known.municipality,
    region: known.region,
  };
  const next: TriageSummary = { ...summary, facts };
  // An explicit choice ("Over mij") stays. A role read from an earlier message follows what a later
  // message shows of the writer ("ik ben zijn docent", "it is about me actually"); a professional
  // read before stays one when a later message only reads as about someone else (they still are).
  const toldRole = told.aboutWhom ?? null;
  if (!next.role) next.role = readRole(known);
  else if (next.role === readRole(summary.facts) && toldRole !== null && !(next.role === 'professional' && toldRole === 'other'))
    next.role = toldRole;
  if (told.minor !== undefined && told.minor !== null) next.minorInvolved = told.minor;
  if (told.municipality) next.region = regionOf(told.municipality) ?? 'other';
  for (const key of ['canLeave', 'documentsHeld', 'debts', 'housingTiedToWork'] as const) {
    const value = told[key];
    if (value !== undefined && value !== null) next[key] = value;
  }
  if (next.minorInvolved === true && !next.signals.includes('minor_involved')) next.signals = [...next.signals, 'minor_involved'];
  return next;
}
/** The role the facts read from messages point to (a relation named means someone else). */
function readRole(facts: { aboutWhom: Role | null; relation: unknown }): Role | null {
  return facts.aboutWhom ?? (facts.relation ? 'other' : null);
}

/**
 * Adds the form and signals one understood message told; a known form is not overwritten by
 * "unknown". The form a question asked about is the latest one asked (a second question about
 * another form asks about that one).
 */
export function mergeUnderstood(summary: TriageSummary, found: { form: Form; askedForm?: KnownForm; signals: Signal[] }): TriageSummary {
  const signals = [...new Set([...summary.signals, ...found.signals])];
  const askedForm = found.askedForm ?? summary.askedForm;
  return {
    ...summary,
    form: found.form !== 'unknown' ? (summary.form === 'unknown' ? found.form : summary.form) : summary.form,
    ...(askedForm ? { askedForm } : {}),
    signals,
    minorInvolved: summary.minorInvolved ?? (signals.includes('minor_involved') ? true : null),
    documentsHeld: summary.documentsHeld ?? (signals.includes('documents_withheld') ? true : null),
    debts: summary.debts ?? (signals.includes('debt_bondage') ? true : null),
    housingTiedToWork: summary.housingTiedToWork ?? (signals.includes('housing_tied_to_work') ? true : null),
    canLeave: summary.canLeave ?? (signals.includes('no_freedom_of_movement') ? false : null),
  };
}

/** Records a yes/no/unknown answer to a follow-up question, and the signal a "yes" implies. */
export function recordAnswer(summary: TriageSummary, question: FollowUp, value: boolean | null): TriageSummary {
  const next: TriageSummary = { ...summary, [question]: value };
  const signal = SIGNAL_FOR_ANSWER[question];
  const implies = question === 'canLeave' ? value === false : value === true;
  if (signal && implies && !next.signals.includes(signal)) next.signals = [...next.signals, signal];
  return next;
}

export const FOLLOW_UPS = ['minorInvolved', 'canLeave', 'documentsHeld', 'debts', 'housingTiedToWork'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

const SIGNAL_FOR_ANSWER: Record<FollowUp, Signal> = {
  minorInvolved: 'minor_involved',
  canLeave: 'no_freedom_of_movement',
  documentsHeld: 'documents_withheld',
  debts: 'debt_bondage',
  housingTiedToWork: 'housing_tied_to_work',
};

/**
 * The triage as kept in an anonymised copy for statistics: the told facts that could point to a
 * person (the municipality, the exact age) are left out; the region and "under 18" stay.
 */
export function triageForStatistics(triage: { [key: string]: unknown } | null): { [key: string]: unknown } | null {
  if (!triage) return null;
  const facts = triage['facts'];
  if (!facts || typeof facts !== 'object') return triage;
  const { municipality: _municipality, age: _age, ...kept } = facts as Record<string, unknown>;
  return { ...triage, facts: kept };
}

/**
 * The form whose recognition guidance the bot gives: the form of the situation told, else the form
 * the citizen's question asked about ("hoe herken je een loverboy?" gets the signals of sexual
 * exploitation while `form` stays unknown), else `unknown` (the general guidance).
 */
export function guidanceForm(summary: Pick<TriageSummary, 'form' | 'askedForm'>): Form {
  return summary.form !== 'unknown' ? summary.form : (summary.askedForm ?? 'unknown');
}
