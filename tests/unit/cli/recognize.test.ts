import { PassThrough } from 'node:stream';
import { runRecognize } from '../../../src/cli/recognize';
import type { NluLocale, Recognition, Recognizer } from '../../../src/nlu/recognizer';

class FakeRecognizer implements Recognizer {
  readonly name = 'fake';
  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    if (text === 'boom') throw new Error('exploded');
    return {
      intent: locale === 'en' ? 'greeting' : 'describe_concern',
      form: 'unknown',
      acuteDanger: text.includes('slaat'),
      suicidal: false,
      signals: text.includes('paspoort') ? ['documents_withheld'] : [],
      scores: { intent: 0.9, form: 0.4 },
      language: locale,
    };
  }
}

async function run(input: string, recognizer: Recognizer = new FakeRecognizer()) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  stdin.end(input);
  const code = await runRecognize(stdin, stdout, stderr, recognizer);
  const lines = (parts: string[]) =>
    parts
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out: lines(out), err: lines(err) };
}

describe('runRecognize', () => {
  it('writes one JSON line per input line with the documented fields', async () => {
    const { code, out, err } = await run(
      '{"id":"a","text":"de baas heeft zijn paspoort","locale":"nl"}\n{"id":"b","text":"hi","locale":"en"}\n',
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      {
        id: 'a',
        intent: 'describe_concern',
        form: 'unknown',
        acuteDanger: false,
        signals: ['documents_withheld'],
        scores: { intent: 0.9, form: 0.4 },
      },
      { id: 'b', intent: 'greeting', form: 'unknown', acuteDanger: false, signals: [], scores: { intent: 0.9, form: 0.4 } },
    ]);
  });

  it('reports bad lines by number on stderr, goes on, and exits 1', async () => {
    const input = [
      '{"id":"1","text":"hij slaat me","locale":"nl"}',
      'not json',
      '{"id":"3","locale":"nl"}',
      '{"id":"4","text":"hallo","locale":"fr"}',
      '',
      '{"id":"6","text":"boom","locale":"nl"}',
      '{"id":7,"text":"hallo"}',
    ].join('\n');
    const { code, out, err } = await run(input);
    expect(code).toBe(1);
    expect(out.map((o) => o.id)).toEqual(['1', 7]);
    expect(out[0]!.acuteDanger).toBe(true);
    expect(err.map((e) => e.line)).toEqual([2, 3, 4, 6]);
    expect(err.map((e) => e.error)).toEqual(['BadSyntax', 'BadArgument', 'BadArgument', 'Internal']);
    expect(JSON.stringify(err)).not.toContain('boom');
  });

  it('handles empty input', async () => {
    expect(await run('')).toEqual({ code: 0, out: [], err: [] });
  });
});
