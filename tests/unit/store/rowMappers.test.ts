/** One mapping, two drivers: the same stored record reads back the same from SQLite and PostgreSQL rows. */
import { mapRow as pgRows } from '../../../src/store/postgres/rows';
import { mapRow as sqliteRows } from '../../../src/store/sqlite/rows';

const at = new Date('2026-03-01T10:00:00Z');

it('maps a handoff row from either driver to the same record', () => {
  const common = { id: 'h1', conversation_id: 'c1', status: 'live', locale: 'nl', counsellor_id: 'u1', outcome: null };
  const fromSqlite = sqliteRows.handoff({ ...common, acute: 1, queued_at: at.getTime(), accepted_at: at.getTime(), ended_at: null });
  const fromPg = pgRows.handoff({ ...common, acute: true, queued_at: at, accepted_at: at, ended_at: null });
  expect(fromSqlite).toEqual(fromPg);
  expect(fromPg).toEqual({
    id: 'h1',
    conversationId: 'c1',
    status: 'live',
    acute: true,
    locale: 'nl',
    queuedAt: at,
    acceptedAt: at,
    endedAt: null,
    counsellorId: 'u1',
    outcome: null,
  });
});

it('reads JSON columns as text from SQLite and parsed from PostgreSQL, and ids as strings', () => {
  const common = { actor: 'u1', action: 'login', conversation_id: null };
  expect(sqliteRows.auditEntry({ ...common, id: 7, at: at.getTime(), detail: '{"role":"admin"}' })).toEqual(
    pgRows.auditEntry({ ...common, id: '7', at, detail: { role: 'admin' } }),
  );
  const line = { seq: 1, role: 'citizen', text: '[NAAM-1] werkt daar', at: at.getTime() };
  expect(sqliteRows.anonymisedLines(JSON.stringify([line]))).toEqual(pgRows.anonymisedLines([line]));
  expect(pgRows.anonymisedLines([line])).toEqual([{ ...line, at }]);
});

it('refuses rows whose shape is wrong instead of passing them on', () => {
  const session = { id_hash: 'x', user_id: 'u1', csrf_token: 't', created_at: at, last_seen_at: at, expires_at: at };
  expect(() => sqliteRows.staffSession(session)).toThrow();
  expect(() => pgRows.staffSession({ ...session, expires_at: at.getTime() })).toThrow();
  expect(() =>
    sqliteRows.staffUser({ id: 'u', username: 'a', display_name: 'A', role: 'counsellor', password_hash: 'h', disabled: 2, created_at: 0 }),
  ).toThrow();
  expect(() =>
    sqliteRows.conversation({
      id: 'c',
      channel_id: 'd',
      code: 'X',
      locale: 'nl',
      status: 'bot',
      started_at: 0,
      last_activity_at: 0,
      ended_at: null,
      ended_reason: null,
      reference: '[1]',
      triage: null,
    }),
  ).toThrow();
});
