import { PassThrough } from 'node:stream';
import { runRecognize } from '../../../src/cli/recognize';
import type { FirstLook, Understander, Understanding, UnderstandingContext } from '../../../src/understanding/understanding';

class FakeUnderstander implements Understander {
  readonly name = 'fake';
  firstLook(text: string, context: UnderstandingContext): FirstLook {
    const acute = text.includes('slaat');
    return {
      danger: { level: acute ? 'acute' : 'none', suicidal: false, reasons: [], score: acute ? 0.9 : 0.1 },
      language: context.locale,
    };
  }
  async understand(text: string, look: FirstLook, context: UnderstandingContext): Promise<Understanding> {
    if (text === 'boom') throw new Error('exploded');
    return {
      ...look,
      intent: context.locale === 'en' ? 'greeting' : 'ask_police',
      intentScore: 0.9,
      form: 'unknown',
      formScore: 0.4,
      signals: text.includes('paspoort') ? ['documents_withheld'] : [],
      questions: [],
      facts: text.includes('dochter') ? { aboutWhom: 'other', relation: 'child', age: 15, minor: true } : {},
    };
  }
}

async function run(input: string, understander: Understander = new FakeUnderstander()) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  stdin.end(input);
  const code = await runRecognize(stdin, stdout, stderr, understander);
  const lines = (parts: string[]) =>
    parts
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out: lines(out), err: lines(err) };
}

const noFacts = { aboutWhom: null, relation: null, minor: null, age: null, municipality: null, region: null, minorGuessed: null };

describe('runRecognize', () => {
  it('writes one JSON line per input line with the documented fields and the facts', async () => {
    const { code, out, err } = await run(
      '{"id":"a","text":"mijn dochter: de baas heeft haar paspoort","locale":"nl"}\n{"id":"b","text":"hi","locale":"en"}\n',
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toEqual({
      id: 'a',
      intent: 'ask_police',
      form: 'unknown',
      // askedForm (added in round 49): the form a question without a story asks about; none here.
      askedForm: null,
      acuteDanger: false,
      signals: ['documents_withheld'],
      scores: { intent: 0.9, form: 0.4 },
      danger: 'none',
      suicidal: false,
      language: 'nl',
      questions: [],
      // minorGuessed (added in round 30): under 18 told here, not guessed.
      facts: { ...noFacts, aboutWhom: 'other', relation: 'child', minor: true, age: 15, minorGuessed: false },
    });
    expect(out[1]).toMatchObject({ id: 'b', intent: 'greeting', acuteDanger: false, facts: noFacts });
  });

  it('reports an acute message as a description, as before', async () => {
    const { out } = await run('{"id":"x","text":"hij slaat me","locale":"nl"}');
    expect(out[0]).toMatchObject({ intent: 'describe_concern', acuteDanger: true, danger: 'acute' });
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
