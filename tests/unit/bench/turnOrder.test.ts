import { turnOrder } from '../../../bench/support/turnOrder';

/** One marks line as turnMarks.cjs writes it: received, stored, started, ended, committed, answered, arrived, written, handed. */
function line(id: string, t: { arrived: number; started: number; ended: number; handed?: number; written: number }): string {
  const times = [t.arrived + 1, t.started - 1, t.started, t.ended, t.written - 2, t.written - 1, t.arrived, t.written, t.handed];
  return [id, ...times.map((n) => (n === undefined ? '' : n.toFixed(2)))].join('\t');
}

describe('turnOrder', () => {
  it('counts ends handed over after another turn started, and the wait until hand-over', () => {
    const marks = [
      // a ends at 20 and is handed at 21, before b starts: not held.
      line('a', { arrived: 0, started: 10, ended: 20, handed: 21, written: 40 }),
      // b ends at 30; c starts at 31 and its block runs first; b is handed at 50.
      line('b', { arrived: 0, started: 22, ended: 30, handed: 50, written: 70 }),
      line('c', { arrived: 0, started: 31, ended: 49, handed: 50, written: 70 }),
    ].join('\n');
    const order = turnOrder(marks);
    expect(order.turns).toBe(3);
    // Two messages (at 21, and at 50 with b's and c's ends) for three turns.
    expect(order.handing).toEqual({ meanMs: 7.3, p99Ms: 20, heldBehindAnotherTurn: 0.333, messagesPer1000Turns: 666.7 });
  });

  it('counts turns answered after ones that arrived later, not those of the same moment or commit', () => {
    const marks = [
      line('early', { arrived: 0, started: 50, ended: 60, written: 100 }),
      // Arrived within the grace of 'early' and answered first: not counted.
      line('same', { arrived: 3, started: 10, ended: 20, written: 30 }),
      // Arrived later and answered before 'early': 'early' was overtaken by one.
      line('late', { arrived: 10, started: 20, ended: 30, written: 40 }),
      line('last', { arrived: 20, started: 70, ended: 80, written: 120 }),
      // Arrived later, answered with 'last' by the same commit but a little before it: not counted.
      line('with last', { arrived: 30, started: 71, ended: 81, written: 118 }),
    ].join('\n');
    const order = turnOrder(marks);
    expect(order.overtaken).toEqual({ share: 0.2, meanLaterAnsweredFirst: 0.2 });
    // Without the hand-over column there is no hand-over figure.
    expect(order.handing).toBeNull();
  });

  it('leaves out turns that arrived before the run and lines with a mark missing', () => {
    const marks = [
      line('before', { arrived: 0, started: 10, ended: 20, handed: 21, written: 40 }),
      line('in', { arrived: 100, started: 110, ended: 120, handed: 121, written: 140 }),
      'broken\t1\t2\t\t4\t5\t6\t7\t8\t9',
    ].join('\n');
    expect(turnOrder(marks, 50).turns).toBe(1);
  });
});
