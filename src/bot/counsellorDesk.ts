import type { TurnContext } from 'botbuilder';
import type { CounsellorDesk } from '../../dialogs/counsellorDesk';
import type { Replies } from '../../dialogs/replies';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { turnFactsIfAny } from '../../dialogs/turn';
import type { HandoffService } from '../handoff/service';
import type { Locale } from '../i18n/catalog';

/**
 * Puts a chat in the counsellor queue and says, honestly, what happens next. The counsellors get
 * the triage summary from the queue (the staff API), not from the chat: the Bot Framework handoff
 * protocol's `handoff.initiate` event would carry the danger and suicide marks, the age and the
 * place to the citizen's own browser, where someone else may read them, and store a copy of the
 * transcript with every request.
 */
export function createCounsellorDesk(deps: {
  handoff: Pick<HandoffService, 'request' | 'cancel' | 'isOpenNow'>;
  replies: Replies;
  triage: TriageAccess;
}): CounsellorDesk {
  const { replies } = deps;
  return {
    chatOpen: () => deps.handoff.isOpenNow(),
    async request(context: TurnContext, locale: Locale) {
      const conversationId = context.activity.conversation.id;
      const summary = await deps.triage.get(context);
      const danger = summary.acute || summary.suicidal;
      const outcome = await deps.handoff.request(conversationId, { acute: danger, locale });
      // The queue keeps the danger mark; the citizen reads 112 only while the danger told is still
      // in view (not after "no one is in danger now"), or after thoughts of suicide.
      const dangerLine = summary.suicidal || (summary.acute && turnFactsIfAny(context)?.emergencyInView !== false);
      switch (outcome.kind) {
        case 'live':
          await context.sendActivity(replies.text(locale, 'handoff.alreadyLive'));
          return;
        // Asked again: not the same words at every ask, but fewer, with what can be done now. 112 in
        // it only when danger was told in this conversation (the welcome named it).
        case 'closed':
          await context.sendActivity(replies.text(locale, wording(context, dangerLine ? 'handoff.closedDanger' : 'handoff.closed')));
          return;
        case 'nobody_available':
          await context.sendActivity(replies.text(locale, wording(context, dangerLine ? 'handoff.nobodyDanger' : 'handoff.nobody')));
          return;
        case 'queued': {
          const position = outcome.position + 1;
          const wait =
            outcome.waitMinutes === null
              ? 'handoff.waitUnknown'
              : outcome.waitMinutes === 0
                ? 'handoff.waitSoon'
                : outcome.waitCapped
                  ? 'handoff.waitAtMost'
                  : 'handoff.waitMinutes';
          await context.sendActivities([
            replies.text(locale, outcome.alreadyWaiting ? 'handoff.alreadyWaiting' : 'handoff.queued', { position }),
            replies.text(locale, wait, { duration: minutesText(replies, locale, outcome.waitMinutes ?? 0) }),
            ...(outcome.alreadyWaiting ? [] : [replies.text(locale, 'handoff.whileWaiting')]),
          ]);
          return;
        }
      }
    },
    async stopWaiting(context: TurnContext) {
      await deps.handoff.cancel(context.activity.conversation.id);
    },
    async cancel(context: TurnContext, locale: Locale) {
      const cancelled = await deps.handoff.cancel(context.activity.conversation.id);
      await context.sendActivity(replies.text(locale, cancelled ? 'handoff.cancelled' : 'handoff.notWaiting'));
    },
  };
}

/** The wording of `key` to say now in this conversation (src/bot/saidAgain.ts), when the turn keeps count. */
function wording(context: TurnContext, key: string): string {
  return turnFactsIfAny(context)?.reword?.(key) ?? key;
}

/** "1 minuut" / "1 minute", otherwise "{n} minuten": a wait of one minute is singular in both languages. */
export function minutesText(replies: Replies, locale: Locale, minutes: number): string {
  return minutes === 1 ? replies.t(locale, 'handoff.minuteOne') : replies.t(locale, 'handoff.minuteMany', { minutes });
}
