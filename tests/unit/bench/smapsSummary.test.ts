import { parseSmaps, summariseSmaps } from '../../../bench/support/smapsSummary';

/** One smaps entry: its header line and its Rss line (the parser reads no other field). */
const entry = (range: string, perms: string, path: string, rssKb: number) =>
  `${range} ${perms} 00000000 00:00 0 ${path}\nSize: 4 kB\nRss: ${rssKb} kB\nPss: ${rssKb} kB\n`;

describe("a process's resident memory by kind of mapping (server bench, round 34)", () => {
  it("tells the main malloc heap, a thread's 64 MB arena, files and other anonymous memory apart", () => {
    const text = [
      entry('555500000000-555500010000', 'r-xp', '/usr/bin/node', 1024),
      entry('555600000000-555602000000', 'rw-p', '[heap]', 2048),
      // A thread's arena: 64 MB-aligned, 8 MB in use and 56 MB reserved behind it.
      entry('7f0004000000-7f0004800000', 'rw-p', '', 3072),
      entry('7f0004800000-7f0008000000', '---p', '', 0),
      // 64 MB-aligned but not followed by its reservation to 64 MB: V8's or a large block's.
      entry('7f0010000000-7f0010100000', 'rw-p', '', 5120),
      entry('7f0020000000-7f0020040000', 'rw-p', '[stack]', 1024),
    ].join('');
    expect(summariseSmaps(parseSmaps(text))).toEqual({
      mallocMainMb: 2,
      mallocArenasMb: 3,
      mallocArenas: 1,
      filesMb: 1,
      otherAnonymousMb: 6,
    });
  });
});
