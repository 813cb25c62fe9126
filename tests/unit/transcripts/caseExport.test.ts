import { ManualClock } from '../../../src/clock';
import { buildCaseExport, mayExport } from '../../../src/transcripts/caseExport';
import type { HandoffRecord } from '../../../src/store/handoffPorts';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

function handoff(counsellorId: string | null, acceptedAt: Date | null): HandoffRecord {
  return {
    id: 'h',
    conversationId: 'c',
    status: 'closed',
    acute: false,
    locale: 'nl',
    queuedAt: new Date(0),
    acceptedAt,
    endedAt: null,
    counsellorId,
    outcome: null,
  };
}

describe('mayExport', () => {
  it('lets an admin export anything and a counsellor only a chat they held', () => {
    expect(mayExport('admin', 'x', [])).toBe(true);
    expect(mayExport('counsellor', 'anna', [handoff('anna', new Date(1))])).toBe(true);
    expect(mayExport('counsellor', 'bert', [handoff('anna', new Date(1))])).toBe(false);
    expect(mayExport('counsellor', 'anna', [])).toBe(false);
    expect(mayExport('supervisor', 'sam', [handoff('sam', new Date(1))])).toBe(false);
    // Transferred from anna to bert: the record names bert, anna's notes show she held it.
    expect(mayExport('counsellor', 'anna', [handoff('bert', new Date(1))], [{ counsellorId: 'anna' }])).toBe(true);
    expect(mayExport('counsellor', 'carl', [handoff('bert', new Date(1))], [{ counsellorId: 'anna' }])).toBe(false);
    expect(mayExport('supervisor', 'sam', [], [{ counsellorId: 'sam' }])).toBe(false);
  });
});

describe('buildCaseExport', () => {
  let fx: StaffFixture;
  beforeEach(() => (fx = openStaffFixture()));
  afterEach(() => fx.cleanup());

  it('collects transcript, triage, handoffs and notes with counsellor names', async () => {
    const { store } = fx;
    const at = new Date('2026-03-02T09:00:00Z');
    await store.conversations.create({
      id: 'conv-1',
      channelId: 'directline',
      code: 'K7M-4QX',
      locale: 'nl',
      startedAt: at,
      reference: null,
    });
    await store.conversations.update('conv-1', { triage: { form: 'labour_exploitation', acute: false, signals: ['underpaid'] } });
    await store.transcripts.append('conv-1', {
      role: 'citizen',
      type: 'message',
      text: 'Mijn buurman Piet werkt 16 uur per dag',
      at,
      clientActivityId: null,
      activity: {},
    });
    await store.transcripts.append('conv-1', { role: 'bot', type: 'event', text: null, at, clientActivityId: null, activity: {} });
    await store.transcripts.append('conv-1', {
      role: 'counsellor',
      type: 'message',
      text: 'Dank je.',
      at,
      clientActivityId: null,
      activity: { from: { id: 'counsellor:u1', name: 'Anna' } },
    });
    const h = await store.handoffs.open({ id: 'h1', conversationId: 'conv-1', acute: false, locale: 'nl', queuedAt: at });
    await store.handoffs.accept(h!.id, 'u1', new Date(at.getTime() + 60_000));
    await store.handoffs.addNote({ conversationId: 'conv-1', counsellorId: 'u1', at, text: 'Zorgen om de buurman' });

    const deps = {
      ...store,
      staffName: async (id: string) => (id === 'u1' ? 'Anna' : null),
      clock: new ManualClock('2026-03-03T10:00:00Z'),
    };
    const data = await buildCaseExport(deps, 'conv-1', { id: 'u1', name: 'Anna', role: 'counsellor' });
    expect(data.conversation).toMatchObject({ id: 'conv-1', code: 'K7M-4QX', locale: 'nl' });
    expect(data.triage).toMatchObject({ form: 'labour_exploitation' });
    expect(data.transcript).toEqual([
      { seq: 1, at: at.toISOString(), role: 'citizen', sender: null, text: 'Mijn buurman Piet werkt 16 uur per dag' },
      { seq: 3, at: at.toISOString(), role: 'counsellor', sender: 'Anna', text: 'Dank je.' },
    ]);
    expect(data.handoffs).toEqual([
      expect.objectContaining({ counsellor: 'Anna', status: 'live', acceptedAt: '2026-03-02T09:01:00.000Z' }),
    ]);
    expect(data.notes).toEqual([{ at: at.toISOString(), counsellor: 'Anna', text: 'Zorgen om de buurman' }]);
    expect(data.exportedAt).toBe('2026-03-03T10:00:00.000Z');

    await expect(buildCaseExport(deps, 'conv-1', { id: 'u2', name: 'Bert', role: 'counsellor' })).rejects.toMatchObject({
      code: 'NotFound',
    });
    await expect(buildCaseExport(deps, 'nope', { id: 'a', name: 'Admin', role: 'admin' })).rejects.toMatchObject({ code: 'NotFound' });
  });
});
