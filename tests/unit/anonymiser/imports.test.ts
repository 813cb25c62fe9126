/**
 * The anonymiser's modules import one another without a circle (type-only imports included): a
 * circle makes the load order decide which module sees the other half-initialised, and keeps the
 * modules from being read, tested or replaced one at a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DIRS = [join(ROOT, 'src', 'anonymiser'), join(ROOT, 'src', 'geo')];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function target(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this form of the path; the next one may exist.
    }
  }
  return undefined;
}

/** Every module's relative imports, as absolute paths of the files they name. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const to = target(file, m[1]!);
      if (to !== undefined) targets.push(to);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Each import circle found by a depth-first walk, as the files along it. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): void => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push(path.slice(at).concat(file));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const to of graph.get(file) ?? []) visit(to);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('anonymiser module imports', () => {
  it('finds a circle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import circle in src/anonymiser and src/geo', () => {
    const graph = importGraph(DIRS.flatMap(sources));
    expect(graph.size).toBeGreaterThan(20);
    const found = circles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' -> '));
    expect(found).toEqual([]);
  });
});
