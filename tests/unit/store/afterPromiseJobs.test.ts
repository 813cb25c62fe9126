import { afterPromiseJobs } from '../../../src/store/sqlite/afterPromiseJobs';

/** A turn as a chain of promise jobs: `steps` awaits, then it notes that it ended. */
async function turn(name: string, steps: number, order: string[]): Promise<void> {
  for (let i = 0; i < steps; i++) await Promise.resolve();
  order.push(`${name} ended`);
}

describe('afterPromiseJobs', () => {
  it('runs after every promise job the callback set going, before the next callback of the loop', async () => {
    const order: string[] = [];
    await new Promise<void>((done) => {
      // As a commit's answer does: one callback resolves what a block of turns waited for.
      setImmediate(() => {
        let letGo!: () => void;
        const answered = new Promise<void>((resolve) => (letGo = resolve));
        void answered.then(() => Promise.all([turn('a', 30, order), turn('b', 5, order), turn('c', 60, order)]));
        letGo();
        afterPromiseJobs(() => order.push('handed over'));
        setImmediate(() => {
          order.push('next callback');
          done();
        });
      });
    });
    expect(order).toEqual(['b ended', 'a ended', 'c ended', 'handed over', 'next callback']);
  });

  it('also runs after jobs queued by a tick of that callback', async () => {
    const order: string[] = [];
    await new Promise<void>((done) => {
      setImmediate(() => {
        afterPromiseJobs(() => order.push('handed over'));
        process.nextTick(() => void turn('ticked', 10, order));
        setImmediate(() => done());
      });
    });
    expect(order).toEqual(['ticked ended', 'handed over']);
  });
});
