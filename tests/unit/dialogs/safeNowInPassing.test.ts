/**
 * "No one is in danger now" said in passing (src/safety/safeInPassing.ts, round 38), through the real
 * bot and dialogs with the real danger screen (the recognizer is a double). Right after a 112, a
 * message the screen reads unsure that says things are all right now gets no "is the danger still
 * there?", no danger question and no 112, and the turn after it no reminder; the same words with a
 * contrast after them ("… maar hij komt vanavond terug") keep a danger line. Before any danger, such a
 * message gets no danger question. Sentences written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';

const screen = testScreen();
const HAMMER = 'de baas staat nu met een hamer voor mijn deur en schreeuwt dat hij me pakt';
/** Read unsure alone (a time of tomorrow, a "now"): the danger is over and the citizen says so. */
// form41's retrain: "de buurman kwam en de baas is weggereden. …" went from 0.486 to 0.515, over `sure` (0.5).
const OK_NOW = 'de buurman kwam en toen is de baas weggereden. we zijn nu ok, morgen gaan we gewoon weer werken';
/** Read unsure alone: a worry for next month, and the present said to be calm. */
const CALM_NOW =
  'hij zegt dat ze volgende maand naar een andere stad moet en ze is bang. maar op dit moment is het rustig, ze zijn het hele weekend weg';
const BUT_TONIGHT = 'we zijn nu ok maar hij zegt dat hij vanavond terugkomt met zijn broers';
const STORY = 'ze werkt in een nagelsalon en krijgt bijna geen loon, de eigenaar houdt het in voor haar kamer';
const ASK = 'kan iemand van de inspectie komen zonder onze namen te noemen?';
const STILL_THERE = /Is het gevaar er nog\?/;
const LINE_112 = /\b112\b/;

beforeAll(() => {
  expect(screen.assess(HAMMER).level).toBe('acute');
  for (const text of [OK_NOW, CALM_NOW]) expect(screen.assess(text).level).toBe('unsure');
  expect(screen.assess(BUT_TONIGHT).level).not.toBe('none');
});

describe('right after a 112', () => {
  it('a safe-now in passing gets no line, and the next turn no reminder', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    expect((await say(adapter, HAMMER)).texts[0]).toMatch(LINE_112);
    const calm = await say(adapter, OK_NOW);
    expect(calm.all).not.toMatch(STILL_THERE);
    expect(calm.all).not.toMatch(DANGER_QUESTION);
    expect(calm.all).not.toMatch(LINE_112);
    expect((await say(adapter, ASK)).all).not.toMatch(LINE_112);
  });

  it('the same words with a contrast after them keep a danger line', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, HAMMER);
    expect((await say(adapter, BUT_TONIGHT)).all).toMatch(new RegExp(`${LINE_112.source}|${DANGER_QUESTION.source}`));
  });
});

describe('before any danger', () => {
  it('a safe-now in passing gets no danger question', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, 'hallo, ik maak me zorgen om mijn nicht');
    await say(adapter, STORY);
    const turn = await say(adapter, CALM_NOW);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(LINE_112);
  });
});
