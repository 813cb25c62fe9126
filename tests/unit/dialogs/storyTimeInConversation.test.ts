/**
 * The story's time kept in the conversation (src/safety/storyTime.ts, round 36), through the real bot
 * and dialogs with the real danger screen (the recognizer is a double). Once a turn has put the story
 * out of the present (the past, "no one is in danger now"), a later detail with no now of its own gets
 * neither 112 nor the danger question; a message telling danger now still gets 112 at once, and a
 * story whose time is not set still gets the one direct question for the unsure band.
 */
import { labourStoryRecognizer, joinedBot, say, DANGER_QUESTION } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
/** The opening, set in the past: calm, with a distance of the past. */
const OPENING_PAST = 'mijn zus werkte vorig jaar op een kwekerij';
/** The same opening in the present: no time told. */
const OPENING_NOW = 'mijn zus werkt op een kwekerij';
/** A turn that says no one is in danger now. */
const NO_DANGER_NOW = 'er is nu niemand in gevaar hoor';
/** Later details in the unsure band with no now of their own: a hurt seen, a habit, a phone taken. */
const DETAILS = ['ze had blauwe plekken op haar armen', 'de baas schreeuwt vaak tegen haar', 'hij heeft haar telefoon afgepakt'];
/** Danger told now: 112 at once, whatever time the story had. */
const NOW_DANGER = 'hij sluit haar nu op in de kelder';

beforeAll(() => {
  for (const text of [OPENING_PAST, OPENING_NOW]) expect(screen.assess(text).level).toBe('none');
  expect(screen.assess(OPENING_PAST).reasons).toContain('distance.past');
  for (const text of DETAILS) {
    const detail = screen.assess(text);
    expect(detail.level).toBe('unsure');
    expect(detail.reasons).not.toContain('distance.now');
  }
  expect(screen.assess(NOW_DANGER).level).toBe('acute');
});

async function conversation(...turns: string[]) {
  const { adapter } = await joinedBot(labourStoryRecognizer);
  for (const text of turns) await say(adapter, text);
  return adapter;
}

describe('a story whose time the conversation set away from now', () => {
  it.each(DETAILS)('gets neither the danger question nor 112 at a later detail with no now of its own: %p', async (detail) => {
    const adapter = await conversation(OPENING_PAST);
    const turn = await say(adapter, detail);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('after "no one is in danger now" as well', async () => {
    const adapter = await conversation(OPENING_NOW, NO_DANGER_NOW);
    const turn = await say(adapter, DETAILS[0]!);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('still gets 112 at once for danger told now', async () => {
    const adapter = await conversation(OPENING_PAST);
    expect((await say(adapter, NOW_DANGER)).texts[0]).toMatch(/\b112\b/);
  });
});

describe('a story whose time is not set', () => {
  it.each(DETAILS)('keeps the one direct question for the same detail: %p', async (detail) => {
    const adapter = await conversation(OPENING_NOW);
    expect((await say(adapter, detail)).all).toMatch(DANGER_QUESTION);
  });
});
