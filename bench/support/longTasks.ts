/**
 * The longest stretches of work in a CPU profile of the server (`--cpu-prof`), for finding what
 * holds the event loop (e.g. `/healthz`'s max during the flood): every run of samples without an
 * idle one in between, longest first, with the functions that were on the stack most of it.
 * Usage: `npx tsx bench/support/longTasks.ts PROFILE [FROM_SECONDS] [COUNT]`, e.g. after
 * `BENCH_PHASES=flood BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof --cpu-prof-interval=200"
 * npx tsx bench/server.bench.ts`. On a loaded machine a stretch also counts the time the thread was
 * not on a core (the sampler takes the stack when it is back): compare `cpuMs` with `wallMs`, and
 * read it on a quiet machine.
 */
import fs from 'node:fs';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

type Profile = z.infer<typeof profileSchema>;

export interface LongTask {
  /** Seconds from the profile's start. */
  at: number;
  samples: number;
  /** Samples times the median sampling interval. */
  cpuMs: number;
  wallMs: number;
  /** Functions by the samples they were on the stack for (inclusive), most first. */
  onStack: Array<[string, number]>;
  /** Functions by the samples they were running themselves, most first. */
  self: Array<[string, number]>;
}

const IDLE = new Set(['(idle)', '(program)']);

export function longTasks(profile: Profile, fromSeconds = 0, count = 6): LongTask[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const medianUs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
  };
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  const runs: Array<{ start: number; end: number; ids: number[] }> = [];
  let current: { start: number; end: number; ids: number[] } | null = null;
  profile.samples.forEach((id, i) => {
    const time = times[i]!;
    if ((time - profile.startTime) / 1e6 < fromSeconds) return;
    if (IDLE.has(byId.get(id)!.callFrame.functionName)) {
      if (current) runs.push(current);
      current = null;
      return;
    }
    current ??= { start: time, end: time, ids: [] };
    current.ids.push(id);
    current.end = time;
  });
  if (current) runs.push(current);
  runs.sort((a, b) => b.ids.length - a.ids.length);
  return runs.slice(0, count).map((run) => {
    const onStack = new Map<string, number>();
    const self = new Map<string, number>();
    for (const id of run.ids) {
      self.set(name(id), (self.get(name(id)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
        const frame = name(node);
        if (seen.has(frame)) continue;
        seen.add(frame);
        onStack.set(frame, (onStack.get(frame) ?? 0) + 1);
      }
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12);
    return {
      at: Math.round((run.start - profile.startTime) / 1e4) / 100,
      samples: run.ids.length,
      cpuMs: Math.round((run.ids.length * medianUs) / 100) / 10,
      wallMs: Math.round((run.end - run.start) / 100) / 10,
      onStack: top(onStack).filter(([frame]) => !frame.startsWith('(root)')),
      self: top(self),
    };
  });
}

if (require.main === module) {
  const [file, from, count] = process.argv.slice(2);
  if (!file) throw new Error('usage: longTasks PROFILE [FROM_SECONDS] [COUNT]');
  const profile = profileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const task of longTasks(profile, Number(from ?? 0), Number(count ?? 6))) console.log(JSON.stringify(task));
}
