import { tokenize } from '../../../src/safety/normalise';
import { compilePattern, findMatches, indexTokens, someMatch, type PatternMatch } from '../../../src/safety/patterns';

const concepts = { harm: ['slaat', 'schopt', 'bedreig*'], who: ['hij', 'ze'] };
const starts = (source: string, text: string) => findMatches(compilePattern(source, concepts), tokenize(text)).map((m) => m.start);

describe('pattern matching with the first-letter index', () => {
  const text = 'Ik weet het niet. Hij slaaat haar, en ze bedreigt hem! Ook hij schopt.';

  it('tries a pattern only where its first word can start, and still reads stretched letters and stems', () => {
    // 0:| 1:ik 2:weet 3:het 4:niet 5:| 6:hij 7:slaat 8:haar 9:| 10:en 11:ze 12:bedreigt 13:hem 14:| 15:ook 16:hij 17:schopt 18:|
    expect(starts('@who @harm', text)).toEqual([6, 11, 16]);
  });

  it('finds patterns that start at a boundary, with a gap, or with a bare stem', () => {
    expect(starts('. @who', text)).toEqual([5]);
    expect(starts('~2 @harm', text)).toEqual([6, 7, 10, 11, 12, 15, 16, 17]);
    expect(starts('* @harm', text)).toEqual([6, 11, 16]);
    // "schpot" is one insertion away from "schpt": still a typo of the same word.
    expect(starts('hij slat|schpt', 'hij slat, hij schpot')).toEqual([1, 4]);
  });

  it('reads a typo of a word or stem of five letters or more, never a near miss or an ordinary word', () => {
    const typos = { killing: ['vermoord*', 'wurgen'] };
    const hits = (text: string) => findMatches(compilePattern('@killing', typos), tokenize(text)).map((m) => m.start);
    expect(hits('ze vermoort hem')).toEqual([2]); // one edit inside the stem
    expect(hits('hij wurgden haar')).toEqual([2]); // one edit from the word
    expect(hits('ik vermoed iets')).toEqual([]); // a near miss of "vermoord"
    expect(hits('wurg')).toEqual([]); // too short to be read as a typo
    expect(hits('vermoorden')).toEqual([1]);
  });

  it('gives the same matches with a shared index as without one', () => {
    const tokens = tokenize(text);
    const index = indexTokens(tokens);
    for (const source of ['@who @harm', '. @who', '~2 @harm', 'ook|en ~1 @harm', '* @harm']) {
      const pattern = compilePattern(source, concepts);
      const all = tokens.map((_, start) => findMatches(pattern, tokens.slice(start)).filter((m) => m.start === 0).length > 0);
      const expected = all.flatMap((hit, i) => (hit ? [i] : []));
      expect(findMatches(pattern, tokens, index).map((m) => m.start)).toEqual(expected);
    }
  });

  it('merges the start positions of several first letters and boundaries in ascending order', () => {
    // First words with the letters e, h, o and z, and a boundary: five position lists merged.
    expect(starts('.|ook|en|hij|ze ~1 @harm', text)).toEqual([5, 6, 10, 11, 15, 16]);
    expect(starts('.|ook|en|hij|ze ~1 @harm', 'niets hier')).toEqual([]);
  });

  it('says whether a match passes a test, stopping at the first that does', () => {
    const tokens = tokenize(text);
    const index = indexTokens(tokens);
    const pattern = compilePattern('@who @harm', concepts);
    const seen: number[] = [];
    const after = (start: number) => (match: PatternMatch) => {
      seen.push(match.start);
      return match.start > start;
    };
    expect(someMatch(pattern, tokens, index, after(6))).toBe(true);
    // Stopped at the match it took: the test is asked no further.
    expect(seen.filter((s) => s > 6)).toEqual([seen.at(-1)]);
    seen.length = 0;
    expect(someMatch(pattern, tokens, index, after(16))).toBe(false);
    expect(seen.sort((a, b) => a - b)).toEqual([6, 11, 16]);
  });

  it('tries the same matches as findMatches, gap tokens included, also with starts of several first letters', () => {
    const tokens = tokenize(text);
    const index = indexTokens(tokens);
    for (const source of ['ook|en ~1 @harm', '.|ook|en|hij|ze ~1 @harm', '~2 @harm', '@who @harm']) {
      const pattern = compilePattern(source, concepts);
      const found: PatternMatch[] = [];
      expect(
        someMatch(pattern, tokens, index, (match) => {
          found.push(match);
          return false;
        }),
      ).toBe(false);
      expect(found.sort((a, b) => a.start - b.start)).toEqual(findMatches(pattern, tokens, index));
    }
    const gapped = findMatches(compilePattern('ook|en ~1 @harm', concepts), tokens, index);
    expect(gapped.map((m) => m.gapTokens)).toEqual([[11], [16]]);
  });
});
