/**
 * `npm run train:nlu`: trains the danger, suicide, intent, form, about-whom and question models
 * from corpus/nlu/*.jsonl (training part) and locales/<lang>/nlu.json, chooses thresholds on the
 * held-out development part, and writes models/nlu.json. Deterministic (seeded). A test
 * (tests/unit/nlu/modelBundle.test.ts) fails when the shipped file no longer matches its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { trainingSources } from '../src/nlu/model/sources';
import { trainBundle } from '../src/nlu/model/training';

function main(): void {
  const root = path.resolve(__dirname, '..');
  const sources = trainingSources(root);
  const started = Date.now();
  const bundle = trainBundle(sources);
  const file = path.join(root, 'models', 'nlu.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  const sizes = Object.fromEntries(Object.entries(bundle.vocabulary).map(([set, v]) => [set, v.length]));
  console.log(
    JSON.stringify(
      {
        file: path.relative(root, file),
        ms: Date.now() - started,
        trainedOn: bundle.trainedOn,
        thresholds: bundle.thresholds,
        features: sizes,
      },
      null,
      2,
    ),
  );
}

main();
