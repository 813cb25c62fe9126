import path from 'node:path';
import { trainingSources } from '../../src/nlu/model/sources';
import type { TrainingInput } from '../../src/nlu/model/training';

// What the shipped models are trained from, read once per jest module registry: reading it runs the
// text analysis over every corpus and tuning line (several seconds on a loaded machine), and three
// tests of the nlu group each read it again (round 41). Its lists are readonly, so no test can change
// what the next one is given.
let shared: TrainingInput | undefined;

export function shippedTrainingSources(): TrainingInput {
  shared ??= trainingSources(path.resolve(__dirname, '../..'));
  return shared;
}
