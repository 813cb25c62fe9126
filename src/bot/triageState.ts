import type { ConversationState, TurnContext } from 'botbuilder';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { writeAtTurnEnd } from '../channels/turnCompletion';
import { emptyTriage, triageSummarySchema } from '../triage/summary';
import type { TriageSummary } from '../triage/summary';
import { TRIAGE_STATE } from './stateKeys';

const SAVED = Symbol('helpline.triageSaved');
/** The key of the record's write among the turn's end writes. */
const TRIAGE_RECORD = 'triage.record';
const READ = Symbol('helpline.triageRead');

/** The summary this turn read, and the state value it was read from. */
interface TurnRead {
  from: unknown;
  summary: TriageSummary;
}

/** What the record holds for a summary loaded with the state; undefined before the first set ever. */
const stored = (loaded: TriageSummary | undefined) => (loaded === undefined ? undefined : JSON.stringify(loaded));

/**
 * The triage summary lives in bot state (for the dialogs) and is copied to the conversation
 * record on every change (for the counsellor's queue and for statistics).
 *
 * The summary is checked with zod where it enters: once per turn, when it comes from the stored
 * state (an older record gets its defaults there). The bot and the dialogs read it three to four
 * times a turn, and a parse each time (a copy of the summary and its facts) was ~1 % of the event
 * loop and ~2 % of a turn's garbage. Later reads in the turn get that same summary, or the one the
 * turn set; the callers build a new summary for every change (`rememberFacts`, spreads), never
 * change the one they got. Read again when the state under it was replaced (a forced reload).
 */
export function createTriageAccess(
  conversationState: ConversationState,
  save: (conversationId: string, summary: TriageSummary) => Promise<void>,
): TriageAccess {
  // The state of the turn itself, not a property accessor: botbuilder's accessor only loads this
  // state (kept in the turn once loaded) and reads or writes the one key, but through a
  // generator-based awaiter of its own for each of the four to six reads and writes of a turn.
  const stateOf = (context: TurnContext) => conversationState.load(context) as Promise<Record<string, unknown>>;
  return {
    get: async (context: TurnContext) => {
      const value = (await stateOf(context))[TRIAGE_STATE] as TriageSummary | undefined;
      // The default is not put into the state, so "never set" stays visible to `set` below.
      if (value === undefined) return emptyTriage();
      const read = context.turnState.get(READ) as TurnRead | undefined;
      if (read?.from === value) return read.summary;
      const summary = triageSummarySchema.parse(value);
      context.turnState.set(READ, { from: value, summary } satisfies TurnRead);
      return summary;
    },
    set: async (context: TurnContext, summary: TriageSummary) => {
      // Most turns end by setting the summary they read: unchanged, the record needs no write.
      // Compared as text with what the record last got (in this turn, or as loaded with the
      // state), so a caller changing its object after a set cannot make a change look old.
      const saved =
        (context.turnState.get(SAVED) as string | undefined) ?? stored((await stateOf(context))[TRIAGE_STATE] as TriageSummary | undefined);
      const json = JSON.stringify(summary);
      (await stateOf(context))[TRIAGE_STATE] = summary;
      // A summary set in this turn was made by the turn's own code (typed), not read from outside.
      context.turnState.set(READ, { from: summary, summary } satisfies TurnRead);
      if (json === saved) return;
      // Nothing in the turn reads the record back: the copy is written with the turn's end (one
      // commit with the state save, where the channel holds such writes) instead of being waited
      // for here; the last summary set in the turn is the one written.
      // As it is now: a caller that changes its object later sets it again.
      const conversationId = context.activity.conversation.id;
      const written = JSON.parse(json) as TriageSummary;
      await writeAtTurnEnd(context, TRIAGE_RECORD, () => save(conversationId, written));
      context.turnState.set(SAVED, json);
    },
  };
}
