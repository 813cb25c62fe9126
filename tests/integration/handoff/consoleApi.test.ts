/**
 * The counsellor console API over real HTTP and /staff/ws, on the real server with the real
 * SQLite store, and a citizen on the official Direct Line client: roles, bad input, races, and a
 * whole takeover from "hulpverlener" to the wrap-up.
 */
import { ManualClock } from '../../../src/clock';
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { Citizen, ConsoleFeed, Staff, addStaff, startHandoffServer } from './harness';

jest.setTimeout(30_000);

let server: TestServer;
let anna: Staff;
let bert: Staff;
let sam: Staff;
let root: Staff;
const open: Citizen[] = [];
const feeds: ConsoleFeed[] = [];

beforeEach(async () => {
  // A clock that stands still: the write limit counts per minute, and 121 posts on the system clock
  // could straddle a minute's end and pass (seen once under load).
  server = await startHandoffServer({ deps: { clock: new ManualClock(new Date()) } });
  const ids = {
    anna: await addStaff(server, 'anna', 'counsellor', 'Anna'),
    bert: await addStaff(server, 'bert', 'counsellor', 'Bert'),
    sam: await addStaff(server, 'sam', 'supervisor', 'Sam'),
    root: await addStaff(server, 'root', 'admin', 'Beheer'),
  };
  [anna, bert, sam, root] = await Promise.all(Object.entries(ids).map(([name, id]) => Staff.login(server.url, name, id)));
});

afterEach(async () => {
  for (const c of open.splice(0)) c.end();
  for (const f of feeds.splice(0)) f.close();
  await server.stop();
  removeDir(server.dataDir);
});

async function citizen(locale = 'nl'): Promise<Citizen> {
  const c = await Citizen.join(server.url, locale);
  open.push(c);
  return c;
}

async function feed(who: Staff | null): Promise<ConsoleFeed> {
  const f = await ConsoleFeed.open(server.url, who?.cookie ?? null);
  feeds.push(f);
  return f;
}

/** A citizen waiting in the queue (anna available). */
async function queued(): Promise<Citizen> {
  expect((await anna.setAvailable(true)).status).toBe(200);
  const c = await citizen();
  const before = c.botTexts().length;
  await c.say('hulpverlener');
  await c.expectText('Je staat in de wachtrij', before);
  return c;
}

const chatPath = (id: string, action = '') => `/staff/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** Every console endpoint, with a body that would be valid. */
function endpoints(id: string): [string, string, unknown][] {
  return [
    ['PUT', '/staff/api/me/availability', { available: true }],
    ['GET', '/staff/api/queue', undefined],
    ['GET', '/staff/api/canned', undefined],
    ['GET', '/staff/api/counsellors/available', undefined],
    ['POST', chatPath(id, 'accept'), undefined],
    ['GET', chatPath(id), undefined],
    ['POST', chatPath(id, 'messages'), { text: 'Hallo' }],
    ['POST', chatPath(id, 'typing'), undefined],
    ['POST', chatPath(id, 'notes'), { text: 'Notitie' }],
    ['POST', chatPath(id, 'transfer'), { username: 'bert' }],
    ['POST', chatPath(id, 'release'), undefined],
    ['POST', chatPath(id, 'close'), { outcome: 'advice_given' }],
  ];
}

describe('who may use the console API', () => {
  it('refuses without a session (401), to supervisors and admins (403 on counsellor routes) and without CSRF (403)', async () => {
    const c = await queued();
    for (const [method, path, body] of endpoints(c.conversationId)) {
      const anonymous = await anna.call(method, path, body, { cookie: false, csrf: false });
      expect([method, path, anonymous.status, anonymous.body.error?.code]).toEqual([method, path, 401, 'SessionRequired']);
      for (const who of [sam, root]) {
        const denied = await who.call(method, path, body);
        expect([method, path, denied.status, denied.body.error?.code]).toEqual([method, path, 403, 'RoleNotAllowed']);
      }
      if (method !== 'GET') {
        const noCsrf = await anna.call(method, path, body, { csrf: false });
        expect([method, path, noCsrf.status, noCsrf.body.error?.code]).toEqual([method, path, 403, 'CsrfTokenInvalid']);
        // Another session's token does not fit this one.
        const forged = await fetch(`${server.url}${path}`, {
          method,
          headers: { cookie: anna.cookie, 'x-csrf-token': bert.csrf, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(forged.status).toBe(403);
      }
    }
    // Nothing above changed anything: the chat still waits.
    expect((await server.store.handoffs.current(c.conversationId))?.status).toBe('queued');
  });

  it('admits counsellors to every endpoint', async () => {
    const c = await queued();
    const id = c.conversationId;
    expect(await anna.call('PUT', '/staff/api/me/availability', { available: true })).toEqual({ status: 200, body: { available: true } });
    const queue = await anna.call('GET', '/staff/api/queue');
    expect(queue.status).toBe(200);
    expect(queue.body).toMatchObject({ available: true, myChats: [], items: [{ conversationId: id, position: 1 }] });
    const canned = await anna.call('GET', '/staff/api/canned');
    expect(canned.status).toBe(200);
    expect((canned.body.nl as string[]).length).toBeGreaterThan(0);
    expect((canned.body.en as string[]).length).toBe((canned.body.nl as string[]).length);
    expect(await anna.call('POST', chatPath(id, 'accept'))).toEqual({ status: 200, body: { conversationId: id, status: 'live' } });
    expect((await anna.call('GET', chatPath(id))).status).toBe(200);
    expect((await anna.call('POST', chatPath(id, 'messages'), { text: 'Hallo' })).status).toBe(201);
    expect((await anna.call('POST', chatPath(id, 'typing'))).status).toBe(204);
    expect((await anna.call('POST', chatPath(id, 'notes'), { text: 'Notitie' })).status).toBe(201);
    await bert.setAvailable(true);
    expect(await anna.call('POST', chatPath(id, 'transfer'), { username: 'bert' })).toEqual({
      status: 200,
      body: { conversationId: id, counsellor: 'bert' },
    });
    expect(await bert.call('POST', chatPath(id, 'release'))).toEqual({ status: 200, body: { conversationId: id, status: 'bot' } });
    await c.say('hulpverlener');
    expect((await bert.call('POST', chatPath(id, 'accept'))).status).toBe(200);
    expect(await bert.call('POST', chatPath(id, 'close'), { outcome: 'no_trafficking' })).toEqual({
      status: 200,
      body: { conversationId: id, status: 'ended', outcome: 'no_trafficking' },
    });
  });

  it('lists the colleagues a chat can go to: available counsellors only, not yourself, with their live chats', async () => {
    const colleagues = async (who: Staff) => {
      const res = await who.call('GET', '/staff/api/counsellors/available');
      expect(res.status).toBe(200);
      return res.body.counsellors as unknown[];
    };
    await anna.setAvailable(true);
    // Bert is not available yet; supervisors and admins never take chats.
    expect(await colleagues(anna)).toEqual([]);
    await bert.setAvailable(true);
    expect(await colleagues(anna)).toEqual([{ username: 'bert', displayName: 'Bert', chats: 0 }]);
    expect(await colleagues(bert)).toEqual([{ username: 'anna', displayName: 'Anna', chats: 0 }]);
    const c = await queued();
    expect((await anna.call('POST', chatPath(c.conversationId, 'accept'))).status).toBe(200);
    expect(await colleagues(bert)).toEqual([{ username: 'anna', displayName: 'Anna', chats: 1 }]);
    await bert.setAvailable(false);
    expect(await colleagues(anna)).toEqual([]);
  });

  it('admits only signed-in counsellors to the live feed', async () => {
    await expect(feed(null)).rejects.toThrow('refused: 401');
    await expect(feed(sam)).rejects.toThrow('refused: 403');
    await expect(feed(root)).rejects.toThrow('refused: 403');
    const f = await feed(anna);
    expect(f.events[0]).toEqual({ kind: 'queue_changed' });
  });
});

describe('bad requests', () => {
  it('rejects bad bodies with 400, unsupported types with 415 and large bodies with 413', async () => {
    const c = await queued();
    const id = c.conversationId;
    await anna.call('POST', chatPath(id, 'accept'));
    const code = async (method: string, path: string, body: unknown, type?: string) => {
      const res = await anna.call(method, path, body, { type });
      return [res.status, res.body.error?.code];
    };
    expect(await code('PUT', '/staff/api/me/availability', { available: 'yes' })).toEqual([400, 'BadArgument']);
    expect(await code('PUT', '/staff/api/me/availability', {})).toEqual([400, 'MissingProperty']);
    expect(await code('PUT', '/staff/api/me/availability', '{"available":')).toEqual([400, 'BadSyntax']);
    expect(await code('PUT', '/staff/api/me/availability', 'available=true', 'application/x-www-form-urlencoded')).toEqual([
      415,
      'UnsupportedMediaType',
    ]);
    expect(await code('POST', chatPath(id, 'messages'), { text: '   ' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'messages'), { text: 'hoi', html: '<b>' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'messages'), { text: 'x'.repeat(4001) })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'messages'), { text: 'x'.repeat(20_000) })).toEqual([413, 'MessageSizeTooBig']);
    expect(await code('POST', chatPath(id, 'messages'), 'hoi', 'text/plain')).toEqual([415, 'UnsupportedMediaType']);
    expect(await code('POST', chatPath(id, 'notes'), {})).toEqual([400, 'MissingProperty']);
    expect(await code('POST', chatPath(id, 'transfer'), { username: 'niemand' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'transfer'), { username: 'sam' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'transfer'), { username: 'anna' })).toEqual([400, 'BadArgument']);
    // Bert has not said he takes chats: handing it to him would leave the citizen alone.
    expect(await code('POST', chatPath(id, 'transfer'), { username: 'bert' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'close'), { outcome: 'solved' })).toEqual([400, 'BadArgument']);
    expect(await code('POST', chatPath(id, 'close'), { note: 'zonder uitkomst' })).toEqual([400, 'MissingProperty']);
    expect(await code('POST', chatPath('a b', 'accept'), undefined)).toEqual([400, 'BadArgument']);
    expect(await code('GET', chatPath('<script>'), undefined)).toEqual([400, 'BadArgument']);
    // None of it reached the citizen or changed the chat.
    expect(await server.store.handoffs.current(id)).toMatchObject({ status: 'live', counsellorId: anna.id });
    expect((await server.store.transcripts.listAfter(id, 0, 500)).filter((e) => e.role === 'counsellor')).toEqual([]);
  });
});

describe('who holds a chat', () => {
  it('limits how fast one counsellor can write into chats (429)', async () => {
    const c = await queued();
    expect((await anna.call('POST', chatPath(c.conversationId, 'accept'))).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await anna.call('POST', chatPath(c.conversationId, 'typing'))).status);
    expect(statuses.slice(0, 120).every((s) => s === 204)).toBe(true);
    expect(statuses[120]).toBe(429);
    const limited = await anna.call('POST', chatPath(c.conversationId, 'messages'), { text: 'hallo' });
    expect(limited.body.error?.code).toBe('TooManyRequests');
  });

  it('sends a message once when the console retries it with the same Idempotency-Key', async () => {
    const c = await queued();
    expect((await anna.call('POST', chatPath(c.conversationId, 'accept'))).status).toBe(200);
    const send = () =>
      anna.call(
        'POST',
        chatPath(c.conversationId, 'messages'),
        { text: 'Ik ben er voor je.' },
        { headers: { 'idempotency-key': 'msg-0001-abcd' } },
      );
    const [first, again] = await Promise.all([send(), send()]);
    const third = await send();
    expect([first.status, again.status, third.status]).toEqual([201, 201, 201]);
    expect([first.body, again.body, third.body].filter((b) => b.replayed === true)).toHaveLength(2);
    const stored = await server.store.transcripts.listAfter(c.conversationId, 0, 500);
    expect(stored.filter((e) => e.role === 'counsellor' && e.text === 'Ik ben er voor je.')).toHaveLength(1);
    const bad = await anna.call('POST', chatPath(c.conversationId, 'messages'), { text: 'x' }, { headers: { 'idempotency-key': 'kort' } });
    expect(bad.status).toBe(400);
  });

  it('lets exactly one of two racing counsellors accept: one 200, one 409', async () => {
    const c = await queued();
    await bert.setAvailable(true);
    const [a, b] = await Promise.all([
      anna.call('POST', chatPath(c.conversationId, 'accept')),
      bert.call('POST', chatPath(c.conversationId, 'accept')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    // Its own code and text: a lost race, not a stale write or a bad token.
    expect(loser.body.error).toEqual({ code: 'AlreadyTaken', message: 'Another counsellor took this chat first.' });
    const winner = a.status === 200 ? anna : bert;
    expect((await server.store.handoffs.current(c.conversationId))?.counsellorId).toBe(winner.id);
    await c.expectText('Je praat nu met een hulpverlener: ');
    expect(c.botTexts().filter((t) => t.startsWith('Je praat nu met een hulpverlener'))).toHaveLength(1);
    expect((await anna.call('POST', chatPath('onbekend', 'accept'))).status).toBe(404);
  });

  it('never shows a chat to a counsellor who does not hold it (403), nor one that is not live (404)', async () => {
    const c = await queued();
    const id = c.conversationId;
    const chatRoutes = endpoints(id).filter(([, path]) => path.startsWith(chatPath(id)) && !path.endsWith('/accept'));
    for (const [method, path, body] of chatRoutes) expect([path, (await anna.call(method, path, body)).status]).toEqual([path, 404]);
    await anna.call('POST', chatPath(id, 'accept'));
    for (const [method, path, body] of chatRoutes) {
      const res = await bert.call(method, path, body);
      expect([path, res.status, res.body.error]).toEqual([
        path,
        403,
        { code: 'HeldByAnotherCounsellor', message: 'Another counsellor holds this chat.' },
      ]);
    }
    expect(JSON.stringify(await bert.call('GET', chatPath(id)))).not.toContain('hulpverlener');
    await anna.call('POST', chatPath(id, 'release'));
    expect((await anna.call('GET', chatPath(id))).status).toBe(404);
    expect((await anna.call('POST', chatPath(id, 'messages'), { text: 'Nog daar?' })).status).toBe(404);
  });

  it('lets the holder finish the wrap-up and notes after the citizen closed the page, audited and counted; nobody else', async () => {
    const c = await queued();
    const id = c.conversationId;
    expect((await anna.call('POST', chatPath(id, 'accept'))).status).toBe(200);
    const left = await fetch(`${server.url}/api/directline/end`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: c.token }),
    });
    expect(left.status).toBe(204);
    expect((await anna.call('POST', chatPath(id, 'messages'), { text: 'Nog daar?' })).status).toBe(404);
    expect((await bert.call('POST', chatPath(id, 'notes'), { text: 'Notitie' })).status).toBe(403);
    expect((await bert.call('POST', chatPath(id, 'close'), { outcome: 'other' })).status).toBe(403);
    const noted = await anna.call('POST', chatPath(id, 'notes'), { text: 'Vertrok midden in het gesprek' });
    // The console shows the answer as is once the chat cannot be read back: the stored text and the server's time.
    const [stored] = await server.store.handoffs.notes(id);
    expect([noted.status, noted.body]).toEqual([201, { note: { at: stored!.at.toISOString(), text: 'Vertrok midden in het gesprek' } }]);
    const closed = await anna.call('POST', chatPath(id, 'close'), { outcome: 'referred_police', note: 'Politie ingelicht' });
    expect([closed.status, closed.body]).toEqual([200, { conversationId: id, status: 'ended', outcome: 'referred_police' }]);
    expect((await anna.call('POST', chatPath(id, 'close'), { outcome: 'other' })).status).toBe(404);
    expect((await server.store.handoffs.notes(id)).map((n) => n.text)).toEqual(['Vertrok midden in het gesprek', 'Politie ingelicht']);
    const actions = (await server.store.audit.search({ conversationId: id, limit: 50, offset: 0 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['note_added', 'chat_closed']));
    expect((await server.store.retention.getAnonymised(id))?.outcome).toBe('referred_police');
  });
});
