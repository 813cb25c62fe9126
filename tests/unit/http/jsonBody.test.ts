import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { AppError } from '../../../src/errors';
import { readJsonBody } from '../../../src/http/jsonBody';

/** A request body stream with JSON headers and no declared length (as a chunked upload). */
function request(): PassThrough & { headers: IncomingMessage['headers'] } {
  return Object.assign(new PassThrough(), { headers: { 'content-type': 'application/json' } });
}

describe('readJsonBody', () => {
  it('parses a body that arrives in several chunks', async () => {
    const req = request();
    const body = readJsonBody(req as unknown as IncomingMessage, 1000);
    req.write('{"type":"mes');
    req.write(Buffer.from('sage","text":"hé"}'));
    req.end();
    await expect(body).resolves.toEqual({ type: 'message', text: 'hé' });
    expect(req.listenerCount('data') + req.listenerCount('end') + req.listenerCount('close')).toBe(0);
  });

  it('refuses a body that grows past the limit without a declared length, and destroys the request', async () => {
    const req = request();
    const body = readJsonBody(req as unknown as IncomingMessage, 10);
    req.write('{"text":"');
    req.write('0123456789"}');
    await expect(body).rejects.toMatchObject({ code: 'MessageSizeTooBig' });
    await expect(body).rejects.toBeInstanceOf(AppError);
    expect(req.destroyed).toBe(true);
  });

  it('fails with the stream error, and as a premature close when the request closes before its end', async () => {
    const failing = request();
    const failed = readJsonBody(failing as unknown as IncomingMessage, 1000);
    failing.write('{"a":');
    failing.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    await expect(failed).rejects.toMatchObject({ code: 'ECONNRESET' });

    const closing = request();
    const closed = readJsonBody(closing as unknown as IncomingMessage, 1000);
    closing.write('{"a":');
    closing.destroy();
    await expect(closed).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('refuses an empty body, bad JSON and deep nesting with 4xx codes', async () => {
    const read = (text: string) => {
      const req = request();
      const body = readJsonBody(req as unknown as IncomingMessage, 1000);
      req.end(text);
      return body;
    };
    await expect(read('  ')).rejects.toMatchObject({ code: 'BadSyntax' });
    await expect(read('{"a":')).rejects.toMatchObject({ code: 'BadSyntax' });
    await expect(read('['.repeat(40) + ']'.repeat(40))).rejects.toMatchObject({ code: 'BadArgument' });
  });
});
