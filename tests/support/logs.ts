import { Writable } from 'node:stream';
import { createLogger } from '../../src/log';
import type { Logger } from '../../src/log';

/** A real logger whose JSON lines a test can read back, to check what a log line says and never says. */
export function capturedLogger(level: 'info' | 'warn' | 'error' = 'info'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}
