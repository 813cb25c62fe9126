/**
 * The danger screen's unsure band before the guidance (src/triage/dangerQuestion.ts storySafetyFirst):
 * a story that names no danger of its own, in a conversation where no danger was read, is asked
 * about in its own terms (can the person leave, is the child in a safe place now) and not with the
 * 112 question; a "no" to either question gets 112. A story that names a danger, and any
 * unsure message after the guidance, still get the 112 question. Through the real bot, dialogs and
 * danger screen (the recognizer is a double); sentences written for this test.
 */
import { catalog, createTestBot, join, labourStoryRecognizer, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const t = (key: string) => catalog.t('nl', key);
/** Unsure to the screen, no danger named: tiredness at work. */
const TIRED = 'mijn tante werkt in een wasserette en ze ziet er zo moe uit';
/** Unsure to the screen, a minor told, no danger named. */
const TIRED_MINOR = 'mijn nichtje is 15 en ze ziet er zo moe uit';
/** Unsure to the screen, a threat named now. */
const THREAT_NOW = 'ze is bang, haar baas dreigt haar en hij is er nu';
/** More of the same story, unsure too. */
const MORE = 'ze werkt er elke dag tot laat en ze ziet er zo moe uit';
const DANGER_QUESTION = [t('triage.dangerCheck'), t('triage.dangerCheckAgain')];

beforeAll(() => {
  for (const text of [TIRED, TIRED_MINOR, MORE]) {
    const read = screen.assess(text);
    expect(read.level).toBe('unsure');
    expect(read.reasons.filter((r) => r.startsWith('situation.') && r !== 'situation.minor')).toEqual([]);
  }
  expect(screen.assess(THREAT_NOW)).toMatchObject({ level: 'unsure', reasons: expect.arrayContaining(['situation.threat']) });
});

async function conversation() {
  const bot = createTestBot(labourStoryRecognizer);
  await join(bot.adapter);
  return bot.adapter;
}

describe('an unsure story before the guidance', () => {
  it('that names no danger is asked whether the person can leave, with no 112', async () => {
    const adapter = await conversation();
    const turn = await say(adapter, TIRED);
    expect(turn.texts.at(-1)).toBe(t('triage.question.canLeave.other'));
    expect(turn.buttons).toEqual(['Ja', 'Nee', 'Weet ik niet']);
    expect(turn.all).not.toMatch(/\b112\b/);
    for (const q of DANGER_QUESTION) expect(turn.all).not.toContain(q);
    // The answer brings the guidance, as after any question of the story; "cannot leave" in place of
    // the 112 question gets 112 before it.
    const next = await say(adapter, 'nee');
    expect(next.texts[0]).toBe(t('triage.cannotLeave'));
    expect(next.all).toMatch(/\b112\b/);
    expect(next.all).toContain(t('referrals.title'));
  });

  it('that the person can leave ("ja") brings the guidance without a 112 line', async () => {
    const adapter = await conversation();
    await say(adapter, TIRED);
    const next = await say(adapter, 'ja, ze kan gaan wanneer ze wil');
    expect(next.all).not.toContain(t('triage.cannotLeave'));
    expect(next.all).toContain(t('referrals.title'));
  });

  it('about a child told to be under 18 asks whether the child is in a safe place now; "nee" gets 112', async () => {
    const adapter = await conversation();
    const turn = await say(adapter, TIRED_MINOR);
    expect(turn.texts.at(-1)).toBe(t('triage.question.safeNow.other'));
    expect(turn.all).not.toMatch(/\b112\b/);
    const no = await say(adapter, 'nee');
    expect(no.all).toContain(t('triage.notSafeNow'));
    expect(no.all).toMatch(/\b112\b/);
  });

  it('that names a danger of its own gets the 112 question', async () => {
    const adapter = await conversation();
    const turn = await say(adapter, THREAT_NOW);
    expect(turn.all).toContain(t('triage.dangerCheck'));
  });

  it('after the story safety question was asked, another unsure story turn is not asked about danger', async () => {
    const adapter = await conversation();
    await say(adapter, TIRED);
    const next = await say(adapter, MORE);
    for (const q of DANGER_QUESTION) expect(next.all).not.toContain(q);
  });
});

describe('an unsure message after the guidance', () => {
  it('still gets the 112 question, also when it names no danger', async () => {
    const adapter = await conversation();
    await say(adapter, 'mijn buurman werkt elke dag op een boerderij en krijgt geen loon');
    expect((await say(adapter, 'weet ik niet')).all).toContain(t('referrals.title'));
    const later = await say(adapter, TIRED);
    expect(later.all).toContain(t('triage.dangerCheck'));
  });
});
