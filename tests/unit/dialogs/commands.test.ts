import { exactCommand, saysExactly } from '../../../dialogs/commands';
import { replies } from '../../support/bot';

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
});
