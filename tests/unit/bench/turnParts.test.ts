import { noTurnRunning, turnParts } from '../../../bench/support/turnParts';
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

  it('splits the time outside the adapter with the server’s arrival and write marks and the client’s own times', () => {
    // received, stored, started, ended, committed, answered, arrived, written
    const marks = [
      line('a', [0, 1, 1, 2, 3, 3]),
      line('a', [104, 110, 112, 150, 160, 161, 101, 163]),
      line('b', [50, 51, 52, 53, 54, 55]),
    ].join('\n');
    const answered: AnsweredTurn[] = [
      { conversationId: 'a', ms: 70, firstWave: true, sentAt: 98, gotAt: 168 },
      { conversationId: 'b', ms: 9, firstWave: true, sentAt: 45, gotAt: 54 },
    ];
    const figures = turnParts(answered, marks);
    // b has no arrival or write mark: its turn is split as before, but not its outside.
    expect(figures.paired).toBe(2);
    // a: sending 101 - 98, handling 104 - 101, writing 163 - 161, reading 168 - 163 (sum: its outside, 70 - 57).
    expect(figures.outside).toEqual({
      all: { sending: 3, handling: 3, writing: 2, reading: 5 },
      slowest1pct: { sending: 3, handling: 3, writing: 2, reading: 5 },
      firstWave: { sending: 3, handling: 3, writing: 2, reading: 5 },
      paired: 1,
    });
  });

  it('has no outside split without the client’s times', () => {
    const figures = turnParts([{ conversationId: 'a', ms: 9, firstWave: true }], line('a', [0, 1, 2, 3, 4, 5, 0, 6]));
    expect(figures.paired).toBe(1);
    expect(figures.outside).toBeNull();
  });

  it('counts the time no turn runs and what the turns in flight wait for meanwhile', () => {
    // Turn x runs 10–20; y waits for its message's commit 0–30 and runs 30–40; x's end commits 20–35.
    const census = noTurnRunning([
      { part: 'running', from: 10, to: 20 },
      { part: 'storing', from: 0, to: 30 },
      { part: 'running', from: 30, to: 40 },
      { part: 'committing', from: 20, to: 35 },
      { part: 'reading', from: 40, to: 50 },
    ]);
    // No turn runs 0–10 (y storing), 20–30 (y storing, x committing) and 40–50 (y reading).
    expect(census.spanMs).toBe(50);
    expect(census.ms).toBe(30);
    expect(census.waiting.storing).toBe(0.7);
    expect(census.waiting.committing).toBe(0.3);
    expect(census.waiting.reading).toBe(0.3);
    expect(census.waiting.sending).toBe(0);
  });

  it('builds the census from the turns with a full outside split', () => {
    const marks = line('a', [4, 10, 10, 20, 30, 30, 2, 31]);
    const figures = turnParts([{ conversationId: 'a', ms: 33, firstWave: true, sentAt: 0, gotAt: 33 }], marks);
    // Running 10–20 only: 0–10 and 20–33 without a turn running.
    expect(figures.census).toMatchObject({ spanMs: 33, ms: 23 });
    expect(figures.census!.waiting.committing).toBe(Math.round((10 / 23) * 10) / 10);
  });
});
