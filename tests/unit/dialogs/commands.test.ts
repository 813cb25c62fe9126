import fs from 'node:fs';
import path from 'node:path';
import { exactCommand, saysExactly } from '../../../dialogs/commands';
import { replies } from '../../support/bot';

/** The chat page's text for a button of its own (locales/<lang>/web.json, web.chat.client.<key>). */
function pageText(locale: 'nl' | 'en', key: string): string {
  const file = path.resolve(__dirname, '../../../locales', locale, 'web.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { web: { chat: { client: Record<string, string> } } }).web.chat.client[key]!;
}

describe('commands', () => {
  it('knows a command phrase of either locale whatever its case, accents and punctuation', () => {
    expect(exactCommand(replies, 'English please!')).toBe('toEnglish');
    expect(exactCommand(replies, '  NEDERLANDS, graag. ')).toBe('toDutch');
    expect(saysExactly(replies, 'Ja hoor', 'yes')).toBe(true);
    expect(saysExactly(replies, 'Nope.', 'no')).toBe(true);
  });

  it('needs the whole message to be the phrase, and never matches an empty one', () => {
    expect(exactCommand(replies, 'Mijn buurvrouw spreekt alleen English please')).toBeNull();
    expect(saysExactly(replies, 'ja, maar ik weet het niet zeker', 'yes')).toBe(false);
    expect(saysExactly(replies, '?!', 'yes')).toBe(false);
    expect(exactCommand(replies, '')).toBeNull();
  });

  it('answers the same when asked again (the phrases are prepared once)', () => {
    const first = ['english', 'ja', 'iets anders'].map((text) => exactCommand(replies, text));
    const again = ['english', 'ja', 'iets anders'].map((text) => exactCommand(replies, text));
    expect(again).toEqual(first);
    expect(first[0]).toBe('toEnglish');
  });

  it('takes the chat page’s "ask for a person" button, in both languages, as a request for a counsellor', () => {
    expect(exactCommand(replies, pageText('nl', 'askPerson'))).toBe('counsellor');
    expect(exactCommand(replies, pageText('en', 'askPerson'))).toBe('counsellor');
  });
});
