/**
 * What the chat page accepts from the server: the Direct Line 3.0 answers it uses, checked with
 * valibot so a wrong shape is refused at the boundary instead of failing somewhere in the page.
 * valibot rather than zod here: its schemas are plain objects, so building them costs nothing when
 * the script loads, and only the few checks used land in the bundle (zod/mini made up half of
 * this page's script and most of its start-up time on a slow phone). Unknown fields are dropped.
 * Activities are checked one by one: one odd activity must not cost the citizen the others in its set.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1));

export const tokenResponseSchema = v.object({ token: nonEmpty, conversationId: v.string() });

export const conversationResponseSchema = v.object({
  conversationId: v.string(),
  token: v.optional(v.string()),
  expires_in: v.optional(v.number()),
  streamUrl: v.optional(v.string()),
});

export const refreshResponseSchema = v.object({ token: nonEmpty, expires_in: v.optional(v.number()) });

export const postResponseSchema = v.object({ id: v.optional(v.string()) });

const activitySetSchema = v.object({ activities: v.array(v.unknown()), watermark: v.optional(v.string()) });

const cardActionSchema = v.object({ type: v.optional(v.string()), title: v.optional(v.string()), value: v.optional(v.unknown()) });

const activitySchema = v.object({
  id: v.string(),
  type: v.string(),
  text: v.optional(v.string()),
  name: v.optional(v.string()),
  value: v.optional(v.unknown()),
  from: v.optional(v.object({ id: v.optional(v.string()), name: v.optional(v.string()), role: v.optional(v.string()) })),
  channelData: v.optional(
    v.object({
      clientActivityID: v.optional(v.string()),
      helplineSender: v.optional(v.object({ role: v.optional(v.string()), id: v.optional(v.string()), name: v.optional(v.string()) })),
    }),
  ),
  suggestedActions: v.optional(v.object({ actions: v.array(cardActionSchema) })),
});

export type ChatActivity = v.InferOutput<typeof activitySchema>;
export type CardAction = v.InferOutput<typeof cardActionSchema>;

export interface ActivitySet {
  activities: ChatActivity[];
  watermark: string | undefined;
}

/** The parsed value, or throws: for answers the page cannot go on without. */
export function parseAnswer<const S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  return v.parse(schema, value);
}

/** Parses a stream frame or a polling answer; null for anything that is not an activity set. */
export function parseActivitySet(data: unknown): ActivitySet | null {
  const set = v.safeParse(activitySetSchema, data);
  if (!set.success) return null;
  const activities: ChatActivity[] = [];
  for (const raw of set.output.activities) {
    const parsed = v.safeParse(activitySchema, raw);
    if (parsed.success) activities.push(parsed.output);
  }
  return { activities, watermark: set.output.watermark };
}
