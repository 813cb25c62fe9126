/**
 * A turn after the first read as a thought of suicide by the suicide model alone, with no word, means
 * or frame of one, is read so only from the later turns' bar (laterTurnScreen.ts
 * `LATER_UNWORDED_SUICIDE`, firstLook.ts `lookAt`; round 50, calm50): the suicide model learned first
 * messages, and on a later turn it read a feeling about the story ("honestly I'm kinda freaking out
 * rn") as a wish to die from the first message's bar. A worded, framed or means-naming thought reads
 * as before, and so does a first message. Sentences written for this test.
 */
import { predictSoftmax } from '../../../src/nlu/model/logistic';
import { LATER_UNWORDED_SUICIDE, LaterTurnScreen, atUnwordedBar, laterTurnScreen, unworded } from '../../../src/safety/laterTurnScreen';
import type { ReadMessage } from '../../../src/nlu/model/reader';
import { lookAt } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';

const main = testScreen();
const later = laterTurnScreen(main)!;

/** The suicide model's own score of a message, before any bar. */
function suicideScore(read: ReadMessage): number {
  const view = main.reader.suicideView(read);
  return predictSoftmax(main.bundle.models.suicidal, main.bundle.vocabulary.suicide.indices(main.reader.suicideFeatures(view)))[1]!;
}

/** The shipped later screen with its suicide threshold at `bar`. */
const withBar = (bar: number) => new LaterTurnScreen({ ...later.bundle, thresholds: { ...later.bundle.thresholds, suicidal: bar } }, main);

/** A turn read in its conversation (one calm turn before it) by `screen`. */
const inConversation = (screen: typeof main, text: string) =>
  lookAt(screen, text, 'en', null, undefined, undefined, [{ level: 'none', score: 0.01 }]).look.danger;

const FEELING = "honestly I'm kinda freaking out rn, sorry voor het engels";
const WORDED = 'soms denk ik dat het beter is als ik er niet meer ben';
const UNWORDED_THOUGHT = 'Sometimes I think it is better I am not alive anymore. Then nobody is ashamed of me';

describe('unworded', () => {
  it.each([FEELING, UNWORDED_THOUGHT, 'i feel like im overreacting, is this even exploitation'])(
    '%p names no word, means or frame',
    (text) => {
      expect(unworded(main.look(text).read)).toBe(true);
    },
  );

  it.each([
    WORDED,
    // A means of it.
    'ik heb de pillen al op bed gelegd',
    // A frame of a thought: a wish not to go on.
    'I am just very tired of everything, I cannot go on',
  ])('%p is worded', (text) => {
    expect(unworded(main.look(text).read)).toBe(false);
  });
});

describe('the later turns’ bar', () => {
  it('sits over the first message’s unworded bar', () => {
    expect(LATER_UNWORDED_SUICIDE).toBeGreaterThan(0.65);
    expect(atUnwordedBar(main).bundle.thresholds.suicidal).toBe(LATER_UNWORDED_SUICIDE);
    expect(atUnwordedBar(later)).toBeInstanceOf(LaterTurnScreen);
  });

  it('decides an unworded reading: under it no thought of suicide, over it one', () => {
    const read = main.look(FEELING).read;
    const score = suicideScore(read);
    expect(withBar(Math.min(1, score + 0.001)).assessRead(read).suicidal).toBe(false);
    expect(withBar(Math.max(0.66, score - 0.001)).assessRead(read).suicidal).toBe(score >= 0.65);
  });

  it('leaves a worded thought to the bundle’s threshold', () => {
    expect(inConversation(main, WORDED).suicidal).toBe(true);
    expect(inConversation(later, WORDED).suicidal).toBe(true);
  });
});

describe('a turn after the first, read in its conversation', () => {
  it('an unworded reading under the bar is no thought of suicide, by either screen', () => {
    const read = main.look(FEELING).read;
    expect(suicideScore(read)).toBeLessThan(LATER_UNWORDED_SUICIDE);
    for (const screen of [main, later]) expect(inConversation(screen, FEELING).suicidal).toBe(false);
  });

  it('a first message keeps the first message’s bar', () => {
    const read = main.look(FEELING).read;
    expect(lookAt(main, FEELING, 'en').look.danger.suicidal).toBe(suicideScore(read) >= 0.65);
  });

  it('an unworded thought scored over the bar stays suicidal', () => {
    expect(suicideScore(main.look(UNWORDED_THOUGHT).read)).toBeGreaterThanOrEqual(LATER_UNWORDED_SUICIDE);
    for (const screen of [main, later]) expect(inConversation(screen, UNWORDED_THOUGHT).suicidal).toBe(true);
  });
});

describe('through the bot', () => {
  const STORY =
    'Ik werk in een magazijn via een uitzendbureau. Ze houden elke week geld in voor de kamer en het busje, ik hou bijna niks over.';

  async function afterStory(): Promise<Awaited<ReturnType<typeof createTestBot>>['adapter']> {
    const { adapter } = createTestBot(blankRecognizer);
    await join(adapter);
    await say(adapter, 'Over mijzelf');
    await say(adapter, STORY);
    return adapter;
  }

  it('a feeling about the story on a later turn gets no 113', async () => {
    const adapter = await afterStory();
    expect((await say(adapter, FEELING)).all).not.toMatch(/\b113\b/);
  });

  it('a thought of not being alive on a later turn still gets 113', async () => {
    const adapter = await afterStory();
    expect((await say(adapter, UNWORDED_THOUGHT)).all).toMatch(/\b113\b/);
  });
});
