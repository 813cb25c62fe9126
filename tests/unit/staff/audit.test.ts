import type { AuditDetail } from '../../../src/staff/audit';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

describe('audit service', () => {
  let f: StaffFixture;
  beforeEach(() => {
    f = openStaffFixture();
  });
  afterEach(() => f.cleanup());

  it('records actor, action, conversation and detail at the clock time', async () => {
    const entry = await f.staff.audit.record('u1', 'transcript_read', 'conv-1', { entries: 12, anonymised: true });
    expect(entry).toMatchObject({
      actor: 'u1',
      action: 'transcript_read',
      conversationId: 'conv-1',
      detail: { entries: 12, anonymised: true },
      at: f.clock.now(),
    });
    f.clock.advance(1000);
    await f.staff.audit.record('system', 'retention_run');
    const found = await f.staff.audit.search({ limit: 10, offset: 0 });
    expect(found.map((e) => e.action)).toEqual(['retention_run', 'transcript_read']);
    expect(found[0]).toMatchObject({ conversationId: null, detail: {} });
  });

  it('refuses details that could carry content or passwords', async () => {
    const refused: AuditDetail[] = [
      { text: 'hallo' },
      { password: 'x' },
      { messageCount: 1, body: 'x' },
      { nested: { a: 1 } } as never,
      { note: 'x'.repeat(121) },
    ];
    for (const detail of refused) {
      await expect(f.staff.audit.record('u1', 'export', null, detail)).rejects.toMatchObject({ code: 'Internal' });
    }
    await expect(f.staff.audit.record('', 'export')).rejects.toMatchObject({ code: 'Internal' });
    expect(await f.staff.audit.search({ limit: 10, offset: 0 })).toEqual([]);
  });

  it('deletes entries older than a date, for retention', async () => {
    await f.staff.audit.record('u1', 'login');
    f.clock.advance(86_400_000);
    await f.staff.audit.record('u1', 'logout');
    expect(await f.staff.audit.deleteBefore(f.clock.now())).toBe(1);
    expect((await f.staff.audit.search({ limit: 10, offset: 0 })).map((e) => e.action)).toEqual(['logout']);
  });
});
