/**
 * A worker thread's program when the server runs from TypeScript sources (jest, tsx scripts): the
 * entry and the modules it imports bundled into one script by esbuild, packages left to
 * node_modules. Starting the thread through tsx's require hook instead cost 0.3–0.7 s per store
 * under jest (the hook and a transform of every module, in every thread); the bundle is made once
 * per entry and module instance in a few milliseconds (the reading worker's, which holds the
 * screen and the models, in a few tens) and starts about as fast as the compiled `.js` that
 * `npm start` runs. It is made from the sources at hand every time, so a test never runs an older
 * thread than the code under test.
 */
import { buildSync, stop } from 'esbuild';

const bundled = new Map<string, string>();

export function workerScript(entry: string): string {
  let code = bundled.get(entry);
  if (code === undefined) {
    code = bundle(entry);
    bundled.set(entry, code);
  }
  return code;
}

function bundle(entry: string): string {
  // buildSync runs in a thread of esbuild's own that starts esbuild's binary and lives until the
  // process ends: under jest each test file's module registry starts another one, and tearing five of
  // them down made a jest worker miss its 500 ms to exit ("a worker process has failed to exit
  // gracefully"). The bundle is made once per entry, so the thread is stopped after each; the next
  // entry starts it again (tens of milliseconds).
  try {
    return wrap(entry, build(entry));
  } finally {
    void stop();
  }
}

function build(entry: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild gave no output for ${entry}`);
  return file.text;
}

function wrap(entry: string, text: string): string {
  // An eval'd worker resolves `require` from the working directory and has no file of its own: the
  // bundle gets a `require` that resolves packages from the entry's folder, as the sources do, and
  // the entry's `__filename` and `__dirname`, from which modules find the project's files (paths.ts).
  return `(function (require, __filename, __dirname) {\n${text}\n})(require('node:module').createRequire(${JSON.stringify(entry)}), ${JSON.stringify(entry)}, ${JSON.stringify(entry.replace(/[\\/][^\\/]*$/, ''))});`;
}
