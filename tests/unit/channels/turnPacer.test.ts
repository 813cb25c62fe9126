import { TurnPacer } from '../../../src/channels/turnPacer';

/** A pacer on a manual clock whose "later turns of the loop" run only when the test says so. */
function harness(sliceMs = 10) {
  let now = 0;
  let later: Array<() => void> = [];
  const pacer = new TurnPacer({ sliceMs, now: () => now, later: (work) => later.push(work) });
  const started: string[] = [];
  /** Asks for a turn; its name is noted when it may start. */
  const ask = (name: string) => void pacer.turn().then(() => started.push(name));
  /** Runs what was deferred to the next turn of the loop, then the promises it released. */
  const nextLoopTurn = async () => {
    const due = later;
    later = [];
    for (const work of due) work();
    await flush();
  };
  return {
    ask,
    started,
    nextLoopTurn,
    advance: (ms: number) => {
      now += ms;
    },
    deferred: () => later.length,
  };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TurnPacer', () => {
  it('starts turns at once while the loop turn has time left', async () => {
    const p = harness();
    p.ask('a');
    p.advance(3);
    p.ask('b');
    await flush();
    expect(p.started).toEqual(['a', 'b']);
  });

  it('holds the turns that come after the slice and starts them in arrival order on later loop turns', async () => {
    const p = harness(10);
    p.ask('a');
    p.advance(12);
    p.ask('b');
    p.ask('c');
    p.advance(1);
    p.ask('d');
    await flush();
    expect(p.started).toEqual(['a']);
    // One turn took the loop turn's 13 ms: the average goes from 1 to 0.8 × 1 + 0.2 × 13 = 3.4 ms, two fit.
    await p.nextLoopTurn();
    expect(p.started).toEqual(['a', 'b', 'c']);
    // Those two took 40 ms: 0.8 × 3.4 + 0.2 × 20 = 6.7 ms, one fits (never none).
    p.advance(40);
    await p.nextLoopTurn();
    expect(p.started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('starts as many waiting turns per loop turn as fit in a slice at the time measured per turn', async () => {
    const p = harness(10);
    // Ten quick turns in a first loop turn of 20 ms: about 2 ms each, then five waiting.
    for (let i = 0; i < 10; i++) {
      p.ask(`q${i}`);
      p.advance(1);
    }
    for (let i = 0; i < 5; i++) p.ask(`w${i}`);
    p.advance(10);
    await flush();
    expect(p.started).toHaveLength(10);
    await p.nextLoopTurn();
    // The average moved from 1 ms towards 2 ms (0.8 × 1 + 0.2 × 2 = 1.2 ms): eight fit, five wait.
    expect(p.started.slice(10)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
  });

  it('lets a turn that comes while others wait queue behind them, even with time left', async () => {
    const p = harness(10);
    p.ask('a');
    p.advance(11);
    p.ask('b');
    await p.nextLoopTurn();
    expect(p.started).toEqual(['a', 'b']);
    p.ask('c');
    await flush();
    // The slice that started b has time left and nobody waits: c starts at once.
    expect(p.started).toEqual(['a', 'b', 'c']);
  });

  it('ends the slice when nothing waits, so the next loop turn begins a fresh one', async () => {
    const p = harness(10);
    p.ask('a');
    p.advance(50);
    await p.nextLoopTurn();
    expect(p.deferred()).toBe(0);
    p.ask('b');
    await flush();
    expect(p.started).toEqual(['a', 'b']);
  });
});
