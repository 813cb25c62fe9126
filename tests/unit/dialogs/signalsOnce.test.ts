/**
 * The list of signals is said once in a conversation: asked for first ("where do I look out for?"),
 * the guidance after the story points back to it instead of reading the same list out again.
 * Through the real bot with the real local recognizer.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
const t = (key: string) => catalog.t('nl', key);

describe('the signals once per conversation', () => {
  it('points back to the list given as an answer instead of giving it again with the guidance', async () => {
    const { adapter } = createTestBot(recognizer);
    await join(adapter);
    const asked = await say(adapter, 'Hoe herken ik eigenlijk of iemand wordt uitgebuit? Waar moet ik op letten?');
    const lists = (texts: string[]) => texts.filter((text) => text.startsWith(t('guidance.signalsTitle')));
    expect(lists(asked.texts)).toHaveLength(1);
    const story = await say(
      adapter,
      'Het gaat om de jongen van de overburen, hij is ongeveer 15 en wordt elke avond door een auto opgehaald en komt pas laat terug.',
    );
    expect(story.texts.some((text) => text.startsWith(t('referrals.title')))).toBe(true);
    expect(lists(story.texts)).toEqual([]);
    expect(story.texts).toContain(t('guidance.signalsAbove'));
  });
});
