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

/**
 * Phones a few years old: Safari 15 and Chrome 90 run ES2020 without transpiling. The chat checks
 * the server's answers with zod/mini, whose destructuring cannot be lowered for Safari 14; every
 * iPhone that ran iOS 14 can run iOS 15.
 */
const CITIZEN_TARGET = ['es2020', 'safari15', 'chrome90', 'firefox90'];
/**
 * Staff pages (`staff-*` entries) run on the organisation's laptops with current browsers; zod's
 * destructuring cannot be lowered for Safari 14, so they start at Safari 15.
 */
const STAFF_TARGET = ['es2020', 'safari15', 'chrome90', 'firefox90'];

export function isStaffEntry(file: string): boolean {
  return path.basename(file).startsWith('staff-');
}

export async function buildBrowserBundles(options: BundleOptions): Promise<BuiltBundle[]> {
  const entries = browserEntries(options.root);
  fs.mkdirSync(options.outDir, { recursive: true });
  const groups = [
    { entryPoints: entries.filter((e) => !isStaffEntry(e)), target: CITIZEN_TARGET },
    { entryPoints: entries.filter(isStaffEntry), target: STAFF_TARGET },
  ].filter((g) => g.entryPoints.length > 0);
  const built: BuiltBundle[] = [];
  for (const group of groups) {
    const result = await build({
      entryPoints: group.entryPoints,
      outdir: options.outDir,
      bundle: true,
      // One classic script per page: no module loader, and each page's CSP nonce covers it.
      format: 'iife',
      target: group.target,
      platform: 'browser',
      minify: options.minify ?? true,
      legalComments: 'none',
      metafile: true,
      logLevel: 'silent',
    });
    for (const [file, output] of Object.entries(result.metafile.outputs)) built.push({ name: path.basename(file), bytes: output.bytes });
  }
  return built.sort((a, b) => a.name.localeCompare(b.name));
}
