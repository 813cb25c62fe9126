import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFilesOf, currentBundle, packageFolderOf, readBundleMeta, startBundledThread } from '../../../src/threads/threadBundle';
import { buildThreadBundle } from '../../../src/threads/threadBundleBuild';
import { workerScript } from '../../../src/threads/workerSource';

interface Answer {
  value: string;
  dirname: string;
  filename: string;
}

/** A compiled program of three files (its entry, a module of its own, a package) in a folder of its own. */
function writeProgram(dir: string, value: string): string {
  fs.mkdirSync(path.join(dir, 'node_modules', 'greeting'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'node_modules', 'greeting', 'package.json'),
    JSON.stringify({ name: 'greeting', version: '1.0.0', main: 'index.js' }),
  );
  fs.writeFileSync(path.join(dir, 'node_modules', 'greeting', 'index.js'), "exports.greet = (v) => 'hello ' + v;\n");
  fs.writeFileSync(path.join(dir, 'part.js'), `exports.value = ${JSON.stringify(value)};\n`);
  const entry = path.join(dir, 'entry.js');
  fs.writeFileSync(
    entry,
    [
      "const { parentPort } = require('node:worker_threads');",
      "const { greet } = require('greeting');",
      "const { value } = require('./part');",
      'parentPort.postMessage({ value: greet(value), dirname: __dirname, filename: __filename });',
    ].join('\n'),
  );
  return entry;
}

async function answerOf(entry: string, runner: string): Promise<Answer> {
  const thread = startBundledThread(entry, {}, runner);
  // Listened for from the start: a thread that ends at once can have its message and its exit
  // emitted in one go, before a listener attached after the message would be there (CI hung on it).
  const ended = new Promise((resolve) => thread.once('exit', resolve));
  try {
    return await new Promise<Answer>((resolve, reject) => {
      thread.once('message', resolve);
      thread.once('error', reject);
    });
  } finally {
    // The runner writes a missing cache right after the program's top level: wait for the thread's end.
    await ended;
  }
}

describe('threadBundle', () => {
  let dir: string;
  let runner: string;
  let entry: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-bundle-'));
    // The runner as the build compiles it: one CommonJS file (from the sources here, as jest runs them).
    runner = path.join(dir, 'runner.js');
    fs.writeFileSync(runner, workerScript(path.resolve(__dirname, '../../../src/threads/threadRunner.ts')));
  });

  beforeEach(() => {
    const app = fs.mkdtempSync(path.join(dir, 'app-'));
    entry = writeProgram(app, 'one');
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('bundles the program with the digests of its own files, the versions of its packages and a code cache', async () => {
    const built = await buildThreadBundle(entry, runner);
    const files = bundleFilesOf(entry);
    expect(readBundleMeta(files.meta)).toEqual({
      files: { 'entry.js': expect.any(String), 'part.js': expect.any(String) },
      packages: { [path.join('node_modules', 'greeting')]: '1.0.0' },
    });
    expect(built).toMatchObject({ files: 2, packages: 1 });
    expect(built.cacheBytes).toBeGreaterThan(0);
    expect(currentBundle(entry)?.cache?.length).toBe(built.cacheBytes);
  });

  it("runs the bundle, not the entry's files, while they are as they were, with the entry's own paths", async () => {
    await buildThreadBundle(entry, runner);
    const files = bundleFilesOf(entry);
    // Marks the bundle apart from the files it was made from; the cache no longer fits it.
    fs.writeFileSync(files.script, fs.readFileSync(files.script, 'utf8').replace('"one"', '"uno"'));
    fs.rmSync(files.cache);
    expect(await answerOf(entry, runner)).toEqual({ value: 'hello uno', dirname: path.dirname(entry), filename: entry });
    // The thread wrote the missing cache after the program's top level ran.
    expect(fs.existsSync(files.cache)).toBe(true);
  });

  it('runs the entry itself once one of its files changed after the build', async () => {
    await buildThreadBundle(entry, runner);
    fs.writeFileSync(path.join(path.dirname(entry), 'part.js'), 'exports.value = "two";\n');
    expect(currentBundle(entry)).toBeUndefined();
    expect((await answerOf(entry, runner)).value).toBe('hello two');
  });

  it('runs the entry itself once a package has another version', async () => {
    await buildThreadBundle(entry, runner);
    const manifest = path.join(path.dirname(entry), 'node_modules', 'greeting', 'package.json');
    fs.writeFileSync(manifest, JSON.stringify({ name: 'greeting', version: '1.0.1', main: 'index.js' }));
    expect(currentBundle(entry)).toBeUndefined();
  });

  it('runs the entry itself without a bundle', async () => {
    expect(currentBundle(entry)).toBeUndefined();
    expect((await answerOf(entry, runner)).value).toBe('hello one');
  });

  it('runs the bundle with a cache V8 refuses, and writes one it takes', async () => {
    await buildThreadBundle(entry, runner);
    const files = bundleFilesOf(entry);
    const refused = Buffer.from('not a code cache');
    fs.writeFileSync(files.cache, refused);
    expect((await answerOf(entry, runner)).value).toBe('hello one');
    const written = fs.readFileSync(files.cache);
    expect(written.equals(refused)).toBe(false);
    expect(written.length).toBeGreaterThan(refused.length);
  });

  it("tells a package's folder from the program's own files", () => {
    const root = path.join(path.sep, 'app');
    expect(packageFolderOf(path.join(root, 'node_modules', 'zod', 'v4', 'index.cjs'))).toBe(path.join(root, 'node_modules', 'zod'));
    expect(packageFolderOf(path.join(root, 'node_modules', '@scope', 'name', 'lib', 'a.js'))).toBe(
      path.join(root, 'node_modules', '@scope', 'name'),
    );
    expect(packageFolderOf(path.join(root, 'node_modules', 'a', 'node_modules', 'b', 'x.js'))).toBe(
      path.join(root, 'node_modules', 'a', 'node_modules', 'b'),
    );
    expect(packageFolderOf(path.join(root, 'dist', 'src', 'anonymiser', 'pool.js'))).toBeUndefined();
  });
});
