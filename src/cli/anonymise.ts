/**
 * `helpline anonymise`: JSON lines in, JSON lines out.
 *
 * In:  {"id": "m1", "text": "…", "transcript"?: "c42"}
 * Out: {"id": "m1", "text": "<anonymised>", "entities": [{"type": "NAAM", "start": 0, "end": 5}]}
 *
 * Offsets point into the input text. Each line is its own transcript, so placeholders restart at 1,
 * unless lines share a `transcript` value: those share one Pseudonymiser, and "[NAAM-1]" is then
 * the same person on all of them (feed them in conversation order). A line that is not valid JSON
 * or does not match the schema is reported on `errors` as
 * {"error": {"code": "InvalidLine", "message": "…", "line": 3}}; the rest still runs and the exit
 * code is 1. Message text never goes to `errors`.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Pseudonymiser } from '../anonymiser';
import type { Command } from './command';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  transcript: z.string().min(1).optional(),
});

function write(stream: NodeJS.WritableStream, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(JSON.stringify(value) + '\n', (err) => (err ? reject(err) : resolve()));
  });
}

function parseLine(raw: string): { ok: true; value: z.infer<typeof InputLine> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') };
  }
  return { ok: true, value: parsed.data };
}

export async function runAnonymise(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  const transcripts = new Map<string, Pseudonymiser>();
  let exitCode = 0;
  let lineNumber = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (raw.trim() === '') continue;
    const parsed = parseLine(raw);
    if (!parsed.ok) {
      exitCode = 1;
      await write(errors, { error: { code: 'InvalidLine', message: parsed.error, line: lineNumber } });
      continue;
    }
    const { id, text, transcript } = parsed.value;
    let pseudonymiser = transcript === undefined ? undefined : transcripts.get(transcript);
    if (!pseudonymiser) {
      pseudonymiser = new Pseudonymiser();
      if (transcript !== undefined) transcripts.set(transcript, pseudonymiser);
    }
    const result = pseudonymiser.anonymise(text);
    await write(output, { id, text: result.text, entities: result.entities.map(({ type, start, end }) => ({ type, start, end })) });
  }
  return exitCode;
}

export const anonymiseCommand: Command = {
  summary: 'Anonymise JSON lines {"id","text","transcript"?} from stdin to stdout.',
  run: (_args, io) => runAnonymise(io.stdin, io.stdout, io.stderr),
};
