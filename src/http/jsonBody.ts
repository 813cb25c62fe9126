import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { AppError } from '../errors';

/**
 * Reads a JSON request body with a hard size limit, before any parsing, so an oversized or
 * malformed body is rejected with a clear 4xx and never reaches the bot.
 */
/** Deeper JSON than this is refused before parsing: nothing we accept nests further than a few levels. */
export const JSON_MAX_DEPTH = 32;

export async function readJsonBody(req: IncomingMessage, maxBytes: number, maxDepth = JSON_MAX_DEPTH): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new AppError('UnsupportedMediaType');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new AppError('MessageSizeTooBig');
  }
  const raw = Buffer.concat(await readChunks(req, maxBytes)).toString('utf8');
  if (raw.trim() === '') throw new AppError('BadSyntax', 'Empty body.');
  // Deep nesting costs nothing to send but makes every recursive consumer (zod, JSON.stringify,
  // the SDK's copies) overflow the stack later; refuse it while it is still a string.
  if (jsonNestingExceeds(raw, maxDepth)) throw new AppError('BadArgument', 'JSON nested too deeply.');
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new AppError('BadSyntax');
  }
}

/**
 * The body's chunks, at most `maxBytes` in all. Plain listeners rather than `for await`: the
 * stream's async iterator sets up an end-of-stream watcher, a promise per chunk and its own
 * listeners for every request, a share of every message's garbage and CPU. The same outcomes: a
 * body over the limit destroys the request (as leaving the loop did) and fails MessageSizeTooBig;
 * a stream error fails with it; a request closed before its end fails as a premature close.
 */
function readChunks(req: IncomingMessage, maxBytes: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    if (req.readableEnded) return resolve([]);
    if (req.destroyed) return reject(prematureClose());
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        req.destroy();
        reject(new AppError('MessageSizeTooBig'));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks);
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    const onClose = () => {
      stop();
      reject(prematureClose());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/** Parses with `schema`; a mismatch becomes a 400 naming the fields, never their values. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const missing = result.error.issues.some((i) => i.path.length > 0 && valueAt(value, i.path) === undefined);
    const fields = [...new Set(result.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
    throw new AppError(missing ? 'MissingProperty' : 'BadArgument', `Invalid fields: ${fields}.`);
  }
  return result.data;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** True when brackets outside strings nest deeper than `maxDepth`; one linear pass, no parsing. */
export function jsonNestingExceeds(raw: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
