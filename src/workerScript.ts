/**
 * A worker thread's program when the code runs from TypeScript sources (jest, tsx scripts): the
 * worker's entry and the modules it imports bundled into one script by esbuild, packages left to
 * node_modules. Starting a thread through tsx's require hook instead cost 0.3–0.7 s per thread
 * under jest (the hook and a transform of every module, in every thread); the bundle is made once
 * per entry and module instance and starts about as fast as the compiled file that `npm start`
 * runs. It is made from the sources at hand, so a test never runs an older thread than the code
 * under test. Only code run from sources loads this module (and esbuild): the build never does.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';

const bundled = new Map<string, string>();

/** The script for `new Worker(script, { eval: true })` that runs the TypeScript file `entry`. */
export function workerScript(entry: string): string {
  let code = bundled.get(entry);
  if (code === undefined) {
    code = bundle(entry);
    bundled.set(entry, code);
  }
  return code;
}

function bundle(entry: string): string {
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
  // An eval'd worker resolves `require` from the working directory and has no file of its own: the
  // bundle gets a `require` that resolves packages from the entry's folder, as the sources do, and
  // the entry's folder as `__dirname`, from which modules find the project's data files.
  const args = [
    `require('node:module').createRequire(${JSON.stringify(entry)})`,
    JSON.stringify(path.dirname(entry)),
    JSON.stringify(entry),
  ];
  return `(function (require, __dirname, __filename) {\n${file.text}\n})(${args.join(', ')});`;
}
