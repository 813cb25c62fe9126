import { keepingTokens } from '../../../src/anonymiser/detect';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { tokenize } from '../../../src/anonymiser/text';

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
