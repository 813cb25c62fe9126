/**
 * `npx tsx bench/relabel-question-forms.ts [--write] [files…]`: applies the labelling rule for
 * questions without a story (corpus/nlu/README.md, form28 and form49; src/nlu/model/formSituations.ts
 * `labelledFormOf`) to every corpus file (or the files given) and prints what it changes; with
 * --write it rewrites the `form` field of those lines in place and adds `askedForm` with the form
 * the line had (the form the question asks about), leaving every other byte of the line as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { labelledMessageSchema } from '../src/nlu/corpus';
import { labelledFormOf } from '../src/nlu/model/formSituations';
import { MessageReader } from '../src/nlu/model/reader';

const dir = path.resolve(__dirname, '..', 'corpus', 'nlu');
const write = process.argv.includes('--write');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files =
  given.length > 0
    ? given.map((f) => path.resolve(f))
    : fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(dir, f));
const reader = new MessageReader();
let changed = 0;
for (const file of files) {
  const name = path.basename(file);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let fileChanged = false;
  const out = lines.map((line) => {
    if (line.trim() === '') return line;
    const message = labelledMessageSchema.parse(JSON.parse(line));
    const form = labelledFormOf(message, () => reader.readFully(message.text));
    if (form === message.form) return line;
    const field = new RegExp(`("form":\\s*)"${message.form}"`);
    if (!field.test(line)) throw new Error(`${name} ${message.id}: no form field to rewrite`);
    changed++;
    fileChanged = true;
    console.log(`${name}\t${message.id}\t${message.intent}\t${message.form} -> ${form}\t${message.text.slice(0, 110)}`);
    return line.replace(field, `$1"${form}", "askedForm": "${message.form}"`);
  });
  if (write && fileChanged) fs.writeFileSync(file, out.join('\n'));
}
console.log(`${changed} lines ${write ? 'relabelled' : 'to relabel'}`);
