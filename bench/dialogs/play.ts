/**
 * Plays a scripted conversation through the real bot: HelplineBot's turn pipeline, the real
 * dialogs and the given understander, in process on botbuilder's TestAdapter with in-memory state.
 * The counsellor desk answers as outside opening hours. Shared by eval-dialogs (what the citizen
 * saw) and eval-facts (what the bot kept of the story).
 */
import { DEFAULT_OPENING_HOURS, parseWeeklyHours } from '../../src/handoff/openingHours';
import { standingParams } from '../../src/handoff/hoursText';
import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import pino from 'pino';
import type { CounsellorDesk } from '../../dialogs/counsellorDesk';
import { MainDialog } from '../../dialogs/mainDialog';
import { Replies } from '../../dialogs/replies';
import { TriageDialog } from '../../dialogs/triageDialog';
import { createCounsellorDesk } from '../../src/bot/counsellorDesk';
import { HelplineBot } from '../../src/bot/helplineBot';
import type { HandoffService } from '../../src/handoff/service';
import { createTriageAccess } from '../../src/bot/triageState';
import { Catalog } from '../../src/i18n/catalog';
import type { TriageSummary } from '../../src/triage/summary';
import type { Understander } from '../../src/understanding/understanding';
import type { PlayedTurn } from './score';
import type { Script } from './script';

const root = path.resolve(__dirname, '../..');
export const catalog = Catalog.load(path.join(root, 'locales'), ['messages', 'web', 'guidance', 'referrals', 'console']);
const replies = new Replies(catalog, standingParams(catalog, parseWeeklyHours(DEFAULT_OPENING_HOURS)));
const retention = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'https://veiligthuis.nl/privacy/' };

export interface PlayWatch {
  /** The triage summary each time a turn changes it (as the conversation record gets it). */
  saved?(summary: TriageSummary): void;
  /** After the bot answered turn `t` (0-based). */
  turnDone?(t: number): void;
}

export async function playScript(script: Script, understander: Understander, watch: PlayWatch = {}): Promise<PlayedTurn[]> {
  const conversationState = new ConversationState(new MemoryStorage());
  const triage = createTriageAccess(conversationState, async (_id, summary) => watch.saved?.(summary));
  // The real desk, with a queue that is closed (outside opening hours): what a citizen reads then.
  const closedQueue: Pick<HandoffService, 'request' | 'cancel' | 'isOpenNow'> = {
    request: async () => ({ kind: 'closed' }),
    cancel: async () => false,
    isOpenNow: () => false,
  };
  const desk: CounsellorDesk = createCounsellorDesk({ handoff: closedQueue, replies, triage });
  const bot = new HelplineBot({
    conversationState,
    mainDialog: new MainDialog(new TriageDialog(replies, retention, triage, desk)),
    triage,
    replies,
    understander,
    live: { isLive: async () => false, relay: async () => false },
    facts: { code: async () => 'K7M-4QX', setLocale: async () => undefined },
    retention,
    defaultLocale: 'nl',
    logger: pino({ level: 'silent' }),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.locale = script.page === 'nl' ? 'nl-NL' : 'en-US';
  const drain = (): PlayedTurn => ({
    replies: adapter.activeQueue
      .splice(0)
      .filter((a) => a.type === 'message')
      .map((a) => ({ text: a.text ?? '' })),
  });
  // Every activity carries the page's locale, as Direct Line posts it (botbuilder's TestAdapter
  // would send a bare text without one, which the bot reads as the default, Dutch, page).
  const locale = adapter.locale;
  await adapter.receiveActivity({ type: 'conversationUpdate', locale, membersAdded: [{ id: 'user', name: 'User' }] } as Partial<Activity>);
  drain();
  const played: PlayedTurn[] = [];
  for (const [t, turn] of script.turns.entries()) {
    await adapter.receiveActivity({ type: 'message', text: turn.text, locale } as Partial<Activity>);
    played.push(drain());
    watch.turnDone?.(t);
  }
  return played;
}
