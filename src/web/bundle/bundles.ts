/**
 * Bundles the browser code (typed modules under src/web/browser/) into one script per page with
 * esbuild, at build time. Each file in src/web/browser/entries/ is one page script; the output
 * keeps its name (`quick-exit.ts` becomes `quick-exit.js`) so pages refer to stable names and
 * StaticAssets versions them by content hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export interface BundleOptions {
  /** The project folder (holding src/ and package.json). */
  root: string;
  /** Where the page scripts go; StaticAssets serves from here. */
  outDir: string;
  /** Minified for serving; readable for debugging. */
  minify?: boolean;
}

export interface BuiltBundle {
  name: string;
  bytes: number;
}

export function browserEntries(root: string): string[] {
  const dir = path.join(root, 'src', 'web', 'browser', 'entries');
  return fs
    .readdirSync(dir)
    .filter((name) => /^[a-z0-9][a-z0-9-]*\.ts$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function buildBrowserBundles(options: BundleOptions): Promise<BuiltBundle[]> {
  const entryPoints = browserEntries(options.root);
  fs.mkdirSync(options.outDir, { recursive: true });
  const result = await build({
    entryPoints,
    outdir: options.outDir,
    bundle: true,
    // One classic script per page: no module loader, and each page's CSP nonce covers it.
    format: 'iife',
    // Phones a few years old: Safari 15 and Chrome 90 run ES2020 without transpiling. (Safari 14
    // needs a destructuring work-around that esbuild cannot apply to zod; every iPhone that ran
    // iOS 14 can run iOS 15.)
    target: ['es2020', 'safari15', 'chrome90', 'firefox90'],
    platform: 'browser',
    minify: options.minify ?? true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.entries(result.metafile.outputs)
    .map(([file, output]) => ({ name: path.basename(file), bytes: output.bytes }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
