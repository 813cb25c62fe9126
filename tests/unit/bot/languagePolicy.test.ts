import { followLanguage } from '../../../src/bot/languagePolicy';

const dutch = { locale: 'nl' as const, leaning: null, messages: 3 };

describe('the conversation follows the citizen language', () => {
  it('switches at once on a message of two words or more, and back', () => {
    const en = followLanguage(dutch, 'en', 'is this anonymous?');
    expect(en.locale).toBe('en');
    expect(followLanguage(en, 'nl', 'ja dat klopt').locale).toBe('nl');
  });

  it('does not switch on one word in the middle of a conversation, unless the next points the same way', () => {
    const once = followLanguage(dutch, 'en', 'yes');
    expect(once.locale).toBe('nl');
    expect(followLanguage(once, 'en', 'thanks').locale).toBe('en');
    expect(followLanguage(followLanguage(once, 'nl', 'ok'), 'en', 'yes').locale).toBe('nl');
  });

  it('keeps the language for a message of names only (a town and its district), and still follows a sentence', () => {
    const english = { locale: 'en' as const, leaning: null, messages: 3 };
    expect(followLanguage(english, 'nl', 'Rotterdam, Kralingen-West').locale).toBe('en');
    expect(followLanguage(english, 'nl', 'Den Helder').locale).toBe('en');
    expect(followLanguage(english, 'nl', 'Ze woont in Den Helder').locale).toBe('nl');
    expect(followLanguage(dutch, 'en', 'my sister lives in Den Helder').locale).toBe('en');
  });

  it('takes one clear word as the first message of the conversation', () => {
    expect(followLanguage({ locale: 'nl', leaning: null, messages: 0 }, 'en', 'hello').locale).toBe('en');
  });

  it('keeps the language for a message in a third language', () => {
    expect(followLanguage(dutch, 'other', 'Dzien dobry, potrzebuje pomocy').locale).toBe('nl');
  });
});
