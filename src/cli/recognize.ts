/**
 * `helpline recognize`: JSON lines {"id","text","locale"} on stdin, one JSON line per input on
 * stdout: {"id","intent","form","acuteDanger","signals":[…],"scores":{…},"facts":{…}} plus the
 * danger level, suicidal flag, language and the citizen's questions. `facts` always has the keys
 * aboutWhom, relation, minor, age, municipality and region (null where unknown), and since round 30
 * minorGuessed (true where `minor: true` rests only on the writer's guess, "looks maybe 16"; null
 * where no minor is told), and since round 49 `askedForm` (the form a question that tells no situation
 * asks about, "hoe herken je een loverboy?": sexual_exploitation, where `form` is unknown; else null). A bad line gives
 * a JSON error line on stderr naming the line number; processing goes on and the exit code is 1.
 */
import readline from 'node:readline';
import { z } from 'zod';
import { isAcute, type Understander } from '../understanding/understanding';

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
  understander: Understander,
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
      const look = understander.firstLook(text, { locale });
      const u = await understander.understand(text, look, { locale });
      const acute = isAcute(u.danger);
      const f = u.facts;
      writeLine(output, {
        id,
        // As before: an acute message is a description of the situation.
        intent: acute ? 'describe_concern' : u.intent,
        form: u.form,
        // Added in round 49: the form a question without a story asks about (null: none, or a form told).
        askedForm: u.askedForm ?? null,
        acuteDanger: acute,
        signals: u.signals,
        scores: { intent: u.intentScore, form: u.formScore, ...(u.intents ? { intents: u.intents } : {}) },
        danger: u.danger.level,
        suicidal: u.danger.suicidal,
        language: u.language,
        questions: u.questions,
        facts: {
          aboutWhom: f.aboutWhom ?? null,
          relation: f.relation ?? null,
          minor: f.minor ?? null,
          age: f.age ?? null,
          municipality: f.municipality ?? null,
          region: f.region ?? null,
          // Added in round 30: under 18 only guessed ("looks maybe 16"); `minor` keeps its meaning.
          minorGuessed: f.minor === true ? f.minorGuessed === true : null,
        },
      });
    } catch {
      failed = true;
      writeLine(errors, { line: lineNumber, id, error: 'Internal', message: 'The recognizer failed on this line.' });
    }
  }
  return failed ? 1 : 0;
}
