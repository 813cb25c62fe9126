/**
 * The start-up warm-up runs made-up conversations through the real bot and dialogs before the
 * port opens, and leaves nothing behind: no store rows, no hand-off, nothing sent, no text logged.
 */
import path from 'node:path';
import { WARM_UP_SCRIPTS } from '../../../src/features/citizenWarmUp';
import { capturedLogger } from '../../support/logs';
import { removeDir, startTestServer } from '../../support/server';

jest.setTimeout(120_000);

/** Tables that the start itself may fill (the token secret, the schema's version). */
const START_TABLES = new Set(['settings', 'schema_migrations']);

it('runs the citizen turn path before listening and leaves no rows, hand-offs, activities or text', async () => {
  const { logger, lines } = capturedLogger('info');
  const server = await startTestServer({ warmUp: true, deps: { logger } });
  try {
    const warmed = lines.find((line) => line.event === 'turns_warmed');
    const oneRound = WARM_UP_SCRIPTS.reduce((sum, script) => sum + 1 + script.says.length, 0);
    expect(warmed).toMatchObject({ failed: 0 });
    expect(warmed?.turns).toBeGreaterThanOrEqual(oneRound);
    // The welcome alone is several activities a conversation: the bot answered, the dialogs ran.
    expect(warmed?.replies).toBeGreaterThan(warmed?.turns as number);
    expect(lines.findIndex((line) => line.event === 'turns_warmed')).toBeLessThan(lines.findIndex((line) => line.event === 'started'));
    expect(lines.some((line) => line.event === 'warm_up_turns_failed')).toBe(false);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  } finally {
    await server.stop();
  }
  try {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path.join(server.dataDir, 'helpline.sqlite'), { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    )
      .map((row) => row.name)
      .filter((name) => !START_TABLES.has(name));
    expect(tables).toEqual(expect.arrayContaining(['conversations', 'transcript', 'bot_state', 'pending_turns']));
    const rows = Object.fromEntries(
      tables.map((name) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
    db.close();
    expect(rows).toEqual(Object.fromEntries(tables.map((name) => [name, 0])));
  } finally {
    removeDir(server.dataDir);
  }
  const logged = JSON.stringify(lines);
  const written = WARM_UP_SCRIPTS.flatMap((script) => script.says).filter(
    (said): said is string => typeof said === 'string' && said.length >= 12,
  );
  expect(written.filter((text) => logged.includes(text))).toEqual([]);
});

it('skips the made-up conversations with WARM_UP_TURNS=false', async () => {
  const { logger, lines } = capturedLogger('info');
  const server = await startTestServer({ warmUp: true, env: { WARM_UP_TURNS: 'false' }, deps: { logger } });
  await server.stop();
  removeDir(server.dataDir);
  expect(lines.some((line) => line.event === 'started')).toBe(true);
  expect(lines.some((line) => line.event === 'turns_warmed')).toBe(false);
});
