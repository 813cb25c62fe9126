/**
 * A counsellor gives 113 at once and with care when thoughts of suicide are told, then goes on with
 * the story: the calm turns after it get no 112 or 113 again, unless the citizen says the thoughts
 * are not over, the reading goes up, or a new suicidal line comes; one short line at a natural end
 * (a hand-off asked). Danger from others told with the thoughts keeps its 112 in the turns after
 * it. 112 at once for every acute message stays. "Is the danger still there?" is not asked after
 * "she is safe now", and the danger question not right after the bot asked it in other words.
 * Through the real bot and dialogs with the real danger screen (the recognizer is a double).
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { CALM_WORK, FEAR } from '../../support/dangerSentences';

const screen = testScreen();
const WISH_GONE = 'ik wil er niet meer zijn, ik trek het niet meer';
const END_IT = 'ik denk er weer aan om er een eind aan te maken';
/** Reads unsure by its words alone, and names no danger: the answer to the 113 line. */
const NOTHING_DONE = 'nee, ik heb niks gedaan. mijn zus zit naast me';
const EMPLOYER = 'mag mijn werkgever weten dat ik hier schrijf?';
/** Calm, where the writer works: picked by its reading (round 30: the literal of before read unsure). */
const WORK = CALM_WORK;
const STORY = 'de baas houdt elke week geld in van mijn loon voor de bus';
const CONTRACT = 'mijn contract loopt nog tot de zomer';
const NOT_GONE = 'nee geen plan, maar de gedachte gaat niet weg';
const HAMMER = 'de baas staat nu met een hamer voor mijn deur en schreeuwt dat hij me pakt';
const CELLAR = 'hij houdt haar nu opgesloten in de kelder en ze mag niet naar buiten';
const SAFE_NOW = 'ze is nu veilig, ze slaapt bij mij';
/** Polish: "I work in a greenhouse and the boss does not pay." */
const POLISH = 'Pracuję w szklarni i szef nie płaci od dwóch miesięcy';
const LINE_113 = /0800-0113|\b113\b/;
const LINE_112 = /\b112\b/;
const STILL_THERE = /Is het gevaar er nog\?/;

const conversation = async () => (await joinedBot(labourStoryRecognizer)).adapter;

/** A conversation in which the writer told thoughts of suicide about themselves, then the turns `after`. */
async function toldThoughts(...after: string[]) {
  const adapter = await conversation();
  for (const text of ['Over mij', WISH_GONE, ...after]) await say(adapter, text);
  return adapter;
}

beforeAll(() => {
  for (const t of [WISH_GONE, END_IT]) expect(screen.assess(t)).toMatchObject({ level: 'acute', suicidal: true });
  for (const t of [HAMMER, CELLAR]) expect(screen.assess(t)).toMatchObject({ level: 'acute', suicidal: false });
  for (const t of [EMPLOYER, WORK, CONTRACT, SAFE_NOW, 'kan ik met iemand praten?', 'ik ben 34'])
    expect(screen.assess(t).level).toBe('none');
  // NOT_GONE is not among them: read alone it has scored on either side of the band from one
  // retraining to the next, and its 113 comes from being said right after the thoughts (the test below).
  for (const t of [NOTHING_DONE, FEAR]) expect(screen.assess(t).level).toBe('unsure');
});

describe('113 after thoughts of suicide, then the story goes on', () => {
  it('a suicidal line gets 113 at once; the calm turns after it none; a second suicidal line gets it again', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over mij');
    // The story and its guidance first: the guidance lists 112 and 113 among the routes.
    await say(adapter, WORK);
    await say(adapter, STORY);
    const told = await say(adapter, WISH_GONE);
    expect(told.all).toMatch(LINE_113);
    expect(told.texts[0]).toMatch(LINE_112);
    for (const calm of [NOTHING_DONE, EMPLOYER, CONTRACT]) {
      const turn = await say(adapter, calm);
      expect(turn.all).not.toMatch(LINE_113);
      expect(turn.all).not.toMatch(LINE_112);
    }
    expect((await say(adapter, END_IT)).all).toMatch(LINE_113);
  });

  it('"no plan, but the thought does not go away" is not over: 113 again', async () => {
    const adapter = await toldThoughts();
    expect((await say(adapter, NOT_GONE)).all).toMatch(LINE_113);
  });

  it('"weet ik niet" is not over either', async () => {
    const adapter = await toldThoughts();
    expect((await say(adapter, 'weet ik niet')).all).toMatch(LINE_113);
  });

  it('one short 113 line when a person is asked for, not again at the goodbye', async () => {
    const adapter = await toldThoughts(NOTHING_DONE, WORK);
    expect((await say(adapter, 'kan ik met iemand praten?')).all).toMatch(LINE_113);
    expect((await say(adapter, 'dank je wel, tot ziens')).all).not.toMatch(LINE_113);
  });

  it('danger from others told with the thoughts keeps 112 in the turn after it, without 113', async () => {
    const adapter = await conversation();
    await say(adapter, 'Over mij');
    expect((await say(adapter, HAMMER)).texts[0]).toMatch(LINE_112);
    expect((await say(adapter, WISH_GONE)).all).toMatch(LINE_113);
    const next = await say(adapter, 'ik ben 34');
    expect(next.all).toMatch(LINE_112);
    expect(next.all).not.toMatch(LINE_113);
  });
});

describe('112 at once for an acute message, whatever came before', () => {
  it('after thoughts of suicide and calm turns', async () => {
    const adapter = await toldThoughts(NOTHING_DONE, WORK);
    expect((await say(adapter, HAMMER)).texts[0]).toMatch(LINE_112);
  });
});

describe('"is the danger still there?"', () => {
  it('is asked after danger told, and not after "she is safe now"', async () => {
    const asked = await conversation();
    await say(asked, 'Over iemand anders');
    await say(asked, CELLAR);
    expect((await say(asked, 'ik weet het adres niet precies')).all).toMatch(STILL_THERE);
    const safe = await conversation();
    await say(safe, 'Over iemand anders');
    await say(safe, CELLAR);
    const turn = await say(safe, SAFE_NOW);
    expect(turn.all).not.toMatch(STILL_THERE);
    expect(turn.all).not.toMatch(LINE_112);
  });
});

describe('the danger question right after the bot asked it in other words', () => {
  it('is not asked of the first readable message after one the bot could not read', async () => {
    const control = await conversation();
    await say(control, WORK);
    expect((await say(control, FEAR)).all).toMatch(DANGER_QUESTION);
    const adapter = await conversation();
    expect((await say(adapter, POLISH)).all).toMatch(/in danger now\?/);
    expect((await say(adapter, FEAR)).all).not.toMatch(DANGER_QUESTION);
  });
});
