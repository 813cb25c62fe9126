import { mentionsAny } from '../../../src/anonymiser/text';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';

// Jest gives this file its own modules: these sets take every bit of both numbers, and the last ones are asked word by word.
// Words of letters only (a digit would end a token): "woordaa", "woordab", …
const word = (head: string, i: number): string => head + String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
const sets = Array.from({ length: 70 }, (_, i) => new Set([word('woord', i), word('term', i)]));
const named = [3, 31, 32, 39, 63, 64, 69];
const text = `hier staan ${named.map((i) => word(i % 2 === 0 ? 'woord' : 'term', i)).join(' en ')}, verder niets`;
const expected = sets.map((_, i) => named.includes(i));

describe('trigger sets (text.ts mentionsAny)', () => {
  it('answers alike for each of 70 sets: a bit of the first number (its sign bit among them), of the second, or none', () => {
    expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
    // Asked again with every set known, the message's bits give the same answers.
    expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
    expect(sets.map((s) => mentionsAny('niets van dat alles', s))).toEqual(sets.map(() => false));
  });

  it('answers alike within a run, where a message keeps its bits, and after another message and its caches put back', () => {
    const memo = new RunMemo();
    withMemo(memo, () => {
      expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
      const saved = memo.textCaches();
      expect(sets.map((s) => mentionsAny(`alleen ${word('term', 40)}`, s))).toEqual(sets.map((_, i) => i === 40));
      memo.restoreTextCaches(saved);
      expect(memo.lastBitsHigh).not.toBe(0);
      expect(sets.map((s) => mentionsAny(text, s))).toEqual(expected);
    });
  });
});
