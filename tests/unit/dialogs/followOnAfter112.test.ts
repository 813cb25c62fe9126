/**
 * Round 45: what follows a 112 the citizen did not confirm. A counsellor says 112 once, clearly, and
 * then listens: a calm detail after it gets no 112 line again ("Is het gevaar er nog?" or the
 * reminder), a question of one's own risk with the police in it neither; a new danger gets 112 again
 * at once, and so does "ja" to the danger question. Someone held now is asked about once more.
 * Through the real bot and dialogs with the real danger screen (the recognizer is a double).
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { FEAR } from '../../support/dangerSentences';

const screen = testScreen();
/** A threat of what may come: 112 at once, but no one held or hurt now. */
const THREAT = 'ze zeggen dat ze hem dit weekend komen halen als hij niet betaalt';
const CELLAR = 'hij houdt haar nu opgesloten in de kelder en ze mag niet naar buiten';
const HAMMER = 'de baas staat nu met een hamer voor mijn deur en schreeuwt dat hij me pakt';
const AGE = 'ik ben 34';
const STORY = 'mijn buurman werkt elke dag op een boerderij en krijgt geen loon';
const TOWN = 'hij woont in Tilburg';
const OWN_RISK = 'krijg ik zelf een strafblad als ik naar de politie ga?';
const LINE_112 = /\b112\b/;
const STILL_THERE = /Is het gevaar er nog\?/;

const conversation = async () => (await joinedBot(labourStoryRecognizer)).adapter;

beforeAll(() => {
  for (const t of [THREAT, CELLAR, HAMMER]) expect(screen.assess(t)).toMatchObject({ level: 'acute', suicidal: false });
  for (const t of [AGE, TOWN, OWN_RISK, STORY]) expect(screen.assess(t).level).toBe('none');
  expect(screen.assess(FEAR).level).toBe('unsure');
});

describe('after a 112 the citizen did not confirm', () => {
  it('a calm detail gets no 112 line again, nor the turn after it', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over iemand anders');
    // The story and its guidance first (the guidance lists 112 among the routes while danger is in view).
    await say(adapter, STORY);
    expect((await say(adapter, THREAT)).texts[0]).toMatch(LINE_112);
    for (const calm of [AGE, TOWN]) {
      const turn = await say(adapter, calm);
      expect(turn.all).not.toMatch(LINE_112);
      expect(turn.all).not.toMatch(STILL_THERE);
    }
  });

  it('a question of one\'s own risk with the police in it is not asked "is the danger still there?"', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over iemand anders');
    await say(adapter, THREAT);
    expect((await say(adapter, OWN_RISK)).all).not.toMatch(STILL_THERE);
  });

  it('a new danger after it gets 112 again at once', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over mij');
    await say(adapter, THREAT);
    await say(adapter, AGE);
    expect((await say(adapter, HAMMER)).texts[0]).toMatch(LINE_112);
  });

  it('"ja" to the danger question gets 112', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over iemand anders');
    expect((await say(adapter, FEAR)).all).toMatch(DANGER_QUESTION);
    expect((await say(adapter, 'ja')).texts[0]).toMatch(LINE_112);
  });

  it('someone held now: the calm detail after it is asked once whether the danger is still there, and "ja" gets 112', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over iemand anders');
    await say(adapter, CELLAR);
    expect((await say(adapter, AGE)).all).toMatch(STILL_THERE);
    expect((await say(adapter, 'ja')).texts[0]).toMatch(LINE_112);
  });
});
