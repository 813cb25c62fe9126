import { AppError } from '../../errors';

/** Direct Line activity ids look like `<conversationId>|0000012`; the number is the transcript seq. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Parses a client watermark; absent or empty means "from the start". */
export function parseWatermark(value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) throw new AppError('BadArgument', 'Invalid watermark.');
  return Number(value);
}
