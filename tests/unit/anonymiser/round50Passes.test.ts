import { keepingTokens } from '../../../src/anonymiser/detect';
import { withTaggedRest } from '../../../src/anonymiser/resolve';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { tokenize } from '../../../src/anonymiser/text';
import { seededRandom } from '../../../src/seededRandom';
import type { Candidate } from '../../../src/anonymiser/types';

/** Places only (no name, no business): `withTaggedRest`'s retyping afterwards leaves them as they are. */
function place(start: number, end: number, tagged = false): Candidate {
  return tagged ? { type: 'PLAATS', start, end, tier: 3, tagged: true } : { type: 'PLAATS', start, end, tier: 2 };
}

/** What `withTaggedRest` did with a tagged span no winner overlaps: a copy with it added, sorted by start. */
function sortedIn(accepted: readonly Candidate[], tagged: readonly Candidate[]): Candidate[] {
  let out = [...accepted];
  for (const c of tagged) if (!out.some((a) => a.start < c.end && c.start < a.end)) out = [...out, c].sort((a, b) => a.start - b.start);
  return out;
}

describe('withTaggedRest adds a tagged span no winner overlaps where the stable sort put it (round 50)', () => {
  const text = 'x'.repeat(200);
  it('on winners sorted by start, and on winners in any order, over 500 seeded cases', () => {
    const random = seededRandom(50);
    for (let n = 0; n < 500; n++) {
      // Winners that do not overlap: a span every 10 characters, some left out.
      const winners: Candidate[] = [];
      for (let at = 0; at < 190; at += 10) if (random() < 0.4) winners.push(place(at, at + 1 + Math.floor(random() * 9)));
      // Shuffled in a fifth of the cases: the order the caller gave stays what the sort makes of it.
      if (n % 5 === 0) winners.sort(() => random() - 0.5);
      const tagged = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const start = Math.floor(random() * 195);
        return place(start, start + 1 + Math.floor(random() * 4), true);
      }).filter((c) => !winners.some((a) => a.start < c.end && c.start < a.end));
      // Tagged spans that overlap each other are merged (another path): those cases are left out.
      if (tagged.some((a, i) => tagged.some((b, j) => i < j && a.start < b.end && b.start < a.end))) continue;
      const expected = sortedIn(winners, tagged);
      const given = [...winners];
      expect(withTaggedRest(text, given, [...winners, ...tagged])).toEqual(expected);
      // The caller's array is not changed.
      expect(given).toEqual(winners);
    }
  });

  it('puts a tagged span after a winner that starts where it does', () => {
    const winner = place(4, 6);
    const tagged = place(4, 4 + 0, true);
    // An empty tagged span overlaps nothing: it goes after the winner with its start, as the stable sort put it.
    expect(withTaggedRest(text, [place(0, 2), winner, place(9, 12)], [tagged])).toEqual([place(0, 2), winner, tagged, place(9, 12)]);
  });
});

describe('tokenize within a batch answers from its last text before the batch map (round 50)', () => {
  it('gives the tokens the batch keeps, for the last text, another, and the first again; a new batch its own', () => {
    const memo = new RunMemo();
    withMemo(memo, () => {
      const first = keepingTokens(memo, () => {
        const a = tokenize('Ik ben Sanne uit Breda');
        expect(tokenize('Ik ben Sanne uit Breda')).toBe(a);
        const b = tokenize('bel me morgen');
        expect(b.map((t) => t.key)).toEqual(['bel', 'me', 'morgen']);
        expect(tokenize('Ik ben Sanne uit Breda')).toBe(a);
        expect(memo.batchTokens?.get('Ik ben Sanne uit Breda')).toBe(a);
        return a;
      });
      // Another batch (a map of its own) tokenizes the text again, to the same tokens.
      keepingTokens(memo, () => {
        const again = tokenize('Ik ben Sanne uit Breda');
        expect(again).not.toBe(first);
        expect(again).toEqual(first);
      });
    });
  });
});
