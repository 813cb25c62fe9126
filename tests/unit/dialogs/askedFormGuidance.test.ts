/**
 * The `form` fact is the form of the situation told; a question that tells none ("hoe herken je een
 * loverboy?") has form `unknown`, and the guidance follows the form it asks about (form49, ADR
 * 0006): the signals of that form, not the general list. Through the real bot with the real local
 * recognizer; the questions were written for this test, in no corpus or tuning file.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { createUnderstander } from '../../../src/understanding/understander';
import { catalog, createTestBot, join, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const recognizer = createLocalRecognizer({ screen });
const signalsOf = (locale: 'nl' | 'en', form: string) =>
  [catalog.t(locale, 'guidance.signalsTitle'), ...catalog.list(locale, `guidance.signals.${form}`).map((s) => `- ${s}`)].join('\n');

describe('a question about a form that tells no situation', () => {
  it.each([
    ['nl', 'hoe herken je een loverboy?', 'sexual_exploitation'],
    ['en', 'what are the signs of forced labour?', 'labour_exploitation'],
  ] as const)('gets the signals of the form it asks about (%s): %s', async (locale, text, form) => {
    const { adapter } = createTestBot(recognizer, { local: recognizer });
    adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
    await join(adapter);
    const answer = await say(adapter, text);
    expect(answer.texts.some((t) => t.startsWith(signalsOf(locale, form)))).toBe(true);
    expect(answer.texts.some((t) => t.startsWith(signalsOf(locale, 'unknown')))).toBe(false);
  });

  it('is understood with form `unknown` and the form it asks about apart', async () => {
    const understander = createUnderstander({ recognizer, safety: screen, local: recognizer });
    const text = 'hoe herken je een loverboy?';
    const look = understander.firstLook(text, { locale: 'nl' });
    const u = await understander.understand(text, look, { locale: 'nl' });
    expect(u.form).toBe('unknown');
    expect(u.askedForm).toBe('sexual_exploitation');
  });

  it('asks about no form when it names none', async () => {
    const understander = createUnderstander({ recognizer, safety: screen, local: recognizer });
    const text = 'waar herken je mensenhandel aan?';
    const u = await understander.understand(text, understander.firstLook(text, { locale: 'nl' }), { locale: 'nl' });
    expect(u.form).toBe('unknown');
    expect(u.askedForm).toBeUndefined();
  });
});
