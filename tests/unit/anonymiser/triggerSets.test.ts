import { mentionsAny } from '../../../src/anonymiser/text';

describe('trigger sets (text.ts mentionsAny)', () => {
  it('answers alike for each of 40 sets, whether a set got one of the 32 bits (the sign bit among them) or not', () => {
    // Jest gives this file its own modules: these sets take every bit, and the last ones are asked word by word.
    // Words of letters only (a digit would end a token): "woordaa", "woordab", …
    const word = (head: string, i: number): string => head + String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const sets = Array.from({ length: 40 }, (_, i) => new Set([word('woord', i), word('term', i)]));
    const text = `hier staan ${word('woord', 3)} en ${word('term', 31)} en ${word('woord', 39)}, verder niets`;
    const expected = sets.map((_, i) => i === 3 || i === 31 || i === 39);
    expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
    // Asked again with every set known, the message's bits give the same answers.
    expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
    expect(sets.map((s) => mentionsAny('niets van dat alles', s))).toEqual(sets.map(() => false));
  });
});
