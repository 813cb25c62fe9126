/**
 * The audit trail: who did what, to which conversation, when. Details are small flat facts
 * (counts, reasons, ids); the schema below refuses anything that could carry message text.
 */
import { z } from 'zod';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { AuditEntry, AuditLog, AuditQuery } from '../store/ports';

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'login_throttled',
  'logout',
  'staff_added',
  'staff_disabled',
  'password_changed',
  'transcript_read',
  'export',
  'erasure',
  'legal_hold',
  'retention_run',
  'chat_accepted',
  'chat_transferred',
  'chat_released',
  'chat_closed',
  'note_added',
  'qa_flag_added',
  'audit_searched',
  'transcripts_listed',
  'statistics_read',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A staff user id, or one of the non-human actors. */
export type AuditActor = string;
export const SYSTEM_ACTOR = 'system';
export const CLI_ACTOR = 'cli';

const detailValue = z.union([z.number(), z.boolean(), z.null(), z.string().max(120)]);
const detailSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), z.union([detailValue, z.array(detailValue).max(50)]))
  .refine(
    (detail) => Object.keys(detail).length <= 20 && !Object.keys(detail).some((key) => /password|text|content|message|body/i.test(key)),
    'Audit detail must be a few flat facts, never content.',
  );

export type AuditDetail = z.infer<typeof detailSchema>;

export class Audit {
  constructor(
    private readonly log: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one entry. Fails loudly (and so fails the caller) when the log cannot be written:
   * an action that must be audited must not happen unaudited.
   */
  async record(
    actor: AuditActor,
    action: AuditAction,
    conversationId: string | null = null,
    detail: AuditDetail = {},
  ): Promise<AuditEntry> {
    const parsed = detailSchema.safeParse(detail);
    if (!parsed.success) throw new AppError('Internal', `Refused audit detail for ${action}.`);
    if (actor === '') throw new AppError('Internal', 'Audit actor is empty.');
    return this.log.append({ at: this.clock.now(), actor, action, conversationId, detail: parsed.data });
  }

  search(query: AuditQuery): Promise<AuditEntry[]> {
    return this.log.search(query);
  }

  /** For retention: drops entries older than `before`. */
  deleteBefore(before: Date): Promise<number> {
    return this.log.deleteBefore(before);
  }
}
