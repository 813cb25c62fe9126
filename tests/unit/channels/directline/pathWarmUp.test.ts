import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chatsPerRound, warmUpDirectLinePath } from '../../../../src/channels/directline/pathWarmUp';
import type { InProcessRequest } from '../../../../src/http/inProcessRequest';
import { fileLedger } from '../../../../src/channels/directline/warmUpLedger';
import { fetchToken } from '../../../support/directline';
import { SQLITE_FILE_NAME } from '../../../../src/store/sqlite/sqliteStore';
import { capturedLogger } from '../../../support/logs';
import { removeDir, startTestServer } from '../../../support/server';
import { ManualClock } from '../../../../src/clock';

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

async function startWith(pathWarmUpRounds: number, dataDir?: string, env?: Record<string, string>) {
  const { logger, lines } = capturedLogger('info');
  // A clock whose minute never ends (the limits' windows cannot reset between rounds by chance) and
  // a budget no busy machine reaches (every round runs, every chat to its end).
  const deps = { pathWarmUpRounds, pathWarmUpBudgetMs: 600_000, logger, clock: new ManualClock() };
  const server = await startTestServer({ dataDir, env, deps });
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

describe('the limits after the warm-up', () => {
  it('forget each round: rounds that together pass the token and per-address limits are all answered', async () => {
    // 3 tokens and 40 requests a minute per address: 3 chats a round (13 requests at most each),
    // so the second round would be refused if the limiters remembered the first.
    const { lines, dataDir } = await startWith(2, undefined, { TOKEN_RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '40' });
    try {
      expect(lines.find((line) => line.event === 'path_warmed')).toMatchObject({ rounds: 2, failed: 0, erased: 6, notErased: 0 });
    } finally {
      removeDir(dataDir);
    }
  });
});

describe('warmUpDirectLinePath', () => {
  /** Answers every request 2xx, a token request with a new conversation id; records what happens in order. */
  function fakeDeps() {
    const happened: string[] = [];
    let chats = 0;
    let clock = 0;
    const deps = {
      send: async (request: InProcessRequest) => {
        if (request.path === '/api/directline/token') {
          chats++;
          return { status: 200, body: JSON.stringify({ token: `t${chats}`, conversationId: `c${chats}` }) };
        }
        return { status: 200, body: '{}' };
      },
      erase: async (id: string) => void happened.push(`erase ${id}`),
      now: () => (clock += 10),
      ledger: { read: () => [], write: () => undefined },
      forget: (ids: readonly string[]) => void happened.push(`forget ${ids.join(',')}`),
    };
    return { deps, happened };
  }

  it("tells the limiters to forget each round's chats once they are erased", async () => {
    const { deps, happened } = fakeDeps();
    const outcome = await warmUpDirectLinePath(deps, {
      conversations: 2,
      rounds: 2,
      budgetMs: 1_000,
      limits: { tokensPerMinute: 20, requestsPerMinute: 600 },
    });
    expect(outcome).toMatchObject({ rounds: 2, failed: 0, erased: 4 });
    expect(happened).toEqual(['erase c1', 'erase c2', 'forget c1,c2', 'erase c3', 'erase c4', 'forget c3,c4']);
  });

  it('sends no more messages once the budget has passed, and still erases and forgets the chats', async () => {
    const { deps, happened } = fakeDeps();
    const sent: string[] = [];
    const send = deps.send;
    const outcome = await warmUpDirectLinePath(
      {
        ...deps,
        // The clock passes the budget after the first message of each chat was sent.
        now: () => (sent.length >= 2 ? 1_000 : 0),
        send: async (request) => {
          if ((request.body as { type?: string } | undefined)?.type === 'message') sent.push(request.path);
          return send(request);
        },
      },
      { conversations: 2, rounds: 3, budgetMs: 500, limits: { tokensPerMinute: 20, requestsPerMinute: 600 } },
    );
    expect(outcome.rounds).toBe(1);
    // Each chat had sent its first message when the budget passed; neither sent a second.
    expect(sent).toHaveLength(2);
    expect(happened).toEqual(['erase c1', 'erase c2', 'forget c1,c2']);
  });

  it('starts no round once the budget has passed', async () => {
    const { deps } = fakeDeps();
    // The fake clock moves 10 ms a reading: the budget has passed when the second round would start.
    const outcome = await warmUpDirectLinePath(deps, {
      conversations: 2,
      rounds: 5,
      budgetMs: 15,
      limits: { tokensPerMinute: 20, requestsPerMinute: 600 },
    });
    expect(outcome.rounds).toBe(1);
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

  it('opens no more chats in a round than the token limit lets through (the limits forget between rounds)', () => {
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 4, requestsPerMinute: 600 } })).toBe(4);
    expect(chatsPerRound({ ...options, rounds: 10, limits: { tokensPerMinute: 4, requestsPerMinute: 600 } })).toBe(4);
  });

  it('sends no more requests in a round than the per-address limit lets through', () => {
    const perRound = chatsPerRound({ ...options, limits: { tokensPerMinute: 20, requestsPerMinute: 100 } });
    expect(perRound).toBeGreaterThan(0);
    expect(perRound).toBeLessThan(10);
    // One more chat would pass the limit with the longest chat's requests.
    expect(chatsPerRound({ ...options, limits: { tokensPerMinute: 20, requestsPerMinute: 10 } })).toBe(0);
  });
});
