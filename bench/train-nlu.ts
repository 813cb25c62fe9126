/**
 * `npm run train:nlu`: trains the danger, suicide, intent, form, about-whom and question models
 * from corpus/nlu/*.jsonl (training part) and locales/<lang>/nlu.json, chooses thresholds on the
 * held-out development part, and writes models/nlu.json, then the later-turn danger model beside it
 * (models/nlu-later.json, bench/train-later-turns.ts). Deterministic (seeded). A test
 * (tests/unit/nlu/modelBundle.test.ts) fails when the shipped file no longer matches its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { joinedTuningSets, trainingSources } from '../src/nlu/model/sources';
import { trainBundle } from '../src/nlu/model/training';
import { writeLaterTurnModel } from './train-later-turns';

/** The tuning sets by file name, in the order of TrainingInput.tuning (sources.ts trainingSources). */
const tuningFiles = (root: string) => joinedTuningSets(root).map((f) => path.basename(f));

function main(): void {
  const root = path.resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const without = args.includes('--without') ? args[args.indexOf('--without') + 1] : undefined;
  const all = trainingSources(root);
  // `--without FILE.jsonl --out FILE`: the thresholds as they were before a tuning set joined the
  // pool (the stability check of round 26); the set's lines stay out of training as they do with it.
  const sources = without === undefined ? all : { ...all, tuning: all.tuning.filter((_, i) => tuningFiles(root)[i] !== without) };
  if (without !== undefined && sources.tuning.length === all.tuning.length) throw new Error(`--without ${without}: no such tuning set`);
  const started = Date.now();
  const bundle = trainBundle(sources);
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
  if (without !== undefined && out === undefined) throw new Error('--without writes elsewhere: give --out FILE');
  const file = out === undefined ? path.join(root, 'models', 'nlu.json') : path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  // The later-turn model reads this bundle's danger vocabulary: trained beside it (round 45).
  const later = out === undefined ? writeLaterTurnModel(root, sources, bundle, path.join(root, 'models', 'nlu-later.json')) : undefined;
  const sizes = Object.fromEntries(Object.entries(bundle.vocabulary).map(([set, v]) => [set, v.length]));
  console.log(
    JSON.stringify(
      {
        file: path.relative(root, file),
        ms: Date.now() - started,
        trainedOn: bundle.trainedOn,
        thresholds: bundle.thresholds,
        features: sizes,
        ...(later === undefined ? {} : { later }),
      },
      null,
      2,
    ),
  );
}

main();
