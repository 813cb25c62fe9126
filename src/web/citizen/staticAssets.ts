/**
 * The pages' own CSS, images and bundled scripts, read once at start-up: hand-written assets from
 * src/web/static/ and the page scripts esbuild wrote to dist/web/ (`npm run build:web`). Serving
 * only files found in this map (by exact name) rules out path traversal; the content hash gives
 * each URL a version so browsers may cache it for a long time and still pick up a new release.
 * Text assets are compressed once here, so no request pays for it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compressAll, type Compressed } from '../../http/compression';
import { projectRoot } from '../../paths';

// From the project folder, so compiled code (dist/server/) serves the same files as the sources.
export const STATIC_DIR = path.join(projectRoot(), 'src', 'web', 'static');

/** Where `npm run build:web` puts the page scripts. */
export function bundleDir(root: string = projectRoot()): string {
  return path.join(root, 'dist', 'web');
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** Plain names only: no dots at the start, no separators, a known extension. */
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]*\.(css|js|svg|ico|png)$/;

export interface StaticAsset {
  name: string;
  body: Buffer;
  contentType: string;
  /** Short content hash, used as `?v=` and as ETag. */
  version: string;
  /** Brotli and gzip copies, made once at load; absent for images that do not shrink. */
  compressed: Compressed | null;
}

/** Text types shrink a lot; PNG and ICO are compressed already. */
const COMPRESSIBLE = new Set(['.css', '.js', '.svg']);

export class StaticAssets {
  private constructor(private readonly assets: ReadonlyMap<string, StaticAsset>) {}

  /**
   * Reads and compresses every file (brotli at its best setting: the costly part of a start). The
   * composition root loads once for all pages; in-process test starts share one load.
   */
  static load(dirs: readonly string[] = [STATIC_DIR, bundleDir()]): StaticAssets {
    const assets = new Map<string, StaticAsset>();
    for (const dir of dirs) {
      if (!fs.existsSync(dir)) continue;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isFile() || !SAFE_NAME.test(entry.name)) continue;
        const contentType = CONTENT_TYPES[path.extname(entry.name)];
        if (!contentType) continue;
        if (assets.has(entry.name)) throw new Error(`Static asset ${entry.name} exists twice (in ${dir} and another folder).`);
        const body = fs.readFileSync(path.join(dir, entry.name));
        const sha256 = createHash('sha256').update(body).digest('hex');
        const version = sha256.slice(0, 16);
        const compressed = COMPRESSIBLE.has(path.extname(entry.name)) ? compressAll(body) : null;
        assets.set(entry.name, { name: entry.name, body, contentType, version, compressed });
      }
    }
    return new StaticAssets(assets);
  }

  get(name: string): StaticAsset | undefined {
    return this.assets.get(name);
  }

  /** The versioned URL of an asset; throws at start-up when the page refers to a missing file. */
  url(name: string): string {
    const asset = this.assets.get(name);
    if (!asset) {
      const hint = name.endsWith('.js') ? ' Page scripts are built by `npm run build:web`.' : '';
      throw new Error(`Static asset ${name} is missing.${hint}`);
    }
    return `/static/${name}?v=${asset.version}`;
  }
}
