/**
 * Specific dates: a day and a month, with or without a year, in digits or with a Dutch or English
 * month name. A month on its own ("in maart") or a year ("sinds 2019") is not a date of anyone.
 */
import type { Candidate } from '../types';

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_SHORT = 'jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
const MONTH = `(?:${MONTHS_NL}|${MONTHS_EN}|(?:${MONTHS_SHORT})\\.?)`;
const YEAR = `(?:\\s+(?:19|20)\\d{2}|\\s+'\\d{2})`;
const ORDINAL = '(?:e|ste|de|st|nd|rd|th)?';
const WEEKDAY =
  '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo)\\.?,?\\s+)?';

const DAY_MONTH_NAME = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}(?:0?[1-9]|[12]\\d|3[01])${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])${YEAR}?(?!\\d)`,
  'giu',
);
const MONTH_NAME_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_EN}|${MONTHS_NL})\\s+(?:0?[1-9]|[12]\\d|3[01])${ORDINAL}(?![\\p{L}\\d:])(?:,?${YEAR})?`,
  'giu',
);
const NUMERIC_WITH_YEAR = /(?<![\w.\/-])(\d{1,2})([-\/.])(\d{1,2})\2((?:19|20)?\d{2})(?![\w]|[-\/.]\d)/g;
const ISO = /(?<![\w.\/-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w]|[-\/.]\d)/g;
const NUMERIC_NO_YEAR = /(?<![\w.\/:-])(\d{1,2})[-\/](\d{1,2})(?![\w]|[-\/.:]\d)/g;
const DATE_CUE = /\b(?:op|sinds|vanaf|tot|per|geboren|geb\.?|datum|d\.d\.|on|since|born|from|until|dob)\s+$/i;
const RANGE_UNIT =
  /^\s*(?:dagen|keer|uur|uren|jaar|weken|maanden|euro|personen|mensen|man|days|times|hours|weeks|months|people|kinderen|meiden|jongens)\b/i;

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d/.test(text)) return out;
  const push = (start: number, end: number, tier: 1 | 2 = 1): void => {
    out.push({ type: 'DATUM', start, end, tier });
  };
  for (const m of text.matchAll(DAY_MONTH_NAME)) {
    // "3 mei" is a date; "3 mar" could be anything without a year, and "may" is English for "mag".
    const bare = /\s(?:may|mar)$/i.test(m[0]) && !/(?:st|nd|rd|th)\s+of\s+\w+$/i.test(m[0]);
    if (!bare) push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(MONTH_NAME_DAY)) {
    if (/^may\s/i.test(m[0]) && !m[0].includes(',') && !/\d{4}$/.test(m[0])) continue;
    push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC_WITH_YEAR)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (validDayMonth(a, b) || validDayMonth(b, a)) push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ISO)) {
    if (validDayMonth(Number(m[3]), Number(m[2]))) push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC_NO_YEAR)) {
    const cued = DATE_CUE.test(text.slice(Math.max(0, m.index - 12), m.index));
    const after = text.slice(m.index + m[0].length);
    if (cued && validDayMonth(Number(m[1]), Number(m[2])) && !RANGE_UNIT.test(after)) push(m.index, m.index + m[0].length, 2);
  }
  return out;
}
