/**
 * Runs made-up citizen conversations through the real bot and dialogs before the port opens, as a
 * server would be tried after a deploy: the first wave of new conversations then finds the turn
 * path (bot pipeline, dialogs, replies, catalog, state) compiled and optimised by V8 instead of
 * paying for that itself. Everything here lives in memory and is garbage once it returns: state in
 * a MemoryStorage, a counsellor desk and live relay that reach no queue, activities that reach no
 * channel. Nothing is stored, queued, sent or logged but the counts.
 */
import { BotAdapter, MemoryStorage, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ConversationState, ResourceResponse } from 'botbuilder';
import type { CounsellorDesk } from '../../dialogs/counsellorDesk';
import type { Replies } from '../../dialogs/replies';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { BOT_ACCOUNT } from '../bot/account';
import type { ConversationFacts } from '../bot/helplineBot';
import type { LiveRelay } from '../bot/liveRelay';
import { TextHashedConversationState } from '../bot/textHashedState';
import { createTriageAccess } from '../bot/triageState';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';

/** The parts of a citizen bot that reach outside the turn: the warm-up gives its own, inert ones. */
export interface CitizenBotParts {
  conversationState: ConversationState;
  triage: TriageAccess;
  desk: CounsellorDesk;
  live: LiveRelay;
  facts: ConversationFacts;
  logger: Logger;
  hasCounsellorOrWaits(conversationId: string): Promise<boolean>;
}

export type CitizenTurnLogic = (context: TurnContext) => Promise<void>;

/**
 * A button the citizen presses: its label is read from the catalog as the bot shows it, so the
 * warm-up takes the button path even after a label is reworded.
 */
interface Press {
  choice: 'aboutMe' | 'aboutSomeoneElse' | 'counsellor';
}

interface Script {
  locale: Locale;
  /** What the citizen writes or presses, in order, after joining (the welcome). */
  says: readonly (string | Press)[];
}

/**
 * A greeting, a worry, answers, questions and a goodbye, about oneself and about someone else, in
 * the forms of exploitation and the danger paths (acute danger, thoughts of suicide, a danger
 * denied) the dialogs know, in Dutch, English and another language. Made up; no tuning example.
 */
export const WARM_UP_SCRIPTS: readonly Script[] = [
  {
    locale: 'nl',
    says: [
      'hoi',
      'Mijn buurman werkt elke dag op een boerderij en krijgt geen loon',
      { choice: 'aboutSomeoneElse' },
      'ja',
      'hij woont daar ook in een caravan achter de schuur',
      'wat zijn de signalen?',
      'is dit anoniem',
      { choice: 'counsellor' },
      'oke, bedankt. doei',
    ],
  },
  {
    locale: 'nl',
    says: [
      'Mijn vriendje dwingt me om met mannen mee te gaan en hij houdt het geld',
      { choice: 'aboutMe' },
      '16',
      'nee',
      'weet ik niet',
      'moet ik later ook nog naar de politie?',
      'dank je wel',
    ],
  },
  {
    locale: 'nl',
    says: [
      'help hij slaat me nu en zegt dat hij me vermoordt',
      'ik heb 112 gebeld',
      'Op een adres wonen twintig mannen en elke ochtend haalt een busje ze op',
      'nee',
      'opnieuw',
    ],
  },
  {
    locale: 'nl',
    says: [
      'Ik werk 14 uur per dag in de kas en ik zie geen uitweg meer, het is beter als ik er niet meer ben',
      'weet ik niet',
      'ok',
      'Mijn baas heeft mijn paspoort en ik moet een schuld voor de reis terugbetalen',
    ],
  },
  {
    locale: 'nl',
    says: [
      'Ik maak me zorgen om mijn nicht, ze werkt elke dag tot laat en mag het huis niet uit.',
      'Ze moet haar paspoort afgeven aan haar baas en krijgt geen loon.',
      'Ik weet het niet zeker, misschien is het niks.',
      'Hij zegt dat ze een schuld moet terugbetalen voor de reis.',
      'privacy',
    ],
  },
  {
    locale: 'en',
    says: [
      'hello',
      'my cousin works as an au pair and the family keeps her passport',
      { choice: 'aboutSomeoneElse' },
      'she is 19',
      'what should I do?',
      { choice: 'counsellor' },
      'thanks, bye',
    ],
  },
  {
    locale: 'en',
    says: [
      'my little brother has to sell drugs for a man because he owes him money, he is 15',
      { choice: 'aboutMe' },
      'he hits him right now and says he will kill him',
      'no',
      'can I stay anonymous?',
    ],
  },
  {
    locale: 'nl',
    says: [
      'hello. sorry i dont speak dutch',
      'english',
      'I work in a warehouse, the boss took our ID cards and we sleep there',
      'nederlands',
      'Pracuję na farmie, szef zabrał nam dowody osobiste',
      'stop',
    ],
  },
];

export interface WarmUpOutcome {
  turns: number;
  /** Activities the bot sent (all dropped here). */
  replies: number;
  /** Turns that threw: the warm-up goes on, the real turns would meet the same error anyway. */
  failed: number;
}

export interface WarmUpOptions {
  /** How many times the scripts are run; 0 skips the warm-up. */
  rounds: number;
  /**
   * No further round starts once this much time (ms) has gone since the first round ended: the
   * first round pays for what a first turn costs once per process anyway (the slow part), later
   * rounds only let V8 optimise further, and start-up stays quick on a busy machine.
   */
  budgetMs: number;
  /** Milliseconds on a monotonic clock (injected in tests). */
  now?: () => number;
}

/**
 * Runs each round's conversations side by side (as the first wave arrives) through the logic that
 * `citizenLogic` builds on inert parts, and returns only counts.
 */
export async function warmUpCitizenTurns(
  citizenLogic: (parts: CitizenBotParts) => CitizenTurnLogic,
  deps: { replies: Replies; logger: Logger },
  options: WarmUpOptions,
): Promise<WarmUpOutcome> {
  const outcome: WarmUpOutcome = { turns: 0, replies: 0, failed: 0 };
  if (options.rounds <= 0) return outcome;
  const now = options.now ?? (() => performance.now());
  // In memory only; the triage copy for the counsellors' queue goes nowhere.
  const conversationState = new TextHashedConversationState(new MemoryStorage());
  const parts: CitizenBotParts = {
    conversationState,
    triage: createTriageAccess(conversationState, async () => undefined),
    desk: inertDesk(deps.replies),
    live: { isLive: async () => false, relay: async () => false },
    facts: { code: async () => 'WRM-0000', setLocale: async () => undefined },
    // The bot's own log lines (danger events and the like) would describe made-up chats.
    logger: deps.logger.child({}, { level: 'silent' }),
    hasCounsellorOrWaits: async () => false,
  };
  const logic = citizenLogic(parts);
  const adapter = new WarmUpAdapter(outcome);
  let firstEnded = 0;
  for (let round = 0; round < options.rounds; round++) {
    if (round === 1) firstEnded = now();
    if (round > 0 && now() - firstEnded >= options.budgetMs) break;
    await Promise.all(
      WARM_UP_SCRIPTS.map(async (script, index) => {
        const conversation = `warm-up-${round}-${index}`;
        await adapter.turn(conversation, script.locale, { type: 'conversationUpdate', membersAdded: [CITIZEN] }, logic);
        for (const said of script.says) {
          const text = typeof said === 'string' ? said : deps.replies.t(script.locale, `choices.${said.choice}`);
          await adapter.turn(conversation, script.locale, { type: 'message', text }, logic);
        }
      }),
    );
  }
  return outcome;
}

const CITIZEN = { id: 'warm-up-citizen', name: '', role: 'user' };

/** The desk when nobody is on duty: the same reply path, no queue touched. */
function inertDesk(replies: Replies): CounsellorDesk {
  return {
    request: async (context, locale) => {
      await context.sendActivity(replies.text(locale, 'handoff.nobody'));
    },
    stopWaiting: async () => undefined,
    chatOpen: () => false,
    cancel: async (context, locale) => {
      await context.sendActivity(replies.text(locale, 'handoff.notWaiting'));
    },
  };
}

/** A channel that takes the bot's activities and drops them, counting them. */
class WarmUpAdapter extends BotAdapter {
  private sent = 0;

  constructor(private readonly outcome: WarmUpOutcome) {
    super();
  }

  async turn(conversationId: string, locale: Locale, incoming: Partial<Activity>, logic: CitizenTurnLogic): Promise<void> {
    // Shaped as the Direct Line adapter gives it to the bot (its plain JSON, timestamp as text).
    const activity = {
      ...incoming,
      id: `${conversationId}|${this.outcome.turns}`,
      channelId: 'directline',
      serviceUrl: 'urn:helpline:warm-up',
      from: CITIZEN,
      locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { id: BOT_ACCOUNT.id, name: BOT_ACCOUNT.name, role: 'bot' },
      timestamp: new Date().toISOString(),
    } as unknown as Activity;
    this.outcome.turns++;
    try {
      await this.runMiddleware(new TurnContext(this, activity), logic);
    } catch {
      this.outcome.failed++;
    }
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.outcome.replies += activities.length;
    return activities.map(() => ({ id: `warm-up-${++this.sent}` }));
  }

  override async updateActivity(): Promise<void> {}

  override async deleteActivity(): Promise<void> {}

  override async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {}
}
