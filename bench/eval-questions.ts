/**
 * `npx tsx bench/eval-questions.ts <file>…`: scores the question reader and topic model on files of
 * `topics | message` lines (the corpus/questions format; `-` = a question on another matter), for
 * sets held out of training such as tests/eval/questions-w2.txt. Prints micro-F1 over topics, the
 * share of messages whose topic set is exactly right, and the messages not read as a question.
 */
import { z } from 'zod';
import { questionClauses } from '../src/nlu/questions/clauses';
import { loadQuestionModel, parseQuestionFile } from '../src/nlu/questions/questionModel';

const files = z.array(z.string().min(1)).min(1).parse(process.argv.slice(2));
const model = loadQuestionModel();

for (const file of files) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let unread = 0;
  const lines = parseQuestionFile(file);
  for (const { topics, text } of lines) {
    const gold = new Set(topics);
    const found = new Set(model.topicsIn(text));
    if (questionClauses(text).length === 0) unread++;
    for (const t of found)
      if (gold.has(t)) tp++;
      else fp++;
    for (const t of gold) if (!found.has(t)) fn++;
    if (found.size === gold.size && [...found].every((t) => gold.has(t))) exact++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
  console.log(
    `${file}: ${lines.length} messages, topics micro-F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}), exact set ${(exact / lines.length).toFixed(3)}, not read as a question ${unread}`,
  );
}
