import { detectConversation, detectPii, Pseudonymiser } from '../../../src/anonymiser';
import { detectCandidates } from '../../../src/anonymiser/detect';
import { RunMemo, activeMemo, withMemo } from '../../../src/anonymiser/runMemo';

const message = 'Mijn buurvrouw Zawadi Okonkwo-Mbeki werkt bij Kwekerij Verhoef, bel haar op 06-12345678.';

/** Every key and text one memo holds, as one string to search. */
function held(memo: RunMemo): string {
  return [
    ...memo.facts.keys(),
    ...memo.ordinary.keys(),
    ...memo.comparisonKeys.keys(),
    ...memo.placeKeys.keys(),
    ...memo.cyrillicPlaces.keys(),
    ...memo.placeTypos.keys(),
    ...memo.recentTexts,
  ].join('\n');
}

describe('the memos of one anonymiser run', () => {
  it('are active only while a call lasts: no run holds a word of a message after it returns', () => {
    new Pseudonymiser().anonymise(message);
    expect(activeMemo()).toBeUndefined();
    detectPii(message);
    expect(activeMemo()).toBeUndefined();
    detectConversation([message, 'Zawadi belde weer.']);
    expect(activeMemo()).toBeUndefined();
  });

  it('keep what a run worked out in that run’s memo, and in no other', () => {
    const mine = new RunMemo();
    const other = new RunMemo();
    withMemo(mine, () => detectCandidates(message));
    expect(held(mine)).toContain('zawadi');
    expect(held(mine)).toContain(message);
    // The gazetteer's typo look-ups (words after a place word such as "bij") land in the run's memo too;
    // a capitalised word without one (a name, as often as not) is not looked up at all.
    expect([...mine.placeTypos.keys()]).toEqual(['kwekerij']);
    withMemo(other, () => detectCandidates('Het is koud vandaag.'));
    expect(held(other)).not.toContain('zawadi');
  });

  it('hold the word-list facts of words no list knows only: listed names are answered by the table built at start', () => {
    const memo = new RunMemo();
    withMemo(memo, () => detectCandidates('Ik zag Fatima gisteren bij de tomatenkwekerij.'));
    expect(memo.facts.has('fatima')).toBe(false);
    expect(memo.facts.has('tomatenkwekerij')).toBe(true);
  });

  it('restore the outer run’s memo after a nested run, also when it throws', () => {
    const outer = new RunMemo();
    withMemo(outer, () => {
      expect(() =>
        withMemo(new RunMemo(), () => {
          throw new Error('stop');
        }),
      ).toThrow('stop');
      expect(activeMemo()).toBe(outer);
    });
    expect(activeMemo()).toBeUndefined();
  });

  it('change nothing that is found: with or without a memo, and in a fresh run or a used one', () => {
    const bare = detectCandidates(message);
    const used = new RunMemo();
    withMemo(used, () => detectCandidates('Zawadi en Verhoef, 06-12345678, Kwekerij.'));
    expect(withMemo(used, () => detectCandidates(message))).toEqual(bare);
    expect(withMemo(new RunMemo(), () => detectCandidates(message))).toEqual(bare);
  });

  it('give each transcript its own memo, so placeholders still follow the transcript', () => {
    const p = new Pseudonymiser();
    const [first, second] = [p.anonymise('Ik heet Zawadi.'), p.anonymise('Zawadi belt morgen op 06-12345678.')];
    expect(first.text).toBe('Ik heet [NAAM-1].');
    expect(second.text).toBe('[NAAM-1] belt morgen op [TELEFOON-1].');
    expect(new Pseudonymiser().anonymise('Zawadi belt.').text).toBe('[NAAM-1] belt.');
  });
});
