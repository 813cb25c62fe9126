/**
 * `npm run check:anonymiser-pool`: every anonymiser tuning conversation through a pool of two worker
 * threads gives byte for byte what the in-process anonymiser gives, made afresh and made again over
 * its own copy. The pool's jest suite (tests/unit/anonymiser/pool.test.ts) runs the same comparison
 * on a fixed seeded sample and the longest conversations; this is the whole run (minutes on a loaded host).
 */
import { isDeepStrictEqual } from 'node:util';
import { AnonymiserPool } from '../src/anonymiser/pool';
import { anonymiserConversations, anonymiserTuningFiles } from '../tests/support/anonymiserConversations';
import { poolAndInProcess } from '../tests/support/anonymiserPoolCompare';

async function main(): Promise<void> {
  const conversations = anonymiserConversations(anonymiserTuningFiles());
  const pool = new AnonymiserPool({ workers: 2 });
  try {
    await pool.ready();
    const { fresh, here, again, hereAgain } = await poolAndInProcess(pool, conversations);
    const differing = (a: string[][], b: string[][]) => a.filter((texts, i) => !isDeepStrictEqual(texts, b[i])).length;
    const afresh = differing(fresh, here);
    const over = differing(again, hereAgain);
    console.log(`${conversations.length} conversations: ${afresh} differ made afresh, ${over} made again over the copy`);
    if (afresh + over > 0 || fresh.length !== here.length || again.length !== hereAgain.length) process.exitCode = 1;
  } finally {
    await pool.close();
  }
}

if (require.main === module) void main();
