/**
 * What the server allocates per turn and where (`BENCH_ALLOC=1`, support/allocSample.cjs): a V8
 * sampling heap profile of the concurrent run, its bytes per turn by allocating function (self) and
 * by area (a folder of ours, a dependency, Node itself). Sampled bytes, not times: the host's load
 * moves them far less than rates, so two trees can be compared by them.
 */

/** The parts of a `HeapProfiler.SamplingHeapProfile` read here. */
export interface SampledNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampledNode[];
}

export interface AllocationFigures {
  kbPerTurn: number;
  /** The allocating functions with the most bytes, most first: KB per turn and share of all bytes. */
  sites: Array<{ site: string; kbPerTurn: number; share: number }>;
  /**
   * The same by area: `src/<folder>`, `dialogs`, `npm:<package>`, `node`; a built-in's bytes count for
   * its caller's area (`(vm)` only without one).
   */
  areas: Array<{ area: string; kbPerTurn: number; share: number }>;
}

/** The path inside the project or a package: `src/bot/x.js`, `botbuilder-core/lib/y.js`, `node:z`. */
function where(url: string): string {
  const project = /\/dist\/server\/(.*)$/.exec(url);
  if (project) return project[1]!;
  const dependency = /\/node_modules\/(.*)$/.exec(url);
  if (dependency) return dependency[1]!;
  return url;
}

export function areaOf(url: string): string {
  if (url === '') return '(vm)';
  if (url.startsWith('node:')) return 'node';
  const dependency = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) return `npm:${dependency[1]}`;
  const project = /\/dist\/server\/(src\/[^/]+|dialogs)\//.exec(url);
  if (project) return project[1]!;
  return where(url);
}

export function allocationFigures(head: SampledNode, turns: number, top = 15): AllocationFigures {
  const bySite = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  const siteOf = (frame: SampledNode['callFrame']) => `${frame.functionName || '(anonymous)'} ${where(frame.url)}:${frame.lineNumber + 1}`;
  // A built-in (`replace`, a generator's `next`, `Map`) has no script: its bytes are its caller's,
  // the nearest frame with one, named beside it.
  const visit = (node: SampledNode, caller: SampledNode['callFrame'] | null) => {
    const frame = node.callFrame;
    if (node.selfSize > 0) {
      const site =
        frame.url !== '' ? siteOf(frame) : `${frame.functionName || '(anonymous)'}${caller === null ? '' : ` < ${siteOf(caller)}`}`;
      bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
      const area = areaOf(frame.url !== '' ? frame.url : (caller?.url ?? ''));
      byArea.set(area, (byArea.get(area) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) visit(child, frame.url !== '' ? frame : caller);
  };
  visit(head, null);
  const perTurn = (bytes: number) => Math.round((bytes / 1024 / Math.max(1, turns)) * 10) / 10;
  const share = (bytes: number) => (total === 0 ? 0 : Math.round((bytes / total) * 1000) / 1000);
  const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  return {
    kbPerTurn: perTurn(total),
    sites: ranked(bySite).map(([site, bytes]) => ({ site, kbPerTurn: perTurn(bytes), share: share(bytes) })),
    areas: ranked(byArea).map(([area, bytes]) => ({ area, kbPerTurn: perTurn(bytes), share: share(bytes) })),
  };
}
