/**
 * CLU adapter against a LOCAL STAND-IN for Azure AI Language `:analyze-conversations`
 * (api-version 2023-04-01; node:http on port 0): the real service cannot be reached from tests.
 * The stand-in answers in the documented format and also with errors, malformed bodies and delays.
 */
import { CluRecognizer } from '../../../src/nlu/clu/cluRecognizer';
import { RecognizerError } from '../../../src/nlu/errors';
import { FallbackRecognizer } from '../../../src/nlu/fallback';
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { json, RELAXED_TIMEOUT_MS, StubServer } from './stubServer';

const server = new StubServer();
let endpoint = '';

beforeAll(async () => {
  endpoint = await server.start();
});
afterAll(() => server.stop());

const clu = (timeoutMs = RELAXED_TIMEOUT_MS) =>
  new CluRecognizer({ endpoint: `${endpoint}/`, key: 'clu-key', projectName: 'vt-triage', deploymentName: 'prod', timeoutMs });

function result(topIntent: string, entities: unknown[] = []) {
  return {
    kind: 'ConversationResult',
    result: {
      query: 'ignored',
      prediction: {
        projectKind: 'Conversation',
        topIntent,
        intents: [
          { category: topIntent, confidenceScore: 0.88 },
          { category: 'greeting', confidenceScore: 0.05 },
        ],
        entities,
      },
    },
  };
}

const listEntity = (category: string, key: string, text = key) => ({
  category,
  text,
  offset: 0,
  length: text.length,
  confidenceScore: 1,
  extraInformation: [{ extraInformationKind: 'ListKey', key }],
});

async function failure(r: Recognizer): Promise<RecognizerError> {
  try {
    await r.recognize('hallo', 'nl');
  } catch (err) {
    if (err instanceof RecognizerError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('CluRecognizer', () => {
  it('posts the documented request and maps intents and list entities onto the port', async () => {
    server.reset((_req, res) =>
      json(
        res,
        200,
        result('describe_concern', [
          listEntity('form', 'criminal_exploitation', 'drugs'),
          listEntity('signal', 'drug_running', 'drugs rondbrengen'),
          listEntity('signal', 'minor_involved', '14'),
        ]),
      ),
    );
    const r = await clu().recognize('mijn broertje van 14 moest vorig jaar drugs rondbrengen, nu gaat het goed met hem', 'nl');
    expect(r).toMatchObject({
      intent: 'describe_concern',
      form: 'criminal_exploitation',
      signals: ['drug_running', 'minor_involved'],
      acuteDanger: false,
      scores: { intent: 0.88, form: 1 },
    });
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/language/:analyze-conversations?api-version=2023-04-01');
    expect(request!.headers['ocp-apim-subscription-key']).toBe('clu-key');
    expect(request!.headers['content-type']).toContain('application/json');
    expect(JSON.parse(request!.body)).toEqual({
      kind: 'Conversation',
      analysisInput: {
        conversationItem: {
          id: '1',
          participantId: 'citizen',
          text: 'mijn broertje van 14 moest vorig jaar drugs rondbrengen, nu gaat het goed met hem',
          language: 'nl',
          modality: 'text',
        },
      },
      parameters: { projectName: 'vt-triage', deploymentName: 'prod', stringIndexType: 'TextElement_V8', verbose: false },
    });
  });

  it('uses the entity text when there is no list key, and ignores unknown values', async () => {
    server.reset((_req, res) =>
      json(
        res,
        200,
        result('DescribeConcern', [
          { category: 'signal', text: 'debt_bondage', offset: 0, length: 12, confidenceScore: 0.7 },
          { category: 'signal', text: 'schuld', offset: 0, length: 6, confidenceScore: 0.7 },
        ]),
      ),
    );
    const r = await clu().recognize('ze heeft een schuld', 'nl');
    expect(r).toMatchObject({ intent: 'describe_concern', form: 'unknown', signals: ['debt_bondage'] });
  });

  it('takes acute danger from the safety screen, not from CLU', async () => {
    server.reset((_req, res) => json(res, 200, result('None')));
    const r = await clu().recognize('I am locked in a room and cannot get out', 'en');
    expect(r).toMatchObject({ acuteDanger: true, intent: 'describe_concern' });
  });

  it('sends once more when the connection is closed under the request, and only once', async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls++;
      if (calls === 1) res.socket?.destroy();
      else json(res, 200, result('greeting'));
    });
    await expect(clu().recognize('hallo', 'nl')).resolves.toMatchObject({ intent: 'greeting' });
    expect(server.requests).toHaveLength(2);

    server.reset((_req, res) => res.socket?.destroy());
    expect((await failure(clu())).reason).toBe('network');
    expect(server.requests).toHaveLength(2);
  });

  it.each([401, 404, 500])('fails with the status on HTTP %i', async (status) => {
    server.reset((_req, res) => json(res, status, { error: { code: 'Unauthorized', message: 'Access denied' } }));
    expect(await failure(clu())).toMatchObject({ reason: 'http', status });
  });

  it('fails on a malformed body and on an unknown shape', async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"kind": "Conv');
    });
    expect((await failure(clu())).reason).toBe('bad_response');
    server.reset((_req, res) => json(res, 200, { kind: 'ConversationResult', result: { prediction: { projectKind: 'Orchestration' } } }));
    expect((await failure(clu())).reason).toBe('bad_response');
    server.reset((_req, res) => json(res, 200, result('OrderPizza')));
    expect((await failure(clu())).reason).toBe('unmapped_intent');
  });

  it('gives up after the timeout', async () => {
    server.reset((_req, res) => server.later(1500, () => json(res, 200, result('greeting'))));
    const started = Date.now();
    expect((await failure(clu(150))).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it('falls back to the local recognizer silently, logging no message text', async () => {
    server.reset((_req, res) => json(res, 401, { error: { code: 'Unauthorized', message: 'bad key' } }));
    const local: Recognition = {
      intent: 'ask_privacy',
      form: 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.8, form: 0.5 },
    };
    const warnings: Record<string, unknown>[] = [];
    const r = new FallbackRecognizer(clu(), { name: 'local', recognize: async () => local }, { warn: (obj) => warnings.push(obj) });
    expect(await r.recognize('wordt mijn naam bewaard', 'nl')).toEqual(local);
    expect(warnings).toEqual([{ recognizer: 'clu', fallback: 'local', reason: 'http', status: 401 }]);
  });
});
