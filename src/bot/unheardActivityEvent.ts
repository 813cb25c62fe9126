import type { TurnContext } from 'botbuilder';
import { Dialog, DialogContainer } from 'botbuilder-dialogs';

/**
 * botbuilder-dialogs' `DialogContext.continueDialog` first raises an `activityReceived` event for
 * the dialogs to intercept (its prompts recognise their answer there), once per turn, and notes in
 * the turn's state under a private symbol that it did. To raise it, it walks the dialog stack down to
 * the leaf, making a new dialog context (with its memory manager) for each level, and bubbles the
 * event back up through every dialog: about 3.5 % of the event loop's busy time under load, and its
 * garbage, before any dialog does its real work, which makes those contexts again.
 *
 * When no dialog in the tree can hear the event (none overrides botbuilder's `onPreBubbleEvent`,
 * `onPostBubbleEvent` or `onDialogEvent`: the base ones only pass it on and answer "not handled"),
 * raising it changes nothing, and the turn may start with the event marked as raised. The mark's
 * key is botbuilder's own symbol, found in a turn's state after its first dialog turn; a botbuilder
 * without that symbol simply raises the event as before.
 */
const EMITTED_DESCRIPTION = 'ActivityReceivedEmitted';

/** The turn-state key botbuilder-dialogs marks the raised event under, after it ran in `context`; undefined when there is none. */
export function activityEventMark(context: TurnContext): symbol | undefined {
  for (const key of (context.turnState as Map<unknown, unknown>).keys()) {
    if (typeof key === 'symbol' && key.description === EMITTED_DESCRIPTION) return key;
  }
  return undefined;
}

/** Whether any dialog in the tree under `root` (itself included) may act on a dialog event such as `activityReceived`. */
export function mayHearDialogEvents(root: Dialog): boolean {
  const base = eventHooks(Dialog.prototype);
  const container = eventHooks(DialogContainer.prototype);
  const seen = new Set<Dialog>();
  const hears = (dialog: Dialog): boolean => {
    if (seen.has(dialog)) return false;
    seen.add(dialog);
    const own = eventHooks(dialog);
    if (own.onPreBubbleEvent !== base.onPreBubbleEvent || own.onPostBubbleEvent !== base.onPostBubbleEvent) return true;
    if (own.onDialogEvent !== (dialog instanceof DialogContainer ? container : base).onDialogEvent) return true;
    return dialog instanceof DialogContainer && dialog.dialogs.getDialogs().some(hears);
  };
  return hears(root);
}

/** A dialog's event hooks (two of them protected in botbuilder's types), compared by identity only. */
interface EventHooks {
  onPreBubbleEvent: unknown;
  onPostBubbleEvent: unknown;
  onDialogEvent: unknown;
}

function eventHooks(dialog: object): EventHooks {
  return dialog as EventHooks;
}

/**
 * Runs a turn's `dialogs`, starting them with botbuilder's `activityReceived` mark set when `mark` is
 * known (no dialog hears the event: see above), and returns the mark for the next turns: the one
 * given, or on a turn without one, the key botbuilder left in this turn's state (when `unheard`).
 */
export async function withUnheardActivityEvent(
  context: TurnContext,
  mark: symbol | undefined,
  unheard: boolean,
  dialogs: () => Promise<void>,
): Promise<symbol | undefined> {
  if (!unheard) {
    await dialogs();
    return undefined;
  }
  if (mark !== undefined) context.turnState.set(mark, true);
  await dialogs();
  return mark ?? activityEventMark(context);
}
