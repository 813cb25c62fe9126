/**
 * Entry of one anonymiser worker thread (pool.ts): loads the anonymiser once, answers a short
 * message to load what the first use loads, says it is ready, then anonymises the conversations it
 * is sent in the order they came, those that arrived together as one batch (poolBatch.ts).
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { nameThread } from '../threads/threadName';
import { anonymiseJob } from './conversationAnonymiser';
import { answersTo } from './poolBatch';
import { ANONYMISER_THREAD_NAME, JOBS_PER_BATCH, ToAnonymiserSchema, type FromAnonymiser, type ToAnonymiser } from './poolProtocol';

const port = parentPort;
if (port === null) throw new Error('poolWorker runs as a worker thread only.');
nameThread(ANONYMISER_THREAD_NAME);
// Made up, no one's data: a name, a town and a number load the detectors' lazy parts (libphonenumber).
anonymiseJob({ texts: ['Ik ben Sanne uit Breda, bel me op 06 12345678.'], continuing: false });
post({ kind: 'ready', startCpuMs: threadCpuMs() });

/** Jobs that arrived and are not answered yet, in the order they came. */
const pending: ToAnonymiser[] = [];

port.on('message', (message: unknown) => {
  pending.push(ToAnonymiserSchema.parse(message));
  // After the messages that already arrived: the jobs the pool sent together are read as one batch.
  if (pending.length === 1) setImmediate(answerPending);
});

function answerPending(): void {
  for (const answer of answersTo(pending.splice(0, JOBS_PER_BATCH))) post(answer);
  if (pending.length > 0) setImmediate(answerPending);
}

function post(message: FromAnonymiser): void {
  port!.postMessage(message);
}

/**
 * This thread's CPU time in ms from Linux's /proc (clock ticks of 10 ms), so a start can be told
 * apart from waiting for a core on a busy host; null elsewhere. Node 20 has no per-thread cpuUsage.
 */
function threadCpuMs(): number | null {
  try {
    const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
