/**
 * Forces a full garbage collection in a running server and reads its heap, without starting it
 * with other flags than `npm start`'s: SIGUSR1 opens Node's inspector (bound to loopback; the
 * bench adds `--inspect-port=0` so two benches never fight over port 9229, and that flag does
 * nothing until the signal), and the DevTools protocol asks for the collection. Only for the
 * bench: RSS after a burst depends on whether V8 happened to run a major collection yet, RSS
 * after a forced one does not.
 */
import WebSocket from 'ws';

export interface HeapAfterGc {
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
}

const LISTENING = /Debugger listening on (ws:\/\/\S+)/;

/** Watches a child's stderr for the inspector's address; everything else goes on to our stderr. */
export class InspectorAddress {
  private found: ((url: string) => void) | null = null;
  readonly url: Promise<string>;

  constructor() {
    this.url = new Promise((resolve) => (this.found = resolve));
  }

  /** One line of the child's stderr; true when it was the inspector's (not passed on). */
  line(text: string): boolean {
    const match = LISTENING.exec(text);
    if (match) this.found?.(match[1]!);
    return match !== null || /^(For help, see: https:\/\/nodejs.org\/en\/docs\/inspector|Debugger (attached|ending on))/.test(text);
  }
}

/** Opens the inspector of `pid`, collects garbage (twice: weak references die in the second), then reads the heap. */
export async function collectGarbage(pid: number, address: InspectorAddress, timeoutMs = 15_000): Promise<HeapAfterGc> {
  process.kill(pid, 'SIGUSR1');
  const url = await Promise.race([
    address.url,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the server opened no inspector')), timeoutMs).unref()),
  ]);
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const evaluated = (await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result?: { value?: string } };
    const usage = JSON.parse(evaluated.result?.value ?? '{}') as { heapUsed?: number; heapTotal?: number; external?: number };
    const mb = (bytes: number | undefined) => Math.round((bytes ?? NaN) / 1048576);
    return { heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), externalMb: mb(usage.external) };
  } finally {
    socket.close();
  }
}
