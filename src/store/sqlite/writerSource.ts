/**
 * The writer thread's program when the store runs from TypeScript sources (jest, tsx scripts):
 * writerWorker.ts and the modules it imports bundled into one script by esbuild, packages left to
 * node_modules. Starting the thread through tsx's require hook instead cost
 * 0.3–0.7 s per store under jest (the hook and a transform of every module, in every thread); the
 * bundle is made once per module instance in a few milliseconds and starts about as fast as the
 * compiled writerWorker.js that `npm start` runs. It is made from the sources at hand every time,
 * so a test never runs an older writer than the code under test.
 */
import { buildSync } from 'esbuild';

let bundled: { entry: string; code: string } | null = null;

export function writerWorkerScript(entry: string): string {
  if (bundled?.entry !== entry) bundled = { entry, code: bundle(entry) };
  return bundled.code;
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
  // An eval'd worker resolves `require` from the working directory: the bundle gets one that
  // resolves packages from the entry's folder, as the sources do.
  return `(function (require) {\n${file.text}\n})(require('node:module').createRequire(${JSON.stringify(entry)}));`;
}
