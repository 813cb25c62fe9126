import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { exactCommand } from '../../dialogs/commands';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { Replies } from '../../dialogs/replies';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { setTurnFacts } from '../../dialogs/turn';
import { saysUnsure, yesNoAnswer } from '../../dialogs/answers';
import { bilingualAnswers } from '../../dialogs/ownAnswers';
import { unreadReferralActivity } from '../../dialogs/guidance';
import { welcomeActivities } from '../../dialogs/welcome';
import type { RetentionFacts } from '../../dialogs/welcome';
import { toLocale } from '../i18n/catalog';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';
import { topicsToAnswer } from '../triage/ownQuestions';
import { otherLanguageQuestions } from '../triage/otherLanguageQuestions';
import { factsInStory } from '../triage/factsInStory';
import { mergeUnderstood, rememberFacts } from '../triage/summary';
import { saysNoDangerNow } from '../triage/dangerQuestion';
import { thoughtsNotOver } from '../safety/dangerAnswer';
import { isAcute, type FirstLook, type Understander, type Understanding } from '../understanding/understanding';
import { followLanguage } from './languagePolicy';
import type { LiveRelay } from './liveRelay';
import {
  EMERGENCY,
  NO_DANGER_IN_VIEW,
  SUICIDE_LINE,
  emergencyInView,
  goesUpAfterSuicidal,
  movedOnFromDanger,
  namesDangerFromOthers,
  nextDangerView,
  reminderNeeded,
  stillNowNeeded,
  suicideLineAgain,
  talksOfDanger,
  tentativeAlarm,
  type DangerView,
  type MovedOn,
} from './dangerInView';
import { bilingualDangerReplies, dangerReplies } from './safetyGate';
import { DIALOG_STATE, SESSION_STATE } from './stateKeys';
import { readInConversation } from './readInConversation';
import { wordingFor } from './saidAgain';
import { languageState, loadSession, withTurn } from './session';
import { takeTurnCompletion } from '../channels/turnCompletion';
import type { Session } from './session';
import { letterWordCount } from '../nlu/text/letterWords';

/** What the bot needs to know about and keep on the conversation record. */
export interface ConversationFacts {
  code(conversationId: string): Promise<string | null>;
  setLocale(conversationId: string, locale: Locale): Promise<void>;
}

export interface HelplineBotDeps {
  conversationState: ConversationState;
  mainDialog: MainDialog;
  triage: TriageAccess;
  replies: Replies;
  understander: Understander;
  live: LiveRelay;
  facts: ConversationFacts;
  retention: RetentionFacts;
  defaultLocale: Locale;
  logger: Logger;
}

/**
 * The turn pipeline for citizen messages: safety screen first (in every state, 112 before
 * anything else), then the conversation's language (which follows the citizen's), attachments
 * and length, then the understanding and the dialogs. After a danger answer the story goes on.
 */
export class HelplineBot extends ActivityHandler {
  private readonly session: StatePropertyAccessor<Session>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly triage: TriageAccess;
  /** The dialogs' memory scopes and path resolvers as botbuilder built them on the first turn (see keptDialogMemory). */
  private dialogMemory: DialogStateManagerConfiguration | undefined;

  constructor(private readonly deps: HelplineBotDeps) {
    super();
    this.session = deps.conversationState.createProperty<Session>(SESSION_STATE);
    this.dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE);
    this.triage = deps.triage;
  }

  /**
   * Saves state after every turn, together with the channel's "turn done" mark when it has one.
   * A message goes straight to `handleMessage`: this bot registers no turn, message or dialog
   * handlers, and botbuilder's way there (its event chain, each step an async generator with its
   * promises and closures: `run`, `onTurnActivity`, `handle('Turn')`, `onMessageActivity`,
   * `handle('Message')`, `handle('Dialog')`) was a few per cent of the event loop's time under load
   * and of every turn's garbage, for no handler at all. A conversation update goes straight to the
   * welcome for the same reason: that chain's generators and closures live as long as the turn's
   * commits, so under load they outlived young-generation collections and were promoted, about a
   * third of the old-space garbage left behind by opening 10,000 conversations. Every other
   * activity takes botbuilder's way (it has no handler here), and so does its check of the activity.
   */
  override async run(context: TurnContext): Promise<void> {
    const type = context?.activity?.type;
    if (type === ActivityTypes.Message) await this.handleMessage(context);
    else if (type === ActivityTypes.ConversationUpdate) await this.membersAdded(context);
    else await super.run(context);
    const complete = takeTurnCompletion(context);
    const saved = this.deps.conversationState.saveChanges(context, false);
    await Promise.all([saved, complete?.(saved)]);
  }

  /** The citizen joined (the bot's own arrival is not a reason to greet): the welcome, once. */
  private async membersAdded(context: TurnContext): Promise<void> {
    const { membersAdded, recipient } = context.activity;
    if ((membersAdded ?? []).some((m) => m.id !== recipient?.id)) await this.welcome(context);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const session = await loadSession(this.session, context, this.deps.defaultLocale);
    if (session.welcomed) return;
    session.welcomed = true;
    await context.sendActivities(welcomeActivities(this.deps.replies, session.locale, this.deps.retention));
  }

  /**
   * The edge guard: while danger told in this conversation is in view, no bot turn goes out without
   * 112 (and 113 after thoughts of suicide), whichever dialog state answered. The reminder goes
   * before a prompt with buttons (they belong to the last message) or else at the end of the turn.
   */
  private async handleMessage(context: TurnContext): Promise<void> {
    const guard: DangerGuard = { view: null, unsure: false, talk: true, movedOn: 'no', suicideLine: true, sent: [], reminder: () => ({}) };
    context.onSendActivities(async (ctx, activities, next) => {
      const texts = activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
      if (guard.view && activities.some((a) => (a.suggestedActions?.actions.length ?? 0) > 0)) {
        const key = reminderNeeded(guard.view, [...guard.sent, ...texts], guard.unsure, guard.talk, guard.movedOn, guard.suicideLine);
        if (key) await ctx.sendActivity(guard.reminder(key));
      }
      guard.sent.push(...texts);
      return next();
    });
    await this.respond(context, guard);
    const key = guard.view ? reminderNeeded(guard.view, guard.sent, guard.unsure, guard.talk, guard.movedOn, guard.suicideLine) : null;
    if (key) await context.sendActivity(guard.reminder(key));
  }

  private async respond(context: TurnContext, guard: DangerGuard): Promise<void> {
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const fallbackLocale = toLocale(context.activity.locale, this.deps.defaultLocale);
    const command = exactCommand(this.deps.replies, text);
    // Danger first: the first look runs before state, recognizer or dialogs are touched, so a
    // failure in any of them cannot delay or swallow the 112 answer.
    let look = this.deps.understander.firstLook(text, { locale: fallbackLocale });
    let warned = false;
    const warn = async (found: FirstLook) => {
      const safety = safetyOf(found);
      if (warned || !safety.acuteDanger) return;
      warned = true;
      // In the citizen's language: a message in English on the Dutch page gets 112 in English.
      // Danger told before and still in view: the full reply was given then, a short one now.
      const { locale, before } = await loadSession(this.session, context, fallbackLocale).then(
        (s) => {
          // Danger replies given while the danger stayed in view (counted again from a danger denied).
          const inView = s.danger?.acute === true || s.danger?.suicidal === true;
          const given = inView ? (s.dangerReplies ?? 0) : 0;
          s.dangerReplies = given + 1;
          return { locale: command ? s.locale : followLanguage(languageState(s), found.language, text).locale, before: given };
        },
        () => ({ locale: found.language === 'en' || found.language === 'nl' ? found.language : fallbackLocale, before: 0 }),
      );
      const inLiveChat = await this.deps.live.isLive(context.activity.conversation.id).catch(() => false);
      await context.sendActivities(
        found.language === 'other'
          ? bilingualDangerReplies(this.deps.replies, safety, inLiveChat, before)
          : dangerReplies(this.deps.replies, locale, safety, inLiveChat, before),
      );
      // No conversation id: logs outlive retention and erasure, and an id beside "suicidal" would
      // keep a health mark about one chat after its transcript is gone.
      this.deps.logger.warn({ event: 'acute_danger', reasons: safety.reasons }, 'acute danger screened');
    };
    await warn(look);

    // In a live chat the counsellor answers; the bot has said its one thing (112) above.
    const acuteFirst = safetyOf(look).acuteDanger;
    if (
      await this.deps.live.relay(context.activity.conversation.id, {
        text,
        at: new Date(context.activity.timestamp ?? Date.now()),
        acute: acuteFirst,
      })
    ) {
      if (acuteFirst) await this.markDanger(context, safetyOf(look));
      return;
    }

    const session = await loadSession(this.session, context, fallbackLocale);
    const awaiting = session.awaiting ?? null;
    session.awaiting = null;
    // Read again in the conversation's language and as the answer to what the bot asked ("ja" to
    // "Is iemand op dit moment in gevaar?" is danger now).
    if (awaiting !== null || session.locale !== fallbackLocale) {
      look = this.deps.understander.firstLook(text, { locale: session.locale, awaiting }, look);
      await warn(look);
    }
    // The message alone in the unsure band: after a tentative alarm this keeps 112 in view (see
    // dangerInView), read before the conversation below may take the question away.
    const unsureAlone = look.danger.level === 'unsure';
    // Read in its conversation: from the second message on, a turn the model is unsure of that
    // tells no danger itself gets no danger question (src/safety/turnContext.ts; the screen ran
    // once, this look reuses it). 112 at once was decided above and is not changed by this.
    const earlier = session.earlier ?? [];
    if (
      earlier.length > 0 &&
      unsureAlone &&
      readInConversation(text, { awaiting, heard: session.heard === true, reasons: look.danger.reasons })
    )
      look = this.deps.understander.firstLook(text, { locale: session.locale, awaiting, earlier }, look);
    session.earlier = withTurn(earlier, { level: look.danger.level, score: look.danger.score });
    // "nie wiem" after a message in Polish: a short reply with no language of its own goes on in that language.
    if (look.languageUnclear && session.lastOther === true) look = { ...look, language: 'other' };
    const unreadNow = look.language === 'other';
    const unreadJustBefore = session.lastOther === true;
    session.lastOther = unreadNow;
    const safety = safetyOf(look);
    // Danger in a language the bot cannot read, or confirmed right after such a message ("ja" to its
    // question), may hold thoughts of suicide the bot cannot see: its reply named 113, and 113 stays
    // in view with 112 (the counsellor's summary is not marked suicidal).
    const unreadAlarm = (unreadNow || unreadJustBefore) && safety.acuteDanger;
    const inView = unreadAlarm ? { ...safety, suicidal: true } : safety;
    const viewBefore = session.danger ?? NO_DANGER_IN_VIEW;
    // Whether this message leaves a tentative danger in doubt: it reads unsure, or the bot cannot read
    // it. (Only a message that reads unsure brings danger told before back to this turn.)
    const unsure = unsureAlone || unreadNow;
    // Danger read right after a message the bot could not read may be what that message meant ("ja,
    // dat bedoel ik"): never tentative.
    const tentative = tentativeAlarm(look.danger) && (unreadNow || !unreadJustBefore);
    // After thoughts of suicide read, an unsure reading brings them back only when it goes up from
    // them (see goesUpAfterSuicidal): "no plan, I am only very tired" is the answer to the 113 line.
    const firmSuicidalBefore = viewBefore.suicidal && viewBefore.suicidalUnread !== true;
    const unsureUp = unsureAlone && (!firmSuicidalBefore || goesUpAfterSuicidal(look.danger.reasons));
    const now = { ...safety, unreadAlarm, unsure: unsureUp, tentative, othersNamed: namesDangerFromOthers(look.danger.reasons) };
    session.danger = nextDangerView(viewBefore, now, false);
    guard.view = session.danger;
    guard.unsure = unsure;
    // Until the message is understood (below): 113 again after thoughts of suicide only in their own
    // turn, for a message the bot cannot read, or for an unsure reading that goes up.
    guard.suicideLine = (session.danger.since ?? 0) === 0 || unreadNow || unsureUp;
    // This message or the one before it goes on about the danger (see talksOfDanger); one the bot
    // cannot read may.
    // "Weet ik niet" to "is the danger still there?" leaves it there.
    const askedStillNow = session.askedStillNow === true;
    session.askedStillNow = false;
    const askedDangerNow = session.askedDangerNow === true;
    session.askedDangerNow = false;
    const talkNow = unreadNow || talksOfDanger(text, look.danger) || (askedStillNow && saysUnsure(this.deps.replies, text));
    guard.talk = talkNow || session.talkedOfDanger === true;
    session.talkedOfDanger = talkNow;
    guard.reminder = (key) => {
      const said = reword(session, key);
      return look.language === 'other' ? bilingual(this.deps.replies, said) : this.deps.replies.text(session.locale, said);
    };

    const channelData = (context.activity.channelData ?? {}) as { attachmentsRemoved?: number; truncated?: boolean };
    if (command === 'toEnglish' || command === 'toDutch') {
      session.locale = command === 'toEnglish' ? 'en' : 'nl';
      session.leaning = null;
      await this.deps.facts.setLocale(context.activity.conversation.id, session.locale);
      await context.sendActivity(this.deps.replies.text(session.locale, 'language.switched'));
      return;
    }
    // The conversation follows the citizen's language (a button label is in the current one).
    if (!command) {
      const language = followLanguage(languageState(session), look.language, text);
      if (language.locale !== session.locale) await this.deps.facts.setLocale(context.activity.conversation.id, language.locale);
      Object.assign(session, language);
    }
    if ((channelData.attachmentsRemoved ?? 0) > 0)
      await context.sendActivity(this.deps.replies.text(session.locale, 'attachments.refused'));
    if (channelData.truncated) await context.sendActivity(this.deps.replies.text(session.locale, 'small.tooLong'));

    // A button label or command word is a choice, not a story: its words are not signals. A question
    // inside a story is read clause by clause by the question reader in this one understanding.
    const understood = await this.deps.understander.understand(text, look, { locale: session.locale, awaiting });
    const understanding = command ? asChoice(understood) : understood;
    guard.movedOn = movedOnFromDanger(understanding, talkNow);
    // "Nee" to the direct danger question or to "is the danger still there?" (asked last turn), or a
    // message that itself says no one is in danger now ("nee nu niet, het is stil", "she is safe now"),
    // takes 112 out of view: a counsellor does not name it again after being told so.
    // (After the still-now line only a plain "nee": that turn may have asked something else as well.
    // A message the screen reads as safe now counts only when it is calm and says no "ja": "ja, hij
    // is nu thuis, hij durft niet naar buiten" is the danger going on.)
    const answer = yesNoAnswer(this.deps.replies, text, understanding);
    const plainAnswer = letterWordCount(text) <= PLAIN_ANSWER_WORDS;
    const saysNo = answer === 'no' && (awaiting === 'dangerCheck' || (askedStillNow && plainAnswer));
    const toldSafe = answer !== 'yes' && saysNoDangerNow(text, look.danger);
    const deniesDangerNow = !safety.acuteDanger && (saysNo || toldSafe);
    if (deniesDangerNow) {
      session.danger = nextDangerView(viewBefore, now, true);
      guard.view = session.danger;
    }
    let summary = await this.triage.get(context);
    if (safety.acuteDanger) {
      // Danger is never forgotten in this conversation, whatever the dialogs do next.
      summary = { ...summary, acute: true, suicidal: summary.suicidal || safety.suicidal };
      await this.triage.set(context, summary);
    }
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if ((channelData.attachmentsRemoved ?? 0) === 0 && !safety.acuteDanger)
        await context.sendActivity(this.deps.replies.text(session.locale, 'small.notUnderstood'));
      return;
    }
    // Danger told a moment ago does not end because the next message ("ok", "no, we don't have the
    // money") does not repeat it: 112 stays in view for one more turn.
    // After a tentative reading only if this message reads unsure too (see dangerInView).
    // Not after the citizen said no one is in danger now (113 stays named after thoughts of suicide
    // read; 113 named only for words the bot could not read goes with 112).
    // After the turn that gave 113 for thoughts of suicide read, 113 again only when the citizen's
    // words call for it (see suicideLineAgain); without it, 112 alone when danger from others was
    // read with the thoughts, else nothing.
    const told113 = session.danger.suicidal && session.danger.suicidalUnread !== true && summary.suicidal;
    const suicideLine = told113
      ? suicideLineAgain(session.danger, {
          unsure: unreadNow || unsureUp,
          notOver: thoughtsNotOver(text) || (askedStillNow && saysUnsure(this.deps.replies, text)),
          asks113: asksAbout113(text),
          closing:
            (understanding.questions.includes('counsellor') || understanding.intent === 'thanks' || understanding.intent === 'goodbye') &&
            !SUICIDE_LINE.test(text) &&
            !EMERGENCY.test(text),
        })
      : 'again';
    guard.suicideLine = suicideLine !== null;
    if (told113 && suicideLine === 'closing') {
      session.danger = { ...session.danger, closingSaid: true };
      guard.view = session.danger;
    }
    const suicidalJustBefore = session.lastSuicidal === true && viewBefore.suicidalUnread !== true;
    const dangerJustBefore =
      session.lastAcute === true &&
      !safety.acuteDanger &&
      stillNowNeeded(viewBefore, unsure) &&
      (!deniesDangerNow || (suicidalJustBefore && suicideLine === 'again')) &&
      guard.movedOn === 'no' &&
      // The one line at a natural end is the short reminder below, not "is the danger still there?".
      (!told113 || suicideLine === 'again' || (suicideLine === null && session.danger.onlySuicidal !== true));
    // Thoughts of suicide told a moment ago: 113 stays in view with 112. Kept in view only because
    // danger came in a language the bot cannot read: 113 is named, but not as "still thinking".
    const stillNow =
      session.lastSuicidal !== true || (told113 && suicideLine === null)
        ? 'danger.stillNow'
        : summary.suicidal
          ? 'danger.stillNowSuicidal'
          : 'danger.stillNowWith113';
    session.lastAcute = safety.acuteDanger;
    session.lastSuicidal = inView.suicidal;
    if (dangerJustBefore) {
      session.askedStillNow = true;
      const said = reword(session, stillNow);
      await context.sendActivity(
        understanding.language === 'other' ? bilingual(this.deps.replies, said) : this.deps.replies.text(session.locale, said),
      );
    }
    if (understanding.language === 'other') {
      // Neither Dutch nor English: what was told is still kept for the counsellor. A question the
      // plain words show (police, permit, debt, prison, someone who speaks my language) is answered
      // first, in English and Dutch; then the interpreter line, with where to go the first time.
      summary = rememberFacts(mergeUnderstood(summary, understanding), factsInStory(summary, understanding.facts, text));
      await this.triage.set(context, summary);
      if (letterWordCount(text) >= 6) session.storyInOther = true;
      const cued = otherLanguageQuestions(text);
      const topics = topicsToAnswer(cued, text, cued);
      const answers = bilingualAnswers(this.deps.replies, topics, {
        text,
        summary,
        retention: this.deps.retention,
        dangerNow: safety.acuteDanger,
        answered: session.answeredUnread ?? [],
      });
      session.answeredUnread = [...new Set([...(session.answeredUnread ?? []), ...topics])];
      // Where to go, once: the story it tells is a worry the bot cannot read, and its routes are the
      // guidance it can give (the first message in Dutch or English after it gets the rest).
      const numbers = session.numbersGiven ? [] : [unreadReferralActivity(this.deps.replies, summary)];
      // The interpreter line in full once; after that a short one with the same numbers.
      // From the third message on, a turn that answered a question in both languages has said enough.
      // The short one in other words each time: the same bubble at every message reads as a form.
      const third = (session.otherLines ?? 0) >= 2;
      const interpreter =
        third && answers.length > 0
          ? []
          : [
              this.deps.replies.text(
                session.locale,
                session.numbersGiven ? reword(session, 'small.otherLanguageAgain') : 'small.otherLanguage',
              ),
            ];
      session.otherLines = (session.otherLines ?? 0) + 1;
      session.askedDangerNow = warned || interpreter.length > 0;
      session.numbersGiven = true;
      await context.sendActivities([...answers, ...interpreter, ...numbers]);
      return;
    }
    setTurnFacts(context, {
      locale: session.locale,
      text,
      understanding,
      conversationCode: await this.deps.facts.code(context.activity.conversation.id),
      storyInOtherLanguage: session.storyInOther === true,
      linesNamed: { emergency: guard.sent.some((t) => EMERGENCY.test(t)), suicide: guard.sent.some((t) => SUICIDE_LINE.test(t)) },
      emergencyInView: emergencyInView(session.danger, unsure, guard.movedOn),
      // The last turn's danger reply or its line for a message the bot could not read asked "is there danger now?".
      dangerAskedJustBefore: askedDangerNow,
      expect: (next) => {
        session.awaiting = next;
        if (next === 'dangerCheck') session.heard = true;
      },
      heard: () => {
        session.heard = true;
      },
      reword: (key) => reword(session, key),
    });
    this.dialogMemory = await keptDialogMemory(context, this.dialogMemory, () => this.deps.mainDialog.run(context, this.dialogState));
    session.askedDangerNow = warned;
    // A tentative reading was answered with "Is er nu gevaar? Bel 112.": the next message, when the
    // dialog asked nothing else, is read as the answer to it ("ja" is danger now, "nee" takes it out
    // of view), as the answer to the danger question is.
    if (safety.acuteDanger && session.danger.tentative === true && (session.awaiting ?? null) === null) session.awaiting = 'dangerCheck';
    // Part of the message in another language: their own may be easier, with an interpreter (in
    // English and Dutch: whoever mixes in their own language may read neither of ours well).
    // Not to a thank-you or goodbye: a word of thanks in their own language at the end is not a wish
    // for an interpreter.
    const leaving = understanding.intent === 'thanks' || understanding.intent === 'goodbye';
    if (look.mixedWith && !leaving) await context.sendActivity(this.deps.replies.text(session.locale, 'small.mixedLanguage'));
  }

  private async markDanger(context: TurnContext, safety: { acuteDanger: boolean; suicidal: boolean }): Promise<void> {
    const summary = await this.triage.get(context);
    await this.triage.set(context, {
      ...summary,
      acute: summary.acute || safety.acuteDanger,
      suicidal: summary.suicidal || safety.suicidal,
    });
  }
}

interface DangerGuard {
  /** What stays in view this turn; null until the turn has read the conversation (or in a live chat). */
  view: DangerView | null;
  /** This message reads unsure (in the screen's unsure band). */
  unsure: boolean;
  /** This message or the last one goes on about the danger (see talksOfDanger). */
  talk: boolean;
  /** This message moved on from the danger told before (see movedOnFromDanger): no line again. */
  movedOn: MovedOn;
  /** After thoughts of suicide read, whether this turn names 113 again (see suicideLineAgain). */
  suicideLine: boolean;
  /** The texts this turn has sent so far. */
  sent: string[];
  reminder: (key: string) => Partial<Activity>;
}

/** Where botbuilder-dialogs looks for (and else leaves) its memory configuration in a turn's state. */
export const DIALOG_MEMORY_KEY = 'DialogStateManagerConfiguration';

/**
 * Runs `dialogs` with the dialog memory configuration of an earlier turn, and returns the one to
 * keep. botbuilder-dialogs builds its memory scopes and path resolvers (a service collection, about
 * twenty objects) in the first dialog context of every turn and leaves them in the turn's state for
 * the others; they hold no turn's data (each reads the dialog context it is given), and its own
 * DialogManager builds them once and hands them to every turn, as this does. Without a kept one
 * (the first turn), the one botbuilder built is taken from the turn's state afterwards.
 */
export async function keptDialogMemory(
  context: TurnContext,
  kept: DialogStateManagerConfiguration | undefined,
  dialogs: () => Promise<void>,
): Promise<DialogStateManagerConfiguration | undefined> {
  if (kept) context.turnState.set(DIALOG_MEMORY_KEY, kept);
  await dialogs();
  return kept ?? (context.turnState.get(DIALOG_MEMORY_KEY) as DialogStateManagerConfiguration | undefined);
}

/** A reply of this many words or fewer ("nee", "nee hoor", "no not now") is a plain answer to the bot's question. */
const PLAIN_ANSWER_WORDS = 3;

/** A sentence that names 113 and asks ("113 is free? they speak english?"): the line is its answer. */
function asksAbout113(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => SUICIDE_LINE.test(sentence) && sentence.includes('?'));
}

/** The wording of `key` to say now (another one than the last time), counted on the session. */
function reword(session: Session, key: string): string {
  const next = wordingFor(key, session.said);
  session.said = next.said;
  return next.key;
}

/** One message with a text in English and then in Dutch, for a citizen writing in another language. */
function bilingual(replies: Replies, key: string): Partial<Activity> {
  return { ...replies.text('en', key), text: `${replies.t('en', key)}\n\n${replies.t('nl', key)}` };
}

function safetyOf(look: FirstLook): { acuteDanger: boolean; suicidal: boolean; reasons: string[] } {
  return { acuteDanger: isAcute(look.danger), suicidal: look.danger.suicidal, reasons: look.danger.reasons };
}

/** A button label or command word: a choice, whose words tell no form, signal or story. */
function asChoice(u: Understanding): Understanding {
  return { ...u, form: 'unknown', signals: [], intent: u.intent === 'describe_concern' ? 'out_of_scope' : u.intent };
}
