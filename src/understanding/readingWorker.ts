/**
 * Entry of a reading thread (readingPool.ts): loads the safety screen and the models, warms them
 * up (V8 compiles each of their hundreds of regular expressions on first use), gives back the memory
 * that took (releaseStartMemory), says it is ready,
 * then reads each text it is sent (prepareReading) and sends the readings back.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { bundleFromShared } from '../nlu/model/bundle';
import { createLocalRecognizer } from '../nlu/local/localRecognizer';
import { sharedQuestionModel } from '../nlu/questions/questionModel';
import { SafetyScreen } from '../safety/screen';
import { releaseStartMemory } from '../threads/releaseStartMemory';
import { nameThread } from '../threads/threadName';
import { prepareReading, type PreparedReading, type ReadingParts } from './preparedReading';
import { claimText, READING_THREAD_NAME, readerDataSchema, toReaderSchema, type FromReader } from './readingProtocol';
import { WARM_UP_TEXTS } from './warmUpTexts';

/** Answers go back at least this often while a long batch is read, so the first turns need not wait for the last. */
const ANSWER_EVERY_MS = 2;

nameThread(READING_THREAD_NAME);
const port = parentPort;
if (port === null) throw new Error('readingWorker runs as a worker thread only.');
const { warmUpRounds, staleAfterMs, answers, models, claims: claimBuffer } = readerDataSchema.parse(workerData);
const claims = new Int32Array(claimBuffer);
const started = performance.now();
const screen = new SafetyScreen(models === undefined ? undefined : bundleFromShared(models));
const local = createLocalRecognizer({ screen });
const parts: ReadingParts = { screen, local, questions: sharedQuestionModel() };
const send = (message: FromReader) => answers.postMessage(message);

// Warmed up on what the thread runs, the text-only reading, and nothing else: the loop's own
// warm-up (firstLook, the conversation's assessment, the facts) would compile code the thread never
// runs and load the facts' modules, and that compiled code stays in the thread (ADR 0002 round 32).
for (let round = 0; round < warmUpRounds; round++) for (const text of WARM_UP_TEXTS) prepareReading(parts, text);
// The loading's and warm-up's garbage and the young generation they grew, given back before the
// thread takes texts: an idle thread would hold them.
void releaseStartMemory().then(() => {
  send({ kind: 'ready', ms: Math.round(performance.now() - started) });
  port.on('message', (message: unknown) => {
    const { batch, sentAt } = toReaderSchema.parse(message);
    read(batch, sentAt);
  });
});

function read(batch: ReadonlyArray<{ id: number; text: string }>, sentAt: number): void {
  let results: Array<{ id: number; reading: PreparedReading | null }> = [];
  let answeredAt = performance.now();
  for (const { id, text } of batch) {
    let reading: PreparedReading | null = null;
    // Behind by more than the deadline (a burst on a busy host): the turn stopped waiting, and
    // reading it here too would only put the next texts further behind. Taken back by its turn
    // (the loop reads it: readingPool.ts readyNow): not read here.
    if (Date.now() - sentAt <= staleAfterMs && claimText(claims, id)) {
      try {
        reading = prepareReading(parts, text);
      } catch {
        // The loop reads it itself, and says what its own reading says of a failure (firstLook).
      }
    }
    results.push({ id, reading });
    const now = performance.now();
    if (now - answeredAt >= ANSWER_EVERY_MS) {
      send({ kind: 'read', results });
      results = [];
      answeredAt = now;
    }
  }
  if (results.length > 0) send({ kind: 'read', results });
}
