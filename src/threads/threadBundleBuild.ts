/**
 * Makes a thread's bundle at build time (threadBundle.ts): esbuild joins the compiled entry and every
 * module it loads, packages too, into one script; the files it read are listed with their digests; then
 * a thread is started on the bundle so that it writes V8's code cache after its warm-up. Build-time
 * only: the server never loads esbuild.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync, stop } from 'esbuild';
import { bundleFilesOf, digestOf, packageFolderOf, packageVersion, startBundledThread, wrapBundle, type BundleMeta } from './threadBundle';

export interface BuiltBundle {
  scriptBytes: number;
  files: number;
  packages: number;
  cacheBytes: number;
}

/** The program's files with their digests and the packages with their versions, relative to `dir`. */
export function metaOf(inputs: readonly string[], dir: string): BundleMeta {
  const files: Record<string, string> = {};
  const packages: Record<string, string> = {};
  for (const input of inputs) {
    const folder = packageFolderOf(input);
    if (folder === undefined) {
      files[path.relative(dir, input)] = digestOf(input);
      continue;
    }
    const version = packageVersion(folder);
    if (version === undefined) throw new Error(`no version for the package at ${folder}`);
    packages[path.relative(dir, folder)] = version;
  }
  return { files, packages };
}

/**
 * Bundles `entry` (a compiled `.js` file) and makes its code cache by starting it once through
 * `runner` (the compiled threadRunner.js). The thread is ended once the cache is written; an entry
 * that keeps its thread alive (a pool worker) is therefore fine.
 */
export async function buildThreadBundle(entry: string, runner: string, timeoutMs = 60_000): Promise<BuiltBundle> {
  const files = bundleFilesOf(entry);
  for (const file of Object.values(files)) fs.rmSync(file, { force: true });
  const dir = path.dirname(entry);
  let code: string;
  let inputPaths: string[];
  try {
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      metafile: true,
      absWorkingDir: dir,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error(`esbuild gave no output for ${entry}`);
    code = output.text;
    inputPaths = Object.keys(result.metafile.inputs).map((input) => path.resolve(dir, input));
  } finally {
    void stop();
  }
  const meta = metaOf(inputPaths, dir);
  fs.writeFileSync(files.script, wrapBundle(code));
  fs.writeFileSync(files.meta, `${JSON.stringify(meta, null, 1)}\n`);
  await untilCacheWritten(entry, runner, files.cache, timeoutMs);
  return {
    scriptBytes: fs.statSync(files.script).size,
    files: Object.keys(meta.files).length,
    packages: Object.keys(meta.packages).length,
    cacheBytes: fs.statSync(files.cache).size,
  };
}

async function untilCacheWritten(entry: string, runner: string, cache: string, timeoutMs: number): Promise<void> {
  // Plain node in the thread, not the build's loader (tsx): the cache is for a thread of the compiled program.
  const thread = startBundledThread(entry, { execArgv: [] }, runner);
  let failure: unknown = undefined;
  thread.on('error', (err) => (failure = err));
  try {
    const until = Date.now() + timeoutMs;
    while (!fs.existsSync(cache)) {
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
      if (Date.now() > until) throw new Error(`no code cache for ${entry} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await thread.terminate();
  }
}
