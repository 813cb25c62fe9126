import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { dutchMobileKey, internationalKey } from '../../../src/anonymiser/normalise';
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

const CALLING_CODES = ['31', '32', '40', '44', '48', '49', '90', '212', '359', '380', '33', '39', '1', '7', '421', '420', '370'];
const INTERNATIONAL_OPENINGS = ['+', '00', '+ ', '0 0', '00 '];

/** "+" or 00, a calling code (those of the fast path and others), a separator, and 5 to 13 more digits, some separated. */
function writtenInternationalNumbers(count: number): string[] {
  const random = seededRandom(31);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = INTERNATIONAL_OPENINGS[Math.floor(random() * INTERNATIONAL_OPENINGS.length)]!;
    s += CALLING_CODES[Math.floor(random() * CALLING_CODES.length)]!;
    if (random() < 0.7) s += SEPARATORS[Math.floor(random() * SEPARATORS.length)]!;
    const length = 5 + Math.floor(random() * 9);
    for (let i = 0; i < length; i++) {
      if (i > 0 && random() < 0.25) s += SEPARATORS[Math.floor(random() * SEPARATORS.length)]!;
      // The first digit of the national number is a 0 now and then: a national prefix the fast path leaves alone.
      s += String(i === 0 && random() < 0.8 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10));
    }
    out.push(s);
  }
  return out;
}

describe('the comparison key of an international number without libphonenumber', () => {
  it('gives the number libphonenumber gives, for every written form it takes', () => {
    const forms = writtenInternationalNumbers(60000).concat([
      '+48 512 345 678',
      '0040 721 234 567',
      '+359 88 123 4567',
      '+44 7911 123456',
      '+49 151 23456789',
      '+212 6 61 23 45 67',
      '0090 533 765 43 21',
      '+380 67 123 4567',
      '+32 470 12 34 56',
      '+31 20 1234567',
      '+48 512-345-678.',
      '+48 512 345 678 ',
      '+48 512 345 678-',
      '+ 48 512 345 678',
      '00 40 721 234 567',
    ]);
    const taken = forms.filter((s) => internationalKey(s) !== undefined);
    expect(taken.length).toBeGreaterThan(12000);
    expect(taken.filter((s) => internationalKey(s) !== parsePhoneNumberFromString(s, 'NL')?.number)).toEqual([]);
  });

  it.each([
    '+48 0512 345 678',
    '+33 6 12 34 56 78',
    '+1 212 555 0100',
    '+48 1234567',
    '+48 123456789012',
    '(+48) 512 345 678',
    '+48/512345678',
    '048 512 345 678',
    '0612345678',
  ])('leaves "%s" to libphonenumber', (s) => {
    expect(internationalKey(s)).toBeUndefined();
  });
});
