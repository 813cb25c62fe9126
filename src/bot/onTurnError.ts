import type { ConversationState, TurnContext } from 'botbuilder';
import type { Replies } from '../../dialogs/replies';
import { safeErrorDetails, toAppError } from '../errors';
import { toLocale } from '../i18n/catalog';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';
import { DIALOG_STATE } from './stateKeys';

/**
 * Last resort for a failing turn: log the error (code and stack, never the message text), tell
 * the citizen in their language how to get help now, and reset the dialog so the next message
 * starts clean instead of failing the same way again.
 *
 * Only the dialog stack is reset. The session (the danger kept in view, the language) and the
 * triage summary stay: deleting the whole conversation state would drop 112 from later replies
 * and overwrite the counsellor's summary with an empty one on the next message.
 */
export function createOnTurnError(deps: { logger: Logger; replies: Replies; conversationState: ConversationState; defaultLocale: Locale }) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const appError = toAppError(error);
    deps.logger.error(
      { event: 'turn_error', code: appError.code, channel: context.activity.channelId, err: safeErrorDetails(error) },
      'bot turn failed',
    );
    try {
      const locale = toLocale(context.activity.locale, deps.defaultLocale);
      await context.sendActivity(deps.replies.text(locale, 'errors.Internal'));
      await deps.conversationState.createProperty(DIALOG_STATE).delete(context);
      await deps.conversationState.saveChanges(context, true);
    } catch (secondary) {
      deps.logger.error(
        { event: 'turn_error_reply_failed', err: { name: (secondary as Error).name } },
        'could not tell the citizen about the error',
      );
    }
  };
}
