/**
 * A citizen who doubts whether they are in the right place is told briefly that they are and asked
 * for the story, never greeted a second time, and the relation told next carries the story on to the
 * guidance. A story told with "is this for here?" gets the guidance at once and no answer to a
 * question of the turn before. Through the real bot; the recognizer is a double.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';

/** Takes every short message for a greeting, as the model may do with a doubt said in few words. */
const greeter: Recognizer = {
  name: 'greeter-double',
  async recognize(text): Promise<Recognition> {
    const words = text.split(/\s+/).length;
    return {
      intent: words <= 8 && !/mijn/.test(text) ? 'greeting' : 'describe_concern',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.4, form: 0.9 },
      language: 'nl',
    };
  },
};

const isGuidance = (text: string) => text.startsWith(catalog.t('nl', 'referrals.title'));
const greeting = catalog.t('nl', 'small.greeting');
const rightPlace = catalog.t('nl', 'triage.rightPlace');

describe('doubting the place', () => {
  it('is told it is the right place and asked for the story, not greeted again', async () => {
    const { adapter } = createTestBot(greeter);
    await join(adapter);
    expect((await say(adapter, 'hallo')).texts).toContain(greeting);
    const doubt = await say(adapter, 'ik weet niet of ik hier goed zit');
    expect(doubt.texts).toContain(rightPlace);
    expect(doubt.texts).not.toContain(greeting);
    expect(doubt.texts.some(isGuidance)).toBe(false);
    // Who it is about, after the doubt pointed at a worry: the guidance is due.
    expect((await say(adapter, 'mijn vriendin')).texts.some(isGuidance)).toBe(true);
  });

  it('is the first thing said back when the doubt is the whole first message', async () => {
    const { adapter } = createTestBot(greeter);
    await join(adapter);
    const doubt = await say(adapter, 'Ben ik hier aan het juiste adres?');
    expect(doubt.texts[0]).toBe(rightPlace);
    expect(doubt.texts).toHaveLength(2);
  });

  it('greets once in a conversation', async () => {
    const { adapter } = createTestBot(greeter);
    await join(adapter);
    expect((await say(adapter, 'hallo')).texts).toContain(greeting);
    expect((await say(adapter, 'hoi')).texts).not.toContain(greeting);
  });
});

describe('a story told with "is this for here?"', () => {
  it('gets the guidance at once, and the question of the turn before is not answered again', async () => {
    const { adapter } = createTestBot(greeter);
    await join(adapter);
    const first = await say(adapter, 'is dit anoniem');
    const anonymous = catalog.t('nl', 'ownQuestions.anonymity').slice(0, 30);
    expect(first.all).toContain(anonymous);
    const story = await say(
      adapter,
      "mijn vriend regelt mijn 'afspraken'. ik weet niet eens of dat hier hoort. hij zegt dat het gwn werk is en dat hij me beschermt",
    );
    expect(story.all).not.toContain(anonymous);
    expect(story.texts.some(isGuidance)).toBe(true);
  });
});
