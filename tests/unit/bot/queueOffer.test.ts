/** The "talk to a counsellor" button is not offered to a citizen who already waits or has one. */
import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { hideQueueOfferWhileQueued } from '../../../src/bot/queueOffer';
import { catalog, replies } from '../../support/bot';

const OFFER = ['nl', 'en'].map((l) => catalog.t(l as 'nl' | 'en', 'choices.counsellor'));

async function sent(waiting: boolean, outgoing: Partial<Activity>[]): Promise<Partial<Activity>[]> {
  const handler = hideQueueOfferWhileQueued({ offerTitles: OFFER, hasCounsellorOrWaits: async () => waiting });
  const adapter = new TestAdapter(async (context) => {
    context.onSendActivities(handler);
    await context.sendActivities(outgoing);
  });
  const out: Partial<Activity>[] = [];
  await adapter.send('hallo');
  for (let a = adapter.activeQueue.shift(); a; a = adapter.activeQueue.shift()) out.push(a);
  return out;
}

const titles = (activities: Partial<Activity>[]) => activities.map((a) => (a.suggestedActions?.actions ?? []).map((x) => x.title));

it('drops only the counsellor button while the chat waits or is live, in either language', async () => {
  const nl = replies.withChoices('nl', 'triage.nextQuestion', ['choices.counsellor', 'answers.police', 'answers.stop']);
  const en = replies.withChoices('en', 'triage.nextQuestion', ['choices.counsellor', 'answers.stop']);
  const out = await sent(true, [nl, en]);
  expect(titles(out)).toEqual([[catalog.t('nl', 'answers.police'), catalog.t('nl', 'answers.stop')], [catalog.t('en', 'answers.stop')]]);
  expect(out.map((a) => a.text)).toEqual([catalog.t('nl', 'triage.nextQuestion'), catalog.t('en', 'triage.nextQuestion')]);
});

it('keeps the button for a citizen who is not waiting', async () => {
  const nl = replies.withChoices('nl', 'triage.nextQuestion', ['choices.counsellor', 'answers.stop']);
  expect(titles(await sent(false, [nl]))).toEqual([[catalog.t('nl', 'choices.counsellor'), catalog.t('nl', 'answers.stop')]]);
});

it('removes the suggested actions altogether when the counsellor button was the only one', async () => {
  const only = replies.withChoices('nl', 'triage.nextQuestion', ['choices.counsellor']);
  const [out] = await sent(true, [only]);
  expect(out?.suggestedActions).toBeUndefined();
  expect(out?.text).toBe(catalog.t('nl', 'triage.nextQuestion'));
});
