/**
 * Comparison keys: two spans with the same key are the same person, number or place, however they
 * were written ("06-12345678" and "+31 6 1234 5678", "Kerkstraat 12 a" and "kerkstraat 12a").
 */
import { sharedGazetteer } from '../geo';
import { electronicFormatIBAN } from 'ibantools';
import { TITLES } from './lexicons/cues';
import { TUSSENVOEGSELS } from './lexicons/surnames';
import { parsePhone } from './phoneParse';
import { RunMemo, activeMemo } from './runMemo';
import { fold } from './text';
import type { PiiType } from './types';

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  mar: 3,
  maart: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Name parts that identify a person: no titles, particles or initials. */
export function nameTokens(surface: string): string[] {
  return fold(surface)
    .split(/[\s.]+/)
    .map((t) => t.replace(/[^\p{L}'-]/gu, ''))
    .filter((t) => t.length > 1 && !TITLES.has(t) && !TUSSENVOEGSELS.has(t));
}

/** "12 maart 2021", "12-3-2021" and "12/03/21" all become "12-3-2021"; without a year "12-3". */
export function dateKey(surface: string): string {
  const s = fold(surface);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return `${Number(iso[3])}-${Number(iso[2])}-${iso[1]}`;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?$/.exec(s);
  const named =
    /(\d{1,2})\D*?\s(?:of\s+)?([a-z]+)\.?(?:,?\s+'?(\d{2,4}))?$/.exec(s) ?? /^([a-z]+)\s+(\d{1,2})\D*?(?:,?\s+(\d{4}))?$/.exec(s);
  let day: number | undefined;
  let month: number | undefined;
  let year: string | undefined;
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3]];
  else if (named && /^\d/.test(named[1]!)) [day, month, year] = [Number(named[1]), MONTHS[named[2]!], named[3]];
  else if (named) [day, month, year] = [Number(named[2]), MONTHS[named[1]!], named[3]];
  if (day === undefined || month === undefined) return s.replace(/\s+/g, ' ');
  if (year !== undefined && year.length === 2) year = (Number(year) > 40 ? '19' : '20') + year;
  return year === undefined ? `${day}-${month}` : `${day}-${month}-${year}`;
}

/** "Den Haag", "'s-Gravenhage" and "dh" are one place: the gazetteer's name for it (remembered for the run, as places recur). */
function placeKey(surface: string, folded: string): string {
  const memo = activeMemo();
  // No named closure here: tsx keeps function names, which cost a property definition per closure made.
  return memo === undefined
    ? lookUpPlaceKey(surface, folded)
    : RunMemo.recall(memo.placeKeys, surface, (written) => lookUpPlaceKey(written, folded));
}

function lookUpPlaceKey(written: string, folded: string): string {
  const [span] = sharedGazetteer().findPlaces(written, { typos: false });
  const whole = span && span.start === 0 && span.end === written.length ? span.place : undefined;
  return whole ? `${whole.kind}|${whole.name}` : folded.replace(/[’]/g, "'").replace(/[-\s]+/g, ' ');
}

/**
 * The digits of a number that opens with "+" (`plus`) or 0 and has only spaces, hyphens and dots
 * between its digits; undefined for any other.
 */
function dialledDigits(cleaned: string, plus: boolean): string | undefined {
  if (!plus && cleaned.charCodeAt(0) !== 48) return undefined;
  let digits = '';
  for (let i = plus ? 1 : 0; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += cleaned[i];
    else if (c !== 32 && c !== 45 && c !== 46) return undefined;
  }
  return digits;
}

/**
 * The key libphonenumber gives a Dutch mobile number ("06-12345678", "06 12 34 56 78", "+31 6
 * 12345678", "0031 6 …", also a digit short or long): +31 and the national number without its 0.
 * Worked out here for the commonest number in chat, so the pseudonymiser need not run libphonenumber
 * for it; undefined for anything else (tests/unit/anonymiser/phoneKey.test.ts holds it against
 * libphonenumber).
 */
export function dutchMobileKey(cleaned: string): string | undefined {
  const plus = cleaned.charCodeAt(0) === 43;
  const digits = dialledDigits(cleaned, plus);
  if (digits === undefined) return undefined;
  const from = plus ? (digits.startsWith('316') ? 2 : -1) : digits.startsWith('06') ? 1 : digits.startsWith('00316') ? 4 : -1;
  if (from < 0 || digits.length - from < 8 || digits.length - from > 10) return undefined;
  return `+31${digits.slice(from)}`;
}

/**
 * Country calling codes of the countries chat numbers most often come from whose numbers
 * libphonenumber keys as "+", the code and the national number as written, when that number opens
 * with 1-9 (no national prefix or carrier code is read after the code): checked against it in
 * tests/unit/anonymiser/phoneKey.test.ts.
 */
const PLAIN_CALLING_CODES = ['31', '32', '40', '44', '48', '49', '90', '212', '359', '380'] as const;

/**
 * The key libphonenumber gives an international number of those countries ("+48 512 345 678",
 * "0040 721 234 567", "+359 88 123 4567"): "+" and its digits, without the 00. Worked out here, as
 * `dutchMobileKey` is, because these were most of the numbers the pseudonymiser still asked
 * libphonenumber about (24 of the bench's 34); undefined for anything else.
 */
export function internationalKey(cleaned: string): string | undefined {
  const plus = cleaned.charCodeAt(0) === 43;
  let digits = dialledDigits(cleaned, plus);
  if (digits === undefined) return undefined;
  if (!plus) {
    if (!digits.startsWith('00')) return undefined;
    digits = digits.slice(2);
  }
  for (const code of PLAIN_CALLING_CODES) {
    if (!digits.startsWith(code)) continue;
    const national = digits.length - code.length;
    return national < 8 || national > 11 || digits.charCodeAt(code.length) === 48 ? undefined : `+${digits}`;
  }
  return undefined;
}

/** Comparison key of a span (remembered for the run: the same values recur across a transcript). */
export function comparisonKey(type: PiiType, surface: string): string {
  const memo = activeMemo();
  if (memo === undefined) return computeKey(type, surface);
  return RunMemo.recall(memo.comparisonKeys, `${type}|${surface}`, () => computeKey(type, surface));
}

function computeKey(type: PiiType, surface: string): string {
  const folded = fold(surface).trim();
  switch (type) {
    case 'NAAM':
      return nameTokens(surface).sort().join(' ') || folded;
    case 'TELEFOON': {
      const cleaned = surface.replace(/\(0\)/g, '');
      return dutchMobileKey(cleaned) ?? internationalKey(cleaned) ?? parsePhone(cleaned)?.number ?? cleaned.replace(/\D/g, '');
    }
    case 'EMAIL':
      return folded.replace(/\s?[[(]at[\])]\s?/g, '@');
    case 'URL':
      return folded
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/+$/, '');
    case 'HANDLE':
      return folded.replace(/^@/, '');
    case 'IBAN':
      return electronicFormatIBAN(surface) ?? folded.replace(/\s/g, '').toUpperCase();
    case 'ADRES':
      return folded.replace(/(\d+)\s*[-/]?\s*([a-z]+)$/, '$1$2').replace(/\s+/g, ' ');
    case 'DATUM':
      return dateKey(surface);
    case 'ORGANISATIE':
      return folded
        .replace(/\b(?:b\.?\s?v\.?|n\.?v\.?|v\.?o\.?f\.?|holding|gmbh|ltd\.?|sp\.\s?z\s?o\.\s?o\.?)$/g, '')
        .replace(/^(?:de|het|'t)\s+/, '')
        .replace(/[^\p{L}\d]+/gu, ' ')
        .trim();
    case 'PLAATS':
      return placeKey(surface, folded);
    case 'IP':
      return folded;
    default:
      return folded.replace(/[^\p{L}\d]/gu, '').toUpperCase();
  }
}
