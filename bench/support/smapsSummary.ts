/**
 * A process's resident memory by kind of mapping (Linux /proc/PID/smaps), to tell V8's heaps from
 * the C allocator's: the main thread's malloc heap (`[heap]`, grown by brk), the other threads'
 * malloc arenas (glibc maps each as a 64 MB-aligned region of 64 MB, the part in use read-write and
 * the rest reserved), files (code, shared libraries, the SQLite file), and the other anonymous
 * mappings (V8's pages, stacks, large malloc blocks). Round 34 (ADR 0002): where the RSS outside V8's
 * heap goes after a burst.
 */
import fs from 'node:fs';

export interface SmapsSummary {
  mallocMainMb: number;
  mallocArenasMb: number;
  mallocArenas: number;
  filesMb: number;
  otherAnonymousMb: number;
}

interface Mapping {
  start: bigint;
  end: bigint;
  perms: string;
  path: string;
  rssKb: number;
}

const ARENA_BYTES = 64n * 1024n * 1024n;

export function parseSmaps(text: string): Mapping[] {
  const mappings: Mapping[] = [];
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      mappings.push({ start: BigInt(`0x${head[1]}`), end: BigInt(`0x${head[2]}`), perms: head[3]!, path: head[4]!.trim(), rssKb: 0 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    const last = mappings[mappings.length - 1];
    if (rss && last) last.rssKb = Number(rss[1]);
  }
  return mappings;
}

export function summariseSmaps(mappings: Mapping[]): SmapsSummary {
  let main = 0;
  let arenas = 0;
  let arenaCount = 0;
  let files = 0;
  let other = 0;
  mappings.forEach((m, i) => {
    if (m.path === '[heap]') main += m.rssKb;
    else if (m.path.startsWith('/')) files += m.rssKb;
    else if (isArena(m, mappings[i + 1])) {
      arenas += m.rssKb;
      arenaCount++;
    } else other += m.rssKb;
  });
  const mb = (kb: number) => Math.round(kb / 1024);
  return { mallocMainMb: mb(main), mallocArenasMb: mb(arenas), mallocArenas: arenaCount, filesMb: mb(files), otherAnonymousMb: mb(other) };
}

function isArena(m: Mapping, next: Mapping | undefined): boolean {
  if (m.path !== '' || !m.perms.startsWith('rw') || m.start % ARENA_BYTES !== 0n) return false;
  const reservedEnd = next !== undefined && next.start === m.end && next.perms.startsWith('---') && next.path === '' ? next.end : m.end;
  return reservedEnd - m.start === ARENA_BYTES;
}

export function smapsSummary(pid: number): SmapsSummary {
  return summariseSmaps(parseSmaps(fs.readFileSync(`/proc/${pid}/smaps`, 'utf8')));
}
