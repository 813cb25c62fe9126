/** Dutch municipalities and larger places (and a few big cities abroad), from the place lexicon. */
import { AMBIGUOUS_PLACES, PLACES } from '../lexicons/places';
import { escapeRegExp, fold, isCapitalised, isSentenceStart } from '../text';
import type { Candidate } from '../types';

function key(name: string): string {
  return fold(name)
    .replace(/[’]/g, "'")
    .replace(/[-\s]+/g, ' ');
}

const SINGLE_WORD_PLACES: ReadonlySet<string> = new Set(PLACES.filter((p) => !/[\s-]/.test(p)).map(key));

/** True when a folded single word is a place name (used to keep places out of person names). */
export function isPlaceWord(foldedWord: string): boolean {
  return SINGLE_WORD_PLACES.has(foldedWord);
}

// Longest names first so "Bergen op Zoom" wins over "Bergen"; hyphens and spaces are interchangeable.
const ALTERNATIVES = [...PLACES]
  .sort((a, b) => b.length - a.length)
  .map((p) => escapeRegExp(key(p)).replace(/ /g, '[-\\s]+').replace(/'/g, "['’]"));
const PLACE = new RegExp(`(?<![\\p{L}\\d@./-])(?:${ALTERNATIVES.join('|')})(?![\\p{L}\\d@]|\\.[\\p{L}])`, 'gu');
const PLACE_CUE = /\b(?:in|uit|naar|te|bij|rond|vanuit|richting|gemeente|regio|omgeving|buurt\s+van|from|to|near|around|at)\s+$/i;

export function findPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Match on the folded text (same length) so "súdwest-fryslân" and "EINDHOVEN" are found too.
  for (const m of fold(text).matchAll(PLACE)) {
    const original = text.slice(m.index, m.index + m[0].length);
    const cued = PLACE_CUE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (AMBIGUOUS_PLACES.has(key(m[0]))) {
      if (!isCapitalised(original) || (!cued && isSentenceStart(text, m.index))) continue;
      if (!cued && m[0].length < 5) continue;
    }
    out.push({ type: 'PLAATS', start: m.index, end: m.index + m[0].length, tier: 2 });
  }
  return out;
}
