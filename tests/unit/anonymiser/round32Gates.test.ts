import { VIETNAMESE_STREET_WORDS } from '../../../src/anonymiser/detectors/address';
import { CODE, mayHoldCode } from '../../../src/anonymiser/detectors/numbers';
import { LINEAGE_GATE, mayHoldLineageWord } from '../../../src/anonymiser/detectors/names';
import { CARIBBEAN_GATE, CARIBBEAN_WORDS } from '../../../src/anonymiser/detectors/places';
import { MAIL_WORD, MAIL_WORD_CORES, SPOKEN_AT, mayHoldSpokenAt } from '../../../src/anonymiser/detectors/web';
import { countDigits, includesAny, lowerCase } from '../../../src/anonymiser/text';
import { gatesOnTails, tuningTexts, type Gate } from './helpers';

/** A match of `CODE` with the four digits `findLongDocuments` keeps one for. */
function codeWithFourDigits(text: string): boolean {
  return [...text.matchAll(CODE)].some((m) => countDigits(m[0]) >= 4);
}

/** Each gate beside the pattern it stands before: the gate may say yes where the pattern does not, never the other way. */
const GATES: readonly Gate[] = [
  ['CODE with four digits', codeWithFourDigits, mayHoldCode],
  ['SPOKEN_AT', (t) => SPOKEN_AT.test(t), mayHoldSpokenAt],
  ['MAIL_WORD', (t) => MAIL_WORD.test(t), (t) => includesAny(lowerCase(t), MAIL_WORD_CORES)],
  ['CARIBBEAN_GATE', (t) => CARIBBEAN_GATE.test(t), (t) => includesAny(lowerCase(t), CARIBBEAN_WORDS)],
  ['LINEAGE_GATE', (t) => LINEAGE_GATE.test(t), mayHoldLineageWord],
];

/** Lines of our own: the cases, letters and marks each pattern reads in ways a loop could miss. */
const LINES = [
  '',
  'paspoort AB12CD34 en nummer XK-1234-Z9 en abc-12-34',
  'code 12ab34 en 1a2b3c4d en ab_1234 en 12345',
  'kr\u017fz1234 en \u212a1234a en ab-1-2-3-4',
  'mail me at gmail, peter_at_hotmail, PETER-AT-GMAIL, Ana AT yahoo, la poste, LA gmail',
  'anna(at)gmail, anna{at}gmail, anna<at>gmail, anna[at]gmail, anna@gmail',
  'kasia MAŁPA wp punt pl, Malpa, ARROBA, Arond, ChioccIola, AROBASE, apenstaartje, APESTAARTJE',
  'éat à la carte, İat, \u212aat, 9at, _at, at_',
  'E-Mail, EMAIL, Mailadres, poczta, CORREO, Courriel, e-mailen',
  'BONAIRE en Sint Eustatius en Statia en SABA en saba',
  'Ahmed bin Laden, Fatima bint Ali, Omar ibn Said, Mohamed ould Abdel, x wuld y, BIN, Bin',
];

describe('round 32 gates before whole-message patterns', () => {
  it.each(GATES)('%s: the gate says yes wherever the pattern matches, on made lines', (_name, pattern, gate) => {
    const missed = LINES.filter((line) => pattern(line) && !gate(line));
    expect(missed).toEqual([]);
    expect(LINES.some(pattern)).toBe(true);
  });

  it('each gate says yes wherever its pattern matches, on every tuning text and each of its tails', () => {
    const texts = tuningTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const { matched, missed } = gatesOnTails(GATES, texts);
    expect(missed).toEqual([]);
    for (const n of matched) expect(n).toBeGreaterThan(3);
  });

  it('each gate says no on a plain message, so the pattern is skipped', () => {
    const plain = 'Hij werkt nu al drie weken zonder loon en mag niet naar huis.';
    for (const [, pattern, gate] of GATES) {
      expect(pattern(plain)).toBe(false);
      expect(gate(plain)).toBe(false);
    }
  });

  it('asks the Vietnamese street words only of a message with a character beyond ASCII: each word has one', () => {
    for (const w of VIETNAMESE_STREET_WORDS) expect(w).toMatch(/[^\x00-\x7f]/);
  });
});
