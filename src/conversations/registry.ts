import type { Clock, RandomSource } from '../clock';
import { conversationCode } from '../clock';
import type { ConversationRecord, ConversationStanding, ConversationStore, JsonObject, Locale } from '../store/ports';

/** How many conversations' codes are kept; past it the kept codes start again (a read each brings them back). */
const CODES_KEPT = 4_096;

/** Opens and ends conversations; gives each one a short code a citizen can quote later. */
export class ConversationRegistry {
  /**
   * The codes of the conversations that had a turn lately. A code never changes once given, and
   * every bot turn asks for it: kept here, it is read from the store once per conversation
   * instead of once per turn. Not personal data (the citizen quotes it to find the chat again).
   */
  private readonly codes = new Map<string, string>();

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
  async code(id: string): Promise<string | null> {
    const kept = this.codes.get(id);
    if (kept !== undefined) return kept;
    const code = await this.conversations.codeOf(id);
    if (code !== null) {
      if (this.codes.size >= CODES_KEPT) this.codes.clear();
      this.codes.set(id, code);
    }
    return code;
  }
}
