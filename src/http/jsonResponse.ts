/**
 * JSON answers, compressed when they are worth it and the client accepts it. Below a kilobyte
 * compression saves less than it costs (headers, CPU, a frame or two at most), so small answers
 * go out as they are. Answers that carry a credential (tokens, stream tickets) are never
 * compressed: the size of a compressed body can betray its secret when attacker-chosen text sits
 * beside it (BREACH), and those answers are small anyway. Streams and WebSockets do not pass here.
 */
import type { Request, Response } from 'restify';
import { chooseEncoding, compressOne } from './compression';

/** Smaller bodies are sent as they are. */
export const COMPRESS_MIN_BYTES = 1024;

export interface JsonOptions {
  status?: number;
  /** The body holds a token or another secret: never compressed (see above). */
  secret?: boolean;
}

export function sendJson(req: Pick<Request, 'headers'>, res: Response, value: unknown, options: JsonOptions = {}): void {
  sendJsonText(req, res, JSON.stringify(value), options);
}

/** `sendJson` for a body that is JSON text already (made from stored JSON without parsing it). */
export function sendJsonText(req: Pick<Request, 'headers'>, res: Response, json: string, options: JsonOptions = {}): void {
  const status = options.status ?? 200;
  const body = Buffer.from(json, 'utf8');
  const type = 'application/json';
  if (options.secret) {
    res.sendRaw(status, body, { 'Content-Type': type, 'Content-Length': String(body.length) });
    return;
  }
  // The same URL may answer small or large, so caches must always keep the encodings apart.
  res.setHeader('Vary', 'Accept-Encoding');
  const encoding = body.length >= COMPRESS_MIN_BYTES ? chooseEncoding(req.headers['accept-encoding']) : null;
  if (!encoding) {
    res.sendRaw(status, body, { 'Content-Type': type, 'Content-Length': String(body.length) });
    return;
  }
  const out = compressOne(body, encoding);
  res.sendRaw(status, out, { 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': String(out.length) });
}
