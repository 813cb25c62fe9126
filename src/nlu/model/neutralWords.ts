/**
 * Words that say where, to whom or on which day a story happens, never what happens in it: a Dutch
 * place the gazetteer knows, a city or country abroad, a common first name, a day of the week, a
 * month. The word features (reader.ts) read each as one unit (`#place`, `#abroad`, `#name`, `#day`,
 * `#month`), so the models learn that a place or a day was named, not which one.
 *
 * As words of their own they took on the forms of the corpus lines they stood in: the same au pair
 * story read sexual "in Utrecht" (0.72) and labour "in Haarlem" (0.42) (round 40, the lead's
 * section in ADR 0006). A handful of lines per town is enough to teach a town a form, and no town,
 * name or day says anything of the form, the danger or what the writer wants.
 *
 * The analysis keeps no capitals, so the rules are those of lower-case chat: a place name that is
 * also an ordinary word ("best", "goes") counts only after a place word ("in best"); a name made of
 * an article and ordinary words ("de wijk", "de haven") only when it is a municipality; a first name
 * only from the hand-kept list of common names, and never one that is also a word.
 */
import { isDutch, isLikelyPlace, sharedGazetteer, wordParts, type Gazetteer, type PlaceSpan, type WordPart } from '../../geo';
import {
  isAmbiguousFirstName,
  isCommonFirstName,
  isDutchWordName,
  isFunctionWord,
  isOrdinaryWord,
} from '../../anonymiser/lexicons/wordLists';
import { isBoundary, type TextAnalysis } from '../text/analyse';

export type NeutralUnit = '#place' | '#abroad' | '#name' | '#day' | '#month';

/** Per token: the unit a neutral span starts with, `CONTINUED` for its further tokens, else undefined. */
export type NeutralUnits = readonly (NeutralUnit | typeof CONTINUED | undefined)[];

export const CONTINUED = '';

const DAYS: ReadonlySet<string> = new Set(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** "may" and "march" are English verbs as often as months, and stay words. */
const MONTHS: ReadonlySet<string> = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december january february june july august october'.split(
    ' ',
  ),
);
/** Articles that begin Dutch place names ("de wijk", "den helder", "het hogeland", "'s-gravenhage"). */
const ARTICLES: ReadonlySet<string> = new Set(['de', 'den', 'het', 't', 's', 'ter', 'ten']);
/** Country names that are more often an English word: a shirt, a name, a guinea pig. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['jersey', 'chad', 'guinea']);
/** The longest country name read, in words ("bosnie en herzegovina"). */
const COUNTRY_WORDS = 3;

const memo = new WeakMap<TextAnalysis, NeutralUnits>();

/** The neutral units of an analysis, worked out once per analysis (the danger and the general features both ask). */
export function neutralUnits(analysis: TextAnalysis, gazetteer: Gazetteer = sharedGazetteer()): NeutralUnits {
  let units = memo.get(analysis);
  if (units === undefined) {
    units = findUnits(analysis, gazetteer);
    memo.set(analysis, units);
  }
  return units;
}

/**
 * Gives an analysis cut from a longer one at sentence ends (inPassing.ts, a pair of sentences) the
 * units the longer one found for those tokens, instead of finding them anew: a place, a country or a
 * day never runs over a sentence end (the joined text has a point there, which neither the gazetteer's
 * names nor `countryAt` cross, and the written words carry no capitals), so the units of a sentence
 * are the same read alone or in its message. Finding them again was a tenth of a long message's first
 * look allocation (round 44); `tests/unit/safety/inPassingUnits.test.ts` holds the two equal.
 */
export function carryNeutralUnits(part: TextAnalysis, units: NeutralUnits): void {
  memo.set(part, units);
}

/**
 * The words as written, joined again, with each word's start: a sentence end as a point, so that no
 * name runs over it, and a point or a comma against the word before it (a mark standing alone made
 * the gazetteer's scan three times as slow on a long message). Pieces joined once, not `text +=`
 * (two strings a word, a tenth of a long message's first look, round 43).
 */
export function joinWritten(written: readonly string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(written.length);
  const pieces: string[] = new Array<string>(2 * written.length);
  let count = 0;
  let length = 0;
  for (let i = 0; i < written.length; i++) {
    const word = written[i]!;
    const piece = word === '|' ? '.' : word;
    if (length !== 0 && !isBoundary(word)) {
      pieces[count++] = ' ';
      length++;
    }
    starts[i] = length;
    pieces[count++] = piece;
    length += piece.length;
  }
  pieces.length = count;
  return { text: pieces.join(''), starts };
}

function findUnits(analysis: TextAnalysis, gazetteer: Gazetteer): NeutralUnits {
  const { written } = analysis;
  const units: (NeutralUnit | typeof CONTINUED | undefined)[] = new Array<undefined>(written.length).fill(undefined);
  const { text, starts } = joinWritten(written);
  const parts = partsOfWords(written, starts) ?? wordParts(text);
  // The first word ending after a span's start, by a cursor that only moves on: the spans come left
  // to right without overlap and the words' ends never go back, so each word is passed once, not once
  // a span (`starts.findIndex` per span grew with words × places on a long message, round 45).
  let cursor = 0;
  for (const span of gazetteer.findPlacesInParts(text, parts, { typos: false })) {
    if (!countsAsPlace(span, text)) continue;
    while (cursor < starts.length && starts[cursor]! + written[cursor]!.length <= span.start) cursor++;
    const first = cursor < starts.length ? cursor : -1;
    let last = first;
    while (last + 1 < starts.length && starts[last + 1]! < span.end) last++;
    if (first < 0) continue;
    mark(units, first, last, isDutch(span.place) ? '#place' : '#abroad');
  }
  for (let i = 0; i < written.length; i++) {
    if (units[i] !== undefined || isBoundary(written[i]!)) continue;
    const word = written[i]!;
    const country = countryAt(written, units, i, gazetteer);
    if (country > 0) mark(units, i, i + country - 1, '#abroad');
    else if (DAYS.has(word)) units[i] = '#day';
    else if (MONTHS.has(word)) units[i] = '#month';
    else if (isPlainFirstName(word)) units[i] = '#name';
  }
  return units;
}

/**
 * `wordParts(text)` of the text `findUnits` joins from the written words, made from the words
 * themselves when each is lower-case ASCII letters and digits (nearly all chat): each word is then one
 * part whose key is the word, joined to the word before it unless a boundary stands between. A new
 * key string a word, and the gazetteer's scan over the text for them, were an eighth of a long
 * message's first look allocation (round 44). Null when a word is anything else: the gazetteer then
 * reads the text. `tests/unit/nlu/neutralWordParts.test.ts` holds the two equal.
 */
export function partsOfWords(written: readonly string[], starts: Int32Array): WordPart[] | null {
  const parts = new Array<WordPart>(written.length);
  let count = 0;
  let afterWord = false;
  for (let i = 0; i < written.length; i++) {
    const word = written[i]!;
    if (isBoundary(word)) {
      afterWord = false;
      continue;
    }
    if (!isLowerAsciiWord(word)) return null;
    const start = starts[i]!;
    parts[count++] = { start, end: start + word.length, key: word, capitalised: false, joined: afterWord };
    afterWord = true;
  }
  parts.length = count;
  return parts;
}

function isLowerAsciiWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return word.length > 0;
}

function mark(units: (NeutralUnit | typeof CONTINUED | undefined)[], first: number, last: number, unit: NeutralUnit): void {
  units[first] = unit;
  for (let j = first + 1; j <= last; j++) units[j] = CONTINUED;
}

/**
 * The gazetteer's usual rule (a word that is also a place needs a place word before it), and a name
 * of an article and ordinary words ("in de wijk", "aan de haven": a village in Drenthe, a
 * neighbourhood of Amsterdam) only when it is a municipality ("den helder", "de bilt"): in lower-case
 * chat it is the phrase far more often than the place.
 */
function countsAsPlace(span: PlaceSpan, text: string): boolean {
  if (!isLikelyPlace(span)) return false;
  if (span.place.kind === 'municipality') return true;
  const words = text
    .slice(span.start, span.end)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length < 2 || !ARTICLES.has(words[0]!)) return true;
  return !words.slice(1).every(isOrdinaryWord);
}

/** The country names abroad by their first word, for the gazetteer it was built from. */
const countryFirstWords = new WeakMap<Gazetteer, { names: ReadonlySet<string>; first: ReadonlySet<string> }>();

function countryNamesOf(gazetteer: Gazetteer): { names: ReadonlySet<string>; first: ReadonlySet<string> } {
  let known = countryFirstWords.get(gazetteer);
  if (known === undefined) {
    const names = gazetteer.countriesAbroad();
    known = { names, first: new Set([...names].map((name) => name.split(' ')[0]!)) };
    countryFirstWords.set(gazetteer, known);
  }
  return known;
}

/**
 * The number of words of a country's name (other than the Netherlands) starting at `i`, or 0. The
 * written words are lower case without marks already; a hyphen parts words as the gazetteer's keys
 * do ("saoedi-arabie" is "saoedi arabie"). Only a word that begins a name is looked at further.
 */
function countryAt(written: readonly string[], units: NeutralUnits, i: number, gazetteer: Gazetteer): number {
  const { names, first } = countryNamesOf(gazetteer);
  if (!first.has(firstPart(written[i]!))) return 0;
  for (let n = COUNTRY_WORDS; n >= 1; n--) {
    const words = written.slice(i, i + n);
    if (words.length < n || words.some((w, k) => isBoundary(w) || units[i + k] !== undefined)) continue;
    if (n === 1 && (isFunctionWord(words[0]!) || NOT_COUNTRIES.has(words[0]!))) continue;
    if (names.has(words.map(key).join(' '))) return n;
  }
  return 0;
}

const key = (w: string) => (w.includes('-') ? w.replace(/-/g, ' ') : w);

/**
 * `key(word).split(' ')[0]` without building either: the word up to its first hyphen or space. Asked
 * of every word of a message, where the split's array and copy were a third of a long message's
 * first-look allocation (round 43).
 */
export function firstPart(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === HYPHEN || c === SPACE) return word.slice(0, k);
  }
  return word;
}

const HYPHEN = 0x2d;
const SPACE = 0x20;

/** A common first name that is no ordinary or function word of any language the lists know ("maria", not "roos" or "will"). */
function isPlainFirstName(word: string): boolean {
  return word.length >= 3 && isCommonFirstName(word) && !isAmbiguousFirstName(word) && !isDutchWordName(word) && !isFunctionWord(word);
}
