import { writerFigures } from '../../../bench/support/writerFigures';

describe('writerFigures', () => {
  const lines = [
    'flush\t900.00\t50.00\t400\t1', // before the run: a warm-up's batch
    'flush\t1000.00\t10.00\t100\t0',
    'flush\t1100.00\t30.00\t300\t1',
    'checkpoint\t1140.00\t12.50',
    'flush\t1200.00\t20.00\t200\t0',
    'checkpoint\t1230.00\t7.50',
    '',
  ].join('\n');

  it("sums the run's batches per write and splits the answers that waited for a checkpoint from the others", () => {
    expect(writerFigures(lines, 1000)).toEqual({
      flushes: 3,
      writesPerFlush: 200,
      answerMsPerWrite: 0.1,
      answerMs: { p50: 20, p99: 30, max: 30 },
      checkpointsBeforeAnswer: { count: 1, meanAnswerMs: 30, otherMeanAnswerMs: 15 },
      checkpointsAfterAnswer: { count: 2, meanMs: 10 },
    });
  });

  it('leaves the batches before the run out, and answers with zeros and nulls when none is left', () => {
    expect(writerFigures(lines, 5000)).toEqual({
      flushes: 0,
      writesPerFlush: 0,
      answerMsPerWrite: 0,
      answerMs: { p50: 0, p99: 0, max: 0 },
      checkpointsBeforeAnswer: { count: 0, meanAnswerMs: null, otherMeanAnswerMs: null },
      checkpointsAfterAnswer: { count: 0, meanMs: null },
    });
  });
});
