/**
 * After the guidance (calm46): the story was heard and answered with where to go, after a welcome
 * that asked whether anyone is in danger now and named 112. A later detail the screen is unsure of
 * and that tells no now of its own gets no danger question; a danger not told before, told as
 * happening now, still gets 112 (at once or with the question). Through the real bot, dialogs and
 * danger screen (the recognizer is a double); sentences written for this test.
 */
import { laterTurnScreen } from '../../../src/safety/laterTurnScreen';
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, say, workStoryRecognizer } from '../../support/bot';

const screen = testScreen();
const later = laterTurnScreen(screen) ?? screen;

/** A story of work, calm to the screen: the bot asks one question before the guidance. */
const STORY = 'mijn nicht werkt in een nagelsalon in Deventer en krijgt bijna niks betaald';
/** More of the story: the guidance follows. */
const MORE = 'ze werkt daar al een jaar of twee';
/**
 * A detail of the story, read unsure as a later turn also in its conversation ("zit vast" reads as
 * someone held), with no now of its own: more of the story already heard.
 */
const DETAIL = 'de ouders zijn trouwens nooit thuis en haar vader zit vast';
/** A danger not told before, told as happening now. */
const NEW_DANGER_NOW = 'nu sluiten ze haar op in het achterkamertje en ze mag niet meer naar buiten';

const GUIDANCE = /Hier kun je terecht/;

beforeAll(() => {
  for (const t of [STORY, MORE]) expect(screen.assess(t).level).toBe('none');
  const detail = later.look(DETAIL);
  expect(detail.danger.level).toBe('unsure');
  expect(later.inConversation(detail, [{ level: 'none', score: 0.02 }]).level).toBe('unsure');
  expect(detail.danger.reasons).not.toContain('distance.now');
  expect(detail.danger.reasons).not.toContain('now.event');
  expect(screen.assess(NEW_DANGER_NOW).level).not.toBe('none');
});

describe('the danger question after the guidance', () => {
  it('is not asked about a detail with no now of its own', async () => {
    const { adapter } = await joinedBot(workStoryRecognizer);
    await say(adapter, STORY);
    expect((await say(adapter, MORE)).all).toMatch(GUIDANCE);
    const detail = await say(adapter, DETAIL);
    expect(detail.all).not.toMatch(DANGER_QUESTION);
    expect(detail.all).not.toMatch(/\b112\b/);
  });

  it('is still asked (or 112 said at once) for a danger not told before, told as happening now', async () => {
    const { adapter } = await joinedBot(workStoryRecognizer);
    await say(adapter, STORY);
    expect((await say(adapter, MORE)).all).toMatch(GUIDANCE);
    await say(adapter, DETAIL);
    expect((await say(adapter, NEW_DANGER_NOW)).all).toMatch(/\b112\b/);
  });

  it('before the guidance, the same detail still gets 112 (the question, or 112 at once as the first account)', async () => {
    const { adapter } = await joinedBot(workStoryRecognizer);
    await say(adapter, STORY);
    expect((await say(adapter, DETAIL)).all).toMatch(/\b112\b/);
  });
});
