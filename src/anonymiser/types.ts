/** The kinds of personal data the anonymiser finds; each becomes a placeholder like `[NAAM-1]`. */
export const PII_TYPES = [
  'NAAM',
  'TELEFOON',
  'EMAIL',
  'ADRES',
  'POSTCODE',
  'BSN',
  'IBAN',
  'KENTEKEN',
  'DOCUMENTNUMMER',
  'KVK',
  'DATUM',
  'URL',
  'HANDLE',
  'IP',
  'ORGANISATIE',
  'PLAATS',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** A span of personal data: offsets into the original text in UTF-16 code units, `end` exclusive. */
export interface PiiEntity {
  type: PiiType;
  start: number;
  end: number;
}

/**
 * A detector's proposal before overlaps are settled. A lower tier wins an overlap whatever its
 * length; within a tier the longer span wins. `keep` spans (service numbers, amounts, ages…) take
 * part in the contest so they can block weaker finds, and are then dropped from the output.
 */
export interface Candidate {
  type: PiiType | 'KEEP';
  start: number;
  end: number;
  tier: Tier;
  /** Proposed by the learned tagger, or by a rule that only adds (lowerCaseOrganisations.ts): where a surer span wins part of it, the rest is still masked. */
  tagged?: true;
}

/** 0 must-keep, 1 structured and validated, 2 lexicon or cue based, 3 weak guesses. */
export type Tier = 0 | 1 | 2 | 3;

/** A word of a text as the detectors see it: offsets into the original string. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Folded form for lexicon look-ups. */
  key: string;
  start: number;
  end: number;
}

/** The runs of ASCII digits of a text (digitRuns.ts asks its questions of them). */
export interface DigitRuns {
  /** Where each run starts and ends (exclusive), in order. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** All digits in the text. */
  readonly total: number;
  /** The longest run. */
  readonly longest: number;
  /** Bit n set when a run of n digits occurs (n < 31; bit 31 for any longer run). */
  readonly lengths: number;
}

/** What kinds of character a text holds (textShape.ts flags) and its runs of digits. */
export interface TextShape {
  readonly flags: number;
  readonly runs: DigitRuns;
}
