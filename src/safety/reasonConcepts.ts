/**
 * The concepts behind a danger reading's reasons: the screen writes each situation and distance it
 * read as `situation.<concept>` / `distance.<concept>` (screen.ts), and the bot and triage decide on
 * them after the reading has left the screen (only the reasons travel with a turn). One parser for
 * every reader of them, so a change of the reason format has one place to follow.
 */
import type { DistanceConcept, SituationConcept } from './situations';

export function conceptsInReasons(reasons: readonly string[], kind: 'situation'): SituationConcept[];
export function conceptsInReasons(reasons: readonly string[], kind: 'distance'): DistanceConcept[];
export function conceptsInReasons(reasons: readonly string[], kind: 'situation' | 'distance'): string[] {
  const prefix = `${kind}.`;
  return reasons.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length));
}
