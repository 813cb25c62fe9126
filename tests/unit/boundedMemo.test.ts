import { recall } from '../../src/boundedMemo';

describe('a bounded memo', () => {
  it('computes a key once and remembers it', () => {
    const memo = new Map<string, number>();
    const computed: string[] = [];
    const length = (key: string) => (computed.push(key), key.length);
    expect([recall(memo, 'abc', length, 10), recall(memo, 'abc', length, 10), recall(memo, 'de', length, 10)]).toEqual([3, 3, 2]);
    expect(computed).toEqual(['abc', 'de']);
  });

  it('starts again when it holds as many keys as its limit', () => {
    const memo = new Map<string, number>();
    const length = (key: string) => key.length;
    recall(memo, 'a', length, 2);
    recall(memo, 'bb', length, 2);
    recall(memo, 'ccc', length, 2);
    expect([...memo.keys()]).toEqual(['ccc']);
  });
});
