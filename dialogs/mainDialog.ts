import { ComponentDialog, DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogState } from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TriageDialog } from './triageDialog';

export const MAIN_DIALOG = 'mainDialog';

/**
 * The root of the dialog stack: runs the triage conversation and starts it again on the next
 * message after the citizen stopped. The hand-off to a counsellor is no dialog: the triage asks the
 * CounsellorDesk (src/bot/counsellorDesk.ts), and a live chat bypasses the dialogs in the bot.
 */
export class MainDialog extends ComponentDialog {
  constructor(triage: TriageDialog) {
    super(MAIN_DIALOG);
    this.addDialog(triage);
    this.initialDialogId = triage.id;
  }

  /** Runs one turn of the dialog stack kept in `dialogState`. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }
}
