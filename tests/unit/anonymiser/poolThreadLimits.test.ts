import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANONYMISER_YOUNG_GENERATION_MB, startPoolWorker } from '../../../src/anonymiser/pool';

describe('an anonymiser thread', () => {
  it("runs with the pool's young generation", async () => {
    const thread = startPoolWorker();
    try {
      // Node reports the limits the thread's heap was made with.
      expect(thread.resourceLimits?.maxYoungGenerationSizeMb).toBe(ANONYMISER_YOUNG_GENERATION_MB);
    } finally {
      await thread.terminate();
    }
  });

  it("has the young generation `npm start`'s semi-space flag gives every thread, so the bench times what serves", () => {
    const scripts = (JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { scripts: { start: string } })
      .scripts;
    const semiSpaceMb = Number(/--max-semi-space-size=(\d+)/.exec(scripts.start)?.[1]);
    // V8's young generation is three semi-spaces (two and the new large objects' share).
    expect(ANONYMISER_YOUNG_GENERATION_MB).toBe(3 * semiSpaceMb);
  });
});
