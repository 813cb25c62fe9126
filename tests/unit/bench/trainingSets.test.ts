import { trainingSetsOnly } from '../../../bench/support/trainingSets';

describe('the dialog files a bench reads whole (round 51)', () => {
  it('takes the sets written for training', () => {
    const files = ['corpus/dialogs/train51a.jsonl', '/work/x/corpus/dialogs/train51b.jsonl'];
    expect(trainingSetsOnly(files)).toEqual(files);
  });

  it.each([
    ['a tuning set, whose conversations 16-30 are held out', 'tests/eval/dialogs-dev-at.jsonl'],
    ['the oldest tuning set', 'dialogs-dev.jsonl'],
    ['a blind set', 'tests/eval/blind/conversations-ar.jsonl'],
    ['a blind folder elsewhere', '/work/blind/anything.jsonl'],
    ['a file that is no set of conversations', 'corpus/questions/nl.txt'],
  ])('refuses %s', (_what, file) => {
    expect(() => trainingSetsOnly(['corpus/dialogs/train51a.jsonl', file])).toThrow(file);
  });
});
