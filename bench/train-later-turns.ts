/**
 * `npx tsx bench/train-later-turns.ts`: trains the later-turn danger model (src/nlu/model/
 * laterTurnTraining.ts) beside models/nlu.json and writes models/nlu-later.json. Deterministic.
 * `npm run train:nlu` runs it after writing models/nlu.json; alone it retrains only this model (after
 * a change to the dialog sets' first fifteen conversations). `--out FILE` writes elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseModelBundle, type StoredModelBundle } from '../src/nlu/model/bundle';
import { trainLaterTurnModel } from '../src/nlu/model/laterTurnTraining';
import { laterTurnLines, trainingSources } from '../src/nlu/model/sources';
import type { TrainingInput } from '../src/nlu/model/training';

/** Trains the later-turn model beside `main` and writes it to `file`; returns what it wrote, for the log. */
export function writeLaterTurnModel(root: string, sources: TrainingInput, main: StoredModelBundle, file: string) {
  const started = Date.now();
  const model = trainLaterTurnModel(sources, laterTurnLines(root, sources), main);
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  return { file: path.relative(root, file), ms: Date.now() - started, trainedOn: model.trainedOn, thresholds: model.thresholds };
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const mainFile = path.join(root, 'models', 'nlu.json');
  const stored = parseModelBundle(JSON.parse(fs.readFileSync(mainFile, 'utf8')), mainFile);
  const sources = trainingSources(root);
  if (sources.sourceHash !== stored.sourceHash) throw new Error('models/nlu.json is out of date: run `npm run train:nlu`');
  const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]!) : path.join(root, 'models', 'nlu-later.json');
  console.log(JSON.stringify(writeLaterTurnModel(root, sources, stored, out), null, 2));
}

if (require.main === module) main();
