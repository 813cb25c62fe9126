/** What a citizen is told when things happen on the counsellor side, in their own language. */
import type { Activity } from 'botbuilder';
import pino from 'pino';
import { startCitizenNotifier } from '../../../src/bot/citizenNotifier';
import { HandoffEvents } from '../../../src/handoff/events';
import type { HandoffService, QueueItem } from '../../../src/handoff/service';
import type { ClusterMarks } from '../../../src/store/clusterPorts';
import type { HandoffRecord } from '../../../src/store/handoffPorts';
import { localCluster } from '../../../src/store/localCluster';
import type { ConversationRecord, ConversationStore } from '../../../src/store/ports';
import { replies } from '../../support/bot';
import { linkedBuses } from '../../support/linkedBuses';

function setup(locale: 'nl' | 'en' = 'nl', options: { events?: HandoffEvents; marks?: ClusterMarks; queue?: () => QueueItem[] } = {}) {
  const events = options.events ?? new HandoffEvents();
  const sent: { conversationId: string; activities: Partial<Activity>[] }[] = [];
  const record = { id: 'c1', locale } as ConversationRecord;
  const stop = startCitizenNotifier({
    events,
    handoff: { queue: async () => options.queue?.() ?? [] } as unknown as HandoffService,
    conversations: { get: async (id: string) => (id === 'c1' ? record : null) } as unknown as ConversationStore,
    bridge: { send: async (conversationId, activities) => void sent.push({ conversationId, activities }) },
    replies,
    counsellorName: async (id) => (id === 'u2' ? 'Bert' : 'Anna'),
    logger: pino({ level: 'silent' }),
    marks: options.marks ?? localCluster().marks,
    now: () => new Date('2026-03-02T10:00:00Z'),
  });
  const texts = async () => {
    await new Promise((r) => setTimeout(r, 20));
    return sent.flatMap((s) => s.activities.filter((a) => a.type === 'message').map((a) => a.text));
  };
  const statuses = () =>
    sent.flatMap((s) => s.activities.filter((a) => a.name === 'handoff.status').map((a) => (a.value as { state: string }).state));
  return { events, texts, statuses, stop, sent };
}

it('names the counsellor who took the chat, and the one it was transferred to', async () => {
  const { events, texts, statuses, stop } = setup();
  events.emit({ kind: 'accepted', conversationId: 'c1', counsellorId: 'u1' });
  events.emit({ kind: 'transferred', conversationId: 'c1', from: 'u1', to: 'u2' });
  expect(await texts()).toEqual(['Je praat nu met een hulpverlener: Anna.', 'Een andere hulpverlener neemt het gesprek over: Bert.']);
  expect(statuses()).toEqual(['accepted']);
  stop();
});

it('tells the citizen, in English too, when the counsellor is gone, with the phone line', async () => {
  const { events, texts, statuses, stop } = setup('en');
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'counsellor_gone', counsellorId: 'u1', wrapUp: false });
  const [text] = await texts();
  expect(text).toMatch(/connection with the counsellor was lost/);
  expect(text).toMatch(/0800-2000/);
  expect(statuses()).toEqual(['failed']);
  stop();
});

it('says nothing after a quick exit (the citizen is gone)', async () => {
  const { events, texts, stop } = setup();
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'quick_exit', counsellorId: 'u1', wrapUp: true });
  expect(await texts()).toEqual([]);
  stop();
});

it('ends the conversation for the page after a counsellor closed it, and only then', async () => {
  const { events, texts, statuses, stop, sent } = setup();
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'released', counsellorId: 'u1', wrapUp: false });
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'closed', counsellorId: 'u1', wrapUp: false });
  expect(await texts()).toHaveLength(2);
  expect(statuses()).toEqual(['completed', 'completed']);
  const types = sent.flatMap((s) => s.activities.map((a) => a.type));
  expect(types.filter((t) => t === 'endOfConversation')).toHaveLength(1);
  expect(types.at(-1)).toBe('endOfConversation');
  stop();
});

it('says nothing when the citizen closed the page', async () => {
  const { events, texts, stop } = setup();
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'citizen_left', counsellorId: 'u1', wrapUp: true });
  expect(await texts()).toEqual([]);
  stop();
});

describe('with two instances on one store', () => {
  const waiting = (position: number): QueueItem => ({
    handoff: { id: 'h1', conversationId: 'c1' } as HandoffRecord,
    position: position - 1,
    waitMinutes: null,
    waitCapped: false,
  });

  function twoInstances(queue: () => QueueItem[]) {
    const [busA, busB] = linkedBuses(2);
    const onError = () => undefined;
    const eventsA = new HandoffEvents({ bus: busA!, onError });
    const eventsB = new HandoffEvents({ bus: busB!, onError });
    // Both instances share the store's marks, as they share one PostgreSQL table.
    const marks = localCluster().marks;
    return { a: setup('nl', { events: eventsA, marks, queue }), b: setup('nl', { events: eventsB, marks, queue }) };
  }

  it('tells the citizen about a taken chat once: from the instance where it happened', async () => {
    const { a, b } = twoInstances(() => []);
    b.events.emit({ kind: 'accepted', conversationId: 'c1', counsellorId: 'u1' });
    expect(await b.texts()).toEqual(['Je praat nu met een hulpverlener: Anna.']);
    expect(await a.texts()).toEqual([]);
    a.stop();
    b.stop();
  });

  it('tells each new queue position once, whichever instance saw the queue move', async () => {
    let position = 3;
    const { a, b } = twoInstances(() => [waiting(position)]);
    a.events.emit({ kind: 'queue_changed' });
    await a.texts();
    position = 2;
    b.events.emit({ kind: 'queue_changed' });
    const all = [...(await a.texts()), ...(await b.texts())];
    expect(all).toEqual([expect.stringContaining('2')]);
    position = 1;
    a.events.emit({ kind: 'queue_changed' });
    const after = [...(await a.texts()), ...(await b.texts())];
    expect(after.filter((t) => t?.includes('1'))).toHaveLength(1);
    a.stop();
    b.stop();
  });
});

it('names why a handoff ended in the status event, so the page can say back-to-bot, closed or nobody free', async () => {
  const { events, sent, stop } = setup();
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'released', counsellorId: 'u1', wrapUp: false });
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'closed', counsellorId: 'u1', wrapUp: false });
  events.emit({ kind: 'ended', conversationId: 'c1', reason: 'expired', counsellorId: null, wrapUp: false });
  await new Promise((r) => setTimeout(r, 20));
  const values = sent.flatMap((s) => s.activities.filter((a) => a.name === 'handoff.status').map((a) => a.value));
  expect(values).toEqual([
    { state: 'completed', reason: 'released' },
    { state: 'completed', reason: 'closed' },
    { state: 'failed', reason: 'expired' },
  ]);
  stop();
});
