/**
 * `npx tsx bench/turn-calls.ts`: the tuning conversations' recorded turns through the real bot and
 * dialogs (bench/dialogs/play.ts), the understander wired as the server wires it; a first pass warms
 * up, the next are measured. MODE=count (default cpu): exact calls per turn of every function of the
 * project and its dependencies by V8's precise coverage with call counts, written to OUT as
 * "calls a turn<TAB>file function@offset" (a figure no load changes; compare two trees by file and
 * function); MODE=prof: a CPU profile of ROUNDS passes to OUT; MODE=cpu: CPU ms per turn of each of
 * ROUNDS passes. FILES: a pattern for the set files under tests/eval (default every dialogs-dev set;
 * never the blind ones). Figures, not assertions (turncpu37).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { playScript } from './dialogs/play';
import { loadScripts, type Script } from './dialogs/script';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';

const root = path.resolve(__dirname, '..');
const evalDir = path.join(root, 'tests', 'eval');
const files = readdirSync(evalDir)
  .filter((f) => new RegExp(process.env.FILES ?? '^dialogs-dev.*\\.jsonl$').test(f))
  .sort();
const scripts: Script[] = files.flatMap((f) => loadScripts(path.join(evalDir, f)));
const screen = new SafetyScreen();
const local = createLocalRecognizer({ screen });
const understander = createUnderstander({ safety: screen, recognizer: local, local });
const MODE = process.env.MODE ?? 'cpu';
const ROUNDS = Number(process.env.ROUNDS ?? 1);

async function pass(): Promise<number> {
  let turns = 0;
  for (const s of scripts) {
    await playScript(s, understander);
    turns += s.turns.length;
  }
  return turns;
}

async function main(): Promise<void> {
  await pass();
  const session = new Session();
  session.connect();
  if (MODE === 'count') {
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await session.post('Profiler.takePreciseCoverage');
    const turns = await pass();
    const { result } = await session.post('Profiler.takePreciseCoverage');
    const rows: [string, number][] = [];
    for (const script of result) {
      const url = script.url.replace(/^file:\/\//, '');
      if (!url.includes(root) && !url.includes('node_modules')) continue;
      const short = url.replace(/.*\/node_modules\//, 'nm/').replace(root + '/', '');
      for (const fn of script.functions) {
        const count = fn.ranges[0]?.count ?? 0;
        if (count > 0) rows.push([`${short} ${fn.functionName || '(anon)'}@${fn.ranges[0]!.startOffset}`, count]);
      }
    }
    rows.sort((a, b) => b[1] - a[1]);
    const out = rows.map(([k, n]) => `${(n / turns).toFixed(2)}\t${k}`).join('\n');
    writeFileSync(process.env.OUT ?? '/tmp/tc37/counts.tsv', out + '\n');
    const total = rows.reduce((s, r) => s + r[1], 0);
    console.log(JSON.stringify({ turns, scripts: scripts.length, function_calls_per_turn: Math.round(total / turns) }));
  } else if (MODE === 'prof') {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    let turns = 0;
    for (let r = 0; r < ROUNDS; r++) turns += await pass();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.OUT ?? '/tmp/tc37/turns.cpuprofile', JSON.stringify(profile));
    console.log(JSON.stringify({ turns }));
  } else {
    for (let r = 0; r < ROUNDS; r++) {
      const cpu = process.cpuUsage();
      const turns = await pass();
      const used = process.cpuUsage(cpu);
      console.log(JSON.stringify({ turns, cpu_ms_per_turn: Math.round(((used.user + used.system) / 1000 / turns) * 1000) / 1000 }));
    }
  }
  session.disconnect();
}
void main();
