/**
 * `npm run bench:server`: the server under load, against a bare restify JSON echo started here
 * as the reference, both as separate processes on this machine. Prints one JSON line per figure
 * and a summary: turns/s and its ratio to echo requests/s, p50/p99 at 200 concurrent
 * conversations (and p99 by the second in which turns were sent, and without the first two seconds:
 * every conversation's first message goes out at once, to a server that has run one conversation so
 * far), one turn alone, RSS with 10,000 idle conversations (as it is, after 20 s idle, and
 * after a full collection forced through the inspector: the first two count garbage V8 had not
 * collected yet, the last is what the live data needs), the 10,000-case fuzz and
 * /healthz latency while one client floods (asked from a process of its own, whose client asks once
 * untimed before the flood starts — since round 23: before, the max was that process's own first
 * request — and, as before, from the flooding process). Figures, not assertions: the tests assert behaviour.
 *
 * `BENCH_TURN_ROUNDS=2` (or more): the concurrent run again on the same server, once its first run has paid V8's compiling (see TURN_ROUNDS).
 * `BENCH_PHASES=waves` (not in the default run): the server's CPU per turn wave by wave after a start, and again for new conversations on the same process (see waveCosts).
 * `BENCH_WAVE_PAUSE_MS` pauses before each wave, so a profile shows every wave as its own stretch; with
 * BENCH_SERVER_OUTPUT=1 the server's flag output (`--trace-opt`, `--trace-gc`) is marked `== server listening`
 * where the port opened, to tell the warm-ups' work from the waves' (and `== concurrent run`, `== first 200 answered` in the turns phase). The flood also prints its five slowest
 * `/healthz` probes with the second each was sent.
 *
 * Also the server's CPU ms per turn (and the event loop's for the first wave alone) and the load average: on a shared machine rates move with
 * the load, CPU per turn much less (in total and for the event loop's thread alone). Settings: BENCH_PHASES (echo,turns,fuzz,idle,flood),
 * BENCH_SECONDS, BENCH_CONCURRENT, BENCH_IDLE, BENCH_OPEN=serial (see openConversations), WARM_UP_TURNS=false (the server without its turn warm-up), BENCH_SERVER_OUTPUT=1, BENCH_LATENCIES_FILE (with the marks below, their raw files are kept beside it), BENCH_TURN_MARKS=1 (the concurrent latencies split into queue, running and commit waits, and the time outside the adapter into sending, handling, writing and reading: support/turnParts.ts; counts of order, ends held behind other turns and turns overtaken: support/turnOrder.ts), BENCH_GC=1 (the server's collections during the concurrent run: support/gcFigures.ts), BENCH_JIT=1 (its optimisations and deoptimisations by phase: support/jitCounts.ts), BENCH_ALLOC=1 (KB the event loop allocates per turn in the concurrent run, by function and by area: support/allocSites.ts), BENCH_WRITER=1 (the writer thread's batches in the concurrent run: answer ms per write and by percentile, checkpoints before and after an answer: support/writerFigures.ts), READING_THREADS and READING_DEADLINE_MS (passed on to the server), BENCH_SERVER_LOG_LEVEL=info (the reading threads' counts at the stop), BENCH_SERVER_ENV (`NAME=value` words for the server, e.g. `MALLOC_ARENA_MAX=8`), BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof
 * --cpu-prof-dir=/tmp/prof` for a profile of the server under the bench).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { runFuzz } from '../tests/support/httpFuzz';
import { collectGarbage, InspectorAddress } from './support/childInspector';
import { turnOrder } from './support/turnOrder';
import { allocationFigures } from './support/allocSites';
import type { AllocationFigures, SampledNode } from './support/allocSites';
import { turnParts } from './support/turnParts';
import { turnRounds } from './support/turnRounds';
import type { AnsweredTurn } from './support/turnParts';
import { gcFigures } from './support/gcFigures';
import { writerFigures } from './support/writerFigures';
import { JitCounter } from './support/jitCounts';
import { smapsSummary } from './support/smapsSummary';
import { envWords, startCommand } from './support/startScript';
import { waveSpread } from './support/waveSpread';
import type { TimedTurn } from './support/gcFigures';

const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 200);
/** Extra node flags for the server under test (after npm start's, so they win), e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
/** The node flags and environment of `npm start` (package.json), so the bench measures the server as it is run. */
const START = startCommand(
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '',
);
/** Extra environment for the server under test, `NAME=value` separated by spaces (an A/B of e.g. MALLOC_ARENA_MAX). */
const SERVER_ENV = envWords((process.env.BENCH_SERVER_ENV ?? '').split(' '));
/** Turns sent in the first seconds of the concurrent run, left out of one extra p99 (see turnFigures). */
const WARM_UP_SECONDS = 2;
const IDLE = Number(process.env.BENCH_IDLE ?? 10_000);
const IDLE_WAIT_MS = 20_000;
/** Open the conversations of a run one after the other over one socket (before round 18) instead of all at once. */
const OPEN_SERIAL = process.env.BENCH_OPEN === 'serial';
/** Pass the server's non-JSON output (node flags such as --trace-gc) on to stderr. */
const SHOW_SERVER_OUTPUT = process.env.BENCH_SERVER_OUTPUT === '1';
/** Where to write the concurrent run's (send time, latency) pairs as TSV, when set. */
const LATENCIES_FILE = process.env.BENCH_LATENCIES_FILE;
/**
 * With BENCH_TURN_MARKS=1 the server is started with support/turnMarks.cjs, which marks every turn's
 * parts inside the server; the concurrent run's latencies are then split into them (turnParts).
 */
const TURN_MARKS_FILE = process.env.BENCH_TURN_MARKS === '1' ? path.join(os.tmpdir(), `helpline-turn-marks-${process.pid}.tsv`) : undefined;
/**
 * With BENCH_GC=1 the server is started with support/gcMarks.cjs, which notes its event loop's
 * garbage collections; the concurrent run's are then counted per 1,000 turns and set beside the
 * slowest turns (support/gcFigures.ts, `gc_200_concurrent`).
 */
/**
 * With BENCH_JIT=1 the server runs with `--trace-opt --trace-deopt` and its optimisations and
 * deoptimisations are counted by phase (support/jitCounts.ts, `jit_200_concurrent`): what compiling
 * is left after the first 2 s of the concurrent run, and which functions are thrown away there.
 */
const JIT = process.env.BENCH_JIT === '1' ? new JitCounter() : undefined;
const GC_MARKS_FILE = process.env.BENCH_GC === '1' ? path.join(os.tmpdir(), `helpline-gc-marks-${process.pid}.tsv`) : undefined;
/**
 * With BENCH_WRITER=1 the server is started with support/writerMarks.cjs, which notes the writer
 * thread's batches; the concurrent run's are then summed up (support/writerFigures.ts,
 * `writer_200_concurrent`): how long an answer took per write and whether it waited for a checkpoint.
 */
const WRITER_MARKS_FILE = process.env.BENCH_WRITER === '1' ? path.join(os.tmpdir(), `helpline-writer-marks-${process.pid}.tsv`) : undefined;
/**
 * With BENCH_ALLOC=1 the server is started with support/allocSample.cjs, which samples what its event
 * loop allocates during the concurrent run; the bytes per turn are then split by allocating function
 * and by area (support/allocSites.ts, `allocation_200_concurrent`).
 */
const ALLOC_SAMPLE_FILE = process.env.BENCH_ALLOC === '1' ? path.join(os.tmpdir(), `helpline-alloc-${process.pid}.json`) : undefined;
/** Which parts to run (comma-separated); all by default. */
/** The reading threads' counts the server logs as it stops (with BENCH_SERVER_LOG_LEVEL=info). */
const READING_COUNTS: Array<Record<string, unknown>> = [];
/** The server's log lines at warn or above, by event (see startProcess). */
const SERVER_WARNINGS = new Map<string, number>();
const PHASES = new Set((process.env.BENCH_PHASES ?? 'echo,turns,fuzz,idle,flood').split(','));
/**
 * `BENCH_TURN_ROUNDS=N` (default 1): after the concurrent run, N - 1 more on the same server, each
 * with BENCH_CONCURRENT new conversations, reported as `…_round2`, `…_round3`. The first run pays V8's optimising
 * compiler for the code its turns make hot (round 51: ~300 functions compiled on the helper threads
 * during the run, the triage dialog's `turn` three times); a later round shows a turn's cost once
 * that is paid, as a server that has run for a while has it. The marks options (BENCH_TURN_MARKS,
 * BENCH_GC, BENCH_WRITER, BENCH_ALLOC) describe the first run only and are refused beside it.
 */
const TURN_ROUNDS = turnRounds(
  process.env.BENCH_TURN_ROUNDS,
  Object.entries({
    BENCH_TURN_MARKS: TURN_MARKS_FILE,
    BENCH_GC: GC_MARKS_FILE,
    BENCH_WRITER: WRITER_MARKS_FILE,
    BENCH_ALLOC: ALLOC_SAMPLE_FILE,
  }).flatMap(([name, file]) => (file === undefined ? [] : [name])),
);

interface Proc {
  child: ChildProcess;
  url: string;
  /** From the spawn to the `listening` line: the start-up, warm-ups included. */
  startMs: number;
  stop(): Promise<void>;
}

function startProcess(command: string, args: string[], env: Record<string, string>, inspector?: InspectorAddress): Promise<Proc> {
  const spawned = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', inspector ? 'pipe' : 'inherit'],
  });
  if (inspector) {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!inspector.line(line)) console.error(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { event?: string; url?: string; level?: number };
        // pino's warn is 40: the server's warnings and errors by event, e.g. reading_thread_restarted.
        if ((parsed.level ?? 0) >= 40) SERVER_WARNINGS.set(parsed.event ?? '?', (SERVER_WARNINGS.get(parsed.event ?? '?') ?? 0) + 1);
        if (parsed.event === 'reading_threads_stopped') READING_COUNTS.push(parsed);
        if (parsed.event === 'listening' && parsed.url) {
          if (SHOW_SERVER_OUTPUT) console.error('== server listening');
          JIT?.enter('alone');
          resolve({
            child,
            url: parsed.url,
            startMs: Math.round(performance.now() - spawned),
            stop: async () => {
              child.kill('SIGTERM');
              await exited;
            },
          });
        }
      } catch {
        // Not JSON: output of node flags (e.g. --trace-gc), shown with BENCH_SERVER_OUTPUT=1.
        JIT?.line(line);
        if (SHOW_SERVER_OUTPUT) console.error(line);
      }
    });
  });
}

/** With `inspector`, the server can be asked for a full collection later (see support/childInspector.ts). */
function startServer(env: Record<string, string>, inspector?: InspectorAddress): Promise<Proc> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-bench-'));
  const inspectPort = inspector ? ['--inspect-port=0'] : [];
  return startProcess(
    process.execPath,
    [...START.nodeArgs, ...SERVER_NODE_ARGS, ...inspectPort, ...turnMarksArgs(), 'dist/server/src/cli/helpline.js', 'serve'],
    {
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      // BENCH_SERVER_LOG_LEVEL=info adds the reading threads' counts at the stop (`reading_threads`).
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
      // Passed on for an A/B of the start-up warm-up (true, the server's default, when unset).
      ...(process.env.WARM_UP_TURNS ? { WARM_UP_TURNS: process.env.WARM_UP_TURNS } : {}),
      // And of the reading threads (ADR 0002 round 30; the server's default when unset).
      ...(process.env.READING_THREADS ? { READING_THREADS: process.env.READING_THREADS } : {}),
      ...(process.env.READING_DEADLINE_MS ? { READING_DEADLINE_MS: process.env.READING_DEADLINE_MS } : {}),
      ...(TURN_MARKS_FILE ? { TURN_MARKS_FILE } : {}),
      ...(GC_MARKS_FILE ? { GC_MARKS_FILE } : {}),
      ...(WRITER_MARKS_FILE ? { WRITER_MARKS_FILE } : {}),
      ...(ALLOC_SAMPLE_FILE ? { ALLOC_SAMPLE_FILE } : {}),
      ...START.env,
      ...SERVER_ENV,
      ...env,
    },
    inspector,
  );
}

function turnMarksArgs(): string[] {
  return [
    ...(TURN_MARKS_FILE ? ['--require', path.join(ROOT, 'bench/support/turnMarks.cjs')] : []),
    ...(GC_MARKS_FILE ? ['--require', path.join(ROOT, 'bench/support/gcMarks.cjs')] : []),
    ...(WRITER_MARKS_FILE ? ['--require', path.join(ROOT, 'bench/support/writerMarks.cjs')] : []),
    ...(ALLOC_SAMPLE_FILE ? ['--require', path.join(ROOT, 'bench/support/allocSample.cjs')] : []),
    ...(JIT ? ['--trace-opt', '--trace-deopt'] : []),
  ];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function request(url: string, method: string, pathName: string, body?: unknown, token?: string): Promise<{ status: number; body: string }> {
  const target = new URL(pathName, url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // No answer at all: the socket's error code in place of a body (the turns' non-200 count says which).
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ status: -1, body: err.code ?? err.message }));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function conversation(url: string): Promise<{ token: string; conversationId: string }> {
  const t = JSON.parse((await request(url, 'POST', '/api/directline/token', {})).body) as { token: string; conversationId: string };
  await request(url, 'POST', '/v3/directline/conversations', undefined, t.token);
  return t;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** CPU time (user + system) the process has used so far, in ms: unlike rates, it hardly depends on how loaded the machine is. */
function cpuMs(pid: number, file = `/proc/${pid}/stat`): number {
  const fields = fs.readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** CPU time of the process's main thread (its event loop) alone; the rest is the store's writer and V8's helpers. */
function mainThreadCpuMs(pid: number): number {
  return cpuMs(pid, `/proc/${pid}/task/${pid}/stat`);
}

/** CPU ms of the process's threads by thread name (V8's helpers share one name, so they are summed). */
function threadCpuMs(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = tid === String(pid) ? 'event loop' : fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      byName.set(name, (byName.get(name) ?? 0) + cpuMs(pid, `/proc/${pid}/task/${tid}/stat`));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}

function report(name: string, value: unknown): void {
  console.log(JSON.stringify({ figure: name, value }));
}

const MESSAGES = [
  'Ik maak me zorgen om mijn buurvrouw, ze werkt elke dag tot laat en mag het huis niet uit.',
  'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon.',
  'Ik weet het niet zeker, misschien is het niks.',
  'Hij zegt dat ze een schuld moet terugbetalen voor de reis.',
];

async function echoRate(url: string): Promise<number> {
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      await request(url, 'POST', '/echo', { type: 'message', text: MESSAGES[done % MESSAGES.length] });
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, worker));
  return done / SECONDS;
}

/**
 * Opens the conversations of a run. By default all at once, so each has a connection of its own
 * before the timed part, as a citizen's page has from its token request on. One after the other
 * (`BENCH_OPEN=serial`, the way before round 18) they share one keep-alive socket, and the first
 * timed messages then open 199 new connections at the same moment: server and client paid for that
 * inside the first second's latencies, which no wave of real chats does.
 */
async function openConversations(url: string, count: number): Promise<Array<{ token: string; conversationId: string }>> {
  if (OPEN_SERIAL) {
    const chats = [];
    for (let i = 0; i < count; i++) chats.push(await conversation(url));
    return chats;
  }
  return Promise.all(Array.from({ length: count }, () => conversation(url)));
}

async function turns(
  url: string,
  concurrent: number,
  /** Called when the conversations are open and the timed part begins. */
  onStart: () => void = () => undefined,
  /** Called once as many turns are answered as there are conversations (about the first wave). */
  onFirstWave: () => void = () => undefined,
): Promise<{
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The non-200 answers by status and error code (`-1 ECONNRESET` for a socket that gave none). */
  notOk: Record<string, number>;
  count: number;
  p99BySecond: number[];
  p99AfterWarmUp: number;
  answered: AnsweredTurn[];
}> {
  const chats = await openConversations(url, concurrent);
  const latencies: number[] = [];
  const answered: AnsweredTurn[] = [];
  /** Latencies by the second of the run in which the turn was sent. */
  const bySecond: number[][] = Array.from({ length: SECONDS + 1 }, () => []);
  let began = Date.now();
  let errors = 0;
  const notOk: Record<string, number> = {};
  /** With BENCH_LATENCIES_FILE (and the concurrent run): every turn's send time in the run and its latency, for a look at where the tail falls. */
  const timeline: Array<[number, number]> | undefined = LATENCIES_FILE && concurrent > 1 ? [] : undefined;
  const until = Date.now() + SECONDS * 1000;
  const worker = async (chat: { token: string; conversationId: string }, n: number) => {
    let i = n;
    while (Date.now() < until) {
      const started = performance.now();
      const sentAt = Date.now();
      // On the server's marks' clock (support/turnMarks.cjs), to split the time outside its adapter.
      const sentAtMark = performance.timeOrigin + started;
      const res = await request(
        url,
        'POST',
        `/v3/directline/conversations/${chat.conversationId}/activities`,
        { type: 'message', text: MESSAGES[i++ % MESSAGES.length] },
        chat.token,
      );
      if (res.status === 200) {
        const gotAt = performance.now();
        const ms = gotAt - started;
        latencies.push(ms);
        answered.push({
          conversationId: chat.conversationId,
          ms,
          firstWave: latencies.length <= concurrent,
          sentAt: sentAtMark,
          gotAt: performance.timeOrigin + gotAt,
        });
        if (latencies.length === concurrent) onFirstWave();
        timeline?.push([sentAt - began, Math.round(ms * 10) / 10]);
        bySecond[Math.min(SECONDS, Math.floor((sentAt - began) / 1000))]!.push(ms);
      } else {
        errors++;
        const key = `${res.status} ${res.status === -1 ? res.body : errorCode(res.body)}`;
        notOk[key] = (notOk[key] ?? 0) + 1;
      }
    }
  };
  onStart();
  began = Date.now();
  await Promise.all(chats.map(worker));
  const elapsed = (Date.now() - began) / 1000;
  if (timeline && LATENCIES_FILE) fs.writeFileSync(LATENCIES_FILE, timeline.map(([at, ms]) => `${at}\t${ms}`).join('\n') + '\n');
  latencies.sort((a, b) => a - b);
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  return {
    p99BySecond: bySecond.filter((list) => list.length > 0).map((list) => Math.round(percentile(sorted(list), 99))),
    p99AfterWarmUp: percentile(sorted(bySecond.slice(WARM_UP_SECONDS).flat()), 99),
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    notOk,
    count: latencies.length,
    answered,
  };
}

/** The error code of our JSON error body (`{"error":{"code":…}}`), or `?` for any other body. */
function errorCode(body: string): string {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : '?';
  } catch {
    return '?';
  }
}

interface HealthFigures {
  p50: number;
  p99: number;
  max: number;
}

function healthFigures(latencies: number[]): HealthFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/**
 * The slowest probes as [ms, seconds from the probe's first request], slowest first: whether the
 * max is one moment (the flood's start, a collection) or spread over the run. The probe waits 20 ms
 * after each answer (bench/support/healthProbe.ts), so a probe's start is the sum of the answers
 * and pauses before it.
 */
function slowestProbes(latencies: number[], count = 5): [number, number][] {
  let at = 0;
  const timed = latencies.map((ms): [number, number] => {
    const started = at;
    at += ms + 20;
    return [Math.round(ms * 10) / 10, Math.round(started / 100) / 10];
  });
  return timed.sort((a, b) => b[0] - a[0]).slice(0, count);
}

/**
 * `/healthz` latencies measured by bench/support/healthProbe.ts in a process of its own: `ready`
 * once the probe's client has asked once untimed (its own start is not the server's answer time),
 * `latencies` when it is done.
 */
function probeHealth(url: string): { ready: Promise<void>; latencies: Promise<number[]> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/healthProbe.ts', url, String(SECONDS)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.startsWith('ready\n')) markReady();
  });
  const latencies = new Promise<number[]>((resolve, reject) => {
    child.on('exit', (code) => {
      markReady();
      if (code !== 0) reject(new Error(`health probe exited with ${code}`));
      else resolve((JSON.parse(out.replace(/^ready\n/, '')) as { latencies: number[] }).latencies);
    });
  });
  return { ready, latencies };
}

async function healthDuringFlood(
  url: string,
): Promise<{ separate: HealthFigures; slowest: [number, number][]; sameProcess: HealthFigures; floodAnswers: Record<string, number> }> {
  const chat = await conversation(url);
  const long = 'Ik maak me zorgen om mijn buurvrouw en haar werk. '.repeat(40).slice(0, 2000);
  const answers: Record<string, number> = {};
  let flooding = true;
  const flood = async () => {
    while (flooding) {
      const res = await request(
        url,
        'POST',
        `/v3/directline/conversations/${chat.conversationId}/activities`,
        { type: 'message', text: long },
        chat.token,
      );
      answers[res.status] = (answers[res.status] ?? 0) + 1;
    }
  };
  // The probe's client is warm before the flood starts (see probeHealth).
  const probe = probeHealth(url);
  await probe.ready;
  const floods = Array.from({ length: 30 }, flood);
  const latencies: number[] = [];
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const until = Date.now() + SECONDS * 1000;
  while (Date.now() < until) {
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const req = http.get(`${url}/healthz`, { agent: healthAgent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', () => resolve());
    });
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  const separateLatencies = await probe.latencies;
  flooding = false;
  await Promise.all(floods);
  healthAgent.destroy();
  return {
    separate: healthFigures(separateLatencies),
    slowest: slowestProbes(separateLatencies),
    sameProcess: healthFigures(latencies),
    floodAnswers: answers,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/server/src/cli/helpline.js'))) throw new Error('Run `npm run build` first.');
  const open = {
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
    TOKEN_RATE_LIMIT_PER_MINUTE: '10000',
    POSTS_PER_CONVERSATION_PER_MINUTE: '10000',
  };

  if (PHASES.has('echo') || PHASES.has('turns') || PHASES.has('fuzz')) await throughput(open);
  if (PHASES.has('waves')) await waveCosts(open);
  if (PHASES.has('idle')) await idleMemory(open);
  if (PHASES.has('flood')) await flood();
  agent.destroy();
}

async function throughput(open: Record<string, string>): Promise<void> {
  let echoPerSecond = NaN;
  if (PHASES.has('echo')) {
    const echo = await startProcess(process.execPath, ['--import', 'tsx', 'bench/support/echoServer.ts'], {});
    echoPerSecond = await echoRate(echo.url);
    await echo.stop();
    report('echo_requests_per_second', Math.round(echoPerSecond));
  }

  const server = await startServer(open);
  report('server_start_ms', server.startMs);
  const answered = PHASES.has('turns') ? await turnFigures(server, echoPerSecond) : [];
  JIT?.enter('afterRun');
  if (PHASES.has('turns')) for (let round = 2; round <= TURN_ROUNDS; round++) await laterRound(server, round);
  if (PHASES.has('fuzz')) {
    const chat = await conversation(server.url);
    const fuzz = await runFuzz({ baseUrl: server.url, seed: 11, count: 10_000, concurrency: 8, credentials: chat });
    report('fuzz_10000', { byClass: fuzz.byClass, serverErrors: fuzz.serverErrors.length, badBodies: fuzz.badBodies.length });
  }
  await server.stop();
  // Texts its reading threads read, read on the loop instead, taken by a turn; threads started again.
  const counts = READING_COUNTS.pop();
  if (counts)
    report('reading_threads', {
      read: counts.read,
      fellBack: counts.fellBack,
      taken: counts.taken,
      restarts: counts.restarts,
      ...(counts.readOnLoopFirst === undefined ? {} : { readOnLoopFirst: counts.readOnLoopFirst }),
    });
  // The server writes its marks as it exits.
  if (TURN_MARKS_FILE && answered.length > 0) {
    // Mean ms per part: of all turns, of the slowest 1 % (the p99's), of the first wave.
    const marksText = fs.readFileSync(TURN_MARKS_FILE, 'utf8');
    report(`turn_parts_ms_${CONCURRENT}_concurrent`, turnParts(answered, marksText));
    // Counts of order, not rates (round 36): ends held behind other turns, turns overtaken.
    const firstSent = answered.reduce((min, t) => Math.min(min, t.sentAt ?? Infinity), Infinity);
    report(`turn_order_${CONCURRENT}_concurrent`, turnOrder(marksText, firstSent));
    keepOrRemove(TURN_MARKS_FILE, 'marks');
  }
  // Optimisations and deoptimisations by phase; the functions deoptimised after the first 2 s.
  if (JIT && answered.length > 0) report(`jit_${CONCURRENT}_concurrent`, JIT.figures());
  if (GC_MARKS_FILE && answered.length > 0) {
    const timed = answered.filter((a): a is AnsweredTurn & TimedTurn => a.sentAt !== undefined && a.gotAt !== undefined);
    const runStart = timed.reduce((min, t) => Math.min(min, t.sentAt), Infinity);
    // Per kind: count, per 1,000 turns, ms and the longest pause; the same after the first seconds;
    // mean ms of pause inside a turn, all and the slowest 1 %.
    report(`gc_${CONCURRENT}_concurrent`, gcFigures(timed, fs.readFileSync(GC_MARKS_FILE, 'utf8'), runStart, WARM_UP_SECONDS * 1000));
    keepOrRemove(GC_MARKS_FILE, 'gc');
  }
  if (WRITER_MARKS_FILE && answered.length > 0) {
    const runStart = answered.reduce((min, t) => Math.min(min, t.sentAt ?? Infinity), Infinity);
    // The batches from the run's first send on: answer ms per write and by percentile, checkpoints before and after answers.
    report(
      `writer_${CONCURRENT}_concurrent`,
      writerFigures(fs.existsSync(WRITER_MARKS_FILE) ? fs.readFileSync(WRITER_MARKS_FILE, 'utf8') : '', runStart),
    );
    keepOrRemove(WRITER_MARKS_FILE, 'writer');
  }
}

/**
 * With BENCH_LATENCIES_FILE the server's raw marks are kept beside it (`<file>.marks.tsv`,
 * `<file>.gc.tsv`, `<file>.writer.tsv`), to follow single turns and waves on one clock; otherwise they are removed.
 */
function keepOrRemove(file: string, kind: 'marks' | 'gc' | 'writer'): void {
  if (LATENCIES_FILE) fs.renameSync(file, `${LATENCIES_FILE}.${kind}.tsv`);
  else fs.rmSync(file, { force: true });
}

/** Returns the concurrent run's answers (for turnParts once the server has exited). */
async function turnFigures(server: Proc, echoPerSecond: number): Promise<AnsweredTurn[]> {
  const { url } = server;
  const alone = await turns(url, 1);
  report('one_turn_alone_ms_p50', Math.round(alone.p50 * 10) / 10);
  const pid = server.child.pid!;
  let cpuBefore = 0;
  let loopCpuBefore = 0;
  let threadsBefore = new Map<string, number>();
  let benchBefore = process.cpuUsage();
  let firstWaveLoopCpu = NaN;
  /** Per thread name, CPU ms when the first CONCURRENT turns were answered. */
  let threadsAtFirstWave = new Map<string, number>();
  const loaded = await turns(
    url,
    CONCURRENT,
    () => {
      if (SHOW_SERVER_OUTPUT) console.error('== concurrent run');
      JIT?.enter('concurrentFirst2s');
      setTimeout(() => JIT?.enter('concurrentAfter2s'), WARM_UP_SECONDS * 1000).unref();
      cpuBefore = cpuMs(pid);
      loopCpuBefore = mainThreadCpuMs(pid);
      threadsBefore = threadCpuMs(pid);
      benchBefore = process.cpuUsage();
      // Starts the server's allocation sampling (BENCH_ALLOC).
      if (ALLOC_SAMPLE_FILE) server.child.kill('SIGUSR2');
    },
    () => {
      firstWaveLoopCpu = mainThreadCpuMs(pid) - loopCpuBefore;
      threadsAtFirstWave = threadCpuMs(pid);
      if (SHOW_SERVER_OUTPUT) console.error(`== first ${CONCURRENT} answered`);
    },
  );
  const cpuUsed = cpuMs(pid) - cpuBefore;
  const loopCpuUsed = mainThreadCpuMs(pid) - loopCpuBefore;
  const benchUsed = process.cpuUsage(benchBefore);
  const perTurn = (ms: number) => Math.round((ms / Math.max(1, loaded.count)) * 1000) / 1000;
  const threadsAfter = threadCpuMs(pid);
  const threads = Object.fromEntries([...threadsAfter].map(([name, ms]) => [name, perTurn(ms - (threadsBefore.get(name) ?? 0))]));
  const afterFirstWave = Math.max(1, loaded.count - CONCURRENT);
  const threadsLater = Object.fromEntries(
    [...threadsAfter].map(([name, ms]) => [
      name,
      Math.round(((ms - (threadsAtFirstWave.get(name) ?? NaN)) / afterFirstWave) * 1000) / 1000,
    ]),
  );
  report(`turns_per_second_${CONCURRENT}_concurrent`, Math.round(loaded.perSecond));
  report('turns_to_echo_ratio', Math.round((loaded.perSecond / echoPerSecond) * 1000) / 1000);
  report(`p50_ms_${CONCURRENT}_concurrent`, Math.round(loaded.p50));
  report(`p99_ms_${CONCURRENT}_concurrent`, Math.round(loaded.p99));
  // Where the tail is: all conversations send their first message at once to a server that has
  // run one conversation so far; the figure above counts that first wave, these show it apart.
  report(`p99_ms_${CONCURRENT}_concurrent_by_second`, loaded.p99BySecond);
  report(`p99_ms_${CONCURRENT}_concurrent_after_${WARM_UP_SECONDS}s`, Math.round(loaded.p99AfterWarmUp));
  // Whether the slowest 1 % are slow with their whole wave (their send window's median) or alone
  // (their excess over it): support/waveSpread.ts.
  report(
    `tail_in_wave_ms_${CONCURRENT}_concurrent`,
    waveSpread(loaded.answered.flatMap((t) => (t.sentAt === undefined ? [] : [{ sentAt: t.sentAt, ms: t.ms }]))),
  );
  report('turn_errors', loaded.errors);
  report('turn_errors_by_status', loaded.notOk);
  report('server_cpu_ms_per_turn', Math.round((cpuUsed / Math.max(1, loaded.count)) * 100) / 100);
  // The event loop's share: what bounds turns per second on one core (the writer thread runs beside it).
  report('server_event_loop_cpu_ms_per_turn', Math.round((loopCpuUsed / Math.max(1, loaded.count)) * 100) / 100);
  // The same until the first CONCURRENT turns were answered (about the first wave, which pays for
  // code not compiled yet): what the start-up warm-up should lower, whatever the load does to latencies.
  report(`server_event_loop_cpu_ms_per_turn_first_${CONCURRENT}`, Math.round((firstWaveLoopCpu / CONCURRENT) * 100) / 100);
  // Where the rest goes (the store's writer, V8's helper threads, libuv's pool), and what this
  // client itself costs: on a two-core machine it takes CPU from the server too.
  report('server_thread_cpu_ms_per_turn', threads);
  // The same after the first CONCURRENT answers: V8's helpers ("node") still busy then are collecting
  // or still compiling in the steady state (ADR 0002 round 26), not only paying for the start.
  report(`server_thread_cpu_ms_per_turn_after_first_${CONCURRENT}`, threadsLater);
  report('bench_client_cpu_ms_per_turn', perTurn((benchUsed.user + benchUsed.system) / 1000));
  report('load_average_1min', Math.round(os.loadavg()[0]! * 10) / 10);
  // Its warnings so far by event (a reading thread started again, a slow commit, …): none is the norm.
  report('server_warnings', Object.fromEntries(SERVER_WARNINGS));
  if (ALLOC_SAMPLE_FILE) report(`allocation_${CONCURRENT}_concurrent`, await allocationOfRun(server, loaded.count));
  return loaded.answered;
}

/**
 * A later concurrent run on the same server (BENCH_TURN_ROUNDS): its rate, latencies and the
 * server's CPU per turn, by thread too. Its optimisations count in the JIT figures' `afterRun`.
 */
async function laterRound(server: Proc, round: number): Promise<void> {
  const pid = server.child.pid!;
  let cpuBefore = 0;
  let loopCpuBefore = 0;
  let threadsBefore = new Map<string, number>();
  const run = await turns(server.url, CONCURRENT, () => {
    if (SHOW_SERVER_OUTPUT) console.error(`== concurrent run, round ${round}`);
    cpuBefore = cpuMs(pid);
    loopCpuBefore = mainThreadCpuMs(pid);
    threadsBefore = threadCpuMs(pid);
  });
  const count = Math.max(1, run.count);
  const perTurn = (ms: number) => Math.round((ms / count) * 1000) / 1000;
  const threads = Object.fromEntries([...threadCpuMs(pid)].map(([name, ms]) => [name, perTurn(ms - (threadsBefore.get(name) ?? 0))]));
  report(`turns_per_second_${CONCURRENT}_concurrent_round${round}`, Math.round(run.perSecond));
  report(`p50_ms_${CONCURRENT}_concurrent_round${round}`, Math.round(run.p50));
  report(`p99_ms_${CONCURRENT}_concurrent_round${round}`, Math.round(run.p99));
  report(`p99_ms_${CONCURRENT}_concurrent_after_${WARM_UP_SECONDS}s_round${round}`, Math.round(run.p99AfterWarmUp));
  report(`turn_errors_round${round}`, run.errors);
  report(`server_cpu_ms_per_turn_round${round}`, Math.round(((cpuMs(pid) - cpuBefore) / count) * 100) / 100);
  report(`server_event_loop_cpu_ms_per_turn_round${round}`, Math.round(((mainThreadCpuMs(pid) - loopCpuBefore) / count) * 100) / 100);
  report(`server_thread_cpu_ms_per_turn_round${round}`, threads);
  report(`load_average_1min_round${round}`, Math.round(os.loadavg()[0]! * 10) / 10);
}

/** Stops the server's allocation sampling (its second SIGUSR2) and reads the profile it writes. */
async function allocationOfRun(server: Proc, turnsAnswered: number): Promise<AllocationFigures | string> {
  const file = ALLOC_SAMPLE_FILE!;
  server.child.kill('SIGUSR2');
  for (let waited = 0; !fs.existsSync(file); waited += 100) {
    if (waited >= 30_000) return 'no profile within 30 s';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { head: SampledNode };
  fs.rmSync(file, { force: true });
  return allocationFigures(profile.head, turnsAnswered);
}

/** Waves per set of conversations in the `waves` phase. */
const WAVES = Number(process.env.BENCH_WAVES ?? 6);
/**
 * Idle milliseconds before each wave (`BENCH_WAVE_PAUSE_MS`, default 0): with a pause every wave is
 * a stretch of its own in a `--cpu-prof` profile of the server, to compare waves function by function.
 */
const WAVE_PAUSE_MS = Number(process.env.BENCH_WAVE_PAUSE_MS ?? 0);

/**
 * The `waves` phase (not in the default run): what the first waves after a start cost that later
 * ones do not. CONCURRENT conversations send WAVES waves of one message each, a wave only when the
 * last one is answered (all at once, as the first wave of the concurrent run); then CONCURRENT new
 * conversations do the same on the same process. Per wave: the event loop's and the whole
 * process's CPU per turn (from /proc) and the wave's wall time. A cost the second set's waves do
 * not pay is the process's (code not yet optimised, a young heap), not the new conversations'
 * (ADR 0002 round 22: wave 2 was the dearest).
 */
async function waveCosts(open: Record<string, string>): Promise<void> {
  const server = await startServer(open);
  report('server_start_ms', server.startMs);
  const pid = server.child.pid!;
  for (const set of [1, 2]) {
    const chats = await openConversations(server.url, CONCURRENT);
    for (let wave = 1; wave <= WAVES; wave++) {
      if (WAVE_PAUSE_MS > 0) await new Promise((resolve) => setTimeout(resolve, WAVE_PAUSE_MS));
      const loopBefore = mainThreadCpuMs(pid);
      const processBefore = cpuMs(pid);
      const began = performance.now();
      const answers = await Promise.all(
        chats.map((chat, i) =>
          request(
            server.url,
            'POST',
            `/v3/directline/conversations/${chat.conversationId}/activities`,
            { type: 'message', text: MESSAGES[(i + wave) % MESSAGES.length] },
            chat.token,
          ),
        ),
      );
      const perTurn = (ms: number) => Math.round((ms / CONCURRENT) * 100) / 100;
      report(`wave_cpu_ms_per_turn_set_${set}_wave_${wave}`, {
        loop: perTurn(mainThreadCpuMs(pid) - loopBefore),
        process: perTurn(cpuMs(pid) - processBefore),
        wallMs: Math.round(performance.now() - began),
        errors: answers.filter((a) => a.status !== 200).length,
      });
    }
  }
  report('load_average_1min', Math.round(os.loadavg()[0]! * 10) / 10);
  await server.stop();
}

async function idleMemory(open: Record<string, string>): Promise<void> {
  const inspector = new InspectorAddress();
  const idle = await startServer(open, inspector);
  const before = rssMb(idle.child.pid!);
  const began = Date.now();
  for (let i = 0; i < IDLE; i += 50) await Promise.all(Array.from({ length: Math.min(50, IDLE - i) }, () => conversation(idle.url)));
  report('idle_conversations', IDLE);
  report('idle_conversations_opened_per_second', Math.round(IDLE / ((Date.now() - began) / 1000)));
  report('rss_mb_before_idle', before);
  report('rss_mb_with_idle', rssMb(idle.child.pid!));
  // Idle for a while: V8 gives back heap it grew while the conversations were being opened.
  await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
  report(`rss_mb_with_idle_after_${IDLE_WAIT_MS / 1000}s`, rssMb(idle.child.pid!));
  // The figures above include whatever garbage V8 has not collected yet (after a burst it may wait
  // for a long time: its old-space limit grew during the burst); these do not. The inspector that
  // asks for the collection costs a few MB itself, so this RSS is a little above the live data's.
  const heap = await collectGarbage(idle.child.pid!, inspector);
  report('rss_mb_with_idle_after_forced_gc', rssMb(idle.child.pid!));
  // Where that RSS is: malloc's (main heap, the other threads' arenas), files, V8's pages and the rest.
  report('rss_mb_by_mapping_after_forced_gc', smapsSummary(idle.child.pid!));
  report('heap_mb_with_idle_after_forced_gc', { used: heap.heapUsedMb, total: heap.heapTotalMb, external: heap.externalMb });
  await idle.stop();
}

async function flood(): Promise<void> {
  const guarded = await startServer({});
  const health = await healthDuringFlood(guarded.url);
  // The server's answer time: asked from a process that does nothing else.
  report('healthz_ms_during_flood_p50', Math.round(health.separate.p50 * 10) / 10);
  report('healthz_ms_during_flood_p99', Math.round(health.separate.p99 * 10) / 10);
  report('healthz_ms_during_flood_max', Math.round(health.separate.max * 10) / 10);
  report('healthz_during_flood_slowest_ms_at_s', health.slowest);
  // As measured before round 11: from the flooding process itself, whose own work delays it.
  report('healthz_ms_during_flood_same_process_p99', Math.round(health.sameProcess.p99 * 10) / 10);
  report('healthz_ms_during_flood_same_process_max', Math.round(health.sameProcess.max * 10) / 10);
  report('load_average_1min', Math.round(os.loadavg()[0]! * 10) / 10);
  report('flood_answers', health.floodAnswers);
  await guarded.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
