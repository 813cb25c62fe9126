/**
 * `npx tsx bench/relabel-question-forms.ts [--write]`: applies the labelling rule for questions
 * without a story (corpus/nlu/README.md, form28; src/nlu/model/formSituations.ts `formOfQuestion`)
 * to every corpus file and prints what it changes; with --write it rewrites the `form` field of
 * those lines in place, leaving every other byte of the line as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { labelledMessageSchema } from '../src/nlu/corpus';
import { formOfQuestion, STORYLESS_INTENTS } from '../src/nlu/model/formSituations';
import { MessageReader } from '../src/nlu/model/reader';

const dir = path.resolve(__dirname, '..', 'corpus', 'nlu');
const write = process.argv.includes('--write');
const reader = new MessageReader();
let changed = 0;
for (const name of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const file = path.join(dir, name);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let fileChanged = false;
  const out = lines.map((line) => {
    if (line.trim() === '') return line;
    const message = labelledMessageSchema.parse(JSON.parse(line));
    if (!STORYLESS_INTENTS.has(message.intent)) return line;
    const form = formOfQuestion(message.form, reader.readFully(message.text));
    if (form === message.form) return line;
    const field = new RegExp(`("form":\\s*)"${message.form}"`);
    if (!field.test(line)) throw new Error(`${name} ${message.id}: no form field to rewrite`);
    changed++;
    fileChanged = true;
    console.log(`${name}\t${message.id}\t${message.intent}\t${message.form} -> ${form}\t${message.text.slice(0, 110)}`);
    return line.replace(field, `$1"${form}"`);
  });
  if (write && fileChanged) fs.writeFileSync(file, out.join('\n'));
}
console.log(`${changed} lines ${write ? 'relabelled' : 'to relabel'}`);
