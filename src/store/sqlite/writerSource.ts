/**
 * The writer thread's program when the store runs from TypeScript sources (jest, tsx scripts):
 * writerWorker.ts and the modules it imports bundled into one script (src/workerScript.ts).
 */
import { workerScript } from '../../workerScript';

export function writerWorkerScript(entry: string): string {
  return workerScript(entry);
}
