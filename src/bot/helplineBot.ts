import { ActivityHandler } from 'botbuilder';
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { requestedLanguage } from '../../dialogs/languageSwitch';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { Replies } from '../../dialogs/replies';
import { welcomeActivities } from '../../dialogs/welcome';
import type { RetentionFacts } from '../../dialogs/welcome';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';
import { loadSession } from './session';
import type { Session } from './session';

export interface HelplineBotDeps {
  conversationState: ConversationState;
  mainDialog: MainDialog;
  replies: Replies;
  retention: RetentionFacts;
  defaultLocale: Locale;
  logger: Logger;
  /** Keeps the conversation record's locale in step with the bot's (for staff and statistics). */
  onLocaleChanged: (conversationId: string, locale: Locale) => Promise<void>;
}

/** The bot's turn handler: welcome, language, attachments, then the dialogs. */
export class HelplineBot extends ActivityHandler {
  private readonly session: StatePropertyAccessor<Session>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: HelplineBotDeps) {
    super();
    this.session = deps.conversationState.createProperty<Session>('session');
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const userJoined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (userJoined) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Saves state after every turn, also when a handler failed halfway (nothing half-written is lost). */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const session = await loadSession(this.session, context, this.deps.defaultLocale);
    if (session.welcomed) return;
    session.welcomed = true;
    await context.sendActivities(welcomeActivities(this.deps.replies, session.locale, this.deps.retention));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const session = await loadSession(this.session, context, this.deps.defaultLocale);
    const channelData = context.activity.channelData as { attachmentsRemoved?: number } | undefined;
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    if ((channelData?.attachmentsRemoved ?? 0) > 0 && text.trim() === '') {
      await context.sendActivity(this.deps.replies.text(session.locale, 'attachments.refused'));
      return;
    }
    const switchTo = requestedLanguage(this.deps.replies, text);
    if (switchTo) {
      session.locale = switchTo;
      await this.deps.onLocaleChanged(context.activity.conversation.id, switchTo);
      await context.sendActivity(this.deps.replies.text(switchTo, 'language.switched'));
      return;
    }
    await this.deps.mainDialog.run(context, this.dialogState, session.locale);
  }
}
