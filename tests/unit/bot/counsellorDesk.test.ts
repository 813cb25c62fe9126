import path from 'node:path';
import { Replies } from '../../../dialogs/replies';
import { Catalog } from '../../../src/i18n/catalog';
import { minutesText } from '../../../src/bot/counsellorDesk';

const replies = new Replies(Catalog.load(path.resolve(__dirname, '../../../locales'), ['messages']), { nl: {}, en: {} });

describe('the waiting time told to a citizen in the queue', () => {
  it('is singular for one minute and plural otherwise, in Dutch and English', () => {
    expect(minutesText(replies, 'nl', 1)).toBe('1 minuut');
    expect(minutesText(replies, 'nl', 7)).toBe('7 minuten');
    expect(minutesText(replies, 'en', 1)).toBe('1 minute');
    expect(minutesText(replies, 'en', 15)).toBe('15 minutes');
    expect(replies.t('nl', 'handoff.waitMinutes', { duration: minutesText(replies, 'nl', 1) })).toBe('De wachttijd is ongeveer 1 minuut.');
    expect(replies.t('en', 'handoff.waitAtMost', { duration: minutesText(replies, 'en', 1) })).toMatch(/^It may take up to 1 minute\./);
  });
});
