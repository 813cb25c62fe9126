import { turnParts } from '../../../bench/support/turnParts';
import type { AnsweredTurn } from '../../../bench/support/turnParts';

/** A marks line: received, stored, started, ended, committed, answered (ms). */
const line = (conversationId: string, times: Array<number | ''>) => [conversationId, ...times].join('\t');

describe('the concurrent latencies split into their parts (server bench, BENCH_TURN_MARKS)', () => {
  it('pairs a conversation’s last marks with its answers in order, after its opening', () => {
    const marks = [
      line('a', [0, 1, 1, 2, 3, 3]), // the opening: no answer of the run
      line('a', [100, 110, 112, 150, 160, 161]),
      line('a', [200, 205, 205, 215, 225, 226]),
      '',
    ].join('\n');
    const answered: AnsweredTurn[] = [
      { conversationId: 'a', ms: 70, firstWave: true },
      { conversationId: 'a', ms: 30, firstWave: false },
    ];
    const figures = turnParts(answered, marks);
    expect(figures.paired).toBe(2);
    // Turn 1: outside 70 - 61 = 9, storing 10, queued 2, running 38, committing 10, answering 1.
    expect(figures.firstWave).toEqual({ outside: 9, storing: 10, queued: 2, running: 38, committing: 10, answering: 1 });
    // Means over both: turn 2 is outside 4, storing 5, queued 0, running 10, committing 10, answering 1.
    expect(figures.all).toEqual({ outside: 6.5, storing: 7.5, queued: 1, running: 24, committing: 10, answering: 1 });
    // One turn in a hundred, at least one: the slowest.
    expect(figures.slowest1pct).toEqual(figures.firstWave);
  });

  it('leaves out a conversation with fewer marks than answers and a turn with a mark missing', () => {
    const marks = [line('a', [0, 1, 2, 3, 4, 5]), line('b', [0, 1, 2, '', '', 5]), line('b', [10, 11, 12, 13, 14, 15])].join('\n');
    const answered: AnsweredTurn[] = [
      { conversationId: 'a', ms: 9, firstWave: true },
      { conversationId: 'a', ms: 9, firstWave: false },
      { conversationId: 'b', ms: 9, firstWave: true },
      { conversationId: 'b', ms: 8, firstWave: false },
    ];
    const figures = turnParts(answered, marks);
    expect(figures.paired).toBe(1);
    expect(figures.all).toEqual({ outside: 3, storing: 1, queued: 1, running: 1, committing: 1, answering: 1 });
  });
});
