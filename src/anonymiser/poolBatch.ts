/**
 * What an anonymiser thread (poolWorker.ts) answers to the jobs that reached it together: read as
 * one batch (`anonymiseJobs`), so the detectors read all their texts stage by stage. A batch that
 * throws is run again job by job, so one job's failure is that job's answer alone, as it was before
 * batches.
 */
import { anonymiseJob, anonymiseJobs, type AnonymiseJob } from './conversationAnonymiser';
import { errorName, type FromAnonymiser, type ToAnonymiser } from './poolProtocol';

export function answersTo(
  jobs: readonly ToAnonymiser[],
  together: (jobs: readonly AnonymiseJob[]) => string[][] = anonymiseJobs,
  alone: (job: AnonymiseJob) => string[] = anonymiseJob,
): FromAnonymiser[] {
  if (jobs.length > 1) {
    try {
      const texts = together(jobs);
      return jobs.map((job, i) => ({ kind: 'done', id: job.id, texts: texts[i]! }));
    } catch {
      // Which job threw is not known here: each is run again on its own below.
    }
  }
  return jobs.map((job): FromAnonymiser => {
    try {
      return { kind: 'done', id: job.id, texts: alone(job) };
    } catch (err) {
      return { kind: 'failed', id: job.id, errorName: errorName(err) };
    }
  });
}
