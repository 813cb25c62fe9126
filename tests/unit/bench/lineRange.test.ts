import { linesOption, selectLines } from '../../../bench/support/lineRange';

describe('a held-out part of an evaluation set (--lines)', () => {
  const items = ['a', 'b', 'c', 'd'];

  it('takes lines FROM to TO, counted from 1, both included', () => {
    expect(selectLines(items, '2-3')).toEqual(['b', 'c']);
    expect(selectLines(items, '3-99')).toEqual(['c', 'd']);
    expect(selectLines(items, '1-1')).toEqual(['a']);
  });

  it('refuses a range that is no range', () => {
    expect(() => selectLines(items, '0-2')).toThrow(/--lines/);
    expect(() => selectLines(items, '3-2')).toThrow(/--lines/);
    expect(() => selectLines(items, 'all')).toThrow(/--lines/);
    expect(() => selectLines(items, '2-')).toThrow(/--lines/);
  });

  it('reads the option from a command line only together with --set', () => {
    expect(linesOption(['--set', 'x.jsonl', '--lines', '101-229'])).toBe('101-229');
    expect(linesOption(['--set', 'x.jsonl'])).toBeUndefined();
    expect(() => linesOption(['--lines', '1-5'])).toThrow(/--set/);
    expect(() => linesOption(['--set', 'x.jsonl', '--lines'])).toThrow(/FROM-TO/);
    expect(() => linesOption(['--set', 'x.jsonl', '--lines', '--verbose'])).toThrow(/FROM-TO/);
    expect(() => linesOption(['--set', 'x.jsonl', '--lines', '5-1'])).toThrow(/--lines/);
  });
});
