/**
 * What the chat page accepts from the server: the Direct Line 3.0 answers it uses, checked with
 * zod's small build (the team's one schema library at every boundary) so a wrong shape is refused
 * at the boundary instead of failing somewhere in the page. Unknown fields are dropped.
 * Activities are checked one by one: one odd activity must not cost the citizen the others in its set.
 */
import * as z from 'zod/mini';

const nonEmpty = z.string().check(z.minLength(1));

export const tokenResponseSchema = z.object({ token: nonEmpty, conversationId: z.string() });

export const conversationResponseSchema = z.object({
  conversationId: z.string(),
  token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  streamUrl: z.optional(z.string()),
});

export const refreshResponseSchema = z.object({ token: nonEmpty, expires_in: z.optional(z.number()) });

export const postResponseSchema = z.object({ id: z.optional(z.string()) });

const activitySetSchema = z.object({ activities: z.array(z.unknown()), watermark: z.optional(z.string()) });

const cardActionSchema = z.object({ type: z.optional(z.string()), title: z.optional(z.string()), value: z.optional(z.unknown()) });

const activitySchema = z.object({
  id: z.string(),
  type: z.string(),
  text: z.optional(z.string()),
  name: z.optional(z.string()),
  value: z.optional(z.unknown()),
  from: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()), role: z.optional(z.string()) })),
  channelData: z.optional(
    z.object({
      clientActivityID: z.optional(z.string()),
      helplineSender: z.optional(z.object({ role: z.optional(z.string()), id: z.optional(z.string()), name: z.optional(z.string()) })),
    }),
  ),
  suggestedActions: z.optional(z.object({ actions: z.array(cardActionSchema) })),
});

export type ChatActivity = z.infer<typeof activitySchema>;
export type CardAction = z.infer<typeof cardActionSchema>;

export interface ActivitySet {
  activities: ChatActivity[];
  watermark: string | undefined;
}

/** The parsed value, or throws: for answers the page cannot go on without. */
export function parseAnswer<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(value);
}

/** Parses a stream frame or a polling answer; null for anything that is not an activity set. */
export function parseActivitySet(data: unknown): ActivitySet | null {
  const set = activitySetSchema.safeParse(data);
  if (!set.success) return null;
  const activities: ChatActivity[] = [];
  for (const raw of set.data.activities) {
    const parsed = activitySchema.safeParse(raw);
    if (parsed.success) activities.push(parsed.data);
  }
  return { activities, watermark: set.data.watermark };
}
