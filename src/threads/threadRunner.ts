/**
 * Entry of a thread started by `startBundledThread` (threadBundle.ts): runs the entry named in its
 * workerData from the entry's bundle with V8's code cache when the bundle is current, else the entry
 * itself, as a thread started on it directly would.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { threadId, workerData } from 'node:worker_threads';
import { bundleFilesOf, currentBundle, writeCodeCache, type BundledProgram } from './threadBundle';

const entry = entryOf(workerData);
const requireFromEntry = createRequire(entry);
const bundle = currentBundle(entry);
if (bundle === undefined) {
  requireFromEntry(entry);
} else {
  const files = bundleFilesOf(entry);
  const script = new vm.Script(bundle.source, { filename: files.script, cachedData: bundle.cache });
  const program = script.runInThisContext() as BundledProgram;
  // The entry's own require and paths: modules find the project's files from them (paths.ts).
  const module = { exports: {} };
  program(requireFromEntry, module, module.exports, entry, path.dirname(entry));
  // Taken after the entry's warm-up ran, so the cache holds the functions it compiled too.
  if (bundle.cache === undefined || script.cachedDataRejected === true) writeCodeCache(files.cache, script.createCachedData(), threadId);
}

function entryOf(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'entry' in data && typeof data.entry === 'string' && data.entry.endsWith('.js'))
    return data.entry;
  throw new Error('threadRunner needs workerData { entry: a compiled .js file }.');
}
