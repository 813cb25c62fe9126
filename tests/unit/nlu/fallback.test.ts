import { RecognizerError } from '../../../src/nlu/errors';
import { FallbackRecognizer, type WarnLogger } from '../../../src/nlu/fallback';
import type { NluLocale, Recognition, Recognizer } from '../../../src/nlu/recognizer';

const localResult: Recognition = {
  intent: 'describe_concern',
  form: 'unknown',
  acuteDanger: true,
  signals: [],
  scores: { intent: 0.8, form: 0.5 },
};

class Stub implements Recognizer {
  calls: [string, NluLocale][] = [];
  constructor(
    readonly name: string,
    private readonly behaviour: () => Promise<Recognition>,
  ) {}
  recognize(text: string, locale: NluLocale): Promise<Recognition> {
    this.calls.push([text, locale]);
    return this.behaviour();
  }
}

function recordingLogger(): WarnLogger & { lines: { obj: Record<string, unknown>; msg: string }[] } {
  const lines: { obj: Record<string, unknown>; msg: string }[] = [];
  return { lines, warn: (obj, msg) => lines.push({ obj, msg }) };
}

describe('FallbackRecognizer', () => {
  it('returns the primary result when it works', async () => {
    const remote = { ...localResult, intent: 'greeting' as const, acuteDanger: false };
    const local = new Stub('local', async () => localResult);
    const logger = recordingLogger();
    const r = new FallbackRecognizer(new Stub('luis', async () => remote), local, logger);
    expect(await r.recognize('hoi', 'nl')).toEqual(remote);
    expect(local.calls).toEqual([]);
    expect(logger.lines).toEqual([]);
    expect(r.name).toBe('luis+local');
  });

  it.each([
    [new RecognizerError('http', 401), { reason: 'http', status: 401 }],
    [new RecognizerError('timeout'), { reason: 'timeout' }],
    [new RecognizerError('bad_response'), { reason: 'bad_response' }],
    [new Error('socket hang up'), { reason: 'unexpected' }],
  ])('falls back silently on %p and logs only the reason', async (error, logged) => {
    const local = new Stub('local', async () => localResult);
    const logger = recordingLogger();
    const r = new FallbackRecognizer(new Stub('clu', () => Promise.reject(error)), local, logger);
    expect(await r.recognize('mijn baas Piet slaat me', 'nl')).toEqual(localResult);
    expect(local.calls).toEqual([['mijn baas Piet slaat me', 'nl']]);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]!.obj).toEqual({ recognizer: 'clu', fallback: 'local', ...logged });
    expect(JSON.stringify(logger.lines)).not.toMatch(/Piet|slaat/);
  });
});
