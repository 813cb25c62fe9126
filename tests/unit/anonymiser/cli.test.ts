import { PassThrough, Readable } from 'node:stream';
import { runAnonymise } from '../../../src/cli/anonymise';

async function run(lines: string[]): Promise<{ code: number; out: unknown[]; err: unknown[] }> {
  const output = new PassThrough();
  const errors = new PassThrough();
  const chunks: string[] = [];
  const errorChunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  errors.on('data', (c: Buffer) => errorChunks.push(c.toString()));
  const code = await runAnonymise(Readable.from([lines.join('\n')]), output, errors);
  const parse = (s: string): unknown[] =>
    s
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
  return { code, out: parse(chunks.join('')), err: parse(errorChunks.join('')) };
}

describe('helpline anonymise', () => {
  it('writes anonymised text with entity offsets into the input', async () => {
    const { code, out, err } = await run([JSON.stringify({ id: 'a1', text: 'Bel Kees op 06-12345678 of 112.' })]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      {
        id: 'a1',
        text: 'Bel [NAAM-1] op [TELEFOON-1] of 112.',
        entities: [
          { type: 'NAAM', start: 4, end: 8 },
          { type: 'TELEFOON', start: 12, end: 23 },
        ],
      },
    ]);
  });

  it('reports bad lines with their line number, goes on, and exits with 1', async () => {
    const { code, out, err } = await run(['{"id":"1","text":"Kees"}', 'not json', '', '{"id":"3"}', '{"id":4,"text":"Piet"}']);
    expect(code).toBe(1);
    expect(out).toEqual([
      { id: '1', text: '[NAAM-1]', entities: [{ type: 'NAAM', start: 0, end: 4 }] },
      { id: 4, text: '[NAAM-1]', entities: [{ type: 'NAAM', start: 0, end: 4 }] },
    ]);
    expect(err).toEqual([
      { error: { code: 'InvalidLine', message: 'not valid JSON', line: 2 } },
      { error: { code: 'InvalidLine', message: expect.stringContaining('text') as unknown, line: 4 } },
    ]);
  });

  it('shares placeholders between lines of the same transcript only', async () => {
    const { out } = await run([
      JSON.stringify({ id: 1, text: 'Kees belt.', transcript: 'c1' }),
      JSON.stringify({ id: 2, text: 'Piet en Kees.', transcript: 'c1' }),
      JSON.stringify({ id: 3, text: 'Piet en Kees.', transcript: 'c2' }),
      JSON.stringify({ id: 4, text: 'Piet en Kees.' }),
    ]);
    expect(out.map((o) => (o as { text: string }).text)).toEqual([
      '[NAAM-1] belt.',
      '[NAAM-2] en [NAAM-1].',
      '[NAAM-1] en [NAAM-2].',
      '[NAAM-1] en [NAAM-2].',
    ]);
  });

  it('never echoes message text on the error stream', async () => {
    const { err } = await run(['{"id":"1","text":42,"secret":"Kees 06-12345678"}']);
    expect(JSON.stringify(err)).not.toContain('Kees');
  });
});
