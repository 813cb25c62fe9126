import { capWaitMinutes, estimateWaitMinutes, orderQueue } from '../../../src/handoff/queue';

const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, m));

it('puts acute chats first, then first come first served', () => {
  const ordered = orderQueue([
    { conversationId: 'a', queuedAt: at(1), acute: false },
    { conversationId: 'b', queuedAt: at(5), acute: true },
    { conversationId: 'c', queuedAt: at(0), acute: false },
    { conversationId: 'd', queuedAt: at(3), acute: true },
  ]);
  expect(ordered.map((e) => e.conversationId)).toEqual(['d', 'b', 'c', 'a']);
});

it('estimates waits honestly from staffing and average chat length', () => {
  expect(estimateWaitMinutes(0, { free: 1, busy: 0 }, 20)).toBe(0);
  expect(estimateWaitMinutes(1, { free: 1, busy: 0 }, 20)).toBe(20);
  expect(estimateWaitMinutes(0, { free: 0, busy: 2 }, 20)).toBe(10);
  expect(estimateWaitMinutes(3, { free: 0, busy: 2 }, 20)).toBe(40);
  expect(estimateWaitMinutes(0, { free: 0, busy: 0 }, 20)).toBeNull();
});

it('cuts an estimate to the minutes left of the maximum wait and says it did', () => {
  expect(capWaitMinutes(20, 15)).toEqual({ minutes: 15, capped: true });
  expect(capWaitMinutes(10, 15)).toEqual({ minutes: 10, capped: false });
  expect(capWaitMinutes(15, 15)).toEqual({ minutes: 15, capped: false });
  // Part of a minute left still reads as one minute, never as zero ("soon") or less.
  expect(capWaitMinutes(8, 0.2)).toEqual({ minutes: 1, capped: true });
  expect(capWaitMinutes(8, -3)).toEqual({ minutes: 1, capped: true });
  expect(capWaitMinutes(null, 15)).toEqual({ minutes: null, capped: false });
});
