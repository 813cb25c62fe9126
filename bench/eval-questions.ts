/**
 * `npx tsx bench/eval-questions.ts <file>…`: scores the question reader and topic model on files of
 * `topics | message` lines (the corpus/questions format; `-` = a question on another matter), for
 * sets held out of training such as tests/eval/questions-w2.txt. Prints micro-F1 over topics, the
 * share of messages whose topic set is exactly right, and the messages not read as a question.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { loadQuestionModel } from '../src/nlu/questions/questionModel';
import { questionClauses } from '../src/nlu/questions/clauses';
import { QUESTION_TOPICS } from '../src/understanding/understanding';

const files = z.array(z.string().min(1)).min(1).parse(process.argv.slice(2));
const topicsSchema = z.array(z.enum(QUESTION_TOPICS));
const model = loadQuestionModel();

for (const file of files) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let unread = 0;
  let n = 0;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const bar = line.indexOf(' | ');
    if (bar < 0) throw new Error(`${file}: expected "topics | message": ${line}`);
    const labels = line.slice(0, bar).trim();
    const gold = new Set(topicsSchema.parse(labels === '-' ? [] : labels.split(/\s+/)));
    const text = line.slice(bar + 3).trim();
    const found = new Set(model.topicsIn(text));
    n++;
    if (questionClauses(text).length === 0) unread++;
    for (const t of found)
      if (gold.has(t)) tp++;
      else fp++;
    for (const t of gold) if (!found.has(t)) fn++;
    if (found.size === gold.size && [...found].every((t) => gold.has(t))) exact++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
  console.log(
    `${file}: ${n} messages, topics micro-F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}), exact set ${(exact / n).toFixed(3)}, not read as a question ${unread}`,
  );
}
