/**
 * The answer to "Kan de persoon zelf weggaan als hij of zij dat wil?" through the real bot (round 51,
 * leave51; src/safety/leaveAnswer.ts): the dialog passes the pending question to the danger reading,
 * so the hold told as the answer gets no 112 at once, a lasting reason for it no danger line at all,
 * and someone locked in still gets 112 first. The answer still fills the canLeave fact. The
 * recognizer is a keyword double (the dialog's path, not the language model); the danger screen is
 * the shipped one. Sentences written for this test.
 */
import type { KeywordRule } from '../../support/keywordRecognizer';
import { keywordRecognizer } from '../../support/keywordRecognizer';
import { DANGER_QUESTION, createTestBot, hasDangerReply, join, say } from '../../support/bot';

const KEYWORDS: KeywordRule[] = [
  [/kas|uur per dag/i, { form: 'labour_exploitation', intent: 'describe_concern', signals: ['excessive_hours'] }],
  [/paspoort/i, { intent: 'describe_concern', signals: ['documents_withheld'] }],
];

/** A bot that has just asked whether the person can leave. */
async function askedCanLeave() {
  const bot = createTestBot(keywordRecognizer(KEYWORDS));
  await join(bot.adapter);
  const story = await say(bot.adapter, 'Mijn buurman werkt 14 uur per dag in de kas en zijn baas heeft zijn paspoort');
  expect(story.texts.at(-1)).toMatch(/Kan de persoon zelf weggaan/);
  return bot;
}

describe('the answer to "can the person leave?"', () => {
  it('the hold told as the answer gets no 112 at once, and fills the fact', async () => {
    const { adapter, lastTriage } = await askedCanLeave();
    const turn = await say(adapter, 'nee hij mag niet weg van zijn baas');
    expect(hasDangerReply(turn.texts)).toBe(false);
    expect(lastTriage()?.canLeave).toBe(false);
    expect(lastTriage()?.acute).toBe(false);
  });

  // Each of these got "Is er nu gevaar? Bel meteen 112." before round 51.
  it.each([
    'nee hij kan niet weg, anders is hij zijn werk en zijn kamer kwijt',
    'nee, hij mag niet weg tot hij zijn schuld heeft betaald',
    'nee, als hij weggaat doen ze zijn familie iets aan',
  ])('a lasting reason for the hold gets no danger line: %p', async (answer) => {
    const { adapter, lastTriage } = await askedCanLeave();
    const turn = await say(adapter, answer);
    expect(hasDangerReply(turn.texts)).toBe(false);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(lastTriage()?.canLeave).toBe(false);
  });

  it('someone locked in now still gets 112 first', async () => {
    const { adapter, lastTriage } = await askedCanLeave();
    const turn = await say(adapter, 'nee, de deur is op slot en hij kan er niet uit');
    expect(hasDangerReply(turn.texts)).toBe(true);
    expect(lastTriage()?.acute).toBe(true);
  });
});
