/**
 * `npx tsx bench/train-questions.ts`: trains the question-topic model from the question clauses in
 * corpus/questions (and the whole messages in corpus/questions/messages and the citizen turns of the
 * dialog tuning sets, src/nlu/questions/dialogQuestions.ts) and writes models/questions.json. Deterministic (seeded). A test
 * (tests/unit/nlu/questionModel.test.ts) fails when the shipped file no longer matches its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  QUESTION_MODEL_FILE,
  loadQuestionCorpus,
  loadQuestionMessages,
  questionSourceHash,
  trainQuestionModel,
} from '../src/nlu/questions/questionModel';
import { loadDialogQuestionTurns } from '../src/nlu/questions/dialogQuestions';

function main(): void {
  const root = path.resolve(__dirname, '..');
  const started = Date.now();
  const { unread, ...model } = trainQuestionModel(loadQuestionCorpus(root), questionSourceHash(root), [
    ...loadQuestionMessages(root),
    // The citizen turns of the dialog tuning sets, labelled per turn by their writers (round 47).
    ...loadDialogQuestionTurns(root),
  ]);
  const file = path.join(root, QUESTION_MODEL_FILE);
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  console.log(
    JSON.stringify({
      file: QUESTION_MODEL_FILE,
      ms: Date.now() - started,
      trainedOn: model.trainedOn,
      features: model.vocabulary.length,
      // Messages with topics in which the reader found no question: not trained on.
      unread,
    }),
  );
}

main();
