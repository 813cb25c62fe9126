import { performance } from 'node:perf_hooks';
import { benchMessages, inConversations, loadAnonymiser, streamedRound } from './anonymiser-workload';
async function main(): Promise<void> {
  const texts = benchMessages();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  const a = await loadAnonymiser();
  new a.Pseudonymiser().anonymise(texts[0]!);
  const start = performance.now() - t0;
  const round = streamedRound(a, inConversations(texts));
  for (let i = 0; i < 5; i++) round();
  const secs = Number(process.env.SECS ?? 8);
  const c0 = process.cpuUsage(); const w0 = performance.now(); let n = 0; const times: number[] = [];
  while (performance.now() - w0 < secs * 1000) { const r0 = process.cpuUsage(); round(); const r = process.cpuUsage(r0); times.push((r.user + r.system) / 1000); n++; }
  const c = process.cpuUsage(c0); const cpu = (c.user + c.system) / 1e6; const wall = (performance.now() - w0) / 1000;
  times.sort((x, y) => x - y);
  console.log(JSON.stringify({ start: Math.round(start), rounds: n, chars, perWall: Math.round(chars * n / wall), perCpu: Math.round(chars * n / cpu), medianRoundCpuMs: Math.round(times[times.length >> 1]!), bestCpuMs: Math.round(times[0]!) }));
}
void main();
