/**
 * Months that are given names too ("Mei", "Juni") where the sentence makes them a person, not a time:
 * `keep.ts` keeps a month visible, so these frames both lift that keep and propose the name.
 */
import { mentionsAny } from '../text';
import type { Candidate } from '../types';

/**
 * "dat Mei uit mijn klas vertelde", "omdat Juni bang is": a subordinating conjunction opens a clause whose
 * subject follows it. Dutch writes its months in lower case, so a Dutch month written with a capital there
 * is someone's name; English months are capitalised anyway and stay months ("that June was hot").
 */
const SUBJECT_SLOT_BEFORE = /(?:^|[^\p{L}])(?:dat|omdat|toen|want|zodat|nadat|terwijl|hoe|waarom|maar)\s+$/iu;
/** The Dutch months that are given names and never an English month's spelling. */
const DUTCH_MONTH_NAME = /^(?:Mei|Juni|Juli|Augustus)$/;
/**
 * A lower-case word follows, not a number, a date's "en"/"tot", a list of months ("dat Mei en Juni …") or a
 * verb a time does ("toen Juli begon", "dat Mei is", "zodat Juni voorbij is").
 */
const CLAUSE_GOES_ON =
  /^\s+(?!(?:en|of|tot|t\/m|and|or|to|is|was|wordt|werd|begon|begint|begonnen|start|startte|eindigt|eindigde|komt|kwam|voorbij|duurt|duurde|al|nog|weer)(?![\p{L}]))\p{Ll}/u;

/** The message's or a sentence's start. */
const SENTENCE_START_BEFORE = /(?:^|[.!?\n])\s*$/u;
/** "mei zegt dat ze bang is", "Juni woont bij hem": a verb of saying or living that a month never does. */
const PERSON_VERB_AFTER =
  /^\s+(?:zegt|zei|vertelt|vertelde|woont|woonde|belt|belde|appt|appte|huilt|huilde|says|said|lives|lived|texted|cried)(?![\p{L}])/u;
const MONTH_WORD = /(?<![\p{L}])(?:mei|juni|juli|augustus)(?![\p{L}])/giu;
/** The same months as words: most messages hold none, and are left without running the pattern. */
const MONTH_NAME_WORDS: ReadonlySet<string> = new Set(['mei', 'juni', 'juli', 'augustus']);

/** The month at `start`..`end` of `text` is a person's name by its place in the sentence. */
export function isMonthNamedHere(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 10), start);
  const after = text.slice(end, end + 14);
  if (DUTCH_MONTH_NAME.test(word) && SUBJECT_SLOT_BEFORE.test(before) && CLAUSE_GOES_ON.test(after)) return true;
  return SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && PERSON_VERB_AFTER.test(after);
}

export function findMonthNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mentionsAny(text, MONTH_NAME_WORDS)) return out;
  for (const m of text.matchAll(MONTH_WORD))
    if (isMonthNamedHere(text, m.index, m.index + m[0].length))
      out.push({ type: 'NAAM', start: m.index, end: m.index + m[0].length, tier: 2 });
  return out;
}
