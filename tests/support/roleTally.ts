/** Plays messages through the conversation's role tally as the triage dialog does (tests of conversationRole). */
import { addReading, emptyTally, roleOfConversation, type RoleReading, type RoleTally } from '../../src/triage/conversationRole';
import { normaliseText } from '../../src/safety/normalise';
import type { Role } from '../../src/triage/summary';

/** One message's reading: a story told in words unless the patch says otherwise. */
export const reading = (text: string, patch: Partial<RoleReading> = {}): RoleReading => ({
  plain: normaliseText(text),
  told: {},
  chosen: null,
  story: true,
  questions: [],
  ...patch,
});

/** Plays messages with the role the summary reads for each; returns the conversation's role after each. */
export function play(turns: [RoleReading, Role | null][]): (Role | null)[] {
  let tally: RoleTally = emptyTally();
  let role: Role | null = null;
  return turns.map(([r, read]) => {
    tally = addReading(tally, r);
    role = roleOfConversation(tally, role, read);
    return role;
  });
}
