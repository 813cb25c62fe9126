/**
 * Places, from the shared gazetteer (src/geo: every Dutch municipality, town, village and named
 * neighbourhood, and cities abroad), with the anonymiser's own rules for names that could be
 * something else:
 * - a name that is also an ordinary word or very short ("Best", "Goes", "Ede") counts only when
 *   capitalised, and then after a place word ("in", "uit", "naar") or away from a sentence start;
 * - a function word ("Een" in Drenthe, "Van" in Turkey) or a typo without a place word before it
 *   never counts;
 * - a name that is also a common first name ("Sofia", "Marina") without a place word before it
 *   yields to a person name found there, but is still masked when nothing else claims it;
 * - a place inside an e-mail address, URL or handle is left to that detector.
 */
import { sharedGazetteer, type PlaceSpan } from '../../geo';
import { FUNCTION_WORDS, NON_PII_PROPER } from '../lexicons/commonWords';
import { isCommonFirstName, isOrdinaryWord } from '../lexicons/wordLists';
import { allMatches, fold, includesAny, isSpaceCode, lowerCase, mentionsAny, tokenize } from '../text';
import { RunMemo, activeMemo } from '../runMemo';
import { latinSpellings } from '../../geo/transliterate';
import { capitalsAreNoise } from './names';
import { CYRILLIC, NON_ASCII, hasAny } from '../textShape';
import type { Candidate } from '../types';
import { hasNonAscii } from '../../wideText';

/**
 * Place words the gazetteer's own list lacks: "in de buurt van", "gemeente", and the chat's other
 * languages ("em Lisboa", "na Gdańsk", Tagalog "sa Wassenaar", Indonesian "di", Moroccan "f"/"fi",
 * Levantine "b", Vietnamese "ở"), also with the English article ("in the Statenkwartier"); a postcode, which comes right before the place
 * in an address ("2950 Kapellen"); and a house number and comma ("Vaartstraat 7, Goes").
 */
const PLACE_CUE =
  /(?:(?:^|[^\p{L}])(?:in|uit|naar|te|bij|rond|vanuit|richting|omgeving|buurt\s+van|gemeente|regio|dorp|stad|wijk|woont|wonen|(?:station|centrum|gemeentehuis|stadhuis)\s+van|w|z|v|ve|do|în|din|la|в|з|у|aus|nach|à|from|to|near|lângă|langa|lîngă|kolo|koło|cerca\s+de|perto\s+de|près\s+de|pres\s+de|em|no|na|sa|di|fi|f|b|ở)(?:\s+the)?|(?:^|[^\d])(?:\d{4}\s?[A-Z]{2}|\d{4,6}|\d{2}-\d{3}|\d{3}\s\d{2})|\p{L}{3,}\s\d{1,4}(?:[a-zA-Z]|-[a-zA-Z\d]{1,3}|\s(?:bis|hs|huis|[a-zA-Z]))?,)\s+$/iu;

const EN_BEFORE = /(?:^|[^\p{L}])en\s+$/iu;
/**
 * "from Lagos via Milan", "van Sofia via Wenen naar": "via" after a route's first place is a place word
 * too; alone it is as often a person ("ik ken haar via Sofia").
 */
const ROUTE_VIA = /(?:^|[^\p{L}])(?:from|uit|van|vanuit|naar|to|z|din|iz|от)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+via\s+$/u;
/** The word joined to a place by a hyphen, and the compass words that make a district of it. */
const HYPHEN_TAIL = /^-(\p{L}+)/u;
const COMPASS = /^(?:noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|centrum)$/i;
/** A Dutch, Polish or five-digit postcode right before a word. */
const AFTER_POSTCODE = /(?:^|[^\d])(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{5}),?\s+$/;

/** Every word an ordinary word: "de haven", "Nice Day" read as words, not as places. */
function isOrdinaryPhrase(key: string): boolean {
  const words = key.split(/[\s-]+/);
  return words.length > 1 && words.every((w) => isOrdinaryWord(w));
}

function embedded(text: string, span: PlaceSpan): boolean {
  return /[@/.\d_#]/.test(text[span.start - 1] ?? ' ') || /^(?:[@_\d]|\.[\p{L}\d])/u.test(text.slice(span.end, span.end + 2));
}

/** Words of Spanish (and Portuguese) that Dutch lacks: in a message with two of them, "en" is "in". */
const IBERIAN_WORDS: ReadonlySet<string> = new Set(
  'que y el los las mi su con cuando pero para por una del esta estaba tengo trabajo casa tambien hermana hermano donde aqui llegue'.split(
    ' ',
  ),
);

/** The message has two words of a language's own: it is written in that language. */
function readsLanguage(text: string, own: ReadonlySet<string>): boolean {
  let hits = 0;
  for (const t of tokenize(text)) if (own.has(t.key) && ++hits >= 2) return true;
  return false;
}

/** Dutch words a message about someone in the Netherlands is written with. */
const DUTCH_WORDS: ReadonlySet<string> = new Set(
  'de het een en is dat die niet ook er bij met voor zijn haar hij ze ik uit naar ja nee maar wel daar hier zit werkt werken woont wonen laat'.split(
    ' ',
  ),
);

/** Right after a Dutch place word or a postcode. */
const DUTCH_PLACE_WORD = /(?:(?:^|[^\p{L}])(?:in|uit|naar|te|bij|vanuit)|(?:^|[^\d])\d{4}\s?[A-Z]{2},?)\s+$/u;

/**
 * "kweker uit America", "5966 NB America": a Dutch village whose name is spelt like another
 * language's name of a country or continent. Dutch writes that one otherwise ("Amerika"), so in a
 * Dutch message, written exactly as the village, after a place word or postcode, it is the village.
 * A province ("Zeeland") or a name Dutch spells the same ("Malta") stays public.
 */
function villageByDutchSpelling(text: string, span: PlaceSpan, name: string): boolean {
  return (
    span.dutch &&
    span.capitalised &&
    span.place.kind === 'town' &&
    name === span.place.name &&
    sharedGazetteer().province(name) === null &&
    DUTCH_PLACE_WORD.test(text.slice(Math.max(0, span.start - 12), span.start)) &&
    readsLanguage(text, DUTCH_WORDS)
  );
}

/**
 * "ik woon in lombok", "he lives in zuidoost": where someone lives, a Dutch place right after "in" is
 * that place in lower case too, even when it is a word as well (a chilli, a compass word).
 */
// Where someone lives, comes from or was born: "ik kom uit ede", "geboren in huizen".
const RESIDENCE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven|live|lives|lived|living)\s+(?:(?:nu|now|ook|also|daar|there)\s+)?in|(?:kom|komt|kwam|kwamen|komen|afkomstig)\s+(?:(?:oorspronkelijk|zelf|ook)\s+)?uit|(?:geboren|opgegroeid|born|raised)\s+in|(?:come|comes|came|am|is)\s+(?:originally\s+)?from)\s+$/iu;
/**
 * "uit hoorn", "in leiden called …", "pakketjes in lombok en ondiep": a place word with no article
 * after it. A noun that is also a place takes an article there ("uit de hoorn"), and a verb none
 * ("in leiden"), so right there a Dutch place in lower case is that place. "te" is left out: before
 * an infinitive it is no place word ("te halen").
 */
const BARE_PLACE_WORD = /(?:^|[^\p{L}])(?:in|uit|naar|vanuit)\s+$/iu;
/**
 * Words that do stand bare after those place words: in the phrases chat uses ("in brand", "uit eten",
 * "in heel Nederland", "in meer steden", "naar best vermogen", "werken in raam 14") and as plural
 * nouns ("inbreken in huizen", "handel in dieren").
 */
const BARE_WORD_READING: ReadonlySet<string> = new Set(
  'brand eten halen zetten heel meer best echt eind hout zand veld raam huizen dieren velden wilgen engelen hoeven meeuwen'.split(' '),
);
/** Parts of every town: where someone lives they name no one place. */
const EVERY_TOWN_HAS = /^(?:centrum|midden|dorp|stad|binnenstad|buitengebied|wijk|buurt)$/;

function candidate(text: string, span: PlaceSpan, noise: boolean, afterPlace: boolean, residence: boolean): Candidate | undefined {
  if (embedded(text, span) || span.functionWord) return undefined;
  if (span.typo && !span.cued) return undefined;
  const surface = text.slice(span.start, span.end);
  // "de haven", "het Engels": the words after an article decide.
  const name = surface.replace(/^(?:de|het|'t)\s+/i, '');
  const key = fold(name);
  if (NON_PII_PROPER.has(key) && !villageByDutchSpelling(text, span, name)) return undefined;
  // "hij woont in zuidoost, kraaiennest": after a residence cue, or in a list that one opened in lower case.
  if (span.dutch && !span.typo && name === surface && !EVERY_TOWN_HAS.test(key) && residence)
    return { type: 'PLAATS', start: span.start, end: span.end, tier: 2 };
  if (
    span.dutch &&
    !span.typo &&
    !span.capitalised &&
    name === surface &&
    !EVERY_TOWN_HAS.test(key) &&
    !BARE_WORD_READING.has(key) &&
    BARE_PLACE_WORD.test(text.slice(Math.max(0, span.start - 8), span.start)) &&
    sharedGazetteer().province(name) === null
  )
    return { type: 'PLAATS', start: span.start, end: span.end, tier: 2 };
  // "in den haag", "naar bergen op zoom": a town of several words after a place word is that town
  // even in lower case, although each of its words is an ordinary word.
  const townPhrase = span.cued && /[\s-]/.test(name) && span.dutch && span.place.kind !== 'neighbourhood' && !span.ordinaryWord;
  // "…, 2593 BT Den Haag": right after a postcode a capital says place even in Title Case text.
  // "in de Pijp": the article in lower case, the name after it capitalised.
  const capitalisedName = span.capitalised || (name !== surface && /^\p{Lu}/u.test(name));
  const capitalised = capitalisedName && (!noise || AFTER_POSTCODE.test(text.slice(Math.max(0, span.start - 12), span.start)));
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const cued = span.cued || afterPlace || PLACE_CUE.test(before) || ROUTE_VIA.test(text.slice(Math.max(0, span.start - 50), span.start));
  // Spanish and French "en" ("la casa de su hermana en Wassenaar") is Dutch "and": it cues only a
  // name that is no ordinary word, so "Jan en Best" stays.
  const enCued = !cued && EN_BEFORE.test(before);
  const single = !/[\s-]/.test(name);
  // The gazetteer's list of names that are also words is broader than the anonymiser's dictionary
  // ("oss", "wassenaar"): where a place word or a capital inside a sentence says place, a single
  // name the dictionary does not know is no ordinary word.
  const placeContext = cued || enCued || (capitalised && !span.sentenceStart);
  const wordByGazetteerOnly = span.ordinaryWord && single && !span.typo && placeContext && !isOrdinaryWord(key);
  const ordinary =
    (span.ordinaryWord && !wordByGazetteerOnly) || span.typo || (single && isOrdinaryWord(key)) || (isOrdinaryPhrase(key) && !townPhrase);
  // An ordinary word is a place only capitalised after a place word ("in Best", not "Best wel", "de Poolse Winkel");
  // a short name ("Ede") also in lower case after one.
  // "en Málaga", "la casa de su hermana en Wassenaar": in a Spanish message "en" is a place word like
  // "in"; a name written with accents its dictionary look-alike lacks is that word in no language.
  const iberianCued = enCued && capitalised && !span.sentenceStart && readsLanguage(text, IBERIAN_WORDS);
  const marked = capitalised && hasNonAscii(name) && single && !span.typo;
  // "me quitó el DNI": in lower case, a word with accents that the place's own name lacks is another word.
  if (!span.capitalised && single && hasNonAscii(name) && !hasNonAscii(span.place.name)) return undefined;
  if (ordinary && !(capitalised && (cued || iberianCued || (marked && placeContext)))) return undefined;
  // "pisz na …" (Polish "write"): a town abroad written in lower case counts only after a place word.
  if (!span.capitalised && !span.dutch && !cued && !enCued) return undefined;
  if (span.short && !ordinary && !(cued || enCued || (capitalised && !span.sentenceStart))) return undefined;
  if (!cued && !enCued && isCommonFirstName(key)) return { type: 'PLAATS', start: span.start, end: span.end, tier: 3 };
  return { type: 'PLAATS', start: span.start, end: span.end, tier: 2 };
}

/** Remembered for the run: each Cyrillic word is looked up in several Latin spellings. */
function isCyrillicPlace(word: string): boolean {
  const memo = activeMemo();
  return memo === undefined ? lookUpCyrillicPlace(word) : RunMemo.recall(memo.cyrillicPlaces, word, lookUpCyrillicPlace);
}

function lookUpCyrillicPlace(word: string): boolean {
  return latinSpellings(word).some((latin) => {
    const [span] = sharedGazetteer().findPlaces(latin, { typos: false });
    return span !== undefined && span.start === 0 && span.end === latin.length && !span.needsContext;
  });
}

/** Capitalised Cyrillic words that the gazetteer knows in Latin letters: "Харків", "Утрехт", "Пловдив". */
function findCyrillicPlaces(text: string, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(/(?<![\p{L}])\p{Lu}[\u0400-\u04ff]{2,}(?![\p{L}])/gu, text)) {
    if (taken.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue;
    const known = isCyrillicPlace(m[0]);
    if (known) out.push({ type: 'PLAATS', start: m.index, end: m.index + m[0].length, tier: 2 });
  }
  return out;
}

/**
 * "Den Haag'da", "Konya'dan", "Schiedam'dayım", "Amsterdam's": a case ending or possessive after an
 * apostrophe hides the place from the gazetteer, which reads the word as one; the word is the place
 * when the gazetteer knows the name before the apostrophe without needing context.
 */
const BEFORE_CASE_ENDING = /(?<![\p{L}\d])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)['’]\p{Ll}{1,6}(?![\p{L}])/gu;

function isPlainPlace(name: string): boolean {
  const [span] = sharedGazetteer().findPlaces(name, { typos: false });
  return span !== undefined && span.start === 0 && span.end === name.length && !span.needsContext;
}

function findPlacesBeforeCaseEnding(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(BEFORE_CASE_ENDING, text)) {
    const stem = m[1]!;
    const last = stem.slice(stem.lastIndexOf(' ') + 1);
    const start = isPlainPlace(stem) ? m.index : isPlainPlace(last) ? m.index + stem.length - last.length : -1;
    // The ending goes with the place: a name detector reads the whole word as one ("Konya'dan").
    if (start >= 0) out.push({ type: 'PLAATS', start, end: m.index + m[0].length, tier: 2 });
  }
  return out;
}

/**
 * "Rotterdamban", "Den Helder-ben", "Utrechtből": Hungarian writes a case ending onto the town's name (with a
 * hyphen after a name that ends in a consonant cluster or is foreign), which hides it from the gazetteer.
 * Only in a message with a letter only Hungarian (of the chat's languages) writes, or an accented vowel and
 * a hyphenated ending; the word is the place when the gazetteer knows the stem without needing context.
 */
const HUNGARIAN_LETTER = /[őűŐŰ]|\p{L}-(?:ben|ban|ből|ból|be|ba|re|ra|ről|ról|nél|nál|hez|hoz|höz|től|tól|ig|on|en|ön)(?![\p{L}])/u;
const HUNGARIAN_INFLECTED =
  /(?<![\p{L}\d])(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(-?)(ben|ban|ből|ból|be|ba|re|ra|ről|ról|nél|nál|hez|hoz|höz|től|tól|ig|on|en|ön)(?![\p{L}])/gu;
/** Without a hyphen only the endings no Dutch or English word ends in ("Kampen", "Bergen" stay themselves). */
const HUNGARIAN_BARE_ENDINGS: ReadonlySet<string> = new Set(['ben', 'ban', 'ből', 'ból', 'ről', 'ról', 'nél', 'nál', 'től', 'tól', 'höz']);

function findHungarianInflectedPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(HUNGARIAN_INFLECTED, text)) {
    if (m[2] === '' && !HUNGARIAN_BARE_ENDINGS.has(m[3]!)) continue;
    const stem = m[1]!;
    const last = stem.slice(stem.lastIndexOf(' ') + 1);
    const start = isPlainPlace(stem) ? m.index : isPlainPlace(last) ? m.index + stem.length - last.length : -1;
    if (start >= 0) out.push({ type: 'PLAATS', start, end: m.index + m[0].length, tier: 2 });
  }
  return out;
}

/**
 * "do Tilburga", "w Rotterdamie", "z Eindhovenu", "koło Bredy": Polish (and Czech, Slovak) put a
 * case ending on a town's name after a preposition, which hides it from the gazetteer. The word is
 * the place when, without the ending (or with "-a" for "-y": "Bredy"), the gazetteer knows it.
 */
export const INFLECTED_AFTER_PREPOSITION =
  /(?<![\p{L}])(?:w|we|do|z|ze|od|koło|kolo|pod|przy|v|ve|u|na)\s+(\p{Lu}[\p{L}-]+?)(u|a|ie|e|y|em|iem|ach|owi)(?![\p{L}])/gu;

const INFLECTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'w',
  'we',
  'do',
  'z',
  'ze',
  'od',
  'kolo',
  'pod',
  'przy',
  'v',
  've',
  'u',
  'na',
]);

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * False only where `INFLECTED_AFTER_PREPOSITION` cannot match: in ASCII text it needs one of its
 * prepositions as a whole run of letters, spaces after it and a capital. Text beyond ASCII ("koło",
 * accented or Cyrillic capitals) is left to the pattern.
 */
export function mayHoldInflectedPlace(text: string): boolean {
  if (hasAny(text, NON_ASCII)) return true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i - start > 4 || !isSpaceCode(text.charCodeAt(i))) continue;
    let next = i;
    while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
    const code = text.charCodeAt(next);
    // The capital first: most short words are followed by a lower-case one, and then need no string of their own.
    if (code >= 65 && code <= 90 && INFLECTING_PREPOSITIONS.has(text.slice(start, i))) return true;
  }
  return false;
}

function findInflectedPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayHoldInflectedPlace(text)) return out;
  for (const m of allMatches(INFLECTED_AFTER_PREPOSITION, text)) {
    const stem = m[1]!;
    const word = stem + m[2]!;
    if (stem.length < 3 || isPlainPlace(word)) continue;
    if (!isPlainPlace(stem) && !(m[2] === 'y' && isPlainPlace(`${stem}a`))) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ type: 'PLAATS', start, end: start + word.length, tier: 2 });
  }
  return out;
}

const AIRPORT_TAIL = /^\s(?:Airport|airport|Luchthaven|luchthaven)(?![\p{L}])/u;

/**
 * The short forms of the provinces written after a place name that several provinces have: with
 * brackets any of them, without only those no chat word is ("gld", "nh"; not "l", "ov" or "nb", which is "nota bene").
 */
const PROVINCE_TAIL =
  /^(?:\s?\((?:gld|gdl|ov|nh|zh|nb|n\.?b\.?|lb|l|li|ut|utr|fr|frl|gn|gr|dr|zl|z|fl|flev)\.?\)|\s(?:gld|gdl|nh|zh|utr|frl)(?![\p{L}\d.]))/iu;

/**
 * "in de wijk Dragonder", "het dorp Oud-Alblas", "the neighbourhood Bijlmer": a capitalised name
 * right after a word for a neighbourhood or village names it, also one the gazetteer lacks.
 */
const NEIGHBOURHOOD_NAMED =
  /(?<![\p{L}])(?:wijk|woonwijk|stadswijk|buurt|stadsdeel|dorp|dorpje|gehucht|kern|buurtschap|neighbourhood|neighborhood|district)\s+((?:(?:De|Het|'t)\s+)?\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*(?:\s+\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*)?)/gu;
const NEIGHBOURHOOD_WORDS: ReadonlySet<string> = new Set(
  'wijk woonwijk stadswijk buurt stadsdeel dorp dorpje gehucht kern buurtschap neighbourhood neighborhood district'.split(' '),
);

function findNamedNeighbourhoods(text: string): Candidate[] {
  if (capitalsAreNoise(tokenize(text))) return [];
  const out: Candidate[] = [];
  for (const m of allMatches(NEIGHBOURHOOD_NAMED, text)) {
    // "hij heet volgens de buurt Henkie": the neighbourhood as the people living there, who name someone.
    if (
      /(?:volgens|according\s+to)\s+(?:de|het|the)\s+$|(?:heet|heten|noemt|noemen|called|named)\b[^.!?]*$/iu.test(
        text.slice(Math.max(0, m.index - 40), m.index),
      )
    )
      continue;
    const keys = tokenize(m[1]!).map((t) => t.key);
    // "de wijk De Politie", "het dorp Nederland": a function word, a country or the like names no neighbourhood.
    const named = keys.filter((k) => !/^(?:de|het|'t)$/.test(k));
    if (named.length === 0 || named.some((k) => FUNCTION_WORDS.has(k) || NON_PII_PROPER.has(k))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: 'PLAATS', start, end: start + m[1]!.length, tier: 2 });
  }
  return out;
}

/**
 * Bonaire, Sint Eustatius and Saba ("uit Bonaire", "op Statia"): public bodies of the Netherlands,
 * each smaller than many a Dutch town, which the gazetteer lists with the countries. After a place
 * word they are places, as a municipality is. Curaçao, Aruba and Sint Maarten are countries of the
 * Kingdom and stay public like any country. "Saba" is a given name too: only after "op", which a
 * person does not follow.
 */
const CARIBBEAN_ISLAND =
  /(?<![\p{L}])(?:(?:op|in|uit|naar|van|from|on|to|na|em|no|sa)\s+(Bonaire|Sint[ -]Eustatius|Statia)|op\s+(Saba))(?![\p{L}])/giu;

/** The islands' names as `findCaribbeanIslands` needs one, and as words for a look-up in the lower-case message first. */
export const CARIBBEAN_GATE = /bonaire|eustatius|statia|saba/i;
export const CARIBBEAN_WORDS: readonly string[] = ['bonaire', 'eustatius', 'statia', 'saba'];

function findCaribbeanIslands(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(CARIBBEAN_ISLAND, text)) {
    const island = m[1] ?? m[2]!;
    if (!/^\p{Lu}/u.test(island)) continue;
    const start = m.index + m[0].length - island.length;
    out.push({ type: 'PLAATS', start, end: start + island.length, tier: 2 });
  }
  return out;
}

export function findPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A typo without a place word before it never counts here (see `candidate`): none is looked up.
  const spans = sharedGazetteer().findPlaces(text, { typos: 'cued', typoMemo: activeMemo()?.placeTypos });
  if (hasAny(text, CYRILLIC)) out.push(...findCyrillicPlaces(text, []));
  if (text.includes("'") || text.includes('’')) out.push(...findPlacesBeforeCaseEnding(text));
  // Both kinds of clue need a letter beyond ASCII or a hyphen: most messages have neither and skip the pattern.
  if ((hasAny(text, NON_ASCII) || text.includes('-')) && HUNGARIAN_LETTER.test(text)) out.push(...findHungarianInflectedPlaces(text));
  if (mentionsAny(text, NEIGHBOURHOOD_WORDS)) out.push(...findNamedNeighbourhoods(text));
  if (includesAny(lowerCase(text), CARIBBEAN_WORDS) && CARIBBEAN_GATE.test(text)) out.push(...findCaribbeanIslands(text));
  out.push(...findInflectedPlaces(text));
  if (spans.length === 0) return out;
  const noise = capitalsAreNoise(tokenize(text));
  const residenceFinds = new Set<Candidate>();
  for (const span of spans) {
    // "in Leiden en Buren", "naar Maasdijk, De Lier": a list goes on after a place.
    const last = out[out.length - 1];
    const afterPlace = last !== undefined && last.tier <= 2 && /^\s*(?:,|en|of|and|or|&|\/)\s*$/i.test(text.slice(last.end, span.start));
    // "in zuidoost, kraaiennest": a list that a residence cue opened goes on in lower case.
    const residence =
      RESIDENCE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) ||
      (afterPlace && residenceFinds.has(last) && !/\p{Lu}/u.test(text.slice(span.start, span.end)));
    const c = candidate(text, span, noise, afterPlace, residence);
    if (c && residence) residenceFinds.add(c);
    const tail = text.charCodeAt(span.end) === 45 ? HYPHEN_TAIL.exec(text.slice(span.end, span.end + 30)) : null;
    // "Noord-Brabant": a name that goes on into a province's name is part of the province, which identifies no one.
    if (c && tail !== null && sharedGazetteer().province(text.slice(span.start, span.end + tail[0].length)) !== null) continue;
    // "Woensel-West", "Amsterdam-Noord": a compass word joined to the place is part of its name; so is
    // a capitalised word ("Sint-Denijs-Westrem", "Budel-Dorplein"), which the gazetteer may lack.
    if (c && tail !== null && (COMPASS.test(tail[1]!) || /^\p{Lu}\p{Ll}/u.test(tail[1]!))) c.end = span.end + tail[0].length;
    // "Hengelo (Gld)", "hengelo gld", "Bergen NH": the province's short form that tells two places apart is part of the name.
    const province = c ? PROVINCE_TAIL.exec(text.slice(c.end, c.end + 8)) : null;
    if (c && province !== null) c.end += province[0].length;
    // "Eindhoven Airport", "Rotterdam airport": the airport a town names is a place as exact as the town.
    const airport = c ? AIRPORT_TAIL.exec(text.slice(c.end, c.end + 12)) : null;
    if (c && airport !== null) c.end += airport[0].length;
    if (c) {
      out.push(c);
      if (!span.typo) rememberPlaceKey(text.slice(span.start, span.end), span);
    }
  }
  return out;
}

/**
 * The comparison key of a place as written, for the pseudonymiser (normalise.ts `placeKey`): the
 * gazetteer has just read it here, so the run need not read it again.
 */
function rememberPlaceKey(surface: string, span: PlaceSpan): void {
  const memo = activeMemo();
  if (memo !== undefined && !memo.placeKeys.has(surface)) memo.placeKeys.set(surface, `${span.place.kind}|${span.place.name}`);
}

/** Offsets of the words that lie inside a confident place: the name detector leaves them alone. */
export function placeWordStarts(text: string, places: readonly Candidate[]): Set<number> {
  const starts = new Set<number>();
  for (const p of places) {
    if (p.tier > 2) continue;
    for (const m of allMatches(/[\p{L}\p{M}'’]+/gu, text.slice(p.start, p.end))) starts.add(p.start + m.index);
  }
  return starts;
}

/** True when a single word (as written) is a place the gazetteer knows exactly, not as a typo. */
export function isPlaceName(word: string): boolean {
  const [span] = sharedGazetteer().findPlaces(word, { typos: false });
  return span !== undefined && span.start === 0 && span.end === word.length && !span.functionWord;
}

/**
 * "bij Hofstraat 19 in Vlijmen", "Spoorlaan 3A, 8261 BT Kampen": capitalised words right after a
 * street address and "in" or "te", or right after a postcode, name the town, also a village the
 * gazetteer lacks or whose name is an ordinary word too; a function word, a month or a public name
 * there is none.
 */
const TOWN_AFTER_ADDRESS =
  /^(?:,?\s+(?:in|te)\s+|,?\s+)(\p{Lu}[\p{Ll}'’]+(?:[-\s]\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}[\p{Ll}'’]+)*)(?![\p{L}\d])/u;
/**
 * "dorpsstraat 7 in zevenbergen": in lower case, a word right after a street address and "in" or
 * "te" names the town when no dictionary knows it ("Kerkstraat 5 te koop", "in totaal" stay).
 */
const LOWER_TOWN_AFTER_ADDRESS = /^,?\s+(?:in|te)\s+(\p{Ll}[\p{Ll}'’]{2,}(?:-\p{Ll}[\p{Ll}'’]+)*)(?![\p{L}\d])/u;
const NOT_A_TOWN: ReadonlySet<string> = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december nederland holland belgie'.split(' '),
);

export function findPlacesAfterAddresses(text: string, addresses: readonly Candidate[], places: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of addresses) {
    if (a.tier > 2) continue;
    const after = text.slice(a.end, a.end + 60);
    const lower = LOWER_TOWN_AFTER_ADDRESS.exec(after);
    const m = lower !== null && !isOrdinaryWord(fold(lower[1]!)) ? lower : TOWN_AFTER_ADDRESS.exec(after);
    if (m === null) continue;
    // Only a postcode is followed by its town without "in" or "te".
    if (!/\s(?:in|te)\s/.test(m[0]) && a.type !== 'POSTCODE') continue;
    const start = a.end + m[0].length - m[1]!.length;
    const end = a.end + m[0].length;
    if (places.some((p) => p.start < end && start < p.end)) continue;
    const keys = tokenize(m[1]!).map((t) => t.key);
    if (keys.some((k) => FUNCTION_WORDS.has(k) || NOT_A_TOWN.has(k)) || NON_PII_PROPER.has(keys.join(' '))) continue;
    out.push({ type: 'PLAATS', start, end, tier: 2 });
  }
  return out;
}
