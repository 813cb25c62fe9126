/**
 * A conversation in Dutch or English that ends with a thank-you or goodbye in the citizen's own
 * language ("hvala lijepa, dovidenja"): the bot says goodbye in English and Dutch, as to any message
 * in a third language, and not in one of ours only nor with the interpreter line again. Through the
 * real bot; the recognizer is a double that reads a short message as thanks.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';

const thanksOrStory: Recognizer = {
  name: 'thanks-double',
  async recognize(text): Promise<Recognition> {
    const words = text.split(/\s+/).length;
    return {
      intent: words >= 4 ? 'describe_concern' : 'thanks',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

describe('a goodbye in the citizen own language', () => {
  it('is answered in English and Dutch, without the interpreter line', async () => {
    const { adapter } = createTestBot(thanksOrStory);
    await join(adapter);
    await say(adapter, 'mijn collega uit het hotel krijgt geen loon en de baas houdt haar paspoort');
    const goodbye = await say(adapter, 'hvala lijepa, dovidenja');
    expect(goodbye.texts).toEqual([`${catalog.t('en', 'small.closingOther')}\n\n${catalog.t('nl', 'small.closingOther')}`]);
  });

  it('as the first message still gets the interpreter line with the numbers', async () => {
    const { adapter } = createTestBot(thanksOrStory);
    await join(adapter);
    const first = await say(adapter, 'hvala lijepa');
    expect(first.all).toMatch(/English or Dutch/);
    expect(first.all).toMatch(/\b112\b/);
  });
});
