/**
 * `npx tsx bench/questions-by-writer.ts [--with-others] [--thresholds 0.3,0.4] [--training '{"l2":0.03}'] <file.jsonl>…`: how well the question model
 * reads a writer it never learned from (issue 10, round 51). Each file is one writer's set of
 * scripted conversations written for training (corpus/dialogs). For each file in turn the model is
 * trained as bench/train-questions.ts trains it, without any of the files given (they are taken out
 * of its sources); with `--with-others` the other
 * files given are learned as well, so a run with and one without tell whether more writers carry
 * to the next one. The left-out file's turns are then read by the model alone and scored per topic,
 * per language and first turn against later turns: micro-F1, recall and precision (the labels are
 * the writers' `questions`). `--thresholds` scores the same trained models read at other thresholds
 * (the training's own labelling of messages keeps the shipped one). Only files written for training
 * belong here (support/trainingSets.ts refuses tuning and blind sets).
 */
import path from 'node:path';
import { z } from 'zod';
import { loadDialogQuestionTurns } from '../src/nlu/questions/dialogQuestions';
import {
  QUESTION_TRAINING,
  QuestionModel,
  loadQuestionCorpus,
  loadQuestionMessages,
  trainQuestionModel,
  type LabelledClause,
} from '../src/nlu/questions/questionModel';
import { QUESTION_TOPICS, type QuestionTopic } from '../src/understanding/understanding';
import { loadScripts } from './dialogs/script';
import { trainingSetsOnly } from './support/trainingSets';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const withOthers = args.includes('--with-others');
const at = args.indexOf('--thresholds');
// `--training '{"l2":0.03}'`: other training settings than the shipped QUESTION_TRAINING, to compare.
const tAt = args.indexOf('--training');
const training = {
  ...QUESTION_TRAINING,
  ...(tAt >= 0
    ? z
        .object({
          epochs: z.number().int().min(1),
          learningRate: z.number().positive(),
          l2: z.number().min(0),
          prune: z.number().min(0),
        })
        .partial()
        .strict()
        .parse(JSON.parse(args[tAt + 1] ?? '{}'))
    : {}),
};
const thresholds =
  at >= 0
    ? z
        .array(z.coerce.number().min(0).max(1))
        .min(1)
        .parse((args[at + 1] ?? '').split(','))
    : null;
const files = trainingSetsOnly(
  z
    .array(z.string().min(1))
    .min(1)
    .parse(
      args.filter((a, i) => a !== '--with-others' && (at < 0 || (i !== at && i !== at + 1)) && (tAt < 0 || (i !== tAt && i !== tAt + 1))),
    ),
);

interface Turn extends LabelledClause {
  language: 'nl' | 'en';
  first: boolean;
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The Dutch and English turns of more than two words, as dialogQuestions.ts gives them to the model. */
function turnsOf(file: string): Turn[] {
  return loadScripts(file).flatMap((script) =>
    script.turns.flatMap((turn, i) =>
      turn.language === 'other' || words(turn.text) <= 2
        ? []
        : [
            {
              text: turn.text,
              topics: turn.questions,
              where: `${path.basename(file)}:${script.id}#${i + 1}`,
              language: turn.language,
              first: i === 0,
            },
          ],
    ),
  );
}

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: readonly QuestionTopic[], found: readonly QuestionTopic[], only?: QuestionTopic): void {
    for (const t of found) {
      if (only !== undefined && t !== only) continue;
      if (gold.includes(t)) this.tp++;
      else this.fp++;
    }
    for (const t of gold) if ((only === undefined || t === only) && !found.includes(t)) this.fn++;
  }
  plus(o: Counts): void {
    this.tp += o.tp;
    this.fp += o.fp;
    this.fn += o.fn;
  }
  toString(): string {
    const f1 = (2 * this.tp) / (2 * this.tp + this.fp + this.fn || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    const p = this.tp / (this.tp + this.fp || 1);
    return `F1 ${f1.toFixed(3)} R ${r.toFixed(3)} P ${p.toFixed(3)} (tp ${this.tp} fp ${this.fp} fn ${this.fn})`;
  }
}

function main(): void {
  const corpus = loadQuestionCorpus(root);
  const sets = new Map(files.map((f) => [f, turnsOf(f)]));
  // What the shipped model learns, the files scored here taken out should they be among its sources.
  const scored = new Set(files.map((f) => path.basename(f)));
  const base = [
    ...loadQuestionMessages(root),
    ...loadDialogQuestionTurns(root).filter((t) => !scored.has(t.where.slice(0, t.where.indexOf(':')))),
  ];
  const groups = new Map<string, Counts>();
  const bumpAt = (key: string, c: Counts) => {
    if (!groups.has(key)) groups.set(key, new Counts());
    groups.get(key)!.plus(c);
  };
  // The training of bench/train-questions.ts; the left-out file is never learned in its pass.
  const train = (extra: readonly LabelledClause[]) => {
    const { unread: _unread, ...stored } = trainQuestionModel(corpus, '0'.repeat(64), [...base, ...extra], training);
    return stored;
  };
  const shipped = withOthers ? null : train([]);
  for (const [file, turns] of sets) {
    const stored = shipped ?? train([...sets].filter(([f]) => f !== file).flatMap(([, t]) => t));
    for (const threshold of thresholds ?? [stored.threshold]) {
      const model = new QuestionModel({ ...stored, threshold });
      const bump = (key: string, c: Counts) => bumpAt(thresholds === null ? key : `${threshold.toFixed(2)} ${key}`, c);
      for (const turn of turns) {
        const found = model.topicsIn(turn.text);
        const all = new Counts();
        all.add(turn.topics, found);
        bump('all', all);
        bump(`set ${path.basename(file)}`, all);
        bump(`language ${turn.language}`, all);
        bump(turn.first ? 'first turn' : 'later turn', all);
        for (const topic of QUESTION_TOPICS) {
          const c = new Counts();
          c.add(turn.topics, found, topic);
          bump(`topic ${topic}`, c);
        }
      }
    }
  }
  console.log(
    `left-out writer, ${withOthers ? 'the other files learned too' : 'the shipped sources only'}; training ${JSON.stringify(training)}:`,
  );
  for (const [key, c] of groups) console.log(`  ${key.padEnd(34)} ${c.toString()}`);
}

main();
