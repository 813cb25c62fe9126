import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverSets, evaluate, loadEvalSet, type Counts } from '../../../bench/eval-anonymiser';

/**
 * Guards the figures printed by `npm run eval:anonymiser` on the tuning sets (see the closing
 * report of issue 13). The margins allow small trade-offs, not regressions. Blind sets are scored
 * by the eval script only: a test that must pass on them would invite tuning on them.
 */
const recall = (c: Counts): number => c.covered / c.gold;

describe('anonymiser evaluation sets', () => {
  const original = loadEvalSet();
  const development = loadEvalSet(join(__dirname, '..', '..', 'eval', 'anonymiser-dev.jsonl'));

  it('are large enough and hold hard negatives', () => {
    expect(original.length).toBeGreaterThanOrEqual(300);
    expect(development.length).toBeGreaterThanOrEqual(400);
    expect(development.reduce((n, r) => n + r.entities.length, 0)).toBeGreaterThanOrEqual(500);
    expect(development.filter((r) => r.entities.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['original', original, 0.99, 0.95, 0.98],
    ['development', development, 0.99, 0.97, 0.98],
  ] as const)('keeps recall and precision on the %s set', (_name, records, required, quasi, precision) => {
    const result = evaluate(records);
    expect(recall(result.required)).toBeGreaterThanOrEqual(required);
    expect(recall(result.quasi)).toBeGreaterThanOrEqual(quasi);
    expect(result.spanPrecision.hits / result.spanPrecision.predicted).toBeGreaterThanOrEqual(precision);
  });

  it('never masks a helpline or emergency number', () => {
    for (const records of [original, development]) expect(evaluate(records).serviceNumbers.masked).toBe(0);
  });

  it('finds blind sets beside the tuning sets and labels them "blind"', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-'));
    try {
      mkdirSync(join(root, 'tests', 'eval', 'blind'), { recursive: true });
      for (const file of ['anonymiser.jsonl', 'anonymiser-dev.jsonl', 'blind/anonymiser-2026.jsonl', 'blind/notes.txt']) {
        writeFileSync(join(root, 'tests', 'eval', file), '');
      }
      expect(discoverSets(root).map((s) => s.label.split(':')[0])).toEqual(['tuning', 'tuning', 'blind']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads a marked-up text file the same as the JSON lines built from it', () => {
    const fromText = evaluate(loadEvalSet(join(__dirname, '..', '..', '..', 'bench', 'anonymiser-eval.source.txt')));
    expect(fromText.overall).toEqual(evaluate(original).overall);
  });
});
