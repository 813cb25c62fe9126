import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { commandSaid, said as saidOf } from '../../dialogs/commands';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { Replies } from '../../dialogs/replies';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { setTurnFacts } from '../../dialogs/turn';
import { saysUnsure, yesNoAnswer } from '../../dialogs/answers';
import { bilingualAnswers, consequencesSaidAfter } from '../../dialogs/ownAnswers';
import { unreadReferralActivity } from '../../dialogs/guidance';
import { welcomeActivities } from '../../dialogs/welcome';
import type { RetentionFacts } from '../../dialogs/welcome';
import { toLocale } from '../i18n/catalog';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';
import { topicsToAnswer } from '../triage/ownQuestions';
import { inOtherAskedOrder, otherLanguageQuestions } from '../triage/otherLanguageQuestions';
import { factsInStory } from '../triage/factsInStory';
import { mergeUnderstood, rememberFacts } from '../triage/summary';
import { isAcute, type FirstLook, type Understander, type Understanding } from '../understanding/understanding';
import { followLanguage } from './languagePolicy';
import type { LiveRelay } from './liveRelay';
import { EMERGENCY, SUICIDE_LINE, emergencyInView, repeatReading, repeatsDangerInView } from './dangerInView';
import {
  answerDangerTurn,
  askedDangerNowBefore,
  dangerLinesOfTurn,
  openGuard,
  readDangerTurn,
  reminderOfTurn,
  type DangerGuard,
} from './dangerTurn';
import { SESSION_WAIT_MS, within, type Timer } from './boundedWait';
import { answerMayLower, laterTurnMayLower } from '../safety/dangerAnswer';
import { deniesDangerNowTold, storyTimeOfTurn } from '../safety/storyTime';
import { earlierTurnsOf } from '../safety/turnContext';
import { saysNoDangerNow } from '../triage/dangerQuestion';
import { bilingualDangerReplies, dangerReplies } from './safetyGate';
import { DIALOG_STATE, SESSION_STATE } from './stateKeys';
import { readInConversation, tellsTheStory } from './readInConversation';
import { wordingFor } from './saidAgain';
import { SHOWN_KEPT, shownKey, withoutShownAgain } from './shownAgain';
import { languageState, loadSession, withTurn } from './session';
import { takeTurnCompletion } from '../channels/turnCompletion';
import type { Session } from './session';
import { letterWordCount } from '../nlu/text/letterWords';
import { mayHearDialogEvents, withUnheardActivityEvent } from './unheardActivityEvent';

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
  /**
   * How long the first look waits for the session (what the bot asked last) before it reads an
   * acute message alone and says 112 (SESSION_WAIT_MS), and the timer that keeps the bound.
   */
  sessionWait?: { ms?: number; timer?: Timer };
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
  /** Whether the dialogs can hear botbuilder's `activityReceived` event, and its mark once known (see unheardActivityEvent.ts). */
  private readonly activityEventUnheard: boolean;
  /** The short fixed lines that may come again in one conversation (an acknowledgement, "you're welcome"). */
  private readonly recurs: (text: string) => boolean;
  private activityEventMark: symbol | undefined;

  constructor(private readonly deps: HelplineBotDeps) {
    super();
    this.session = deps.conversationState.createProperty<Session>(SESSION_STATE);
    this.dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE);
    this.triage = deps.triage;
    this.activityEventUnheard = !mayHearDialogEvents(deps.mainDialog);
    const recurring = new Set(
      (['nl', 'en'] as const).flatMap((locale) => RECURRING_LINES.map((key) => deps.replies.t(locale, key).trim())),
    );
    this.recurs = (text) => recurring.has(text);
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
    const edge: TurnEdge = { guard: openGuard(), sent: [], reminder: () => ({}) };
    context.onSendActivities(async (ctx, activities, next) => {
      // A bubble read before in this conversation is left out (shownAgain.ts), once the session is known.
      if (edge.shown) {
        const kept = withoutShownAgain(activities, edge.shown, edge.sent.length > 0, this.recurs);
        // Nothing left of this send (the adapters refuse an empty one): the turn has spoken already.
        if (kept.length === 0) return [];
        if (kept.length < activities.length) activities.splice(0, activities.length, ...kept);
      }
      const texts = activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
      for (const t of texts) edge.shown?.add(shownKey(t));
      if (activities.some((a) => (a.suggestedActions?.actions.length ?? 0) > 0)) {
        const key = reminderOfTurn(edge.guard, [...edge.sent, ...texts]);
        if (key) await ctx.sendActivity(edge.reminder(key));
      }
      edge.sent.push(...texts);
      return next();
    });
    await this.respond(context, edge);
    const key = reminderOfTurn(edge.guard, edge.sent);
    if (key) await context.sendActivity(edge.reminder(key));
    edge.keepShown?.();
  }

  private async respond(context: TurnContext, edge: TurnEdge): Promise<void> {
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const fallbackLocale = toLocale(context.activity.locale, this.deps.defaultLocale);
    // The message in plain words once: the command check, the answer readings here and the dialogs' (turn facts).
    const saidText = saidOf(text);
    const command = commandSaid(this.deps.replies, saidText);
    // The session is read once for the whole turn, from its start (two reads at once would each
    // put their own copy in the turn's state). Only the 112 answer waits for it, and within a bound.
    const sessionLoad = loadSession(this.session, context, fallbackLocale);
    sessionLoad.catch(() => undefined);
    const wait = this.deps.sessionWait ?? {};
    // One bound for the turn: the first look and the danger reply's wording wait for the same one.
    let bounded: Promise<Session | null> | undefined;
    const sessionInTime = () => (bounded ??= within(sessionLoad, wait.ms ?? SESSION_WAIT_MS, wait.timer));
    // Danger first: the first look runs before the recognizer or dialogs are touched, so a failure
    // in any of them cannot delay or swallow the 112 answer.
    let look = this.deps.understander.firstLook(text, { locale: fallbackLocale });
    const screenedAlone = look;
    // An acute reading that the answer to the bot's last question may lower ("nee" to the danger
    // question or to the danger reply) is read as that answer when the session comes within the
    // bound. A store that fails or is slow gets 112 on the message alone, which can only be
    // stricter (ADR 0006 round 26).
    let answerRead = true;
    let readLater = false;
    const readAgainIn = (asked: Session, earlier: ReturnType<typeof earlierTurnsOf>): FirstLook =>
      this.deps.understander.firstLook(
        text,
        {
          locale: fallbackLocale,
          awaiting: asked.awaiting ?? null,
          askedDangerNow: askedDangerNowBefore(asked),
          earlier,
          storyUntold: untoldIn(asked, asked.awaiting ?? null, text, look),
        },
        look,
      );
    if (answerMayLower(look.danger)) {
      const asked = await sessionInTime();
      if (asked === null) answerRead = false;
      else look = readAgainIn(asked, earlierTurnsOf(asked.earlier));
    } else if (laterTurnMayLower(look.danger)) {
      // A later turn made acute only by the unread-situation floor is read in its conversation, by
      // the later-turn model, before the 112 (laterTurnMayLower); a first message, or a store that
      // fails or is slow, keeps the 112 of the message alone.
      const asked = await sessionInTime();
      const earlier = asked === null ? [] : earlierTurnsOf(asked.earlier);
      if (asked !== null && earlier.length > 0) {
        readLater = true;
        look = readAgainIn(asked, earlier);
      }
    }
    let warned = false;
    const warn = async (found: FirstLook) => {
      const safety = safetyOf(found);
      if (warned || !safety.acuteDanger) return;
      warned = true;
      // In the citizen's language: a message in English on the Dutch page gets 112 in English.
      // Danger told before and still in view: the full reply was given then, a short one now.
      // The session within the bound: a store that fails or is slow gets the reply in the message's language.
      const { locale, before } = await sessionInTime().then((s) => {
        if (s === null) return { locale: found.language === 'en' || found.language === 'nl' ? found.language : fallbackLocale, before: 0 };
        // Danger replies given while the danger stayed in view (counted again from a danger denied).
        // After a denial the full reply, said once in this conversation, is not said again word for
        // word: a new danger gets the short one (round 39; "no, I am at work now" ends the view more often).
        const inView = s.danger?.acute === true || s.danger?.suicidal === true;
        const given = inView ? (s.dangerReplies ?? 0) : Math.min(s.dangerReplies ?? 0, 1);
        s.dangerReplies = given + 1;
        return { locale: command ? s.locale : followLanguage(languageState(s), found.language, text).locale, before: given };
      });
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
    // A detail that only repeats the danger the citizen already had 112 for gets no 112 again
    // (dangerInView.ts `repeatsDangerInView`); a store that fails or is slow keeps the 112.
    // `ownReading` is the message's reading before a repeat lowered it: a second look reads on from it.
    const heardAlready = async (found: FirstLook): Promise<FirstLook> => {
      if (!safetyOf(found).acuteDanger) return found;
      const s = await sessionInTime();
      return s !== null && repeatsDangerInView(s.danger, found.danger, text) ? { ...found, danger: repeatReading(found.danger) } : found;
    };
    let ownReading = look;
    look = await heardAlready(ownReading);
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

    const session = await sessionLoad;
    edge.shown = new Set([...(session.shown ?? []), ...edge.sent.map(shownKey)]);
    edge.keepShown = () => {
      session.shown = [...(edge.shown ?? [])].slice(-SHOWN_KEPT);
    };
    const awaiting = session.awaiting ?? null;
    // Read as the answer to the danger reply, as the first look was; not when the 112 went out on the
    // message alone because the session came too late (the turn keeps the reading it answered).
    const askedDangerNow = answerRead && askedDangerNowBefore(session);
    session.awaiting = null;
    // Read again in the conversation's language and as the answer to what the bot asked ("ja" to
    // "Is iemand op dit moment in gevaar?" is danger now).
    // In its conversation too (the earlier turns) when the first look read it so before the 112: a
    // second look without them would read the message alone again and say the 112 it held back.
    const earlierRead =
      (answerRead && answerMayLower(screenedAlone.danger)) || readLater
        ? { earlier: earlierTurnsOf(session.earlier), storyUntold: untoldIn(session, awaiting, text, screenedAlone) }
        : {};
    if (awaiting !== null || session.locale !== fallbackLocale) {
      ownReading = this.deps.understander.firstLook(text, { locale: session.locale, awaiting, askedDangerNow, ...earlierRead }, ownReading);
      look = await heardAlready(ownReading);
      await warn(look);
    }
    // The message alone in the unsure band: after a tentative alarm this keeps 112 in view (see
    // dangerInView), read before the conversation below may take the question away.
    const unsureAlone = look.danger.level === 'unsure';
    // Read in its conversation: from the second message on, a turn the model is unsure of that
    // tells no danger itself gets no danger question (src/safety/turnContext.ts; the screen ran
    // once, this look reuses it). 112 at once was decided above and is not changed by this.
    const earlier = earlierTurnsOf(session.earlier);
    const soFar = { awaiting, heard: session.heard === true, reasons: look.danger.reasons };
    if (earlier.length > 0 && unsureAlone && readInConversation(text, soFar)) {
      const storyUntold = tellsTheStory(text, soFar);
      look = this.deps.understander.firstLook(text, { locale: session.locale, awaiting, earlier, askedDangerNow, storyUntold }, look);
    }
    // What the turn told of the story's time, for the turns after it (src/safety/storyTime.ts).
    const noDangerNow = saysNoDangerNow(text, look.danger);
    const time = storyTimeOfTurn(look.danger, noDangerNow, session.danger?.acute === true);
    // Whether a "no one is in danger now" set the time away, not only a story told in the past (laterTurnScreen.ts).
    const denied = time === 'away' && deniesDangerNowTold(look.danger, noDangerNow);
    session.earlier = withTurn(earlier, {
      level: look.danger.level,
      score: look.danger.score,
      ...(time === undefined ? {} : { time }),
      ...(denied ? { denied } : {}),
    });
    // "nie wiem" after a message in Polish: a short reply with no language of its own goes on in that language.
    if (look.languageUnclear && session.lastOther === true) look = { ...look, language: 'other' };
    const unreadNow = look.language === 'other';
    const unreadJustBefore = session.lastOther === true;
    session.lastOther = unreadNow;
    const safety = safetyOf(look);
    const read = readDangerTurn(session, {
      danger: look.danger,
      acuteDanger: safety.acuteDanger,
      unsureAlone,
      unreadNow,
      unreadJustBefore,
      text,
      // The first look's analysis of this text: the check for the police named need not make it again.
      analysis: this.deps.understander.analysisOf?.(screenedAlone, text),
      saysUnsure: saysUnsure(this.deps.replies, saidText),
    });
    Object.assign(session, read.state);
    edge.guard = read.guard;
    edge.reminder = (key) => {
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
    const answered = answerDangerTurn(read, {
      intent: understanding.intent,
      questions: understanding.questions,
      answer: yesNoAnswer(this.deps.replies, saidText, understanding),
      awaiting,
    });
    Object.assign(session, answered.state);
    edge.guard = answered.guard;
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
    const lines = dangerLinesOfTurn(answered, session, summary.suicidal);
    Object.assign(session, lines.state);
    edge.guard = lines.guard;
    if (lines.stillNow) {
      const said = reword(session, lines.stillNow);
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
      const topics = inOtherAskedOrder(topicsToAnswer(cued, text, cued), text);
      const answers = bilingualAnswers(this.deps.replies, topics, {
        text,
        summary,
        retention: this.deps.retention,
        dangerNow: safety.acuteDanger,
        answered: session.answeredUnread ?? [],
        consequencesSaid: session.consequencesSaidUnread ?? [],
      });
      session.answeredUnread = [...new Set([...(session.answeredUnread ?? []), ...topics])];
      // The permit answered for the niece and then asked for the writer's own permit: the second time
      // the answer that adds something, not the same bubble (which the edge would leave out unread).
      if (topics.includes('consequences')) {
        session.consequencesSaidUnread = consequencesSaidAfter(text, session.consequencesSaidUnread ?? []);
      }
      // A thank-you or goodbye in their own language after the conversation ("hvala lijepa,
      // dovidenja"): answered as one, in English and Dutch, not with the interpreter line again.
      const leavingInOwn = understanding.intent === 'thanks' || understanding.intent === 'goodbye';
      if (leavingInOwn && answers.length === 0 && (session.messages ?? 0) > 1) {
        await context.sendActivity(bilingual(this.deps.replies, 'small.closingOther'));
        return;
      }
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
      command,
      said: saidText,
      conversationCode: await this.deps.facts.code(context.activity.conversation.id),
      storyInOtherLanguage: session.storyInOther === true,
      linesNamed: { emergency: edge.sent.some((t) => EMERGENCY.test(t)), suicide: edge.sent.some((t) => SUICIDE_LINE.test(t)) },
      emergencyInView: emergencyInView(lines.state.danger, edge.guard.unsure, edge.guard.movedOn),
      onlySuicidalInView: lines.state.danger.suicidal && lines.state.danger.onlySuicidal === true,
      // The last turn's danger reply or its line for a message the bot could not read asked "is there danger now?".
      dangerAskedJustBefore: read.askedDangerNow,
      expect: (next) => {
        session.awaiting = next;
        if (next === 'dangerCheck') session.heard = true;
      },
      heard: () => {
        session.heard = true;
      },
      reword: (key) => reword(session, key),
    });
    this.dialogMemory = await keptDialogMemory(context, this.dialogMemory, async () => {
      this.activityEventMark = await withUnheardActivityEvent(context, this.activityEventMark, this.activityEventUnheard, () =>
        this.deps.mainDialog.run(context, this.dialogState),
      );
    });
    session.askedDangerNow = warned;
    // A tentative reading was answered with "Is er nu gevaar? Bel 112.": the next message, when the
    // dialog asked nothing else, is read as the answer to it ("ja" is danger now, "nee" takes it out
    // of view), as the answer to the danger question is.
    // So is "Is het gevaar er nog? Bel meteen 112." (round 45): "ja" to it is the danger still there,
    // 112 at once; after it a calm detail gets no line again (dangerInView.ts `followOnCalled`).
    const askedDangerQuestion = (safety.acuteDanger && lines.state.danger.tentative === true) || lines.stillNow !== null;
    if (askedDangerQuestion && (session.awaiting ?? null) === null) session.awaiting = 'dangerCheck';
    // Part of the message in another language: their own may be easier, with an interpreter (in
    // English and Dutch: whoever mixes in their own language may read neither of ours well).
    // Not to a thank-you or goodbye; a word of thanks in their own language beside our language is no
    // mixed language at all (nlu/language.ts reads courtesy words so).
    const leaving = understanding.intent === 'thanks' || understanding.intent === 'goodbye';
    // Said again at a later mixed message in other, shorter words: the same bubble at every turn reads as a form.
    if (look.mixedWith && !leaving)
      await context.sendActivity(this.deps.replies.text(session.locale, reword(session, 'small.mixedLanguage')));
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

/** Short fixed lines a conversation may show more than once: saying them again repeats nothing. */
const RECURRING_LINES = ['triage.thanks', 'triage.noted', 'small.thanks'] as const;

/** One turn at the edge: the danger guard, the texts sent so far, and the reminder in the turn's language. */
interface TurnEdge {
  guard: DangerGuard;
  sent: string[];
  reminder: (key: string) => Partial<Activity>;
  /** Hashes of the texts shown in this conversation, once the session is read (shownAgain.ts). */
  shown?: Set<string>;
  /** Keeps them on the session for the next turn. */
  keepShown?: () => void;
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

/** The wording of `key` to say now (another one than the last time), counted on the session. */
/**
 * The message tells the story the bot has not yet heard (readInConversation.ts `tellsTheStory`):
 * read as a first message is, by the main danger model, not the later-turn one (understander.ts).
 */
function untoldIn(session: Session, awaiting: Session['awaiting'], text: string, look: FirstLook): boolean {
  return tellsTheStory(text, { awaiting: awaiting ?? null, heard: session.heard === true, reasons: look.danger.reasons });
}

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
