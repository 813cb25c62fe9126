import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { dutchMobileKey } from '../../../src/anonymiser/normalise';
import { seededRandom } from '../../../src/seededRandom';

const SEPARATORS = ['', ' ', '-', '.', '  ', ' - '];

const OPENINGS = ['06', '+316', '+31 6', '+31-6', '00316', '0031 6', '+ 31 6', '0 6'];

/** A Dutch mobile's opening and 7 to 9 more digits, with separators between some of them. */
function writtenNumbers(count: number): string[] {
  const random = seededRandom(13);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = 7 + Math.floor(random() * 3);
    let s = OPENINGS[Math.floor(random() * OPENINGS.length)]!;
    for (let i = 0; i < length; i++) {
      if (random() < 0.3) s += SEPARATORS[Math.floor(random() * SEPARATORS.length)]!;
      s += String(Math.floor(random() * 10));
    }
    out.push(s);
  }
  return out;
}

describe('the comparison key of a Dutch mobile number without libphonenumber', () => {
  it('gives the number libphonenumber gives, for every written form it takes', () => {
    const wrong = writtenNumbers(20000)
      .concat([
        '0612345678',
        '06-12345678',
        '06 12 34 56 78',
        '06.1234.5678',
        '06-1234567',
        '06-123456789',
        '0600000000',
        '0612345678 ',
        '0612345678.',
        '06--12345678',
        '06..12345678',
        '0 6 1 2 3 4 5 6 7 8',
        '06-12345678-',
        '0699999999',
      ])
      .filter((s) => dutchMobileKey(s) !== parsePhoneNumberFromString(s, 'NL')?.number);
    expect(wrong).toEqual([]);
  });

  it.each([
    '+310612345678',
    '00310612345678',
    '+32 470 12 34 56',
    '0032470123456',
    '+31 20 1234567',
    '(06) 12345678',
    '06–12345678',
    '06/12345678',
    '0201234567',
    '06123456',
    '061234567890',
    ' 0612345678',
    '0612345678x',
  ])('leaves "%s" to libphonenumber', (s) => {
    expect(dutchMobileKey(s)).toBeUndefined();
  });
});
