import type { Clock, RandomSource } from '../clock';
import { conversationCode } from '../clock';
import type { ConversationRecord, ConversationStanding, ConversationStore, JsonObject, Locale } from '../store/ports';

/** Opens and ends conversations; gives each one a short code a citizen can quote later. */
export class ConversationRegistry {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly clock: Clock,
    private readonly random: RandomSource,
  ) {}

  /**
   * Returns the conversation, creating it when it does not exist yet. `created` tells which.
   * Code collisions (one in ~10^9 per pair) are retried with a fresh code.
   */
  async open(input: {
    id: string;
    channelId: string;
    locale: Locale;
    reference?: JsonObject | null;
  }): Promise<{ record: ConversationRecord; created: boolean }> {
    const existing = await this.conversations.get(input.id);
    if (existing) return { record: existing, created: false };
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = conversationCode(this.random);
      if (await this.conversations.getByCode(code)) continue;
      const created = await this.conversations.create({
        id: input.id,
        channelId: input.channelId,
        code,
        locale: input.locale,
        startedAt: this.clock.now(),
        reference: input.reference ?? null,
      });
      const record = await this.conversations.get(input.id);
      if (record) return { record, created };
    }
    throw new Error('Could not allocate a unique conversation code.');
  }

  async touch(id: string): Promise<void> {
    await this.conversations.update(id, { lastActivityAt: this.clock.now() });
  }

  async setLocale(id: string, locale: Locale): Promise<void> {
    await this.conversations.update(id, { locale });
  }

  async saveTriage(id: string, triage: JsonObject): Promise<void> {
    await this.conversations.update(id, { triage });
  }

  async end(id: string, reason: string): Promise<void> {
    const now = this.clock.now();
    await this.conversations.update(id, { status: 'ended', endedAt: now, endedReason: reason, lastActivityAt: now });
  }

  /** Whether the conversation is open, why it ended and its language, without the rest of the record. */
  standing(id: string): Promise<ConversationStanding | null> {
    return this.conversations.standing(id);
  }

  get(id: string): Promise<ConversationRecord | null> {
    return this.conversations.get(id);
  }

  /** The code alone: every bot turn needs it, and reading the whole record (its JSON columns parsed) cost more. */
  code(id: string): Promise<string | null> {
    return this.conversations.codeOf(id);
  }
}
