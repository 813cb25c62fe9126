import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';

it('.env.example lists every variable the config reads, and its values parse', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');
  const vars = Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Za-z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const source = fs.readFileSync(path.resolve(__dirname, '../../src/config.ts'), 'utf8');
  const read = [...source.matchAll(/^\s{2}([A-Za-z_]+): /gm)]
    .map((m) => m[1]!)
    .filter((n) => n === n.toUpperCase() || n.startsWith('Microsoft'));
  for (const name of read) expect(Object.keys(vars)).toContain(name);
  expect(() => loadConfig(vars)).not.toThrow();
});
