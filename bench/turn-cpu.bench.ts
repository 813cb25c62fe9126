/**
 * `npm run bench:turn-cpu`: the CPU a bot turn costs without HTTP and without a store: the real
 * bot, dialogs, recognizer and safety screen on botbuilder's TestAdapter with in-memory state.
 * This is the per-turn work no channel or store change removes; at N ms per turn one core runs
 * at most 1000/N turns per second. Also the calls per turn of the steps that read a message and of
 * botbuilder-dialogs' plumbing, and the KB allocated per turn (sampled): both independent of the
 * host's load. Figures, not assertions.
 */
import { Session } from 'node:inspector/promises';
import { deserialize, serialize } from 'node:v8';
import { ComponentDialog, DialogContext } from 'botbuilder-dialogs';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SignalDetector } from '../src/nlu/local/signalDetector';
import { Vocabulary } from '../src/nlu/model/logistic';
import { MessageModels } from '../src/nlu/model/messageModels';
import { MessageReader } from '../src/nlu/model/reader';
import { SafetyScreen } from '../src/safety/screen';
import { sharedQuestionModel } from '../src/nlu/questions/questionModel';
import { prepareReading, type PreparedReading } from '../src/understanding/preparedReading';
import { createTestBot, join, say } from '../tests/support/bot';
import { testScreen } from '../tests/support/screen';

const MESSAGES = [
  'Ik maak me zorgen om mijn buurvrouw, ze werkt elke dag tot laat en mag het huis niet uit.',
  'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon.',
  'Ik weet het niet zeker, misschien is het niks.',
  'Hij zegt dat ze een schuld moet terugbetalen voor de reis.',
];
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100);

/**
 * Calls per turn of the steps that read a message, counted by wrapping their prototypes: figures
 * that, unlike the CPU, do not depend on the load of the host. `Vocabulary.indices` is called once
 * per feature list a model (or several models) is applied to.
 */
const calls: Record<string, number> = {};
function count(proto: object, name: string, label: string, optional = false): void {
  const target = proto as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== 'function') {
    if (optional) return;
    throw new Error(`no method ${label}`);
  }
  calls[label] = 0;
  target[name] = function (this: unknown, ...args: unknown[]): unknown {
    calls[label]! += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}
count(SafetyScreen.prototype, 'look', 'screen.look');
count(SafetyScreen.prototype, 'assessRead', 'screen.assessRead');
count(MessageReader.prototype, 'readForDanger', 'reader.readForDanger');
count(MessageReader.prototype, 'readFully', 'reader.readFully');
count(MessageReader.prototype, 'features', 'reader.features');
count(MessageModels.prototype, 'guess', 'models.guess');
// The private steps behind them that do the work, where a call may be answered from one before (round 26).
count(MessageModels.prototype, 'guessAfresh', 'models.guess made', true);
count(SignalDetector.prototype, 'detect', 'signals.detect');
count(Vocabulary.prototype, 'indices', 'vocabulary.indices');
// botbuilder-dialogs' plumbing: dialog events raised (each walks and bubbles through the stack) and inner dialog contexts made.
count(DialogContext.prototype, 'emitEvent', 'dialogs.emitEvent');
count(ComponentDialog.prototype, 'createChildContext', 'dialogs.createChildContext');

// One bot for all conversations, as in the server (building the recognizer and the screen is costly),
// wired as the server wires it: the understander's local recognizer is the recognizer, on the same
// screen, so the first look's reading is reused (before round 26 this bench read every message twice).
const local = createLocalRecognizer({ screen: testScreen() });
/**
 * BENCH_PREPARED=1: each message's reading is made beforehand, as the server's reading thread makes
 * it (understanding/readingPool.ts), and only what the event loop does with it is measured: taking
 * the thread's answer apart (V8's deserializer, as a worker's message) and the rest of the turn.
 */
const PREPARED = process.env.BENCH_PREPARED === '1';
const serialized = new Map(
  MESSAGES.map((text) => [text, serialize(prepareReading({ screen: testScreen(), local, questions: sharedQuestionModel() }, text))]),
);
const arrived = new Map<string, PreparedReading>();
const { adapter } = createTestBot(local, {
  local,
  ...(PREPARED
    ? {
        prepared: {
          readingOf: (text: string) => {
            const reading = arrived.get(text);
            arrived.delete(text);
            return reading;
          },
        },
      }
    : {}),
});
let next = 0;

async function run(conversations: number): Promise<{ turns: number; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let turns = 0;
  for (let i = 0; i < conversations; i++) {
    adapter.conversation = { ...adapter.conversation, conversation: { ...adapter.conversation.conversation, id: `c${next++}` } };
    await join(adapter);
    for (const text of MESSAGES) {
      if (PREPARED) arrived.set(text, deserialize(serialized.get(text)!) as PreparedReading);
      await say(adapter, text);
      turns++;
    }
  }
  const used = process.cpuUsage(cpu);
  return { turns, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

async function main(): Promise<void> {
  await run(10); // warm-up: module loading and JIT
  for (const label of Object.keys(calls)) calls[label] = 0;
  const { turns, cpuMs, wallMs } = await run(CONVERSATIONS);
  // Includes each conversation's welcome turn in the CPU, counted per message turn.
  console.log(JSON.stringify({ figure: 'bot_turn_cpu_ms', value: Math.round((cpuMs / turns) * 100) / 100, turns, prepared: PREPARED }));
  console.log(JSON.stringify({ figure: 'bot_turn_wall_ms', value: Math.round((wallMs / turns) * 100) / 100 }));
  const perTurn = Object.fromEntries(Object.entries(calls).map(([label, n]) => [label, Math.round((n / turns) * 100) / 100]));
  console.log(JSON.stringify({ figure: 'calls_per_turn', value: perTurn }));
  const allocated = await sampledAllocation(() => run(Math.max(1, Math.round(CONVERSATIONS / 2))));
  console.log(JSON.stringify({ figure: 'bot_turn_allocated_kb_sampled', value: allocated }));
}

/**
 * KB allocated per message turn (the welcome's included), by V8's sampling heap profiler with the
 * objects that were collected again kept in the profile: a figure no load changes, unlike the CPU.
 * Its own run, after the timed one, since sampling costs CPU. In-process wiring: botbuilder's
 * MemoryStorage and ConversationState, not the server's store and text-hashed state.
 */
async function sampledAllocation(work: () => Promise<{ turns: number }>): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const { turns } = await work();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    const bytes = (node: { selfSize: number; children: (typeof node)[] }): number =>
      node.selfSize + node.children.reduce((sum, child) => sum + bytes(child), 0);
    return Math.round(bytes(profile.head) / turns / 1024);
  } finally {
    session.disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
