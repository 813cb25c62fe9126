/**
 * Dutch licence plates, sidecodes 1 to 14 (L = letter, 9 = digit). With dashes the shape alone is
 * telling; written without dashes it must be in capitals or follow a cue such as "kenteken".
 */
import type { Candidate } from '../types';

const SIDECODES = [
  'LL-99-99',
  '99-99-LL',
  '99-LL-99',
  'LL-99-LL',
  'LL-LL-99',
  '99-LL-LL',
  '99-LLL-9',
  '9-LLL-99',
  'LL-999-L',
  'L-999-LL',
  'LLL-99-L',
  'L-99-LLL',
  '9-LL-999',
  '999-LL-9',
];

function shape(code: string, dashed: boolean): string {
  return code
    .split('-')
    .map((group) => group.replace(/L+/g, (l) => `[A-Z]{${l.length}}`).replace(/9+/g, (d) => `\\d{${d.length}}`))
    .join(dashed ? '[-\\s]' : '');
}

const DASHED = new RegExp(`(?<![\\p{L}\\d-])(?:${SIDECODES.map((c) => shape(c, true)).join('|')})(?![\\p{L}\\d-])`, 'giu');
// Sidecode 2 without dashes ("1234AB") is a postcode; it needs a cue.
const COMPACT = new RegExp(`(?<![\\p{L}\\d-])(?:${SIDECODES.map((c) => shape(c, false)).join('|')})(?![\\p{L}\\d-])`, 'giu');
const CUE =
  /\b(?:kenteken|nummerbord|nummerplaat|auto|busje|bestelbus|wagen|scooter|brommer|licen[cs]e\s+plate|plate|car)\b[^.!?\n]{0,25}$/i;

function mixesLettersAndDigits(s: string): boolean {
  return /\d/.test(s) && /[A-Z]/i.test(s);
}

export function findPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DASHED)) {
    if (!mixesLettersAndDigits(m[0])) continue;
    // With spaces between groups it reads like words and numbers ("15 en 16"): capitals and a cue only.
    const spaced = m[0].includes(' ');
    if (spaced && (m[0] !== m[0].toUpperCase() || !CUE.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  for (const m of text.matchAll(COMPACT)) {
    const cued = CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const capitals = m[0] === m[0].toUpperCase();
    const postcodeShape = /^\d{4}[A-Z]{2}$/i.test(m[0]);
    if (!mixesLettersAndDigits(m[0]) || !(cued || (capitals && !postcodeShape))) continue;
    out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: cued ? 1 : 2 });
  }
  return out;
}
