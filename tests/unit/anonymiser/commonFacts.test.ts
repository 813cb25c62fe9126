import { listedFactsOf, tokenFacts } from '../../../src/anonymiser/detectors/names';
import { FUNCTION_WORDS } from '../../../src/anonymiser/lexicons/commonWords';
import type { Token } from '../../../src/anonymiser/types';

const token = (key: string): Token => ({ text: key, key, start: 0, end: key.length });

describe('the facts of function words (looked up in a small map before the table of listed words)', () => {
  it('are those of the table of listed words, for every function word', () => {
    const words = [...FUNCTION_WORDS].filter((w) => listedFactsOf(w) !== undefined);
    expect(words.length).toBeGreaterThan(300);
    expect(tokenFacts(words.map(token))).toEqual(words.map((w) => listedFactsOf(w)));
  });

  it('leave other words to the table and the dictionary', () => {
    const words = ['anna', 'jansen', 'fietsenmaker', 'xqzvbn'];
    const facts = tokenFacts(words.map(token));
    words.forEach((w, i) => {
      const listed = listedFactsOf(w);
      if (listed !== undefined) expect(facts[i]).toBe(listed);
    });
    expect(facts[0]).not.toBe(facts[3]);
  });
});
