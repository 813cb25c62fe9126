/**
 * The export for the case file: the raw transcript with the triage summary, the handoffs and the
 * counsellors' notes, for the counsellor who held the chat or an admin. A chat transcript is not
 * the case file itself; the counsellor copies from this what the case needs.
 */
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { CounsellorNote, HandoffRecord, HandoffStore } from '../store/handoffPorts';
import type { ConversationStore, JsonObject, SenderRole, StaffRole, TranscriptStore } from '../store/ports';

export interface CaseExport {
  exportedAt: string;
  exportedBy: { id: string; name: string };
  conversation: { id: string; code: string; channelId: string; locale: string; status: string; startedAt: string; endedAt: string | null };
  triage: JsonObject | null;
  handoffs: {
    queuedAt: string;
    acceptedAt: string | null;
    endedAt: string | null;
    status: string;
    acute: boolean;
    outcome: string | null;
    counsellor: string | null;
  }[];
  notes: { at: string; counsellor: string; text: string }[];
  transcript: { seq: number; at: string; role: SenderRole; sender: string | null; text: string }[];
}

export interface CaseExportDeps {
  conversations: ConversationStore;
  transcripts: TranscriptStore;
  handoffs: HandoffStore;
  /** Display name of a staff user; null when the account no longer exists. */
  staffName(id: string): Promise<string | null>;
  clock: Clock;
}

/**
 * Admins may export any conversation; a counsellor only one they held: the handoff history shows
 * its last holder, and a transfer overwrites that, so notes count too (only the counsellor holding
 * a chat can write one). Everyone else (supervisors included) never gets raw text.
 */
export function mayExport(
  role: StaffRole,
  userId: string,
  history: readonly HandoffRecord[],
  notes: readonly Pick<CounsellorNote, 'counsellorId'>[] = [],
): boolean {
  if (role === 'admin') return true;
  if (role !== 'counsellor') return false;
  return history.some((h) => h.counsellorId === userId && h.acceptedAt !== null) || notes.some((n) => n.counsellorId === userId);
}

export async function buildCaseExport(
  deps: CaseExportDeps,
  conversationId: string,
  exporter: { id: string; name: string; role: StaffRole },
): Promise<CaseExport> {
  const record = await deps.conversations.get(conversationId);
  const history = record ? await deps.handoffs.history(conversationId) : [];
  // One answer for "does not exist" and "not yours", so the route reveals nothing about other chats.
  const notes = record ? await deps.handoffs.notes(conversationId) : [];
  if (!record || !mayExport(exporter.role, exporter.id, history, notes))
    throw new AppError('NotFound', 'No conversation you may export with that id.');

  const names = new Map<string, string>();
  const nameOf = async (id: string): Promise<string> => {
    if (!names.has(id)) names.set(id, (await deps.staffName(id)) ?? id);
    return names.get(id)!;
  };
  const entries = await deps.transcripts.listAfter(conversationId, 0, 100_000);
  return {
    exportedAt: deps.clock.now().toISOString(),
    exportedBy: { id: exporter.id, name: exporter.name },
    conversation: {
      id: record.id,
      code: record.code,
      channelId: record.channelId,
      locale: record.locale,
      status: record.status,
      startedAt: record.startedAt.toISOString(),
      endedAt: record.endedAt?.toISOString() ?? null,
    },
    triage: record.triage,
    handoffs: await Promise.all(
      history.map(async (h) => ({
        queuedAt: h.queuedAt.toISOString(),
        acceptedAt: h.acceptedAt?.toISOString() ?? null,
        endedAt: h.endedAt?.toISOString() ?? null,
        status: h.status,
        acute: h.acute,
        outcome: h.outcome,
        counsellor: h.counsellorId ? await nameOf(h.counsellorId) : null,
      })),
    ),
    notes: await Promise.all(notes.map(async (n) => ({ at: n.at.toISOString(), counsellor: await nameOf(n.counsellorId), text: n.text }))),
    transcript: entries
      .filter((e) => e.type === 'message' && typeof e.text === 'string' && e.text !== '')
      .map((e) => ({ seq: e.seq, at: e.at.toISOString(), role: e.role, sender: senderName(e.role, e.activity), text: e.text! })),
  };
}

/** Counsellor messages carry the counsellor's display name in `from.name`; others need none. */
function senderName(role: SenderRole, activity: JsonObject): string | null {
  if (role !== 'counsellor') return null;
  const from = activity.from as { name?: unknown } | undefined;
  return typeof from?.name === 'string' && from.name !== '' ? from.name : null;
}
