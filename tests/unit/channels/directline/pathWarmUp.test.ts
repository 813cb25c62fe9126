import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chatsPerRound } from '../../../../src/channels/directline/pathWarmUp';
import { fileLedger } from '../../../../src/channels/directline/warmUpLedger';
import { fetchToken } from '../../../support/directline';
import { SQLITE_FILE_NAME } from '../../../../src/store/sqlite/sqliteStore';
import { capturedLogger } from '../../../support/logs';
import { removeDir, startTestServer } from '../../../support/server';

/** Rows of every table of the store, by table. */
function rowsByTable(dataDir: string): Record<string, number> {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

async function startWith(pathWarmUpRounds: number, dataDir?: string) {
  const { logger, lines } = capturedLogger('info');
  const server = await startTestServer({ dataDir, deps: { pathWarmUpRounds, logger } });
  await server.stop();
  return { lines, rows: rowsByTable(server.dataDir), dataDir: server.dataDir };
}

describe('the served-path warm-up at start', () => {
  it('runs made-up chats through the real routes and the store before the server listens', async () => {
    const { lines, dataDir } = await startWith(1);
    try {
      const events = lines.map((line) => line.event);
      const warmed = lines.find((line) => line.event === 'path_warmed');
      expect(warmed).toMatchObject({ rounds: 1, failed: 0, notErased: 0 });
      // Token, start, a typing signal and a message per text, a read: every request answered 2xx.
      expect(warmed!.requests as number).toBeGreaterThan(10 * (warmed!.erased as number));
      expect(warmed!.erased as number).toBeGreaterThan(0);
      expect(events.indexOf('path_warmed')).toBeLessThan(events.indexOf('started'));
      expect(events).not.toContain('path_warm_up_failed');
    } finally {
      removeDir(dataDir);
    }
  });

  it('leaves the store as a start without it leaves it', async () => {
    const warmed = await startWith(1);
    const cold = await startWith(0);
    try {
      expect(warmed.lines.some((line) => line.event === 'path_warmed')).toBe(true);
      expect(cold.lines.some((line) => line.event === 'path_warmed')).toBe(false);
      expect(warmed.rows).toEqual(cold.rows);
      expect(warmed.rows.conversations).toBe(0);
      expect(warmed.rows.transcript).toBe(0);
    } finally {
      removeDir(warmed.dataDir);
      removeDir(cold.dataDir);
    }
  });
});

describe('a start killed during its warm-up', () => {
  it('has its made-up chats erased by the next start, before the port opens', async () => {
    // A chat that exists in the store, as one of a killed warm-up's would, with its id in the ledger.
    const first = await startTestServer({ deps: { pathWarmUpRounds: 0 } });
    const { token, conversationId } = await fetchToken(first.url);
    const started = await fetch(`${first.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(started.status).toBe(201);
    await first.stop();
    expect(rowsByTable(first.dataDir).conversations).toBe(1);
    const ledger = path.join(first.dataDir, 'warm-up-chats.json');
    fs.writeFileSync(ledger, JSON.stringify([conversationId]));

    const again = await startWith(1, first.dataDir);
    try {
      expect(again.lines.find((line) => line.event === 'path_warmed')).toMatchObject({ leftOver: 1, notErased: 0 });
      expect(again.rows.conversations).toBe(0);
      expect(again.rows.transcript).toBe(0);
      expect(fs.existsSync(ledger)).toBe(false);
    } finally {
      removeDir(first.dataDir);
    }
  });
});

describe('fileLedger', () => {
  it('reads back what was written, reads nothing once emptied, and treats a broken file as empty', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-ledger-'));
    try {
      const file = path.join(dir, 'ledger.json');
      const failures: unknown[] = [];
      const ledger = fileLedger(file, (err) => failures.push(err));
      expect(ledger.read()).toEqual([]);
      ledger.write(['a', 'b']);
      expect(ledger.read()).toEqual(['a', 'b']);
      ledger.write([]);
      expect(fs.existsSync(file)).toBe(false);
      fs.writeFileSync(file, '{"not":"a list"}');
      expect(ledger.read()).toEqual([]);
      fs.writeFileSync(file, '["cut off');
      expect(ledger.read()).toEqual([]);
      fileLedger(path.join(dir, 'missing', 'ledger.json'), (err) => failures.push(err)).write(['x']);
      expect(failures).toHaveLength(1);
    } finally {
      removeDir(dir);
    }
  });
});

describe('chatsPerRound', () => {
  const options = { conversations: 10, rounds: 2, budgetMs: 1_000 };

  it('opens as many chats as asked when the limits allow them', () => {
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 20, requestsPerMinute: 600 } })).toBe(10);
  });

  it('opens no more chats over all rounds than the token limit lets through', () => {
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 9, requestsPerMinute: 600 } })).toBe(4);
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 1, requestsPerMinute: 600 } })).toBe(0);
  });

  it('sends no more requests over all rounds than the per-address limit lets through', () => {
    const perRound = chatsPerRound({ ...options, limits: { tokensPerMinute: 20, requestsPerMinute: 100 } });
    expect(perRound).toBeGreaterThan(0);
    expect(perRound).toBeLessThan(10);
    // One more chat per round would pass the limit with the longest chat's requests.
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 20, requestsPerMinute: 10 } })).toBe(0);
  });
});
