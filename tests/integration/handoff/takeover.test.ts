/**
 * A whole takeover as the citizen and the counsellor live it: the official Direct Line client on
 * one side, the console API and /staff/ws on the other, the real server and store in between.
 */
import { activityId } from '../../../src/channels/directline/activityIds';
import { ManualClock } from '../../../src/clock';
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { Citizen, ConsoleFeed, Staff, addStaff, startHandoffServer, until } from './harness';

// Each test starts a server and two clients; on a loaded 2-core machine one can take well over 30 s.
jest.setTimeout(90_000);

const BOT_ID = 'veilig-thuis-bot';
const chatPath = (id: string, action = '') => `/staff/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

let server: TestServer;
let anna: Staff;
let bert: Staff;
const cleanups: (() => void)[] = [];

async function start(options: Parameters<typeof startHandoffServer>[0] = {}): Promise<void> {
  server = await startHandoffServer(options);
  anna = await Staff.login(server.url, 'anna', await addStaff(server, 'anna', 'counsellor', 'Anna'));
  bert = await Staff.login(server.url, 'bert', await addStaff(server, 'bert', 'counsellor', 'Bert'));
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.stop();
  removeDir(server.dataDir);
});

async function citizen(): Promise<Citizen> {
  const c = await Citizen.join(server.url);
  cleanups.push(() => c.end());
  return c;
}

async function feed(who: Staff): Promise<ConsoleFeed> {
  const f = await ConsoleFeed.open(server.url, who.cookie);
  cleanups.push(() => f.close());
  return f;
}

/** Anna available and watching; the citizen asked for a counsellor and Anna took the chat. */
async function liveWithAnna(): Promise<{ c: Citizen; annaFeed: ConsoleFeed }> {
  await anna.setAvailable(true);
  const annaFeed = await feed(anna);
  const c = await citizen();
  await c.say('hulpverlener');
  await c.expectText('Je staat in de wachtrij');
  expect((await anna.call('POST', chatPath(c.conversationId, 'accept'))).status).toBe(200);
  await c.expectText('Je praat nu met een hulpverlener: Anna');
  return { c, annaFeed };
}

it('takes a chat over, relays both ways with typing, transfers, hands back and closes', async () => {
  await start();
  await anna.setAvailable(true);
  await bert.setAvailable(true);
  const annaFeed = await feed(anna);
  const bertFeed = await feed(bert);
  const c = await citizen();
  const id = c.conversationId;

  // The citizen asks; the queue answers with a place. The triage (danger, suicidal, age, place) goes
  // to the counsellors only, never to the citizen's browser, which someone else may be reading.
  await c.say('Mijn buurman werkt elke dag 14 uur voor bijna niks');
  let mark = c.botTexts().length;
  await c.say('hulpverlener');
  await c.expectText('Je staat in de wachtrij voor een hulpverlener. Je bent nummer 1.', mark);
  expect(c.client.activities.filter((a) => a.type === 'event').map((a) => a.name)).not.toContain('handoff.initiate');
  expect(JSON.stringify(c.client.activities)).not.toMatch(/"triage"|"suicidal"|"nextStep"/);

  await annaFeed.waitFor((e) => e.kind === 'queue_changed', 'queue change');
  const queue = await anna.call('GET', '/staff/api/queue');
  expect(queue.body.items).toEqual([
    expect.objectContaining({
      conversationId: id,
      position: 1,
      locale: 'nl',
      acute: false,
      estimatedWaitMinutes: 0,
      triage: expect.objectContaining({ nextStep: 'counsellor', acute: false }),
    }),
  ]);

  // Anna takes it; the citizen is told who, in Dutch, and gets handoff.status accepted.
  mark = c.botTexts().length;
  expect((await anna.call('POST', chatPath(id, 'accept'))).status).toBe(200);
  await c.expectText('Je praat nu met een hulpverlener: Anna.', mark);
  await until(
    () =>
      c.client.activities.some(
        (a) => a.type === 'event' && a.name === 'handoff.status' && (a.value as { state?: string }).state === 'accepted',
      ),
    'accepted',
  );
  expect((await anna.call('GET', '/staff/api/queue')).body).toMatchObject({ items: [], myChats: [id] });

  // Counsellor → citizen, under her own name, stored with her role and id.
  mark = c.botMessages().length;
  expect((await anna.call('POST', chatPath(id, 'messages'), { text: 'Hoi, ik ben Anna. <b>Vertel</b> maar.' })).status).toBe(201);
  const fromAnna = await c.expectText('Hoi, ik ben Anna.', mark);
  expect(fromAnna.text).toBe('Hoi, ik ben Anna. <b>Vertel</b> maar.');
  expect(fromAnna.from).toMatchObject({ id: `counsellor:${anna.id}`, name: 'Anna' });
  const stored = (await server.store.transcripts.listAfter(id, 0, 500)).find((e) => e.text === fromAnna.text)!;
  expect(stored.role).toBe('counsellor');
  expect(stored.activity).toMatchObject({
    from: { id: `counsellor:${anna.id}`, name: 'Anna' },
    channelData: { helplineSender: { role: 'counsellor', id: anna.id } },
  });

  // Citizen → counsellor: relayed to her feed (not to Bert's), and the bot says nothing.
  mark = c.botMessages().length;
  await c.say('Hij werkt elke dag tot laat voor zijn baas');
  await annaFeed.waitFor((e) => e.kind === 'message' && e.role === 'citizen', 'the citizen message on the feed');
  expect(annaFeed.of('message').filter((e) => e.role === 'citizen')).toEqual([
    { kind: 'message', conversationId: id, role: 'citizen', text: 'Hij werkt elke dag tot laat voor zijn baas', at: expect.any(String) },
  ]);
  expect(bertFeed.of('message')).toEqual([]);
  expect(c.botMessages().slice(mark)).toEqual([]);
  const entries = await server.store.transcripts.listAfter(id, 0, 500);
  expect(entries.at(-1)).toMatchObject({ role: 'citizen', text: 'Hij werkt elke dag tot laat voor zijn baas' });

  // Typing both ways.
  expect((await anna.call('POST', chatPath(id, 'typing'))).status).toBe(204);
  await until(() => c.client.activities.some((a) => a.type === 'typing' && a.from.name === 'Anna'), 'Anna typing');
  await c.typing();
  await annaFeed.waitFor((e) => e.kind === 'typing' && e.role === 'citizen', 'citizen typing');

  // Private notes, and the whole conversation for the holder, bot part included.
  expect((await anna.call('POST', chatPath(id, 'notes'), { text: 'Mogelijk arbeidsuitbuiting' })).status).toBe(201);
  const view = await anna.call('GET', chatPath(id));
  expect(view.status).toBe(200);
  expect(view.body.notes).toEqual([{ at: expect.any(String), counsellorId: anna.id, text: 'Mogelijk arbeidsuitbuiting' }]);
  const lines = view.body.transcript as { role: string; text: string; counsellor: string | null }[];
  expect(lines.map((l) => l.role)).toEqual(expect.arrayContaining(['bot', 'citizen', 'counsellor']));
  expect(lines.find((l) => l.role === 'counsellor')).toMatchObject({ counsellor: 'Anna' });
  expect(JSON.stringify(c.client.activities)).not.toContain('Mogelijk arbeidsuitbuiting');

  // Transfer to Bert: his chat now, Anna is out; Carl, who has nothing to do with it, hears nothing of it.
  const carlFeed = await feed(await Staff.login(server.url, 'carl', await addStaff(server, 'carl', 'counsellor', 'Carl')));
  expect((await anna.call('POST', chatPath(id, 'transfer'), { username: 'Bert' })).status).toBe(200);
  await bertFeed.waitFor((e) => e.kind === 'transferred', 'the transfer');
  await annaFeed.waitFor((e) => e.kind === 'transferred', 'the transfer at Anna');
  const carlSeenBeforeRelease = carlFeed.events.length;
  expect((await anna.call('GET', chatPath(id))).status).toBe(403);
  expect((await bert.call('GET', chatPath(id))).status).toBe(200);
  await c.say('Ben je er nog?');
  await bertFeed.waitFor((e) => e.kind === 'message' && e.text === 'Ben je er nog?', 'the message at Bert');
  expect(annaFeed.of('message').some((e) => e.text === 'Ben je er nog?')).toBe(false);

  // Back to the bot: the citizen is told, and the bot answers again.
  mark = c.botTexts().length;
  expect((await bert.call('POST', chatPath(id, 'release'))).status).toBe(200);
  await c.expectText('De hulpverlener heeft het gesprek weer aan mij gegeven', mark);
  await bertFeed.waitFor((e) => e.kind === 'ended' && e.reason === 'released', 'ended on the feed');
  // The release's queue change goes to every console; one socket keeps order, so anything sent to
  // Carl about the transfer arrived before it.
  await until(() => carlFeed.events.slice(carlSeenBeforeRelease).some((e) => e.kind === 'queue_changed'), 'the release at Carl');
  expect(carlFeed.of('transferred')).toEqual([]);
  expect(carlFeed.of('ended')).toEqual([]);
  mark = c.botMessages().length;
  await c.say('Welke signalen zijn er?');
  await until(
    () =>
      c
        .botMessages()
        .slice(mark)
        .some((m) => m.from.id === BOT_ID),
    'the bot answering again',
  );

  // A second request, taken and closed with a wrap-up.
  mark = c.botTexts().length;
  await c.say('hulpverlener');
  await c.expectText('Je bent nummer 1', mark);
  expect((await anna.call('POST', chatPath(id, 'accept'))).status).toBe(200);
  mark = c.botTexts().length;
  expect(
    (await anna.call('POST', chatPath(id, 'close'), { outcome: 'referred_labour_or_support', note: 'Verwezen naar FairWork' })).status,
  ).toBe(200);
  await c.expectText('De hulpverlener heeft het gesprek afgesloten', mark);
  expect((await server.store.conversations.get(id))?.status).toBe('ended');
  expect((await server.store.handoffs.notes(id)).map((n) => n.text)).toContain('Verwezen naar FairWork');

  // Nothing arrived twice.
  const ids = c.client.activities.filter((a) => a.type !== 'typing').map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('moves danger to the front, tells waiting citizens their place as it changes, and lets them cancel', async () => {
  await start();
  await anna.setAvailable(true);
  const annaFeed = await feed(anna);
  const first = await citizen();
  const second = await citizen();
  await first.say('hulpverlener');
  await first.expectText('Een hulpverlener komt zo bij je.');
  let mark = second.botTexts().length;
  await second.say('hulpverlener');
  await second.expectText('Je bent nummer 2.', mark);
  // 20 minutes by the average chat, but nobody waits longer than 15: an honest "up to 15".
  await second.expectText('Het kan tot 15 minuten duren.', mark);
  expect(second.botTexts().slice(mark).join(' ')).not.toContain('20 minuten');

  // Danger while waiting: 112 at once, the front of the queue, and an alert for the counsellors.
  // The mark must count every reply of the turn before: its last ones may still be on their way.
  await until(async () => {
    const last = (await server.store.transcripts.listAfter(second.conversationId, 0, 1000)).filter((e) => e.type === 'message').at(-1);
    return second.client.activities.some((a) => a.id === activityId(second.conversationId, last!.seq));
  }, 'the rest of the turn');
  mark = second.botTexts().length;
  await second.say('help me hij slaat me');
  await second.expectText('112', mark);
  expect(second.botTexts()[mark]).toContain('112');
  await annaFeed.waitFor((e) => e.kind === 'alert' && e.conversationId === second.conversationId, 'the alert');
  const queue = await anna.call('GET', '/staff/api/queue');
  expect((queue.body.items as { conversationId: string; acute: boolean }[]).map((i) => [i.conversationId, i.acute])).toEqual([
    [second.conversationId, true],
    [first.conversationId, false],
  ]);

  // The first one moves up when the acute chat is taken.
  mark = first.botTexts().length;
  expect((await anna.call('POST', chatPath(second.conversationId, 'accept'))).status).toBe(200);
  await first.expectText('Je bent nu nummer 1 in de wachtrij.', mark);

  mark = first.botTexts().length;
  await first.say('annuleren');
  await first.expectText('Oké, je wacht niet meer.', mark);
  expect((await anna.call('GET', '/staff/api/queue')).body.items).toEqual([]);
});

it('speaks English with an English citizen, and can use a generic counsellor name', async () => {
  await start({ env: { COUNSELLOR_NAME_MODE: 'generic' } });
  await anna.setAvailable(true);
  const c = await Citizen.join(server.url, 'en');
  cleanups.push(() => c.end());
  await c.say('counsellor');
  await c.expectText('You are in the queue for a counsellor. You are number 1.');
  expect((await anna.call('GET', '/staff/api/queue')).body.items).toEqual([
    expect.objectContaining({ conversationId: c.conversationId, locale: 'en' }),
  ]);
  await anna.call('POST', chatPath(c.conversationId, 'accept'));
  await c.expectText('You are now talking to a counsellor: a Veilig Thuis counsellor.');
  await anna.call('POST', chatPath(c.conversationId, 'release'));
  await c.expectText('The counsellor has handed the conversation back to me.');
});

it('answers acute danger in a live chat with 112 first and alerts the counsellor', async () => {
  await start();
  const { c, annaFeed } = await liveWithAnna();
  const mark = c.botTexts().length;
  await c.say('help me hij slaat me');
  await c.expectText('112', mark);
  expect(c.botTexts().slice(mark)[0]).toBe('Is er nu gevaar? Bel meteen 112. Dat is gratis.');
  await annaFeed.waitFor((e) => e.kind === 'alert', 'the alert');
  expect(annaFeed.of('alert')).toEqual([{ kind: 'alert', conversationId: c.conversationId, reason: 'acute_in_live_chat' }]);
  await annaFeed.waitFor((e) => e.kind === 'message' && e.text === 'help me hij slaat me', 'the message itself');
});

it('ends the live chat on quick exit and tells the counsellor at once', async () => {
  await start();
  const { c, annaFeed } = await liveWithAnna();
  const res = await fetch(`${server.url}/api/directline/exit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: c.token }),
  });
  expect(res.status).toBe(204);
  await annaFeed.waitFor((e) => e.kind === 'ended', 'the end');
  expect(annaFeed.of('ended')).toEqual([
    { kind: 'ended', conversationId: c.conversationId, reason: 'quick_exit', counsellorId: anna.id, wrapUp: true },
  ]);
  expect((await anna.call('GET', chatPath(c.conversationId))).status).toBe(404);
  expect((await anna.call('GET', '/staff/api/queue')).body).toMatchObject({ myChats: [] });
});

it('ends the live chat when the citizen closes the page, and tells the counsellor why', async () => {
  await start();
  const { c, annaFeed } = await liveWithAnna();
  const res = await fetch(`${server.url}/api/directline/end`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: c.token }),
  });
  expect(res.status).toBe(204);
  await annaFeed.waitFor((e) => e.kind === 'ended', 'the end');
  expect(annaFeed.of('ended')).toEqual([
    { kind: 'ended', conversationId: c.conversationId, reason: 'citizen_left', counsellorId: anna.id, wrapUp: true },
  ]);
  expect(await server.store.conversations.get(c.conversationId)).toMatchObject({ status: 'ended', endedReason: 'citizen_left' });
  expect((await anna.call('GET', '/staff/api/queue')).body).toMatchObject({ myChats: [] });
});

it('releases the queue place of a citizen who closed the page, and never offers the queue twice', async () => {
  await start();
  await anna.setAvailable(true);
  const first = await citizen();
  const second = await citizen();
  const offer = 'Chat met een hulpverlener';
  const buttonsAfter = (c: Citizen, mark: number) =>
    c
      .botMessages()
      .slice(mark)
      .flatMap((m) => (m.suggestedActions?.actions ?? []).map((a) => a.title));
  for (const c of [first, second]) {
    await c.say('Mijn buurman werkt elke dag 14 uur voor bijna niks');
    await until(() => buttonsAfter(c, 0).includes(offer), 'the queue offered');
    const mark = c.botMessages().length;
    await c.say('hulpverlener');
    await c.expectText('Je staat in de wachtrij', mark);
    // Waiting, the citizen is not offered the queue again, neither in the prompt that follows
    // nor later in the conversation.
    await c.say('Hij mag zijn paspoort niet houden');
    await until(() => c.botMessages().length > mark + 2, 'more replies');
    expect(buttonsAfter(c, mark)).not.toContain(offer);
  }

  await fetch(`${server.url}/api/directline/end`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: first.token }),
  });
  await until(async () => (await server.store.handoffs.current(first.conversationId)) === null, 'the place released');
  const queue = await anna.call('GET', '/staff/api/queue');
  expect((queue.body.items as { conversationId: string }[]).map((i) => i.conversationId)).toEqual([second.conversationId]);
});

it('gives the phone line outside opening hours, and when nobody is available', async () => {
  // A Sunday afternoon, with the default weekday hours.
  await start({ env: { HANDOFF_OPENING_HOURS: 'mon-fri 09:00-17:00' }, deps: { clock: new ManualClock('2026-03-08T13:00:00Z') } });
  await anna.setAvailable(true);
  const c = await citizen();
  let mark = c.botTexts().length;
  await c.say('hulpverlener');
  await c.expectText('Op dit moment chatten er geen hulpverleners. Bel Veilig Thuis: 0800-2000.', mark);
  expect(await server.store.handoffs.current(c.conversationId)).toBeNull();
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.stop();
  removeDir(server.dataDir);

  await start();
  const d = await citizen();
  mark = d.botTexts().length;
  await d.say('hulpverlener');
  await d.expectText('Er is nu geen hulpverlener vrij om te chatten. Bel Veilig Thuis: 0800-2000.', mark);
});
