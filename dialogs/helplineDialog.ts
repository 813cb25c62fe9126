import { ComponentDialog, Dialog, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { RetentionFacts } from './welcome';
import { exactCommand, intentCommand } from './commands';
import type { Command } from './commands';
import type { Replies } from './replies';
import type { TriageAccess } from './triageAccess';
import { turnFacts } from './turn';
import { emptyTriage } from '../src/triage/summary';
import type { NextStep, TriageSummary } from '../src/triage/summary';

const NEXT_STEP_OF: Partial<Record<Command, NextStep>> = { counsellor: 'counsellor', police: 'police', anonymous: 'anonymous_tip' };

/** Prompts where the citizen writes freely: only word-for-word commands interrupt there. */
export const DESCRIPTION_PROMPT = 'descriptionPrompt';
const FREE_TEXT_PROMPTS: ReadonlySet<string> = new Set([DESCRIPTION_PROMPT]);

/**
 * Base for every dialog: at any moment the citizen can ask for a counsellor, the police,
 * anonymity, privacy information or help (answered, then back to where we were), start again,
 * or stop. Lives once, here, instead of in every step.
 */
export abstract class HelplineDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly replies: Replies,
    protected readonly retention: RetentionFacts,
    private readonly triageAccess: TriageAccess,
  ) {
    super(id);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const command = this.commandIn(inner);
    if (command === null) return super.onContinueDialog(inner);
    const { locale, conversationCode } = turnFacts(inner.context);
    switch (command) {
      case 'restart':
        await inner.context.sendActivity(this.replies.text(locale, 'interrupt.restart'));
        await this.triageAccess.set(inner.context, restartedTriage(await this.triageAccess.get(inner.context)));
        await inner.cancelAllDialogs();
        return inner.beginDialog(this.initialDialogId);
      case 'stop':
        await inner.context.sendActivities([
          this.replies.text(locale, 'interrupt.stop'),
          ...(conversationCode ? [this.replies.text(locale, 'triage.code', { code: conversationCode })] : []),
        ]);
        await this.triageAccess.set(inner.context, restartedTriage(await this.triageAccess.get(inner.context)));
        await inner.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'toEnglish':
      case 'toDutch':
        // Handled by the bot before the dialogs run.
        return super.onContinueDialog(inner);
      default: {
        const nextStep = NEXT_STEP_OF[command];
        if (nextStep) {
          const summary = await this.triageAccess.get(inner.context);
          await this.triageAccess.set(inner.context, { ...summary, nextStep });
        }
        await inner.context.sendActivity(
          this.replies.text(locale, `interrupt.${command}`, { botDays: this.retention.rawBotOnlyDays, counsellorDays: this.retention.rawWithCounsellorDays }),
        );
        await inner.repromptDialog();
        return Dialog.EndOfTurn;
      }
    }
  }

  private commandIn(inner: DialogContext): Command | null {
    const { text, recognition } = turnFacts(inner.context);
    const exact = exactCommand(this.replies, text);
    if (exact) return exact;
    const stepId = inner.activeDialog?.id ?? '';
    if (FREE_TEXT_PROMPTS.has(stepId)) return null;
    return intentCommand(recognition.intent, recognition.scores.intent);
  }
}

/** Starting again forgets the answers, but never that there was danger in this conversation. */
function restartedTriage(previous: TriageSummary): TriageSummary {
  return { ...emptyTriage(), acute: previous.acute, suicidal: previous.suicidal };
}
