/**
 * The later-turn model's unsure point (laterTurnTraining.ts laterTurnUnsurePoint, round 45 unsure45):
 * chosen by the main training's rule (caughtRecallPoint) on the out-of-fold scores of the turns it
 * reads, not on a pool with the first messages, whose acute messages a model taught calm story
 * details scores low but never reads.
 */
import { caughtRecallPoint, softRecall, TARGET_CAUGHT_RECALL } from '../../../src/nlu/model/training';
import { laterTurnUnsurePoint } from '../../../src/nlu/model/laterTurnTraining';

interface Row {
  message: { id: string };
  p: number;
  positive: boolean;
  anyway?: boolean;
}

const logit = (p: number) => Math.log(p / (1 - p));
/** `n` scores spread evenly in log-odds between `from` and `to`. */
const spread = (prefix: string, n: number, from: number, to: number, positive: boolean): Row[] =>
  Array.from({ length: n }, (_, i) => {
    const z = logit(from) + ((logit(to) - logit(from)) * i) / Math.max(1, n - 1);
    return { message: { id: `${prefix}${i}` }, p: 1 / (1 + Math.exp(-z)), positive };
  });

/** Calm turns mostly low, acute turns mostly high, a few acute turns in the calm range. */
const turns: Row[] = [
  ...spread('calm', 2000, 0.0005, 0.3, false),
  ...spread('acute', 120, 0.2, 0.99, true),
  ...spread('lowAcute', 2, 0.02, 0.03, true),
];
const turnIds = new Set(turns.map((t) => t.message.id));
/** First messages the later model scores low although acute: it never reads them. */
const firstMessages: Row[] = [...spread('first', 600, 0.001, 0.9, false), ...spread('firstAcute', 300, 0.0001, 0.95, true)];
const anyway = (r: Row) => r.anyway === true;

describe('the later-turn model’s unsure point', () => {
  it('is the main rule’s point over the turns alone, whatever first messages lie in the pool', () => {
    const alone = caughtRecallPoint(turns, anyway);
    expect(laterTurnUnsurePoint([...turns, ...firstMessages], turnIds, anyway)).toBe(alone);
    expect(laterTurnUnsurePoint(turns, turnIds, anyway)).toBe(alone);
    // Over the pool the first messages' low acute scores would have pulled it down.
    expect(caughtRecallPoint([...turns, ...firstMessages], anyway)).toBeLessThan(alone);
  });

  it('catches the recall target of the acute turns the score alone must catch', () => {
    const point = laterTurnUnsurePoint(turns, turnIds, anyway);
    expect(softRecall(turns, logit(point))).toBeGreaterThanOrEqual(TARGET_CAUGHT_RECALL - 1e-3);
  });

  it('leaves out acute turns found by another route (suicidal thoughts, an alarm), as the main rule does', () => {
    const withAlarm = [...turns, { message: { id: 'alarm' }, p: 0.00001, positive: true, anyway: true }];
    const ids = new Set([...turnIds, 'alarm']);
    expect(laterTurnUnsurePoint(withAlarm, ids, anyway)).toBe(laterTurnUnsurePoint(turns, turnIds, anyway));
    expect(laterTurnUnsurePoint(withAlarm, ids, () => false)).toBeLessThan(laterTurnUnsurePoint(turns, turnIds, anyway));
  });
});
