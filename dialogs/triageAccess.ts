import type { TurnContext } from 'botbuilder';
import type { TriageSummary } from '../src/triage/summary';

/** How dialogs read and keep the triage summary (bot state plus the conversation record). */
export interface TriageAccess {
  get(context: TurnContext): Promise<TriageSummary>;
  set(context: TurnContext, summary: TriageSummary): Promise<void>;
}
