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

/**
 * Folders of data the model code reads at run time rather than imports (the gazetteer, the name and
 * word lists behind the neutral units of the word features): an import walk cannot see a file read,
 * so they are named here, and a test holds the list of the closure's file readers to the ones that
 * read from these folders or read inputs hashed apart (the corpus, the model itself).
 */
export const MODEL_DATA_DIRS: readonly string[] = ['src/geo/data', 'src/anonymiser/data'];

/** The data files of MODEL_DATA_DIRS (their notes in Markdown left out), as root-relative posix paths, sorted. */
export function modelDataFiles(root: string): string[] {
  return MODEL_DATA_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => `${dir}/${entry.name}`),
  ).sort();
}

/** The data files for a source hash: named by path, their bytes as base64 (one is a binary Bloom filter). */
export function modelDataContents(root: string): { name: string; content: string }[] {
  return modelDataFiles(root).map((name) => ({ name, content: fs.readFileSync(path.join(root, name)).toString('base64') }));
}
