/**
 * Direct Line JSON answers go out compressed when they are large enough and the client accepts it;
 * answers with a token never are; the WebSocket stream is untouched.
 */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { COMPRESS_MIN_BYTES } from '../../../src/http/jsonResponse';
import { fetchToken } from '../../support/directline';
import { useTestServer } from '../../support/server';

const testServer = useTestServer();

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, not fetch: fetch always asks for compression and undoes it before we can look. */
function request(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${testServer().url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded(answer: RawAnswer): unknown {
  const encoding = answer.headers['content-encoding'];
  const raw = encoding === 'br' ? brotliDecompressSync(answer.body) : encoding === 'gzip' ? gunzipSync(answer.body) : answer.body;
  return JSON.parse(raw.toString('utf8'));
}

async function conversationWithHistory(): Promise<{ token: string; conversationId: string; streamUrl: string }> {
  const { token, conversationId } = await fetchToken(testServer().url);
  const started = await request('POST', '/v3/directline/conversations', {
    authorization: `Bearer ${token}`,
    'accept-encoding': 'br, gzip',
  });
  expect(started.status).toBe(201);
  // A few turns, so the history is well over the threshold.
  for (const text of ['Mijn buurvrouw mag haar paspoort niet houden.', 'Ze werkt elke dag tot laat voor bijna niks.']) {
    const posted = await request(
      'POST',
      `/v3/directline/conversations/${conversationId}/activities`,
      { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      JSON.stringify({ type: 'message', text }),
    );
    expect(posted.status).toBe(200);
    // {"id":"…"} is far below the threshold: sent as it is.
    expect(posted.headers['content-encoding']).toBeUndefined();
    expect(decoded(posted)).toMatchObject({ id: expect.any(String) });
  }
  const { streamUrl } = decoded(started) as { streamUrl: string };
  return { token, conversationId, streamUrl };
}

describe('Direct Line JSON compression', () => {
  it('compresses the activity history with the encoding the client prefers, and sends it plain to a client that accepts none', async () => {
    const { token, conversationId } = await conversationWithHistory();
    const path = `/v3/directline/conversations/${conversationId}/activities?watermark=`;
    const auth = { authorization: `Bearer ${token}` };

    const plain = await request('GET', path, auth);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(plain.headers['content-length']).toBe(String(plain.body.length));
    const history = decoded(plain) as { activities: unknown[]; watermark: string };
    expect(history.activities.length).toBeGreaterThan(2);

    const br = await request('GET', path, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    // Still private: compression changes nothing about caching.
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(decoded(br)).toEqual(history);

    const gzip = await request('GET', path, { ...auth, 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toEqual(history);

    const refused = await request('GET', path, { ...auth, 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(decoded(refused)).toEqual(history);
  });

  it('never compresses an answer that carries a token', async () => {
    const { token, conversationId } = await conversationWithHistory();
    const accept = { 'accept-encoding': 'br, gzip', authorization: `Bearer ${token}` };
    const answers = [
      await request(
        'POST',
        '/api/directline/token',
        { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
        '{"locale":"nl"}',
      ),
      await request('POST', '/v3/directline/tokens/refresh', accept),
      await request('GET', `/v3/directline/conversations/${conversationId}?watermark=0`, accept),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(decoded(answer)).toMatchObject({ token: expect.any(String) });
    }
  });

  it('leaves the WebSocket stream as it was: plain JSON frames with the history', async () => {
    const { streamUrl } = await conversationWithHistory();
    const socket = new WebSocket(streamUrl, { perMessageDeflate: false });
    const frame = await new Promise<string>((resolve, reject) => {
      socket.once('message', (data: Buffer) => resolve(data.toString('utf8')));
      socket.once('error', reject);
    });
    socket.close();
    const set = JSON.parse(frame) as { activities: Array<{ type: string }> };
    expect(set.activities.some((a) => a.type === 'message')).toBe(true);
  });
});
