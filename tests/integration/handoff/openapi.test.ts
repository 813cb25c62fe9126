/** The console API's OpenAPI document, read from the running server, against the routes in the code. */
import fs from 'node:fs';
import path from 'node:path';
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { startHandoffServer } from './harness';

interface Operation {
  operationId: string;
  security: unknown[];
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
  parameters?: { name: string; in: string }[];
}

const CONSOLE_ROUTES: [string, string, string][] = [
  ['put', '/staff/api/me/availability', '200'],
  ['get', '/staff/api/queue', '200'],
  ['post', '/staff/api/conversations/{id}/accept', '200'],
  ['get', '/staff/api/conversations/{id}', '200'],
  ['post', '/staff/api/conversations/{id}/messages', '201'],
  ['post', '/staff/api/conversations/{id}/typing', '204'],
  ['post', '/staff/api/conversations/{id}/notes', '201'],
  ['post', '/staff/api/conversations/{id}/transfer', '200'],
  ['post', '/staff/api/conversations/{id}/release', '200'],
  ['post', '/staff/api/conversations/{id}/close', '200'],
  ['get', '/staff/api/canned', '200'],
  ['get', '/staff/api/counsellors/available', '200'],
];

let server: TestServer;
let paths: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  server = await startHandoffServer();
  const res = await fetch(`${server.url}/staff/api/openapi.json`);
  expect(res.status).toBe(200);
  paths = ((await res.json()) as { paths: typeof paths }).paths;
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

it('describes every console route with its success status, security and error statuses', () => {
  for (const [method, route, success] of CONSOLE_ROUTES) {
    const op = paths[route]?.[method];
    expect([method, route, op === undefined ? 'missing' : 'described']).toEqual([method, route, 'described']);
    expect([route, Object.keys(op!.responses)]).toEqual([route, expect.arrayContaining([success, '401', '403'])]);
    expect([route, op!.security]).toEqual([route, method === 'get' ? [{ staffSession: [] }] : [{ staffSession: [], csrfToken: [] }]]);
    if (route.includes('{id}')) {
      expect(op!.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path' }));
      expect([route, Object.keys(op!.responses)]).toEqual([route, expect.arrayContaining(['404'])]);
    }
  }
  expect(Object.keys(paths['/staff/api/conversations/{id}/accept']!.post!.responses)).toContain('409');
  // The handoff refusals are listed by their own codes under their statuses.
  const accept = paths['/staff/api/conversations/{id}/accept']!.post!.responses as Record<string, { description: string }>;
  expect(accept['403']!.description).toContain('HeldByAnotherCounsellor');
  expect(accept['409']!.description.split(', ')).toEqual(
    expect.arrayContaining(['AlreadyTaken', 'ChatChangedHands', 'OutcomeAlreadyRecorded']),
  );
});

it('documents the request bodies', () => {
  const required = (route: string, method = 'post') => paths[route]![method]!.requestBody?.content['application/json']?.schema.required;
  expect(required('/staff/api/me/availability', 'put')).toEqual(['available']);
  expect(required('/staff/api/conversations/{id}/messages')).toEqual(['text']);
  expect(required('/staff/api/conversations/{id}/notes')).toEqual(['text']);
  expect(required('/staff/api/conversations/{id}/transfer')).toEqual(['username']);
  expect(required('/staff/api/conversations/{id}/close')).toEqual(['outcome']);
});

it('documents the live feed', () => {
  expect(paths['/staff/ws']?.get).toMatchObject({
    security: [{ staffSession: [] }],
    responses: expect.objectContaining({ '101': expect.anything(), '401': expect.anything() }),
  });
});

it('leaves no route in the console API code undocumented', () => {
  const source = fs.readFileSync(path.resolve(__dirname, '../../../src/staff/http/consoleApi.ts'), 'utf8');
  const declared = [...source.matchAll(/server\.(get|put|post|del|patch)\(\s*'([^']+)'/g)].map(([, method, route]) => [
    method === 'del' ? 'delete' : method!,
    route!.replace(/:(\w+)/g, '{$1}'),
  ]);
  expect(declared.length).toBeGreaterThanOrEqual(CONSOLE_ROUTES.length);
  for (const [method, route] of declared) expect([method, route, paths[route!]?.[method!] !== undefined]).toEqual([method, route, true]);
  expect(declared.map(([m, r]) => `${m} ${r}`).sort()).toEqual(CONSOLE_ROUTES.map(([m, r]) => `${m} ${r}`).sort());
});
