import fs from 'node:fs';
import path from 'node:path';
import * as commands from '../../../dialogs/commands';
import { commandSaid, exactCommand, said, saysExactly } from '../../../dialogs/commands';
import { saidIn } from '../../../dialogs/turn';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, replies, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

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

  it('reads a message already in plain words as the whole message is read', () => {
    for (const text of ['English please!', '  NEDERLANDS, graag. ', 'ja', '', 'iets anders']) {
      expect(commandSaid(replies, said(text))).toBe(exactCommand(replies, text));
    }
  });

  it('takes the turn’s plain words from the bot, or makes them from the text when the bot set none', () => {
    const plain = said('Nee, dank je!');
    expect(saidIn({ text: 'something else', said: plain })).toBe(plain);
    expect(saidIn({ text: 'Nee, dank je!' })).toBe('nee dank je');
  });

  it('puts a message in plain words and reads it as a command once per turn: the dialogs take the bot’s, and a command still interrupts', async () => {
    const { adapter } = createTestBot(createLocalRecognizer({ screen: testScreen() }));
    await join(adapter);
    await say(adapter, 'Mijn buurvrouw werkt elke dag tot laat en mag het huis niet uit.');
    const plain = jest.spyOn(commands, 'said');
    const read = jest.spyOn(commands, 'commandSaid');
    try {
      // The triage dialog reads this message as an answer too (role, yes/no, a story told).
      const story = await say(adapter, 'Ze krijgt ook geen loon.');
      expect(plain).toHaveBeenCalledTimes(1);
      expect(read).toHaveBeenCalledTimes(1);
      plain.mockClear();
      read.mockClear();
      const restart = await say(adapter, replies.list('nl', 'commands.restart')[0]!);
      expect(plain).toHaveBeenCalledTimes(1);
      expect(read).toHaveBeenCalledTimes(1);
      expect(restart.texts).toContain(catalog.t('nl', 'interrupt.restart'));
      expect(story.texts).not.toContain(catalog.t('nl', 'interrupt.restart'));
    } finally {
      plain.mockRestore();
      read.mockRestore();
    }
  });
});
