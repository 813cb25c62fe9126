/**
 * "Ahmeds baas", "Priyas moeder", "Joys vriend": Dutch writes the owner's name with a bare "s" and the
 * relation right after it. The word then is no dictionary word, but a listed first name with an "s";
 * the relation word after it is what tells it from a plural or a word of its own ("Hans", "Kees" are
 * listed whole and found by the names detector).
 */
import { RELATIONS } from '../lexicons/cues';
import { FIRST_NAMES, isOrdinaryWord } from '../lexicons/wordLists';
import { tokenize } from '../text';
import type { Candidate } from '../types';

export function findPossessiveNames(text: string): Candidate[] {
  if (!text.includes('s ')) return [];
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!RELATIONS.has(next.key) || t.key.charCodeAt(t.key.length - 1) !== 115) continue;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text) || text.slice(t.end, next.start) !== ' ') continue;
    const stem = t.key.slice(0, -1);
    if (stem.length < 3 || !FIRST_NAMES.has(stem) || FIRST_NAMES.has(t.key) || isOrdinaryWord(t.key)) continue;
    out.push({ type: 'NAAM', start: t.start, end: t.end, tier: 2 });
  }
  return out;
}
