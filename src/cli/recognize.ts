/**
 * `helpline recognize`: JSON lines {"id","text","locale"} on stdin, one JSON line per input on
 * stdout: {"id","intent","form","acuteDanger","signals":[…],"scores":{…}}. A bad line gives a
 * JSON error line on stderr naming the line number; processing goes on and the exit code is 1.
 */
import readline from 'node:readline';
import { z } from 'zod';
import type { Recognizer } from '../nlu/recognizer';

const inputSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string().max(100_000),
  locale: z.enum(['nl', 'en']).default('nl'),
});

function writeLine(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value)}\n`);
}

export async function runRecognize(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
  recognizer: Recognizer,
): Promise<number> {
  let failed = false;
  let lineNumber = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      failed = true;
      writeLine(errors, { line: lineNumber, error: 'BadSyntax', message: 'The line is not valid JSON.' });
      continue;
    }
    const parsed = inputSchema.safeParse(json);
    if (!parsed.success) {
      failed = true;
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      writeLine(errors, { line: lineNumber, error: 'BadArgument', message: `The line does not match {"id","text","locale"}${where}.` });
      continue;
    }
    const { id, text, locale } = parsed.data;
    try {
      const r = await recognizer.recognize(text, locale);
      writeLine(output, { id, intent: r.intent, form: r.form, acuteDanger: r.acuteDanger, signals: r.signals, scores: r.scores });
    } catch {
      failed = true;
      writeLine(errors, { line: lineNumber, id, error: 'Internal', message: 'The recognizer failed on this line.' });
    }
  }
  return failed ? 1 : 0;
}
