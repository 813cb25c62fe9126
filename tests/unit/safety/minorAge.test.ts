/**
 * A child read by structure (minor36): the `minor` situation the models read fires on an age under
 * 18 or a child's word, not on a duration, an adult's age or a word with an adult's age beside it.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const minorRead = (text: string): boolean => reader.readForDanger(text).situations.some((h) => h.concept === 'minor' && !h.negated);

describe('the minor situation read by age', () => {
  it.each([
    'een meisje van 15 wordt vanavond opgehaald',
    'mijn dochter is 14 jaar en hij neemt haar mee',
    'mijn zoon van 15 en zijn vriend van 20 zijn weg',
    'she is a 16 year old girl',
    'hij is 15 jr',
    'ze zit in groep 7',
    'my little brother is missing',
    'een jongen werkt daar elke nacht',
    'mijn zoon zit in de auto',
    'mijn zusje van 12-13 wordt opgehaald',
    'sora mea de 17 ani e in olanda',
    'اخي عمره ١٦ سنة جاء الى هولندا وحده',
  ])('reads a child in "%s"', (text) => {
    expect(minorRead(text)).toBe(true);
  });

  it.each([
    'al 2 jaar zie ik haar bijna nooit',
    'Cliënte (24 jr) uit Polen',
    'een Bulgaarse jongen van 20 slaapt in de schuur',
    '2 jaar terug ben ik hier gekomen',
    'sinds 3 jaar werk ik daar',
    'het is 5 jaar geleden',
    'a 19 year old girl works there',
    'mijn dochter van 25 woont bij hem',
    'ik werk van 15 tot 23 uur',
    'I have worked there for 2 years',
    'in year 2019 he came',
    "wat gebeurt er dan met zo'n melding",
    'it is kind of an emergency',
    'een vaste klant, jongen van een jaar of 25',
    'nu ben ik hier 5 jaar',
  ])('reads no child in "%s"', (text) => {
    expect(minorRead(text)).toBe(false);
  });
});
