/**
 * A worker thread's program shipped as one precompiled script (issue 13: an anonymiser thread's start).
 * `npm run build` bundles a compiled entry (dist/…/poolWorker.js) and every module it loads, packages
 * too, into one script beside it (`<entry>.bundle.js`, threadBundleBuild.ts), with a list of the files
 * it was made from and their digests (`.bundle.json`), and V8's code cache of that script taken after
 * the thread's warm-up (`.bundle.cache`). A thread started through threadRunner.ts then skips what every
 * start of the plain entry repeats: resolving, reading and compiling some hundred module files (zod's
 * alone were a sixth of the start) and compiling the functions its warm-up runs.
 *
 * The bundle is run only while every file it was made from is unchanged (a `tsc` build without the
 * bundle step leaves an older bundle behind): otherwise the thread runs the entry as before. V8 takes
 * the cache only for the same V8 and flags (`npm start`'s `--max-semi-space-size` makes another than a
 * flagless build's); a thread whose cache was missing or refused writes one after its warm-up, for the
 * threads started after it. The cache holds compiled code, never the heap: no text a thread reads.
 *
 * No zod here: this module is loaded before the bundle in every thread, and loading zod was what the
 * bundle saves. The files it reads are this program's own build output, checked by hand below.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The files of an entry's bundle, beside the entry. */
export interface BundleFiles {
  readonly script: string;
  readonly meta: string;
  readonly cache: string;
}

export function bundleFilesOf(entry: string): BundleFiles {
  const base = entry.replace(/\.js$/, '');
  return { script: `${base}.bundle.js`, meta: `${base}.bundle.json`, cache: `${base}.bundle.cache` };
}

/**
 * What the bundle's script evaluates to: its modules' code as one function, called as Node calls a
 * CommonJS module (the entry's code stands at the bundle's top level), with the entry's own paths.
 */
export type BundledProgram = (
  require: NodeJS.Require,
  module: { exports: object },
  exports: object,
  filename: string,
  dirname: string,
) => void;

/** Wraps a bundle's code so that evaluating it gives a `BundledProgram`. */
export function wrapBundle(code: string): string {
  return `(function (require, module, exports, __filename, __dirname) {\n${code}\n})`;
}

export function digestOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * What `.bundle.json` holds: each file of the program the bundle was made from (relative to the
 * entry's folder) with its SHA-256, and each package it took in (its folder, likewise relative) with
 * its version: digesting every package file too cost a thread more than a tenth of what it saves.
 */
export interface BundleMeta {
  readonly files: Readonly<Record<string, string>>;
  readonly packages: Readonly<Record<string, string>>;
}

/** The folder of the package a file belongs to ("…/node_modules/@scope/name"), or undefined for the program's own files. */
export function packageFolderOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1]!.startsWith('@') ? at + 3 : at + 2;
  return parts.slice(0, length).join(path.sep);
}

/** A package folder's version from its package.json, or undefined when there is none. */
export function packageVersion(folder: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string'
      ? parsed.version
      : undefined;
  } catch {
    return undefined;
  }
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, v]) => typeof v === 'string') ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}

/** The meta file's content, or undefined when it is absent or not of that shape. */
export function readBundleMeta(file: string): BundleMeta | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('files' in parsed) || !('packages' in parsed)) return undefined;
  const files = stringRecord(parsed.files);
  const packages = stringRecord(parsed.packages);
  if (files === undefined || packages === undefined || Object.keys(files).length === 0) return undefined;
  return { files, packages };
}

/** Whether every file and package the bundle was made from is as it was then. */
export function bundleIsCurrent(meta: BundleMeta, dir: string): boolean {
  for (const [file, digest] of Object.entries(meta.files)) {
    try {
      if (digestOf(path.resolve(dir, file)) !== digest) return false;
    } catch {
      return false;
    }
  }
  return Object.entries(meta.packages).every(([folder, version]) => packageVersion(path.resolve(dir, folder)) === version);
}

/** The code a thread of `entry` should run: the bundle and its cache when the bundle is current, else undefined. */
export function currentBundle(entry: string): { source: string; cache: Buffer | undefined } | undefined {
  const files = bundleFilesOf(entry);
  const meta = readBundleMeta(files.meta);
  if (meta === undefined || !bundleIsCurrent(meta, path.dirname(entry))) return undefined;
  let source: string;
  try {
    source = fs.readFileSync(files.script, 'utf8');
  } catch {
    return undefined;
  }
  let cache: Buffer | undefined;
  try {
    cache = fs.readFileSync(files.cache);
  } catch {
    cache = undefined;
  }
  return { source, cache };
}

/** Writes a code cache whole or not at all (threads started together may write at once); a failure only costs the next start. */
export function writeCodeCache(file: string, data: Buffer, threadId: number): void {
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/** The thread entry that runs a bundle or, without a current one, the entry itself (threadRunner.ts, compiled beside this file). */
export const THREAD_RUNNER = path.join(__dirname, 'threadRunner.js');

/**
 * Starts a thread that runs `entry` (a compiled `.js` file), from its bundle when that is current.
 * Without `options.execArgv` the thread takes the process's options, less tsx's (`withoutTsx`) where
 * Node takes the rest as a thread's: a list given to a thread may not hold a V8 or process option
 * (`--expose-gc`, `--max-semi-space-size`), which a thread inherits only when given no list.
 */
export function startBundledThread(entry: string, options: WorkerOptions = {}, runner: string = THREAD_RUNNER): Worker {
  if (options.execArgv === undefined) {
    const kept = withoutTsx(process.execArgv);
    if (kept.length < process.execArgv.length) {
      try {
        return new Worker(runner, { ...options, execArgv: kept, workerData: { entry } });
      } catch (err) {
        if (!isInvalidExecArgv(err)) throw err;
      }
    }
  }
  return new Worker(runner, { ...options, workerData: { entry } });
}

function isInvalidExecArgv(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ERR_WORKER_INVALID_EXEC_ARGV';
}

/** Node's options that load a module before the program, each followed by the module. */
const PRELOAD_OPTIONS = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);

/**
 * `execArgv` without the preloads that load tsx (a module path inside its package, or the package by
 * name): a process run by tsx (the benches, `npm run helpline`) hands its threads tsx's require hook
 * and ESM loader, and each thread then loaded them and registered the loader, though it
 * runs compiled JavaScript only (about a tenth of a thread's start CPU, ADR 0009, round 51). Every
 * other option, an operator's `--require` among them, goes to the thread as before.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const option = execArgv[i]!;
    const joined = option.indexOf('=');
    const name = joined > 0 ? option.slice(0, joined) : option;
    if (PRELOAD_OPTIONS.has(name)) {
      const module = joined > 0 ? option.slice(joined + 1) : execArgv[i + 1];
      if (module !== undefined && isTsx(module)) {
        if (joined < 0) i++;
        continue;
      }
    }
    kept.push(option);
  }
  return kept;
}

function isTsx(module: string): boolean {
  return module === 'tsx' || module.startsWith('tsx/') || /[\\/]node_modules[\\/]tsx[\\/]/.test(module);
}
