/**
 * A seeded fuzz of all public routes must never produce a 5xx, nor leak internal text, nor answer
 * a 4xx without the stable `{error:{code}}` shape. The bench runs the same generator 10,000 times.
 */
import { fetchToken } from '../../support/directline';
import { runFuzz } from '../../support/httpFuzz';
import { removeDir, startTestServer } from '../../support/server';

jest.setTimeout(120_000);

it('answers 400 cases of malformed input on every public route without a 5xx', async () => {
  const server = await startTestServer();
  try {
    const { token, conversationId } = await fetchToken(server.url);
    await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const summary = await runFuzz({
      baseUrl: server.url,
      seed: 20261202,
      count: 400,
      concurrency: 4,
      credentials: { token, conversationId },
    });
    expect(summary.serverErrors).toEqual([]);
    expect(summary.badBodies).toEqual([]);
    expect(summary.byClass['4xx']).toBeGreaterThan(200);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  } finally {
    await server.stop();
    removeDir(server.dataDir);
  }
});
