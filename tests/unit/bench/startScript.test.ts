import fs from 'node:fs';
import path from 'node:path';
import { envWords, startCommand } from '../../../bench/support/startScript';

describe("npm start's command as the server bench runs it (round 34)", () => {
  it('takes the node flags after node and the environment before it', () => {
    expect(startCommand('MALLOC_ARENA_MAX=2 exec node --expose-gc --max-semi-space-size=64 dist/cli.js serve')).toEqual({
      nodeArgs: ['--expose-gc', '--max-semi-space-size=64'],
      env: { MALLOC_ARENA_MAX: '2' },
    });
    expect(startCommand('exec node --expose-gc dist/cli.js')).toEqual({ nodeArgs: ['--expose-gc'], env: {} });
    expect(startCommand('tsx src/cli.ts')).toEqual({ nodeArgs: [], env: {} });
  });

  it('reads only NAME=value words as the environment', () => {
    expect(envWords(['', 'exec', 'A=1', 'B_2=', 'lower=3', '=4'])).toEqual({ A: '1', B_2: '' });
  });

  it("keeps the server's malloc arenas at two (ADR 0002 round 34: ~25 MB of idle RSS with a reading thread)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { scripts: { start: string } };
    expect(startCommand(pkg.scripts.start).env).toEqual({ MALLOC_ARENA_MAX: '2' });
  });
});
