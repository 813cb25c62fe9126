import { ActivityTypes, BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { Clock, RandomSource } from '../../clock';
import { randomId } from '../../clock';
import type { Logger } from '../../log';
import type { JsonObject, OutgoingTranscriptEntry, SenderRole, TranscriptStore } from '../../store/ports';
import type { ActivityHub } from './activityHub';
import { activityId } from './activityIds';
import { holdTurnEndWrites, offerTurnCompletion, runHeldWrites } from '../turnCompletion';
import { TurnPacer } from '../turnPacer';
import { senderOf } from '../senderRole';
import type { ReadingLease, TextReadings } from '../../understanding/readingPool';

export const DIRECTLINE_CHANNEL_ID = 'directline';
export type TurnLogic = (context: TurnContext) => Promise<void>;

export interface DirectLineAdapterDeps {
  transcripts: TranscriptStore;
  hub: ActivityHub;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  bot: { id: string; name: string };
  serviceUrl: string;
  /**
   * Holds a conversation's turn against other instances (the store's lock), so two messages of
   * one citizen that a load balancer sent to two instances still run one after the other.
   */
  turnLock?: (conversationId: string, work: () => Promise<void>) => Promise<void>;
  /** Told the size of every outgoing activity stored, so a conversation's size cap counts replies too. */
  onStored?(conversationId: string, bytes: number): void;
  /** Spreads the turns of long messages over the turns of the event loop (a 10 ms slice when absent). */
  pacer?: TurnPacer;
  /**
   * Reads a citizen's text on another thread while the message is stored (understanding/readingPool.ts);
   * the turn waits for that reading once, within its deadline. Absent: the bot reads it in its turn.
   */
  readings?: TextReadings;
}

/** Long enough for a few long turns (~9 ms CPU for 2,000 characters), short against /healthz's 50 ms. */
const TURN_SLICE_MS = 10;
/**
 * Messages from this length on are paced. A turn's synchronous part grows with its text (the
 * screen and the models read every word); an ordinary message costs about 1 ms and is not held:
 * pacing every turn split the store's batched writes and cost ~1.5× the CPU per turn under load.
 */
export const PACED_TEXT_CHARS = 400;

/**
 * What a reply's response says in a citizen's stored turn. The replies are held and stored with
 * the turn's end (see `sendActivities`), and only that commit gives them their sequence numbers, so
 * the response starts `held` with the id `HELD_REPLY_ID` and the same object becomes `stored`, with
 * the stored activity's id, when the turn's end is answered. A bot that needs an id during its turn
 * must send a typing signal or a delay first (that stores what is held) or run outside a stored turn.
 * Elsewhere (counsellor messages, timers) a response is `stored` when `sendActivities` resolves.
 * What is never stored is `unstored`: a delay or an invoke response (empty id), a typing signal
 * (the id its listeners were told).
 */
export type ReplyResponse =
  { state: 'held'; id: typeof HELD_REPLY_ID } | { state: 'stored'; id: string } | { state: 'unstored'; id: string };

/** The id of a reply's response while it is held (botbuilder's `ResourceResponse.id` is a string). */
export const HELD_REPLY_ID = '';

/** The stored activity's id of a response from this adapter, or null while the reply is held or never stored. */
export function storedReplyId(response: ResourceResponse): string | null {
  const reply = response as ReplyResponse | ResourceResponse;
  return 'state' in reply && reply.state === 'stored' ? reply.id : null;
}

export interface ReceiveResult {
  id: string;
  /** False when the activity was a retry of one already stored (same clientActivityID). */
  created: boolean;
}

/**
 * The Bot Framework adapter of the self-hosted Direct Line channel. Every activity in and out is
 * appended to the transcript (the transcript is the channel's activity log, its seq the watermark)
 * before anyone is told about it. Turns of one conversation run one at a time, in arrival order.
 */
export class DirectLineAdapter extends BotAdapter {
  private readonly turns = new Map<string, Promise<void>>();
  private readonly pacer: TurnPacer;

  constructor(private readonly deps: DirectLineAdapterDeps) {
    super();
    this.pacer = deps.pacer ?? new TurnPacer({ sliceMs: TURN_SLICE_MS });
  }

  get botAccount(): { id: string; name: string } {
    return this.deps.bot;
  }

  /**
   * Stores an incoming activity durably, tells the streams, then runs the bot's turn. Resolves
   * after the turn; a failing turn is reported by onTurnError, never to the poster.
   */
  async receive(conversationId: string, incoming: Partial<Activity>, role: SenderRole, logic: TurnLogic): Promise<ReceiveResult> {
    const clientActivityId = clientActivityIdOf(incoming);
    // Read beside the store's write: the text is all the reading needs, and the turn waits for it once.
    const reading =
      role === 'citizen' && incoming.type === ActivityTypes.Message && typeof incoming.text === 'string' && incoming.text !== ''
        ? this.deps.readings?.lease(incoming.text)
        : undefined;
    try {
      return await this.storeAndRun(conversationId, incoming, clientActivityId, role, logic, reading);
    } finally {
      reading?.release();
    }
  }

  private async storeAndRun(
    conversationId: string,
    incoming: Partial<Activity>,
    clientActivityId: string | null,
    role: SenderRole,
    logic: TurnLogic,
    reading: ReadingLease | undefined,
  ): Promise<ReceiveResult> {
    const activity: Partial<Activity> = {
      ...incoming,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { id: this.deps.bot.id, name: this.deps.bot.name, role: 'bot' },
      timestamp: this.deps.clock.now(),
    };
    // Serialised once: the text is what the store keeps, its parse what the turn sees (the same
    // plain JSON a resumed turn reads back, e.g. the timestamp as a string).
    const activityJson = JSON.stringify(activity);
    const { entry, created } = await this.deps.transcripts.append(
      conversationId,
      {
        role,
        type: activity.type ?? 'message',
        text: typeof activity.text === 'string' ? activity.text : null,
        at: activity.timestamp as Date,
        clientActivityId,
        activity: JSON.parse(activityJson) as JsonObject,
      },
      { pendingTurn: true, activityJson },
    );
    const id = activityId(conversationId, entry.seq);
    if (created) this.deps.hub.publish(conversationId, { kind: 'appended' });
    // A retry of a message whose turn never finished (say the server died mid-turn) runs it now.
    else if (!(await this.deps.transcripts.isTurnPending(conversationId, entry.seq))) return { id, created };
    // The entry's activity is a parse of our own (this request's, or the stored row's): the id goes on it, not on a copy.
    const activityOfTurn = entry.activity as unknown as Activity;
    activityOfTurn.id = id;
    await this.runStoredTurn(conversationId, entry.seq, activityOfTurn, logic, { resumed: !created, reading });
    return { id, created };
  }

  /**
   * Runs the turns that were stored but never finished, for example before a crash. With
   * `storedBefore`, only those stored earlier: with several instances a younger one may still be
   * running on the instance that took it.
   */
  async resumePendingTurns(logic: TurnLogic, options: { storedBefore?: Date } = {}): Promise<number> {
    const cutoff = options.storedBefore?.getTime();
    const pending = (await this.deps.transcripts.pendingTurns(1000)).filter((e) => cutoff === undefined || e.at.getTime() < cutoff);
    for (const entry of pending) {
      const activity = { ...entry.activity, id: activityId(entry.conversationId, entry.seq) } as unknown as Activity;
      await this.runStoredTurn(entry.conversationId, entry.seq, activity, logic, { resumed: true });
    }
    return pending.length;
  }

  private async runStoredTurn(
    conversationId: string,
    seq: number,
    activity: Activity,
    logic: TurnLogic,
    options: { resumed: boolean; reading?: ReadingLease } = { resumed: false },
  ): Promise<void> {
    await this.serialize(conversationId, async () => {
      // A message this request has just stored is pending: in one instance only its own turn,
      // queued here first, marks it done (a retry of it queues behind and reads the mark), so it is
      // not read again. With several instances (a turn lock) another one may have taken it up as
      // orphaned while this one waited for the lock.
      const mayBeDone = options.resumed || this.deps.turnLock !== undefined;
      if (mayBeDone && !(await this.deps.transcripts.isTurnPending(conversationId, seq))) return;
      // A turn cut off after it had answered (even in part) is not run again: the citizen would
      // read the same reply twice. Its remaining replies are lost; the next message goes on.
      if (options.resumed && (await this.answeredAfter(conversationId, seq))) {
        await this.deps.transcripts.completeTurn(conversationId, seq);
        this.deps.logger.warn({ event: 'resumed_turn_skipped' }, 'unfinished turn had already answered; not run again');
        return;
      }
      // Stored and marked pending: waiting here loses nothing, and a shutdown's drain waits for it.
      if (typeof activity.text === 'string' && activity.text.length >= PACED_TEXT_CHARS) await this.pacer.turn();
      // Mostly there already: it was read while the message was stored.
      // Needed now: a text still far back in a reading thread's queue is read by the turn itself.
      if (options.reading) await options.reading.needed();
      const context = new TurnContext(this, activity);
      const held = new HeldReplies(conversationId);
      context.turnState.set(HELD_REPLIES, held);
      holdTurnEndWrites(context);
      let completed: Promise<void> | undefined;
      // The turn's end: its held writes and replies, then the "turn done" mark, asked for in one
      // tick (with the bot's state save, when the bot passes it as `after`), so the embedded store
      // commits them in one transaction, the mark last: a crash before that commit leaves the turn
      // pending with none of its replies stored, so it runs again and nothing is said twice. A
      // store that writes the mark only after `after` settles gets the replies in it too. As
      // before, a failed write does not keep the mark back (running the turn again would fail the
      // same way); the end rejects with the store's error.
      const complete = (after?: Promise<unknown>) =>
        (completed ??= (() => {
          const writes = runHeldWrites(context);
          // Replies sent after this (onTurnError's, after a failed end) are stored at once.
          held.close();
          const replies = this.storeHeld(held);
          const done = this.deps.transcripts.completeTurn(conversationId, seq, { after: Promise.allSettled([after, writes, replies]) });
          // Settled all three before the next turn of this conversation may start.
          return Promise.allSettled([writes, replies, done]).then((outcomes) => {
            for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
          });
        })());
      offerTurnCompletion(context, complete);
      try {
        await this.runMiddleware(context, logic);
      } finally {
        // Also after a failed turn (already reported by onTurnError): retrying would fail the same way.
        await complete();
      }
    });
  }

  /**
   * In a citizen's stored turn (runStoredTurn) the replies are held and stored with the turn's end,
   * in one request and one commit with the state save and the "turn done" mark, instead of one
   * commit per call that the dialogs wait for (1.75 a turn, round 18). The responses are
   * `ReplyResponse`s: held ones get the stored activities' ids when that commit is answered (the
   * dialogs and the bot do not read them). A delay or a typing signal first stores what is held,
   * so what the citizen sees keeps its order and its pauses. Elsewhere (counsellor messages,
   * timers) replies next to each other are stored with one request before the call resolves.
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    const held = context.turnState.get(HELD_REPLIES) as HeldReplies | undefined;
    let batch = new HeldReplies(null);
    const storeBatch = async () => {
      const stored = batch;
      batch = new HeldReplies(null);
      await this.storeHeld(stored);
    };
    // Before a pause or a typing signal: everything sent so far, held or not.
    const store = async () => {
      await storeBatch();
      if (held) await this.storeHeld(held);
    };
    for (const outgoing of activities) {
      if (outgoing.type === 'delay') {
        await store();
        await sleep(Math.min(typeof outgoing.value === 'number' ? outgoing.value : 1000, 5000));
        responses.push(unstored(''));
        continue;
      }
      if (outgoing.type === ActivityTypes.InvokeResponse) {
        responses.push(unstored(''));
        continue;
      }
      const conversationId = outgoing.conversation?.id ?? context.activity.conversation.id;
      const sender = senderOf(outgoing, this.deps.bot);
      const activity: Partial<Activity> = {
        ...outgoing,
        channelId: DIRECTLINE_CHANNEL_ID,
        serviceUrl: this.deps.serviceUrl,
        from: sender.account,
        timestamp: this.deps.clock.now(),
      };
      if (activity.type === ActivityTypes.Typing) {
        await store();
        const id = `${conversationId}|t${randomId(this.deps.random, 6)}`;
        this.deps.hub.publish(conversationId, { kind: 'ephemeral', activity: toJson({ ...activity, id }) });
        responses.push(unstored(id));
        continue;
      }
      const response = heldResponse();
      const entry: OutgoingTranscriptEntry = {
        role: sender.role,
        type: activity.type ?? 'message',
        text: typeof activity.text === 'string' ? activity.text : null,
        at: activity.timestamp as Date,
        activityJson: JSON.stringify(activity),
      };
      if (held?.accepts(conversationId)) held.add(entry, response);
      else {
        // Another conversation than the one held (never in this bot) keeps the order of the calls.
        if (held && held.size > 0) await this.storeHeld(held);
        if (!batch.accepts(conversationId)) await storeBatch();
        batch.conversationId = conversationId;
        batch.add(entry, response);
      }
      responses.push(response);
    }
    await storeBatch();
    return responses;
  }

  /**
   * Stores what `replies` holds with one request (asked for before this returns, so it shares the
   * tick's commit), fills in their ids and tells the streams. A failure rejects with the store's
   * error and leaves them unstored, all of them.
   */
  private async storeHeld(replies: HeldReplies): Promise<void> {
    const taken = replies.take();
    if (taken.length === 0 || replies.conversationId === null) return;
    const conversationId = replies.conversationId;
    const seqs = await this.deps.transcripts.appendOutgoing(
      conversationId,
      taken.map((t) => t.entry),
    );
    taken.forEach((t, i) => {
      this.deps.onStored?.(conversationId, Buffer.byteLength(t.entry.activityJson));
      // The same object the caller holds: from now on it carries the stored id.
      const stored = t.response as ReplyResponse;
      stored.state = 'stored';
      stored.id = activityId(conversationId, seqs[i]!);
    });
    this.deps.hub.publish(conversationId, { kind: 'appended' });
  }

  private async answeredAfter(conversationId: string, seq: number): Promise<boolean> {
    const after = await this.deps.transcripts.listAfter(conversationId, seq, 50);
    for (const entry of after) {
      if (entry.role === 'citizen') return false;
      if (entry.role === 'bot' || entry.role === 'counsellor') return true;
    }
    return false;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('The Direct Line channel does not support updating activities.');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The Direct Line channel does not support deleting activities.');
  }

  /** Runs `logic` in the conversation outside a citizen's turn (counsellor messages, timers). */
  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (!conversationId) throw new Error('continueConversation needs a conversation id.');
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation', timestamp: this.deps.clock.now() },
      { ...reference, channelId: DIRECTLINE_CHANNEL_ID, serviceUrl: this.deps.serviceUrl } as Partial<ConversationReference>,
      true,
    );
    await this.serialize(conversationId, async () => {
      await this.runMiddleware(new TurnContext(this, activity), logic);
    });
  }

  override async continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new Error('continueConversationAsync needs a logic function.');
    await this.continueConversation(reference, logic);
  }

  /** Waits for all running turns; used on shutdown so no turn is cut off halfway. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.turns.values()]);
  }

  private serialize(conversationId: string, inProcess: () => Promise<void>): Promise<void> {
    const lock = this.deps.turnLock;
    const work = lock ? () => lock(conversationId, inProcess) : inProcess;
    const previous = this.turns.get(conversationId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tracked = next.catch(() => undefined);
    this.turns.set(conversationId, tracked);
    void tracked.then(() => {
      if (this.turns.get(conversationId) === tracked) this.turns.delete(conversationId);
    });
    return next;
  }
}

const HELD_REPLIES = Symbol('helpline.heldReplies');

function heldResponse(): ReplyResponse {
  return { state: 'held', id: HELD_REPLY_ID };
}

function unstored(id: string): ReplyResponse {
  return { state: 'unstored', id };
}

/** Replies of one conversation waiting to be stored together, with the responses whose ids they fill. */
class HeldReplies {
  private items: Array<{ entry: OutgoingTranscriptEntry; response: ReplyResponse }> = [];
  private closed = false;

  /** null: not yet bound to a conversation (a batch of sendActivities outside a held turn). */
  constructor(public conversationId: string | null) {}

  get size(): number {
    return this.items.length;
  }

  accepts(conversationId: string): boolean {
    return !this.closed && (this.conversationId === null || this.conversationId === conversationId);
  }

  /** Holds no more: what it holds can still be taken. */
  close(): void {
    this.closed = true;
  }

  add(entry: OutgoingTranscriptEntry, response: ReplyResponse): void {
    this.items.push({ entry, response });
  }

  take(): Array<{ entry: OutgoingTranscriptEntry; response: ReplyResponse }> {
    const taken = this.items;
    this.items = [];
    return taken;
  }
}

function clientActivityIdOf(activity: Partial<Activity>): string | null {
  const data = activity.channelData as { clientActivityID?: unknown } | undefined;
  return typeof data?.clientActivityID === 'string' && data.clientActivityID.length <= 200 ? data.clientActivityID : null;
}

function toJson(activity: Partial<Activity>): JsonObject {
  return JSON.parse(JSON.stringify(activity)) as JsonObject;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
