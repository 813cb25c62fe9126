/**
 * What the question cues worked out about the pieces of one message while it is read. Reading a
 * message's questions asks for the plain words of the message, of each sentence and of each
 * clause, whether each of them asks something and which of a text's sentences ask, many times over
 * (every cue function starts from the text or its sentences): ~300 µs a message, most of it the
 * same `plainWords` again. Those are
 * the citizen's own words, so no memo lives beyond the reading (as in src/anonymiser/runMemo.ts):
 * one is active only while `withCueMemo`'s synchronous call lasts and is dropped when it returns.
 * Outside it nothing is remembered and every call computes afresh.
 */
import { recall } from '../boundedMemo';
import { withNormalForms } from '../safety/normalise';
import type { QuestionClause } from '../nlu/questions/clauses';

/** A bound for a very long message (its sentences and clauses); past it the memo starts again. */
const LIMIT = 4_096;

class CueMemo {
  readonly plain = new Map<string, string>();
  readonly asks = new Map<string, boolean>();
  readonly askingSentences = new Map<string, readonly string[]>();
  readonly clauses = new Map<string, readonly QuestionClause[]>();
  readonly consequences = new Map<string, readonly string[]>();
  readonly cued = new Map<string, readonly string[]>();
}

let active: CueMemo | undefined;

/** Runs `work` with a memo for the reading of one message; inside a reading already, that one serves. */
export function withCueMemo<T>(work: () => T): T {
  return active ? work() : within(new CueMemo(), work);
}

/** Runs a piece of one message's reading in the memo of the reading. */
export type CueReading = <T>(work: () => T) => T;

/**
 * One memo for the pieces of a message's reading that run apart (a dialog's turn reads the cues,
 * then later in the same turn whether a question is put to the helpline): each call runs `work`
 * as `withCueMemo` does, all in the same memo. Dropped with the returned function (the caller's
 * turn); inside a reading already, that one serves.
 */
export function cueReading(): CueReading {
  const memo = new CueMemo();
  return (work) => (active ? work() : within(memo, work));
}

function within<T>(memo: CueMemo, work: () => T): T {
  active = memo;
  try {
    // The cues' plain words start from the same normal forms as the look's (safety/normalise.ts).
    return withNormalForms(work);
  } finally {
    active = undefined;
  }
}

/** `compute(text)` for the plain words of `text`, remembered during a reading. */
export function recallPlain(text: string, compute: (text: string) => string): string {
  return active ? recall(active.plain, text, compute, LIMIT) : compute(text);
}

/** `compute(text)` for whether `text` asks something, remembered during a reading. */
export function recallAsks(text: string, compute: (text: string) => boolean): boolean {
  return active ? recall(active.asks, text, compute, LIMIT) : compute(text);
}

/**
 * `compute(text)` for the question clauses of `text`, remembered during a reading: the outcome, the
 * telling of others and the question put to the helpline each parse the same message's clauses
 * (one array of readonly clauses for every caller: none changes it).
 */
export function recallClauses(text: string, compute: (text: string) => readonly QuestionClause[]): readonly QuestionClause[] {
  return active ? recall(active.clauses, text, compute, LIMIT) : compute(text);
}

/** `compute(text)` for the sentences of `text` that ask, remembered during a reading (one array for every caller: none changes it). */
export function recallAskingSentences(text: string, compute: (text: string) => readonly string[]): readonly string[] {
  return active ? recall(active.askingSentences, text, compute, LIMIT) : compute(text);
}

/**
 * `compute(text)` for the consequences a message asks about, remembered during a reading: the
 * triage turn asks it of the same message up to five times (the topics' order, the police and
 * anonymity cues, the turn's own record). One array for every caller: none changes it.
 */
export function recallConsequences<C extends string>(text: string, compute: (text: string) => readonly C[]): readonly C[] {
  return active ? (recall(active.consequences, text, compute, LIMIT) as readonly C[]) : compute(text);
}

/**
 * `compute(text)` for the topics the plain cues find in `text`, remembered during a reading: the
 * asking sentences' cues (askedCueTopics) and the order of the answers (ownQuestions.ts
 * `inAskedOrder`, round 48) ask them of the same sentences in one turn. One array for every caller:
 * none changes it.
 */
export function recallCued<T extends string>(text: string, compute: (text: string) => readonly T[]): readonly T[] {
  return active ? (recall(active.cued, text, compute, LIMIT) as readonly T[]) : compute(text);
}
