/**
 * The value remembered for `key` in `memo`, computed and remembered the first time. Past `limit`
 * entries the memo starts again, so a very long text or transcript cannot grow it without bound.
 * Shared by the memos that live for one reading or one run (src/anonymiser/runMemo.ts,
 * src/triage/cueMemo.ts); `undefined` is never remembered, so `compute` must not return it.
 */
export function recall<V>(memo: Map<string, V>, key: string, compute: (key: string) => V, limit: number): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}
