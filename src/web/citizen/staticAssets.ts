/**
 * The citizen page's own CSS and JavaScript, read once at start-up. Serving only files found in
 * this map (by exact name) rules out path traversal; the content hash gives each URL a version so
 * browsers may cache it for a long time and still pick up a new release.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const STATIC_DIR = path.resolve(__dirname, '..', 'static');

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
}

export class StaticAssets {
  private constructor(private readonly assets: ReadonlyMap<string, StaticAsset>) {}

  static load(dir: string = STATIC_DIR): StaticAssets {
    const assets = new Map<string, StaticAsset>();
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !SAFE_NAME.test(entry.name)) continue;
      const body = fs.readFileSync(path.join(dir, entry.name));
      const contentType = CONTENT_TYPES[path.extname(entry.name)];
      if (!contentType) continue;
      const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
      assets.set(entry.name, { name: entry.name, body, contentType, version });
    }
    return new StaticAssets(assets);
  }

  get(name: string): StaticAsset | undefined {
    return this.assets.get(name);
  }

  /** The versioned URL of an asset; throws at start-up when the page refers to a missing file. */
  url(name: string): string {
    const asset = this.assets.get(name);
    if (!asset) throw new Error(`Static asset ${name} is missing from ${STATIC_DIR}.`);
    return `/static/${name}?v=${asset.version}`;
  }
}
