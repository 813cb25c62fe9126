/**
 * "Rozemarijn is mijn collega", "Daan was de eigenaar", "Precious is my sister": a capitalised word
 * that opens a clause and is said, with "is"/"was" and a possessive or article, to be someone's
 * relation is a person, even when a dictionary knows it as a word (rozemarijn, rosemary; daan) or no
 * list knows it; in lower case only a first name the lists know. The relation noun is what tells a
 * person from a thing ("Marktplaats is de site", "Maandag is mijn vrije dag"); a function word, a
 * public name or a place opening the clause stays ("Dit is mijn zus", "Marokko is mijn land").
 * The same word as the subject of a speech verb that reports ("Chidinma zegt dat …", "roos told
 * me …") is a person too: things and places do not "zeggen dat"; there a word a dictionary knows must
 * be a listed first name ("Workers told me" stays).
 */
import { ENGLISH_RELATIONS, RELATIONS, TITLES } from '../lexicons/cues';
import { NON_PII_PROPER } from '../lexicons/commonWords';
import { FIRST_NAMES, isFunctionWord, isOrdinaryWord } from '../lexicons/wordLists';
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

/** A single word opening a clause that can be a person's name: no function word, title, relation, public name or place. */
function mayBePerson(text: string, tokens: readonly Token[], i: number): boolean {
  const name = tokens[i]!;
  if (!isNameShaped(name) || !opensClause(text, tokens, i)) return false;
  if (isFunctionWord(name.key) || NON_PII_PROPER.has(name.key) || TITLES.has(name.key)) return false;
  return !RELATIONS.has(name.key) && !ENGLISH_RELATIONS.has(name.key) && !isPlaceName(name.text);
}

/** Speech verbs in the third person singular, Dutch and English: only a person "zegt dat" or "told me". */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'zegt zei vertelt vertelde schrijft schreef appt appte says said tells told writes wrote texted'.split(' '),
);

/** Stems that every form in SPEECH_VERBS holds, in any case the message writes them but capitals. */
const SPEECH_STEMS: readonly string[] = ['zegt', 'zei', 'vertel', 'schr', 'appt', 'says', 'said', 'tell', 'told', 'wr', 'texted'];

/** What follows a speech verb when it reports: "dat", "that", "tegen", "me", a colon. */
const REPORTING: ReadonlySet<string> = new Set(['dat', 'that', 'tegen', 'me', 'mij', 'ons', 'us']);

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

export function findRelationPredicateNames(text: string): Candidate[] {
  const copula = text.includes(' is ') || text.includes(' was ');
  // Plain substring tests before any pattern: most messages hold none of the speech verbs' stems.
  const speech = SPEECH_STEMS.some((stem) => text.includes(stem));
  if (!copula && !speech) return [];
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const verb = tokens[i + 1]!;
    const after = tokens[i + 2]!;
    if (copula && COPULAS.has(verb.key) && i + 3 < tokens.length) {
      const relation = tokens[i + 3]!;
      const said =
        DETERMINERS.has(after.key) &&
        (RELATIONS.has(relation.key) || ENGLISH_RELATIONS.has(relation.key)) &&
        onlySpaceBetween(text, tokens[i]!, verb) &&
        onlySpaceBetween(text, verb, after) &&
        onlySpaceBetween(text, after, relation);
      if (said && mayBePerson(text, tokens, i)) out.push({ type: 'NAAM', start: tokens[i]!.start, end: tokens[i]!.end, tier: 2 });
      continue;
    }
    // "Chidinma zegt dat het niet klopt", "roos zegt tegen haar …", "Joy told me": one word opening the
    // clause, then a speech verb that reports.
    if (!speech || !SPEECH_VERBS.has(verb.key)) continue;
    const reports = (REPORTING.has(after.key) && onlySpaceBetween(text, verb, after)) || /^\s*:/.test(text.slice(verb.end));
    // A word a dictionary knows must be a listed first name here: "Workers told me …" is said by people, not one.
    const word = tokens[i]!;
    const named = !isOrdinaryWord(word.key) || FIRST_NAMES.has(word.key);
    if (reports && named && onlySpaceBetween(text, word, verb) && mayBePerson(text, tokens, i))
      out.push({ type: 'NAAM', start: tokens[i]!.start, end: tokens[i]!.end, tier: 2 });
  }
  return out;
}
