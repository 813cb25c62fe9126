/**
 * `npm run check:anonymiser-pool`: every anonymiser tuning conversation through a pool of two worker
 * threads gives byte for byte what the in-process anonymiser gives, made afresh and made again over
 * its own copy. The pool's jest suite (tests/unit/anonymiser/pool.test.ts) runs the same comparison
 * on a fixed seeded sample and the longest conversations; this is the whole run (minutes on a loaded host).
 * `BENCH_ANONYMISER_CODE=build` takes the pool from tsc's build (`npm run build`), whose threads run
 * the bundle and code cache the build made of poolWorker.js (src/threads/threadBundle.ts), as `npm
 * start` runs them; the in-process side stays the sources'.
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { anonymiserConversations, anonymiserTuningFiles } from '../tests/support/anonymiserConversations';
import { poolAndInProcess } from '../tests/support/anonymiserPoolCompare';
import { CODE, loadPool } from './anonymiser-workload';

async function main(): Promise<void> {
  const conversations = anonymiserConversations(anonymiserTuningFiles());
  const { AnonymiserPool } = await loadPool();
  const threadCode = CODE === 'build' ? await builtThreadCode() : 'poolWorker.ts bundled from the sources';
  const pool = new AnonymiserPool({ workers: 2 });
  try {
    await pool.ready();
    const { fresh, here, again, hereAgain } = await poolAndInProcess(pool, conversations);
    const differing = (a: string[][], b: string[][]) => a.filter((texts, i) => !isDeepStrictEqual(texts, b[i])).length;
    const afresh = differing(fresh, here);
    const over = differing(again, hereAgain);
    console.log(
      `${CODE} (threads: ${threadCode}): ${conversations.length} conversations: ${afresh} differ made afresh, ${over} made again over the copy`,
    );
    if (afresh + over > 0 || fresh.length !== here.length || again.length !== hereAgain.length) process.exitCode = 1;
  } finally {
    await pool.close();
  }
}

/** Whether the build's threads run its bundle (current, with or without a code cache) or poolWorker.js. */
async function builtThreadCode(): Promise<string> {
  const compiled = join(__dirname, '..', 'dist', 'server', 'src');
  const { currentBundle } = (await import(join(compiled, 'threads', 'threadBundle.js'))) as typeof import('../src/threads/threadBundle');
  const bundle = currentBundle(join(compiled, 'anonymiser', 'poolWorker.js'));
  if (bundle === undefined) return 'poolWorker.js (no current bundle)';
  return bundle.cache === undefined ? 'the bundle, no code cache yet' : 'the bundle with its code cache';
}

if (require.main === module) void main();
