import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, WaterfallStepContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import type { Replies } from './replies';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';

/**
 * The conversation after the welcome. For now it acknowledges every message and offers the
 * Veilig Thuis phone line and 112; triage and guidance dialogs plug in here.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly replies: Replies) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.acknowledge.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Runs one turn of the dialog stack kept in `dialogState`. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>, locale: Locale): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    dc.context.turnState.set(LOCALE_KEY, locale);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async acknowledge(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = localeOf(step.context);
    await step.context.sendActivities([
      this.replies.text(locale, 'fallback.acknowledge'),
      this.replies.text(locale, 'fallback.phone'),
      this.replies.text(locale, 'fallback.danger'),
    ]);
    return step.endDialog();
  }
}

const LOCALE_KEY = Symbol('helpline.locale');

export function localeOf(context: TurnContext): Locale {
  return (context.turnState.get(LOCALE_KEY) as Locale | undefined) ?? 'nl';
}
