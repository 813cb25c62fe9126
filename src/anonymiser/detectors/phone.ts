/**
 * Phone numbers. A loose pattern finds digit runs with the separators people type; libphonenumber-js
 * decides which groups form a valid number. Its own text finder reads ", 0031…" after a number as an
 * extension, so it is not used on chat text.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Candidate } from '../types';

const RUN = /(?<![\w+@/.,-])(?:\+|00)?\(?\d[\d\s().\/-]*\d(?![\w])/g;
const GROUP = /\+?\(?\d+\)?/g;
const CUE =
  /\b(?:bel|tel|telefoon|telefoonnummer|nummer|nr|mobiel|gsm|app|whatsapp|sms|call|phone|number|bereiken|bereikbaar|op)(?:\s+(?:is|was|nummer|number))?[\s.:]*$/i;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function isValidPhone(raw: string): boolean {
  // Dialable numbers start with 0, 00 or +; bare digit strings are BSN, KvK or amounts.
  if (!/^(?:\+|\(?0)/.test(raw) || raw.includes('/')) return false;
  const cleaned = raw.replace(/\(0\)/g, '');
  const digits = digitCount(cleaned);
  if (digits < 8 || digits > 15) return false;
  if (parsePhoneNumberFromString(cleaned, 'NL')?.isValid()) return true;
  // Typos, incomplete Dutch mobiles and foreign numbers outside the metadata still identify someone.
  return (cleaned.startsWith('06') && digits >= 9 && digits <= 11) || (/^(?:\+|00)/.test(cleaned) && digits >= 10);
}

/** Splits a digit run into the longest valid numbers from left to right. */
function splitRun(runStart: number, run: string, out: Candidate[], cued: boolean): void {
  const groups = [...run.matchAll(GROUP)].map((g) => ({ start: g.index, end: g.index + g[0].length }));
  let i = 0;
  while (i < groups.length) {
    let found = -1;
    for (let j = Math.min(groups.length - 1, i + 7); j >= i; j--) {
      const candidate = run.slice(groups[i]!.start, groups[j]!.end);
      if (isValidPhone(candidate)) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      out.push({ type: 'TELEFOON', start: runStart + groups[i]!.start, end: runStart + groups[found]!.end, tier: 1 });
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

export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    let start = m.index;
    // A bracket may close a number but not open the run unless it holds an area code.
    while (run.startsWith('(') && !/^\(0?\d{1,4}\)/.test(run)) {
      run = run.slice(1);
      start++;
    }
    run = run.replace(/[\s(.-]+$/, '');
    if (digitCount(run) < 8) continue;
    const cued = CUE.test(text.slice(Math.max(0, start - 25), start));
    splitRun(start, run, out, cued);
  }
  return out;
}
