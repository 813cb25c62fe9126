/** BSN (11-proef), IBAN (mod-97 via ibantools), KvK numbers and identity document numbers. */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Candidate } from '../types';

/** The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 must be a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const NINE_DIGITS = /(?<![\w.,+-])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{3}[.\s]\d{2}[.\s]\d{4})(?![\w]|[.,]\d)/g;
const BSN_CUE = /\b(?:bsn|burgerservicenummer|sofi-?nummer|service\s?number|citizen\s?number)\b[^.!?\n]{0,25}$/i;

function findBsn(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(NINE_DIGITS)) {
    const digits = m[0].replace(/\D/g, '');
    const cued = BSN_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (passesElfproef(digits) || (cued && !digits.startsWith('0'))) {
      out.push({ type: 'BSN', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  }
}

const IBAN_SHAPE = /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![\p{L}\d])/giu;
/** A Dutch IBAN is so distinctive that a typo in its check digits should not let it through. */
const DUTCH_IBAN = /^NL\d{2}[A-Z]{4}\d{10}$/;

function findIbans(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(IBAN_SHAPE)) {
    let raw = m[0];
    // Shrink from the right until valid: the last group may be the next word's digits.
    while (raw.length >= 15) {
      const electronic = electronicFormatIBAN(raw) ?? '';
      if (isValidIBAN(electronic) || DUTCH_IBAN.test(electronic)) {
        out.push({ type: 'IBAN', start: m.index, end: m.index + raw.length, tier: 1 });
        break;
      }
      const cut = raw.search(/\s?[A-Z0-9]+$/i);
      if (cut <= 0) break;
      raw = raw.slice(0, cut);
    }
  }
}

const KVK_CUE =
  /\b(?:kvk|k\.v\.k\.|kamer\s+van\s+koophandel|handelsregister|chamber\s+of\s+commerce|coc)(?:-?nummer|-?nr\.?)?[^.!?\n\d]{0,30}$/i;
const EIGHT_DIGITS = /(?<![\w.,+-])\d{4}\s?\d{4}(?![\w]|[.,]\d)/g;

function findKvk(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(EIGHT_DIGITS)) {
    if (KVK_CUE.test(text.slice(Math.max(0, m.index - 50), m.index))) {
      out.push({ type: 'KVK', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  }
}

const DOCUMENT_CUE =
  /\b(?:paspoort|pas|passport|id|identiteitskaart|identiteitsbewijs|id-kaart|idkaart|id-bewijs|identity\s+card|rijbewijs|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|verblijfsvergunning|verblijfsdocument|vergunning|residence\s+permit|v-nummer|vreemdelingennummer|documentnummer|document\s+number|pasnummer|klantnummer|dossiernummer|zaaknummer|polisnummer|werknemersnummer|personeelsnummer)(?:-?nummer|\s+number|\s+nr\.?)?[^.!?\n]{0,30}$/i;
const CODE = /(?<![\p{L}\d-])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,19}(?![\p{L}\d])/giu;
/** Dutch passport and ID card numbers: two letters, six letters or digits, one digit; never the letter O. */
const DUTCH_DOCUMENT = /(?<![\p{L}\d])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\p{L}\d])/gu;

function findDocuments(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CODE)) {
    const compact = m[0].replace(/-/g, '');
    if ((compact.match(/\d/g) ?? []).length < 4 || compact.length < 6) continue;
    if (!DOCUMENT_CUE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  for (const m of text.matchAll(DUTCH_DOCUMENT)) {
    if ((m[0].match(/\d/g) ?? []).length >= 2) out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 2 });
  }
}

/** Any other long digit string is far more often an identifier than anything a supervisor needs. */
const LONG_NUMBER = /(?<![\w.,€$+-])\d{7,}(?![\w]|[.,]\d)/g;

function findLongNumbers(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(LONG_NUMBER)) {
    out.push({ type: 'DOCUMENTNUMMER', start: m.index, end: m.index + m[0].length, tier: 3 });
  }
}

export function findNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  findBsn(text, out);
  findIbans(text, out);
  findKvk(text, out);
  findDocuments(text, out);
  findLongNumbers(text, out);
  return out;
}
