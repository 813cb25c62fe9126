/**
 * The staff API's OpenAPI 3.1 document, assembled from what each route module adds, so the
 * description cannot drift from the routes that exist.
 */
import { z } from 'zod';
import { errorCatalogue } from '../../errors';
import type { ErrorCode } from '../../errors';
import type { JsonObject } from '../../store/ports';
import { SESSION_COOKIE } from './cookies';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** none: public; session: needs the session cookie; session+csrf: also the X-CSRF-Token header. */
export type OperationAuth = 'none' | 'session' | 'session+csrf';

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  auth: OperationAuth;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  /** Status code → response object; the error statuses can come from errorResponses(). */
  responses: Record<string, JsonObject>;
}

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) for a zod schema. */
export function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonObject {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return json;
}

export function jsonRequestBody(schema: z.ZodType): JsonObject {
  return { required: true, content: { 'application/json': { schema: schemaOf(schema, 'input') } } };
}

export function jsonResponse(description: string, schema: z.ZodType): JsonObject {
  return { description, content: { 'application/json': { schema: schemaOf(schema) } } };
}

export function emptyResponse(description: string): JsonObject {
  return { description };
}

/** Error responses for the given codes, grouped by HTTP status. */
export function errorResponses(...codes: ErrorCode[]): Record<string, JsonObject> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(errorCatalogue[code].status, [...(byStatus.get(errorCatalogue[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: list.join(', '), content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
}

const securityFor: Record<OperationAuth, JsonObject[]> = {
  none: [],
  session: [{ staffSession: [] }],
  'session+csrf': [{ staffSession: [], csrfToken: [] }],
};

export class OpenApiRegistry {
  private readonly paths = new Map<string, Map<HttpMethod, OpenApiOperation>>();

  constructor(private readonly info: { title: string; version: string; description?: string }) {}

  /** Describes one route. `path` uses OpenAPI templates, e.g. /staff/api/conversations/{id}. */
  add(path: string, method: HttpMethod, operation: OpenApiOperation): void {
    const methods = this.paths.get(path) ?? new Map<HttpMethod, OpenApiOperation>();
    if (methods.has(method)) throw new Error(`OpenAPI operation ${method.toUpperCase()} ${path} is described twice.`);
    const ids = [...this.paths.values()].flatMap((m) => [...m.values()].map((o) => o.operationId));
    if (ids.includes(operation.operationId)) throw new Error(`OpenAPI operationId ${operation.operationId} is used twice.`);
    methods.set(method, operation);
    this.paths.set(path, methods);
  }

  document(): JsonObject {
    const paths: JsonObject = {};
    for (const [path, methods] of [...this.paths].sort(([a], [b]) => a.localeCompare(b))) {
      const item: JsonObject = {};
      for (const [method, { auth, ...operation }] of methods) item[method] = { ...operation, security: securityFor[auth] };
      paths[path] = item;
    }
    return {
      openapi: '3.1.0',
      info: this.info,
      paths,
      components: {
        schemas: {
          Error: {
            type: 'object',
            required: ['error'],
            properties: {
              error: {
                type: 'object',
                required: ['code', 'message'],
                properties: { code: { type: 'string', enum: Object.keys(errorCatalogue) }, message: { type: 'string' } },
              },
            },
          },
        },
        securitySchemes: {
          staffSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /staff/api/login.' },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: 'The csrfToken from login or /staff/api/me; required on every state-changing request.',
          },
        },
      },
    };
  }
}
