import { KVK_CUE, KVK_CUE_FAR, mayHoldRegisterCue } from '../../../src/anonymiser/detectors/numbers';
import { detectPii } from '../../../src/anonymiser';
import { tuningTexts } from './helpers';

let matched = 0;

/** The slices (the 60 or 130 characters before an offset, as the detectors ask) where a register cue pattern matches and the gate says no. */
function missedCues(text: string): string[] {
  const missed: string[] = [];
  for (let to = 0; to <= text.length; to++) {
    for (const [pattern, width] of [
      [KVK_CUE, 60],
      [KVK_CUE_FAR, 130],
    ] as const) {
      const from = Math.max(0, to - width);
      if (!pattern.test(text.slice(from, to))) continue;
      matched++;
      if (!mayHoldRegisterCue(text, from, to)) missed.push(text.slice(from, to));
    }
  }
  return missed;
}

describe('the register cue gate (mayHoldRegisterCue)', () => {
  it('is true wherever a register cue pattern matches, on every tuning text', () => {
    const texts = tuningTexts();
    expect(texts.length).toBeGreaterThan(1000);
    matched = 0;
    expect(texts.flatMap(missedCues)).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('is true on made lines with every kind of cue, cut words and letters the patterns fold', () => {
    const lines = [
      'KvK-nummer: 12345678',
      'ingeschreven bij de Kamer van Koophandel onder nummer 1234 5678',
      'k.v.k. 12.34.56.78',
      'HandelsregisterB HRB 12345',
      'Chamber of Commerce registration 87654321',
      'company number 12345678, registration number 2345678',
      'NIP 123-456-32-18, REGON 123456785, KRS 0000123456, CUI RO12345678, CIF B12345678',
      'xkvk 12345678 and kvkx 12345678',
      'ЕИК 123456789, булстат 123456789',
      'kr\u017f 12345678',
      '\u212avk 12345678',
    ];
    matched = 0;
    expect(lines.flatMap(missedCues)).toEqual([]);
    expect(matched).toBeGreaterThan(lines.length);
  });

  it('is false where no cue word stands in ASCII text, so the patterns are not run', () => {
    expect(mayHoldRegisterCue('mijn nummer is 0612345678 en ik woon hier', 0, 15)).toBe(false);
    expect(mayHoldRegisterCue('het bedrijf heeft nummer 12345678', 0, 25)).toBe(false);
    // A cue word anywhere in the message, or a slice that cuts a word, leaves the answer to the patterns.
    expect(mayHoldRegisterCue('kvk van het bedrijf: 12345678', 0, 21)).toBe(true);
    expect(mayHoldRegisterCue('abcdefgh 12345678', 3, 9)).toBe(true);
  });

  it('leaves the register numbers found as before', () => {
    const text = 'De KvK-nummer van Bouwbedrijf Jansen is 12345678.';
    expect(detectPii(text).map((e) => [e.type, text.slice(e.start, e.end)])).toContainEqual(['KVK', '12345678']);
  });
});
