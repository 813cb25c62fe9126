/**
 * Two server processes on one PostgreSQL. A citizen chats through instance A (the official
 * Direct Line client, behind a small TCP proxy that stands for the load balancer) with a
 * counsellor whose console is on instance B. A is killed with SIGKILL; the proxy sends new
 * connections to B; the client reconnects by itself and the chat goes on with nothing lost,
 * duplicated or reordered, while the queue and the console stay right.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botframework-directlinejs';
import { cryptoRandom, systemClock } from '../../../src/clock';
import { activityId } from '../../../src/channels/directline/activityIds';
import { deliverableText } from '../../../src/channels/directline/delivery';
import { createStaffServices } from '../../../src/staff';
import { PostgresStore } from '../../../src/store/postgres/postgresStore';
import { Citizen, ConsoleFeed, PASSWORD, Staff, until } from '../handoff/harness';
import { createTestSchema, describePostgres, testDatabaseUrl } from '../../support/postgres';
import { startServerProcess, stopServerProcess } from '../../support/serverProcess';
import type { ServerProcess } from '../../support/serverProcess';
import { TEST_SCRYPT_COST } from '../../support/staff';
import { TcpProxy } from '../../support/tcpProxy';

jest.setTimeout(240_000);

const chatPath = (id: string, action = '') => `/staff/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
/** What the client shows: stored activities, without the ephemeral typing signals. */
const shown = (activities: Activity[]) => activities.filter((a) => a.type !== 'typing');

// Needs a running PostgreSQL (two instances must share one database; SQLite is for one process), so
// on a machine without one this block is skipped and says why (describePostgres prints the reason).
// CI installs PostgreSQL and sets HELPLINE_REQUIRE_POSTGRES=1, so there it always runs.
describePostgres('fail-over between two instances on one PostgreSQL', () => {
  let schema: { schema: string; drop(): Promise<void> };
  let store: PostgresStore;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let proxy: TcpProxy | undefined;
  const dataDirs: string[] = [];
  const cleanups: (() => void)[] = [];

  const env = () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-cluster-'));
    dataDirs.push(dataDir);
    return {
      STORE: 'postgres',
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: schema.schema,
      DATA_DIR: dataDir,
      // Counsellor hand-off needs opening hours: always open here.
      HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00',
      CLUSTER_SAFETY_POLL_SECONDS: '1',
      DATABASE_POOL_MAX: '4',
    };
  };

  beforeAll(async () => {
    schema = await createTestSchema();
    store = await PostgresStore.open({
      url: testDatabaseUrl(),
      schema: schema.schema,
      clock: systemClock,
      random: cryptoRandom,
      poolMax: 2,
    });
    [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
    const staff = createStaffServices(store, systemClock, cryptoRandom, { scryptCost: TEST_SCRYPT_COST });
    await staff.accounts.add({ username: 'anna', role: 'counsellor', displayName: 'Anna', password: PASSWORD }, 'cli');
  });

  afterAll(async () => {
    cleanups.forEach((c) => c());
    await proxy?.stop();
    await Promise.all([stopServerProcess(a), stopServerProcess(b)]);
    await store?.close();
    await schema?.drop();
    dataDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it('keeps a live chat going when the citizen’s instance is killed', async () => {
    proxy = new TcpProxy(a!.port);
    const viaBalancer = await proxy.start();

    // The counsellor works on B.
    const anna = await Staff.login(b!.url, 'anna', (await store.staff.getByUsername('anna'))!.id);
    expect((await anna.setAvailable(true)).status).toBe(200);
    const feed = await ConsoleFeed.open(b!.url, anna.cookie);
    cleanups.push(() => feed.close());

    // Two citizens on A; the first asks for a counsellor: B's console hears of it.
    const citizen = await Citizen.join(viaBalancer);
    const waiting = await Citizen.join(viaBalancer);
    cleanups.push(
      () => citizen.end(),
      () => waiting.end(),
    );
    const queuedBefore = feed.of('queue_changed').length;
    await citizen.say('hulpverlener');
    await citizen.expectText('Een hulpverlener komt zo bij je.');
    await feed.waitFor(() => feed.of('queue_changed').length > queuedBefore, 'the queue change from A');

    // Anna (on B) takes it; the notice written by B reaches the citizen's stream on A.
    expect((await anna.call('POST', chatPath(citizen.conversationId, 'accept'))).status).toBe(200);
    await citizen.expectText('Je praat nu met een hulpverlener: Anna.');
    await waiting.say('hulpverlener');
    await waiting.expectText('Je bent nummer 1.');

    await citizen.say('Bericht een');
    await feed.waitFor((e) => e.kind === 'message' && e.text === 'Bericht een', 'the citizen message from A');
    expect((await anna.call('POST', chatPath(citizen.conversationId, 'messages'), { text: 'Antwoord een' })).status).toBe(201);
    await citizen.expectText('Antwoord een');

    // A dies without a goodbye; the balancer sends everything to B from now on.
    proxy.retarget(b!.port);
    a!.child.kill('SIGKILL');
    await a!.exited;
    proxy.dropAll();

    // Anna writes while the citizen's client is still reconnecting: it must not be lost.
    expect((await anna.call('POST', chatPath(citizen.conversationId, 'messages'), { text: 'Antwoord twee' })).status).toBe(201);
    await citizen.expectText('Antwoord twee');
    await citizen.say('Bericht twee');
    await feed.waitFor((e) => e.kind === 'message' && e.text === 'Bericht twee', 'the citizen message, now through B');
    expect((await anna.call('POST', chatPath(citizen.conversationId, 'messages'), { text: 'Antwoord drie' })).status).toBe(201);
    await citizen.expectText('Antwoord drie');

    // Nothing lost, duplicated or reordered: the client shows exactly what the store holds, in order.
    const stored = async () =>
      (await store.transcripts.listActivityTextAfter(citizen.conversationId, 0, 1000))
        .filter(deliverableText)
        .map((e) => activityId(citizen.conversationId, e.seq));
    await until(async () => shown(citizen.client.activities).at(-1)?.id === (await stored()).at(-1), 'the client caught up');
    expect(shown(citizen.client.activities).map((x) => x.id)).toEqual(await stored());
    const texts = citizen.botTexts();
    const order = ['Antwoord een', 'Antwoord twee', 'Antwoord drie'].map((t) => texts.indexOf(t));
    expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]!))).toBe(true);

    // The console heard each citizen message once, whichever instance took it.
    const fromCitizen = feed.of('message').filter((e) => e.role === 'citizen' && e.conversationId === citizen.conversationId);
    expect(fromCitizen.map((e) => e.text)).toEqual(['Bericht een', 'Bericht twee']);

    // The queue is right on the surviving instance: the waiting citizen, and Anna's live chat.
    const queue = await anna.call('GET', '/staff/api/queue');
    expect((queue.body.items as { conversationId: string }[]).map((i) => i.conversationId)).toEqual([waiting.conversationId]);
    expect(queue.body.myChats).toEqual([citizen.conversationId]);
    const health = await fetch(`${b!.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
