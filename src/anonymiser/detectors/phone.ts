/**
 * Phone numbers. A loose pattern finds digit runs with the separators people type; libphonenumber-js
 * decides which groups form a valid number. Its own text finder reads ", 0031…" after a number as an
 * extension, so it is not used on chat text.
 */
import { parsePhone } from '../phoneParse';
import { BSN_CUE } from './numbers';
import { digitRuns } from '../digitRuns';
import { allMatches, countDigits, fold, hasDigit, matchSpans, tokenize, testText } from '../text';
import type { Candidate } from '../types';

// En and em dashes too: phones and word processors turn "06 - 29" into "06 – 29".
const RUN = /(?<![\w+@/.,-])(?:\+|00)?\(?\d[\d\s().\/\-–—]*\d(?![\w])/g;
const GROUP = /\+?\(?\d+\)?/g;
// "numer telefonu", "numărul meu de telefon", "mi móvil", "mein Handy": the words for a phone in the chat's languages, and an owner after them.
const CUE =
  /(?<![\p{L}])(?:bel|tel|telefoon|telefoonnummer|nummer|nr|mobiel|gsm|app|whatsapp|sms|call|phone|number|bereiken|bereikbaar|op|numer|numărul|numarul|номер|номерът|telefon|telefonu|telefonul|telefonului|telefonem|kom[oó]rk\p{L}*|mobile|mobil|handy|handynummer|m[oó]vil|celular|cellulare|portable|t[ée]l[ée]phone|telephone|numaram|numarası|numarasi|телефон\p{L}*|тел)(?:\s+(?:meu|mea|mój|moj|my|mijn|m'n|haar|zijn|his|her|de\s+telefon|telefonu|telefonului|me|mij|him|hem|us|ons))?(?:\s+(?:is|was|nummer|number|este|to|е|es|ist|est|é|on|at))?[\s.:]*$/iu;

function digitCount(s: string): number {
  return countDigits(s);
}

/** 0: no phone number; 1: a phone number; 2: likely one, which an account number after an account word outranks. */
type Validity = 0 | 1 | 2;
const NATIONAL_WITH_SLASH = /^0\d{2,4}\/\d[\d\s-]*$/;
const NATIONAL_GROUPED = /^0\d*(?:[\s/-]+\d+){2,}$/;
/** "07911 123456" (Britain), "0532 4182763" (Turkey): a national number in two groups, the first of four or five digits. */
const NATIONAL_IN_TWO = /^0\d{3,4}[\s-]\d{6,7}$/;
const SLASH_GROUPED = /^0\d{1,3}(?:\/\d{2,4}){4,}$/;

function judgePhone(raw: string): Validity {
  // Dialable numbers start with 0, 00 or +; bare digit strings are BSN, KvK or amounts.
  // A slash only after an area code ("0887/234 567"): else it is a date or a fraction.
  // "06/51/37/20/89": four slashes or more between groups of digits are separators, as spaces are.
  if (!dialable(raw, 0)) return 0;
  const slashGrouped = SLASH_GROUPED.test(raw);
  const slash = raw.includes('/') && !slashGrouped;
  if (slash && !NATIONAL_WITH_SLASH.test(raw)) return 0;
  const cleaned = (slashGrouped ? raw.replace(/\//g, ' ') : raw).replace(/\(0\)/g, '').replace(/[–—]/g, '-');
  const digits = digitCount(cleaned);
  if (digits < 8 || digits > 15) return 0;
  // Typos, incomplete Dutch mobiles and foreign numbers outside the metadata still identify someone;
  // so does another country's number in its national form, ten or eleven digits after a 0 in the
  // groups people type ("0887/234 567" in Bulgaria, "0 532 418 2763" in Turkey). Such a number is
  // one whatever libphonenumber says, so it is asked only about the others.
  if ((cleaned.startsWith('06') && digits >= 9 && digits <= 11) || (/^(?:\+|00)/.test(cleaned) && digits >= 10)) return 1;
  if (!slash && parsePhone(cleaned)?.isValid()) return 1;
  // An old Dutch account number has the same shape ("0417 1643 00"): after an account word it wins.
  return (digits === 10 || digits === 11) && (NATIONAL_GROUPED.test(cleaned) || NATIONAL_IN_TWO.test(cleaned)) ? 2 : 0;
}

/** `raw` from `at` opens as a dialable number: "+", "0" or "(0". */
function dialable(raw: string, at: number): boolean {
  const code = raw.charCodeAt(at);
  return code === 43 || code === 48 || (code === 40 && raw.charCodeAt(at + 1) === 48);
}

/** Splits a digit run into the longest valid numbers from left to right. */
function splitRun(runStart: number, run: string, out: Candidate[], cued: boolean): void {
  const groups = matchSpans(GROUP, run);
  let i = 0;
  while (i < groups.length) {
    let found = -1;
    let tier: Validity = 1;
    // Every number read from group i opens as that group does: one that is not dialable is none.
    const from = dialable(run, groups[i]!.start) ? Math.min(groups.length - 1, i + 12) : i - 1;
    for (let j = from; j >= i; j--) {
      const candidate = run.slice(groups[i]!.start, groups[j]!.end);
      const judged = judgePhone(candidate);
      if (judged !== 0) {
        found = j;
        tier = judged;
        break;
      }
    }
    if (found >= 0) {
      out.push({ type: 'TELEFOON', start: runStart + groups[i]!.start, end: runStart + groups[found]!.end, tier: tier === 2 ? 2 : 1 });
      i = found + 1;
    } else {
      i++;
    }
  }
  // After "bel" or "nummer", a long digit run that no country accepts is still most likely a number.
  if (cued && !out.some((c) => c.start >= runStart && c.end <= runStart + run.length)) {
    const digits = digitCount(run);
    if (digits >= 9 && digits <= 14 && !/[\/]/.test(run)) {
      out.push({ type: 'TELEFOON', start: runStart, end: runStart + run.length, tier: 3 });
    }
  }
}

/**
 * Digits as words in the other languages of the chat (Polish, Romanian, Spanish, Portuguese, French,
 * German, Turkish, Bulgarian and Ukrainian in Latin letters), folded: "zero sześć jeden …" is a number too.
 */
const FOREIGN_DIGITS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'zero jeden dwa trzy cztery piec szesc siedem osiem dziewiec',
      'zero unu doi trei patru cinci sase sapte opt noua',
      'cero uno dos tres cuatro cinco seis siete ocho nueve',
      'zero um dois tres quatro cinco seis sete oito nove',
      'zero un deux trois quatre cinq six sept huit neuf',
      'null eins zwei drei vier funf sechs sieben acht neun',
      'sifir bir iki uc dort bes alti yedi sekiz dokuz',
      'nula edno dve tri chetiri pet shest sedem osem devet',
    ].flatMap((line) => line.split(' ').map((word, digit) => [word, String(digit)])),
  ),
  una: '1',
  ein: '1',
  eine: '1',
  zwo: '2',
  fuenf: '5',
  dwie: '2',
};
const FOREIGN_DIGIT_WORDS = Object.keys(FOREIGN_DIGITS);
const NUMBER_WORD = `(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\p{L}*(?:tien|tig)|zero|oh|o|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|four|fif|six|seven|eigh|nine)ty|double|triple|dubbel|\\d+|${FOREIGN_DIGIT_WORDS.join('|')}|sześć|szesc|pięć|dziewięć|șase|şase|șapte|şapte|nouă|três|üç|dört|beş|altı|sıfır|fünf)`;
/** The word for "+" before a number: Dutch, English, Polish and Romanian. */
const PLUS_WORD = /^(?:plus|plusje|plusz)$/i;
const SPELLED_PAIR = new RegExp(`(?<![\\p{L}])${NUMBER_WORD}(?:[\\s\\-–—/_*|,])+${NUMBER_WORD}(?![\\p{L}])`, 'iu');
/** The plain number words of `NUMBER_WORD`, folded; compounds end in "tien" or "tig". */
const NUMBER_WORD_KEYS: ReadonlySet<string> = new Set([
  ...'nul een twee drie vier vijf zes zeven acht negen tien elf twaalf zero oh o one two three four five six seven eight nine ten eleven twelve double triple dubbel'.split(
    ' ',
  ),
  ...FOREIGN_DIGIT_WORDS,
]);

function isNumberWordKey(key: string): boolean {
  return NUMBER_WORD_KEYS.has(key) || key.endsWith('tien') || key.endsWith('tig') || key.endsWith('teen') || TENS_EN_KEYS.has(key);
}

/**
 * Fewer than two number words (or one and a digit) and `SPELLED_PAIR` cannot match: counted over
 * the message's words, which the other detectors have already cut, before that costly pattern.
 */
function mayHoldSpelledNumber(text: string): boolean {
  let words = 0;
  for (const t of tokenize(text)) {
    // "nul-zes-een-twee-…": a number typed as words joined by dashes is one token.
    if (t.key.includes('-')) {
      for (const part of t.key.split('-')) if (isNumberWordKey(part)) words++;
    } else if (isNumberWordKey(t.key)) words++;
    if (words >= 2) return true;
  }
  return words === 1 && hasDigit(text);
}

/** Digits and numbers written as words, in Dutch and English: "nul zes", "vierendertig", "oh six". */
const UNITS_NL: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const TENS_NL: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const TEENS_NL: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const WORDS_EN: Record<string, string> = {
  zero: '0',
  oh: '0',
  // "o six four …": the letter said for zero; only a run of number words that dials makes it one.
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
};
const TENS_EN: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** `TENS_EN`'s words as a set: asked of every word, a set's look-up costs less than an object's own-property test. */
const TENS_EN_KEYS: ReadonlySet<string> = new Set(Object.keys(TENS_EN));
/** "double oh", "triple seven", "dubbel zes": the next digit said two or three times. */
const REPEAT_WORDS: Record<string, number> = { double: 2, dubbel: 2, triple: 3, driedubbel: 3 };

/** The digits a number word stands for ("nul" → "0", "vierendertig" → "34"), or undefined. */
export function numberWordDigits(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return w;
  if (w === 'nul') return '0';
  if (w in UNITS_NL) return String(UNITS_NL[w]);
  if (w in TEENS_NL) return String(TEENS_NL[w]);
  if (w in TENS_NL) return String(TENS_NL[w]);
  if (w in WORDS_EN) return WORDS_EN[w];
  if (w in TENS_EN) return String(TENS_EN[w]);
  const folded = fold(w);
  if (Object.hasOwn(FOREIGN_DIGITS, folded)) return FOREIGN_DIGITS[folded];
  const compound =
    /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  if (compound) return String(TENS_NL[compound[2]!]! + UNITS_NL[compound[1]!]!);
  return undefined;
}

/** Counting aloud, up or down: no phone number. */
const COUNTING = '0123456789101112';
const COUNTING_DOWN = '121110987654321';

/** What may stand between the parts of a number said aloud: spaces, a dash, a slash, a comma, a full stop. */
const SPELLED_GAP = /^(?:[\s\-–—/_*|]+|\s*[,.]\s*)$/;

/**
 * Phone numbers spelled out, whole or in part: "nul zes een twee …", "06 twee vier zes …",
 * "06-twaalf-vierendertig-…". At least two number words, and the digits must make a number.
 */
function findSpelledPhones(text: string, out: Candidate[]): void {
  // Two number words in a row, or a digit group and a number word: else there is nothing to read.
  if (!mayHoldSpelledNumber(text) || !testText(SPELLED_PAIR, text)) return;
  const tokens = allMatches(/\+?\d+|[\p{L}]+/gu, text);
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let digits = '';
    let words = 0;
    while (j < tokens.length) {
      if (j > i && !SPELLED_GAP.test(text.slice(tokens[j - 1]!.index + tokens[j - 1]![0].length, tokens[j]!.index))) break;
      const word = tokens[j]![0].replace(/^\+/, '');
      // "double oh", "dubbel zes": the digit after it said two or three times.
      const repeat = REPEAT_WORDS[word.toLowerCase()];
      if (repeat !== undefined && j + 1 < tokens.length && j + 1 > i) {
        const next = numberWordDigits(tokens[j + 1]![0]);
        if (next === undefined || next.length !== 1 || !SPELLED_GAP.test(text.slice(tokens[j]!.index + word.length, tokens[j + 1]!.index)))
          break;
        digits += next.repeat(repeat);
        words += 2;
        j += 2;
        continue;
      }
      const d = numberWordDigits(word);
      if (d === undefined) break;
      if (!/^\d+$/.test(tokens[j]![0])) words++;
      // "forty eight", "twenty-three": English says a pair of digits as its tens and its unit.
      const unit = Object.hasOwn(TENS_EN, word.toLowerCase()) && j + 1 < tokens.length ? numberWordDigits(tokens[j + 1]![0]) : undefined;
      if (
        unit !== undefined &&
        /^[1-9]$/.test(unit) &&
        !/^\d/.test(tokens[j + 1]![0]) &&
        /^[\s-]$/.test(text.slice(tokens[j]!.index + word.length, tokens[j + 1]!.index))
      ) {
        digits += d[0]! + unit;
        words++;
        j += 2;
        continue;
      }
      digits += d;
      j++;
    }
    // "een" before a run is usually the article: "een nul zes …" is rare, "een twee drie" rarer.
    // "plus drie een, zes, …": the word for "+" opens an international number.
    const plus =
      i > 0 &&
      j > i &&
      PLUS_WORD.test(tokens[i - 1]![0]) &&
      /^\s+$/.test(text.slice(tokens[i - 1]!.index + tokens[i - 1]![0].length, tokens[i]!.index));
    const start = plus ? tokens[i - 1]! : tokens[i]!;
    const last = tokens[j - 1];
    // "06 twaalf 34 56 78": one word among digit groups, when they make a whole number.
    if (j > i && (words >= 2 || (words === 1 && j - i >= 4)) && last) {
      const cued = CUE.test(text.slice(Math.max(0, start.index - 30), start.index));
      // Nine number words in a row ("zes een twee …") spell a mobile number without its 0: prose never counts so.
      const dialable =
        /^0[1-9]\d{8,9}$/.test(digits) ||
        /^00\d{9,13}$/.test(digits) ||
        (plus && /^[1-9]\d{9,13}$/.test(digits)) ||
        ((cued || words >= 9) && /^6\d{8}$/.test(digits)) ||
        // "zes een drie vier acht nul nul twee negen een": nine to twelve digits said one by one dial a
        // number, whatever the count's slip, unless they count ("een twee drie … tien").
        (words >= 9 && /^\d{9,12}$/.test(digits) && !COUNTING.includes(digits) && !COUNTING_DOWN.includes(digits)) ||
        // "bel me op nul zes een twee drie vier 55 67 89": said aloud after a phone word, a number
        // that opens with 0 is a phone number even with a digit too many or too few (a slip of the count).
        (cued && words >= 4 && /^0[1-9]\d{7,11}$/.test(digits));
      const end = last.index + last[0].length;
      // "mijn BSN is één twee drie …": nine digits said after a BSN word are that number, as typed ones are.
      if (/^\d{9}$/.test(digits) && BSN_CUE.test(text.slice(Math.max(0, start.index - 40), start.index))) {
        out.push({ type: 'BSN', start: start.index, end, tier: 1 });
        i = j;
        continue;
      }
      if (dialable) out.push({ type: 'TELEFOON', start: start.index, end, tier: cued || plus ? 1 : 2 });
      else if (/^[1-9]\d{7}$/.test(digits) && mobileRestNear(text, start.index, end))
        out.push({ type: 'TELEFOON', start: start.index, end, tier: 2 });
    }
    i = j > i ? j : i + 1;
  }
}

/** "06" standing alone: the mobile prefix, said apart from the rest of the number. */
const MOBILE_PREFIX = /(?<![\d+\p{L}])(?:06|nul[\s-]+zes|zero[\s-]+six|oh[\s-]+six)(?![\d\p{L}])/iu;

/**
 * "mijn nummer zit in de 06, 12 93 84 71", "zes acht, nul vier, … met 06 ervoor": eight digits with
 * "06" said apart, within the same stretch of the message, are the rest of a mobile number.
 */
function mobileRestNear(text: string, start: number, end: number): boolean {
  return MOBILE_PREFIX.test(text.slice(Math.max(0, start - 40), start)) || MOBILE_PREFIX.test(text.slice(end, end + 30));
}

/** Nine digits in threes, not starting with 0 to 3 (amounts and counts start low) and without an empty group. */
const NINE_IN_THREES = /^[4-9]\d{2}([\s-])(?!000)\d{3}\1(?!000)\d{3}$/;
/** An amount or a count: "612 345 678 volgers", "500 123 456 euro". */
const COUNT_AFTER =
  /^\s*(?:euro|eur|€|zł|zl|złotych|lei|leva|лв|dollar|usd|volgers|followers|views|likes|mensen|people|osób|km|kg)(?![\p{L}])/iu;
/** A word for a phone anywhere in the message. */
const PHONE_WORD_ANYWHERE =
  /(?<![\p{L}])(?:tel|telefoon\p{L}*|nummer|numer\p{L}*|num[aă]r\p{L}*|telefon\p{L}*|kom[oó]rk\p{L}*|mobil\p{L}*|phone|number|whatsapp|zadzwo\p{L}*|sun[aă]|cisl\p{L}*|číslo|mobile|gsm|bel|bellen|call)(?![\p{L}])/iu;

/** "06*12*34*56*78", "06_12_34_56_78", "06,12,34,56,78", "06 x 12 x 34": digit groups joined by one odd mark, the same each time. */
const ODD_SEPARATED = /(?<![\w+])(?:\+|00)?\d{1,4}\s*([*_|·•x,~:])\s*\d{1,4}(?:\s*\1\s*\d{1,4}){2,}(?![\w])/g;
/** "0️⃣6️⃣1️⃣…": digits typed as keycap emoji. */
const KEYCAPS = /(?:\+\s*)?(?:\d\uFE0F?\u20E3\s*){8,}/gu;

/** Numbers typed with marks the digit-run pattern does not take as separators. */
function findOddlyTypedPhones(text: string, out: Candidate[]): void {
  if (/\d\s*[*_|·•x,~:]\s*\d/.test(text))
    for (const m of allMatches(ODD_SEPARATED, text))
      if (judgePhone(m[0].replace(/\s*[*_|·•x,~:]\s*/g, ' ')) !== 0)
        out.push({ type: 'TELEFOON', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (text.includes('\u20E3'))
    for (const m of allMatches(KEYCAPS, text)) {
      const raw = m[0].trimEnd();
      if (judgePhone(raw.replace(/[^\d+]/g, '')) !== 0) out.push({ type: 'TELEFOON', start: m.index, end: m.index + raw.length, tier: 1 });
    }
}

export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  let phoneWords: boolean | undefined;
  findSpelledPhones(text, out);
  // A number needs eight digits.
  if (!hasDigit(text) || digitRuns(text).total < 8) return out;
  findOddlyTypedPhones(text, out);
  for (const m of allMatches(RUN, text)) {
    let run = m[0];
    let start = m.index;
    // A bracket may close a number but not open the run unless it holds an area code.
    while (run.startsWith('(') && !/^\(0?\d{1,4}\)/.test(run)) {
      run = run.slice(1);
      start++;
    }
    run = run.replace(/[\s(.-]+$/, '');
    const digits = digitCount(run);
    if (digits < 8) continue;
    const cued = CUE.test(text.slice(Math.max(0, start - 25), start));
    const before = out.length;
    splitRun(start, run, out, cued);
    // "numer szefa: 601 234 567": a mobile written without its country code the Polish or Slovak way,
    // three groups of three, in a message about phones.
    const counted = COUNT_AFTER.test(text.slice(start + run.length, start + run.length + 14));
    if (out.length === before && !counted && NINE_IN_THREES.test(run) && (phoneWords ??= PHONE_WORD_ANYWHERE.test(text)))
      out.push({ type: 'TELEFOON', start, end: start + run.length, tier: 2 });
    else if (out.length === before && digits === 8 && /^[1-9]/.test(run) && mobileRestNear(text, start, start + run.length))
      out.push({ type: 'TELEFOON', start, end: start + run.length, tier: 2 });
  }
  return out;
}
