/**
 * `npm run build:anonymiser-thread` (part of `npm run build`, after tsc): the anonymiser pool's thread
 * as one precompiled script beside the compiled poolWorker.js (src/threads/threadBundle.ts), so a
 * thread of `npm start` or of the bench starts without compiling its modules again.
 */
import path from 'node:path';
import { projectRoot } from '../paths';
import { buildThreadBundle } from '../threads/threadBundleBuild';

async function main(): Promise<void> {
  const compiled = path.join(projectRoot(), 'dist', 'server', 'src');
  const built = await buildThreadBundle(
    path.join(compiled, 'anonymiser', 'poolWorker.js'),
    path.join(compiled, 'threads', 'threadRunner.js'),
  );
  process.stdout.write(`${JSON.stringify({ event: 'anonymiser_thread_built', ...built })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ event: 'anonymiser_thread_build_failed', message: err instanceof Error ? err.message : String(err) })}\n`,
  );
  process.exitCode = 1;
});
