/**
 * Person names. A name starts at a cue (title, "ik heet", "mijn buurvrouw"), a known first name or
 * surname, a surname particle before a known surname ("de Vries"), or, as a weak guess, any other
 * capitalised word inside a sentence; it then grows over initials, particles and surnames.
 */
import { TUSSENVOEGSELS } from '../lexicons/surnames';
import { FIRST_NAMES, SURNAMES, isAmbiguousFirstName, isAmbiguousSurname, isFunctionWord, isOrdinaryWord } from '../lexicons/wordLists';
import { FUNCTION_WORDS, NON_PII_PROPER } from '../lexicons/commonWords';
import { ENGLISH_RELATIONS, NAME_BEFORE_VERB, TITLES, RELATIONS, STRONG_NAME_CUE, WEAK_NAME_CUE } from '../lexicons/cues';
import { isAllCaps, isCapitalised, isSentenceStart, onlyGap, tokenize, type Token } from '../text';
import { isPlaceWord } from './places';
import type { Candidate, Tier } from '../types';

interface Word extends Token {
  cap: boolean;
  sentenceStart: boolean;
  stop: boolean;
}

const STREETLIKE = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|school|college|lyceum)$/;

function isStopKey(key: string): boolean {
  return isFunctionWord(key) || NON_PII_PROPER.has(key) || TITLES.has(key) || RELATIONS.has(key) || ENGLISH_RELATIONS.has(key);
}

/** Common words, public names and titles; also compounds of them ("Marokkaans-Nederlands"). */
function isStop(w: Token): boolean {
  return isStopKey(w.key) || (w.key.includes('-') && w.key.split('-').every(isStopKey));
}

/** Part of an e-mail, URL, handle or code rather than a word of its own. */
function embedded(text: string, w: Token): boolean {
  const before = text[w.start - 1] ?? ' ';
  const after = text[w.end] ?? ' ';
  return (
    /[@/_\d#]/.test(before) ||
    /[@_\d]/.test(after) ||
    (before === '.' && /\S/.test(text[w.start - 2] ?? ' ')) ||
    (after === '.' && /[\p{L}\d]/u.test(text[w.end + 1] ?? ''))
  );
}

function isFirstName(w: Word): boolean {
  if (!FIRST_NAMES.has(w.key) || w.stop) return false;
  if (isAmbiguousFirstName(w.key)) return w.cap && !w.sentenceStart;
  return true;
}

function isKnownSurname(w: Word): boolean {
  return SURNAMES.has(w.key) && w.cap && !NON_PII_PROPER.has(w.key) && (!w.sentenceStart || !isAmbiguousSurname(w.key));
}

/** Particles that can open a surname; "in" and "op" only as "in 't" and "op de(n)". */
const CHAIN_START = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'te', 'vd', 'el', 'al', 'la', 'le', 'du', 'da', 'di', 'von']);

/** Length (in words) of a particle chain starting at i: "van", "van der", "in 't". */
function particleChain(words: Word[], text: string, i: number): number {
  const first = words[i];
  if (!first) return 0;
  const second = words[i + 1]?.key;
  const opens =
    CHAIN_START.has(first.key) || (first.key === 'in' && second === "'t") || (first.key === 'op' && (second === 'de' || second === 'den'));
  if (!opens) return 0;
  let n = 1;
  while (
    i + n < words.length &&
    n < 3 &&
    TUSSENVOEGSELS.has(words[i + n]!.key) &&
    onlyGap(text, words[i + n - 1]!.end, words[i + n]!.start)
  )
    n++;
  return n;
}

/** Acronyms and camel case ("KvK", "ID-kaart", "WhatsApp") are not names. */
function looksLikeAcronym(word: string): boolean {
  return /^\p{Lu}{2,}(?:-|$)/u.test(word) || /^\p{L}[\p{Ll}]*\p{Lu}/u.test(word);
}

function nameWord(w: Word): boolean {
  return w.cap && !w.stop && !isPlaceWord(w.key) && !STREETLIKE.test(w.key);
}

/** A capitalised ordinary word ("Kassen", "Schulden") is a name only when a list knows it as one. */
function knownOrUnusual(w: Word): boolean {
  return FIRST_NAMES.has(w.key) || SURNAMES.has(w.key) || !isOrdinaryWord(w.key);
}

/**
 * Grows a name from word i over initials, particles and surnames; returns the index after it.
 * A lower-case name ("jan de vries") may grow over lower-case words after a particle.
 */
function extend(words: Word[], text: string, i: number): number {
  let j = i + 1;
  const lower = !words[i]!.cap;
  while (j < words.length && j - i < 6 && onlyGap(text, words[j - 1]!.end, words[j]!.start, words[j - 1]!.text.length === 1 ? '.' : '')) {
    const w = words[j]!;
    const chain = particleChain(words, text, j);
    if (chain > 0) {
      const next = words[j + chain];
      const placeOk = !isPlaceWord(next?.key ?? '') || w.key === 'van';
      const surnameOk = next !== undefined && (!next.stop || SURNAMES.has(next.key));
      if (
        next &&
        placeOk &&
        surnameOk &&
        onlyGap(text, words[j + chain - 1]!.end, next.start) &&
        !STREETLIKE.test(next.key) &&
        (next.cap || lower)
      ) {
        j += chain + 1;
        continue;
      }
      break;
    }
    if (nameWord(w) && knownOrUnusual(w) && !looksLikeAcronym(w.text) && !embedded(text, w)) {
      j++;
      continue;
    }
    if (lower && SURNAMES.has(w.key) && !isAmbiguousSurname(w.key)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Takes in initials ("J. de Vries") and an unknown capitalised first word at a sentence start. */
function extendBack(words: Word[], text: string, i: number, found: Candidate[]): number {
  let start = i;
  const taken = found.length > 0 ? found[found.length - 1]!.end : -1;
  while (start > 0 && start - i > -3) {
    const prev = words[start - 1]!;
    if (prev.end <= taken || !prev.cap || prev.stop || isPlaceWord(prev.key) || embedded(text, prev)) break;
    const initial = prev.text.length === 1 && text[prev.end] === '.';
    if (!(initial ? onlyGap(text, prev.end, words[start]!.start, '.') : onlyGap(text, prev.end, words[start]!.start))) break;
    // An unknown first word only joins a known surname ("Dragomir Petrov"), never a first name.
    if (!initial && (!prev.sentenceStart || !SURNAMES.has(words[start]!.key) || FIRST_NAMES.has(words[start]!.key))) break;
    start--;
  }
  return start;
}

/** Directly after a Dutch relation: "mijn zoon", "haar vriend". */
function relationBefore(words: Word[], i: number): boolean {
  return i > 0 && RELATIONS.has(words[i - 1]!.key);
}

/**
 * A lower-case word after a relation ("mijn zoon dani") is a name unless it reads like a verb,
 * participle or comparative ("mijn zoon zit", "mijn zus belde", "mijn vriend ouder").
 */
function looksLikeLowerName(w: Word): boolean {
  return w.key.length >= 3 && !w.stop && !/(?:t|en|de|te|ig|lijk|er|s)$/.test(w.key);
}

function cueBefore(text: string, w: Word, words: Word[], i: number): 'title' | 'strong' | 'weak' | undefined {
  const prev = words[i - 1];
  if (prev && onlyGap(text, prev.end, w.start, '.')) {
    if (TITLES.has(prev.key) && (prev.key !== 'heer' || words[i - 2]?.key === 'de')) return 'title';
  }
  const before = text.slice(Math.max(0, w.start - 40), w.start);
  if (STRONG_NAME_CUE.test(before)) return 'strong';
  if (prev && (RELATIONS.has(prev.key) || ENGLISH_RELATIONS.has(prev.key)) && onlyGap(text, prev.end, w.start, ',:')) return 'weak';
  if (WEAK_NAME_CUE.test(before)) return 'weak';
  return undefined;
}

/**
 * Title Case or ALL CAPS chat ("Ik Weet Het Niet Meer", "HELP MIJ"): capitals then say nothing
 * about names, so only the lists and cues decide.
 */
function capitalsAreNoise(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 1);
  if (words.length < 3) return false;
  const capitalised = words.filter((t) => isCapitalised(t.text)).length;
  return capitalised / words.length >= 0.6;
}

export function findNames(text: string): Candidate[] {
  const tokens = tokenize(text);
  const noise = capitalsAreNoise(tokens);
  const words: Word[] = tokens.map((t) => ({
    ...t,
    cap: !noise && isCapitalised(t.text),
    sentenceStart: isSentenceStart(text, t.start),
    stop: isStop(t),
  }));
  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (embedded(text, w)) {
      i++;
      continue;
    }
    const cue = cueBefore(text, w, words, i);
    const chain = particleChain(words, text, i);
    let tier: Tier | undefined;
    if (chain > 0) {
      const head = words[i + chain];
      const known = head !== undefined && SURNAMES.has(head.key) && !FIRST_NAMES.has(head.key);
      const adjacent = head !== undefined && onlyGap(text, words[i + chain - 1]!.end, head.start);
      const headOk = head !== undefined && (!head.stop || SURNAMES.has(head.key));
      if (adjacent && headOk && (cue === 'title' || cue === 'strong')) tier = 2;
      else if (
        adjacent &&
        headOk &&
        head.cap &&
        !NON_PII_PROPER.has(head.key) &&
        !isPlaceWord(head.key) &&
        !STREETLIKE.test(head.key) &&
        (known || (chain >= 2 && !w.sentenceStart))
      )
        tier = 2;
    } else if (cue === 'title' || cue === 'strong') {
      if ((!w.stop || SURNAMES.has(w.key)) && w.text.length > 1) tier = 2;
    } else if (
      cue === 'weak' &&
      !w.stop &&
      (w.cap || FIRST_NAMES.has(w.key) || (relationBefore(words, i) && looksLikeLowerName(w))) &&
      !isPlaceWord(w.key)
    ) {
      tier = 2;
    } else if (isFirstName(w) || isKnownSurname(w)) {
      tier = 2;
    } else if (
      w.cap &&
      !w.sentenceStart &&
      !isAllCaps(w.text) &&
      !looksLikeAcronym(w.text) &&
      nameWord(w) &&
      !isOrdinaryWord(w.key) &&
      w.text.length > 1
    ) {
      tier = 3;
    }
    if (tier === undefined) {
      i++;
      continue;
    }
    const end = extend(words, text, i + chain);
    const start = extendBack(words, text, i, out);
    // A weak guess that grew into a known name is no longer weak.
    const span = words.slice(start, end);
    if (tier === 3 && span.some((s) => FIRST_NAMES.has(s.key) || SURNAMES.has(s.key))) tier = 2;
    out.push({ type: 'NAAM', start: words[start]!.start, end: words[end - 1]!.end, tier });
    i = end;
  }
  for (const m of text.matchAll(NAME_BEFORE_VERB)) {
    const name = m[1]!;
    const parts = tokenize(name);
    if (parts.every((p) => !isStop(p)) && !isPlaceWord(parts[0]!.key)) {
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      out.push({ type: 'NAAM', start, end: start + name.length, tier: 2 });
    }
  }
  return out;
}
