import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { StaticAssets } from '../../../src/web/citizen/staticAssets';

describe('StaticAssets', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-assets-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function copiesOf(assets: StaticAssets, name: string) {
    const compressed = assets.get(name)?.compressed;
    if (!compressed) throw new Error(`${name} has no compressed copies`);
    return compressed;
  }

  it('compresses what is on disk at load: a changed file gets a new version and copies of its new bytes', () => {
    const file = path.join(dir, 'page.js');
    fs.writeFileSync(file, 'console.log("one");\n'.repeat(40));
    const before = StaticAssets.load([dir]);
    const changed = 'console.log("two");\n'.repeat(40);
    fs.writeFileSync(file, changed);
    const after = StaticAssets.load([dir]);
    expect(after.url('page.js')).not.toBe(before.url('page.js'));
    expect(brotliDecompressSync(copiesOf(after, 'page.js').br).toString('utf8')).toBe(changed);
    expect(gunzipSync(copiesOf(after, 'page.js').gzip).toString('utf8')).toBe(changed);
  });

  it('leaves images that are compressed already as they are', () => {
    fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(StaticAssets.load([dir]).get('logo.png')?.compressed).toBeNull();
  });
});
