import { ActivityLog, activitySeq } from '../../../../../src/web/browser/chat/activityLog';
import type { ChatActivity } from '../../../../../src/web/browser/chat/protocol';

const bot = (seq: number, text = `bot ${seq}`): ChatActivity => ({
  id: `conv|${String(seq).padStart(7, '0')}`,
  type: 'message',
  text,
  from: { id: 'bot', role: 'bot' },
});
const own = (seq: number, clientId: string): ChatActivity => ({
  id: `conv|${String(seq).padStart(7, '0')}`,
  type: 'message',
  text: 'mine',
  from: { id: 'dl_x', role: 'user' },
  channelData: { clientActivityID: clientId },
});

describe('activity log', () => {
  it('reads the transcript seq from an activity id, and none from a typing id', () => {
    expect(activitySeq('abc|0000012')).toBe(12);
    expect(activitySeq('abc|tK3x9aa')).toBeNull();
  });

  it('shows each activity once, in seq order, also when a replay overlaps or sets arrive out of order', () => {
    const log = new ActivityLog();
    expect(log.accept({ activities: [bot(2), bot(1)], watermark: '2' }).fresh.map((a) => a.text)).toEqual(['bot 1', 'bot 2']);
    // A reconnect replays from an older watermark; polling and the stream may both deliver.
    expect(log.accept({ activities: [bot(1), bot(2), bot(3)], watermark: '3' }).fresh.map((a) => a.text)).toEqual(['bot 3']);
    expect(log.accept({ activities: [bot(3)], watermark: '3' }).fresh).toEqual([]);
    expect(log.watermark).toBe('3');
  });

  it('never moves the watermark back', () => {
    const log = new ActivityLog();
    log.accept({ activities: [bot(5)], watermark: '5' });
    log.accept({ activities: [], watermark: '2' });
    expect(log.watermark).toBe('5');
  });

  it('confirms the citizen’s own message instead of showing it again, however often it was sent', () => {
    const log = new ActivityLog();
    log.sending('c-1');
    const first = log.accept({ activities: [own(4, 'c-1'), bot(5)], watermark: '5' });
    expect(first.confirmed).toEqual(['c-1']);
    expect(first.fresh.map((a) => a.text)).toEqual(['bot 5']);
    // The server stored a retried send once; should it come again it is still not a new bubble.
    expect(log.accept({ activities: [own(4, 'c-1')], watermark: '5' })).toEqual({ fresh: [], confirmed: [] });
  });

  it('shows a message from this conversation that the page did not send itself (say from another tab)', () => {
    const log = new ActivityLog();
    expect(log.accept({ activities: [own(1, 'other')], watermark: '1' }).fresh).toHaveLength(1);
  });

  it('passes typing through every time (it has no seq)', () => {
    const log = new ActivityLog();
    const typing: ChatActivity = { id: 'conv|tabc', type: 'typing', from: { id: 'bot' } };
    expect(log.accept({ activities: [typing], watermark: undefined }).fresh).toHaveLength(1);
    expect(log.accept({ activities: [{ ...typing, id: 'conv|tdef' }], watermark: undefined }).fresh).toHaveLength(1);
  });
});
