/**
 * Licence plates of the Netherlands (sidecodes 1 to 14) and of the countries whose vans and cars
 * matter here: Poland, Romania, Bulgaria, Germany, Belgium, Lithuania, Ukraine, Moldova, France,
 * the UK, Spain, Italy, Hungary, Czechia, Turkey. A shape that is distinctive on its own (dashes in
 * the right places, letters-digits-letters in capitals) counts by itself; a shape that could be
 * anything ("WA 12345", "ABC-123") needs a vehicle word nearby, in the chat's languages.
 */
import type { Candidate } from '../types';
import { isFunctionWord } from '../lexicons/wordLists';
import { allMatches, fold, hasDigit, mentionsAny, testText } from '../text';
import { CAPITAL_NEAR_DIGIT, hasAny } from '../textShape';

const NL_SIDECODES = [
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

function shape(code: string, separator: string): string {
  return code
    .split('-')
    .map((group) => group.replace(/L+/g, (l) => `[A-Z]{${l.length}}`).replace(/9+/g, (d) => `\\d{${d.length}}`))
    .join(separator);
}

const NL_DASHED = new RegExp(`(?<![\\p{L}\\d-])(?:${NL_SIDECODES.map((c) => shape(c, '[-\\s]')).join('|')})(?![\\p{L}\\d-])`, 'giu');
// Sidecode 2 without dashes ("1234AB") is a postcode; it needs a cue.
const NL_COMPACT = new RegExp(`(?<![\\p{L}\\d-])(?:${NL_SIDECODES.map((c) => shape(c, '')).join('|')})(?![\\p{L}\\d-])`, 'giu');

/** Foreign formats. `alone`: distinctive enough in capitals without a vehicle word. */
const FOREIGN: { pattern: RegExp; alone: boolean }[] = [
  // Belgium 1-ABC-123 (also 1ABC123); France AB-123-CD; Germany B-AB 1234, KLE-AB 12
  { pattern: /\d-[A-Z]{3}-\d{3}/, alone: true },
  { pattern: /[1-9][A-Z]{3}\d{3}/, alone: true },
  { pattern: /[A-Z]{2}-\d{3}-[A-Z]{2}/, alone: true },
  { pattern: /[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?/, alone: true },
  // Romania with dashes, as people type it: B-123-ABC, CJ-12-XYZ
  { pattern: /[A-Z]{1,2}-\d{2,3}-[A-Z]{3}/, alone: true },
  // Romania B 123 ABC, CJ 12 XYZ; Bulgaria and Ukraine CA 1234 AB; Italy AB 123 CD; Moldova C 234 MD
  { pattern: /[A-Z]{1,2}\s\d{2,3}\s[A-Z]{3}/, alone: true },
  { pattern: /[A-Z]{1,2}\s?\d{4}\s?[A-Z]{2}/, alone: true },
  { pattern: /[A-Z]{2}\s\d{3}\s[A-Z]{2}/, alone: true },
  { pattern: /[A-Z]\s\d{3}\s[A-Z]{2}/, alone: false },
  // UK LB07 SEO
  { pattern: /[A-Z]{2}\d{2}\s?[A-Z]{3}/, alone: true },
  // Poland WA 12345, KR 4N567, PO 5SJ22, DW 1234A, WE 7H218; Germany HH XY 789
  { pattern: /[A-Z]{2,3}\s(?=[A-Z\d]*\d)[A-Z\d]{4,5}/, alone: false },
  // Poland without the space: WA12345, KR4N567
  { pattern: /[A-Z]{2,3}(?=[A-Z\d]*\d)[A-Z\d]{4,5}/, alone: false },
  { pattern: /[A-Z]{1,3}\s[A-Z]{1,2}\s\d{1,4}/, alone: false },
  // Lithuania, Hungary, Moldova ABC 123, ABC-123; Spain 1234 BCD; Czechia 1A2 3456; Turkey 34 ABC 123
  { pattern: /[A-Z]{3}[\s-]?\d{3}/, alone: false },
  { pattern: /\d{4}\s?[B-DF-HJ-NP-TV-Z]{3}/, alone: false },
  // Czechia 1A2 3456 and the newer 1AB 2345; Slovakia BA-123XY, BA 123XY (dashed: alone)
  { pattern: /\d[A-Z][A-Z\d]\s?\d{4}/, alone: false },
  { pattern: /[A-Z]{2}-\d{3}[A-Z]{2}/, alone: true },
  { pattern: /[A-Z]{2}\s?\d{3}[A-Z]{2}/, alone: false },
  // Hungary since 2022: AA AA-123
  { pattern: /[A-Z]{2}\s[A-Z]{2}-\d{3}/, alone: false },
  { pattern: /\d{2}\s[A-Z]{1,3}\s\d{2,4}/, alone: false },
  // Serbia, Montenegro, Bosnia BG 123-AB, PG 1234-CD
  { pattern: /[A-Z]{2}\s\d{3,4}-[A-Z]{2}/, alone: false },
];
/** A car make written in capitals opens no plate: in "een BMW BV 12 CMU" the plate starts after it. */
const MAKE_BEFORE = '(?!(?:BMW|VW|DAF|MAN|KIA|GMC|MG|BYD|AMG|GTI|SUV)\\s)';
const FOREIGN_ANY = new RegExp(
  `(?<![\\p{L}\\d-])${MAKE_BEFORE}(?:${FOREIGN.map((f) => f.pattern.source).join('|')})(?![\\p{L}\\d-])`,
  'gu',
);
const FOREIGN_ALONE = FOREIGN.filter((f) => f.alone).map((f) => new RegExp(`^(?:${f.pattern.source})$`, 'u'));
/** The dashed shapes in any case ("2-xyz-987", "cj-12-xyz"): only beside a vehicle word. */
const FOREIGN_DASHED_ANY_CASE = new RegExp(
  '(?<![\\p{L}\\d-])(?:\\d-[A-Z]{3}-\\d{3}|[A-Z]{2}-\\d{3}-[A-Z]{2}|[A-Z]{1,2}-\\d{2,3}-[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2}\\s?\\d{1,4})(?![\\p{L}\\d-])',
  'giu',
);

/** Any foreign shape in any case ("b 123 abc", "waw 1234a"): only right after a word for a plate itself. */
const FOREIGN_ANY_CASE = new RegExp(FOREIGN_ANY.source, 'giu');
/** Words for the plate itself, not just a vehicle: the number after them is a plate whatever its case. */
const PLATE_WORD =
  /(?<![\p{L}])(?:kenteken\p{L}*|nummerbord(?:en)?|nummerplaat|nummerplaten|platen|licen[cs]e\s+plates?|plates?|registration|reg|rejestracj\p{L}*|tablic\p{L}*|(?:num[aă]r(?:ul)?\s+de\s+)?[îi]nmatricul\p{L}*|kennzeichen|nummernschild|регистрационен\s+номер|номер\p{L}*|immatriculation|matr[ií]cula|targa|plaka|rendszám\p{L}*|špz|spz|ečv|ecv)[\s:.]*(?:(?:is|was|were|are|zijn|waren|van|de|het|met|nr\.?|nummer|number)\s+){0,2}$/iu;

/** A word for a plate anywhere before: the message is about plates. */
const PLATE_WORD_ANYWHERE =
  /(?<![\p{L}])(?:kenteken\p{L}*|nummerbord(?:en)?|nummerplaat|nummerplaten|platen|licen[cs]e\s+plate|plates?|rejestracj\p{L}*|tablic\p{L}*|[îi]nmatricul\p{L}*|kennzeichen|nummernschild|immatriculation|matr[ií]cula|targa|plaka|rendszám\p{L}*|špz|spz|ečv|ecv)(?![\p{L}])/iu;

/** Vehicle words (trailers too: "de oplegger heeft OT 52 GH") in Dutch, English, Polish, Romanian, Bulgarian, Ukrainian, German, French, Turkish ("arabası", "plakalı") and brands, also plural ("busjes"). */
const VEHICLE =
  /(?<![\p{L}])(?:kenteken\w*|nummerbord|nummerplaat|plaat|auto'?s?|busje|bus|bestelbus|wagen|vrachtwagen|vrachtauto|oplegger|aanhanger|aanhangwagen|trailer|minibus|koelwagen|bakwagen|pick-?up|scooter|brommer|licen[cs]e(?:\s+plate)?|plates?|reg(?:istration)?|car|truck|rijdt|reed|rijden|drives?|drove|driving|rejestracj\w*|tablic\w*|numer\w*|mașin\w*|masin\w*|număr\w*|numar\w*|номер\w*|колата|кола|машин\w*|kolata|kolite|kola|mashin\w*|mashyn\w*|avtomobil\w*|автомобіл\w*|bestelwagen|bestelauto|taxi|camper|autobuz\w*|microbuz\w*|dub[aă]?|camion\w*|samoch[oó]d\w*|furgonetk\w*|busem|busa|busie|бус\w*|камион\w*|автобус\w*|мікроавтобус\w*|вантажівк\w*|lkw|wagen|transporter|busz|autó|auto|kennzeichen|nummernschild|immatriculation|matrícula|matricula|targa|plaka\p{L}*|araba\p{L}*|araç\p{L}*|rendszám\p{L}*|autój\p{L}*|kocsi\p{L}*|špz|spz|ečv|ecv|dodávk\p{L}*|dodavk\p{L}*|furgon\p{L}*|kisbusz\p{L}*|teherautó\p{L}*|autem|autom|auta|bmw|audi|mercedes|volkswagen|vw|golf|opel|ford|toyota|dacia|logan|sprinter|transit|skoda|renault|peugeot|citroen|fiat|seat|kia|hyundai|volvo|iveco|transporter|coche|carro|furgoneta|camioneta|furgão|furgao|macchina|furgone|voiture|camionnette|fourgon)(?:s|'s|en)?(?![\p{L}])/iu;

/** Countries' adjectives, Dutch with and without "-e", and English. */
const COUNTRY_ADJECTIVES =
  'poolse? roemeense? bulgaarse? duitse? belgische? litouwse? letse? oekraïense? oekraiense? hongaarse? slowaakse? tsjechische? franse? spaanse? portugese? italiaanse? turkse? engelse? britse? polish romanian bulgarian german belgian lithuanian ukrainian hungarian slovak slovakian czech french spanish italian turkish'.split(
    ' ',
  );
/** "een poolse WX 52981", "a Romanian B 417 FLR": a country's adjective right before a plate speaks of the car. */
const COUNTRY_ADJECTIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${COUNTRY_ADJECTIVES.join('|')})\\s+$`, 'iu');
/** The same adjectives as words (folded), for `mentionsAny`: a lower-case plate after a country's vehicle needs one. */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRY_ADJECTIVES.flatMap((a) => (a.endsWith('e?') ? [a.slice(0, -2), a.slice(0, -1)] : [a])).map((a) => fold(a)),
);

/**
 * "een poolse bus, wgm 4k21", "a lithuanian van khn 482", "roemeense nummers b 123 abc": a country's
 * adjective and a vehicle or the word for its numbers right before a plate's shape in lower case say whose
 * plate it is. "van" counts here: after a country's adjective it is the English vehicle, not Dutch "of".
 */
const COUNTRY_VEHICLE_BEFORE = new RegExp(
  `${COUNTRY_ADJECTIVE_BEFORE.source.replace(/\$$/, '')}(?:[\\p{L}]+\\s+)?(?:bus|busje|auto|wagen|van|car|truck|nummers|numbers|plates?|platen|sprinter|transit|bestelbus)[\\s,:]*(?:(?:is|was|met|with|had|has)\\s+)?$`,
  'iu',
);

/** Bulgaria and Ukraine: region code, four digits, series, all in the letters Cyrillic shares with Latin. */
const CYRILLIC_LATIN_PLATE = /^[ABCEHIKMOPTXY]{1,2}\s?\d{4}\s?[ABCEHIKMOPTXY]{2}$/;

/** "kenteken 12 en 13", "plaka 34 ve 35": in lower case with spaces, a letter group that is a function word makes words and numbers (Dutch plates have no vowels). */
function readsAsWords(s: string): boolean {
  if (s === s.toUpperCase() || !/\s/.test(s)) return false;
  const groups = s.split(/[-\s]+/);
  // "po 7h2k9": a group of letters and digits makes a code.
  if (groups.some((g) => mixesLettersAndDigits(g))) return false;
  // "kenteken was tk 208 n": a word the plate word's phrase takes ("was", "is", "met") opens no plate.
  if (PHRASE_WORDS.has(fold(groups[0]!))) return true;
  // "ca 4821 kp": a letter group without a vowel is no word, so the group that is one is a region's code.
  if (groups.some((g) => /^\p{L}{2,}$/u.test(g) && !/[aeiouy]/i.test(g))) return false;
  return groups.some((g) => /^\p{L}{2,}$/u.test(g) && isWordLike(g));
}

/** The words `PLATE_WORD` lets stand between the plate word and the plate. */
const PHRASE_WORDS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'zijn',
  'waren',
  'van',
  'de',
  'het',
  'met',
  'nr',
  'nummer',
  'number',
]);

function isWordLike(g: string): boolean {
  return /[aeiouy]/i.test(g) && isFunctionWord(fold(g));
}

function mixesLettersAndDigits(s: string): boolean {
  return /\d/.test(s) && /\p{L}/u.test(s);
}

/** A vehicle word within 50 characters before, or 30 after, in the same sentence; or a country's adjective right before. */
function vehicleNearby(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  if (COUNTRY_ADJECTIVE_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 30);
  return VEHICLE.test(before.slice(before.search(/[^.!?\n]*$/))) || VEHICLE.test(after.split(/[.!?\n]/)[0]!);
}

/**
 * Cheap tests, one per pattern below, without which that pattern finds nothing it keeps: every
 * shape puts a letter group right beside a digit group, at most a dash or a space between. Under
 * the `i` and `u` flags [A-Z] also matches the long s and the Kelvin sign.
 */
const LETTER = '[A-Za-z\\u017f\\u212a]';
/** Dashed, or spaced in capitals (a spaced match in lower case is dropped). */
const MAY_HOLD_NL_DASHED = new RegExp(
  `${LETTER}-\\d|\\d-${LETTER}|${LETTER}[^\\S ]\\d|\\d[^\\S ]${LETTER}|[A-Z\\u212a] \\d|\\d [A-Z\\u212a]`,
  'u',
);
const SPACED_ANY_CASE = /[A-Za-z] \d|\d [A-Za-z]/;
const MAY_HOLD_NL_COMPACT = new RegExp(`${LETTER}\\d|\\d${LETTER}`, 'u');
const MAY_HOLD_FOREIGN_DASHED = new RegExp(`${LETTER}-\\d|\\d-${LETTER}|${LETTER}-${LETTER}{1,2}\\s?\\d`, 'u');
const MAY_HOLD_ANY_CASE = new RegExp(`${LETTER}[\\s-]?\\d|\\d[\\s-]?${LETTER}`, 'u');
/** The words of `PLATE_WORD`, anywhere: a plate in lower case needs one before it. */
const MAY_HOLD_PLATE_WORD =
  /kenteken|nummerbord|nummerplaat|plate|reg|rejestracj|tablic|nmatricul|kennzeichen|nummernschild|номер|immatriculation|matr[ií]cula|targa|plaka|rendszám|špz|spz|ečv|ecv/iu;
const MAY_HOLD_FOREIGN = /[A-Z][\s-]?\d|\d[\s-]?[A-Z]/;

/**
 * "kenteken begint met VZ-7...", "i saw part of plate, VBN-3 something": what a witness saw of a plate
 * is a plate too. Only the start of one (a letter group and the digits after it, or digits and letters),
 * in capitals, right after words that say it is a part, in a sentence that names the plate itself.
 */
const PART_CUE =
  /(?<![\p{L}])(?:begint\s+met|begon\s+met|beginnend\s+met|eindigt\s+(?:op|met)|eindigde\s+op|start(?:s|ed|ing)?\s+with|beginn?(?:s|ing)\s+with|end(?:s|ed|ing)?\s+(?:with|in)|part\s+of|deel\s+van|stuk(?:je)?\s+van)(?![\p{L}])/iu;
const PART_CUE_WORDS: ReadonlySet<string> = new Set(
  'begint begon beginnend eindigt eindigde start starts started starting begins beginning end ends ended ending part deel stuk stukje'.split(
    ' ',
  ),
);
const PARTIAL_PLATE = /(?<![\p{L}\d-])(?:[A-Z]{1,3}-?\d{1,3}|\d{1,3}-?[A-Z]{1,3})(?![\p{L}\d]|-[\p{L}\d])/gu;

function findPartialPlates(text: string, out: Candidate[]): void {
  if (!mentionsAny(text, PART_CUE_WORDS)) return;
  for (const m of allMatches(PARTIAL_PLATE, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const sentence = text.slice(0, start).slice(text.slice(0, start).search(/[^.!?\n]*$/));
    // The words for a part within the few words before it, and the plate itself named in the sentence
    // ("de bus begint met A2" is a bus's route): a vehicle word alone does not say the letters are its plate.
    if (!PART_CUE.test(sentence.slice(-25))) continue;
    if (!PLATE_WORD_ANYWHERE.test(sentence) && !PLATE_WORD_ANYWHERE.test(text.slice(end, end + 40).split(/[.!?\n]/)[0]!)) continue;
    out.push({ type: 'KENTEKEN', start, end, tier: 1 });
  }
}

/** `FOREIGN_ANY_CASE` anchored where it is put: the shape that starts right after a phrase word. */
const FOREIGN_ANY_CASE_AT = new RegExp(FOREIGN_ANY.source, 'iuy');

/**
 * "his plate is b 123 abc", "the plate was ab 123 cd": the phrase's own word ("is", "was") fits a
 * shape's first letter group ("is b 123"), and the match it makes would swallow the plate's start.
 * Such a match is read again from its second group; any other match stays as it is.
 */
function pastPhraseWord(text: string, m: RegExpExecArray): RegExpExecArray | undefined {
  const lead = /^(\p{L}+)\s+/u.exec(m[0]);
  if (lead === null || !PHRASE_WORDS.has(fold(lead[1]!))) return m;
  FOREIGN_ANY_CASE_AT.lastIndex = m.index + lead[0].length;
  return FOREIGN_ANY_CASE_AT.exec(text) ?? undefined;
}

/**
 * "truck bv 29 cxm", "de bus wx 4k21": a vehicle named right before a lower-case shape, with nothing
 * but a comma or colon between, speaks of its plate, when the shape reads as a code and not as words:
 * its letter groups without a vowel, one of two letters or more. "de bus om 10 uur" stays words.
 */
const VEHICLE_RIGHT_BEFORE_LIST = 'truck trucks bus busje auto car camion vrachtwagen bestelbus trailer oplegger sprinter transit';
const VEHICLE_RIGHT_BEFORE_WORDS: ReadonlySet<string> = new Set(VEHICLE_RIGHT_BEFORE_LIST.split(' '));
const VEHICLE_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VEHICLE_RIGHT_BEFORE_LIST.replace(/ /g, '|')})[\\s,:]+$`, 'iu');

function readsAsCode(s: string): boolean {
  const letterGroups = s.split(/[-\s]+/).filter((g) => /^\p{L}+$/u.test(g));
  // "English car, reg LB07 SEO": a group with a vowel may be the sentence's word, so every letter group must be vowel-less.
  return letterGroups.some((g) => g.length >= 2) && letterGroups.every((g) => !/[aeiouy]/i.test(g));
}

/**
 * "PB 4??? KM", "kenteken 12-AB-??", "vb-**-42": what a witness could not read of a plate, typed as
 * question marks or stars, stands in its place. Groups of letters, digits and such marks, joined by a
 * dash or a space, with marks in them and letters and digits beside them, in a sentence that names a
 * plate or a vehicle.
 */
const MASKED_GROUP = '(?:[A-Za-z\\d]{1,4}[?*]{0,4}|[?*]{1,4}[A-Za-z\\d]{0,3})';
const MASKED_PLATE = new RegExp(`(?<![\\p{L}\\d?*-])${MASKED_GROUP}(?:[-\\s]${MASKED_GROUP}){1,2}(?![\\p{L}\\d?*]|-[\\p{L}\\d?*])`, 'gu');

function findMaskedPlates(text: string, out: Candidate[]): void {
  if (!/[A-Za-z\d][?*]|[?*][-\s]?[A-Za-z\d]/.test(text)) return;
  for (const m of allMatches(MASKED_PLATE, text)) {
    const start = m.index;
    // "4??-XL erop": a lower-case word after a space is the sentence going on, not a group of the plate.
    const plate = m[0].replace(/(?:\s[a-z]+)+$/, '');
    const end = start + plate.length;
    if (!/[?*]/.test(plate) || !mixesLettersAndDigits(plate.replace(/[?*\s-]/g, ''))) continue;
    // "do i call 112 or you?": with spaces between groups only capitals and digits make a plate, and one
    // question mark at the end closes a question.
    if (/\s/.test(plate) && /\p{Ll}/u.test(plate)) continue;
    if (/[^?*]\?$/.test(plate)) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const sentenceStart = text.slice(0, start).search(/[^.!?\n]*$/);
    const sentence = text.slice(sentenceStart, start) + ' ' + text.slice(end).split(/[.!\n]/)[0]!;
    if (!PLATE_WORD_ANYWHERE.test(sentence) && !VEHICLE.test(sentence)) continue;
    out.push({ type: 'KENTEKEN', start, end, tier: 1 });
  }
}

export function findPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  const plateWord = testText(MAY_HOLD_PLATE_WORD, text);
  const vehicleWord = mentionsAny(text, VEHICLE_RIGHT_BEFORE_WORDS);
  // "kenteken vb-**-42": marks between the letters and the digits leave no letter beside a digit.
  if (!testText(MAY_HOLD_ANY_CASE, text)) {
    if (plateWord || vehicleWord) findMaskedPlates(text, out);
    return out;
  }
  // "kenteken gx 471 b": spaced in lower case only after a word for the plate.
  if (testText(MAY_HOLD_NL_DASHED, text) || (plateWord && SPACED_ANY_CASE.test(text)))
    for (const m of allMatches(NL_DASHED, text)) {
      if (!mixesLettersAndDigits(m[0])) continue;
      // With spaces between groups it reads like words and numbers ("15 en 16"): capitals and a cue only.
      const spaced = m[0].includes(' ');
      // Right after "kenteken" even "gz 123 k" is one, whatever its case.
      const named = spaced && PLATE_WORD.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (spaced && !named && (m[0] !== m[0].toUpperCase() || !vehicleNearby(text, m.index, m.index + m[0].length))) continue;
      if (spaced && readsAsWords(m[0])) continue;
      out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  if (testText(MAY_HOLD_NL_COMPACT, text))
    for (const m of allMatches(NL_COMPACT, text)) {
      const cued = vehicleNearby(text, m.index, m.index + m[0].length);
      const capitals = m[0] === m[0].toUpperCase();
      const postcodeShape = /^\d{4}[A-Z]{2}$/i.test(m[0]);
      if (!mixesLettersAndDigits(m[0]) || !(cued || (capitals && !postcodeShape))) continue;
      out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: cued ? 1 : 2 });
    }
  if (testText(MAY_HOLD_FOREIGN_DASHED, text))
    for (const m of allMatches(FOREIGN_DASHED_ANY_CASE, text)) {
      if (m[0] === m[0].toUpperCase() || !mixesLettersAndDigits(m[0])) continue;
      if (vehicleNearby(text, m.index, m.index + m[0].length))
        out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  const countryWord = !plateWord && mentionsAny(text, COUNTRY_WORDS);
  if (plateWord || countryWord || vehicleWord)
    for (const found of allMatches(FOREIGN_ANY_CASE, text)) {
      const m = pastPhraseWord(text, found);
      if (m === undefined) continue;
      if (m[0] === m[0].toUpperCase() || !mixesLettersAndDigits(m[0]) || readsAsWords(m[0])) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (
        (plateWord && PLATE_WORD.test(before)) ||
        COUNTRY_VEHICLE_BEFORE.test(before) ||
        (vehicleWord && VEHICLE_RIGHT_BEFORE.test(before) && readsAsCode(m[0]))
      )
        out.push({ type: 'KENTEKEN', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  // Foreign plates are written in capitals; the less distinctive shapes need a vehicle word too.
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && testText(MAY_HOLD_FOREIGN, text))
    for (const m of allMatches(FOREIGN_ANY, text)) {
      const plate = m[0];
      if (!mixesLettersAndDigits(plate)) continue;
      // "kenteken GZ123K, en eentje met 34 ABC 123": a message about plates goes on about them.
      const cued = vehicleNearby(text, m.index, m.index + plate.length) || PLATE_WORD_ANYWHERE.test(text.slice(0, m.index));
      if (!cued && !FOREIGN_ALONE.some((p) => p.test(plate))) continue;
      // "PB 8812 MK": Bulgarian and Ukrainian plates use only letters that Cyrillic shares with Latin;
      // so shaped, the digits and letters after the region code are no Dutch postcode.
      const cyrillicShape = CYRILLIC_LATIN_PLATE.test(plate);
      out.push({ type: 'KENTEKEN', start: m.index, end: m.index + plate.length, tier: cued || cyrillicShape ? 1 : 2 });
    }
  findPartialPlates(text, out);
  if (plateWord || vehicleWord) findMaskedPlates(text, out);
  return out;
}
