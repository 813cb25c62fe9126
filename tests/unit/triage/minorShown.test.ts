import { minorShown } from '../../../src/triage/minorShown';
import { minorShownOf } from '../../../src/triage/minorShownOf';
import { emptyTriage, mergeUnderstood, rememberFacts } from '../../../src/triage/summary';

describe('how a reader of the summary is told about a minor', () => {
  it('says "hinted", not "yes", when only a word pointed to a child and nothing was told', () => {
    // "I have a wife and 2 kids": the word signal alone sets minorInvolved in the summary.
    const summary = mergeUnderstood(emptyTriage(), { form: 'labour_exploitation', signals: ['minor_involved'] });
    expect(summary.minorInvolved).toBe(true);
    expect(minorShown(summary)).toBe('hinted');
  });

  it('says "told" for an age under 18 or a minor told, "guessed" for the writer\'s guess without an age', () => {
    expect(minorShown(rememberFacts(emptyTriage(), { minor: true, age: 15 }))).toBe('told');
    expect(minorShown(rememberFacts(emptyTriage(), { minor: true, minorGuessed: false }))).toBe('told');
    expect(minorShown(rememberFacts(emptyTriage(), { minor: true, minorGuessed: true }))).toBe('guessed');
  });

  it('says "no" when the conversation told an adult, even when a word pointed to children', () => {
    const withWord = mergeUnderstood(emptyTriage(), { form: 'unknown', signals: ['minor_involved'] });
    expect(minorShown(rememberFacts(withWord, { minor: false, age: 19 }))).toBe('no');
    expect(minorShown({ facts: { minor: null, age: 22 }, minorInvolved: null })).toBe('no');
    expect(minorShown({ facts: { minor: null, age: 16 }, minorInvolved: null })).toBe('told');
  });

  it('says "unknown" when nothing was told or hinted', () => {
    expect(minorShown(emptyTriage())).toBe('unknown');
  });

  it('reads a summary kept before facts were by its minorInvolved alone', () => {
    expect(minorShown({ minorInvolved: true })).toBe('told');
    expect(minorShown({ minorInvolved: false })).toBe('no');
    expect(minorShown({})).toBe('unknown');
  });

  it('reads stored JSON of any shape without failing', () => {
    expect(minorShownOf(JSON.parse(JSON.stringify(mergeUnderstood(emptyTriage(), { form: 'unknown', signals: ['minor_involved'] }))))).toBe(
      'hinted',
    );
    expect(minorShownOf({ facts: { minor: 'ja', age: 'x' }, minorInvolved: 3 })).toBe('unknown');
    expect(minorShownOf(null)).toBe('unknown');
    expect(minorShownOf('nonsense')).toBe('unknown');
  });
});
