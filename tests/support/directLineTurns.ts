/**
 * The Direct Line adapter on a real embedded store in a temporary folder, for the suites that check
 * what a citizen's stored turn writes and when (held replies, turn completion, pacing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ActivityHub } from '../../src/channels/directline/activityHub';
import { DirectLineAdapter } from '../../src/channels/directline/directLineAdapter';
import type { DirectLineAdapterDeps } from '../../src/channels/directline/directLineAdapter';
import { SeededRandom, systemClock } from '../../src/clock';
import type { TranscriptStore } from '../../src/store/ports';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore';

export interface TempStore {
  store: SqliteStore;
  /** Closes the store and removes its folder. */
  remove(): Promise<void>;
}

export function openTempStore(prefix: string): TempStore {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(4) });
  return {
    store,
    remove: async () => {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An adapter on `transcripts` with a silent logger; `extra` replaces any of its parts (a hub, a pacer). */
export function directLineAdapterOn(transcripts: TranscriptStore, extra: Partial<DirectLineAdapterDeps> = {}): DirectLineAdapter {
  return new DirectLineAdapter({
    transcripts,
    hub: new ActivityHub(),
    clock: systemClock,
    random: new SeededRandom(5),
    logger: pino({ level: 'silent' }),
    bot: { id: 'bot', name: 'Bot' },
    serviceUrl: 'urn:test',
    ...extra,
  });
}

/** A citizen's message as the post route hands it to the adapter. */
export function citizenMessage(text: string): { type: string; text: string; from: { id: string; name: string; role: string } } {
  return { type: 'message', text, from: { id: 'u1', name: '', role: 'user' } };
}
