import { AppError } from '../../errors';
import type { TranscriptStore } from '../../store/ports';

/**
 * A cap on how much one conversation may store, so one token cannot fill the disk. The bytes of a
 * conversation are summed from its transcript the first time it posts in this process, then kept
 * up to date in memory; only a bounded number of conversations is tracked (the oldest are summed
 * again from the store when they come back).
 */
export class ConversationBudget {
  private readonly used = new Map<string, number>();

  constructor(
    private readonly transcripts: TranscriptStore,
    private readonly maxBytes: number,
    private readonly maxTracked = 20_000,
  ) {}

  /** Counts `bytes` against the conversation; throws ConversationFull (409) when it would pass the cap. */
  async reserve(conversationId: string, bytes: number): Promise<void> {
    // The stored texts' bytes as they are, summed by the store: neither parsed nor serialised again.
    const used = this.used.get(conversationId) ?? (await this.transcripts.storedActivityBytes(conversationId));
    if (used + bytes > this.maxBytes) {
      this.remember(conversationId, used);
      throw new AppError('ConversationFull');
    }
    this.remember(conversationId, used + bytes);
  }

  /** Adds what the bot or a counsellor stored, so the sum stays close to the truth. */
  add(conversationId: string, bytes: number): void {
    const used = this.used.get(conversationId);
    if (used !== undefined) this.remember(conversationId, used + bytes);
  }

  /** Stops tracking a conversation (a warm-up chat that was erased): it holds no tracked place. */
  forget(conversationId: string): void {
    this.used.delete(conversationId);
  }

  private remember(conversationId: string, used: number): void {
    this.used.delete(conversationId);
    this.used.set(conversationId, used);
    if (this.used.size > this.maxTracked) this.used.delete(this.used.keys().next().value!);
  }
}
