/**
 * Bytes a first look of the 2,000-character message allocates (issue 11): the bench's message
 * (recognizer.bench.ts), after the corpus warm-up. Counts do not move with the host's load, so
 * this is the figure a shared machine can compare between two trees.
 *
 * - `bytesPerLook`: `heapUsed` after a look minus before, over looks that no collection
 *   overlapped (a `gc` entry, or heapUsed falling), median and spread.
 * - `collectionsPer1000Looks`: the collections V8 reports over 1,000 looks alone, by kind.
 * - `bySite` (ALLOC_SITES=N, default 25): V8's sampling heap profiler over 200 looks, collected
 *   objects kept, so it counts what was allocated; self bytes per function and place, share of all.
 * - `byPath` (ALLOC_PATHS=N, default 0): the same samples by the site and its nearest callers
 *   (ALLOC_DEPTH frames, default 3), so one site reached from two readers is told apart.
 */
import inspector from 'node:inspector';
import path from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { loadLabelledFile, splitCorpus } from '../src/nlu/corpus';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { loadCorpus } from '../src/nlu/model/sources';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';

const LOOKS = 400;
const SAMPLED_LOOKS = 200;
const COUNTED_LOOKS = 1000;

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const messages = [...loadLabelledFile(path.join(root, 'tests/eval/nlu.jsonl')), ...splitCorpus(loadCorpus(root)).dev];
  const safety = new SafetyScreen();
  const local = createLocalRecognizer({ screen: safety });
  const understander = createUnderstander({ safety, recognizer: local, local });
  for (const m of messages) {
    const first = understander.firstLook(m.text, { locale: m.locale });
    await understander.understand(m.text, first, { locale: m.locale });
  }
  const story = messages
    .map((m) => m.text)
    .join(' ')
    .slice(0, 2000);
  for (let i = 0; i < 100; i++) understander.firstLook(story, { locale: 'nl' });

  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  const bytes: number[] = [];
  for (let i = 0; i < LOOKS; i++) {
    const seen = collections;
    const before = process.memoryUsage().heapUsed;
    understander.firstLook(story, { locale: 'nl' });
    const after = process.memoryUsage().heapUsed;
    // The observer reports on a later tick: a look counted clean here may still be dropped below.
    if (after > before && collections === seen) bytes.push(after - before);
    await new Promise((resolve) => setImmediate(resolve));
  }
  observer.disconnect();
  bytes.sort((a, b) => a - b);
  const at = (p: number) => Math.round(bytes[Math.min(bytes.length - 1, Math.floor(p * bytes.length))]! / 1024);

  // Collections in a run of looks alone: how often a look meets one depends on the bytes, not on the host's load.
  const kinds = new Map<string, number>();
  const counter = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      const name =
        kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'scavenges' : kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : 'other';
      kinds.set(name, (kinds.get(name) ?? 0) + 1);
    }
  });
  counter.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < COUNTED_LOOKS; i++) understander.firstLook(story, { locale: 'nl' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  counter.disconnect();

  const session = new inspector.Session();
  session.connect();
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < SAMPLED_LOOKS; i++) understander.firstLook(story, { locale: 'nl' });
  const { profile } = await post<{ profile: { head: ProfileNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const sites = new Map<string, number>();
  const paths = new Map<string, number>();
  const depth = Number(process.env.ALLOC_DEPTH ?? 3);
  let total = 0;
  // A built-in's bytes (`push`, `Set`, `join`: no script of their own) count for the function that called it.
  const walk = (n: ProfileNode, caller: string, callers: readonly string[]) => {
    const f = n.callFrame;
    const own = `${f.functionName || '(anonymous)'} ${path.relative(root, f.url.replace(/^file:\/\//, ''))}`;
    const key = f.url === '' ? `${caller} (${f.functionName})` : own;
    sites.set(key, (sites.get(key) ?? 0) + n.selfSize);
    if (n.selfSize > 0) {
      const chain = [key, ...callers.slice(f.url === '' ? 1 : 0, depth + (f.url === '' ? 1 : 0))].join(' < ');
      paths.set(chain, (paths.get(chain) ?? 0) + n.selfSize);
    }
    total += n.selfSize;
    const next = f.url === '' ? callers : [own.replace(/ \S+$/, ''), ...callers];
    for (const child of n.children) walk(child, f.url === '' ? caller : own, next);
  };
  walk(profile.head, '(root)', []);
  const share = (n: number, site: string) =>
    `${((100 * n) / total).toFixed(1).padStart(5)} % ${Math.round(n / SAMPLED_LOOKS / 1024)} KB ${site}`;
  const largest = (m: Map<string, number>, count: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([site, n]) => share(n, site));
  const top = Number(process.env.ALLOC_SITES ?? 25);
  console.log(
    JSON.stringify(
      {
        bytesPerLookKB: { clean: bytes.length, of: LOOKS, p10: at(0.1), median: at(0.5), p90: at(0.9) },
        collectionsPer1000Looks: Object.fromEntries([...kinds].map(([k, n]) => [k, Math.round((n * 1000) / COUNTED_LOOKS)])),
        sampledKBPerLook: Math.round(total / SAMPLED_LOOKS / 1024),
        bySite: largest(sites, top),
        ...(paths.size > 0 && Number(process.env.ALLOC_PATHS ?? 0) > 0 ? { byPath: largest(paths, Number(process.env.ALLOC_PATHS)) } : {}),
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
