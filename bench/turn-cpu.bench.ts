/**
 * `npm run bench:turn-cpu`: the CPU a bot turn costs without HTTP and without a store: the real
 * bot, dialogs, recognizer and safety screen on botbuilder's TestAdapter with in-memory state.
 * This is the per-turn work no channel or store change removes; at N ms per turn one core runs
 * at most 1000/N turns per second. Figures, not assertions.
 */
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { createTestBot, join, say } from '../tests/support/bot';

const MESSAGES = [
  'Ik maak me zorgen om mijn buurvrouw, ze werkt elke dag tot laat en mag het huis niet uit.',
  'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon.',
  'Ik weet het niet zeker, misschien is het niks.',
  'Hij zegt dat ze een schuld moet terugbetalen voor de reis.',
];
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100);

// One bot for all conversations, as in the server (building the recognizer and the screen is costly).
const { adapter } = createTestBot(createLocalRecognizer({ screen: new SafetyScreen() }));
let next = 0;

async function run(conversations: number): Promise<{ turns: number; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let turns = 0;
  for (let i = 0; i < conversations; i++) {
    adapter.conversation = { ...adapter.conversation, conversation: { ...adapter.conversation.conversation, id: `c${next++}` } };
    await join(adapter);
    for (const text of MESSAGES) {
      await say(adapter, text);
      turns++;
    }
  }
  const used = process.cpuUsage(cpu);
  return { turns, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

async function main(): Promise<void> {
  await run(10); // warm-up: module loading and JIT
  const { turns, cpuMs, wallMs } = await run(CONVERSATIONS);
  // Includes each conversation's welcome turn in the CPU, counted per message turn.
  console.log(JSON.stringify({ figure: 'bot_turn_cpu_ms', value: Math.round((cpuMs / turns) * 100) / 100, turns }));
  console.log(JSON.stringify({ figure: 'bot_turn_wall_ms', value: Math.round((wallMs / turns) * 100) / 100 }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
