/**
 * Danger answered or handled, told by the citizen (round 39, src/bot/dangerTurn.ts), through the real
 * bot and dialogs with the real danger screen (the recognizer is a double). Right after a 112, a "no"
 * that tells how things stand ("nee, ik ben nu op mijn werk …", src/safety/noWithStateNow.ts) and help
 * on its way ("gebeld, de politie komt eraan", src/safety/helpComing.ts) get no "is the danger still
 * there?" and no 112, and the turn after no reminder; the same "no" with a turn after it ("… maar hij
 * weet waar ik woon") and a call only planned ("ok ik bel nu de politie") keep the line. Sentences
 * written for this test.
 */
import { testScreen } from '../../support/screen';
import { joinedBot, labourStoryRecognizer, say } from '../../support/bot';

const screen = testScreen();
const HAMMER = 'de baas staat nu met een hamer voor mijn deur en schreeuwt dat hij me pakt';
const AT_WORK = 'nee, ik ben nu op mijn werk, er zijn collega’s om me heen';
const AT_WORK_BUT = 'nee, ik ben nu op mijn werk maar hij weet waar ik woon';
const COMING = 'gebeld, de politie komt eraan. ik blijf binnen bij de buren';
const PLANNED = 'ok ik bel nu de politie';
const EXPLAINED = 'oh het was de buurman, hij was zijn sleutel vergeten';
const EXPLAINED_BUT = 'het was de buurman, maar hij komt vanavond terug';
const ASK = 'kan iemand van de inspectie komen zonder onze namen te noemen?';
const STILL_THERE = /Is het gevaar er nog\?/;
const LINE_112 = /\b112\b/;

beforeAll(() => {
  expect(screen.assess(HAMMER).level).toBe('acute');
  expect(screen.assess(AT_WORK).level).not.toBe('acute');
});

describe('right after a 112', () => {
  it('a "no" that tells where the writer is now gets no still-now line, and the next turn no reminder', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    expect((await say(adapter, HAMMER)).texts[0]).toMatch(LINE_112);
    const answer = await say(adapter, AT_WORK);
    expect(answer.all).not.toMatch(STILL_THERE);
    expect(answer.all).not.toMatch(LINE_112);
    expect((await say(adapter, ASK)).all).not.toMatch(LINE_112);
  });

  it('the same answer with a turn after it keeps the line', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, HAMMER);
    expect((await say(adapter, AT_WORK_BUT)).all).toMatch(LINE_112);
  });

  it('help on its way gets no still-now line and no 112, a call only planned keeps the line', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, HAMMER);
    const coming = await say(adapter, COMING);
    expect(coming.all).not.toMatch(STILL_THERE);
    expect(coming.all).not.toMatch(LINE_112);
    const other = await joinedBot(labourStoryRecognizer);
    await say(other.adapter, HAMMER);
    expect((await say(other.adapter, PLANNED)).all).toMatch(LINE_112);
  });
});

describe('right after a 112, the danger explained in the past (round 40)', () => {
  it('gets no still-now line and no 112, and the next turn no reminder', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, HAMMER);
    const explained = await say(adapter, EXPLAINED);
    expect(explained.all).not.toMatch(STILL_THERE);
    expect(explained.all).not.toMatch(LINE_112);
    expect((await say(adapter, ASK)).all).not.toMatch(LINE_112);
  });

  it('with a turn and a time of today after it keeps the line', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, HAMMER);
    expect((await say(adapter, EXPLAINED_BUT)).all).toMatch(LINE_112);
  });
});
