import type { HandoffEvents } from '../handoff/events';
import type { HandoffService } from '../handoff/service';

/**
 * During a live chat the citizen's messages go to the counsellor, not to the dialogs. Danger
 * screened in a waiting or live chat raises its priority and alerts the counsellors.
 */
export interface LiveRelay {
  /** True when the message went to a counsellor and the bot must stay silent. */
  relay(conversationId: string, message: { text: string; at: Date; acute: boolean }): Promise<boolean>;
  isLive(conversationId: string): Promise<boolean>;
}

export function createLiveRelay(deps: { handoff: HandoffService; events: HandoffEvents }): LiveRelay {
  return {
    async isLive(conversationId) {
      return (await deps.handoff.current(conversationId))?.status === 'live';
    },
    async relay(conversationId, message) {
      if (message.acute) await deps.handoff.markAcute(conversationId);
      const current = await deps.handoff.current(conversationId);
      if (current?.status !== 'live') return false;
      deps.events.emit({ kind: 'message', conversationId, role: 'citizen', text: message.text, at: message.at.toISOString() });
      return true;
    },
  };
}
