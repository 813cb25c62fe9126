/**
 * The message read as the answer to what the bot asked last, before the bot says 112 on it (round
 * 26, asked26): an acute reading is lowered only where the answer reader says so, never for suicidal
 * thoughts, a reading by rule or danger told now. Sentences written for this test.
 */
import type { ScreenedMessage } from '../../../src/safety/screen';
import { answerMayLower, readAsAnswer, type AskedBefore } from '../../../src/safety/dangerAnswer';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { screenText } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const screen = testScreen();

/** After the bot's danger reply ("Is er nu gevaar? Bel meteen 112.") or "is the danger still there?". */
const afterDangerReply: AskedBefore = { awaiting: null, dangerNow: true };
/** After the danger question itself: its answer is `assessDangerAnswer`'s, not this. */
const afterDangerQuestion: AskedBefore = { awaiting: 'dangerCheck', dangerNow: false };
/** After a fact question ("Hoe oud is ze ongeveer?"). */
const afterAgeQuestion: AskedBefore = { awaiting: 'age', dangerNow: false };
const nothingAsked: AskedBefore = { awaiting: null, dangerNow: false };

const read = (text: string): ScreenedMessage => screenText(screen, text);
const answer = (text: string, asked: AskedBefore, screened: ScreenedMessage = read(text)) =>
  readAsAnswer(screen, text, screened, screened.danger, asked);
/** The message's words as the screen reads them, with a middling acute score alone (0.3, under `sure`) as its reading. */
const middling = (text: string): ScreenedMessage => ({
  read: read(text).read,
  danger: { level: 'acute', suicidal: false, reasons: ['model.acute'], score: 0.3 },
});

describe('a "no" to "is er nu gevaar?" in other words', () => {
  const text = 'nee, ze zijn nu weg. maar hij heeft nog steeds haar paspoort en telefoon';

  it('is read acute alone (the model reads the papers and "nu")', () => {
    expect(read(text).danger.level).toBe('acute');
  });

  it('answers the danger reply: no 112', () => {
    expect(answer(text, afterDangerReply)).toMatchObject({ level: 'none', reasons: expect.arrayContaining(['answer.no_danger_now']) });
  });

  it('is no answer to a question that was not about danger, nor with nothing asked', () => {
    expect(answer(text, afterAgeQuestion).level).toBe('acute');
    expect(answer(text, nothingAsked).level).toBe('acute');
  });

  it.each(['nee, hij staat nu voor de deur met een mes', 'nee ik kan niet weg, de deur is op slot'])(
    '%p: a danger of its own beside the "no" keeps 112',
    (danger) => {
      expect(answer(danger, afterDangerReply).level).toBe('acute');
    },
  );
});

describe('what is no "no" to the danger reply', () => {
  it('words of safety later in the message after a danger for tonight ("ze zit nu thuis")', () => {
    const text = 'ze appte net dat hij haar vannacht ophaalt naar een hotel, ze wil echt niet. ze zit nu thuis';
    const alone = read(text);
    expect(alone.danger.level).toBe('acute');
    expect(answer(text, afterDangerReply)).toEqual(alone.danger);
  });

  it('a story told as the answer, with a middling score and nothing happening now', () => {
    const story = 'ik weet het niet precies, ze werkt in een nagelstudio en woont boven de zaak bij de eigenaar';
    expect(answer(story, afterDangerReply, middling(story)).level).toBe('acute');
    expect(answer(story, afterDangerQuestion, middling(story)).level).toBe('acute');
  });
});

describe('never lowered', () => {
  it.each([
    ['suicidal thoughts', 'nee, ik wil gewoon niet meer leven'],
    ['danger told now in so many words', 'nee ze is nu niet veilig'],
  ])('%s: %p', (_what, text) => {
    const screened = read(text);
    expect(isAcute(screened.danger)).toBe(true);
    expect(answerMayLower(screened.danger)).toBe(false);
    expect(answer(text, afterDangerReply)).toEqual(screened.danger);
    expect(answer(text, afterDangerQuestion)).toEqual(screened.danger);
  });

  it('a reading by rule (an alarm or cry the model reads poorly)', () => {
    const byRule: DangerAssessment = { level: 'acute', suicidal: false, reasons: ['floor.cry_unread', 'model.acute'], score: 0.3 };
    expect(answerMayLower(byRule)).toBe(false);
    const story = 'ze werkt in een nagelstudio';
    expect(readAsAnswer(screen, story, { read: read(story).read, danger: byRule }, byRule, afterDangerQuestion)).toBe(byRule);
  });

  it('a reading that is not acute is not raised by this', () => {
    const calm = 'ze werkt in een nagelstudio';
    expect(answer(calm, afterDangerReply)).toEqual(read(calm).danger);
    expect(answerMayLower(read(calm).danger)).toBe(false);
  });
});

function isAcute(danger: DangerAssessment): boolean {
  return danger.level === 'acute' || danger.suicidal;
}
