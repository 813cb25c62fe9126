/**
 * Person names. A name starts at a cue (a title, "ik heet", "se numește", "mijn buurvrouw"), a known
 * first name or surname, a surname particle before a surname ("de Vries", "van 't Hof"), or, as a
 * weak guess, a capitalised word inside a sentence that no dictionary knows; it then grows over
 * initials, particles, first names and surnames.
 *
 * Capitals are evidence only in ordinary text: in Title Case or ALL CAPS chat only the lists and
 * the cues decide, and a capitalised ordinary word ("Overslaan", "Kassen") is never a guess.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths';
import { findArabiziNames, mayHoldArabizi } from './arabizi';
import { FUNCTION_WORDS, NON_PII_PROPER } from '../lexicons/commonWords';
import { AMBIGUOUS_FIRST_NAMES } from '../lexicons/firstNames';
import {
  FOREIGN_RELATIONS,
  ENGLISH_RELATIONS,
  NAME_BEFORE_NAMING,
  NAME_BEFORE_VERB,
  TITLES,
  RELATIONS,
  MORE_NAME_CUE,
  STRONG_NAME_CUE,
  WEAK_NAME_CUE,
} from '../lexicons/cues';
import { AMBIGUOUS_SURNAMES, TUSSENVOEGSELS } from '../lexicons/surnames';
import {
  CURATED_FIRST_NAMES,
  CURATED_SURNAMES,
  DUTCH_WORD_NAMES,
  FIRST_NAMES,
  FOREIGN_FUNCTION_WORDS,
  SURNAMES,
  isFunctionWord,
  isDictionaryWord,
  lookUpOrdinary,
  ORDINARY_WORDS_DIGEST,
} from '../lexicons/wordLists';
import { RunMemo, activeMemo } from '../runMemo';
import {
  allMatches,
  digitJustBefore,
  isAllCaps,
  isAsciiLower,
  isCapitalised,
  isSentenceStart,
  mentionsAny,
  onlyGap,
  splitOnSpaces,
  type Token,
  tokenize,
  testText,
} from '../text';
import { QUOTE, WIDE, hasAny } from '../textShape';
import type { Candidate, Tier } from '../types';

interface Word extends Token {
  cap: boolean;
  sentenceStart: boolean;
  stop: boolean;
  /** A single letter followed by a full stop: "J." in "J.P. de Graaf". */
  initial: boolean;
  /** Known as a first name or surname, whatever else it is. */
  named: boolean;
  /** Part of a place name found in this message. */
  place: boolean;
  /** What the word lists say of its folded form: `facts` bits. */
  facts: number;
}

type Cue = 'title' | 'strong' | 'weak';

/** Endings of streets and schools; none is the tail of another. */
const STREET_TAILS = ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'school', 'college', 'lyceum'];
const TWO_LETTERS_AT_END = /\p{L}{2}$/u;

/**
 * A compound ending like a street or school ("Kerkstraat", "Zadkinecollege"): two letters, then the
 * ending; the bare word is a surname ("van Dijk", "van der Laan"). The ending is checked first:
 * every listed word is tested at start, and a pattern tried at each position cost more.
 */
function isStreetLike(key: string): boolean {
  for (const tail of STREET_TAILS) if (key.endsWith(tail)) return TWO_LETTERS_AT_END.test(key.slice(0, key.length - tail.length));
  return false;
}

/**
 * An app or platform, also inflected ("na Instagramie", "на Фейсбуці"): never a name. The words a
 * folded key opens with, compared by `startsWith` (the pattern `^(?:instagram|insta|…)` without
 * flags that this was: asked of every word no list holds, where a pattern call cost more).
 */
const PLATFORM_OPENINGS: readonly string[] = [
  'instagram',
  'insta',
  'snapchat',
  'tiktok',
  'telegram',
  'facebook',
  'whatsapp',
  'youtube',
  'onlyfans',
  'messenger',
  'twitter',
  'discord',
  'signal',
  'viber',
  'інстаграм',
  'инстаграм',
  'телеграм',
  'фейсбук',
  'тікток',
  'тикток',
];

function opensWithPlatform(key: string): boolean {
  for (const opening of PLATFORM_OPENINGS) if (key.startsWith(opening)) return true;
  return false;
}

/** What the word lists say of a folded word, one bit each: a word is looked up once, not once per list and question. */
const FIRST = 1;
const SURNAME = 1 << 1;
/** Common words, public names and titles; also compounds of them ("Marokkaans-Nederlands"). */
const STOP = 1 << 2;
const ORDINARY = 1 << 3;
const FUNCTION = 1 << 4;
const ANY_FUNCTION = 1 << 5;
const PUBLIC = 1 << 6;
const TITLE = 1 << 7;
const RELATION = 1 << 8;
const ENGLISH_RELATION = 1 << 9;
const FOREIGN_RELATION = 1 << 10;
const AMBIGUOUS_FIRST = 1 << 11;
const LISTED_AMBIGUOUS_FIRST = 1 << 12;
const AMBIGUOUS_SURNAME = 1 << 13;
const COMMON_FIRST = 1 << 14;
const DUTCH_WORD_NAME = 1 << 15;
const STREET = 1 << 16;
/** Known as a first name or surname (also as a double name or with a case ending), whatever else it is. */
const NAMED = 1 << 17;
const GERMAN_WORD = 1 << 18;
const NAME_VERB = 1 << 19;
const STRONG_HEAD = 1 << 20;
const CHAIN_HEAD = 1 << 21;
const PARTICLE = 1 << 22;
const WEAK_HEAD = 1 << 23;
const ORGANISATION_HEAD = 1 << 24;
const MORE_HEAD = 1 << 28;
/** Words that open an organisation's name ("van Stichting …", "van Restaurant …"), never a surname after a particle. */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `stichting vereniging gemeente firma bedrijf bureau uitzendbureau restaurant hotel camping kwekerij school basisschool
  hogeschool universiteit ziekenhuis kliniek praktijk fabriek supermarkt winkel salon kapsalon nagelstudio agency`.split(/\s+/),
);

/** Bits kept only to work out the others: the lists behind `isFunctionWord`, `isAmbiguousSurname`. */
const FOREIGN_FUNCTION = 1 << 25;
const LISTED_AMBIGUOUS_SURNAME = 1 << 26;
const CURATED_SURNAME = 1 << 27;
/**
 * Words that stop a name in Dutch or English; a capitalised word stopped only by another language's
 * function words ("Cate", Romanian "câte") still ends a surname after a particle ("Gerda ten Cate").
 */
const OWN_LANGUAGE_STOP = FUNCTION | PUBLIC | TITLE | RELATION | ENGLISH_RELATION;
/** Lists whose words stop a name by themselves: function words, public names, titles, relations. */
const STOP_LISTS = FUNCTION | FOREIGN_FUNCTION | PUBLIC | TITLE | RELATION | ENGLISH_RELATION;

/**
 * What the word lists say of each word they hold, worked out once from the lists alone (never from
 * a message): most words of a chat message (function words, cue words, names) are in them, and
 * are then one look-up instead of one per list, in every run. Read on first use (some lists are
 * declared further down), which is the first message the process anonymises: from the prebuilt
 * table in models/ when it was made from these very lists (its fingerprint says so), else worked
 * out here, which cost a large part of the anonymiser's start.
 */
let listedFacts: ReadonlyMap<string, number> | undefined;

/**
 * Words for foreign personal numbers ("OIB", "PESEL", "JMBG"), public words like those of `NON_PII_PROPER`;
 * kept here, since that list is part of the recognizer's source hash (src/nlu reads the dictionary beside it).
 */
const ID_NUMBER_WORDS: ReadonlySet<string> = new Set(['oib', 'pesel', 'jmbg']);

/** Every list behind the table with its bit, in the order they are marked. */
function listsWithBits(): ReadonlyArray<readonly [Iterable<string>, number]> {
  return [
    [FIRST_NAMES, FIRST],
    [SURNAMES, SURNAME],
    [FUNCTION_WORDS, FUNCTION],
    [FOREIGN_FUNCTION_WORDS, FOREIGN_FUNCTION],
    [NON_PII_PROPER, PUBLIC],
    [ID_NUMBER_WORDS, PUBLIC],
    [TITLES, TITLE],
    [RELATIONS, RELATION],
    [ENGLISH_RELATIONS, ENGLISH_RELATION],
    [FOREIGN_RELATIONS, FOREIGN_RELATION],
    [AMBIGUOUS_FIRST_NAMES, LISTED_AMBIGUOUS_FIRST],
    [AMBIGUOUS_SURNAMES, LISTED_AMBIGUOUS_SURNAME],
    [CURATED_FIRST_NAMES, COMMON_FIRST],
    [CURATED_SURNAMES, CURATED_SURNAME],
    [DUTCH_WORD_NAMES, DUTCH_WORD_NAME],
    [GERMAN, GERMAN_WORD],
    [VERB_AFTER_NAME, NAME_VERB],
    [STRONG_CUE_HEADS, STRONG_HEAD],
    [CHAIN_START, CHAIN_HEAD],
    [TUSSENVOEGSELS, PARTICLE],
    [WEAK_CUE_HEADS, WEAK_HEAD],
    [ORGANISATION_HEADS, ORGANISATION_HEAD],
    [MORE_CUE_HEADS, MORE_HEAD],
  ];
}

export function buildListedFacts(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const [words, bit] of listsWithBits()) for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  // Every listed word gets its full facts now, names too (about 35,000 words): a name recurs in
  // many transcripts, and a run's memo would work its facts out again in each. The dictionary
  // look-up bypasses the run memo, which holds a run's own words only.
  // The facts below only add bits, so a compound's parts read their list bits whether done or not.
  for (const [key, bits] of table) table.set(key, withDerivedFacts(key, bits, table, lookUpOrdinary));
  return table;
}

/** Raised when the prebuilt file's layout changes. */
const FACTS_FORMAT = 1;

/**
 * A digest of what the table is made from: every list with its bit and the dictionary. A prebuilt
 * table with another fingerprint was made from other lists and is not used. (A change to the rules
 * that work the facts out is caught by the unit test that rebuilds the table.)
 */
export function listedFactsFingerprint(): string {
  const hash = createHash('sha256').update(`facts ${FACTS_FORMAT}\n`).update(ORDINARY_WORDS_DIGEST);
  for (const [words, bit] of listsWithBits()) hash.update(`\n${bit}\n`).update([...words].join('\n'));
  return hash.digest('hex');
}

/** The table as the prebuilt file holds it: its fingerprint, then a word and its facts (base 36) a line. */
export function listedFactsFileText(table: ReadonlyMap<string, number>, fingerprint: string): string {
  const lines = [`# listed facts ${FACTS_FORMAT} ${fingerprint}`];
  for (const [key, facts] of table) lines.push(`${key}\t${facts.toString(36)}`);
  return lines.join('\n') + '\n';
}

/** The prebuilt table when it exists and was made from the current lists; undefined otherwise. */
export function readListedFacts(file: string, fingerprint: string): Map<string, number> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || text.slice(0, firstEnd) !== `# listed facts ${FACTS_FORMAT} ${fingerprint}`) return undefined;
  const table = new Map<string, number>();
  let at = firstEnd + 1;
  while (at < text.length) {
    const tab = text.indexOf('\t', at);
    const end = text.indexOf('\n', at);
    if (tab < 0 || end < 0 || tab > end) return undefined;
    const facts = parseInt(text.slice(tab + 1, end), 36);
    if (!Number.isInteger(facts)) return undefined;
    // `| 0` stores a small integer: parseInt gives a heap number, and every look-up's bit tests then cost more (the whole run about 3 %).
    table.set(text.slice(at, tab), facts | 0);
    at = end + 1;
  }
  return table;
}

export const LISTED_FACTS_FILE = join(projectRoot(__dirname), 'models', 'anonymiser-listed-facts.tsv');

function loadListedFacts(): ReadonlyMap<string, number> {
  return readListedFacts(LISTED_FACTS_FILE, listedFactsFingerprint()) ?? buildListedFacts();
}

/**
 * "Somalische", "Britse": a Dutch adjective of nationality with its inflection "-e", whose bare form
 * the lists know as a public word ("somalisch", "brits"), names no one either.
 */
function inflectsPublicAdjective(key: string, listed: ReadonlyMap<string, number>): boolean {
  if (key.length < 6 || !key.endsWith('e')) return false;
  const stem = key.slice(0, -1);
  return /(?:sch|s)$/.test(stem) && ((listed.get(stem) ?? 0) & PUBLIC) !== 0;
}

/**
 * "Sundays", "Colombian", "Moldovan": a plural of a public word, or the adjective of a country made
 * with "-n" ("colombia", "moldova"), names nothing private either. Only longer words: "Roman" is a
 * given name, however public "roma" is.
 */
function derivesFromPublicWord(key: string, listed: ReadonlyMap<string, number>): boolean {
  if (key.length < 6 || (!key.endsWith('s') && !key.endsWith('an'))) return false;
  return ((listed.get(key.slice(0, -1)) ?? 0) & PUBLIC) !== 0;
}

function stopsByItself(key: string, bits: number): boolean {
  return (bits & STOP_LISTS) !== 0 || opensWithPlatform(key);
}

/**
 * A word's facts from the bits of the lists that hold it (`listed`: every listed word's bits or
 * facts; `ordinaryWord`: the dictionary test, with or without the run's memo).
 */
function withDerivedFacts(key: string, bits: number, listed: ReadonlyMap<string, number>, ordinaryWord: (key: string) => boolean): number {
  const stop =
    stopsByItself(key, bits) ||
    (key.includes('-') && key.split('-').every((part) => stopsByItself(part, listed.get(part) ?? 0))) ||
    inflectsPublicAdjective(key, listed) ||
    ((bits & (FIRST | SURNAME)) === 0 && derivesFromPublicWord(key, listed));
  // The same test as `isOrdinaryWord` (these lists or the dictionary); for a word no list holds its
  // run memo, which the other detectors share: that word's Bloom filter look-up is made once per run.
  const ordinary = (bits & (FUNCTION | FOREIGN_FUNCTION | PUBLIC)) !== 0 || ordinaryWord(key);
  const named = (bits & (FIRST | SURNAME)) !== 0 || isDoubleName(key) || hasNameStem(key);
  return (
    bits |
    (stop ? STOP : 0) |
    (ordinary ? ORDINARY : 0) |
    ((bits & (FUNCTION | FOREIGN_FUNCTION)) !== 0 ? ANY_FUNCTION : 0) |
    ((bits & LISTED_AMBIGUOUS_FIRST) !== 0 || ((bits & COMMON_FIRST) === 0 && ordinary) ? AMBIGUOUS_FIRST : 0) |
    ((bits & LISTED_AMBIGUOUS_SURNAME) !== 0 || ((bits & CURATED_SURNAME) === 0 && ordinary) ? AMBIGUOUS_SURNAME : 0) |
    (isStreetLike(key) ? STREET : 0) |
    (named ? NAMED : 0)
  );
}

/**
 * Whether a word no list holds is an ordinary word: the lists behind `isOrdinaryWord` (function
 * words, public names) are all in the table of listed words, so for this word only the dictionary
 * can say yes. Remembered in the run's memo as `isOrdinaryWord` would, which the other detectors read.
 */
function unlistedIsOrdinary(key: string): boolean {
  const memo = activeMemo();
  return memo === undefined ? isDictionaryWord(key) : RunMemo.recall(memo.ordinary, key, isDictionaryWord);
}

/** The facts of a word no list holds. */
function unlistedFacts(key: string): number {
  const listed = listedFacts ?? new Map<string, number>();
  // A pet form the dictionary holds too ("Keesje") is, like "Kees", a name the dictionary knows.
  const pet = petFormOfFirstName(key) ? FIRST | COMMON_FIRST | (unlistedIsOrdinary(key) ? DUTCH_WORD_NAME : 0) : 0;
  return withDerivedFacts(key, pet, listed, unlistedIsOrdinary);
}

/** Dutch pet forms made from a first name, longest ending first: "Willempje", "Jantje", "keesje", "Henkie". */
const PET_ENDINGS = ['pje', 'tje', 'je', 'ie'] as const;

/**
 * "bij henkie", "Keesje komt", "sjaakie zei": a word no list holds that is a common Dutch first name
 * with a Dutch diminutive ending ("pranie", Polish laundry, is no "Pran") is that first name, with the same standing: "henkie" where "henk" is, "keesje"
 * (which the dictionary holds) where "kees" is. The name must be no word of its own ("matt" in
 * "mattie", "huis" in "huisje"), unless the dictionary knows it as a name.
 */
function petFormOfFirstName(key: string): boolean {
  for (const ending of PET_ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    const stem = listedFacts?.get(key.slice(0, -ending.length)) ?? 0;
    const wordToo = (stem & ORDINARY) !== 0 && (stem & DUTCH_WORD_NAME) === 0;
    return (stem & (FIRST | COMMON_FIRST)) === (FIRST | COMMON_FIRST) && (stem & (STOP | AMBIGUOUS_FIRST)) === 0 && !wordToo;
  }
  return false;
}

/** What the word lists say of a word they hold (undefined for any other): no run's memo is read or written. */
export function listedFactsOf(key: string): number | undefined {
  listedFacts ??= loadListedFacts();
  return listedFacts.get(key);
}

/**
 * The facts of the function words ("de", "ik", "niet"), copied from the table of listed words: about
 * two of every three words of a chat message, looked up in this small map (some 600 words, which
 * stays in the processor's caches) before the table of 45,000 (which does not): a third less time a
 * word on the bench's messages. Made from the word list alone, never from a message.
 */
let commonFacts: ReadonlyMap<string, number> | undefined;

function commonFactsOf(listed: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const common = new Map<string, number>();
  for (const word of FUNCTION_WORDS) {
    const facts = listed.get(word);
    if (facts !== undefined) common.set(word, facts);
  }
  return common;
}

/**
 * One bit per hash of every word of the table of listed words: a word whose bit is unset is not in
 * the table. More than half the words that miss the small table of function words miss the big one
 * too (names, chat spellings), and a look-up in a table of 45,000 that the processor's caches do not
 * hold costs several memory reads, where this is one. Made from the word list alone, never from a
 * message; about one unlisted word in 23 passes and is looked up as before.
 */
let listedFilter: Uint32Array | undefined;
const LISTED_FILTER_BITS = 20;

/** FNV-1a over the word's UTF-16 code units, its top `LISTED_FILTER_BITS` bits. */
function listedHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> (32 - LISTED_FILTER_BITS);
}

function listedFilterOf(listed: ReadonlyMap<string, number>): Uint32Array {
  const bits = new Uint32Array(1 << (LISTED_FILTER_BITS - 5));
  for (const key of listed.keys()) {
    const h = listedHash(key);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/** False only for a word the table of listed words does not hold. */
function mayBeListed(filter: Uint32Array, key: string): boolean {
  const h = listedHash(key);
  return (filter[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** Whether the filter before the table of listed words lets `key` through (false: not listed). */
export function passesListedFilter(key: string): boolean {
  listedFacts ??= loadListedFacts();
  listedFilter ??= listedFilterOf(listedFacts);
  return mayBeListed(listedFilter, key);
}

/**
 * What the word lists say of a folded word: a listed word's facts from the table above, any other
 * word's worked out and remembered for the run (every word of every message asks, and chat
 * repeats its words).
 */
function factsOf(key: string): number {
  listedFacts ??= loadListedFacts();
  commonFacts ??= commonFactsOf(listedFacts);
  const common = commonFacts.get(key);
  if (common !== undefined) return common;
  listedFilter ??= listedFilterOf(listedFacts);
  if (mayBeListed(listedFilter, key)) {
    const listed = listedFacts.get(key);
    if (listed !== undefined) return listed;
  }
  const memo = activeMemo();
  return memo === undefined ? unlistedFacts(key) : RunMemo.recall(memo.facts, key, unlistedFacts);
}

/**
 * The facts of each of a message's tokens, in order: the places and names detectors both read them
 * (capitals, German, every word), so they are looked up once per message. Kept for the last tokens
 * asked about, like the capitals verdict.
 */
export function tokenFacts(tokens: readonly Token[]): readonly number[] {
  const memo = activeMemo();
  if (memo === undefined) return factsOfTokens(tokens);
  if (tokens !== memo.factsOfTokens) {
    memo.tokenFacts = factsOfTokens(tokens);
    memo.factsOfTokens = tokens;
  }
  return memo.tokenFacts;
}

/** Pushed, not mapped, for one kind of array whoever runs it (see `findNames`). */
function factsOfTokens(tokens: readonly Token[]): number[] {
  const facts: number[] = [];
  for (let i = 0; i < tokens.length; i++) facts.push(factsOf(tokens[i]!.key));
  return facts;
}

function isStop(w: Token): boolean {
  return (factsOf(w.key) & STOP) !== 0;
}

/** Part of an e-mail, URL, handle or code rather than a word of its own. */
/** "@", "/", "_", "#" or a digit: characters that glue a word into an address, handle or code. */
function isGlue(code: number, slashOrHash: boolean): boolean {
  return (code >= 48 && code <= 57) || code === 64 || code === 95 || (slashOrHash && (code === 47 || code === 35));
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** `/[\p{L}\d]/u` of one character (or none), ASCII and none answered without the pattern. */
function letterOrDigit(ch: string): boolean {
  // None: the text ends there (a name before the closing full stop, on most messages that name one).
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

function embedded(text: string, w: Token): boolean {
  // By code: every word of every message is asked, and a character as a string may be a new one.
  const before = w.start > 0 ? text.charCodeAt(w.start - 1) : 32;
  const after = w.end < text.length ? text.charCodeAt(w.end) : 32;
  // Most words stand between spaces: answer those without a pattern.
  if (before === 32 && after === 32) return false;
  return (
    isGlue(before, true) ||
    isGlue(after, false) ||
    (before === 46 && letterOrDigit(text[w.start - 2] ?? ' ') && !(w.text.length === 1 && /\p{Lu}/u.test(w.text))) ||
    (after === 46 && letterOrDigit(text[w.end + 1] ?? '') && !(w.text.length === 1 && /\p{Lu}/u.test(text[w.end + 1] ?? '')))
  );
}

function isFirstName(w: Word): boolean {
  if ((w.facts & FIRST) === 0) return false;
  // "Ben", "Wil": function words that the hand list knows as names too, capitalised mid-sentence.
  if (w.stop) return (w.facts & LISTED_AMBIGUOUS_FIRST) !== 0 && w.cap && !w.sentenceStart;
  if ((w.facts & AMBIGUOUS_FIRST) !== 0) return w.cap && !w.sentenceStart;
  return w.cap || ((w.facts & COMMON_FIRST) !== 0 && (w.facts & DUTCH_WORD_NAME) === 0);
}

/** "Dekker-Bakker", "Fuente-Bakker": a double surname whose parts are each a known name. */
function isDoubleName(key: string): boolean {
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.length <= 3 && parts.every((p) => SURNAMES.has(p) || FIRST_NAMES.has(p));
}

function isDoubleFirstName(key: string): boolean {
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.length === 2 && parts.every((p) => FIRST_NAMES.has(p));
}

/** "Elif'in", "Ahmet'e": a Turkish case ending after an apostrophe leaves the name before it. */
const CASE_ENDING = /^([\p{L}]{2,})'\p{Ll}{1,4}$/u;

function hasNameStem(key: string): boolean {
  const stem = key.includes("'") ? CASE_ENDING.exec(key)?.[1] : undefined;
  return stem !== undefined && (FIRST_NAMES.has(stem) || SURNAMES.has(stem));
}

/**
 * "Boję się, że …", "Moya sestra …", "Chủ tiệm là …": a capitalised word that only the broad surname lists
 * hold (no first name, not a hand-written surname), opening a sentence with no capitalised word after it.
 * Shared with the tagger, which learned the same lists.
 */
export function isLoneSurnameOpeningSentence(text: string, word: Token, facts: number, next: Token | undefined): boolean {
  if ((facts & SURNAME) === 0 || (facts & (FIRST | CURATED_SURNAME)) !== 0) return false;
  if (!isCapitalised(word.text) || !isSentenceStart(text, word.start)) return false;
  return next === undefined || !isCapitalised(next.text) || !onlyGap(text, word.end, next.start);
}

function isKnownSurname(w: Word): boolean {
  return (
    ((w.facts & SURNAME) !== 0 || isDoubleName(w.key) || hasNameStem(w.key)) &&
    w.cap &&
    !w.stop &&
    (!w.sentenceStart || (w.facts & AMBIGUOUS_SURNAME) === 0)
  );
}

const DIGIT = /\d/;

/** Particles that can open a surname; "in" and "op" only as "in 't" and "op de(n)". */
const CHAIN_START = new Set([
  'van',
  'de',
  'den',
  'der',
  'ter',
  'ten',
  'te',
  'vd',
  'el',
  'al',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'dos',
  'del',
  'dela',
  'delos',
  'delas',
  'das',
  'dei',
  'degli',
  'ould',
]);

/** Length (in words) of a particle chain starting at i: "van", "van der", "in 't", "de la". */
function particleChain(words: Word[], text: string, i: number): number {
  const first = words[i];
  if (!first) return 0;
  const second = words[i + 1]?.key;
  const opens =
    (first.facts & CHAIN_HEAD) !== 0 ||
    (first.key === 'in' && second === "'t") ||
    (first.key === 'op' && (second === 'de' || second === 'den'));
  if (!opens) return 0;
  let n = 1;
  while (
    i + n < words.length &&
    n < 3 &&
    (words[i + n]!.facts & PARTICLE) !== 0 &&
    onlyGap(text, words[i + n - 1]!.end, words[i + n]!.start)
  )
    n++;
  return n;
}

/** Acronyms and camel case ("KvK", "ID-kaart", "WhatsApp") are not names. */
function looksLikeAcronym(word: string): boolean {
  if (isAsciiLetters(word)) return asciiAcronym(word);
  // "V-nr", "W-document": a lone capital and a hyphen abbreviate a word.
  return /^\p{Lu}{2,}(?:-|$)/u.test(word) || /^\p{L}[\p{Ll}]*\p{Lu}/u.test(word) || /^\p{Lu}-/u.test(word);
}

/** Letters a-z and A-Z, apostrophes and hyphens only: most words, answered without a Unicode pattern. */
function isAsciiLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 39)) return false;
  }
  return word.length > 0;
}

/** The patterns of `looksLikeAcronym` for a word of ASCII letters, apostrophes and hyphens. */
// Module functions, not closures in `asciiAcronym`: it runs for every capitalised word, and a closure
// is made anew on each call (under tsx also named, a property write each time).
function isAsciiUpperAt(word: string, i: number): boolean {
  const code = word.charCodeAt(i);
  return code >= 65 && code <= 90;
}

function isAsciiLowerAt(word: string, i: number): boolean {
  const code = word.charCodeAt(i);
  return code >= 97 && code <= 122;
}

function asciiAcronym(word: string): boolean {
  let run = 0;
  while (run < word.length && isAsciiUpperAt(word, run)) run++;
  // Two or more capitals up to a hyphen or the end; a capital and a hyphen.
  if (run >= 2 && (run === word.length || word[run] === '-')) return true;
  if (run === 1 && word[1] === '-') return true;
  // A letter, lower-case letters, then a capital.
  if (!isAsciiUpperAt(word, 0) && !isAsciiLowerAt(word, 0)) return false;
  let i = 1;
  while (i < word.length && isAsciiLowerAt(word, i)) i++;
  return i < word.length && isAsciiUpperAt(word, i);
}

function nameWord(w: Word): boolean {
  return w.cap && !w.stop && !w.place && (w.facts & STREET) === 0;
}

/** A capitalised ordinary word ("Kassen", "Schulden") is a name only when a list knows it as one. */
function knownOrUnusual(w: Word): boolean {
  return w.named || (w.facts & ORDINARY) === 0;
}

/** A capitalised word that may continue a name: "Mike" in "Big Mike", "An" in "Nguyễn Văn An". */
function continuesName(w: Word, text: string, afterStrongCue: boolean): boolean {
  if (!w.cap || looksLikeAcronym(w.text) || embedded(text, w) || (w.facts & STREET) !== 0) return false;
  // "Chen Mei", "Xiao Juni": a capitalised month that name lists know, inside a sentence, goes on with the name.
  if (w.named && MONTH_NAMES.has(w.key) && !w.sentenceStart) return true;
  if ((w.facts & (PUBLIC | TITLE | RELATION | ENGLISH_RELATION)) !== 0) return afterStrongCue;
  if (w.named) return !w.place || (w.facts & SURNAME) !== 0;
  // "ze noemen hem Bigi Boy": after a naming word a capitalised word that only another language calls a function word goes on too.
  const stop = w.stop && !(afterStrongCue && (w.facts & OWN_LANGUAGE_STOP) === 0);
  return !stop && !w.place && (afterStrongCue || (w.facts & ORDINARY) === 0);
}

/**
 * "bij bram de vries uit oosterhout": a first name, a particle and a known surname make a name in
 * lower case too, which neither part makes alone.
 */
function firstNameBeforeSurname(words: Word[], text: string, i: number): boolean {
  const w = words[i]!;
  if ((w.facts & FIRST) === 0 || w.stop || w.place || w.text.length < 2) return false;
  const next = words[i + 1];
  if (next === undefined || !onlyGap(text, w.end, next.start)) return false;
  const chain = particleChain(words, text, i + 1);
  const head = words[i + 1 + chain];
  // "die ik ken van milan.x.010": a word glued into a handle or address is no surname.
  if (chain === 0 || head === undefined || !onlyGap(text, words[i + chain]!.end, head.start) || embedded(text, head)) return false;
  // A common first name settles a surname that is also a word ("de vries", "de bakker").
  const surname = (head.facts & SURNAME) !== 0 && ((head.facts & AMBIGUOUS_SURNAME) === 0 || (w.facts & COMMON_FIRST) !== 0);
  return surname && !head.stop && (head.facts & STREET) === 0;
}

/**
 * "zegt dat orhan haar rijbewijs heeft": a lower-case word that only a name list knows (no dictionary,
 * no function word), after a conjunction and before a verb or a possessive, is that person (a guess).
 */
function lowerFirstNameAsSubject(words: Word[], text: string, i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.cap || next === undefined || w.key.length < 3 || w.place) return false;
  if ((w.facts & FIRST) === 0 || (w.facts & (ORDINARY | ANY_FUNCTION | STOP)) !== 0) return false;
  // "huy heeft geen papieren": opening the message or a sentence does as well as a conjunction.
  const opens = prev === undefined ? w.sentenceStart : w.sentenceStart && !onlyGap(text, prev.end, w.start);
  if (!opens && (prev === undefined || !/^(?:dat|die|en|maar|want|omdat|of|toen|als|and|but|that)$/.test(prev.key))) return false;
  const verb = (next.facts & NAME_VERB) !== 0 || /^(?:haar|zijn|heeft|his|her)$/.test(next.key);
  return verb && (prev === undefined || opens || onlyGap(text, prev.end, w.start)) && onlyGap(text, w.end, next.start);
}

/**
 * "ik heb shurandy zijn insta", "Angel haar BSN is …": a word before a possessive ("zijn", "haar",
 * "z'n", "d'r") and a further word is the owner: a person when no dictionary knows the word, or a
 * name list knows it and it is capitalised.
 */
const POSSESSIVES: ReadonlySet<string> = new Set(['zijn', 'haar', "z'n", "d'r", 'zn', 'his', 'her']);

function ownerBeforePossessive(words: Word[], text: string, i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  const after = words[i + 2];
  if (next === undefined || after === undefined || w.key.length < 3 || w.stop || w.place || embedded(text, w)) return false;
  if (!POSSESSIVES.has(next.key) || !onlyGap(text, w.end, next.start) || !onlyGap(text, next.end, after.start)) return false;
  if ((after.facts & ANY_FUNCTION) !== 0 || looksLikeAcronym(w.text) || (w.facts & STREET) !== 0) return false;
  // "in die nagelsalon zijn …": after an article or demonstrative the word is a thing, and "zijn" a verb.
  const prev = words[i - 1];
  if (prev !== undefined && /^(?:de|het|een|die|dat|deze|dit|die|the|a|an|this|that|mijn|jouw|onze|hun)$/.test(prev.key)) return false;
  // "Persoonsgegevens zijn vervangen": "zijn" is also a verb, after which a plural noun opening a sentence is no owner.
  if ((w.facts & ORDINARY) === 0) return /[aeiouy]/.test(w.key) && !(next.key === 'zijn' && (w.cap || w.sentenceStart));
  // "fleur haar snap is …": opening the message, a listed first name in lower case is the owner too.
  return (w.cap || (i === 0 && w.sentenceStart)) && (w.facts & FIRST) !== 0 && (w.facts & ANY_FUNCTION) === 0;
}

/**
 * "Wendy Kooiman", "Ad Bloem": a capitalised word inside a sentence right after a known first name
 * is its surname, even when a dictionary knows the word.
 */
function surnameAfterFirstName(words: Word[], j: number, text: string): boolean {
  const w = words[j]!;
  const prev = words[j - 1];
  // "Gerrit-Jan Hofstede": a double first name, each part a first name, counts as one.
  const firstName = prev !== undefined && ((prev.facts & FIRST) !== 0 || isDoubleFirstName(prev.key));
  if (prev === undefined || !prev.cap || !firstName || prev.stop || prev.place) return false;
  if (!w.cap || w.stop || w.place || w.sentenceStart || w.text.length < 2 || looksLikeAcronym(w.text) || isAllCaps(w.text)) return false;
  return (w.facts & STREET) === 0 && !embedded(text, w);
}

/**
 * "the smuggler Kidane Welde ask …": one capitalised word inside a sentence right after a single
 * name word that a list knows is its surname, even when a dictionary knows it too, unless another
 * capital follows (the start of a business's or place's name) or a particle stands before the name.
 */
function ordinarySurnameAfter(words: Word[], text: string, i: number, j: number): boolean {
  const head = words[i]!;
  const w = words[j]!;
  if (!head.cap || head.stop || head.place || !head.named) return false;
  // "van Brouwer Transport", "bij De Vries Transport": after a particle the words are a business's name as often as a person's.
  const before = words[i - 1];
  if (before !== undefined && (before.facts & PARTICLE) !== 0) return false;
  if (!w.cap || w.stop || w.place || w.sentenceStart || w.text.length < 3 || isAllCaps(w.text) || embedded(text, w)) return false;
  if ((w.facts & (STREET | ORGANISATION_HEAD | GERMAN_WORD)) !== 0) return false;
  const next = words[j + 1];
  return next === undefined || !next.cap || !onlyGap(text, w.end, next.start);
}

/** A lower-case word of three letters or more that no list or dictionary knows, closing its clause. */
function unknownLowerSurname(text: string, w: Word): boolean {
  if (w.cap || w.key.length < 3 || (w.facts & (ORDINARY | STOP | ANY_FUNCTION | STREET)) !== 0 || w.place || embedded(text, w))
    return false;
  return /^\s*(?:[,.!?:;)]|$)/.test(text.slice(w.end, w.end + 4));
}

/**
 * Grows a name from word i over particles and name words; returns the index after it. A lower-case
 * name ("jan de vries", "ayşe demir") grows over known surnames and over words after a particle.
 */
function extend(words: Word[], text: string, i: number, afterStrongCue: boolean): number {
  let j = i + 1;
  const lower = !words[i]!.cap;
  let particled = false;
  while (j < words.length && j - i < 6 && onlyGap(text, words[j - 1]!.end, words[j]!.start, words[j - 1]!.initial ? '.' : '')) {
    const w = words[j]!;
    const chain = particleChain(words, text, j);
    // "Gerrit ter Beek van Ter Beek Agro B.V.": after a surname with its particle, "van" says where
    // the person is from (a business, a place), not a second surname.
    if (chain > 0 && particled && w.key === 'van') break;
    if (chain > 0) particled = true;
    if (chain > 0) {
      const next = words[j + chain];
      // Inside a name a particle goes on with the surname, even one that is also a place ("Ans ter Horst").
      // "zuster Margriet van Stichting Het Zonnehuis": a word that opens an organisation's name is no surname.
      // "A. Demir van Demir & Kılıç Advocaten": a word joined to another by "&" after it opens a business's name.
      const surnameOk =
        next !== undefined &&
        (next.facts & ORGANISATION_HEAD) === 0 &&
        !opensStreetName(words, text, j + chain) &&
        !/^\s*&/.test(text.slice(next.end, next.end + 3)) &&
        (!next.stop || next.named || (afterStrongCue && next.cap) || (next.cap && (next.facts & OWN_LANGUAGE_STOP) === 0));
      if (next && surnameOk && onlyGap(text, words[j + chain - 1]!.end, next.start) && (next.facts & STREET) === 0 && (next.cap || lower)) {
        j += chain + 1;
        continue;
      }
      // "Thi Hoa Le werken …": a capitalised surname that is also a particle ends the name.
      if (chain === 1 && w.cap && !isSentenceStart(text, w.start) && (next === undefined || !next.cap)) j++;
      break;
    }
    if (continuesName(w, text, afterStrongCue) || surnameAfterFirstName(words, j, text) || nicknameTailWord(words, j, afterStrongCue)) {
      j++;
      continue;
    }
    // "vraag naar ome kees": a nickname's head that a cue opened goes on with a first name in its case.
    if (j === i + 1 && NICKNAME_KIN_HEADS.has(words[i]!.key) && w.cap === words[i]!.cap && !w.stop && !w.place && (w.facts & FIRST) !== 0) {
      j++;
      continue;
    }
    if (j === i + 1 && ordinarySurnameAfter(words, text, i, j)) {
      j++;
      continue;
    }
    // "naam kevin rijkaard, geboren …": after a naming word a lower-case first name goes on with a
    // lower-case word that no list or dictionary knows, closing the clause: the surname.
    if (j === i + 1 && lower && afterStrongCue && unknownLowerSurname(text, w)) {
      j++;
      continue;
    }
    // "Marvin Tjon A Fat", "Tjon A Joe": a single capital letter without a full stop joins two name words.
    const next = words[j + 1];
    if (/^\p{Lu}$/u.test(w.text) && !w.initial && next?.cap === true && !next.stop && onlyGap(text, w.end, next.start)) {
      j += 2;
      continue;
    }
    // "heet abena owusu-ansah": after a naming word, lower-case words no dictionary knows go on with the name.
    if (lower && afterStrongCue && !w.stop && !w.place && w.key.length >= 2 && (w.facts & ORDINARY) === 0) {
      j++;
      continue;
    }
    if (lower && (w.facts & SURNAME) !== 0 && (w.facts & AMBIGUOUS_SURNAME) === 0 && !w.stop) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Street words that open a street's name before a particle: "Laan van Meerdervoort", "Weg naar Rhoon", "Kade aan de Maas". */
const STREET_HEADS: ReadonlySet<string> = new Set('laan weg kade plein singel gracht dijk straat park hof steeg dreef'.split(' '));
const STREET_HEAD_PARTICLES: ReadonlySet<string> = new Set('van naar aan op bij achter de der den ten ter'.split(' '));

/**
 * Word k is a capitalised street word followed by a particle ("Bayu van Laan van Meerdervoort 1503"):
 * a street's name opens there, so the "van" before it says where the person lives, not a surname.
 */
function opensStreetName(words: readonly Word[], text: string, k: number): boolean {
  const head = words[k];
  const particle = words[k + 1];
  if (head === undefined || particle === undefined || !head.cap || !STREET_HEADS.has(head.key)) return false;
  return STREET_HEAD_PARTICLES.has(particle.key) && !particle.cap && onlyGap(text, head.end, particle.start);
}

/** Takes in initials ("J.P. de Graaf", "A. Bouzid") and a first name before a surname ("Greta Mulder"). */
function extendBack(words: Word[], text: string, i: number, found: Candidate[]): number {
  let start = i;
  const taken = found.length > 0 ? found[found.length - 1]!.end : -1;
  while (start > 0 && i - start < 4) {
    const prev = words[start - 1]!;
    if (prev.end <= taken || embedded(text, prev)) break;
    if (prev.initial && /\p{Lu}/u.test(prev.text)) {
      if (!onlyGap(text, prev.end, words[start]!.start, '.')) break;
      start--;
      continue;
    }
    if (!prev.cap || !onlyGap(text, prev.end, words[start]!.start) || prev.place) break;
    // "Kocam Murat", "Mijn Buurman Sanne": a relation opening the sentence frames the name, it is no part of it.
    if ((prev.facts & (RELATION | ENGLISH_RELATION | FOREIGN_RELATION)) !== 0) break;
    // "for Little Mo", "Big Mike", "Mama Joy": a nickname's capitalised first word goes with the name.
    if (NICKNAME_HEADS.has(prev.key)) {
      start--;
      break;
    }
    const head = words[start]!;
    const firstName = (prev.facts & FIRST) !== 0 && (prev.facts & (PUBLIC | TITLE | RELATION)) === 0;
    // An unknown sentence-initial word only joins a known surname ("Dragomir Petrov") or another
    // capitalised word no dictionary knows ("Hevin Barzani, 12 januari …").
    const unknownBeforeSurname =
      prev.sentenceStart &&
      !prev.stop &&
      (prev.facts & ORDINARY) === 0 &&
      ((head.facts & SURNAME) !== 0 || (head.cap && !head.stop && !head.place && (head.facts & ORDINARY) === 0));
    // "bestuurder Frans Hendrikx", "Kleve: Dieter Hünermann": a capitalised word that a dictionary
    // knows too, right before a name no list or dictionary knows, is its first name.
    const beforePrev = words[start - 2];
    const wordBeforeUnknown =
      start === i &&
      // "bij De Brug Schuldhulp": after an article or particle the words name a business or place.
      (beforePrev === undefined || (beforePrev.facts & PARTICLE) === 0) &&
      !prev.stop &&
      prev.text.length >= 3 &&
      (prev.facts & (STREET | ORGANISATION_HEAD | GERMAN_WORD)) === 0 &&
      !isAllCaps(prev.text) &&
      head.cap &&
      !head.stop &&
      (head.facts & (ORDINARY | FIRST)) === 0 &&
      !looksLikeAcronym(head.text);
    // "meu nome é Thaís Oliveira": inside a sentence too, a capitalised word no list or dictionary knows, right
    // before a listed surname, is its first name.
    const unknownBeforeKnownSurname =
      !prev.stop &&
      (prev.facts & (ORDINARY | FIRST | STREET | ORGANISATION_HEAD | GERMAN_WORD)) === 0 &&
      (head.facts & SURNAME) !== 0 &&
      (head.facts & FIRST) === 0 &&
      prev.text.length >= 2 &&
      !isAllCaps(prev.text) &&
      !looksLikeAcronym(prev.text);
    // "bestuurder Frans Hendrikx", "my boss Will Jansen": right after a relation a capitalised first name that is a word
    // too (a language, a verb) opens the name after it.
    const afterRelation =
      beforePrev !== undefined &&
      (prev.facts & AMBIGUOUS_FIRST) !== 0 &&
      (prev.facts & (TITLE | RELATION | ENGLISH_RELATION | STREET)) === 0 &&
      (beforePrev.facts & (RELATION | ENGLISH_RELATION | FOREIGN_RELATION)) !== 0 &&
      onlyGap(text, beforePrev.end, prev.start, ',:') &&
      !isAllCaps(prev.text);
    // "Mei Ling", "Juni Hartono": a capitalised month that is a given name too opens the name after it, unless a day comes before it.
    const monthName = MONTH_NAMES.has(prev.key) && !/\d\s*$/.test(text.slice(Math.max(0, prev.start - 4), prev.start));
    if (!firstName && !unknownBeforeSurname && !wordBeforeUnknown && !unknownBeforeKnownSurname && !monthName && !afterRelation) break;
    start--;
  }
  return start;
}

/** Capitalised words that close a nickname after its first word: "Ricky Boy", "Kleine Baby", "Sammy G". */
const NICKNAME_TAILS: ReadonlySet<string> = new Set(
  'boy boi boys man girl gurl king queen baby babe kid dog money cash junior jr senior sr papi mami don boss b g t d j k p'.split(' '),
);

/**
 * "ze noemen hem Bigi Boy", "they call him Ricky Man": after a naming word, or after a first name a
 * list knows, a capitalised nickname tail goes on with the name, though English calls it a word.
 */
function nicknameTailWord(words: readonly Word[], j: number, afterStrongCue: boolean): boolean {
  const w = words[j]!;
  const prev = words[j - 1]!;
  if (!w.cap || !prev.cap || !NICKNAME_TAILS.has(w.key) || w.place || isAllCaps(w.text) !== (w.text.length === 1)) return false;
  return afterStrongCue || (prev.named && (prev.facts & FIRST) !== 0 && !prev.stop && !prev.sentenceStart);
}

/** A lower-case first name that a dictionary knows too, right before a lower-case name word that no dictionary knows. */
function lowerFirstNameBefore(prev: Word, w: Word, text: string): boolean {
  if (prev.cap || prev.stop || prev.place || (prev.facts & FIRST) === 0 || (prev.facts & STREET) !== 0 || prev.key.length < 3) return false;
  return onlyGap(text, prev.end, w.start) && w.named && (w.facts & (ORDINARY | ANY_FUNCTION)) === 0;
}

/** Months that are also given names ("Mei", "Juni", "April"). */
const MONTH_NAMES: ReadonlySet<string> = new Set(['mei', 'juni', 'april', 'augustus', 'june', 'may']);

const ENGLISH_POSSESSIVES: ReadonlySet<string> = new Set('my her his their our your'.split(' '));

/** Word i follows an English relation that follows an English possessive ("my cousin", "her boss"). */
function englishRelationOwned(words: readonly Word[], text: string, i: number): boolean {
  const relation = words[i - 1];
  const possessive = words[i - 2];
  if (relation === undefined || possessive === undefined || (relation.facts & ENGLISH_RELATION) === 0) return false;
  return (
    ENGLISH_POSSESSIVES.has(possessive.key) && onlyGap(text, possessive.end, relation.start) && onlyGap(text, relation.end, words[i]!.start)
  );
}

/**
 * Word i follows a Dutch relation or spouse word that follows a Dutch possessive ("zijn vrouw", "mijn baas") and goes
 * before a verb a person does or the end of its clause.
 */
function dutchRelationOwned(words: readonly Word[], text: string, i: number): boolean {
  const relation = words[i - 1];
  const possessive = words[i - 2];
  if (relation === undefined || possessive === undefined) return false;
  if ((relation.facts & RELATION) === 0 && relation.key !== 'man' && relation.key !== 'vrouw') return false;
  if (
    !DUTCH_POSSESSIVES.has(possessive.key) ||
    !onlyGap(text, possessive.end, relation.start) ||
    !onlyGap(text, relation.end, words[i]!.start)
  )
    return false;
  const w = words[i]!;
  const next = words[i + 1];
  if (next !== undefined && (next.facts & NAME_VERB) !== 0 && onlyGap(text, w.end, next.start)) return true;
  return CLAUSE_END.test(text.slice(w.end, w.end + 3));
}

/** Nouns for a person that an apposition describes someone by, beside the relations ("die jongen", "the girl"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'jongen jongens meisje meid man vrouw gast kerel vent dame heer knul guy girl boy woman lady dude bloke'.split(' '),
);
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(
  'die de een mijn haar zijn onze hun the a an my her his our their that'.split(' '),
);

/**
 * Word i, followed by a comma, a determiner and a person noun or relation ("Storm, die jongen van
 * 19,", "Tzeghe, my cousin,"), is the person so described: when a name list holds it or no dictionary
 * knows it; an adverb or other word set off so ("Gisteren, die man …") is left.
 */
function personInApposition(words: readonly Word[], text: string, i: number): boolean {
  const w = words[i]!;
  // Most words have no comma right after them: asked first, before any list.
  if (text.charCodeAt(w.end) !== 44) return false;
  const determiner = words[i + 1];
  const noun = words[i + 2];
  if (determiner === undefined || noun === undefined || !APPOSITION_DETERMINERS.has(determiner.key)) return false;
  if (w.stop || w.place || w.text.length < 2 || isAllCaps(w.text) || (w.facts & (PUBLIC | TITLE | STREET)) !== 0) return false;
  if ((w.facts & ORDINARY) !== 0 && (w.facts & FIRST) === 0) return false;
  if (!onlyGap(text, w.end, determiner.start, ',') || !text.slice(w.end, determiner.start).includes(',')) return false;
  if (!onlyGap(text, determiner.end, noun.start)) return false;
  return PERSON_NOUNS.has(noun.key) || (noun.facts & (RELATION | ENGLISH_RELATION)) !== 0;
}

/** What follows the speaker after an inverted verb of saying: "zei Bloem dat", "zegt Lucky:". */
const REPORTED_AFTER_SPEAKER = /^\s*(?:[:,]|(?:dat|that|tegen|to|me|mij)(?![\p{L}]))/u;

/**
 * Word i is the speaker right after an inverted verb of saying that reports speech ("toen zei Bloem
 * dat", "vertelde Lucky me"), even where a dictionary knows the word; not a function word, title,
 * relation, public name or street ("zei Mama dat", "zegt Google dat").
 */
function speakerAfterSaying(words: readonly Word[], text: string, i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (prev === undefined || (prev.facts & NAME_VERB) === 0 || !SAYING_VERBS.has(prev.key) || !onlyGap(text, prev.end, w.start))
    return false;
  if (
    w.stop ||
    w.place ||
    w.text.length < 2 ||
    isAllCaps(w.text) ||
    (w.facts & (PUBLIC | TITLE | RELATION | ENGLISH_RELATION | FOREIGN_RELATION | STREET)) !== 0
  )
    return false;
  return REPORTED_AFTER_SPEAKER.test(text.slice(w.end, w.end + 8));
}

/** Capitalised words that open a nickname before a name: "Little Mo", "Big Mike", "Mama Joy", "Uncle Sam". */
const NICKNAME_HEADS: ReadonlySet<string> = new Set(
  'big little lil young baby mama mami mommy papa papi uncle auntie aunty oom ome tante mister king queen prince princess lady madam madame oga dikke kleine lange abu abou umm oum'.split(
    ' ',
  ),
);

/**
 * A lower-case word after a relation ("mijn zoon dani") is a name unless it reads like a verb,
 * participle or comparative ("mijn zoon zit", "mijn zus belde", "mijn vriend ouder").
 */
function looksLikeLowerName(w: Word): boolean {
  // "mn broertje jay-jay": a word said twice with a hyphen is a pet name.
  if (!w.stop && reduplicatedName(w.key)) return true;
  return w.key.length >= 3 && !w.stop && (w.facts & ORDINARY) === 0 && !/(?:t|en|de|te|ig|lijk|er|s)$/.test(w.key);
}

/** Offsets where a cue phrase ends, so each word is checked with one look-up. */
function cueEnds(text: string, pattern: RegExp): Set<number> {
  const ends = new Set<number>();
  for (const m of allMatches(pattern, text)) {
    const end = m.index + m[0].length;
    ends.add(end);
    // 'heet "Big Mike"': the name may stand in quotes.
    if (/['"“‘„]/.test(text[end] ?? '')) ends.add(end + 1);
  }
  return ends;
}

function cueBefore(text: string, w: Word, words: Word[], i: number, strong: Set<number>, weak: Set<number>): Cue | undefined {
  const prev = words[i - 1];
  if (prev && onlyGap(text, prev.end, w.start, '.')) {
    if ((prev.facts & TITLE) !== 0 && (prev.key !== 'heer' || words[i - 2]?.key === 'de')) return 'title';
  }
  if (strong.has(w.start)) return 'strong';
  if (prev && (prev.facts & (RELATION | ENGLISH_RELATION)) !== 0 && onlyGap(text, prev.end, w.start, ',:')) return 'weak';
  if (prev && w.cap && (prev.facts & FOREIGN_RELATION) !== 0 && onlyGap(text, prev.end, w.start, ',:')) return 'weak';
  if (weak.has(w.start)) return 'weak';
  return undefined;
}

/**
 * Title Case or ALL CAPS chat ("Ik Weet Het Niet Meer", "HELP MIJ"): capitals then say nothing
 * about names, so only the lists and cues decide.
 */
export function capitalsAreNoise(tokens: readonly Token[]): boolean {
  // The names and places detectors both ask, with the same (cached) tokens of one message.
  const memo = activeMemo();
  if (memo === undefined) return judgeCapitals(tokens);
  if (tokens !== memo.noiseOf) {
    memo.lastNoise = judgeCapitals(tokens);
    memo.noiseOf = tokens;
  }
  return memo.lastNoise;
}

function judgeCapitals(tokens: readonly Token[]): boolean {
  // Both verdicts below need three or more capitalised words: most messages have fewer, and are
  // answered without a single look-up in the word lists.
  let capitals = 0;
  for (const t of tokens) if (t.text.length > 1 && isCapitalised(t.text) && ++capitals >= 3) break;
  if (capitals < 3) return false;
  let words = 0;
  let shouted = 0;
  let mixed = 0;
  let capitalised = 0;
  let capitalisedFunctionWords = 0;
  const allFacts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length <= 1) continue;
    words++;
    if (isAllCaps(t.text)) {
      shouted++;
      continue;
    }
    // Acronyms and codes ("NL68 SNSB") say nothing either way, and names are capitalised anyway.
    // Title Case shows in the ordinary words: "Ik Weet Het Niet", not in "Тетяна в Харків".
    const facts = allFacts[i]!;
    if ((facts & (FIRST | SURNAME)) !== 0 || (facts & ORDINARY) === 0) continue;
    // The first word and English "I'm", "I've" are capitalised in any chat ("Hi, I'm Gift from Nigeria"):
    // they say nothing of Title Case.
    if (i === 0 || ENGLISH_I.has(t.key)) continue;
    mixed++;
    if (!isCapitalised(t.text)) continue;
    capitalised++;
    if (i > 0 && (facts & FUNCTION) !== 0 && !NAME_ARTICLES.has(t.key)) capitalisedFunctionWords++;
  }
  if (shouted >= 3 && shouted / words >= 0.6) return true;
  // Title Case capitalises the little words too ("Weet Het Niet Meer", "Werkt In Een Bar"); a list of
  // business, street and place names ("Schoonmaakbedrijf Het Witte Doekje, Ambachtsweg 17, Katwijk")
  // capitalises at most the articles inside those names.
  return mixed >= 3 && capitalised / mixed >= 0.7 && capitalisedFunctionWords >= 1;
}

/** English "I" with its contractions, folded: capitalised in every sentence. */
const ENGLISH_I: ReadonlySet<string> = new Set(["i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d']);

/** Articles and particles that open the names of businesses, streets and people ("Het Witte Doekje", "De Kroon"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set([
  'de',
  'het',
  "'t",
  'een',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'el',
  'al',
]);

/** German capitalises every noun, so there a capitalised unknown word is no hint of a name. */
const GERMAN: ReadonlySet<string> = new Set(
  'der die das dem den und ist nicht mit ein eine einen auf sagt immer wir ich sie wohnt heisst fur vor beim hat haben wollte will zu im am von es er nach kam liegt sind war waren wird werden kann muss'.split(
    ' ',
  ),
);

/**
 * German words that Dutch or English write too ("er is … die", "I will"): two of them make no German
 * sentence ("er is een vrouw die …"), one beside a German-only word does ("Danke für die Hilfe").
 */
const GERMAN_SHARED: ReadonlySet<string> = new Set(['die', 'den', 'er', 'am', 'will', 'hat']);

export function looksGerman(tokens: readonly Token[]): boolean {
  let own = 0;
  let shared = 0;
  const facts = tokenFacts(tokens);
  for (let i = 0; i < facts.length; i++) {
    if ((facts[i]! & GERMAN_WORD) === 0) continue;
    if (GERMAN_SHARED.has(tokens[i]!.key)) shared++;
    else own++;
    if (own >= 2 || (own >= 1 && shared >= 1)) return true;
  }
  return false;
}

/** First words of the weak cues, and the verbs after a name in a subordinate clause: the patterns only run when one is in the message. */
const WEAK_CUE_HEADS: ReadonlySet<string> = new Set(
  "ik i'm i this dit zeg vraag vragen ask asked hallo hoi hi hey hee beste lieve namens groetjes dankjewel thank groeten gr mvg kus kusjes liefs xoxo met dank bedankt thanks jestem sunt аз я dzieki dziekuje multumesc mersi merci danke gracias дякую спасибо благодаря".split(
    ' ',
  ),
);
const NAMING_VERBS: ReadonlySet<string> = new Set(['heet', 'heette', 'genoemd']);
/** Ends of compounds that name a kind of business ("nagelsalon", "kapperszaak", "uitzendbureau"). */
const BUSINESS_THING = /(?:salon|studio|zaak|winkel|bedrijf|bureau|restaurant|shop|kwekerij|fabriek|kantoor|hotel)$/;
/** A business's kind word right before "dat"/"die" (the pattern's match starts at the space before it). */
const BUSINESS_BEFORE_CLAUSE =
  /(?:salon|studio|zaak|winkel|bedrijf|bedrijfje|bureau|restaurant|shop|kwekerij|fabriek|firma|hotel|company)\s*$/i;

/** First words of `MORE_NAME_CUE`, folded: it runs only in a message with one. */
const MORE_CUE_HEADS: ReadonlySet<string> = new Set(
  `heet heette noem noemt noemen noemde noemden iedereen everyone everybody wszyscy ludzie toata всички всі все mowia mowi
  vraag vragen vroeg ask asked asking gebruikt gebruikte gebruiken onder uses used under ken kent kennen kende kenden know
  knew knows`.split(/\s+/),
);

/** First words of the strong cues: the cue pattern only runs when one of them is in the message. */
const STRONG_CUE_HEADS: ReadonlySet<string> = new Set(
  `heet heette heten genaamd genoemd noemt noemde noem noemen noemden naam roepnaam bijnaam name name's named called goes meu seu nome chamo chamo-me mi su
  call bel numeste numele nazywa nazywam ma mam казва казвам името мене його її тебе звуть зовут adi ismi llama appelle m'appelle
  s'appelle heisst heisse kent kennen kende kenden ken bekend known aka alias echte volledige eigen real full smiti smito smitha
  smitou esmi smiya`.split(/\s+/),
);

function startTier(w: Word, cue: Cue | undefined, before: number, noGuesses: boolean): Tier | undefined {
  const relationBefore = (before & RELATION) !== 0;
  if (cue === 'title' || cue === 'strong') {
    // After "noemt zich" even a capitalised ordinary word is a (nick)name: "Big Mike", "Prince".
    // A lower-case article or pronoun is never the name ("called the right to report"), even where a
    // name list has the same letters ("Thé").
    // "noemen ze Bé", "heet Ón": a capitalised word whose accents only folding took away is not the
    // Dutch or English function word it folds to ("be", "on"); the writer wrote another word.
    const functionWord = (w.facts & FUNCTION) !== 0 && !(w.cap && accentsFoldedAway(w));
    const usable = (!w.stop || w.named || (w.cap && !functionWord)) && (w.cap || !functionWord);
    // "madam name is …": after a title a lower-case function word of any of the chat's languages is none.
    if (cue === 'title' && !w.cap && (w.facts & ANY_FUNCTION) !== 0) return undefined;
    if (w.text.length > 1 && usable && (w.cap || w.named || (w.facts & ORDINARY) === 0)) return 2;
    // "alias Q", "call me J": a lone capital after a naming word is the name.
    if (cue === 'strong' && w.text.length === 1 && w.cap) return 2;
    return undefined;
  }
  // "mijn vriendin Desi": after a relation a capitalised word that only another language calls a function word (Romanian "deși") is the name.
  const foreignStopOnly = w.cap && (w.facts & OWN_LANGUAGE_STOP) === 0;
  // "Moja koleżanka Ola", "my friend Dag": a greeting is never what a relation is followed by, so a
  // capitalised greeting that a name list holds is that name there.
  if (
    cue === 'weak' &&
    w.cap &&
    !w.sentenceStart &&
    (w.facts & FIRST) !== 0 &&
    GREETINGS_THAT_ARE_NAMES.has(w.key) &&
    (before & (RELATION | ENGLISH_RELATION | FOREIGN_RELATION)) !== 0
  )
    return 2;
  if (cue === 'weak' && (!w.stop || foreignStopOnly) && !w.place) {
    // "ik ben moe": after an introduction a lower-case name that is also how someone is, is how someone is.
    if ((w.facts & FIRST) !== 0 && (w.cap || ((w.facts & AMBIGUOUS_FIRST) === 0 && (relationBefore || !STATE_WORDS.has(w.key))))) return 2;
    // "my friend Favour", "mijn zus Hope": after a relation a capitalised word is a name even when it is a word too.
    if (w.cap && (knownOrUnusual(w) || (before & (RELATION | ENGLISH_RELATION)) !== 0)) return 2;
    if (relationBefore && looksLikeLowerName(w)) return 2;
  }
  if (isFirstName(w) || isKnownSurname(w)) return 2;
  if (
    !noGuesses &&
    w.cap &&
    !w.sentenceStart &&
    !isAllCaps(w.text) &&
    !looksLikeAcronym(w.text) &&
    nameWord(w) &&
    (w.facts & ORDINARY) === 0 &&
    w.text.length > 1
  )
    return 3;
  return undefined;
}

function chainTier(words: Word[], text: string, i: number, chain: number, cue: Cue | undefined, noGuesses: boolean): Tier | undefined {
  const w = words[i]!;
  const head = words[i + chain];
  if (head === undefined || !onlyGap(text, words[i + chain - 1]!.end, head.start)) return undefined;
  // "Jan de Vries", "J.P. de Graaf": a surname that is also a village, after a first name or initial.
  const prev = words[i - 1];
  const afterName =
    prev !== undefined && (prev.initial || (prev.cap && (prev.facts & FIRST) !== 0)) && onlyGap(text, prev.end, w.start, '.');
  // "A.C. ter Haar": after initials a particle and a capitalised word are a surname, even one that is a function word too.
  const afterInitial = afterName && prev.initial && head.cap && (head.facts & TITLE) === 0 && !isAllCaps(head.text);
  const headOk = !head.stop || (head.facts & SURNAME) !== 0 || ((cue === 'title' || cue === 'strong') && head.cap) || afterInitial;
  if (!headOk || (head.facts & STREET) !== 0) return undefined;
  // "op de Zonnewijzer 42": a house number after it makes it a street.
  if (w.key === 'op' && /^\s+\d{1,4}[a-z]?(?![\p{L}\d])/u.test(text.slice(head.end, head.end + 8))) return undefined;
  if (head.place && (head.facts & SURNAME) !== 0 && afterName) return 2;
  // "Mevr. Y. de la Fuente-Bakker": a particle and a capitalised word after an initial are a surname.
  if (afterName && prev.initial && head.cap && !head.place) return 2;
  if (cue === 'title' || cue === 'strong') return 2;
  const known = (head.facts & SURNAME) !== 0 && (head.facts & FIRST) === 0;
  if (cue === 'weak' && (known || head.cap)) return 2;
  // "op de SEH", "bij de IND": capitals only, after a particle chain, are a department or agency unless a list knows the surname.
  const acronym = isAllCaps(head.text) && head.text.length <= 4 && (head.facts & SURNAME) === 0;
  if (head.cap && (head.facts & PUBLIC) === 0 && !head.place && !acronym && (known || (chain >= 2 && !w.sentenceStart))) return 2;
  // "de familia van Rijckevorsel": a particle inside a sentence before a capitalised word no list or
  // dictionary knows goes with that guess.
  if (
    !noGuesses &&
    head.cap &&
    !head.place &&
    !w.sentenceStart &&
    !head.stop &&
    (head.facts & ORDINARY) === 0 &&
    !looksLikeAcronym(head.text)
  )
    return 3;
  return undefined;
}

/** A comma, full stop, question or exclamation mark, or the end of the message, right after a word. */
const CLAUSE_END = /^\s*(?:[,.!?:;)]|$)/;
/**
 * "ricky heet echt Ricardo Martis", "bibi's real name is …": the word before "heet echt" is what the
 * person is called, in lower case too, when the lists know it as a first name and not only as a word.
 */
const ALIAS_BEFORE_REAL_NAME =
  /(?<![\p{L}'’])(\p{L}[\p{L}'’-]{1,20}?)(?:['’]s)?\s+(?:heet\s+(?:echt|eigenlijk|in\s+het\s+echt|officieel)|real\s+name\s+is)\s+\p{Lu}/gu;

const ALIAS_WORDS = /heet\s+(?:echt|eigenlijk|in\s+het\s+echt|officieel)|real\s+name\s+is/;

function findAliasBeforeRealName(text: string, words: readonly Word[], out: Candidate[]): void {
  for (const m of allMatches(ALIAS_BEFORE_REAL_NAME, text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    const word = words.find((w) => w.start === start && w.end === end);
    if (word === undefined || word.stop || word.place || (word.facts & FIRST) === 0) continue;
    if ((word.facts & ORDINARY) !== 0 && (word.facts & (LISTED_AMBIGUOUS_FIRST | COMMON_FIRST)) === 0) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'NAAM', start, end, tier: 2 });
  }
}

/** Where someone comes from, right after their name: "from Lagos", "uit Eritrea", "z Polski", "din România". */
const FROM_AFTER = /^\s+(?:from|uit|aus|z|ze|din|de|desde)\s+\p{Lu}/u;

/** Pronouns that open a clause with a person as its subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'ze', 'zij', 'hij', 'they']);

/** Verbs of saying, after which a capitalised word is the speaker or the name said. */
const SAYING_VERBS: ReadonlySet<string> = new Set(['zegt', 'zei', 'zeiden', 'roept', 'riep', 'vertelt', 'vertelde', 'says', 'said']);

/** Verbs that follow a person as the subject: "Jaydi zegt …", "Kenzo heeft …". */
const VERB_AFTER_NAME: ReadonlySet<string> = new Set(
  `zegt zei is was heeft had wil wilde moet moest komt kwam gaat ging werkt werkte woont woonde belt belde stuurt stuurde
  krijgt kreeg doet deed kan kon mag zit zat slaapt sliep huilt vertelde vertelt appt appte regelt haalt haalde brengt
  bracht betaalt betaalde durft wordt werd spreekt sprak says said has wants works lives called texted took told jestem
  dont doesnt didnt cant wont knows gebruikt gebruikte neemt nam houdt hield pakt pakte dreigt dreigde slaat sloeg rijdt reed
  uses used keeps kept takes took threatens threatened drives drove cried cries slept sleeps asked asks phoned forced
  forces beats hid huilde vroeg vraagt dwong dwingt`.split(/\s+/),
);

/**
 * Names known by their place in the sentence rather than by a list: a capitalised word after
 * initials ("A.M. Bakker", "J. Smit"), and an unknown capitalised word that opens a sentence as the
 * subject of a verb ("Jaydi zegt dat …"), which a dictionary word or a place never is.
 */
function structuralTier(words: Word[], text: string, i: number, noGuesses: boolean): Tier | undefined {
  const w = words[i]!;
  const prev = words[i - 1];
  const afterInitial = prev?.initial === true && /\p{Lu}/u.test(prev.text) && onlyGap(text, prev.end, w.start, '.');
  // "cliënte A. Bah": after an initial a word only another language calls a function word is a surname.
  const stopped = w.stop && !(afterInitial && (w.facts & OWN_LANGUAGE_STOP) === 0);
  if (!w.cap || stopped || w.text.length < 2 || looksLikeAcronym(w.text) || isAllCaps(w.text)) return undefined;
  // "de host B. Rozendaal": after an initial a place name is a surname.
  if (afterInitial) {
    const before = words[i - 2];
    const twoInitials = before?.initial === true && /\p{Lu}/u.test(before.text) && onlyGap(text, before.end, prev.start, '.');
    // "op naam van D. Bakhuis": after a function word and an initial even a dictionary word is the surname.
    const afterFunctionWord =
      before !== undefined && !before.cap && (before.facts & ANY_FUNCTION) !== 0 && onlyGap(text, before.end, prev.start);
    // "cliënte A. Bah", "meneer J. Li": after a relation or title and an initial, any capitalised word is the surname.
    const afterRelation =
      before !== undefined && (before.facts & (RELATION | ENGLISH_RELATION | TITLE)) !== 0 && onlyGap(text, before.end, prev!.start, '.');
    if (twoInitials || afterFunctionWord || afterRelation || (w.facts & SURNAME) !== 0 || (w.facts & ORDINARY) === 0) return 2;
  }
  if (w.place) return undefined;
  const next = words[i + 1];
  // "Anuradha en haar man …": an unknown word opening a sentence before "en" and a possessive is a person.
  const andTheirs =
    next?.key === 'en' &&
    /^(?:haar|zijn|mijn|hun|her|his|my)$/.test(words[i + 2]?.key ?? '') &&
    onlyGap(text, next.end, words[i + 2]!.start);
  // "een vrouw die alleen Mercy zegt", "toen riep Blessing": a capitalised word inside a lower-case
  // sentence right before a verb of saying is the speaker or what she calls herself, even when a
  // dictionary knows it (as a guess: any other find there wins).
  const before = words[i - 1];
  if (
    !noGuesses &&
    !w.sentenceStart &&
    next !== undefined &&
    SAYING_VERBS.has(next.key) &&
    onlyGap(text, w.end, next.start) &&
    before !== undefined &&
    !before.cap &&
    (w.facts & (STREET | PUBLIC | ORGANISATION_HEAD)) === 0
  )
    return 3;
  if (
    !noGuesses &&
    w.sentenceStart &&
    next !== undefined &&
    ((next.facts & NAME_VERB) !== 0 || andTheirs) &&
    onlyGap(text, w.end, next.start) &&
    (w.facts & ORDINARY) === 0 &&
    (w.facts & STREET) === 0
  )
    return 3;
  return undefined;
}

/** A verb that follows a person as the subject ("rose dont know", "aga krijgt"): the conversation's memory reads a learned name there in lower case too. */
export function isVerbAfterName(key: string): boolean {
  return VERB_AFTER_NAME.has(key);
}

const MISSPELT_NAMING: ReadonlySet<string> = new Set(['genaamt', 'genoemt']);
const MISSPELT_NAMING_CUE = /(?<![\p{L}])(?:genaamt|genoemt)\s*:?\s+/giu;

/** "sem is 15", "Hope is pas 16": a first name opening a sentence before "is" and an age. */
const AGE_AFTER =
  /^\s+(?:is|was|wordt|werd|turned|turns)\s+(?:pas\s+|nog\s+|maar\s+|net\s+|only\s+|just\s+)?\d{1,2}(?![\d:.,/-]\d|\s*(?:uur|u|euro|eur|€|%|graden|km|kilo|kg|keer|min|minuten|dagen|weken|maanden|hours|times|days|weeks|months)(?![\p{L}]))/iu;

function nameBeforeAge(w: Word, text: string, prev: Word | undefined): boolean {
  // "the girl joy is only 15", "dat meisje sanne is 14": after a person noun as after a sentence's start.
  const opens = w.sentenceStart || (prev !== undefined && PERSON_NOUNS.has(prev.key) && onlyGap(text, prev.end, w.start));
  if (!opens || w.stop || w.place || (w.facts & FIRST) === 0 || (w.facts & (PUBLIC | TITLE | RELATION | STREET)) !== 0) return false;
  if (!w.cap && (w.facts & (COMMON_FIRST | LISTED_AMBIGUOUS_FIRST)) === 0) return false;
  return AGE_AFTER.test(text.slice(w.end, w.end + 24));
}

/** "man" and "vrouw" after one of these are a husband and a wife ("mijn man Ad"); bare they are any man or woman. */
const DUTCH_POSSESSIVES: ReadonlySet<string> = new Set("mijn m'n mn haar d'r dr zijn z'n zn onze je jouw hun".split(' '));

/** RELATION when a spouse word after a possessive stands right before word i ("haar man Ad"), else 0. */
function spouseBefore(words: readonly Word[], text: string, i: number): number {
  const spouse = words[i - 1];
  const possessive = words[i - 2];
  if (spouse === undefined || possessive === undefined || (spouse.key !== 'man' && spouse.key !== 'vrouw')) return 0;
  if (!DUTCH_POSSESSIVES.has(possessive.key)) return 0;
  return onlyGap(text, possessive.end, spouse.start) && onlyGap(text, spouse.end, words[i]!.start, ',:') ? RELATION : 0;
}

/** Latin letters with accents, written precomposed or with a combining mark. */
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/u;

/** The word as written holds letters with accents that its folded key lost ("Bé" → "be"). */
function accentsFoldedAway(w: { readonly text: string; readonly key: string }): boolean {
  return ACCENTED_LATIN.test(w.text) && w.text.toLowerCase() !== w.key;
}

/** Possessives that follow the noun: Romanian "meu/mea", Bulgarian "ми/му/ѝ", Polish and Ukrainian "mój/мій", Italian "mio". */
const POSSESSIVES_AFTER: ReadonlySet<string> = new Set('meu mea lui ei mio mia mój moj moja ми му ѝ и мій мой моя моя мой'.split(' '));

/** The facts of a relation right before a possessive that right before word i ("patronul meu Ion"), or 0. */
function relationBeforePossessive(words: readonly Word[], text: string, i: number): number {
  const possessive = words[i - 1];
  const relation = words[i - 2];
  if (possessive === undefined || relation === undefined || !POSSESSIVES_AFTER.has(possessive.key)) return 0;
  if (!onlyGap(text, relation.end, possessive.start) || !onlyGap(text, possessive.end, words[i]!.start)) return 0;
  const facts = relation.facts & (RELATION | ENGLISH_RELATION | FOREIGN_RELATION);
  return facts === 0 ? 0 : facts | RELATION;
}

/** "called himself", "noemt zichzelf": a reflexive right after a naming word; the name follows it. */
const REFLEXIVE_AFTER_CUE = /^(?:himself|herself|themselves|zichzelf|zich|hemzelf|haarzelf)\s+/i;

function passReflexives(text: string, strong: Set<number>): void {
  for (const end of [...strong]) {
    const reflexive = REFLEXIVE_AFTER_CUE.exec(text.slice(end, end + 16));
    if (reflexive !== null) strong.add(end + reflexive[0].length);
  }
}

/**
 * "hi im joy", "ik ben jade en ik ben 16": an introduction, also typed without the apostrophe ("im",
 * only where a message or clause opens or after a greeting: German "im" means "in the").
 */
const INTRODUCTION = new RegExp(
  `(?:^|[,.!?;:]\\s*|(?<![\\p{L}])(?:hi|hey|hoi|hallo|hello|heyy|hii|yo|ola|olá|hola|bonjour|salut)\\s+)(?:im|i['’]m|ik\\s+ben|i\\s+am)\\s+(?:gewoon\\s+|just\\s+)?` +
    // "eu sou ana", "je suis aminata", "nama saya siti", "tên tôi là lan", Arabizi "ana Lama, min Halab": the same in the chat's other languages.
    `|(?<![\\p{L}])(?:eu\\s+sou|sou|je\\s+suis|(?<=(?:^|[,.!?;:]\\s*|(?:salam|marhaba|mar7aba|ahlan|hi|hoi|hallo)\\s+))ana|nama\\s+saya|t[êe]n\\s+(?:t[ôo]i|em|m[ìi]nh)\\s+l[àa]|(?:t[ôo]i|em)\\s+l[àa])\\s+` +
    // "gr. piet", "mvg, anna", "grtz lisa": a signature at the end of a message.
    `|(?<![\\p{L}])(?:gr|grt|grtz|grtjs|grz|mvg|groet|groetjes|liefs|regards|cheers)\\.?\\s*[,:-]?\\s+(?=\\p{L}+\\s*[.!]?\\s*$)`,
  'giu',
);
const INTRODUCTION_HEADS: ReadonlySet<string> = new Set(
  `im i'm i’m ik i sou suis saya ana ten tên toi tôi em gr grt grtz grtjs grz mvg groet groetjes liefs regards cheers`.split(' '),
);
/** The words after a name that an introduction goes on with: "… en ik ben 16", "… and i need help", "… e trabalho aqui". */
const INTRODUCTION_GOES_ON = /^\s*(?:[,.!?:;)]|$|(?:en|and|&|e|y|et|și|si|i|und|ve|và)\s+\p{L})/u;
/** Right after "ik ben", "i'm", "im" (folded). */
function afterIntroduction(words: readonly Word[], text: string, i: number): boolean {
  const prev = words[i - 1];
  const before = words[i - 2];
  if (prev === undefined || !onlyGap(text, prev.end, words[i]!.start)) return false;
  if (
    prev.key === 'im' ||
    prev.key === "i'm" ||
    prev.key === 'i’m' ||
    prev.key === 'sou' ||
    prev.key === 'suis' ||
    prev.key === 'saya' ||
    prev.key === 'ana'
  )
    return true;
  if (/^l[àa]$/u.test(prev.key)) return true;
  return before !== undefined && ((before.key === 'ik' && prev.key === 'ben') || (before.key === 'i' && prev.key === 'am'));
}

/** Verbs that only a person does, after which a sentence-opening first name that is a word too is that person. */
const PERSON_VERBS: ReadonlySet<string> = new Set(
  `zegt zei vertelt vertelde belt belde appt appte huilt huilde slaapt sliep woont woonde werkt werkte durft spreekt sprak
  says said told tells lives works texted cries cried vroeg vraagt wilde bracht brengt haalde haalt stuurde stuurt kookt
  kookte rijdt reed asked asks called calls phoned brought brings sent sends drives drove cooked cooks sleeps slept
  wanted knew`.split(/\s+/),
);

/** Capitalised words that open a nickname before any capitalised word or a lone capital: "Uncle Sunday", "big T", "Papa D". */
const NICKNAME_KIN_HEADS: ReadonlySet<string> = new Set(
  'big lil little uncle auntie aunty mama mami papa papi oom ome tante oga madam mister dikke kleine lange'.split(' '),
);

/**
 * The word after a nickname's head that completes the nickname: a known first name, a lone capital
 * ("big T"), or after a capitalised kinship head any capitalised word that is no public name,
 * street or function word of the chat's own languages ("Uncle Sunday", "Big Sam").
 */
function nicknameTail(head: Word, next: Word, text: string): boolean {
  if (next.place || embedded(text, next) || !onlyGap(text, head.end, next.start)) return false;
  if (!NICKNAME_KIN_HEADS.has(head.key)) return false;
  // "big T", "Papa D": one capital without a full stop; "T-shirt" is one token and longer.
  if (/^\p{Lu}$/u.test(next.text) && !isCapitalised(text.slice(next.end + 1, next.end + 3)) && text[next.end] !== '.') return true;
  if (!head.cap || !next.cap || looksLikeAcronym(next.text) || next.text.length < 3) return false;
  return WEEKDAYS.has(next.key) || (next.facts & (OWN_LANGUAGE_STOP | STREET | ORGANISATION_HEAD)) === 0;
}

/** Vietnamese forms of address, folded: relations before a capitalised name, and words for "you" among themselves. */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(['ong', 'ba', 'anh', 'chi', 'chu', 'bac', 'co']);
/** Reflexive pronouns that follow a verb in Polish, Czech, Slovak, Romanian and Russian ("boi się", "teme se", "боится"), folded. */
const REFLEXIVES_AFTER_VERB: ReadonlySet<string> = new Set(['sie', 'se', 'sa', 'ся']);

/**
 * "moja siostra ola jest tam", "minha irmã flor está lá": after a relation of another language (one
 * that is no Dutch or English word) a lower-case word that a name list knows is that person, even
 * where a dictionary knows the word too. Dutch and English relations are read in `startTier`.
 */
function lowerFirstNameAfterRelation(words: readonly Word[], text: string, i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (prev === undefined || w.cap || w.stop || w.place || (w.facts & FIRST) === 0 || w.key.length < 3) return false;
  if (embedded(text, w) || !onlyGap(text, prev.end, w.start)) return false;
  // "mój mąż boi się": a reflexive pronoun right after the word makes it that language's verb.
  const next = words[i + 1];
  if (next !== undefined && REFLEXIVES_AFTER_VERB.has(next.key) && onlyGap(text, w.end, next.start)) return false;
  // "chào anh chị": Vietnamese forms of address stand before each other too; only a capitalised name follows them as one.
  return (
    (prev.facts & FOREIGN_RELATION) !== 0 && (prev.facts & (ORDINARY | RELATION | ENGLISH_RELATION)) === 0 && !ADDRESS_FORMS.has(prev.key)
  );
}

/** Prepositions that take a person: "van sara", "bij henk", "met mo". */
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['van', 'bij', 'met', 'aan', 'door', 'tegen']);
/** After the name: its clause ends, or a past participle closes it ("een locatie van sara gekregen"). */
const CLOSES_AFTER_NAME = /^(?:\s*(?:[,.!?:;)]|$)|\s+ge\p{Ll}{2,}(?:d|t|en)(?![\p{L}]))/u;

/**
 * "een locatie van sara gekregen", "de telefoon van die sjaak:": after a preposition that takes a
 * person (and "die"), a lower-case first name that is also in the Dutch dictionary as a name
 * (sara, sjaak, kim), on no surname list as a word, closing its clause, is that person.
 */
function lowerNameAfterPreposition(words: readonly Word[], text: string, i: number): boolean {
  const w = words[i]!;
  let prev = words[i - 1];
  if (prev?.key === 'die' && i > 1) prev = words[i - 2];
  if (prev === undefined || w.cap || w.stop || w.place || !PERSON_PREPOSITIONS.has(prev.key) || embedded(text, w)) return false;
  if ((w.facts & (FIRST | COMMON_FIRST | DUTCH_WORD_NAME)) !== (FIRST | COMMON_FIRST | DUTCH_WORD_NAME)) return false;
  if ((w.facts & (SURNAME | STREET | PUBLIC)) !== 0 || w.key.length < 3) return false;
  return onlyGap(text, words[i - 1]!.end, w.start) && CLOSES_AFTER_NAME.test(text.slice(w.end, w.end + 20));
}

/**
 * A lower-case name closing its clause after a greeting ("hoi roos,"), or after an introduction
 * ("ik ben jade en ik ben 16"): a listed first name that is a word too; after "ik ben" not a word
 * for how someone is ("ik ben moe").
 */
function lowerNameSpokenTo(w: Word, introduced: boolean): boolean {
  if (introduced && STATE_WORDS.has(w.key)) return false;
  return (w.facts & (LISTED_AMBIGUOUS_FIRST | COMMON_FIRST)) !== 0;
}

/**
 * A lower-case word that no dictionary or function-word list of the chat's languages knows and that
 * does not end as a Dutch or English verb, participle or plural does: after "my" and an English relation
 * ("my friend thandeka is") it is a name the lists lack. Not after a greeting or "ik ben": there such a word
 * is as often a compound or a word of another language ("Beste hulplijn,", "я подумаю").
 */
function unknownLowerWord(w: Word): boolean {
  return !w.cap && !w.place && (w.facts & (ANY_FUNCTION | NAMED)) === 0 && looksLikeLowerName(w) && !/(?:ed|ing|ly)$/.test(w.key);
}

/** Hand-kept Dutch names that also say how someone is or looks ("ik ben moe", "ik ben klein"): no name after "ik ben" in lower case. */
/** Greetings of the chat's languages that are given names too ("Ola", Polish; "Dag", Norwegian; "Ciao"). Folded. */
const GREETINGS_THAT_ARE_NAMES: ReadonlySet<string> = new Set([
  'ola',
  'hola',
  'dag',
  'hoi',
  'hey',
  'hi',
  'hee',
  'hallo',
  'ciao',
  'salut',
  'merhaba',
  'salam',
  'selam',
  'privet',
]);

const STATE_WORDS: ReadonlySet<string> = new Set(
  'moe groot klein kort lang lange groen bruin wit zwart jong jonge gul vrij rijk boos stil blij'.split(' '),
);

/**
 * A capitalised word that name lists know and only a function word of another language shares ("Sam",
 * Polish "sam"; "Li", Italian "li"): a name inside a sentence when it has three letters or more, or
 * anywhere right before another capitalised name word ("Li Mei heeft …").
 */
function foreignWordName(words: readonly Word[], text: string, i: number): boolean {
  const w = words[i]!;
  if (!w.cap || w.place || !w.named || (w.facts & (OWN_LANGUAGE_STOP | PARTICLE | STREET)) !== 0 || isAllCaps(w.text)) return false;
  if ((w.facts & FOREIGN_FUNCTION) === 0 || /[¿¡]/u.test(text[w.start - 1] ?? '')) return false;
  // "może Pan pisać", "¿Está usted …": in a message written in that other language the word is its own.
  if (writtenInOtherLanguage(words, text)) return false;
  const next = words[i + 1];
  const nameAfter =
    next !== undefined &&
    next.cap &&
    next.named &&
    !next.place &&
    (next.facts & (FUNCTION | STREET)) === 0 &&
    onlyGap(text, w.end, next.start);
  return nameAfter || (w.text.length >= 3 && !w.sentenceStart);
}

/**
 * A message written in another language than Dutch or English: two or more lower-case function
 * words that only the other languages' lists hold, and no fewer than Dutch or English ones.
 */
function writtenInOtherLanguage(words: readonly Word[], text: string): boolean {
  let foreign = 0;
  let own = 0;
  for (const other of words) {
    if (other.cap || embedded(text, other)) continue;
    if ((other.facts & FUNCTION) !== 0) own++;
    else if ((other.facts & FOREIGN_FUNCTION) !== 0) foreign++;
  }
  return foreign >= 2 && foreign >= own;
}

/** English weekdays that West African communities give as names ("Sunday", "Friday"): public words elsewhere. */
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "Jun-Jun", "Mei-Mei": a word said twice with a hyphen is a pet name (Filipino, Chinese); capitalised unless a relation comes before ("mn broertje jay-jay"). */
const REDUPLICATED = /^(\p{L}\p{Ll}{1,6})-\1$/u;

/** "Jun-Jun", not "Bye-Bye": the word said twice is a name, or no word of a dictionary. */
function reduplicatedName(text: string): boolean {
  if (!text.includes('-')) return false;
  const base = REDUPLICATED.exec(text)?.[1]?.toLowerCase();
  if (base === undefined) return false;
  const facts = factsOf(base);
  return (facts & STOP) === 0 && ((facts & FIRST) !== 0 || (facts & ORDINARY) === 0);
}

/** `placeStarts`: offsets of the words inside places found in this message, which are no names. */
export function findNames(text: string, placeStarts: ReadonlySet<number> = new Set()): Candidate[] {
  const tokens = tokenize(text);
  const noise = capitalsAreNoise(tokens);
  const listed = tokenFacts(tokens);
  // Asked of the message once: a word has no Vietnamese letter when the message has none.
  const vietnamese = hasAny(text, WIDE) && VIETNAMESE.test(text);
  // Pushed, not `tokens.map`: map's array is packed when the builtin makes it and holey when optimised
  // code does, and every function reading `words` was thrown away at each change of kind (round 43).
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Đỗ Văn Hải": written with Vietnamese letters a word is none of the function words it folds to.
    let facts = vietnamese && VIETNAMESE.test(t.text) ? listed[i]! & ~(STOP | FUNCTION | ANY_FUNCTION) : listed[i]!;
    // "sou Thaís", "Zoë": a capitalised first name whose accents the folded key lost is not the
    // dictionary's or the public word it folds to ("thais"); a function word ("Één") stays one.
    if ((facts & (FIRST | STOP)) === (FIRST | STOP) && (facts & ANY_FUNCTION) === 0 && isCapitalised(t.text) && accentsFoldedAway(t))
      facts &= ~(STOP | ORDINARY | PUBLIC);
    words.push({
      text: t.text,
      key: t.key,
      start: t.start,
      end: t.end,
      cap: !noise && isCapitalised(t.text),
      sentenceStart: isSentenceStart(text, t.start),
      stop: (facts & STOP) !== 0,
      initial: t.text.length === 1 && text[t.end] === '.',
      named: (facts & NAMED) !== 0,
      place: placeStarts.has(t.start),
      facts,
    });
  }
  const strong = words.some((w) => (w.facts & STRONG_HEAD) !== 0) ? cueEnds(text, STRONG_NAME_CUE) : new Set<number>();
  if (words.some((w) => (w.facts & MORE_HEAD) !== 0)) for (const end of cueEnds(text, MORE_NAME_CUE)) strong.add(end);
  // "een man genaamt rico": the naming participles as chat often spells them, with a t for the d.
  // Whether a word of a set is among the message's words is a bit of its trigger bits (text.ts), not a look-up per word.
  if (mentionsAny(text, MISSPELT_NAMING)) for (const end of cueEnds(text, MISSPELT_NAMING_CUE)) strong.add(end);
  if (strong.size > 0) passReflexives(text, strong);
  const weak = words.some((w) => (w.facts & WEAK_HEAD) !== 0) ? cueEnds(text, WEAK_NAME_CUE) : new Set<number>();
  const intros = mentionsAny(text, INTRODUCTION_HEADS) ? cueEnds(text, INTRODUCTION) : new Set<number>();
  for (const end of intros) weak.add(end);
  const noGuesses = looksGerman(tokens);
  let otherLanguage: boolean | undefined;
  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (embedded(text, w) || w.initial) {
      i++;
      continue;
    }
    // "j'ai 17 ans", "17 jaar": a lower-case word right after a number is its unit, not a name.
    if (!w.cap && w.start > 0 && digitJustBefore(text, w.start) && !strong.has(w.start)) {
      i++;
      continue;
    }
    // "patronul meu ion", "шефът ми иван": a possessive after the relation, as Romanian, Bulgarian and Polish put it.
    // Only a capitalised word or a listed first name: "fratele meu lucrează" is a verb no dictionary knows.
    const relationAhead =
      w.cap || (w.facts & FIRST) !== 0 ? relationBeforePossessive(words, text, i) || (w.cap ? spouseBefore(words, text, i) : 0) : 0;
    const cue = relationAhead !== 0 ? 'weak' : cueBefore(text, w, words, i, strong, weak);
    const chain = particleChain(words, text, i);
    // "Gerrit ter Beek van Ter Beek Agro B.V.": "van" right after a name found here says where the person is from.
    const lastFound = out[out.length - 1];
    if (
      w.key === 'van' &&
      chain > 0 &&
      lastFound !== undefined &&
      i > 0 &&
      lastFound.end === words[i - 1]!.end &&
      onlyGap(text, lastFound.end, w.start)
    ) {
      i++;
      continue;
    }
    let tier =
      chain > 0
        ? chainTier(words, text, i, chain, cue, noGuesses)
        : startTier(w, cue, relationAhead !== 0 ? relationAhead : i > 0 ? words[i - 1]!.facts : 0, noGuesses);
    // "não deixam ela sair", "pe luna pentru casa": in a message of another language a lower-case word
    // that a name list holds, with no cue before it, is that language's word ("she", "month").
    if (tier !== undefined && chain === 0 && cue === undefined && !w.cap && (otherLanguage ??= writtenInOtherLanguage(words, text)))
      tier = undefined;
    // Such a word opening a sentence on its own with no cue before it is far more often that language's
    // ordinary word than a person called by the surname alone; a first name, a cue or a second capitalised
    // word after it still makes a name.
    if (tier !== undefined && chain === 0 && cue === undefined && w.cap && isLoneSurnameOpeningSentence(text, w, w.facts, words[i + 1]))
      tier = undefined;
    // "seful meu ion": a relation and its possessive frame a listed first name even where a dictionary knows the word.
    if (tier === undefined && relationAhead !== 0 && !w.cap && !w.stop && !w.place && (w.facts & FIRST) !== 0) tier = 2;
    tier ??= structuralTier(words, text, i, noGuesses);
    const next = words[i + 1];
    // "noemen ze Mama Joy", "called Uncle Ben": after a naming word a capitalised kinship or title
    // word opens the nickname when a capitalised word follows it.
    if (tier === undefined && cue === 'strong' && w.cap && next?.cap === true && onlyGap(text, w.end, next.start)) tier = 2;
    if (tier === undefined && chain === 0 && firstNameBeforeSurname(words, text, i)) tier = 2;
    // "hoi roos,", "dank je wel bas!", "dzięki Aga,": after a greeting or thanks a listed first name that
    // is a word too in lower case, or any capitalised word that names nothing public, closing its clause,
    // is the person spoken to.
    const introduced = cue === 'weak' && afterIntroduction(words, text, i);
    if (
      tier === undefined &&
      cue === 'weak' &&
      !w.stop &&
      !w.place &&
      (w.cap ? (w.facts & (PUBLIC | STREET)) === 0 && w.text.length > 1 && !looksLikeAcronym(w.text) : lowerNameSpokenTo(w, introduced)) &&
      (words[i - 1] === undefined || (words[i - 1]!.facts & (RELATION | ENGLISH_RELATION)) === 0) &&
      (introduced ? INTRODUCTION_GOES_ON : CLAUSE_END).test(text.slice(w.end, w.end + 8))
    )
      tier = 2;
    // "Lily zegt dat …", "Aster says …": a first name that is a word too, opening a sentence before a
    // verb only a person does, is that person (a guess; lists and cues win).
    if (
      tier === undefined &&
      !noGuesses &&
      w.cap &&
      w.sentenceStart &&
      !w.stop &&
      !w.place &&
      (w.facts & FIRST) !== 0 &&
      (w.facts & (PUBLIC | TITLE | RELATION | ENGLISH_RELATION | STREET)) === 0 &&
      next !== undefined &&
      PERSON_VERBS.has(next.key) &&
      onlyGap(text, w.end, next.start)
    )
      tier = 3;
    // "Kelechukwu, die jongen van 19, …": a capitalised word no dictionary knows, or a first name, set off
    // by a comma before a person described is that person (a guess).
    if (tier === undefined && !noGuesses && w.cap && personInApposition(words, text, i)) tier = 3;
    // "my cousin thandeka is there": after an English possessive and relation, a lower-case word no
    // dictionary knows ("my boss took" is a verb). The possessive keeps out other languages' words that
    // spell an English relation (Turkish "son zamanlarda", Somali "dad hubeysan").
    if (tier === undefined && cue === 'weak' && unknownLowerWord(w) && englishRelationOwned(words, text, i)) tier = 2;
    // "zijn vrouw fadumo mag niet", "mijn baas tesfaldet,": the same after a Dutch possessive and relation,
    // where a person's verb or the clause's end follows (a Dutch typo there is as often a verb).
    if (tier === undefined && unknownLowerWord(w) && dutchRelationOwned(words, text, i)) tier = 2;
    // "toen zei Bloem dat …": the inverted speaker of reported speech (a guess; lists and cues win).
    if (tier === undefined && !noGuesses && w.cap && speakerAfterSaying(words, text, i)) tier = 3;
    // "Jun-Jun en Marites", "Mei-Mei": a pet name made by saying a capitalised word twice.
    if (tier === undefined && !noGuesses && w.cap && !w.place && (w.facts & PUBLIC) === 0 && reduplicatedName(w.text)) tier = 3;
    // "the boss is Sam", "stond Li Mei": a capitalised name that only another language's function word
    // shares ("sam" Polish, "li" Italian), inside a sentence, or opening one before another name.
    if (tier === undefined && foreignWordName(words, text, i)) tier = 2;
    if (tier === undefined && nameBeforeAge(w, text, words[i - 1])) tier = 2;
    // "meneer li,", "mevrouw bo.": after a title a lower-case name that only another language's
    // function word shares, closing its clause, is the name.
    if (
      tier === undefined &&
      cue === 'title' &&
      !w.cap &&
      w.named &&
      !w.place &&
      (w.facts & (FUNCTION | PUBLIC | PARTICLE)) === 0 &&
      CLAUSE_END.test(text.slice(w.end, w.end + 3))
    )
      tier = 2;
    // "my friend precious she is safe", "mijn zus joy zegt …": after a relation a first name that is a
    // word too, in lower case, is the name when a subject pronoun or a person's verb follows it.
    if (
      tier === undefined &&
      cue === 'weak' &&
      !w.cap &&
      !w.stop &&
      !w.place &&
      (w.facts & FIRST) !== 0 &&
      (words[i - 1]!.facts & (RELATION | ENGLISH_RELATION)) !== 0 &&
      next !== undefined &&
      onlyGap(text, w.end, next.start) &&
      (SUBJECT_PRONOUNS.has(next.key) || (next.facts & NAME_VERB) !== 0)
    )
      tier = 2;
    // "i am Gift from Nigeria", "ik ben Hope uit Benin": after an introduction a capitalised word that
    // names nothing public, then where the person comes from, is the name, even a word too.
    if (
      tier === undefined &&
      cue === 'weak' &&
      w.cap &&
      !w.stop &&
      !w.place &&
      (w.facts & (PUBLIC | STREET)) === 0 &&
      !looksLikeAcronym(w.text) &&
      FROM_AFTER.test(text.slice(w.end, w.end + 12))
    )
      tier = 2;
    if (tier === undefined && !noGuesses && lowerFirstNameAsSubject(words, text, i)) tier = 3;
    if (tier === undefined && !noGuesses && ownerBeforePossessive(words, text, i)) tier = (w.facts & FIRST) !== 0 ? 2 : 3;
    if (tier === undefined && lowerFirstNameAfterRelation(words, text, i)) tier = 2;
    if (tier === undefined && !noGuesses && lowerNameAfterPreposition(words, text, i)) tier = 3;
    // "auntie grace", "madam efe", "dikke hans": a nickname's head before a first name, in any case.
    const nicknameHead =
      tier === undefined &&
      NICKNAME_HEADS.has(w.key) &&
      next !== undefined &&
      // "oom Đỗ Văn Hải": a lower-case kinship word before a capitalised name is no part of it.
      next.cap === w.cap &&
      // "auntie Mei", "mama June": a capitalised month that name lists know is the name here.
      (((next.facts & FIRST) !== 0 && !next.stop) || (next.cap && next.named && MONTH_NAMES.has(next.key))) &&
      !next.place &&
      onlyGap(text, w.end, next.start);
    const kinNickname = !nicknameHead && tier === undefined && next !== undefined && nicknameTail(w, next, text);
    if (nicknameHead || kinNickname) tier = 2;
    // "call auntie Mei": a capitalised month that name lists know, right after a nickname's head, is the name.
    const prev = words[i - 1];
    if (
      tier === undefined &&
      w.cap &&
      w.named &&
      MONTH_NAMES.has(w.key) &&
      prev !== undefined &&
      NICKNAME_HEADS.has(prev.key) &&
      onlyGap(text, prev.end, w.start)
    )
      tier = 2;
    // "i am precious osagie", "mijn zus joy okafor": after a cue a lower-case first name that is a word
    // too, right before a lower-case name that a list knows and no dictionary does, is its first name.
    const lowerPair = tier === undefined && cue !== undefined && next !== undefined && lowerFirstNameBefore(w, next, text);
    if (lowerPair) tier = 2;
    if (tier === undefined) {
      i++;
      continue;
    }
    const grown = kinNickname ? i + 2 : extend(words, text, nicknameHead ? i + 1 : i + chain, cue === 'strong' || cue === 'title');
    const end = lowerPair ? Math.max(grown, extend(words, text, i + 1, cue === 'strong')) : grown;
    const start = extendBack(words, text, i, out);
    // A weak guess that grew into a known name is no longer weak.
    if (tier === 3 && words.slice(start, end).some((s) => s.named && !s.stop)) tier = 2;
    // "de trainer van de O15": letters running straight into digits are a code (a team, a class, a model), not a name's last word.
    if (!DIGIT.test(text[words[end - 1]!.end] ?? ''))
      out.push({ type: 'NAAM', start: words[start]!.start, end: words[end - 1]!.end, tier });
    i = end;
  }
  // "Mo7amed", "smito 3abdelkrim": names spelt with Arabizi digits, which the word list never sees as words.
  if (mayHoldArabizi(text)) for (const c of findArabiziNames(text)) if (!placeStarts.has(c.start)) out.push(c);
  extendOverNicknames(text, out);
  extendOverTrailingInitial(text, out);
  extendOverPublicFirstName(text, out);
  if (mayHoldLineageWord(text) && LINEAGE_GATE.test(text)) joinLineage(text, out);
  if (text.includes('ene ')) findAfterEne(text, out);
  // The pattern opens with any word: it runs only where its naming words are (most messages with "heet" lack them).
  // Both phrases hold one of these words as written (the pattern ignores no case): most messages are answered without it.
  if ((text.includes('heet') || text.includes('real')) && testText(ALIAS_WORDS, text)) findAliasBeforeRealName(text, words, out);
  if (text.includes(',')) findListed(text, words, out);
  findCoordinated(text, words, out, strong);
  if (strong.size > 0) findListAfterNaming(text, words, out, strong);
  findCoordinatedBefore(text, words, out);
  findBeforeRole(text, words, out);
  findAddressed(text, words, out);
  if (text.includes('nam') || text.includes('alias')) findNamesList(text, out);
  if (text.includes('.')) {
    findBareInitials(text, tokens, out, weak);
    findLowerInitialsAndSurname(text, out);
  }
  if (mentionsAny(text, NAMING_VERBS))
    for (const m of allMatches(NAME_BEFORE_VERB, text)) {
      const name = m[1]!;
      const parts = tokenize(name);
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      // "die zaak heet …": a lower-case dictionary word there is the thing that has the name.
      // "die nagelsalon heet …": so is a lower-case compound of a business's kind that no dictionary lists.
      const thing = parts.every(
        (p) =>
          !isCapitalised(p.text) &&
          ((factsOf(p.key) & ORDINARY) !== 0 || (p.key.length >= 7 && BUSINESS_THING.test(p.key))) &&
          (factsOf(p.key) & FIRST) === 0,
      );
      // "dat ze Mei heet", "die April heette": the frame names the word, so a capitalised public word
      // (a month, a weekday) that a name list knows is the name; a function word, title or relation is not.
      const named = (p: Token): boolean =>
        isCapitalised(p.text) &&
        (factsOf(p.key) & NAMED) !== 0 &&
        (factsOf(p.key) & (FUNCTION | TITLE | RELATION | ENGLISH_RELATION)) === 0;
      // "een bedrijf dat Handige Harry heet": the clause names the business before it (organisations.ts).
      const business = BUSINESS_BEFORE_CLAUSE.test(text.slice(Math.max(0, m.index - 30), m.index + 1));
      if (!thing && !business && parts.every((p) => !isStop(p) || named(p)) && !placeStarts.has(start)) {
        out.push({ type: 'NAAM', start, end: start + name.length, tier: 2 });
      }
    }
  if (hasAny(text, QUOTE))
    for (const m of allMatches(QUOTED_AFTER_NAMING_NOUN, text)) {
      const start = m.index + m[0].length - m[1]!.length - 1;
      if (!placeStarts.has(start)) out.push({ type: 'NAAM', start, end: start + m[1]!.length, tier: 2 });
    }
  if (text.includes('noem'))
    for (const m of allMatches(NAME_BEFORE_THEIR_NAMING, text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      // A capitalised word the frame names, unless it is a function word or title: "die ze Slang noemen".
      if (tokenize(name).every((p) => (factsOf(p.key) & (FUNCTION | TITLE)) === 0) && !placeStarts.has(start))
        out.push({ type: 'NAAM', start, end: start + name.length, tier: 2 });
    }
  if (text.includes('zich') && text.includes('noem'))
    for (const m of allMatches(NAME_BEFORE_NAMING, text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name);
      // "zichzelf Papa D noemt": a lone capital is an initial, whatever word it folds to.
      if (tokenize(name).every((p) => p.text.length === 1 || (factsOf(p.key) & (FUNCTION | PUBLIC)) === 0) && !placeStarts.has(start))
        out.push({ type: 'NAAM', start, end: start + name.length, tier: 2 });
    }
  return out;
}

/**
 * "de man die ze Slang noemen", "een vrouw die iedereen Mama Bee noemt": the name others give someone,
 * between who gives it and the verb of naming. Capitalised words only, one to three.
 */
const NAME_BEFORE_THEIR_NAMING =
  /(?<![\p{L}])(?:die|dat|wie|who)\s+(?:ze|zij|hij|ie|we|wij|men|iedereen|ze\s+allemaal|de\s+meiden|de\s+jongens)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:noemen|noemt|noemde|noemden)(?![\p{L}])/gu;

/** "gebruikt de namen …", "under the names …": every item of the list after it is a name. */
const NAMES_LIST_CUE =
  /(?<![\p{L}])(?:de|the|zijn|haar|his|her|die|deze|twee|drie|two|three|andere|other|verschillende|different)\s+(?:namen|names|bijnamen|nicknames|schuilnamen|aliassen|aliases)\s*:?\s+/giu;
/** One item: capitalised words or initials in capitals ("BJ", "Mr. Jide Okonkwo" without the title). */
const LISTED_NAME_ITEM =
  /^(?:(?:[Mm](?:r|rs|s|iss|ister|evrouw|eneer|adam)|[Dd]r)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
const LIST_SEPARATOR = /^\s*(?:,|\/|&|(?:en|and|of|or|ook|also)(?![\p{L}]))\s*(?:(?:en|and|of|or)\s+)?/u;

/** "de namen Babajide, BJ en Mr. Okonkwo": after the plural of "name", items set off by commas and "en" are names, even in capitals. */
function findNamesList(text: string, found: Candidate[]): void {
  for (const m of allMatches(NAMES_LIST_CUE, text)) {
    let at = m.index + m[0].length;
    for (let items = 0; items < 8; items++) {
      const item = LISTED_NAME_ITEM.exec(text.slice(at));
      if (item === null) break;
      const start = at + item[0].length - item[1]!.length;
      const end = at + item[0].length;
      if (found.every((f) => f.end <= start || f.start >= end)) found.push({ type: 'NAAM', start, end, tier: 2 });
      const separator = LIST_SEPARATOR.exec(text.slice(end));
      if (separator === null || separator[0].length === 0) break;
      at = end + separator[0].length;
    }
  }
}

/** A name in quotes right after the word for a name: 'en de naam "Candy"', 'under the name "Lola"'. */
const QUOTED_AFTER_NAMING_NOUN =
  /(?<![\p{L}])(?:naam|name|bijnaam|nickname|roepnaam|alias)\s*[:,]?\s+["“'‘„](\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})["”'’]/gu;

/** Abbreviations written like initials ("t.n.v.", "i.v.m. de …"): never a person's initials. */
const INITIAL_LIKE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'tnv ivm mbt oa dwz zsm ipv evt bv nv nb ps aub svp mvg vgl ca ie eg ie bijv nav iom tav ovv mi ihkv ivb ism obv ovb mn zn'.split(' '),
);
/**
 * Lower-case initials, a particle or not, and a word: "m.a.j. de wit", "j.w. de groot", "p.j. bakker";
 * Dutch writes some given names short in two or three letters ("ch. van den berg", "th.", "joh.", "ph.").
 */
export const LOWER_INITIALS_NAME =
  /(?<![\p{L}\d.@/])((?:(?:[a-z]|ch|th|ph|joh|sj)\.\s?){1,4})((?:van\s+(?:de|der|den)|van|de|der|den|ter|ten|te|el|al)\s+)?([a-z][a-z'-]{1,})(?![\p{L}\d@])/gu;

/**
 * False only where `LOWER_INITIALS_NAME` cannot match, in one loop over the text instead of the
 * pattern's call on every message with a full stop (most of them, and it finds in few). Each of the
 * pattern's initials is one to three letters a-z and a full stop, and the first stands after no
 * letter, digit, ".", "@" or "/": so a full stop whose whole run of a-z letters before it is one
 * to three long, and the character before that run none of those (a letter beyond ASCII is let
 * through, as the pattern's `\p{L}` is not read here). Most sentence ends ("gezegd.") have a longer
 * run; what passes is asked of the pattern as before.
 */
export function mayHoldLowerInitial(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let from = dot;
    while (from > 0 && dot - from < 4 && isAsciiLower(text.charCodeAt(from - 1))) from--;
    const run = dot - from;
    if (run === 0 || run > 3) continue;
    if (from === 0) return true;
    const before = text.charCodeAt(from - 1);
    const excluded = (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 46 || before === 64 || before === 47;
    if (!excluded) return true;
  }
  return false;
}

/**
 * Initials in lower case before a surname ("t.n.v. j.w. de groot"): two initials or more, or one
 * and a particle, before a word a surname list knows; an abbreviation written the same way is none.
 */
function findLowerInitialsAndSurname(text: string, found: Candidate[]): void {
  if (!mayHoldLowerInitial(text)) return;
  for (const m of allMatches(LOWER_INITIALS_NAME, text)) {
    const letters = m[1]!.replace(/[.\s]/g, '');
    const initials = m[1]!.split('.').length - 1;
    const particle = m[2] !== undefined;
    if (INITIAL_LIKE_ABBREVIATIONS.has(letters) || (initials < 2 && !particle)) continue;
    const facts = factsOf(m[3]!);
    // After a particle the surname may be a word of any kind ("de groot"); without one not a function word.
    if ((facts & SURNAME) === 0 || (!particle && (facts & ANY_FUNCTION) !== 0)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (found.every((c) => c.end <= start || c.start >= end)) found.push({ type: 'NAAM', start, end, tier: 2 });
  }
}

/** Letters only Vietnamese writes (with a hook, horn or dot below, or đ). */
const VIETNAMESE = /[\u1ea0-\u1ef9đĐơƠưƯ]/u;

/** A capitalised word right before a name, with what precedes it. */
const WORD_BEFORE = /(?:^|(?<=[^\p{L}]))(\p{Lu}\p{Ll}{2,})\s$/u;
/** A preposition of time before a month: "in Mei Jansen …" keeps the month out of the name. */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:in|sinds|begin|eind|vanaf|tot|half|medio|per|since|until|from|of|en|and)\s+$/iu;

/**
 * "van Frans Claes", "April Jansen": a capitalised word that a first-name list knows and the public
 * words hold too (a language, a month) is the first name right before a surname the rules found; not
 * after a preposition of time, where it is the month.
 */
function extendOverPublicFirstName(text: string, found: Candidate[]): void {
  for (const c of found) {
    if (c.type !== 'NAAM') continue;
    const first = /^\p{Lu}\p{Ll}+/u.exec(text.slice(c.start, c.end));
    if (first === null || (factsOf(first[0].toLowerCase()) & SURNAME) === 0) continue;
    const before = text.slice(Math.max(0, c.start - 16), c.start);
    const m = WORD_BEFORE.exec(before);
    if (m === null) continue;
    const facts = factsOf(m[1]!.toLowerCase());
    if ((facts & PUBLIC) === 0 || (facts & (FIRST | AMBIGUOUS_FIRST | LISTED_AMBIGUOUS_FIRST)) === 0) continue;
    const start = c.start - m[1]!.length - 1;
    if (TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (found.some((o) => o !== c && o.end > start && o.start < c.start)) continue;
    c.start = start;
  }
}

/** Dutch "ene" without an article: "a certain", said only of a person named next ("ene rico", "ene Desmond"). */
const ENE_NAME = /(?<![\p{L}])(?<!(?:de|die|dat|het|deze|dit|the|één|een)\s+)ene\s+(\p{L}[\p{L}'’-]+)(?![\p{L}])/giu;

/**
 * "haar pooier is ene rico": after "ene" a word a name list knows (also a dictionary word: "rico"), or
 * a capitalised word no dictionary knows, is the name, never a function, public or title word; "de
 * ene jongen" (with an article) is the ordinary "one".
 */
function findAfterEne(text: string, found: Candidate[]): void {
  for (const m of allMatches(ENE_NAME, text)) {
    const word = m[1]!;
    const facts = factsOf(word.toLowerCase());
    if ((facts & (FUNCTION | PUBLIC | TITLE | RELATION | ENGLISH_RELATION)) !== 0) continue;
    const capital = /^\p{Lu}/u.test(word);
    // A word only a dictionary knows is a thing, in any case ("ene Overslaan" is the helpline's button, not a person).
    if ((facts & NAMED) === 0 && (!capital || (facts & ORDINARY) !== 0)) continue;
    if (!capital && (facts & ANY_FUNCTION) !== 0) continue;
    const start = m.index + m[0].length - word.length;
    const end = m.index + m[0].length;
    if (found.every((c) => c.end <= start || c.start >= end)) found.push({ type: 'NAAM', start, end, tier: 2 });
  }
}

/** A lineage word between names ("bin", "bint", "ibn", "ould"): most messages hold none. */
export const LINEAGE_GATE = /\s(?:bin|bint|ibn|ould|wuld)\s/;

/** Whether `text` holds a lineage word's letters as written ("bint" holds "bin"): without one `LINEAGE_GATE` cannot match. */
export function mayHoldLineageWord(text: string): boolean {
  return text.includes('bin') || text.includes('ibn') || text.includes('ould') || text.includes('wuld');
}
const LINEAGE_NAME = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:bin|bint|ibn|ould|wuld)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu;

/**
 * "Ahmed bin Laden", "Fatima bint Ali", "Omar ibn Said": a given name, a word for "son/daughter of"
 * and a capitalised name are one name, whatever the last word is elsewhere ("Laden"); the first word
 * must be a listed given name or part of a name found already, the last no function or public word.
 */
function joinLineage(text: string, found: Candidate[]): void {
  for (const m of allMatches(LINEAGE_NAME, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const firstEnd = start + m[1]!.length;
    const firstFacts = factsOf(m[1]!.toLowerCase());
    const named = found.some((c) => c.type === 'NAAM' && c.start <= start && c.end >= firstEnd);
    // "Ich bin Au-pair": a pronoun of any language before "bin" is no given name.
    if ((firstFacts & ANY_FUNCTION) !== 0) continue;
    if (!named && (firstFacts & (FIRST | AMBIGUOUS_FIRST | LISTED_AMBIGUOUS_FIRST)) === 0) continue;
    if ((factsOf(m[2]!.toLowerCase()) & (FUNCTION | PUBLIC | TITLE)) !== 0) continue;
    const overlapping = found.filter((c) => c.type === 'NAAM' && c.start < end && c.end > start);
    const from = Math.min(start, ...overlapping.map((c) => c.start));
    const to = Math.max(end, ...overlapping.map((c) => c.end));
    for (const c of overlapping) found.splice(found.indexOf(c), 1);
    found.push({ type: 'NAAM', start: from, end: to, tier: 2 });
  }
}

/** "zeg Dobre C.": a single capital and a full stop right after a name, ending the sentence or before a comma, is its initial. */
function extendOverTrailingInitial(text: string, found: Candidate[]): void {
  for (const c of found) {
    const after = /^\s\p{Lu}\.(?=$|[\s,;)])/u.exec(text.slice(c.end, c.end + 4));
    if (after !== null) c.end += after[0].length;
  }
}

/** The first three letters of the longer first names: "kev", "dyl", "jos" as chat clips them. Made on first use. */
let clippedPrefixes: ReadonlySet<string> | undefined;

/**
 * "samir en dyl": a three-letter lower-case word shaped as a consonant, a vowel and a consonant that
 * opens a listed first name is that name clipped; chat shorthand ("idk", "enz", "ofz") has another shape.
 */
function clippedFirstName(w: Word): boolean {
  if (w.cap || w.key.length !== 3 || !/^[b-df-hj-np-tv-xz][aeiouy][b-df-hj-np-tv-xz]$/.test(w.key)) return false;
  clippedPrefixes ??= new Set([...FIRST_NAMES].filter((n) => n.length >= 4).map((n) => n.slice(0, 3)));
  return clippedPrefixes.has(w.key);
}

/**
 * "mo en soufi", "ma-ria of mariaaa": a word after a name and "en" or "of" that no dictionary or
 * place list knows is a second name (as a guess); letters typed three times or more count once.
 * Three lower-case letters only as a clipped first name ("samir en dyl").
 */
/** Between the names of a list: a comma, "en", "and", "&", "of", "or" (a comma and "en" together too). */
const LINK_WORDS: ReadonlySet<string> = new Set(['en', 'and', 'of', 'or']);
const LIST_LINK = /^\s*(?:,\s*(?:(?:en|and|of|or|&)\s+)?|\s(?:en|and|of|or|&)\s+)$/u;

/**
 * "de meiden heten lisa, demi en kim", "they are called ama, esi and kojo": after a naming word that
 * opened a name, the list goes on with names: each a word a first-name list holds (in any case, even
 * one a dictionary knows too) or a capitalised word that is no function word, street or public name.
 */
function findListAfterNaming(text: string, words: Word[], found: Candidate[], strong: ReadonlySet<number>): void {
  const names = found.length;
  for (let n = 0; n < names; n++) {
    const c = found[n]!;
    if (!strong.has(c.start)) continue;
    let i = words.findIndex((w) => w.start >= c.end);
    let end = c.end;
    const items: Word[] = [];
    let closed = false;
    for (; i >= 0 && i < words.length && items.length < 6 && !closed; i++) {
      const linked = LINK_WORDS.has(words[i]!.key) && i + 1 < words.length;
      if (linked) i++;
      const w = words[i]!;
      if (!LIST_LINK.test(text.slice(end, w.start)) || LINK_WORDS.has(w.key)) break;
      if (embedded(text, w) || w.place || w.key.length < 2 || (w.facts & (FUNCTION | STREET | PUBLIC | TITLE)) !== 0) break;
      if ((w.facts & FIRST) === 0 && !(w.cap && !w.stop && !looksLikeAcronym(w.text))) break;
      // The names of one list are written alike: "Patricia Gómez, vive en …" goes on with a verb.
      if (w.cap !== isCapitalised(text.slice(c.start, c.end))) break;
      items.push(w);
      end = w.end;
      // "lisa, demi en kim": the conjunction closes the list, which only then is one ("ismi Khaled, ana men Homs" is none).
      closed = linked || /\s&\s+$/.test(text.slice(0, w.start));
    }
    if (!closed) continue;
    for (const w of items)
      if (found.every((f) => f.end <= w.start || f.start >= w.end)) found.push({ type: 'NAAM', start: w.start, end: w.end, tier: 2 });
  }
}

function findCoordinated(text: string, words: Word[], found: Candidate[], strong: ReadonlySet<number>): void {
  const names = found.length;
  for (let n = 0; n < names; n++) {
    const c = found[n]!;
    const i = words.findIndex((w) => w.start >= c.end);
    const link = words[i];
    const w = words[i + 1];
    if (link === undefined || w === undefined || !/^(?:en|of|or|and)$/.test(link.key)) continue;
    if (strong.has(c.start) && otherNameAfterNaming(text, c, link, w, found)) continue;
    if (!onlyGap(text, c.end, link.start) || !onlyGap(text, link.end, w.start) || embedded(text, w) || w.place || w.key.length < 3)
      continue;
    const squeezed = w.key.replace(/(\p{L})\1{2,}/gu, '$1');
    // Chat shorthand ("idk", "wss", "btw") is unknown to dictionaries too: a lower-case word needs four letters and a vowel.
    const wordLike = w.cap || (w.key.length >= 4 && /[aeiouy]/.test(w.key));
    const unknown =
      (wordLike || clippedFirstName(w)) && !w.stop && (w.facts & ORDINARY) === 0 && (w.facts & STREET) === 0 && !looksLikeAcronym(w.text);
    const pair = givenPairAfter(text, words, c, w, words[i + 2]);
    if ((unknown || pair || (squeezed !== w.key && FIRST_NAMES.has(squeezed))) && found.every((f) => f.end <= w.start || f.start >= w.end))
      found.push({ type: 'NAAM', start: w.start, end: w.end, tier: pair ? 2 : 3 });
  }
}

/** Plural verbs after two people ("kevin en mark gaan …"). */
const PLURAL_VERB_AFTER = /^(?:zijn|gaan|hebben|waren|komen|moeten|zitten|willen|kunnen|are|were|have|go|went)$/;

/**
 * "samen met quincy en romeo", "kevin en mark gaan": a given name the rules found, alone, then "en"
 * and a listed given name that a dictionary knows too, closing the clause or before a verb two people
 * do, is the second person; in any case.
 */
function givenPairAfter(text: string, words: Word[], c: Candidate, w: Word, after: Word | undefined): boolean {
  if ((w.facts & FIRST) === 0 || w.stop || (w.facts & (ANY_FUNCTION | STREET | PUBLIC | TITLE)) !== 0) return false;
  const single = words.find((x) => x.start === c.start && x.end === c.end);
  if (single === undefined || (single.facts & FIRST) === 0) return false;
  if (after === undefined) return /^[\s.!?,;)]*$/u.test(text.slice(w.end));
  const gap = text.slice(w.end, after.start);
  return /[.!?,;]/.test(gap) || (onlyGap(text, w.end, after.start) && (isVerbAfterName(after.key) || PLURAL_VERB_AFTER.test(after.key)));
}

/** The article of a role in apposition: "piet de beheerder", "mike the driver". */
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'die', 'the']);

/**
 * "piet de beheerder haalt de huur op", "mike the boss said": a lower-case first name that no dictionary
 * knows (or, before a Dutch article and role, a common first name that is a word too), no function
 * word of any of the chat's languages, right before an article and a relation or role, is that person.
 */
function findBeforeRole(text: string, words: Word[], found: Candidate[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    const article = words[i + 1]!;
    const role = words[i + 2]!;
    // A common first name that is a word too only in a Dutch frame: "piet de beheerder", not "said the boss".
    const dutch = article.key !== 'the' && (role.facts & RELATION) !== 0;
    const firstName = (dutch && (w.facts & COMMON_FIRST) !== 0) || ((w.facts & FIRST) !== 0 && (w.facts & ORDINARY) === 0);
    if (w.cap || w.place || !firstName || (w.facts & ANY_FUNCTION) !== 0 || w.key.length < 3) continue;
    if (!ROLE_ARTICLES.has(article.key) || (role.facts & (RELATION | ENGLISH_RELATION)) === 0) continue;
    if (!onlyGap(text, w.end, article.start) || !onlyGap(text, article.end, role.start)) continue;
    if (found.some((f) => f.start < w.end && w.start < f.end)) continue;
    found.push({ type: 'NAAM', start: w.start, end: w.end, tier: 2 });
  }
}

/** A nickname as written: "T-Money", "Lil-J", "Mo". */
const NICKNAME_AS_WRITTEN = /^[\p{L}\d]+(?:-[\p{L}\d]+)*/u;

/**
 * "he's called tyrell or T-Money", "ze noemen hem Rico of Money": after a naming word, "or" and a
 * capitalised word give the same person's other name, even one a dictionary knows, hyphens and all.
 */
function otherNameAfterNaming(text: string, c: Candidate, link: Word, w: Word, found: Candidate[]): boolean {
  if (link.key !== 'of' && link.key !== 'or') return false;
  if (!onlyGap(text, c.end, link.start) || !onlyGap(text, link.end, w.start) || !w.cap || w.place || embedded(text, w)) return false;
  // "T-Money", "J-Lo" are nicknames; "V-nr", "W-document" abbreviate a word.
  const acronym = looksLikeAcronym(w.text) && !/^\p{Lu}-\p{Lu}\p{Ll}/u.test(w.text);
  if (w.stop || (w.facts & (PUBLIC | STREET | TITLE | RELATION | ENGLISH_RELATION)) !== 0 || acronym) return false;
  const end = w.start + NICKNAME_AS_WRITTEN.exec(text.slice(w.start))![0].length;
  if (found.some((f) => f.start < end && w.start < f.end)) return false;
  found.push({ type: 'NAAM', start: w.start, end, tier: 2 });
  return true;
}

/**
 * "ze heten Ama, Esi en Abena": in a list that a name opens, a capitalised word that a name list or
 * no dictionary knows, set off by a comma and followed by another item (", X" or "en X"), is a name
 * too (a guess).
 */
function findListed(text: string, words: Word[], found: Candidate[]): void {
  const names = found.length;
  for (let n = 0; n < names; n++) {
    let end = found[n]!.end;
    for (let i = words.findIndex((w) => w.start >= end); i >= 0 && i + 1 < words.length; i++) {
      const w = words[i]!;
      const next = words[i + 1]!;
      if (!/^\s*,\s*$/.test(text.slice(end, w.start)) || !w.cap || w.place || embedded(text, w) || looksLikeAcronym(w.text)) break;
      // A name list knows it and only another language calls it a function word ("Esi"), or no list or dictionary knows it.
      const known = w.named && (w.facts & (OWN_LANGUAGE_STOP | STREET)) === 0;
      const unknown = !w.stop && (w.facts & (ORDINARY | STREET)) === 0 && w.key.length >= 3;
      if (!known && !unknown) break;
      const goesOn =
        /^\s*,\s*$/.test(text.slice(w.end, next.start)) || (/^(?:en|and|of|or)$/.test(next.key) && onlyGap(text, w.end, next.start));
      if (!goesOn) break;
      if (found.every((f) => f.end <= w.start || f.start >= w.end)) found.push({ type: 'NAAM', start: w.start, end: w.end, tier: 3 });
      end = w.end;
    }
  }
}

/** "and" in the chat's other languages: Ukrainian, Polish, Bulgarian, Romanian, Turkish, Spanish, French, German. */
const OTHER_ANDS: ReadonlySet<string> = new Set(['ta', 'i', 'і', 'и', 'și', 'si', 'ti', 've', 'y', 'et', 'und']);

/**
 * "Andrii ta Maksym zhyvut …", "Kostadin i Vanya": a capitalised word that no list or dictionary
 * knows, right before another language's "and" and a name found, is a name too (a guess); the
 * Dutch and English "en"/"and" go the other way in `findCoordinated`.
 */
function findCoordinatedBefore(text: string, words: Word[], found: Candidate[]): void {
  const names = found.length;
  for (let n = 0; n < names; n++) {
    const c = found[n]!;
    const at = words.findIndex((w) => w.start === c.start);
    const link = words[at - 1];
    const w = words[at - 2];
    // "Sonam and Pema", "Tiwa en Dayo": Dutch and English "and" too, before a name found here.
    if (link === undefined || w === undefined || !(OTHER_ANDS.has(link.key) || link.key === 'en' || link.key === 'and') || link.cap)
      continue;
    if (!onlyGap(text, w.end, link.start) || !onlyGap(text, link.end, c.start) || !w.cap || w.place || embedded(text, w)) continue;
    // "Precious en Favour", "Joy and Blessing": a listed given name before another, single one is a name even when a word too.
    const named = words[at];
    const givenPair =
      (w.facts & FIRST) !== 0 && named !== undefined && named.end === c.end && (named.facts & FIRST) !== 0 && (w.facts & STREET) === 0;
    if (w.stop || (!givenPair && (w.facts & (ORDINARY | STREET)) !== 0) || looksLikeAcronym(w.text) || w.key.length < 3) continue;
    if (found.every((f) => f.end <= w.start || f.start >= w.end)) found.push({ type: 'NAAM', start: w.start, end: w.end, tier: 3 });
  }
}

/** Words after a name and a comma that speak to that person: "Joy, ben je nog in het huis?", "chi, thank you". */
const ADDRESS_AFTER = new Set(
  'ben heb kun kan wil weet mag zou hoe wat waar je jij u ik we wij dank bedankt thank thanks are can do did have how where you i'.split(
    ' ',
  ),
);

/** A known first name that opens a message and is spoken to ("Joy, ben je …") is a name even when it is a word too. */
function findAddressed(text: string, words: Word[], found: Candidate[]): void {
  const [w, next] = words;
  if (w === undefined || next === undefined || w.start > 2 || (w.facts & FIRST) === 0 || w.stop || w.place) return;
  if (!/^\s*,\s+$/.test(text.slice(w.end, next.start)) || !ADDRESS_AFTER.has(next.key)) return;
  if (found.every((f) => f.end <= w.start || f.start >= w.end)) found.push({ type: 'NAAM', start: w.start, end: w.end, tier: 2 });
}

/** 'Marco "Big Mac" Verstappen': a nickname in quotes between a first name and a capitalised surname. */
const QUOTED_NICKNAME_THEN_NAME = /^\s+["“„'‘][^"”“'’\n]{1,25}["”“'’]\s+\p{Lu}[\p{L}'’-]+/u;

function extendOverNicknames(text: string, found: Candidate[]): void {
  for (const c of found) {
    const after = QUOTED_NICKNAME_THEN_NAME.exec(text.slice(c.end, c.end + 60));
    if (after !== null && !isFunctionWord(splitOnSpaces(after[0].trim()).pop()!.toLowerCase())) c.end += after[0].length;
  }
}

/**
 * Initials that stand for a person on their own: "zeg niet tegen A. dat ik het was", "die van K.:
 * 06-…", "met Chioma (C.N.)". A capital and a full stop after a function word, with the sentence
 * going on in lower case or a colon after it; or initials in brackets after a name.
 */
const AFTER_INITIAL = /^(?::|,?\s+\p{Ll})/u;

/** Offsets of "X." initials: found from the full stops, which most messages have few of. */
function initialsBeforeLowerCase(text: string): number[] {
  const at: number[] = [];
  // A full stop that opens the message ('. ik zag A. gisteren') has no initial before it, but the ones after it may.
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0) continue;
    const letter = text[dot - 1]!;
    if (letter === letter.toLowerCase() || letter !== letter.toUpperCase()) continue;
    if (/[\p{L}\d.]/u.test(text[dot - 2] ?? ' ')) continue;
    if (AFTER_INITIAL.test(text.slice(dot + 1, dot + 4))) at.push(dot - 1);
  }
  return at;
}
/** Only right after a capitalised word: "Chioma (C.N.)", not "de bijlage (N.B.)". */
const BRACKETED_INITIALS = /(?<=\p{Lu}[\p{L}'’-]*\s\()\p{Lu}\.(?:\s?\p{Lu}\.)+(?=\))/gu;

function isFree(found: readonly Candidate[], start: number, end: number): boolean {
  return found.every((c) => c.end <= start || c.start >= end);
}

/** After an introduction or signature the initial may close the message or stand before a bracket: "dit is J. (liever geen naam)". */
const AFTER_INTRODUCED_INITIAL = /^\s*(?:$|\(|[,;!?-])/u;

function findBareInitials(text: string, tokens: readonly Token[], found: Candidate[], introductions: ReadonlySet<number>): void {
  for (const index of introductions) {
    if (!/^\p{Lu}\.$/u.test(text.slice(index, index + 2)) || /[\p{L}\d]/u.test(text[index + 2] ?? ' ')) continue;
    if (!AFTER_INTRODUCED_INITIAL.test(text.slice(index + 2, index + 6))) continue;
    if (isFree(found, index, index + 2)) found.push({ type: 'NAAM', start: index, end: index + 2, tier: 2 });
  }
  for (const index of initialsBeforeLowerCase(text)) {
    const before = tokens.filter((t) => t.end <= index).pop();
    if (before === undefined || !onlyGap(text, before.end, index)) continue;
    const beforeFacts = factsOf(before.key);
    // "mijn vriendje D. wil …": after a relation the lone initial is the person, not a guess.
    const relation = (beforeFacts & (RELATION | ENGLISH_RELATION)) !== 0;
    if (!relation && (beforeFacts & ANY_FUNCTION) === 0) continue;
    if (isFree(found, index, index + 2)) found.push({ type: 'NAAM', start: index, end: index + 2, tier: relation ? 2 : 3 });
  }
  if (text.includes('('))
    for (const m of allMatches(BRACKETED_INITIALS, text)) {
      if (isFree(found, m.index, m.index + m[0].length)) found.push({ type: 'NAAM', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
}
