/**
 * The source files a model's features depend on: the files named, and every file they import
 * (relative imports, followed to the end; `import type` carries no code and is skipped). The hash
 * that marks shipped models stale reads this closure, not a hand-kept list: a list missed
 * src/nlu/model/neutralWords.ts (round 41), so a change to the words it folds would have left the
 * models' hash unchanged and the guarding test green while the features had moved.
 */
import fs from 'node:fs';
import path from 'node:path';

const RELATIVE_IMPORT = /^\s*(import|export)\s+(type\s+)?[^;'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Relative module specifiers of one file's code imports (type-only imports left out). */
export function codeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(RELATIVE_IMPORT)) if (!m[2]) found.push(m[3]!);
  for (const m of text.matchAll(SIDE_EFFECT_IMPORT)) found.push(m[1]!);
  return found;
}

function resolveModule(root: string, from: string, specifier: string): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

/** `entries` and everything they import, as root-relative posix paths, sorted. */
export function codeClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of codeImports(fs.readFileSync(path.join(root, file), 'utf8'))) {
      const target = resolveModule(root, file, specifier);
      if (target === null) throw new Error(`codeClosure: ${file} imports ${specifier}, which is not a file under ${root}`);
      pending.push(target);
    }
  }
  return [...seen].sort();
}
