import { alertPlan, loadPrefs, newArrivals, NO_ALERTS, savePrefs } from '../../../../../src/web/browser/console/notifications';
import { ApiError, StaffApi, type Fetch } from '../../../../../src/web/browser/shared/api';
import { queueSchema } from '../../../../../src/web/browser/shared/schemas';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('sound and notification preferences', () => {
  it('are off until a counsellor turns them on, and remembered per counsellor', () => {
    const storage = memoryStorage();
    expect(loadPrefs(storage, 'sanne')).toEqual(NO_ALERTS);
    savePrefs(storage, 'Sanne', { sound: true, notify: false });
    expect(loadPrefs(storage, 'sanne')).toEqual({ sound: true, notify: false });
    expect(loadPrefs(storage, 'joris')).toEqual(NO_ALERTS);
  });

  it('survive a broken or foreign value and a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem('helpline.console.alerts.sanne', '{nope');
    expect(loadPrefs(storage, 'sanne')).toEqual(NO_ALERTS);
    storage.setItem('helpline.console.alerts.sanne', JSON.stringify({ sound: 'yes', notify: true }));
    expect(loadPrefs(storage, 'sanne')).toEqual({ sound: false, notify: true });
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadPrefs(throwing, 'sanne')).toEqual(NO_ALERTS);
    expect(() => savePrefs(throwing, 'sanne', { sound: true, notify: true })).not.toThrow();
    expect(loadPrefs(null, 'sanne')).toEqual(NO_ALERTS);
  });

  it('alert only while the console is in the background, and notify only when the browser allows it', () => {
    const both = { sound: true, notify: true };
    expect(alertPlan(both, false, true)).toEqual({ sound: false, notify: false });
    expect(alertPlan(both, true, true)).toEqual({ sound: true, notify: true });
    expect(alertPlan(both, true, false)).toEqual({ sound: true, notify: false });
    expect(alertPlan(NO_ALERTS, true, true)).toEqual({ sound: false, notify: false });
  });

  it('find the chats that joined the queue since the last refresh', () => {
    expect(newArrivals(new Set(['a']), [{ conversationId: 'a' }, { conversationId: 'b' }])).toEqual(['b']);
    expect(newArrivals(new Set(['a', 'b']), [{ conversationId: 'b' }])).toEqual([]);
  });
});

describe('staff API client', () => {
  const queue = { available: true, items: [], myChats: [] };
  const respond =
    (status: number, body: unknown, seen: { url: string; init: RequestInit }[] = []): Fetch =>
    async (url, init) => {
      seen.push({ url, init });
      return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    };

  it('sends the CSRF token on writes only and returns the checked body', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const api = new StaffApi(respond(200, queue, seen));
    api.setCsrf('tok');
    await expect(api.get('/staff/api/queue', queueSchema)).resolves.toEqual(queue);
    await api.post('/staff/api/x', { a: 1 }, queueSchema);
    expect((seen[0]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect((seen[1]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(seen[1]!.init.body).toBe('{"a":1}');
  });

  it('turns an unexpected body into an error instead of passing it on', async () => {
    const api = new StaffApi(respond(200, { available: 'yes' }));
    await expect(api.get('/staff/api/queue', queueSchema)).rejects.toMatchObject({ status: 0, code: 'BadResponse' });
  });

  it('reports the API error code, and a lost session once per 401 (not for a failed sign-in)', async () => {
    let lost = 0;
    const api = new StaffApi(respond(401, { error: { code: 'SessionRequired' } }));
    api.onSessionLost(() => (lost += 1));
    const err = await api.get('/staff/api/queue', queueSchema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 401, code: 'SessionRequired' });
    await api.post('/staff/api/login', {}, queueSchema).catch(() => undefined);
    expect(lost).toBe(1);
  });

  it('reports no network as status 0', async () => {
    const api = new StaffApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/x', queueSchema)).rejects.toMatchObject({ status: 0, code: 'Network' });
  });
});
