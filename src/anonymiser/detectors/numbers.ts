/**
 * BSN (11-proef), IBAN (see iban.ts), foreign personal numbers by checksum (PESEL, CNP, EGN), KvK and
 * other company-register numbers, and identity document numbers.
 */
import { findIbans } from './iban';
import type { Candidate } from '../types';
import { digitRuns } from '../digitRuns';
import { allMatches, countCapitals, countDigits, hasDigit, matchSpans, mentionsAny, testText } from '../text';
import { CAPITAL_NEAR_DIGIT, CAPITAL_PAIR, NON_ASCII, hasAny } from '../textShape';
import { tokenTable } from '../tokenTable';

/** The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 must be a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Digit groups as people type them, split by a dot, space or dash ("5181 909 36", "711-471-046",
 * "1 2 3 4 5 6 7 8 2"): the grouping is whatever the writer copied, the number is checked by the
 * elfproef or a cue. Read as runs of groups, so a count after the number ("… 782 3 keer") does not
 * hide it.
 */
const DIGIT_GROUPS = /(?<![\w.,+-])\d{1,9}(?:(?:[.\s-]|\s-\s)\d{1,9}){0,8}(?![\w]|[.,-]\d)/g;
export const BSN_CUE =
  /(?<![\p{L}])(?:bsn|burgerservicenummer|burgerservicenr|sofi[-\s]?(?:nummer|nr)|service\s?number|citizen\s?(?:service\s)?number|numer\s+bsn|numărul\s+bsn|bsn\s+numarasi|bsn\s+numarası|номер\s+bsn)(?:[\s-]*(?:nr|no|nummer)\.)?(?![\p{L}])[^.!?\n]{0,25}$/iu;
/**
 * "sofinummer (zo heette het vroeger toch) 24719 0639": a BSN word further back in the same sentence,
 * with an aside between it and the number. Only for a number in printed groups whose elfproef holds
 * or fails by a typo: the word says what the nine digits are.
 */
const BSN_CUE_FAR = new RegExp(BSN_CUE.source.replace('{0,25}$', '{0,60}$'), 'iu');
/** A BSN word earlier in the same sentence: with a colon right before the number, the number is the one it named. */
const BSN_IN_SENTENCE = /(?<![\p{L}])(?:bsn|burgerservicenummer|sofi-?nummer)(?![\p{L}])[^.!?\n]*$/iu;
/** "BSN123456782", "bsn:123456782": the number glued to the word. */
const GLUED_BSN = /(?<![\p{L}])bsn[:#=]?(\d{9})(?![\w]|[.,-]\d)/giu;

/** The groups of a digit run, with their offsets in it. */
function digitGroups(run: string): { start: number; end: number }[] {
  return matchSpans(/\d+/g, run);
}

/**
 * The first groups of a run that hold exactly `length` digits: a number is read from where the run
 * starts (never from its middle, where a phone's or account's digits would be cut up).
 */
function leadingDigits(run: string, length: number): { end: number; digits: string; groups: number[] } | undefined {
  let digits = '';
  const groups: number[] = [];
  for (const g of digitGroups(run)) {
    digits += run.slice(g.start, g.end);
    groups.push(g.end - g.start);
    if (digits.length === length) return { end: g.end, digits, groups };
    if (digits.length > length) return undefined;
  }
  return undefined;
}

/**
 * "5181 909 36", "123.456.782", "24719 0639": groups of two to five digits, at most four of them, as a
 * BSN is printed, copied or split where the writer paused.
 */
function printedGrouping(groups: readonly number[]): boolean {
  return groups.length === 1 || (groups.length <= 4 && groups.every((n) => n >= 2 && n <= 5));
}

function findBsn(text: string, out: Candidate[]): void {
  for (const m of allMatches(DIGIT_GROUPS, text)) {
    // Most runs are a count, an hour or a house number: too short to hold nine digits.
    if (m[0].length < 9) continue;
    const found = leadingDigits(m[0], 9);
    if (found === undefined) continue;
    // "zijn BSN staat op een brief die …: 231 456 782": the number a colon gives, in the sentence that named it.
    const cued =
      BSN_CUE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      BSN_CUE_FAR.test(text.slice(Math.max(0, m.index - 90), m.index)) ||
      (/:\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
        BSN_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 120), m.index)));
    // Typed one digit at a time or in odd groups, only a cue says BSN; printed groups also by the elfproef.
    const valid = printedGrouping(found.groups) ? passesElfproef(found.digits) || (cued && !found.digits.startsWith('0')) : cued;
    if (valid) out.push({ type: 'BSN', start: m.index, end: m.index + found.end, tier: 1 });
  }
  if (/bsn[:#=]?\d/i.test(text))
    for (const m of allMatches(GLUED_BSN, text)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ type: 'BSN', start, end: start + 9, tier: 1 });
    }
}

/**
 * "zijn bsn eindigt op 4208", "the last four digits of her passport are 4471", "laatste 3 cijfers van
 * het v-nummer: 719": part of an identity number, said as a part. A few digits alone are nobody's,
 * but with the rest of a record (a payslip, a name) they narrow it to one person; only the words for
 * a part, right before the digits, and an identity word in the same sentence make them one.
 */
const PART_OF_NUMBER =
  /(?<![\p{L}])(?:eindigt\s+(?:op|met)|eindigend\s+op|begint\s+met|beginnend\s+met|ends?\s+(?:with|in|on)|ending\s+(?:with|in|on)|starts?\s+with|starting\s+with|(?:laatste|eerste|last|first)\s+(?:\d|twee|drie|vier|vijf|zes|two|three|four|five|six)\s+(?:cijfers|digits|numbers|nummers)(?:\s+[^.!?\n\d]{0,40}?)?(?:\s+(?:zijn|is|are|were|waren))?)\s*:?\s*$/iu;
const PARTIAL_DIGITS = /(?<![\w.,+€$-])\d{2,8}(?![\w]|[.,-]\d)/g;
/** The words without which `PART_OF_NUMBER` cannot match, folded. */
const PARTIAL_CUE_WORDS: ReadonlySet<string> = new Set(
  'eindigt eindigend begint beginnend end ends ending start starts starting laatste eerste last first'.split(' '),
);
/** An identity document named in the sentence before a part (a BSN word says BSN: `BSN_IN_SENTENCE`). */
const PART_DOCUMENT_WORD =
  /(?<![\p{L}])(?:paspoort\p{L}*|passport|id|identiteits\p{L}+|id-\p{L}+|verblijfs\p{L}+|residence\s+permit|permit|v-?nummer|v-?number|vreemdelingen\p{L}*|document\p{L}*|rijbewijs\p{L}*|driving\s+licen[cs]e|persoonsnummer|personal\s+(?:id|number)|pasnummer|pesel|cnp|egn|oib|jmbg|nie|dni|tazkira|aadhaa?r|cnic)(?![\p{L}])/iu;

function findPartialIds(text: string, out: Candidate[]): void {
  if (!mentionsAny(text, PARTIAL_CUE_WORDS)) return;
  for (const m of allMatches(PARTIAL_DIGITS, text)) {
    const before = text.slice(Math.max(0, m.index - 70), m.index);
    if (!PART_OF_NUMBER.test(before)) continue;
    // The sentence the part is said in, up to the digits.
    const sentence = before.slice(
      Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1,
    );
    const type = BSN_IN_SENTENCE.test(sentence) ? 'BSN' : PART_DOCUMENT_WORD.test(sentence) ? 'DOCUMENTNUMMER' : undefined;
    if (type !== undefined) out.push({ type, start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

/** PESEL (Poland): weights 1-3-7-9, a month coded by century, a valid day. */
export function isPesel(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const month = Number(d.slice(2, 4)) % 20;
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((n, w, i) => n + w * Number(d[i]), 0);
  return (10 - (sum % 10)) % 10 === Number(d[10]);
}

/** CNP (Romania): sex and century digit 1-8, date, county, weights 279146358279. */
export function isCnp(d: string): boolean {
  if (!/^[1-8]\d{12}$/.test(d)) return false;
  const month = Number(d.slice(3, 5));
  const day = Number(d.slice(5, 7));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = '279146358279';
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * Number(weights[i]);
  const check = sum % 11 === 10 ? 1 : sum % 11;
  return check === Number(d[12]);
}

/** EGN (Bulgaria): date with century in the month (+20, +40), weights 2-4-8-5-10-9-7-3-6. */
export function isEgn(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const month = Number(d.slice(2, 4)) % 20;
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = weights.reduce((n, w, i) => n + w * Number(d[i]), 0);
  return (sum % 11) % 10 === Number(d[9]);
}

/** Belgian national register number: YYMMDD, a serial, and 97 minus the rest mod 97 (with a 2 before it from 2000 on). */
export function isBelgianNationalNumber(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const check = Number(d.slice(9));
  const base = Number(d.slice(0, 9));
  return 97 - (base % 97) === check || 97 - (Number(`2${d.slice(0, 9)}`) % 97) === check;
}

/** Czech and Slovak birth number: YYMMDD (women +50 on the month) and four digits, divisible by 11. */
export function isBirthNumber(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const month = Number(d.slice(2, 4)) % 50;
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const n = Number(d);
  return n % 11 === 0 || (Number(d.slice(0, 9)) % 11 === 10 && d[9] === '0');
}

/** Lithuanian (and Estonian) personal code: sex and century 1-6, YYMMDD, serial, two-pass mod-11 check. */
export function isBalticPersonalCode(d: string): boolean {
  if (!/^[1-6]\d{10}$/.test(d)) return false;
  const month = Number(d.slice(3, 5));
  const day = Number(d.slice(5, 7));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = (weights: number[]): number => weights.reduce((n, w, i) => n + w * Number(d[i]), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
  return check === Number(d[10]);
}

/** Croatian personal identification number (OIB): eleven digits, the last a check digit by ISO 7064 MOD 11,10. */
export function isOib(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  let a = 10;
  for (let i = 0; i < 10; i++) {
    a = (a + d.charCodeAt(i) - 48) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  const check = (11 - a) % 10;
  return check === d.charCodeAt(10) - 48;
}

/** Turkish identity number (T.C. Kimlik No): eleven digits, no leading zero, two check digits. */
export function isTcKimlik(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const n = [...d].map(Number);
  const odd = n[0]! + n[2]! + n[4]! + n[6]! + n[8]!;
  const even = n[1]! + n[3]! + n[5]! + n[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== n[9]) return false;
  return n.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === n[10];
}

/** Brazilian CPF: nine digits and two mod-11 check digits (all digits alike is no number). */
export function isCpf(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(d[i]) * (length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

/** Written with separators: Belgian "85.07.30-033.61", Czech and Slovak "880703/5468". */
const SEPARATED_ID =
  /(?<![\w.,\/+-])(?:\d{2}\.\d{2}\.\d{2}[-\s]?\d{3}[.\s]?\d{2}|\d{6}\/\d{3,4}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w]|[.,\/-]\d)/g;

const NATIONAL_ID = /(?<![\w.,+-])\d{10,13}(?![\w]|[.,]\d)/g;
const NATIONAL_ID_CUE =
  /(?:pesel|cnp|egn|егн|oib|jmbg|personal\s+(?:id|number)|persoonsnummer|numer\s+ewidencyjny|cod\s+numeric|rijksregister\p{L}*|registre\s+national|national\s+(?:number|register)|asmens\s+kodas|rodné\s+číslo|rodne\s+cislo|isikukood|személyi\s+szám|adóazonosító|рнокпп|іпн|инн|tax\s+(?:id|number)|burgernummer|identificatienummer)(?![\p{L}])[^.!?\n]{0,20}$/iu;

/** Foreign personal numbers by their checksums: PESEL, CNP, EGN, OIB, Belgian, Czech/Slovak and Baltic numbers. */
/** "85.07.30-033.61", "850730/1234": only when two digits and a dot or six digits and a slash stand together. */
const SEPARATED_START = /\d\d\.\d\d\.|\d{6}\/|\d{3}\.\d{3}\./;
const TEN_DIGITS = /\d{10}/;

function findNationalIds(text: string, out: Candidate[]): void {
  if (testText(SEPARATED_START, text))
    for (const m of allMatches(SEPARATED_ID, text)) {
      const d = m[0].replace(/\D/g, '');
      const cued = NATIONAL_ID_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (cued || (d.length === 11 && (isBelgianNationalNumber(d) || isCpf(d))) || (d.length === 10 && isBirthNumber(d)))
        out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  if (testText(TEN_DIGITS, text))
    for (const m of allMatches(NATIONAL_ID, text)) {
      const d = m[0];
      const valid =
        (d.length === 11 && (isPesel(d) || isBelgianNationalNumber(d) || isBalticPersonalCode(d) || isTcKimlik(d) || isOib(d))) ||
        (d.length === 13 && isCnp(d)) ||
        (d.length === 10 && (isEgn(d) || isBirthNumber(d)));
      const cued = NATIONAL_ID_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
      // A valid checksum by chance on a phone number ("0612…") is possible: without a cue, a phone wins.
      if (valid || cued)
        out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + d.length, tier: cued || !d.startsWith('0') ? 1 : 2 });
    }
}

/**
 * A company register named just before a number, with at most a few words between ("KvK-nummer:",
 * "ingeschreven in het handelsregister onder nummer", "KvK nr."): the Dutch one and those of the
 * countries the chat's companies come from (NIP, REGON, KRS, CUI, EIK, Handelsregister HRB).
 */
export const KVK_CUE =
  /(?<![\p{L}])(?:kvk|k\.v\.k\.?|kamer\s+van\s+koophandel|handelsregister\p{L}*|chamber\s+of\s+commerce|coc|company\s+(?:number|registration)|registration\s+number|inschrijvingsnummer|vestigingsnummer|nip|regon|krs|cui|cif|eik|булстат|еик|hrb)(?![\p{L}])[^!?\n\d]{0,40}$/iu;
/** Eight digits in any grouping ("12345678", "1234 5678", "12.34.56.78", "123-456-78"), or longer register numbers. */
const REGISTER_NUMBER = /(?<![\w.,+-])(?:RO\s?)?\d(?:[\s.-]{0,2}\d){5,13}(?![\w]|[.,-]?\d)/g;

/**
 * "KvK-uittreksel opgezocht: Holland Harvest Uitzendbureau, nummer 58 21 90 47": the register named
 * further back in the sentence, and "nummer" right before the number.
 */
export const KVK_CUE_FAR = new RegExp(
  `${KVK_CUE.source.replace('{0,40}$', '{0,110}')}(?<=(?:nummer|nr\\.?|number|no\\.?)\\s*:?\\s*)$`,
  'iu',
);

/**
 * The first words of the cues of `KVK_CUE` (and `KVK_CUE_FAR`) in ASCII, as letter runs: "k" opens
 * "k.v.k.", the words of a phrase are their first ("kamer van koophandel"). "handelsregister…" is
 * any run that opens with it.
 */
const REGISTER_CUE_HEADS: ReadonlySet<string> = new Set(
  'kvk k kamer chamber coc company registration inschrijvingsnummer vestigingsnummer nip regon krs cui cif eik hrb'.split(' '),
);

function isAsciiLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122;
}

/**
 * False only where neither register cue pattern can match `text.slice(from, to)`: the patterns were
 * run on the text before every number of eight digits and every IP-like number (some 700 calls a
 * round of the bench, few messages with a cue), and most chat names no register. In ASCII text the
 * cue's first word, between non-letters, is one of the message's letter runs; a slice that cuts a
 * word at either end lets the pattern see a word boundary the text does not have, and beyond ASCII
 * the patterns' case folding (ſ as s) and the Cyrillic cues are theirs to read: there the answer is
 * true and the pattern decides (tests/unit/anonymiser/registerCue.test.ts holds it to both patterns).
 */
export function mayHoldRegisterCue(text: string, from: number, to: number): boolean {
  if (hasAny(text, NON_ASCII)) return true;
  if (
    (from > 0 && isAsciiLetterAt(text, from - 1) && isAsciiLetterAt(text, from)) ||
    (to < text.length && to > 0 && isAsciiLetterAt(text, to - 1) && isAsciiLetterAt(text, to))
  )
    return true;
  for (const run of tokenTable(text).runs()) if (REGISTER_CUE_HEADS.has(run.key) || run.key.startsWith('handelsregister')) return true;
  return false;
}

function findKvk(text: string, out: Candidate[]): void {
  for (const m of allMatches(REGISTER_NUMBER, text)) {
    const near = Math.max(0, m.index - 60);
    const far = Math.max(0, m.index - 130);
    const cued =
      (mayHoldRegisterCue(text, near, m.index) && KVK_CUE.test(text.slice(near, m.index))) ||
      (mayHoldRegisterCue(text, far, m.index) && KVK_CUE_FAR.test(text.slice(far, m.index)));
    if (!cued) continue;
    const span = m[0].replace(/[\s.-]+$/, '');
    out.push({ type: 'KVK', start: m.index, end: m.index + span.length, tier: 1 });
  }
}

/** True when a register cue stands just before `index`: the number after it is no IP address or date. */
export function registerCued(text: string, index: number): boolean {
  return mayHoldRegisterCue(text, Math.max(0, index - 60), index) && KVK_CUE.test(text.slice(Math.max(0, index - 60), index));
}

const DOCUMENT_CUE =
  /(?<![\p{L}])(?:paspoort|pas|passport|id|identiteitskaart|identiteitsbewijs|id-kaart|idkaart|id-bewijs|identity\s+card|rijbewijs|driving\s+licen[cs]e|driver'?s?\s+licen[cs]e|verblijfsvergunning|verblijfsdocument|vergunning|residence\s+permit|permit|work\s+permit|(?:id\s+|identity\s+)?card|kaart|karta|carte|v-nummer|v-?nr|vreemdelingennummer|documentnummer|document\s+number|pasnummer|klantnummer|dossiernummer|studentnummer|studentennummer|leerlingnummer|lidnummer|clientnummer|cliëntnummer|patientnummer|patiëntnummer|registratienummer|student\s+(?:number|id)|[vw]-?document|document|perso|zaaknummer|polisnummer|werknemersnummer|personeelsnummer|seria|buletin|dowód|dowodu|dowod|paszport\p{L}*|pasaport\p{L}*|pașaport\p{L}*|pasport\p{L}*|паспорт\p{L}*|лична(?:та)?\s+(?:ми\s+|му\s+|ѝ\s+|и\s+|си\s+)?карта|лк|carte\s+de\s+identitate|personalausweis|ausweis|reisepass|kimli[kğ]\p{L}*|személyi(?:\s+igazolvány)?|igazolvány|útlevél|utlevel|asmens\s+(?:kodas|tapatybės\s+kortelė)|pasas|občiansky\s+preukaz|obciansky|cestovný\s+pas|посвідчення|id-?card|identity\s+document|travel\s+document|reisdocument|titre\s+de\s+séjour|pasaporte|documento|seaman'?s?\s+book|seafarer'?s?\s+(?:book|id)|zeemansboek\p{L}*|monsterboek\p{L}*|discharge\s+book|v-?number|ind|papier\p{L}*|verblijfspas\p{L}*|pasje|nie|dni|nif|tie|cedula|cédula|dozvil|дозвіл\p{L}*|разрешение|povolen\p{L}*|pozwoleni\p{L}*|karta\s+pobytu|permis(?:\s+de\s+\p{L}+)?|buletinul|kennkarte|aufenthaltstitel|aufenthaltserlaubnis|prawo\s+jazdy|prawa\s+jazdy|шофьорска\s+книжка|посвідчення\s+водія|водительское\s+удостоверение|führerschein|fuhrerschein|ehliyet\p{L}*|carnet\s+de\s+conducir|carta\s+de\s+condu[cç][aã]o|jogosítvány|jogositvany|vodičský\s+preukaz|řidičský\s+průkaz|cart[aã]o\s+de\s+cidad[aã]o|cc(?![\p{L}])|bi(?![\p{L}])|h[ộo]\s?chi[ếe]u|c[ăa]n\s?c[ưu][ớo]c|cccd|cmnd|creditcard|credit\s+card|debit\s?card|pinpas|bankpas|betaalpas|\p{L}*chipkaart|visum|visa(?![\p{L}])|wiza|viz[aă]|виза|віза|ikamet|oturum|جواز|jawaz|jawaz\s+safar|hawiy+a|bitaqa|bi6aqa|بطاقة|هوية|گذرنامه|پاسپورت|护照|身份证|ፓስፖርት|baasaboor\p{L}*|letërnjoftim\p{L}*|leternjoftim\p{L}*|nüfus|nufus|legitymacj\p{L}*|carta\s+d['’]identit\p{L}*|carte\s+d['’]identit\p{L}*|carte\s+de\s+s[ée]jour|permesso\s+di\s+soggiorno|t[ií]tulo\s+de\s+resid\p{L}*|autoriza[çc][ãa]o\s+de\s+resid\p{L}*|cart[aã]o\s+de\s+resid\p{L}*|удостоверени\p{L}*|посвідк\p{L}*|картк\p{L}*|aadhaa?r|cpf|rg|rut|run|curp|cnh|cin|nin|c\.\s?i\.|cnic|nida|nric|philsys|umid|ghana\s?card)(?:-?nummer|\s+number|\s+(?:nr|no|num|nº|n°|nro)\.?)?[^.!?\n]{0,45}$/iu;
export const CODE = /(?<![\p{L}\d-])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,19}(?![\p{L}\d])/giu;

/**
 * False only when no match of `CODE` can hold the four digits `findLongDocuments` asks of it: a match
 * lies within a stretch of the characters `CODE` reads (ASCII letters and digits, "ſ" and the Kelvin
 * sign, which its case-blind Unicode letters take in, and hyphens), so such a stretch must hold four
 * digits. Most messages with four digits hold them in a number of their own or apart: the pattern,
 * which tries every word of six letters or more, is then not run.
 */
export function mayHoldCode(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 4) return true;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 0x17f || c === 0x212a)) digits = 0;
  }
  return false;
}
/** "his A09876543 passport", "haar NW92BD7P4 paspoort": the document word right after the number. */
const DOCUMENT_AFTER = /^\s+(?:paspoort|passport|id-?kaart|id\s+card|rijbewijs|verblijfsvergunning|pasport|paszport|pașaport|паспорт)/i;

/** A series and a number, as on Romanian and other identity cards: "RX 123456", "V 0291 8837". */
const SERIES_AND_NUMBER = /(?<![\p{L}\d-])[A-Z]{1,3}\s(?:\d{6,12}|\d{2,5}(?:\s\d{2,5}){1,3})(?![\p{L}\d])/gu;
/** Dutch passport and ID card numbers: two letters, six letters or digits, one digit; never the letter O. */
const DUTCH_DOCUMENT = /(?<![\p{L}\d])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\p{L}\d])/gu;

/** Cheap tests that decide whether the patterns above need to run: plain, without look-behind. */
const SERIES_START = /[A-Z] \d\d/;

/**
 * Spanish DNI (eight digits and a check letter) and NIE (X, Y or Z, seven digits, a check letter):
 * the letter is the number modulo 23, so the shape and checksum are enough without a cue.
 */
const SPANISH_ID = /(?<![\p{L}\d-])(?:\d{8}|[XYZ]\d{7})-?[A-Z](?![\p{L}\d])/gu;
const SPANISH_ID_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function isSpanishId(id: string): boolean {
  const compact = id.replace('-', '');
  const number = Number(compact.slice(0, -1).replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))));
  return SPANISH_ID_LETTERS[number % 23] === compact.slice(-1);
}

/**
 * Two capitals and six digits, as Ukrainian passports and Romanian and Moldovan identity cards
 * print their series and number ("EH 482917", "RT 829104"): a document number even without a cue.
 */
const SERIES_OF_TWO = /(?<![\p{L}\d-])[A-Z]{2}\s?\d{6}(?![\p{L}\d]|[.,-]\d)/gu;

/**
 * One capital and eight digits, as Nigerian, Ghanaian and other passports print their number
 * ("A11934582", "B50293847"): a document number even without a cue (as a likely one).
 */
const LETTER_AND_EIGHT_DIGITS = /(?<![\p{L}\d-])[A-Z]\d{8}(?![\p{L}\d]|[.,-]\d)/gu;

/** A British National Insurance number: two letters, three pairs of digits, a letter A-D ("QQ 12 34 56 C", the prefix of the official example too). */
const UK_NI_NUMBER = /(?<![\p{L}\d])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\d])/gu;

/** Digit groups with spaces, as card and pass numbers are printed: "1234 5678 9012". */
const SPACED_DIGITS = /(?<![\p{L}\d+-])\d{2,6}(?:\s\d{2,6}){1,4}(?![\p{L}\d])/gu;

/**
 * Numbers as a document prints or a writer spells them, after a document word: with slashes and a
 * country's letters ("PL 00812/19/1463"), or one character at a time ("W 0 2 7 7 1 6 4 3").
 */
const SLASHED_NUMBER = /(?<![\p{L}\d/-])(?:[A-Z]{1,3}\s)?\d+(?:[/.-]\d+){2,4}(?![\p{L}\d]|[/.-]\d)/gu;
const ONE_BY_ONE = /(?<![\p{L}\d])(?:[A-Z]\s)?\d(?:\s\d){6,11}(?![\p{L}\d])/gu;

/**
 * A number in odd groups after a document word, as writers copy it from the card: "75 4821937",
 * "RO 0481973 B", "AB-12.34.567", "NW 12 AB 34 5": a country's or series' capitals before or among the
 * digit groups, a check letter after (or two and a digit, as on a Portuguese card: "12345678 9 ZZ1").
 */
const GROUPED_NUMBER =
  /(?<![\p{L}\d+-])(?:([A-Z]{1,3})[\s-])?\d{1,9}(?:(?:[\s.-]|\s-\s)(?:\d{1,9}|[A-Z]{1,3}(?=[\s.-]\d))){0,6}(?:[\s-][A-Z]{1,2}\d?)?(?![\p{L}\d]|[.,-]\d)/gu;
/** Capitals that name the document or the number, not its series: "ID 1234 567". */
const CUE_CAPITALS: ReadonlySet<string> = new Set(
  'ID NR NO BSN TEL PAS NIE DNI TIE CC BI KVK IBAN RG RUT RUN CPF CIN NIN CNP NIF'.split(' '),
);

function findGroupedNumbers(text: string, out: Candidate[], cued: (start: number) => boolean): void {
  for (const m of allMatches(GROUPED_NUMBER, text)) {
    const digits = countDigits(m[0]);
    const letters = countCapitals(m[0]);
    // "NW 12 AB 34 5": with letters among the groups, the Dutch passport's nine characters are enough.
    if (digits > 20 || (letters === 0 ? digits < 7 : digits < 4 || digits + letters < 8)) continue;
    let start = m.index;
    let span = m[0];
    if (m[1] !== undefined && CUE_CAPITALS.has(m[1])) {
      const rest = span.slice(m[1].length).replace(/^[\s-]+/, '');
      start += span.length - rest.length;
      span = rest;
    }
    // One run of digits alone is read by the other rules; here the grouping is what they miss.
    if (/^\d+$/.test(span)) continue;
    if (cued(start)) out.push({ type: 'DOCUMENTNUMMER', start, end: start + span.length, tier: 1 });
  }
}

/** "seria RX nr 482917", "серия АВ № 123456": a card's series and number, said with the words between them. */
const SERIES_WORD_AND_NUMBER =
  /(?<![\p{L}])(?:seria|serie|serii|series|серия|серія|серии)\s+([A-ZА-ЯІЇЄ]{1,3})\s*,?\s*(?:(?:nr|no|număr(?:ul)?|numar(?:ul)?|numer|number|номер|№)\.?:?\s*)?(\d{5,9})(?![\p{L}\d])/giu;
/** Italy's tax code (codice fiscale): six letters, the birth year, a month letter, the day, a place code and a check letter. */
const CODICE_FISCALE = /(?<![\p{L}\d])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\p{L}\d])/gu;

function findSeriesAndCodes(text: string, out: Candidate[]): void {
  if (/seri|сери|серi/i.test(text))
    for (const m of allMatches(SERIES_WORD_AND_NUMBER, text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      out.push({ type: 'DOCUMENTNUMMER', start, end: m.index + m[0].length, tier: 1 });
    }
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /[A-Z]{6}\d\d/.test(text))
    for (const m of allMatches(CODICE_FISCALE, text))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
}

/**
 * "NX 4R8 1P2", "AB12 CD34 5": a number of letters and digits copied in odd groups from a card, after
 * a document word. Capitals and digits only, seven to fourteen of them, at least three digits and
 * letters among them (the all-digit groupings are `GROUPED_NUMBER`'s).
 */
const MIXED_GROUPS = /(?<![\p{L}\d-])[A-Z0-9]{1,5}(?:(?:\s|\s?[.\-/]\s?)[A-Z0-9]{1,5}){1,13}(?![\p{L}\d]|[.\-/]\d)/gu;

/** Letters that make a group a unit: currencies, measures, hours ("X" between two numbers is a times sign). */
const UNIT_GROUP = /^(?:EUR|EURO|USD|GBP|PLN|RON|LEI|BGN|TRY|UAH|KM|KG|CM|MM|M2|UUR|PM|AM|H)$/;

function findMixedGroups(text: string, out: Candidate[], cued: (start: number) => boolean): void {
  for (const m of allMatches(MIXED_GROUPS, text)) {
    const compact = m[0].replace(/[^A-Z0-9]/g, '');
    const digits = countDigits(compact);
    if (compact.length < 7 || compact.length > 14 || digits < 3 || digits === compact.length) continue;
    // "3 X 250 EUR": a sum with its unit or a times sign, not a card's number.
    const groups = m[0].split(/[\s.\-/]+/);
    if (
      groups.some(
        (group, i) => UNIT_GROUP.test(group) || (group === 'X' && /^\d+$/.test(groups[i - 1] ?? '') && /^\d+$/.test(groups[i + 1] ?? '')),
      )
    )
      continue;
    // The capitals that name the number ("ID", "NR") are its cue, not a part of it.
    const first = /^[A-Z]+/.exec(m[0])?.[0];
    if (first !== undefined && CUE_CAPITALS.has(first) && /^[A-Z]+[\s-]/.test(m[0])) continue;
    if (cued(m.index)) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

/**
 * Whether `DOCUMENT_CUE` stands in the 50 characters before a start, asked once per start: the rules
 * of `findLongDocuments` read the same number of a message in several shapes (grouped, spaced, a
 * code), and the cue's long list of words is the costliest pattern they run.
 */
function documentCueBefore(text: string): (start: number) => boolean {
  let known: Map<number, boolean> | undefined;
  return (start) => {
    known ??= new Map<number, boolean>();
    let cued = known.get(start);
    if (cued === undefined) {
      cued = DOCUMENT_CUE.test(text.slice(Math.max(0, start - 50), start));
      known.set(start, cued);
    }
    return cued;
  };
}

/**
 * "Zijn verblijfsvergunning ligt bij Tesfay, het nummer is W08K41953": "the number" points back to a
 * document the sentence named before, further away than `DOCUMENT_CUE` looks. Only a code of letters
 * and digits: a number of digits alone after "het nummer is" is most often a telephone number.
 */
const NUMBER_NAMED_BACK = /(?<![\p{L}])(?:nummer|number|numer|număr(?:ul)?|numar(?:ul)?|nr|no)\.?\s*(?:is|was|:)?\s*$/iu;
const DOCUMENT_WORD = new RegExp(DOCUMENT_CUE.source.slice(0, DOCUMENT_CUE.source.lastIndexOf('[^')), 'iu');
const SENTENCE_END = /[.!?\n]\s/g;

function namedBackAsDocument(text: string, start: number, compact: string): boolean {
  if (!/[A-Z]/i.test(compact) || !NUMBER_NAMED_BACK.test(text.slice(Math.max(0, start - 16), start))) return false;
  let from = 0;
  for (const m of allMatches(SENTENCE_END, text.slice(0, start))) from = m.index + m[0].length;
  return DOCUMENT_WORD.test(text.slice(from, start));
}

/** Portugal's citizen card: eight digits, then a check digit, two letters and a digit ("14729381 4ZX7"). */
const PORTUGUESE_CC = /(?<![\p{L}\d])\d{8}\s?\d[A-Z]{2}\d(?![\p{L}\d])/gu;

/** `digits`: how many the message holds. Every rule but the last needs four (most six or more) to push a number. */
function findDocuments(text: string, out: Candidate[], digits: number): void {
  if (digits >= 4) findLongDocuments(text, out);
  if (hasAny(text, CAPITAL_PAIR))
    for (const m of allMatches(DUTCH_DOCUMENT, text)) {
      if (countDigits(m[0]) >= 2) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
}

function findLongDocuments(text: string, out: Candidate[]): void {
  const cued = documentCueBefore(text);
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /\d[A-Z]{2}\d/.test(text))
    for (const m of allMatches(PORTUGUESE_CC, text))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (/\d[/.-]\d+[/.-]\d/.test(text))
    for (const m of allMatches(SLASHED_NUMBER, text)) {
      if (countDigits(m[0]) < 8 || !m[0].includes('/')) continue;
      if (cued(m.index)) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  if (/\b[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9]\b/i.test(text) && /\d \S \d/.test(text)) findSpelledCodes(text, out, cued);
  if (/\d \d \d/.test(text))
    for (const m of allMatches(ONE_BY_ONE, text)) {
      if (cued(m.index)) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  if (/\d[\s.-]+\d|[A-Z][\s-]\d/.test(text)) findGroupedNumbers(text, out, cued);
  if (/[A-Z0-9][\s.\-/][A-Z0-9]/.test(text) && hasAny(text, CAPITAL_NEAR_DIGIT)) findMixedGroups(text, out, cued);
  findSeriesAndCodes(text, out);
  for (const m of allMatches(SPACED_DIGITS, text)) {
    if (countDigits(m[0]) < 8) continue;
    if (cued(m.index)) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  if (mayHoldCode(text))
    for (const m of allMatches(CODE, text)) {
      const compact = m[0].replace(/-/g, '');
      if (countDigits(compact) < 4 || compact.length < 6) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
      if (!cued(m.index) && !DOCUMENT_AFTER.test(after) && !namedBackAsDocument(text, m.index, compact)) continue;
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && testText(SERIES_START, text))
    for (const m of allMatches(SERIES_AND_NUMBER, text)) {
      if (countDigits(m[0]) < 6) continue;
      // "BSN 413468367", "KVK 12345678": the letters are the cue of another number, not a series.
      if (/^(?:BSN|KVK|TEL|NR|NO)\s/.test(m[0])) continue;
      if (cued(m.index)) {
        out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
      }
    }
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /[A-Z]\d{8}/.test(text))
    for (const m of allMatches(LETTER_AND_EIGHT_DIGITS, text))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 2 });
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /[A-Z]{2}\s?\d\d\s?\d\d\s?\d\d\s?[A-D]/.test(text))
    for (const m of allMatches(UK_NI_NUMBER, text))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (hasAny(text, CAPITAL_PAIR)) {
    for (const m of allMatches(SERIES_OF_TWO, text))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 2 });
  }
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /\d{7}-?[A-Z]/.test(text))
    for (const m of allMatches(SPANISH_ID, text)) {
      // An NIE's shape (X, Y or Z, seven digits, a letter) is distinctive even with a mistyped letter.
      const nie = /^[XYZ]/.test(m[0]);
      if (isSpanishId(m[0]) || nie)
        out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: isSpanishId(m[0]) ? 1 : 2 });
    }
}

/**
 * A case or file number after its word: "dossiernummer 2023/04512", "zaaknummer 12345/2024", "kenmerk
 * 2023-IND-4471", "case no. 45-AB-2023", "pv-nummer PL0900-2023123456". Such a number finds the file
 * and so the person, and its digits come in groups the other rules leave (slashes, dots, a year
 * inside). A word that is also an ordinary noun ("zaak", "case", "file", "referentie": an order's
 * reference is no one's file) counts only with its number word; a number needs five digits, or four with a letter or a mark between groups, so a bare year
 * ("de zaak van 2019") or a date stays out.
 */
const CASE_CUE =
  /(?<![\p{L}])(?:(?:dossier|kenmerk|aktenzeichen|expediente|sygnatura|dosar(?:ul)?)(?:-?(?:nummer|nr)|\s+(?:nummer|number|no|nr|n°|nº|num|numéro|número|numer))?|(?:zaak|zaaks|case|file|ref|reference|referentie|registratie|aangifte|proces-verbaal|pv|klacht|melding|complaint|report|sprawy|akt)(?:-?(?:nummer|nr|kenmerk)|\s+(?:nummer|number|no|nr|n°|nº|num|ref|reference)|(?=\s*[:#]))|proces-verbaal|(?:numéro|número|numer|număr(?:ul)?)\s+(?:de\s+|del\s+)?(?:dossier|dosarului|expediente|sprawy|caso))\.?\s*(?:(?:is|was|:|#|=|bij\s+(?:de|het)\s+[\p{L}-]+(?:\s+is)?|at\s+(?:the\s+)?[\p{L}-]+(?:\s+is)?|with\s+[\p{L}-]+(?:\s+is)?)\s*)*$/iu;
/** "de aangifte heeft nummer …", "het dossier bij de IND heeft kenmerk …", "the case has number …": the number said with a verb. */
const CASE_WITH_NUMBER =
  /(?<![\p{L}])(?:dossier|zaak|aangifte|melding|klacht|case|file|complaint|report|proces-verbaal|pv)\s+(?:(?:bij|at|with)\s+(?:(?:de|het|the)\s+)?[\p{L}-]+\s+)?(?:heeft|had|met|onder|kreeg|krijgt|has|with|got|under|staat\s+onder)\s+(?:(?:het|een|the|a)\s+)?(?:nummer|number|kenmerk|reference|no\.?|nr\.?)\s*:?\s*$/iu;
const CASE_NUMBER = /(?<![\p{L}\d/.-])[A-Z0-9](?:[A-Z0-9]|[/.-](?=[A-Z0-9])|\s(?=\d{2,}(?![\p{L}])))*(?![\p{L}\d])/gu;
const DATE_SHAPED = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|^\d{4}-\d{2}-\d{2}$/;

function findCaseNumbers(text: string, out: Candidate[]): void {
  for (const m of allMatches(CASE_NUMBER, text)) {
    const digits = countDigits(m[0]);
    if (digits < 4 || digits > 24 || DATE_SHAPED.test(m[0])) continue;
    if (digits === 4 && !/[A-Z/.-]/i.test(m[0].replace(/\d{4}/, ''))) continue;
    // A number with lower-case letters is a word with digits ("3de", "2x"), unless written all in lower case.
    if (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!CASE_CUE.test(before) && !CASE_WITH_NUMBER.test(before)) continue;
    out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

/** The words without which `CASE_CUE` cannot match, folded. */
const CASE_CUE_WORDS: ReadonlySet<string> = new Set(
  'dossier dossiernummer dossiernr dossier-nummer dossier-nr kenmerk referentie referentienummer referentie-nummer aktenzeichen expediente sygnatura dosar dosarul dosarului zaak zaaks zaaknummer zaaknr zaak-nummer zaak-nr zaakkenmerk zaaksnummer case file ref reference registratie registratienummer aangifte aangiftenummer aangifte-nummer proces-verbaal proces-verbaalnummer pv pv-nummer pv-nr pvnummer klacht klachtnummer melding meldingnummer meldingsnummer complaint report sprawy akt numero numer numar numarul'.split(
    ' ',
  ),
);

/**
 * A document number spelled one character at a time in lower case, as someone reads it off a card:
 * "paspoortnummer is n x k 4 l 8 2 p 1". Seven to fourteen single letters or digits, three of them
 * digits and one a letter, after a document word.
 */
const SPELLED_CODE = /(?<![\p{L}\d])[a-z0-9](?:[\s-][a-z0-9]){6,13}(?![\p{L}\d])/giu;

function findSpelledCodes(text: string, out: Candidate[], cued: (start: number) => boolean): void {
  for (const m of allMatches(SPELLED_CODE, text)) {
    const digits = countDigits(m[0]);
    if (digits < 3 || digits === (m[0].length + 1) / 2) continue;
    if (cued(m.index)) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

/** The Luhn check of payment cards. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** "4111 1111 1111 1111", "5500-0000-0000-0004": a payment card's number in groups of four that passes the Luhn check. */
const CARD_NUMBER = /(?<![\w.,+-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\w]|[.,-]\d)/g;

function findCardNumbers(text: string, out: Candidate[]): void {
  for (const m of allMatches(CARD_NUMBER, text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits))
      out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

/**
 * Any other long digit string is far more often an identifier than anything a supervisor needs; groups
 * joined to it by a dash or slash are part of it ("12345678-0001"), or they would be left readable.
 */
const LONG_NUMBER = /(?<![\w.,€$+-])\d{7,}(?:[-/]\d{1,6})*(?![\w]|[.,/-]\d)/g;

function findLongNumbers(text: string, out: Candidate[]): void {
  for (const m of allMatches(LONG_NUMBER, text)) {
    out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 3 });
  }
}

export function findNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  // Most messages with a digit hold an age, an hour or a house number: too few digits for the rules
  // below, which are asked only when the message holds as many as their numbers need.
  const runs = digitRuns(text);
  if (runs.total >= 9) findBsn(text, out);
  findIbans(text, out);
  if (runs.total >= 9) findNationalIds(text, out);
  if (runs.longest >= 2) findPartialIds(text, out);
  if (runs.total >= 6) findKvk(text, out);
  if (runs.total >= 2) findDocuments(text, out, runs.total);
  if (runs.total >= 4 && mentionsAny(text, CASE_CUE_WORDS)) findCaseNumbers(text, out);
  if (runs.total >= 12 && /\d{4}[ -]\d{4}[ -]\d{4}/.test(text)) findCardNumbers(text, out);
  if (runs.longest >= 7) findLongNumbers(text, out);
  return out;
}
