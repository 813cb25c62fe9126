/**
 * One behavioural contract for every Store adapter. Each adapter's test file calls
 * `describeStoreContract` with a factory; a MongoDB adapter runs the same suite when it exists.
 */
import { ConcurrencyError } from '../../src/errors';
import type { Store } from '../../src/store/ports';
import type { LoginFailureCount, LoginFailureKey } from '../../src/store/guardPorts';

const at = (iso: string) => new Date(iso);

export function describeStoreContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    const newConversation = (id: string, code: string) => ({
      id,
      channelId: 'directline',
      code,
      locale: 'nl' as const,
      startedAt: at('2026-03-01T10:00:00Z'),
      reference: null,
    });

    it('creates a conversation once, finds it by id and by code, and updates it', async () => {
      expect(await store.conversations.create(newConversation('c1', 'ABC-DEF'))).toBe(true);
      expect(await store.conversations.create(newConversation('c1', 'XYZ-XYZ'))).toBe(false);
      const byCode = await store.conversations.getByCode('abc-def');
      expect(await store.conversations.codeOf('c1')).toBe('ABC-DEF');
      expect(await store.conversations.codeOf('no-such-conversation')).toBeNull();
      expect(await store.conversations.standing('c1')).toEqual({ status: 'bot', endedReason: null, locale: 'nl' });
      expect(await store.conversations.standing('no-such-conversation')).toBeNull();
      expect(byCode).toMatchObject({ id: 'c1', status: 'bot', locale: 'nl', endedAt: null, code: 'ABC-DEF' });
      await store.conversations.update('c1', {
        status: 'ended',
        endedAt: at('2026-03-01T11:00:00Z'),
        locale: 'en',
        reference: { a: 1 },
        triage: { form: 'unknown' },
      });
      expect(await store.conversations.get('c1')).toMatchObject({
        status: 'ended',
        locale: 'en',
        endedAt: at('2026-03-01T11:00:00Z'),
        reference: { a: 1 },
        triage: { form: 'unknown' },
      });
      expect(await store.conversations.get('missing')).toBeNull();
      expect(await store.conversations.standing('c1')).toEqual({ status: 'ended', endedReason: null, locale: 'en' });
    });

    it('appends transcript entries with consecutive sequence numbers per conversation', async () => {
      const entry = (text: string, clientActivityId: string | null = null) => ({
        role: 'citizen' as const,
        type: 'message',
        text,
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId,
        activity: { type: 'message', text },
      });
      const results = await Promise.all(['a', 'b', 'c'].map((t) => store.transcripts.append('c1', entry(t))));
      expect(results.map((r) => r.entry.seq).sort()).toEqual([1, 2, 3]);
      expect((await store.transcripts.append('c2', entry('other'))).entry.seq).toBe(1);
      expect(await store.transcripts.lastSeq('c1')).toBe(3);
      expect((await store.transcripts.listAfter('c1', 1, 10)).map((e) => e.seq)).toEqual([2, 3]);
      expect((await store.transcripts.listAfter('c1', 0, 2)).map((e) => e.seq)).toEqual([1, 2]);
      expect(await store.transcripts.lastSeq('none')).toBe(0);
    });

    it('appends the replies of a turn in order after what is stored, and keeps their JSON as given', async () => {
      await store.transcripts.append('c1', {
        role: 'citizen',
        type: 'message',
        text: 'hallo',
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId: 'k1',
        activity: { type: 'message', text: 'hallo' },
      });
      const reply = (text: string) => ({
        role: 'bot' as const,
        type: 'message',
        text,
        at: at('2026-03-01T10:00:01Z'),
        activityJson: JSON.stringify({ type: 'message', text, timestamp: '2026-03-01T10:00:01.000Z' }),
      });
      expect(await store.transcripts.appendOutgoing('c1', [reply('een'), reply('twee')])).toEqual([2, 3]);
      expect(await store.transcripts.appendOutgoing('c1', [reply('drie')])).toEqual([4]);
      expect(await store.transcripts.appendOutgoing('c1', [])).toEqual([]);
      const stored = await store.transcripts.listAfter('c1', 1, 10);
      expect(stored.map((e) => [e.seq, e.role, e.text, e.clientActivityId])).toEqual([
        [2, 'bot', 'een', null],
        [3, 'bot', 'twee', null],
        [4, 'bot', 'drie', null],
      ]);
      expect(stored[0]!.activity).toEqual({ type: 'message', text: 'een', timestamp: '2026-03-01T10:00:01.000Z' });
      expect(stored[0]!.at).toEqual(at('2026-03-01T10:00:01Z'));
    });

    it('stores the JSON text an append was given for its activity', async () => {
      const activity = { type: 'message', text: 'hoi', channelData: { clientActivityID: 'x' } };
      const { entry } = await store.transcripts.append(
        'c1',
        { role: 'citizen', type: 'message', text: 'hoi', at: at('2026-03-01T10:00:00Z'), clientActivityId: null, activity },
        { activityJson: JSON.stringify(activity) },
      );
      expect((await store.transcripts.listAfter('c1', entry.seq - 1, 1))[0]!.activity).toEqual(activity);
    });

    it('lists seq, type and the activity as its stored JSON text, in order, after a seq', async () => {
      const activity = { type: 'message', text: 'hoi "daar"', channelData: { clientActivityID: 'x' }, from: { id: 'u', role: 'user' } };
      await store.transcripts.append(
        'c1',
        { role: 'citizen', type: 'message', text: 'hoi', at: at('2026-03-01T10:00:00Z'), clientActivityId: null, activity },
        { activityJson: JSON.stringify(activity) },
      );
      const reply = { type: 'event', name: 'helpline.x', value: { n: 1 } };
      await store.transcripts.appendOutgoing('c1', [
        { role: 'bot', type: 'event', text: null, at: at('2026-03-01T10:00:01Z'), activityJson: JSON.stringify(reply) },
      ]);
      const texts = await store.transcripts.listActivityTextAfter('c1', 0, 10);
      expect(texts.map((t) => [t.seq, t.type, JSON.parse(t.activityJson) as unknown])).toEqual([
        [1, 'message', activity],
        [2, 'event', reply],
      ]);
      expect(await store.transcripts.listActivityTextAfter('c1', 1, 10)).toHaveLength(1);
      expect(await store.transcripts.listActivityTextAfter('c1', 0, 1)).toHaveLength(1);
      expect(await store.transcripts.listActivityTextAfter('none', 0, 10)).toEqual([]);
    });

    it('sums the UTF-8 bytes of the stored activity texts of one conversation', async () => {
      expect(await store.transcripts.storedActivityBytes('c1')).toBe(0);
      const texts = [JSON.stringify({ type: 'message', text: 'één "zorg"' }), JSON.stringify({ type: 'message', text: 'Привет 😀' })];
      await store.transcripts.append(
        'c1',
        {
          role: 'citizen',
          type: 'message',
          text: 'één',
          at: at('2026-03-01T10:00:00Z'),
          clientActivityId: null,
          activity: { text: 'één' },
        },
        { activityJson: texts[0] },
      );
      await store.transcripts.appendOutgoing('c1', [
        { role: 'bot', type: 'message', text: 'x', at: at('2026-03-01T10:00:01Z'), activityJson: texts[1]! },
      ]);
      await store.transcripts.append('c2', {
        role: 'citizen',
        type: 'message',
        text: 'ander',
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId: null,
        activity: { text: 'ander' },
      });
      const listed = await store.transcripts.listActivityTextAfter('c1', 0, 10);
      const expected = listed.reduce((sum, entry) => sum + Buffer.byteLength(entry.activityJson), 0);
      expect(expected).toBe(texts.reduce((sum, text) => sum + Buffer.byteLength(text!), 0));
      expect(await store.transcripts.storedActivityBytes('c1')).toBe(expected);
    });

    it('makes an append with a known clientActivityId a no-op that returns the first entry', async () => {
      const entry = {
        role: 'citizen' as const,
        type: 'message',
        text: 'hoi',
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId: 'x1',
        activity: { text: 'hoi' },
      };
      const first = await store.transcripts.append('c1', entry);
      const again = await store.transcripts.append('c1', { ...entry, text: 'changed' });
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ created: false, entry: { seq: first.entry.seq, text: 'hoi' } });
      expect(await store.transcripts.lastSeq('c1')).toBe(1);
    });

    it('tracks pending turns until completed', async () => {
      const entry = (text: string) => ({
        role: 'citizen' as const,
        type: 'message',
        text,
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId: null,
        activity: { text },
      });
      const a = await store.transcripts.append('c1', entry('a'), { pendingTurn: true });
      await store.transcripts.append('c1', entry('b'));
      const c = await store.transcripts.append('c2', entry('c'), { pendingTurn: true });
      expect((await store.transcripts.pendingTurns(10)).map((e) => e.text)).toEqual(['a', 'c']);
      expect(await store.transcripts.isTurnPending('c1', a.entry.seq)).toBe(true);
      await store.transcripts.completeTurn('c1', a.entry.seq);
      expect(await store.transcripts.isTurnPending('c1', a.entry.seq)).toBe(false);
      expect((await store.transcripts.pendingTurns(10)).map((e) => e.seq)).toEqual([c.entry.seq]);
    });

    it('keeps bot state with eTags and rejects a stale write', async () => {
      await store.state.write({ k: { value: 1 } });
      const read1 = await store.state.read(['k', 'missing']);
      expect(read1.k).toMatchObject({ value: 1 });
      expect(read1.missing).toBeUndefined();
      const eTag = read1.k!.eTag;
      await store.state.write({ k: { value: 2, eTag } });
      await expect(store.state.write({ k: { value: 3, eTag } })).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.state.read(['k'])).k).toMatchObject({ value: 2 });
      await store.state.write({ k: { value: 4, eTag: '*' } });
      expect((await store.state.read(['k'])).k).toMatchObject({ value: 4 });
      await store.state.delete(['k']);
      expect(await store.state.read(['k'])).toEqual({});
    });

    it('writes a state item read, changed and written again as changed (never as it was read)', async () => {
      await store.state.write({ k: { value: 1, list: ['a'] } });
      const item = (await store.state.read(['k'])).k!;
      (item.list as string[]).push('b');
      item.value = 2;
      await store.state.write({ k: item });
      expect((await store.state.read(['k'])).k).toMatchObject({ value: 2, list: ['a', 'b'] });
    });

    it('writes all state changes of one call or none', async () => {
      await store.state.write({ a: { v: 1 } });
      const stale = 'stale-etag';
      await expect(store.state.write({ b: { v: 1 }, a: { v: 2, eTag: stale } })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.state.read(['b'])).toEqual({});
    });

    it('sets a setting only when absent', async () => {
      expect(await store.settings.get('s')).toBeNull();
      expect(await store.settings.setIfAbsent('s', 'one')).toBe('one');
      expect(await store.settings.setIfAbsent('s', 'two')).toBe('one');
    });

    const staffUser = (id: string, username: string) => ({
      id,
      username,
      displayName: 'Anna',
      role: 'counsellor' as const,
      passwordHash: 'scrypt$1024$8$1$salt$hash',
      createdAt: at('2026-03-01T09:00:00Z'),
    });

    it('keeps staff users with case-insensitive unique usernames', async () => {
      expect(await store.staff.create(staffUser('u1', 'anna'))).toBe(true);
      expect(await store.staff.create(staffUser('u2', 'ANNA'))).toBe(false);
      expect(await store.staff.create(staffUser('u1', 'bram'))).toBe(false);
      expect(await store.staff.create({ ...staffUser('u3', 'bram'), role: 'admin' })).toBe(true);
      expect(await store.staff.getByUsername('Anna')).toEqual({ ...staffUser('u1', 'anna'), disabled: false });
      expect(await store.staff.getById('u3')).toMatchObject({ username: 'bram', role: 'admin' });
      expect(await store.staff.getById('missing')).toBeNull();
      expect(await store.staff.getByUsername('missing')).toBeNull();
      expect(await store.staff.setDisabled('u1', true)).toBe(true);
      expect(await store.staff.setPassword('u1', 'scrypt$new')).toBe(true);
      expect(await store.staff.setDisabled('missing', true)).toBe(false);
      expect(await store.staff.setPassword('missing', 'x')).toBe(false);
      expect(await store.staff.getById('u1')).toMatchObject({ disabled: true, passwordHash: 'scrypt$new' });
      expect((await store.staff.list()).map((u) => u.username)).toEqual(['anna', 'bram']);
    });

    it('keeps staff sessions by hash, slides them and removes them per user or when expired', async () => {
      await store.staff.create(staffUser('u1', 'anna'));
      await store.staff.create(staffUser('u2', 'bram'));
      const session = (idHash: string, userId: string, expiresAt: string) => ({
        idHash,
        userId,
        csrfToken: `csrf-${idHash}`,
        createdAt: at('2026-03-01T09:00:00Z'),
        lastSeenAt: at('2026-03-01T09:00:00Z'),
        expiresAt: at(expiresAt),
      });
      await store.sessions.create(session('h1', 'u1', '2026-03-01T09:30:00Z'));
      await store.sessions.create(session('h2', 'u1', '2026-03-01T09:30:00Z'));
      await store.sessions.create(session('h3', 'u2', '2026-03-01T09:10:00Z'));
      expect(await store.sessions.get('h1')).toEqual(session('h1', 'u1', '2026-03-01T09:30:00Z'));
      await store.sessions.touch('h1', at('2026-03-01T09:20:00Z'), at('2026-03-01T09:50:00Z'));
      await store.sessions.touch('missing', at('2026-03-01T09:20:00Z'), at('2026-03-01T09:50:00Z'));
      expect(await store.sessions.get('h1')).toMatchObject({
        lastSeenAt: at('2026-03-01T09:20:00Z'),
        expiresAt: at('2026-03-01T09:50:00Z'),
      });
      expect(await store.sessions.deleteExpired(at('2026-03-01T09:10:00Z'))).toBe(1);
      expect(await store.sessions.get('h3')).toBeNull();
      expect(await store.sessions.deleteForUser('u1')).toBe(2);
      expect(await store.sessions.get('h1')).toBeNull();
      await store.sessions.create(session('h4', 'u2', '2026-03-01T10:00:00Z'));
      await store.sessions.delete('h4');
      await store.sessions.delete('h4');
      expect(await store.sessions.get('h4')).toBeNull();
    });

    it('appends audit entries and searches them newest first by actor, action, conversation and time', async () => {
      const entry = (iso: string, actor: string, action: string, conversationId: string | null = null) => ({
        at: at(iso),
        actor,
        action,
        conversationId,
        detail: { n: 1 },
      });
      const first = await store.audit.append(entry('2026-03-01T09:00:00Z', 'u1', 'login'));
      await store.audit.append(entry('2026-03-01T09:05:00Z', 'u1', 'transcript_read', 'c1'));
      await store.audit.append(entry('2026-03-01T09:10:00Z', 'u2', 'transcript_read', 'c2'));
      await store.audit.append(entry('2026-03-01T09:15:00Z', 'cli', 'staff_disabled'));
      expect(first).toMatchObject({ actor: 'u1', action: 'login', detail: { n: 1 } });
      expect(typeof first.id).toBe('string');
      const all = await store.audit.search({ limit: 10, offset: 0 });
      expect(all.map((e) => e.actor)).toEqual(['cli', 'u2', 'u1', 'u1']);
      expect(all[3]).toEqual(first);
      expect((await store.audit.search({ actor: 'u1', limit: 10, offset: 0 })).map((e) => e.action)).toEqual(['transcript_read', 'login']);
      expect((await store.audit.search({ action: 'transcript_read', limit: 10, offset: 0 })).map((e) => e.conversationId)).toEqual([
        'c2',
        'c1',
      ]);
      expect((await store.audit.search({ conversationId: 'c1', limit: 10, offset: 0 })).map((e) => e.actor)).toEqual(['u1']);
      const window = { from: at('2026-03-01T09:05:00Z'), to: at('2026-03-01T09:15:00Z') };
      expect((await store.audit.search({ ...window, limit: 10, offset: 0 })).map((e) => e.actor)).toEqual(['u2', 'u1']);
      expect((await store.audit.search({ limit: 2, offset: 1 })).map((e) => e.actor)).toEqual(['u2', 'u1']);
      expect(await store.audit.search({ actor: "' OR '1'='1", limit: 10, offset: 0 })).toEqual([]);
      expect(await store.audit.deleteBefore(at('2026-03-01T09:10:00Z'))).toBe(2);
      expect((await store.audit.search({ limit: 10, offset: 0 })).map((e) => e.actor)).toEqual(['cli', 'u2']);
    });

    it('reports health', async () => {
      expect(await store.health()).toMatchObject({ ok: true });
    });

    // Idempotency keys with expiry and failed-login counters that forget, count every concurrent
    // failure and clear on request: what every instance on the store relies on.
    describe('request guards', () => {
      it('remembers an idempotency key until it expires, and prunes only expired keys', async () => {
        const { idempotency } = store;
        expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:00:00Z'))).toBe(false);
        await idempotency.record('u1|c1|key-0001', at('2026-03-01T10:10:00Z'));
        await idempotency.record('u1|c1|key-0002', at('2026-03-01T10:20:00Z'));
        expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:09:59Z'))).toBe(true);
        expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:10:00Z'))).toBe(false);
        expect(await idempotency.deleteExpired(at('2026-03-01T10:15:00Z'))).toBe(1);
        expect(await idempotency.has('u1|c1|key-0002', at('2026-03-01T10:15:00Z'))).toBe(true);
        // Recorded again (a retry after expiry did the work once more): remembered anew.
        await idempotency.record('u1|c1|key-0001', at('2026-03-01T10:30:00Z'));
        expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:15:00Z'))).toBe(true);
      });

      it('counts failed logins per key, forgets old ones, and clears on request', async () => {
        const { loginFailures } = store;
        const account = { scope: 'account', key: 'a'.repeat(64) };
        const address = { scope: 'address', key: 'b'.repeat(64) };
        const since = (iso: string) => new Date(at(iso).getTime() - 60 * 60_000);
        const fail = (keys: LoginFailureKey[], when: Date, from: Date) => loginFailures.admit(keys, when, from, () => null);
        await fail([account, address], at('2026-03-01T10:00:00Z'), since('2026-03-01T10:00:00Z'));
        await fail([account, address], at('2026-03-01T10:01:00Z'), since('2026-03-01T10:01:00Z'));
        await fail([address], at('2026-03-01T10:02:00Z'), since('2026-03-01T10:02:00Z'));
        const counts = await loginFailures.get([account, address, { scope: 'pair', key: 'c' }], since('2026-03-01T10:02:00Z'));
        expect(counts.sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
          { ...account, count: 2, lastAt: at('2026-03-01T10:01:00Z') },
          { ...address, count: 3, lastAt: at('2026-03-01T10:02:00Z') },
        ]);
        // An hour after the last failure it counts as none, and the next failure starts again at 1.
        expect(await loginFailures.get([account], since('2026-03-01T11:01:00Z'))).toEqual([]);
        await fail([account], at('2026-03-01T11:01:00Z'), since('2026-03-01T11:01:00Z'));
        expect(await loginFailures.get([account], since('2026-03-01T11:01:00Z'))).toEqual([
          { ...account, count: 1, lastAt: at('2026-03-01T11:01:00Z') },
        ]);

        await loginFailures.clear([account]);
        expect(await loginFailures.get([account, address], since('2026-03-01T10:30:00Z'))).toEqual([
          { ...address, count: 3, lastAt: at('2026-03-01T10:02:00Z') },
        ]);
        expect(await loginFailures.deleteBefore(at('2026-03-01T10:03:00Z'))).toBe(1);
        expect(await loginFailures.get([address], since('2026-03-01T10:30:00Z'))).toEqual([]);
      });

      it('counts every one of many concurrent admitted attempts', async () => {
        const key = { scope: 'address', key: 'd'.repeat(64) };
        const now = at('2026-03-01T10:00:00Z');
        const since = at('2026-03-01T09:00:00Z');
        await Promise.all(Array.from({ length: 20 }, () => store.loginFailures.admit([key], now, since, () => null)));
        expect(await store.loginFailures.get([key], since)).toEqual([{ ...key, count: 20, lastAt: now }]);
      });

      it('decides each of many parallel attempts on the counts of the ones admitted before it', async () => {
        const keys = [
          { scope: 'account', key: 'e'.repeat(64) },
          { scope: 'pair', key: 'f'.repeat(64) },
        ];
        const now = at('2026-03-01T10:00:00Z');
        const since = at('2026-03-01T09:00:00Z');
        // At most three attempts while fewer than three are counted; a refusal is handed back, uncounted.
        const decide = (counts: readonly LoginFailureCount[]) => ((counts[0]?.count ?? 0) >= 3 ? 'wait' : null);
        // Reads in parallel first, so a pooled store has its connections open and the attempts
        // below really overlap instead of queueing behind connection set-up.
        await Promise.all(Array.from({ length: 12 }, () => store.loginFailures.get(keys, since)));
        const outcomes = await Promise.all(Array.from({ length: 12 }, () => store.loginFailures.admit(keys, now, since, decide)));
        expect(outcomes.filter((o) => o === null)).toHaveLength(3);
        expect(outcomes.filter((o) => o === 'wait')).toHaveLength(9);
        const counts = await store.loginFailures.get(keys, since);
        expect(counts.map((c) => c.count)).toEqual([3, 3]);
      });

      it('takes one admitted attempt back on forgive, keeping the time of the last failure', async () => {
        const key = { scope: 'address', key: '9'.repeat(64) };
        const since = at('2026-03-01T09:00:00Z');
        await store.loginFailures.admit([key], at('2026-03-01T10:00:00Z'), since, () => null);
        await store.loginFailures.admit([key], at('2026-03-01T10:01:00Z'), since, () => null);
        await store.loginFailures.forgive([key]);
        expect(await store.loginFailures.get([key], since)).toEqual([{ ...key, count: 1, lastAt: at('2026-03-01T10:01:00Z') }]);
        await store.loginFailures.forgive([key]);
        await store.loginFailures.forgive([key]);
        expect(await store.loginFailures.get([key], since)).toEqual([{ ...key, count: 0, lastAt: at('2026-03-01T10:01:00Z') }]);
      });
    });
  });
}
