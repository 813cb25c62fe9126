/** The session keeps the danger readings of the latest citizen messages only (no text), oldest first. */
import { EARLIER_TURNS_KEPT, withTurn } from '../../../src/bot/session';

describe('earlier turns kept in the session', () => {
  it('adds the newest reading last', () => {
    const first = withTurn(undefined, { level: 'none', score: 0.01 });
    expect(withTurn(first, { level: 'unsure', score: 0.1 })).toEqual([
      { level: 'none', score: 0.01 },
      { level: 'unsure', score: 0.1 },
    ]);
  });

  it('drops the oldest past the limit', () => {
    let earlier = withTurn(undefined, { level: 'acute', score: 0.9 });
    for (let i = 0; i < EARLIER_TURNS_KEPT; i++) earlier = withTurn(earlier, { level: 'none', score: i / 100 });
    expect(earlier).toHaveLength(EARLIER_TURNS_KEPT);
    expect(earlier.some((t) => t.level === 'acute')).toBe(false);
    expect(earlier.at(-1)).toEqual({ level: 'none', score: (EARLIER_TURNS_KEPT - 1) / 100 });
  });
});
