import { DEFAULT_OPENING_HOURS, parseWeeklyHours } from '../../src/handoff/openingHours';
import { standingParams } from '../../src/handoff/hoursText';
import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity, Storage } from 'botbuilder';
import pino from 'pino';
import type { CounsellorDesk } from '../../dialogs/counsellorDesk';
import { MainDialog } from '../../dialogs/mainDialog';
import { Replies } from '../../dialogs/replies';
import { TriageDialog } from '../../dialogs/triageDialog';
import { createCounsellorDesk } from '../../src/bot/counsellorDesk';
import { HelplineBot, type HelplineBotDeps } from '../../src/bot/helplineBot';
import { DANGER_REPLY_KEYS } from '../../src/bot/safetyGate';
import type { HandoffService } from '../../src/handoff/service';
import { createTriageAccess } from '../../src/bot/triageState';
import { Catalog } from '../../src/i18n/catalog';
import type { Logger } from '../../src/log';
import type { LocalRecognizer } from '../../src/nlu/local/localRecognizer';
import type { Recognizer } from '../../src/nlu/recognizer';
import { createUnderstander } from '../../src/understanding/understander';
import type { PreparedReadings } from '../../src/understanding/preparedReading';
import type { TriageSummary } from '../../src/triage/summary';
import { GatedStorage } from './gatedStore';
import { testScreen } from './screen';
import type { SafetyScreen } from '../../src/safety/screen';

export const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web', 'guidance', 'referrals', 'console']);
export const replies = new Replies(catalog, standingParams(catalog, parseWeeklyHours(DEFAULT_OPENING_HOURS)));

/** A recognizer that knows nothing: for tests whose point is that the safety screen needs none. */
export const blankRecognizer: Recognizer = {
  name: 'blank',
  recognize: async () => ({
    intent: 'out_of_scope',
    form: 'unknown',
    acuteDanger: false,
    signals: [],
    scores: { intent: 0, form: 0 },
    language: 'nl',
  }),
};

/**
 * A recognizer that reads every message of four words or more as a story of labour exploitation and
 * shorter ones as choices or small talk: for tests of the conversation's rules, not of the reading.
 */
export const labourStoryRecognizer: Recognizer = {
  name: 'story-double',
  async recognize(text) {
    const words = text.split(/\s+/).length;
    return {
      intent: words >= 4 ? 'describe_concern' : 'out_of_scope',
      form: words >= 4 ? 'labour_exploitation' : 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

/**
 * A recognizer that reads a message of four words or more as a story, of labour exploitation only where it names
 * work, pay, the boss or the salon, and shorter ones as small talk: for tests where a detail of the story must not
 * tell a form of its own.
 */
export const workStoryRecognizer: Recognizer = {
  name: 'work-story-double',
  async recognize(text) {
    const work = /\b(?:werk\w*|baas|betaald|salon)\b/i.test(text);
    return {
      intent: text.split(/\s+/).length >= 4 ? 'describe_concern' : 'out_of_scope',
      form: work ? 'labour_exploitation' : 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

/** Whether the texts hold a 112 reply to danger, in any of its wordings (src/bot/safetyGate.ts), in Dutch. */
export const hasDangerReply = (texts: readonly string[]): boolean => {
  const replies = DANGER_REPLY_KEYS.map((key) => catalog.t('nl', key));
  return texts.some((t) => replies.includes(t));
};

/** The real bot and dialogs on botbuilder's TestAdapter, with in-memory state; silent logs unless a logger is given. */
export function createTestBot(
  recognizer: Recognizer,
  options: {
    logger?: Logger;
    queue?: Pick<HandoffService, 'request' | 'cancel'> & Partial<Pick<HandoffService, 'isOpenNow'>>;
    /** Whether counsellors take chats now (opening hours); closed when absent. */
    chatOpen?: boolean;
    /** The bot state's store (in memory when absent): a slow or failing one for the 112-first tests. */
    storage?: Storage;
    sessionWait?: HelplineBotDeps['sessionWait'];
    /** The local recognizer behind `recognizer` when it is that one, as the server wires it (citizenChat.ts). */
    local?: LocalRecognizer;
    /** Readings made before the turn (the server's reading threads, understanding/readingPool.ts). */
    prepared?: PreparedReadings;
    /** The screen for turns after the first (the shipped later-turn screen when absent). */
    laterSafety?: SafetyScreen;
  } = {},
) {
  const conversationState = new ConversationState(options.storage ?? new MemoryStorage());
  const saved: TriageSummary[] = [];
  const triage = createTriageAccess(conversationState, async (_id, summary) => {
    saved.push(summary);
  });
  const retention = {
    rawBotOnlyDays: 30,
    rawWithCounsellorDays: 90,
    anonymisedDays: 365,
    privacyUrl: 'https://veiligthuis.example/privacy',
  };
  const deskCalls: string[] = [];
  const liveChat = { on: false };
  const relayed: { text: string; acute: boolean }[] = [];
  // The takeover itself is tested with the real HandoffService in tests/integration/handoff.
  // With a queue given, the real desk answers from it (what a citizen reads when it is closed or full).
  const stub: CounsellorDesk = {
    request: async (context) => {
      deskCalls.push('request');
      await context.sendActivity('[desk: queued]');
    },
    cancel: async () => {
      deskCalls.push('cancel');
    },
    stopWaiting: async () => {
      deskCalls.push('stopWaiting');
    },
    chatOpen: () => options.chatOpen === true,
  };
  const desk: CounsellorDesk = options.queue
    ? createCounsellorDesk({ handoff: { isOpenNow: () => options.chatOpen === true, ...options.queue }, replies, triage })
    : stub;
  const bot = new HelplineBot({
    conversationState,
    mainDialog: new MainDialog(new TriageDialog(replies, retention, triage, desk)),
    triage,
    replies,
    understander: createUnderstander({
      safety: testScreen(),
      recognizer,
      ...(options.local ? { local: options.local } : {}),
      ...(options.prepared ? { prepared: options.prepared } : {}),
      ...(options.laterSafety ? { laterSafety: options.laterSafety } : {}),
    }),
    live: {
      isLive: async () => liveChat.on,
      relay: async (_id: string, message: { text: string; acute: boolean }) => {
        if (!liveChat.on) return false;
        relayed.push(message);
        return true;
      },
    },
    facts: { code: async () => 'K7M-4QX', setLocale: async () => undefined },
    retention,
    defaultLocale: 'nl',
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.sessionWait ? { sessionWait: options.sessionWait } : {}),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.locale = 'nl-NL';
  return { adapter, saved, deskCalls, liveChat, relayed, lastTriage: () => saved.at(-1) };
}

export interface Turn {
  texts: string[];
  all: string;
  buttons: string[];
  /** Names of the event activities of the turn (signals to the citizen's page). */
  events: string[];
}

/** Sends `text` and collects the bot's messages and buttons of that turn. */
export async function say(adapter: TestAdapter, text: string): Promise<Turn> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return drain(adapter);
}

/** A chat with the welcome behind it on the default test bot: each call says one message and returns the bot's turn. */
export async function joinedChat(recognizer: Recognizer): Promise<(text: string) => Promise<Turn>> {
  const { adapter } = createTestBot(recognizer);
  await join(adapter);
  return (text: string) => say(adapter, text);
}

/**
 * Tells `story` on a fresh bot, then sends `text` while the store fails: the texts that still went out.
 * The turn itself fails later (it cannot keep its state), so 112 must have gone out before it.
 */
export async function textsAfterStoryOnFailingStore(recognizer: Recognizer, story: readonly string[], text: string): Promise<string[]> {
  const storage = new GatedStorage();
  const bot = createTestBot(recognizer, { storage });
  await join(bot.adapter);
  for (const line of story) await say(bot.adapter, line);
  bot.adapter.activeQueue.splice(0);
  storage.mode = 'fail';
  await bot.adapter.receiveActivity(text).catch(() => undefined);
  return bot.adapter.activeQueue.filter((a) => a.type === 'message').map((a) => a.text ?? '');
}

/** A bot with the welcome behind it, on the Dutch or the English page. */
export async function joinedBot(recognizer: Recognizer, locale: 'nl' | 'en' = 'nl') {
  const bot = createTestBot(recognizer);
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return bot;
}

/** A chat with the welcome behind it, on the Dutch or the English page, counsellors' hours closed: each call says one message and returns the bot's turn. */
export async function chatOnPage(recognizer: Recognizer, locale: 'nl' | 'en'): Promise<(text: string) => Promise<Turn>> {
  const bot = createTestBot(recognizer, { chatOpen: false });
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return (text: string) => say(bot.adapter, text);
}

/** The direct danger question as the Dutch catalog words it, first time or asked again. */
export const DANGER_QUESTION = new RegExp(
  ['triage.dangerCheck', 'triage.dangerCheckAgain'].map((key) => catalog.t('nl', key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

export async function join(adapter: TestAdapter): Promise<Turn> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }] } as Partial<Activity>);
  return drain(adapter);
}

function drain(adapter: TestAdapter): Turn {
  const activities = adapter.activeQueue.splice(0);
  const messages = activities.filter((a) => a.type === 'message');
  const texts = messages.map((a) => a.text ?? '');
  return {
    texts,
    all: texts.join('\n'),
    buttons: messages.flatMap((a) => a.suggestedActions?.actions.map((x) => String(x.title ?? '')) ?? []),
    events: activities.filter((a) => a.type === 'event').map((a) => String(a.name ?? '')),
  };
}

/**
 * The first `length` characters of the answer of `key` and of its shorter wording (ownQuestionsShort,
 * given when a turn answers more than one question; staying anonymous and the general privacy
 * question asked together share one), for finding either in a turn.
 */
export function answerStarts(locale: 'nl' | 'en', key: string, length = 30): string[] {
  const shorter = key.replace(/^ownQuestions\./, 'ownQuestionsShort.');
  const keys = [key, ...(catalog.has(locale, shorter) ? [shorter] : [])];
  if (key === 'ownQuestions.anonymity' || key === 'ownQuestions.privacy.general') keys.push('ownQuestionsShort.privacyAnonymity');
  return keys.map((k) => catalog.t(locale, k).split('{')[0]!.slice(0, length));
}
