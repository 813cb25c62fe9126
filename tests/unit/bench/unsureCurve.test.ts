/**
 * bench/unsure-curve.ts reads the shipped model with another unsure threshold (evaluation only), and
 * bench/support/turnReplay.ts replays only the conversations of a --lines range (a held-out part).
 */
import path from 'node:path';
import { loadModelBundle } from '../../../src/nlu/model/bundle';
import { SafetyScreen } from '../../../src/safety/screen';
import { loadScripts } from '../../../bench/dialogs/script';
import { replayTurns } from '../../../bench/support/turnReplay';
import { withUnsure } from '../../../bench/unsure-curve';

const bundle = loadModelBundle();

describe('withUnsure', () => {
  it('sets unsure, and unsurePlain from it as training does, and nothing else', () => {
    const changed = withUnsure(bundle, 0.04);
    expect(changed.thresholds).toEqual({ ...bundle.thresholds, unsure: 0.04, unsurePlain: Math.min(bundle.thresholds.acute, 0.08) });
    expect(changed.models).toBe(bundle.models);
  });

  it('never puts unsurePlain over acute', () => {
    expect(withUnsure(bundle, 0.15).thresholds.unsurePlain).toBe(Math.max(0.15, Math.min(bundle.thresholds.acute, 0.3)));
  });
});

describe('replayTurns with a range', () => {
  it('replays only the conversations of the range, every turn of each', () => {
    const file = path.resolve(__dirname, '../../../tests/eval/dialogs-dev.jsonl');
    const [, second, third] = loadScripts(file);
    const rows = replayTurns(new SafetyScreen(bundle), file, true, new Map(), '2-3');
    const ids = new Set(rows.map((r) => r.id.split('#')[0]));
    expect([...ids]).toEqual([second!.id, third!.id]);
    expect(rows).toHaveLength(second!.turns.length + third!.turns.length);
  });
});
