/**
 * "Rozemarijn is mijn collega", "Daan was de eigenaar", "Precious is my sister": a capitalised word
 * that opens a clause and is said, with "is"/"was" and a possessive or article, to be someone's
 * relation is a person, even when a dictionary knows it as a word (rozemarijn, rosemary; daan) or no
 * list knows it; in lower case only a first name the lists know. The relation noun is what tells a person from a thing ("Marktplaats is de site",
 * "Maandag is mijn vrije dag"); a function word, a public name or a place opening the clause stays
 * ("Dit is mijn zus", "Marokko is mijn land").
 */
import { ENGLISH_RELATIONS, RELATIONS, TITLES } from '../lexicons/cues';
import { NON_PII_PROPER } from '../lexicons/commonWords';
import { FIRST_NAMES, isFunctionWord } from '../lexicons/wordLists';
import { tokenize, type Token } from '../text';
import type { Candidate } from '../types';
import { isPlaceName } from './places';

const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** Possessives and articles between the verb and the relation, Dutch and English (folded). */
const DETERMINERS: ReadonlySet<string> = new Set(
  "mijn m'n mn zijn z'n zn haar d'r onze ons hun jullie de een my his her our their the a".split(' '),
);

/** Capitals that open a clause: the start of the message or a sentence or clause mark before the word. */
function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  const from = i === 0 ? 0 : tokens[i - 1]!.end;
  const gap = text.slice(from, tokens[i]!.start);
  return i === 0 ? gap.trim() === '' : /^\s*(?:[.!?]+|[;:,(\n])\s*$/.test(gap);
}

/** Capitalised, or in lower case a first name the lists know ("sanne is mijn nichtje"). */
function isNameShaped(t: Token): boolean {
  if (t.key.length < 3) return false;
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text)) return true;
  return /^\p{Ll}+$/u.test(t.text) && FIRST_NAMES.has(t.key);
}

export function findRelationPredicateNames(text: string): Candidate[] {
  if (!text.includes(' is ') && !text.includes(' was ')) return [];
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const verb = tokens[i + 1]!;
    if (!COPULAS.has(verb.key)) continue;
    const det = tokens[i + 2]!;
    const relation = tokens[i + 3]!;
    if (!DETERMINERS.has(det.key) || !(RELATIONS.has(relation.key) || ENGLISH_RELATIONS.has(relation.key))) continue;
    if (text.slice(tokens[i]!.end, relation.start).trim().split(/\s+/).length !== 2) continue;
    const name = tokens[i]!;
    if (!isNameShaped(name) || !opensClause(text, tokens, i)) continue;
    if (isFunctionWord(name.key) || NON_PII_PROPER.has(name.key) || TITLES.has(name.key)) continue;
    if (RELATIONS.has(name.key) || ENGLISH_RELATIONS.has(name.key) || isPlaceName(name.text)) continue;
    out.push({ type: 'NAAM', start: name.start, end: name.end, tier: 2 });
  }
  return out;
}
