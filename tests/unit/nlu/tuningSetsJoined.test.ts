/**
 * Every tuning set takes part in training (round 40): its lines are left out of the corpus and its
 * scores choose the thresholds. Round 39 held nlu-dev-af back (NOT_YET_JOINED) while the training
 * order was a shuffle of the whole corpus.
 */
import path from 'node:path';
import { joinedTuningSets, laterTuningSets, TUNING_SET } from '../../../src/nlu/model/sources';
import { shippedTrainingSources } from '../../support/trainingSources';

const root = path.resolve(__dirname, '../../..');
const name = (f: string) => path.basename(f);

describe('tuning sets and training', () => {
  it('joins every tuning set to training, nlu-dev-af and nlu-dev-ag included', () => {
    const joined = joinedTuningSets(root).map(name);
    expect(joined).toEqual(expect.arrayContaining(['nlu-dev-af.jsonl', 'nlu-dev-ag.jsonl']));
    expect(joined).toEqual([name(TUNING_SET), ...laterTuningSets(root).map(name)]);
  });

  it('gives training one list per joined set, the threshold pool', () => {
    expect(shippedTrainingSources().tuning).toHaveLength(joinedTuningSets(root).length);
  });
});
