/**
 * The port through which anonymised copies are made: a whole conversation in, its anonymised texts
 * out. Two adapters give byte-identical answers because both run `anonymiseJob`: `inProcess` (on
 * the caller's thread, for the CLI and tests) and the pool of worker threads (pool.ts), which the
 * server uses so that no copy is made on its event loop.
 */
import { Pseudonymiser } from './pseudonymiser';

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
  const pseudonymiser = job.continuing ? Pseudonymiser.continuing(job.texts) : new Pseudonymiser();
  return pseudonymiser.anonymiseConversation(job.texts).map((t) => t.text);
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
