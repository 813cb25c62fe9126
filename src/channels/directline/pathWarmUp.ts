/**
 * Made-up chats through the served Direct Line path before the port opens: token, start, messages
 * and a read, each an HTTP request through Node's parser, restify's chain, the routes, the adapter,
 * the bot and the store's writer, as a citizen's page sends them. The turn warm-up
 * (features/citizenWarmUp.ts) runs the bot on inert parts only; without this the first wave of
 * real chats after a start paid for compiling the HTTP, adapter and store code (ADR 0002, rounds
 * 17 and 20: wave 1 cost ~1.4 × the loop's CPU per turn of a later wave).
 *
 * Every chat it opens is erased afterwards (transcript, state, pending turns, the conversation),
 * so the store holds nothing of it. Benign messages only: nothing that asks for a counsellor or
 * tells of acute danger, so no handoff, queue place or staff alert is ever made for them.
 */
import { z } from 'zod';
import type { InProcessAnswer, InProcessRequest } from '../../http/inProcessRequest';

export type InProcessSend = (request: InProcessRequest) => Promise<InProcessAnswer>;

export interface PathWarmUpDeps {
  send: InProcessSend;
  /** Removes every trace of one conversation from the store. */
  erase(conversationId: string): Promise<void>;
  /** Milliseconds on a monotonic clock (the budget). */
  now(): number;
}

export interface PathWarmUpOptions {
  /** Chats run side by side in one round. */
  conversations: number;
  /** Rounds at most; 0 skips the warm-up. */
  rounds: number;
  /** No round starts once this many ms have passed since the first began. */
  budgetMs: number;
  /**
   * The per-address limits the requests count against (in the first minute after the start):
   * the warm-up opens fewer chats rather than be refused.
   */
  limits: { tokensPerMinute: number; requestsPerMinute: number };
}

export interface PathWarmUpOutcome {
  rounds: number;
  requests: number;
  /** Requests answered with anything but 2xx: the warm-up goes on, real chats would meet the same. */
  failed: number;
  /** Chats opened and erased again. */
  erased: number;
  /** Chats whose erasure failed: their rows are still in the store (logged by the caller). */
  notErased: number;
}

/** A worry, answers and a long message, in Dutch and English: made up, no tuning example. */
const CHATS: readonly { locale: 'nl' | 'en'; says: readonly string[] }[] = [
  {
    locale: 'nl',
    says: [
      'Ik maak me zorgen om een collega, hij werkt elke dag tot laat en krijgt weinig betaald.',
      'Zijn baas houdt zijn identiteitskaart bij zich.',
      'Ik weet het niet zeker.',
      'Hij zegt dat hij eerst de reis moet terugbetalen.',
    ],
  },
  {
    locale: 'en',
    says: [
      'My friend works in a restaurant kitchen and sleeps above it, the owner keeps her wages.',
      'I do not know how old she is.',
      'She says she owes them money for the trip.',
    ],
  },
];

/** About 2,000 characters, the length the page allows: the screen and the store on a long text. */
const LONG_MESSAGE = Array.from(
  { length: 24 },
  (_, i) => `Dag ${i + 1}: hij werkt weer van vroeg tot laat op het land en praat met niemand over zijn werk.`,
).join(' ');

export async function warmUpDirectLinePath(deps: PathWarmUpDeps, options: PathWarmUpOptions): Promise<PathWarmUpOutcome> {
  const outcome: PathWarmUpOutcome = { rounds: 0, requests: 0, failed: 0, erased: 0, notErased: 0 };
  const began = deps.now();
  const perRound = chatsPerRound(options);
  for (let round = 0; round < options.rounds && perRound > 0 && deps.now() - began < options.budgetMs; round++) {
    outcome.rounds++;
    await Promise.all(Array.from({ length: perRound }, (_, index) => oneChat(deps, CHATS[index % CHATS.length]!, outcome)));
  }
  return outcome;
}

/** Requests of the longest chat: a token, the start, a typing signal and a message per text, a read. */
const MOST_REQUESTS_PER_CHAT = 3 + 2 * (Math.max(...CHATS.map((chat) => chat.says.length)) + 1);

/** As many chats as asked, but never more over all rounds than the limits let through. */
export function chatsPerRound(options: PathWarmUpOptions): number {
  const byTokens = Math.floor(options.limits.tokensPerMinute / options.rounds);
  const byRequests = Math.floor(options.limits.requestsPerMinute / (options.rounds * MOST_REQUESTS_PER_CHAT));
  return Math.max(0, Math.min(options.conversations, byTokens, byRequests));
}

async function oneChat(deps: PathWarmUpDeps, chat: (typeof CHATS)[number], outcome: PathWarmUpOutcome): Promise<void> {
  const send = async (request: InProcessRequest): Promise<InProcessAnswer | null> => {
    outcome.requests++;
    const answer = await deps.send(request).catch(() => null);
    const ok = answer !== null && answer.status >= 200 && answer.status < 300;
    if (!ok) outcome.failed++;
    return ok ? answer : null;
  };
  const issued = await send({ method: 'POST', path: '/api/directline/token', body: { locale: chat.locale } });
  const token = issued && readToken(issued.body);
  if (!token) return;
  try {
    const base = `/v3/directline/conversations/${encodeURIComponent(token.conversationId)}`;
    const bearer = token.token;
    if (!(await send({ method: 'POST', path: '/v3/directline/conversations', token: bearer }))) return;
    for (const text of [...chat.says, LONG_MESSAGE]) {
      await send({ method: 'POST', path: `${base}/activities`, token: bearer, body: { type: 'typing' } });
      await send({ method: 'POST', path: `${base}/activities`, token: bearer, body: { type: 'message', text } });
    }
    await send({ method: 'GET', path: `${base}/activities?watermark=0`, token: bearer });
  } finally {
    // Erased even when a request failed: the start may have stored the conversation all the same.
    await deps.erase(token.conversationId).then(
      () => outcome.erased++,
      () => outcome.notErased++,
    );
  }
}

const issuedTokenSchema = z.object({ token: z.string(), conversationId: z.string() });

function readToken(body: string): z.infer<typeof issuedTokenSchema> | null {
  try {
    const parsed = issuedTokenSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
