/**
 * Made-up chats through the served Direct Line path before the port opens: token, start, messages
 * and a read, each an HTTP request through Node's parser, restify's chain, the routes, the adapter,
 * the bot and the store's writer, as a citizen's page sends them. The turn warm-up
 * (features/citizenWarmUp.ts) runs the bot on inert parts only; without this the first wave of
 * real chats after a start paid for compiling the HTTP, adapter and store code (ADR 0002, rounds
 * 17 and 20: wave 1 cost ~1.4 × the loop's CPU per turn of a later wave).
 *
 * Every chat it opens is erased afterwards (transcript, state, pending turns, the conversation),
 * so the store holds nothing of it; a start killed before that leaves their ids in a ledger for the
 * next start to erase. Benign messages only: nothing that asks for a counsellor or
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
  /**
   * Where the ids of the chats that may exist are written down until they are erased, so a start
   * killed during the warm-up (SIGKILL, power) leaves no made-up chat behind: the next start
   * erases what the list still holds.
   */
  ledger: { read(): string[]; write(ids: readonly string[]): void };
  /**
   * After each round's chats are erased: the limiters drop what they counted for the warm-up's
   * address and those chats, so the next round (and the first citizen) meets them as if unused.
   */
  forget(conversationIds: readonly string[]): void;
}

export interface PathWarmUpOptions {
  /** Chats run side by side in one round. */
  conversations: number;
  /** Rounds at most; 0 skips the warm-up. */
  rounds: number;
  /**
   * No round starts, and no chat sends another message, once this many ms have passed since the
   * first round began: the start overshoots it by at most one message per chat in flight.
   */
  budgetMs: number;
  /**
   * The per-address limits one round's requests count against (the limiters forget each round
   * after it): a round opens fewer chats rather than be refused.
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
  /** Chats an earlier start left in the ledger (killed during its warm-up), erased first. */
  leftOver: number;
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

const issuedTokenSchema = z.object({ token: z.string(), conversationId: z.string() });

/** About 2,000 characters, the length the page allows: the screen and the store on a long text. */
const LONG_MESSAGE = Array.from(
  { length: 24 },
  (_, i) => `Dag ${i + 1}: hij werkt weer van vroeg tot laat op het land en praat met niemand over zijn werk.`,
).join(' ');

export async function warmUpDirectLinePath(deps: PathWarmUpDeps, options: PathWarmUpOptions): Promise<PathWarmUpOutcome> {
  const outcome: PathWarmUpOutcome = { rounds: 0, requests: 0, failed: 0, erased: 0, notErased: 0, leftOver: 0 };
  // Chats of a start that was killed during its warm-up: erased before anything else runs.
  const leftOver = deps.ledger.read();
  outcome.leftOver = leftOver.length;
  const unerased = await eraseAll(deps, leftOver, outcome);
  deps.ledger.write(unerased);
  const began = deps.now();
  const perRound = chatsPerRound(options);
  for (let round = 0; round < options.rounds && perRound > 0 && deps.now() - began < options.budgetMs; round++) {
    outcome.rounds++;
    const send = counted(deps.send, outcome);
    const tokens = await Promise.all(Array.from({ length: perRound }, (_, index) => issueToken(send, CHATS[index % CHATS.length]!)));
    const issued = tokens.filter((token) => token !== null);
    // Written down before any chat exists, so a start killed in the middle of a round leaves a list to erase.
    deps.ledger.write([...unerased, ...issued.map((token) => token.conversationId)]);
    const inBudget = () => deps.now() - began < options.budgetMs;
    await Promise.all(issued.map((token) => oneChat(send, token, inBudget)));
    const ids = issued.map((token) => token.conversationId);
    unerased.push(...(await eraseAll(deps, ids, outcome)));
    deps.ledger.write(unerased);
    deps.forget(ids);
  }
  return outcome;
}

/** Requests of the longest chat: a token, the start, a typing signal and a message per text, a read. */
const MOST_REQUESTS_PER_CHAT = 3 + 2 * (Math.max(...CHATS.map((chat) => chat.says.length)) + 1);

/** As many chats as asked, but never more in one round than the limits let through (they forget between rounds). */
export function chatsPerRound(options: PathWarmUpOptions): number {
  const byTokens = options.limits.tokensPerMinute;
  const byRequests = Math.floor(options.limits.requestsPerMinute / MOST_REQUESTS_PER_CHAT);
  return Math.max(0, Math.min(options.conversations, byTokens, byRequests));
}

/** Erases the chats (the start may have stored one even when a request failed); returns those it could not. */
async function eraseAll(deps: PathWarmUpDeps, ids: readonly string[], outcome: PathWarmUpOutcome): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await deps.erase(id);
      outcome.erased++;
    } catch {
      outcome.notErased++;
      failed.push(id);
    }
  }
  return failed;
}

/** Sends a request, counting it, and gives its answer only when it is 2xx. */
function counted(send: InProcessSend, outcome: PathWarmUpOutcome): (request: InProcessRequest) => Promise<InProcessAnswer | null> {
  return async (request) => {
    outcome.requests++;
    const answer = await send(request).catch(() => null);
    const ok = answer !== null && answer.status >= 200 && answer.status < 300;
    if (!ok) outcome.failed++;
    return ok ? answer : null;
  };
}

type CountedSend = ReturnType<typeof counted>;
type IssuedToken = z.infer<typeof issuedTokenSchema> & { chat: (typeof CHATS)[number] };

async function issueToken(send: CountedSend, chat: (typeof CHATS)[number]): Promise<IssuedToken | null> {
  const issued = await send({ method: 'POST', path: '/api/directline/token', body: { locale: chat.locale } });
  const token = issued && readToken(issued.body);
  return token ? { ...token, chat } : null;
}

async function oneChat(send: CountedSend, token: IssuedToken, inBudget: () => boolean): Promise<void> {
  const base = `/v3/directline/conversations/${encodeURIComponent(token.conversationId)}`;
  const bearer = token.token;
  if (!(await send({ method: 'POST', path: '/v3/directline/conversations', token: bearer }))) return;
  for (const text of [...token.chat.says, LONG_MESSAGE]) {
    // Past the budget the chat ends here (and is erased like the others): a slow host starts late by one message, not a round.
    if (!inBudget()) break;
    await send({ method: 'POST', path: `${base}/activities`, token: bearer, body: { type: 'typing' } });
    await send({ method: 'POST', path: `${base}/activities`, token: bearer, body: { type: 'message', text } });
  }
  await send({ method: 'GET', path: `${base}/activities?watermark=0`, token: bearer });
}

function readToken(body: string): z.infer<typeof issuedTokenSchema> | null {
  try {
    const parsed = issuedTokenSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
