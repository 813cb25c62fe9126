/**
 * The port through which anonymised copies are made: a whole conversation in, its anonymised texts
 * out. Two adapters give byte-identical answers because both run `anonymiseJob`: `inProcess` (on
 * the caller's thread, for the CLI and tests) and the pool of worker threads (pool.ts), which the
 * server uses so that no copy is made on its event loop.
 */
import { keepingTokens, proposeAll } from './detect';
import { Pseudonymiser } from './pseudonymiser';
import { RunMemo, withMemo } from './runMemo';

/**
 * One conversation's texts in order. `continuing`: the texts are an older anonymiser's copy, whose
 * placeholders stay and whose new ones continue after the highest number (`Pseudonymiser.continuing`).
 */
export interface AnonymiseJob {
  texts: readonly string[];
  continuing: boolean;
}

export interface ConversationAnonymiser {
  /** The anonymised text of each of the job's texts, in the same order. */
  anonymise(job: AnonymiseJob): Promise<string[]>;
  /** Ends the threads it runs (if any); a job asked after this is refused. */
  close(): Promise<void>;
}

/** What both adapters run: the whole transcript through one Pseudonymiser. */
export function anonymiseJob(job: AnonymiseJob): string[] {
  return pseudonymiserFor(job)
    .anonymiseConversation(job.texts)
    .map((t) => t.text);
}

/**
 * `anonymiseJob` of each job, with the detectors reading the texts of all of them stage by stage
 * together: each detector's code and tables stay in the processor's caches over more texts, which
 * costs a text about a quarter less over 160 texts than over one conversation of 20 (ADR 0002,
 * round 38). The proposals depend on the text alone and the run memo of the batch only remembers
 * what the detectors worked out about words and texts, so each job's answer is `anonymiseJob`'s;
 * each job is still settled against its own conversation's memory. The jobs are settled within the
 * batch's memo, with every text's tokens kept: settling reads each message twice more, and a memo
 * of its own per job had to tokenize them and work out their words again (ADR 0002, round 49). The
 * batch's memo is dropped on return.
 */
export function anonymiseJobs(jobs: readonly AnonymiseJob[]): string[][] {
  if (jobs.length === 1) return [anonymiseJob(jobs[0]!)];
  const memo = new RunMemo();
  return withMemo(memo, () =>
    keepingTokens(memo, () => {
      const proposals = proposeAll(jobs.flatMap((job) => job.texts));
      let at = 0;
      return jobs.map((job) => {
        const own = proposals.slice(at, (at += job.texts.length));
        return pseudonymiserFor(job, memo)
          .anonymiseProposed(job.texts, own)
          .map((t) => t.text);
      });
    }),
  );
}

function pseudonymiserFor(job: AnonymiseJob, memo?: RunMemo): Pseudonymiser {
  return job.continuing ? Pseudonymiser.continuing(job.texts, memo) : new Pseudonymiser(memo);
}

/** On the caller's thread: a long conversation holds it for as long as the anonymiser takes. */
export const inProcessAnonymiser: ConversationAnonymiser = {
  anonymise: (job) => {
    try {
      return Promise.resolve(anonymiseJob(job));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  },
  close: () => Promise.resolve(),
};
