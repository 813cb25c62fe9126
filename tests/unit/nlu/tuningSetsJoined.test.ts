/**
 * A tuning set read but not yet joined to training (sources.ts NOT_YET_JOINED, round 39): eval and
 * tuning read it, but its lines are not left out of the corpus and its scores choose no threshold.
 */
import path from 'node:path';
import { joinedTuningSets, laterTuningSets, TUNING_SET, trainingSources } from '../../../src/nlu/model/sources';

const root = path.resolve(__dirname, '../../..');
const name = (f: string) => path.basename(f);

describe('tuning sets and training', () => {
  it('reads nlu-dev-af and nlu-dev-ag as tuning sets but does not join them to training', () => {
    expect(laterTuningSets(root).map(name)).toEqual(expect.arrayContaining(['nlu-dev-af.jsonl', 'nlu-dev-ag.jsonl']));
    const joined = joinedTuningSets(root).map(name);
    expect(joined).not.toContain('nlu-dev-af.jsonl');
    expect(joined).not.toContain('nlu-dev-ag.jsonl');
    expect(joined[0]).toBe(name(TUNING_SET));
    expect(joined).toEqual([
      name(TUNING_SET),
      ...laterTuningSets(root)
        .map(name)
        .filter((f) => f !== 'nlu-dev-af.jsonl' && f !== 'nlu-dev-ag.jsonl'),
    ]);
  });

  it('gives training one list per joined set, the threshold pool', () => {
    expect(trainingSources(root).tuning).toHaveLength(joinedTuningSets(root).length);
  });
});
