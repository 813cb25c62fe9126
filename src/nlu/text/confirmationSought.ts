/**
 * A statement that asks to be confirmed, read from its shape (round 42): the writer hopes for a
 * "yes" or a "no" without the grammar of a question. Dutch puts "toch" right after the subject and
 * its verb, before the word that says what is hoped for ("mijn naam komt toch niet in een
 * rapport", "dat blijft toch wel tussen ons", "jullie bellen toch niemand"); any language can close
 * a statement with a tag after a comma ("…, toch", "…, right", "…, yes", "…, ja", "…, ok?").
 * Not the writer's own decision or deed ("ik ga toch niet", "we doen toch niks"): that tells.
 * Pure; read by the question model's caller and by the dialog's question cues alike.
 */
import { plainWords } from '../../safety/normalise';

const CONFIRMATION_SOUGHT =
  /^(?:(?:en|maar|dus|of|ok|oke|nou) )?(?!(?:ik|wij|we|i) )(?:[\p{L}\p{N}']+ ){1,3}toch (?:niet|wel|geen|ook|gewoon|nooit|niemand|niks|niets|alleen)(?: |$)/u;

const CONFIRMATION_TAG =
  /,\s*(?:toch|right|yes|yeah|ja|he|hè|hé|ok|oké|oke|okay|isn'?t it|won'?t (?:it|they|you)|don'?t (?:they|you)|doesn'?t it|will (?:it|they|you))\s*[.!]*\s*$/iu;

/**
 * An assumption said to be confirmed (round 43): "ik neem aan dat jullie de apotheek niet noemen",
 * "ik ga ervan uit dat dit tussen ons blijft", "I assume you don't keep my number", "I take it this
 * is anonymous". The writer hopes for a "yes" as with "toch"; what is assumed is the question.
 */
const ASSUMED =
  /^(?:(?:en|maar|dus|ok|oke|nou|and|but|so) )?(?:ik neem aan|ik ga (?:er ?van ?)?uit|ik veronderstel|i assume|i (?:would |d )?presume|i take it|i suppose|i expect)(?: dat| that)? (?:[\p{L}\p{N}']+ ){2}/u;

/** The fewest words before a tag that make a statement. */
const STATEMENT_WORDS = 3;

/** Whether one sentence (no question mark needed) is a statement that asks to be confirmed. */
export function asksToConfirm(sentence: string): boolean {
  const trimmed = sentence.trim();
  // A tag closes a statement, not a word of assent ("ok, right", "ja, oke").
  const tagged =
    CONFIRMATION_TAG.test(trimmed) && plainWords(trimmed.slice(0, trimmed.lastIndexOf(','))).split(' ').length >= STATEMENT_WORDS;
  const plain = plainWords(trimmed);
  return tagged || CONFIRMATION_SOUGHT.test(plain) || ASSUMED.test(plain);
}

/**
 * A sentence in plain words without the particle that asks to be confirmed ("dat blijft toch wel
 * tussen ons" → "dat blijft tussen ons"), so that cues written for the plain question read it.
 */
export function withoutConfirmationParticle(plain: string): string {
  return CONFIRMATION_SOUGHT.test(plain) ? plain.replace(/ toch (?:wel )?/u, ' ') : plain;
}

/**
 * The text with a question mark after each sentence that asks to be confirmed with Dutch "toch" or
 * an assumption ("ik neem aan dat…") and has none, so a reader of clauses that knows "?" reads it as the question it is. (A tag after a
 * comma that reader reads itself; a mark after it would read the tag alone.) Other sentences stay
 * as written.
 */
export function withConfirmationsMarked(text: string): string {
  return text
    .split(/(?<=[.!?\n])/u)
    .map((s) => {
      if (/[?¿؟]/u.test(s) || !(CONFIRMATION_SOUGHT.test(plainWords(s)) || ASSUMED.test(plainWords(s)))) return s;
      const end = /[.!\s]*$/u.exec(s)?.[0] ?? '';
      return `${s.slice(0, s.length - end.length)}?${end.replace(/^[.!]+/u, '')}`;
    })
    .join('');
}
