import { z } from 'zod';

/** What a Direct Line client may post. Identity fields it sends are ignored: the token decides. */
export const postedActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z.string().max(20).optional(),
    name: z.string().max(200).optional(),
    value: z.unknown().optional(),
    attachments: z.array(z.unknown()).max(20).optional(),
    entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    from: z.object({ id: z.string().optional(), name: z.string().optional(), role: z.string().optional() }).passthrough().optional(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    localTimezone: z.string().max(100).optional(),
  })
  .passthrough();

export type PostedActivity = z.infer<typeof postedActivitySchema>;

export const tokenRequestSchema = z
  .object({ locale: z.string().max(20).optional() })
  .strict()
  .default({});

export const exitRequestSchema = z.object({ token: z.string().min(1).max(4096) });
