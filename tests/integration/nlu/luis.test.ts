/**
 * LUIS adapter against a LOCAL STAND-IN for the LUIS v3 prediction endpoint (node:http on port 0):
 * the real service cannot be reached from tests. The stand-in answers in the documented v3 format
 * and also with errors, malformed bodies and delays.
 */
import { RecognizerError } from '../../../src/nlu/errors';
import { FallbackRecognizer } from '../../../src/nlu/fallback';
import { LuisRecognizer } from '../../../src/nlu/luis/luisRecognizer';
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { json, RELAXED_TIMEOUT_MS, StubServer } from './stubServer';

const APP_ID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const server = new StubServer();
let endpoint = '';

beforeAll(async () => {
  endpoint = await server.start();
});
afterAll(() => server.stop());

const luis = (timeoutMs = RELAXED_TIMEOUT_MS) =>
  new LuisRecognizer({ endpoint, appId: APP_ID, key: 'secret-key', slot: 'production', timeoutMs });

function prediction(topIntent: string, entities: Record<string, unknown> = {}) {
  return {
    query: 'ignored',
    prediction: {
      topIntent,
      intents: { [topIntent]: { score: 0.91 }, greeting: { score: 0.04 } },
      entities,
    },
  };
}

async function failure(r: Recognizer, text = 'hallo'): Promise<RecognizerError> {
  try {
    await r.recognize(text, 'nl');
  } catch (err) {
    if (err instanceof RecognizerError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('LuisRecognizer', () => {
  it('calls getSlotPrediction and maps intents and list entities onto the port', async () => {
    server.reset((_req, res) =>
      json(
        res,
        200,
        prediction('describe_concern', {
          form: [['labour_exploitation']],
          signal: [['documents_withheld'], ['excessive_hours'], ['not_a_signal']],
          $instance: {},
        }),
      ),
    );
    const r = await luis().recognize('twee jaar geleden hield de baas zijn paspoort en werkte hij 14 uur per dag', 'nl');
    expect(r).toMatchObject({
      intent: 'describe_concern',
      form: 'labour_exploitation',
      signals: ['documents_withheld', 'excessive_hours'],
      acuteDanger: false,
      language: 'nl',
      scores: { intent: 0.91, form: 1 },
    });
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toMatch(/^\/luis\/prediction\/v3\.0\/apps\/6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\/slots\/production\/predict\?/);
    expect(request!.url).toContain('show-all-intents=true');
    expect(request!.headers['ocp-apim-subscription-key']).toBe('secret-key');
    expect(JSON.parse(request!.body)).toEqual({ query: 'twee jaar geleden hield de baas zijn paspoort en werkte hij 14 uur per dag' });
  });

  it('leaves no timer behind once an answer came', async () => {
    server.reset((_req, res) => json(res, 200, prediction('greeting')));
    const timeoutMs = 60_000;
    const recognizer = luis(timeoutMs);
    // Every timer started with the recognizer's timeout must be cleared by the time the answer is in.
    // Counting all the process's timers instead was flaky: keep-alive sockets start and end their own.
    const started = new Set<NodeJS.Timeout>();
    const cleared = new Set<unknown>();
    const realSetTimeout = global.setTimeout;
    const realClearTimeout = global.clearTimeout;
    const setSpy = jest.spyOn(global, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
      const timer = realSetTimeout(fn, ms, ...args);
      if (ms === timeoutMs) started.add(timer);
      return timer;
    }) as typeof setTimeout);
    const clearSpy = jest.spyOn(global, 'clearTimeout').mockImplementation((timer?: Parameters<typeof clearTimeout>[0]) => {
      cleared.add(timer);
      realClearTimeout(timer);
    });
    try {
      for (let i = 0; i < 5; i++) await recognizer.recognize('hallo', 'nl');
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
    expect(started.size).toBeGreaterThanOrEqual(5);
    expect([...started].filter((timer) => !cleared.has(timer))).toEqual([]);
  });

  it('accepts PascalCase intent names and maps None to out_of_scope', async () => {
    server.reset((_req, res) => json(res, 200, prediction('AskPolice')));
    expect((await luis().recognize('moet ik naar de politie', 'nl')).intent).toBe('ask_police');
    server.reset((_req, res) => json(res, 200, prediction('None')));
    expect((await luis().recognize('wat is het weer', 'nl')).intent).toBe('out_of_scope');
  });

  it('takes acute danger from the safety screen, not from LUIS', async () => {
    server.reset((_req, res) => json(res, 200, prediction('greeting')));
    const r = await luis().recognize('hallo, help hij slaat me nu', 'nl');
    expect(r).toMatchObject({ acuteDanger: true, intent: 'describe_concern' });
  });

  it('sends once more when the connection is closed under the request, and only once', async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls++;
      if (calls === 1) res.socket?.destroy();
      else json(res, 200, prediction('greeting'));
    });
    await expect(luis().recognize('hallo', 'nl')).resolves.toMatchObject({ intent: 'greeting' });
    expect(server.requests).toHaveLength(2);

    server.reset((_req, res) => res.socket?.destroy());
    expect((await failure(luis())).reason).toBe('network');
    expect(server.requests).toHaveLength(2);
  });

  it.each([401, 403, 429, 500, 503])('fails with the status on HTTP %i, without retrying', async (status) => {
    server.reset((_req, res) => json(res, status, { error: { code: 'Failure', message: 'no' } }));
    const err = await failure(luis());
    expect(err).toMatchObject({ reason: 'http', status });
    expect(server.requests).toHaveLength(1);
  });

  it('fails on a malformed body', async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"prediction": ');
    });
    expect((await failure(luis())).reason).toBe('bad_response');
  });

  it('fails on an unknown shape and on an unmapped intent', async () => {
    server.reset((_req, res) => json(res, 200, { query: 'x', prediction: { intents: [] } }));
    expect((await failure(luis())).reason).toBe('bad_response');
    server.reset((_req, res) => json(res, 200, prediction('BookFlight')));
    expect((await failure(luis())).reason).toBe('unmapped_intent');
  });

  it('gives up after the timeout', async () => {
    server.reset((_req, res) => server.later(1500, () => json(res, 200, prediction('greeting'))));
    const started = Date.now();
    expect((await failure(luis(150))).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it('refuses an app id that is not a UUID without calling the service', async () => {
    server.reset((_req, res) => json(res, 200, prediction('greeting')));
    const bad = new LuisRecognizer({ endpoint, appId: 'my-app', key: 'k', slot: 'production', timeoutMs: RELAXED_TIMEOUT_MS });
    expect((await failure(bad)).reason).toBe('invalid_request');
    expect(server.requests).toHaveLength(0);
  });

  it('fails as a network error when nothing listens', async () => {
    const closed = new LuisRecognizer({
      endpoint: 'http://127.0.0.1:9',
      appId: APP_ID,
      key: 'k',
      slot: 'production',
      timeoutMs: RELAXED_TIMEOUT_MS,
    });
    expect((await failure(closed)).reason).toMatch(/network|timeout/);
  });

  it('falls back to the local recognizer silently, logging no message text', async () => {
    server.reset((_req, res) => json(res, 500, { error: { code: 'InternalServerError', message: 'oops' } }));
    const local: Recognition = {
      intent: 'ask_counsellor',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.7, form: 0.5 },
    };
    const warnings: Record<string, unknown>[] = [];
    const r = new FallbackRecognizer(luis(), { name: 'local', recognize: async () => local }, { warn: (obj) => warnings.push(obj) });
    expect(await r.recognize('ik wil iemand spreken', 'nl')).toEqual(local);
    expect(warnings).toEqual([{ recognizer: 'luis', fallback: 'local', reason: 'http', status: 500 }]);
  });
});
