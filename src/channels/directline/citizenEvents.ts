/**
 * The `event` activities a citizen's page may post, by name. The citizen page (src/web/static/
 * citizen.js) and Web Chat's defaults send none today: every event is refused with 400, so a token
 * cannot fill the transcript with arbitrary events. When the page starts sending one, add its name
 * here, with the largest `value` it needs; nothing else has to change.
 */
export const CITIZEN_EVENTS: ReadonlyMap<string, { maxValueBytes: number }> = new Map<string, { maxValueBytes: number }>([]);

/** True when the page may send an event of this name with this value. */
export function citizenEventAllowed(
  name: unknown,
  value: unknown,
  events: ReadonlyMap<string, { maxValueBytes: number }> = CITIZEN_EVENTS,
): boolean {
  if (typeof name !== 'string') return false;
  const rule = events.get(name);
  if (!rule) return false;
  return Buffer.byteLength(JSON.stringify(value ?? null)) <= rule.maxValueBytes;
}
