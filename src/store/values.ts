/**
 * The value types every store port shares. Kept apart from ports.ts so that the port files
 * (ports.ts, handoffPorts.ts, retentionPorts.ts) import them from here, never from each other.
 */
import type { Locale } from '../i18n/catalog';

export type { Locale };
export type SenderRole = 'citizen' | 'bot' | 'counsellor' | 'system';

/** A JSON object as stored; adapters parse it back, callers validate what they rely on. */
export type JsonObject = { [key: string]: unknown };
