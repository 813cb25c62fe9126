/**
 * The page's settings and every text the chat shows, rendered by the server from locales/ into a
 * JSON block (`<script type="application/json" id="chat-config">`), so no sentence lives in the
 * script and the length limit is the server's own. The one definition of that block: the server
 * (src/web/citizen/page.ts) writes a ChatConfig with these keys, the page reads it with this
 * schema. Plain data and zod/mini only, so it compiles for the browser and for Node.
 */
import * as z from 'zod/mini';

export const TEXT_KEYS = [
  'you',
  'bot',
  'counsellorNamed',
  'counsellorUnnamed',
  'sending',
  'failed',
  'refused',
  'retry',
  'counter',
  'tooLong',
  'offline',
  'reconnecting',
  'reconnected',
  'typingBot',
  'typingCounsellor',
  'personJoined',
  'backToBot',
  'counsellorClosed',
  'noCounsellor',
  'ended',
  'endedQuiet',
  'endedClosed',
  'notSentEnded',
  'draftKept',
  'choicesLabel',
  'linkNewTab',
  'askPerson',
  'wiped',
] as const;

export type TextKey = (typeof TEXT_KEYS)[number];

const textsShape = Object.fromEntries(TEXT_KEYS.map((key) => [key, z.string()])) as Record<TextKey, z.ZodMiniString>;

export const chatConfigSchema = z.object({
  locale: z.enum(['nl', 'en']),
  maxChars: z.number().check(z.int(), z.positive()),
  texts: z.object(textsShape),
});

export type ChatConfig = z.infer<typeof chatConfigSchema>;

/** The page's block, checked; null when it is missing or not what the server writes. */
export function readChatConfig(json: unknown): ChatConfig | null {
  const parsed = chatConfigSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
export type Texts = ChatConfig['texts'];

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
