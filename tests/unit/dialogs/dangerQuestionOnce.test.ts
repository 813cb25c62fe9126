/**
 * The danger lines read in the conversation so far (convo22): the direct danger question once per
 * conversation, again only for a message that reads higher than the one it was asked about and
 * names a danger not told before (calm23; see tests/unit/triage/dangerQuestion.test.ts); not
 * about a message that only tells who or where; "is the danger still there?" not after the citizen
 * said no one is in danger now. Danger told still gets 112 at once, and thoughts of suicide told
 * again get 113 again. Through the real bot, dialogs and danger screen (the recognizer is a double);
 * sentences written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, say, workStoryRecognizer } from '../../support/bot';

const screen = testScreen();

/** A story of work, calm to the screen. */
const STORY = 'mijn nicht werkt in een nagelsalon in Deventer en krijgt bijna niks betaald';
/** Unsure, with a "now" (so it is read alone also once the story was heard). */
const UNSURE_FIRST = 'hij durft nu niet naar de dokter';
/** Unsure and with a "now" too, but lower than UNSURE_FIRST and naming no danger situation: the same kind of reading. */
const UNSURE_LOWER = 'ze durft nu niks te zeggen';
/**
 * Unsure, higher than UNSURE_FIRST, naming no situation, and unsure in its conversation as well (its
 * score over `sure`, turnContext.ts). Picked by its reading, the deepest over `sure` (round 30: "ik
 * denk dat ze niet weg kan" went from 0.712 to 0.485 in a retrain and read calm after the question).
 */
const UNSURE_HIGHER = (() => {
  const first = screen.assess(UNSURE_FIRST);
  const fitting = [
    'ik denk dat ze niet weg kan',
    'ik denk echt dat ze daar niet weg kan',
    'ik denk dat ze er niet weg kan',
    'ik denk dat hij niet weg kan van die man',
  ]
    .map((text) => ({ text, look: screen.look(text) }))
    .filter(
      ({ look }) =>
        look.danger.level === 'unsure' &&
        look.danger.score > first.score &&
        !look.danger.reasons.some((r) => r.startsWith('situation.')) &&
        screen.inConversation(look, [{ level: 'unsure', score: first.score }]).level === 'unsure',
    )
    .sort((a, b) => b.look.danger.score - a.look.danger.score);
  return fitting[0]?.text ?? 'ik denk dat ze niet weg kan';
})();
/** Acute and firm. */
const ALARM = 'hij heeft vanochtend haar telefoon afgepakt en ze mag het huis niet uit';
/**
 * Only who and where: unsure to the screen alone. (Until form41 "ik ben 16 en woon bij mijn oma in
 * Breda" was, 0.143: the town carried danger weight of its own. A town is one unit now and the
 * message reads 0.026, none; the "now" of this one keeps it unsure.)
 */
const WHO_AND_WHERE = 'ik ben 16 en woon nu bij een vriend in Breda';
/** Thoughts of suicide, twice in other words. */
const SUICIDAL = 'ik zie het echt niet meer zitten';
const SUICIDAL_AGAIN = 'soms denk ik dat iedereen beter af is zonder mij';
/** Danger in a language the bot cannot chat in. */
const UNREAD_ALARM = 'pomocy, szef zabrał mi paszport i nie mogę wyjść';

async function conversation() {
  return (await joinedBot(workStoryRecognizer)).adapter;
}

beforeAll(() => {
  expect(screen.assess(STORY).level).toBe('none');
  const first = screen.assess(UNSURE_FIRST);
  const lower = screen.assess(UNSURE_LOWER);
  const higher = screen.look(UNSURE_HIGHER);
  for (const reading of [first, lower, higher.danger]) expect(reading.level).toBe('unsure');
  for (const reading of [first, lower]) expect(reading.reasons).toContain('distance.now');
  expect(lower.score).toBeLessThan(first.score);
  expect(higher.danger.score).toBeGreaterThan(first.score);
  expect(screen.inConversation(higher, [{ level: 'unsure', score: first.score }]).level).toBe('unsure');
  for (const t of [UNSURE_FIRST, UNSURE_LOWER, UNSURE_HIGHER])
    expect(screen.assess(t).reasons.some((r) => r.startsWith('situation.'))).toBe(false);
  expect(screen.assess(ALARM)).toMatchObject({ level: 'acute', suicidal: false });
  expect(screen.assess(WHO_AND_WHERE).level).toBe('unsure');
  for (const t of [SUICIDAL, SUICIDAL_AGAIN]) expect(screen.assess(t).suicidal).toBe(true);
  expect(screen.assess(UNREAD_ALARM)).toMatchObject({ level: 'acute', suicidal: false });
});

describe('the direct danger question, once per conversation', () => {
  it('is not asked again for the same kind of reading, answered or not, nor for a higher one that tells nothing new (calm23)', async () => {
    const adapter = await conversation();
    await say(adapter, STORY);
    expect((await say(adapter, UNSURE_FIRST)).all).toMatch(DANGER_QUESTION);
    // Not answered: the citizen goes on with the story.
    await say(adapter, 'ze werkt daar al een jaar of twee');
    expect((await say(adapter, UNSURE_LOWER)).all).not.toMatch(DANGER_QUESTION);
    expect((await say(adapter, UNSURE_HIGHER)).all).not.toMatch(DANGER_QUESTION);
  });

  it('after "nee", not again for the same kind of reading, nor for a higher one that tells nothing new (calm23)', async () => {
    const adapter = await conversation();
    await say(adapter, STORY);
    expect((await say(adapter, UNSURE_FIRST)).all).toMatch(DANGER_QUESTION);
    await say(adapter, 'nee');
    const same = await say(adapter, UNSURE_LOWER);
    expect(same.all).not.toMatch(DANGER_QUESTION);
    expect(same.all).not.toMatch(/\b112\b/);
    expect((await say(adapter, UNSURE_HIGHER)).all).not.toMatch(DANGER_QUESTION);
  });

  it('is not asked about a message that only tells who and where', async () => {
    const adapter = await conversation();
    await say(adapter, 'hallo');
    const turn = await say(adapter, WHO_AND_WHERE);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('is still asked about the same words as the opening message (nothing else is known yet)', async () => {
    const adapter = await conversation();
    expect((await say(adapter, WHO_AND_WHERE)).all).toMatch(DANGER_QUESTION);
  });
});

describe('danger told still gets its lines', () => {
  it('an acute message after calm ones gets 112 at once, also after the question was answered "nee"', async () => {
    const fresh = await conversation();
    await say(fresh, STORY);
    expect((await say(fresh, ALARM)).texts[0]).toMatch(/\b112\b/);

    const answered = await conversation();
    await say(answered, STORY);
    await say(answered, UNSURE_FIRST);
    await say(answered, 'nee');
    await say(answered, UNSURE_LOWER);
    expect((await say(answered, ALARM)).texts[0]).toMatch(/\b112\b/);
  });

  it('thoughts of suicide told again get 113 again', async () => {
    const adapter = await conversation();
    expect((await say(adapter, SUICIDAL)).all).toMatch(/\b113\b/);
    await say(adapter, STORY);
    await say(adapter, 'ze werkt daar al een jaar of twee');
    await say(adapter, 'haar baas betaalt haar contant');
    expect((await say(adapter, SUICIDAL_AGAIN)).all).toMatch(/\b113\b/);
  });
});

describe('"is the danger still there?"', () => {
  it('is not asked after the citizen said no one is in danger now', async () => {
    const adapter = await conversation();
    await say(adapter, STORY);
    expect((await say(adapter, ALARM)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, 'nee niks acuuts, ze is vandaag bij haar moeder')).all).not.toMatch(/\b112\b/);
  });

  it('after danger in words the bot cannot read, "no" takes 113 out of view with 112', async () => {
    const adapter = await conversation();
    const alarm = await say(adapter, UNREAD_ALARM);
    expect(alarm.all).toMatch(/\b112\b/);
    expect(alarm.all).toMatch(/\b113\b/);
    const no = await say(adapter, 'nee, nu niet, ik ben bij een vriendin');
    expect(no.all).not.toMatch(/\b112\b/);
    expect(no.all).not.toMatch(/\b113\b/);
  });
});
