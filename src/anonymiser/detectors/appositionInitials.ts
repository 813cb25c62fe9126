/**
 * "een leerling (D., klas 3b) vertelt", "de jongen, J., is 15": a person named by an initial alone, set
 * off by brackets or commas right after the word for that person. The initial stands for the name the
 * writer held back, and together with the rest of the message it can still point to one person. A lone
 * capital and a dot elsewhere ("Plan B.", "vitamine D.") is left alone: only a person word before it
 * and a comma or bracket after it make it an initial.
 */
import { RELATIONS } from '../lexicons/cues';
import { allMatches, fold } from '../text';
import type { Candidate } from '../types';

/** People a message speaks of by their role, beside the relation words. */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  'jongen meisje vrouw man slachtoffer cliënt cliënte patiënt patiënte student studente scholier girl boy woman victim pupil child'
    .split(' ')
    .map((w) => fold(w)),
);

const INITIAL_IN_APPOSITION = /(?<![\p{L}])(\p{L}+)\s*(?:\(\s*|,\s+)(\p{Lu}\.)(?=\s*[,)])/gu;

export function findAppositionInitials(text: string): Candidate[] {
  // Asked of every message: the characters first, the pattern only where both stand.
  if (!text.includes('.') || !(text.includes('(') || text.includes(',')) || !/[(,]\s*\p{Lu}\.\s*[,)]/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of allMatches(INITIAL_IN_APPOSITION, text)) {
    const key = fold(m[1]!);
    if (!RELATIONS.has(key) && !PERSON_WORDS.has(key)) continue;
    const end = m.index + m[0].length;
    out.push({ type: 'NAAM', start: end - m[2]!.length, end, tier: 1 });
  }
  return out;
}
