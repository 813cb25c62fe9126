/**
 * Jobs read as one batch (round 38): `anonymiseJobs` gives each job what `anonymiseJob` gives it
 * alone, made afresh and made again over an older copy, whatever the jobs beside it; an anonymiser
 * thread's answers to a batch are those of its jobs one by one, and a job that throws fails alone.
 */
import { anonymiseJob, anonymiseJobs, type AnonymiseJob } from '../../../src/anonymiser/conversationAnonymiser';
import { answersTo } from '../../../src/anonymiser/poolBatch';
import type { ToAnonymiser } from '../../../src/anonymiser/poolProtocol';
import { anonymiserConversations } from '../../support/anonymiserConversations';

/** The conversations of two tuning sets, never the blind ones. */
const conversations = () => anonymiserConversations(['anonymiser-dev-y.jsonl', 'anonymiser.jsonl']);

describe('anonymiseJobs', () => {
  const fresh: AnonymiseJob[] = conversations().map((texts) => ({ texts, continuing: false }));

  it('gives every job of a batch what it gets alone', () => {
    expect(fresh.length).toBeGreaterThan(20);
    const alone = fresh.map(anonymiseJob);
    expect(anonymiseJobs(fresh)).toEqual(alone);
    // Batches of other sizes, in another order: each job's answer is still its own.
    const reversed = [...fresh].reverse();
    for (let i = 0; i < reversed.length; i += 8) {
      const batch = reversed.slice(i, i + 8);
      expect(anonymiseJobs(batch)).toEqual(batch.map(anonymiseJob));
    }
  });

  it('continues an older copy as a job alone does', () => {
    const again: AnonymiseJob[] = fresh.slice(0, 12).map((job) => ({ texts: anonymiseJob(job), continuing: true }));
    const mixed = [...again, ...fresh.slice(12, 16)];
    expect(anonymiseJobs(mixed)).toEqual(mixed.map(anonymiseJob));
  });

  it('answers an empty batch and empty conversations', () => {
    expect(anonymiseJobs([])).toEqual([]);
    const jobs: AnonymiseJob[] = [
      { texts: [], continuing: false },
      { texts: ['Ik ben Sanne uit Breda.'], continuing: false },
    ];
    expect(anonymiseJobs(jobs)).toEqual(jobs.map(anonymiseJob));
  });
});

describe('answersTo (an anonymiser thread)', () => {
  const job = (id: number, text: string): ToAnonymiser => ({ kind: 'job', id, texts: [text], continuing: false });
  const upper = (j: AnonymiseJob): string[] => j.texts.map((t) => t.toUpperCase());

  it('reads the jobs that came together as one batch', () => {
    const together = jest.fn((jobs: readonly AnonymiseJob[]) => jobs.map(upper));
    const alone = jest.fn(upper);
    expect(answersTo([job(1, 'a'), job(2, 'b')], together, alone)).toEqual([
      { kind: 'done', id: 1, texts: ['A'] },
      { kind: 'done', id: 2, texts: ['B'] },
    ]);
    expect(together).toHaveBeenCalledTimes(1);
    expect(alone).not.toHaveBeenCalled();
  });

  it('reads one job alone', () => {
    const together = jest.fn((jobs: readonly AnonymiseJob[]) => jobs.map(upper));
    expect(answersTo([job(7, 'x')], together, upper)).toEqual([{ kind: 'done', id: 7, texts: ['X'] }]);
    expect(together).not.toHaveBeenCalled();
  });

  it('fails only the job that throws when a batch throws', () => {
    const together = (): string[][] => {
      throw new TypeError('a text of the batch');
    };
    const alone = (j: AnonymiseJob): string[] => {
      if (j.texts[0] === 'stuk') throw new RangeError('this text');
      return upper(j);
    };
    expect(answersTo([job(1, 'heel'), job(2, 'stuk'), job(3, 'ook')], together, alone)).toEqual([
      { kind: 'done', id: 1, texts: ['HEEL'] },
      { kind: 'failed', id: 2, errorName: 'RangeError' },
      { kind: 'done', id: 3, texts: ['OOK'] },
    ]);
  });
});
