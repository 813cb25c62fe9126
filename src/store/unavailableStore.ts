import { AppError } from '../errors';
import { publicStoreReason } from './healthReason';
import { localCluster } from './localCluster';
import type { Store, StoreHealth } from './ports';

/**
 * Stands in when the configured store cannot be opened, so the server still starts: health says
 * that it could not be opened and the driver's error code (the full error is in the start-up log),
 * and every chat request fails with a clear 503 instead of a crash.
 */
export function unavailableStore(kind: string, cause: unknown): Store {
  const detail = publicStoreReason('could not be opened', cause);
  const fail = async (): Promise<never> => {
    throw new AppError('StoreUnavailable', detail);
  };
  return {
    kind,
    conversations: { create: fail, get: fail, codeOf: fail, standing: fail, getByCode: fail, update: fail },
    transcripts: {
      append: fail,
      appendOutgoing: fail,
      listAfter: fail,
      listActivityTextAfter: fail,
      storedActivityBytes: fail,
      lastSeq: fail,
      completeTurn: fail,
      isTurnPending: fail,
      pendingTurns: fail,
    },
    state: { read: fail, write: fail, delete: fail },
    settings: { get: fail, setIfAbsent: fail },
    staff: { create: fail, getByUsername: fail, getById: fail, setDisabled: fail, setPassword: fail, list: fail },
    sessions: { create: fail, get: fail, touch: fail, delete: fail, deleteForUser: fail, deleteExpired: fail },
    audit: { append: fail, search: fail, deleteBefore: fail },
    handoffs: {
      open: fail,
      current: fail,
      listByStatus: fail,
      history: fail,
      markAcute: fail,
      accept: fail,
      transfer: fail,
      finish: fail,
      recordOutcome: fail,
      recentChatMinutes: fail,
      addNote: fail,
      notes: fail,
      setPresence: fail,
      presence: fail,
    },
    retention: {
      endedWithoutCopy: fail,
      idleSince: fail,
      saveAnonymised: fail,
      getAnonymised: fail,
      listAnonymised: fail,
      statsRows: fail,
      addFlag: fail,
      flags: fail,
      rawExpired: fail,
      purgeRaw: fail,
      anonymisedExpired: fail,
      outdatedAnonymised: fail,
      deleteAnonymised: fail,
      erase: fail,
      setLegalHold: fail,
      legalHold: fail,
      listLegalHolds: fail,
    },
    idempotency: { has: fail, record: fail, deleteExpired: fail },
    loginFailures: { get: fail, admit: fail, forgive: fail, clear: fail, deleteBefore: fail },
    // Nothing to share while the store is away; the server itself still runs.
    cluster: localCluster(),
    health: async (): Promise<StoreHealth> => ({ ok: false, kind, detail }),
    close: async () => undefined,
  };
}
