/**
 * Asking for a counsellor while the desk is closed (outside opening hours) or full, through the real
 * bot, dialogs and desk (the queue is a double): a counsellor says it once, then in fewer words with
 * what can be done now (call at once, the anonymous tip line), not the same bubble at every ask; 112
 * is in it only when danger was told in the conversation (the welcome named it). Sentences written
 * for this test.
 */
import type { RequestOutcome } from '../../../src/handoff/service';
import { catalog, createTestBot, join, labourStoryRecognizer, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const t = (key: string) => catalog.t('nl', key);
const queue = (kind: 'closed' | 'nobody_available') => ({
  request: async (): Promise<RequestOutcome> => ({ kind }),
  cancel: async () => false,
});
/** Acute to the screen: locked in now. */
const DANGER = 'mijn zus zit opgesloten in de kas en de baas heeft haar telefoon afgepakt';

beforeAll(() => {
  expect(testScreen().assess(DANGER).level).toBe('acute');
});

async function conversation(kind: 'closed' | 'nobody_available') {
  const bot = createTestBot(labourStoryRecognizer, { queue: queue(kind) });
  await join(bot.adapter);
  return bot.adapter;
}

describe('the closed counsellor desk', () => {
  it('is said once in full, then in other and fewer words, each time without 112 when no danger was told', async () => {
    const adapter = await conversation('closed');
    const texts: string[] = [];
    for (const ask of ['Chat met een hulpverlener', 'hulpverlener', 'Chat met een hulpverlener'])
      texts.push(...(await say(adapter, ask)).texts);
    const desk = texts.filter((x) => [t('handoff.closed'), t('handoff.closedAgain'), t('handoff.closedStill')].includes(x));
    expect(desk).toEqual([t('handoff.closed'), t('handoff.closedAgain'), t('handoff.closedStill')]);
    expect(desk.join('\n')).not.toMatch(/\b112\b/);
    // What can be done now: the phone line day and night, the anonymous tip line.
    expect(t('handoff.closedAgain')).toMatch(/0800-2000, dag en nacht/);
    expect(t('handoff.closedStill')).toMatch(/Meld Misdaad Anoniem: 0800-7000/);
  });

  it('names 112 when danger was told in the conversation', async () => {
    const adapter = await conversation('closed');
    await say(adapter, DANGER);
    await say(adapter, 'ok');
    await say(adapter, 'ja');
    await say(adapter, 'ok');
    const ask = await say(adapter, 'Chat met een hulpverlener');
    expect(ask.texts).toContain(t('handoff.closedDanger'));
    expect(t('handoff.closedDanger')).toMatch(/\b112\b/);
    const again = await say(adapter, 'Chat met een hulpverlener');
    expect(again.texts).toContain(t('handoff.closedDangerAgain'));
    expect(t('handoff.closedDangerAgain')).toMatch(/\b112\b/);
  });

  it('no counsellor free: the same, once in full and then in other words', async () => {
    const adapter = await conversation('nobody_available');
    const first = await say(adapter, 'Chat met een hulpverlener');
    const second = await say(adapter, 'Chat met een hulpverlener');
    expect(first.texts).toContain(t('handoff.nobody'));
    expect(second.texts).toContain(t('handoff.nobodyAgain'));
    expect([...first.texts, ...second.texts].join('\n')).not.toMatch(/\b112\b/);
  });
});
