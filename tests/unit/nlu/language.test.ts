import { detectLanguage } from '../../../src/nlu/language';

describe('detectLanguage', () => {
  it.each([
    ['Dzień dobry, szef nie płaci mi od dwóch miesięcy', 'nl'],
    ['Bună, lucrez la o fermă și șeful nu mă plătește', 'nl'],
    ['أحتاج إلى مساعدة من فضلك', 'en'],
    ['Помогите, я работаю без зарплаты', 'nl'],
    ['Merhaba, iş yerinde bana para ödemiyorlar', 'en'],
    ['Hola, mi jefe no me paga nada', 'nl'],
  ] as const)('calls %p other', (text, locale) => {
    expect(detectLanguage(text, locale)).toBe('other');
  });

  it('recognises Dutch and English whatever the conversation locale', () => {
    expect(detectLanguage('mijn buurman werkt elke dag tot laat in de kas', 'en')).toBe('nl');
    expect(detectLanguage('my neighbour works every day until late at night', 'nl')).toBe('en');
  });

  it('keeps the locale for short, unclear or emoji-only messages', () => {
    expect(detectLanguage('ok', 'nl')).toBe('nl');
    expect(detectLanguage('ok', 'en')).toBe('en');
    expect(detectLanguage('😀😀', 'nl')).toBe('nl');
    expect(detectLanguage('', 'en')).toBe('en');
  });

  it('does not switch on one stray word', () => {
    expect(detectLanguage('sorry, ik weet het niet', 'nl')).toBe('nl');
  });
});
