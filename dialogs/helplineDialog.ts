import { ComponentDialog, Dialog, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { RetentionFacts } from './welcome';
import { exactCommand } from './commands';
import type { Command } from './commands';
import type { Replies } from './replies';
import type { CounsellorDesk } from './counsellorDesk';
import type { TriageAccess } from './triageAccess';
import { signalsActivity } from './guidance';
import { turnFacts } from './turn';
import { retentionParams } from './welcome';
import { emptyTriage, guidanceForm } from '../src/triage/summary';
import type { NextStep, TriageSummary } from '../src/triage/summary';

/** The chat page's name for it: src/web/browser/chat/messages.ts. */
const STOPPED_EVENT = 'chat.stopped';

const NEXT_STEP_OF: Partial<Record<Command, NextStep>> = { police: 'police', anonymous: 'anonymous_tip' };

/**
 * Base of the conversation's dialogs (today only the triage): at any moment the citizen can ask for
 * a counsellor, the police, anonymity, privacy information or help with a button or a command word
 * (answered, then back to where we were), start again, or stop. Lives once, here, instead of in
 * every step.
 */
export abstract class HelplineDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly replies: Replies,
    protected readonly retention: RetentionFacts,
    private readonly triageAccess: TriageAccess,
    private readonly desk: CounsellorDesk,
  ) {
    super(id);
  }

  protected override async onBeginDialog(inner: DialogContext, options?: object): Promise<DialogTurnResult> {
    // A conversation may open with a request ("I want a counsellor"): answer it, then begin.
    const command = this.commandIn(inner);
    if (command === 'stop') {
      await this.stop(inner);
      return { status: DialogTurnStatus.complete };
    }
    if (command !== null && command !== 'restart') {
      await this.answer(inner, command);
      return super.onBeginDialog(inner, { ...options, commandOnly: true });
    }
    return super.onBeginDialog(inner, options);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const command = this.commandIn(inner);
    if (command === null) return super.onContinueDialog(inner);
    if (command === 'restart') {
      await inner.context.sendActivity(this.replies.text(turnFacts(inner.context).locale, 'interrupt.restart'));
      await this.triageAccess.set(inner.context, restartedTriage(await this.triageAccess.get(inner.context)));
      await inner.cancelAllDialogs();
      return inner.beginDialog(this.initialDialogId);
    }
    if (command === 'stop') {
      await this.stop(inner);
      await inner.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    await this.answer(inner, command);
    await inner.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** Answers a request that does not change where we are in the conversation. */
  private async answer(inner: DialogContext, command: Exclude<Command, 'restart' | 'stop'>): Promise<void> {
    const { locale } = turnFacts(inner.context);
    switch (command) {
      case 'counsellor':
        await this.recordNextStep(inner, 'counsellor');
        await this.desk.request(inner.context, locale);
        return;
      case 'cancel':
        await this.desk.cancel(inner.context, locale);
        return;
      case 'toEnglish':
      case 'toDutch':
        // Handled by the bot before the dialogs run.
        return;
      case 'signals':
        await inner.context.sendActivities([
          signalsActivity(this.replies, locale, guidanceForm(await this.triageAccess.get(inner.context))),
        ]);
        return;
      default: {
        const nextStep = NEXT_STEP_OF[command];
        if (nextStep) await this.recordNextStep(inner, nextStep);
        await inner.context.sendActivity(this.replies.text(locale, `interrupt.${command}`, retentionParams(this.retention)));
      }
    }
  }

  private async stop(inner: DialogContext): Promise<void> {
    const { locale, conversationCode } = turnFacts(inner.context);
    await inner.context.sendActivities([
      this.replies.text(locale, 'interrupt.stop'),
      ...(conversationCode ? [this.replies.text(locale, 'triage.code', { code: conversationCode })] : []),
      // Tells the citizen's page to offer clearing the conversation from the screen (the chat itself goes on).
      { type: 'event', name: STOPPED_EVENT },
    ]);
    await this.desk.stopWaiting(inner.context);
    await this.triageAccess.set(inner.context, restartedTriage(await this.triageAccess.get(inner.context)));
  }

  private async recordNextStep(inner: DialogContext, nextStep: NextStep): Promise<void> {
    const summary = await this.triageAccess.get(inner.context);
    await this.triageAccess.set(inner.context, { ...summary, nextStep });
  }

  /**
   * Only a button label or a command word interrupts. A question in the citizen's own words
   * ("kan ik anoniem melden?") may come with their story: the triage dialog answers it first and
   * then goes on with the story.
   */
  private commandIn(inner: DialogContext): Command | null {
    const facts = turnFacts(inner.context);
    return facts.command !== undefined ? facts.command : exactCommand(this.replies, facts.text);
  }
}

/** Starting again forgets the answers, but never that there was danger in this conversation. */
function restartedTriage(previous: TriageSummary): TriageSummary {
  return { ...emptyTriage(), acute: previous.acute, suicidal: previous.suicidal };
}
