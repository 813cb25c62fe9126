import { UNKNOWN_WORD_WITH_NUMBER, mayHoldUnknownWordWithNumber } from '../../../src/anonymiser/detectors/address';
import { VIETNAMESE_MONTH_WORDS } from '../../../src/anonymiser/detectors/dates';
import { LOWER_INITIALS_NAME, mayHoldLowerInitial } from '../../../src/anonymiser/detectors/names';
import { includesAny, lowerCase } from '../../../src/anonymiser/text';
import { gatesOnTails, tuningTexts, type Gate } from './helpers';

function matches(pattern: RegExp): (text: string) => boolean {
  return (text) => [...text.matchAll(pattern)].length > 0;
}

/** Each loop beside the pattern it stands before: it may say yes where the pattern does not, never the other way. */
const GATES: readonly Gate[] = [
  ['LOWER_INITIALS_NAME', matches(LOWER_INITIALS_NAME), mayHoldLowerInitial],
  ['UNKNOWN_WORD_WITH_NUMBER', matches(UNKNOWN_WORD_WITH_NUMBER), mayHoldUnknownWordWithNumber],
];
/** The tuning sets hold no Vietnamese date: this gate is proved on the made lines alone. */
const MADE_LINES_ONLY: readonly Gate[] = [
  ['the Vietnamese month word', (t) => /th[áa]ng/iu.test(t), (t) => includesAny(lowerCase(t), VIETNAMESE_MONTH_WORDS)],
];

/** Lines of our own: the letters, marks and spaces each pattern reads in ways a loop could miss. */
const LINES = [
  '',
  'p.j. bakker, (m.a.j. de wit), "ch. van den berg", joh.smit, sj. el amrani',
  'j.w. de groot aan het begin, t.n.v. j.w. de groot, Ö.p.j. bakker, é.j. bakker',
  'mail a.b@c.nl, 12.a.b. jansen, /p.j. bakker, @j.w. de groot, A.b. de wit, x.y',
  '.a. begin, eind a.',
  'Kraaiennest 64, Binnenban\t36a, Straße 5, Øresundvej 12, Ämterweg\u00a012, Ab-Cd 5',
  'Zwanenburgwal 3-1, Ostseeweg-Nord 12, Kleine-Aa 7, Ékolaan 3, Kerkstraat\u20033',
  'het kost 25 euro, ik ben 17 jaar, Amsterdam 2023, Oosterweg\n12',
  'ngày 5 tháng 3, THÁNG 4, Thang 5, tHáNg 6, thàng 7',
];

describe('round 40 gates before patterns that find in few messages', () => {
  it.each([...GATES, ...MADE_LINES_ONLY])('%s: the gate says yes wherever the pattern matches, on made lines', (_name, pattern, gate) => {
    const missed = LINES.filter((line) => pattern(line) && !gate(line));
    expect(missed).toEqual([]);
    expect(LINES.some(pattern)).toBe(true);
  });

  it('each loop says yes wherever its pattern matches, on every tuning text and each of its tails', () => {
    const texts = tuningTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const { matched, missed } = gatesOnTails(GATES, texts);
    expect(missed).toEqual([]);
    for (const n of matched) expect(n).toBeGreaterThan(3);
  });

  it('each loop says no on messages the pattern has nothing to find in, so the pattern is skipped', () => {
    const plain = ['Hij werkt nu al 3 weken zonder loon en mag niet naar huis.', 'ik ben 17 jaar. Ja.', 'Mijn adres is 12.'];
    for (const line of plain) {
      for (const [, pattern, gate] of [...GATES, ...MADE_LINES_ONLY]) {
        expect(pattern(line)).toBe(false);
        expect(gate(line)).toBe(false);
      }
    }
  });
});
