import { detectPii, Pseudonymiser } from '../../../src/anonymiser';
import { comparisonKey, dateKey } from '../../../src/anonymiser/normalise';

describe('Pseudonymiser', () => {
  it('replaces spans with typed placeholders and reports offsets into the original text', () => {
    const text = 'Mijn buurvrouw Sanne belt vanaf 06-12345678.';
    const result = new Pseudonymiser().anonymise(text);
    expect(result.text).toBe('Mijn buurvrouw [NAAM-1] belt vanaf [TELEFOON-1].');
    expect(result.entities).toEqual([
      { type: 'NAAM', start: 15, end: 20, placeholder: '[NAAM-1]' },
      { type: 'TELEFOON', start: 32, end: 43, placeholder: '[TELEFOON-1]' },
    ]);
    for (const e of result.entities) expect(text.slice(e.start, e.end)).not.toMatch(/^\s|\s$/);
  });

  it('keeps placeholders consistent across the messages of one transcript', () => {
    const p = new Pseudonymiser();
    expect(p.anonymise('Mijn buurvrouw Marieke belt vanaf 06-12345678.').text).toBe('Mijn buurvrouw [NAAM-1] belt vanaf [TELEFOON-1].');
    expect(p.anonymise('Marieke Scholten bedoel ik. Haar man Piet Scholten ook.').text).toBe('[NAAM-1] bedoel ik. Haar man [NAAM-2] ook.');
    expect(p.anonymise('Bel +31 6 1234 5678 of 0687654321.').text).toBe('Bel [TELEFOON-1] of [TELEFOON-2].');
    expect(p.anonymise('mevrouw scholten en Piet zijn weg.').text).toBe('[NAAM-1] en [NAAM-2] zijn weg.');
  });

  it('treats different notations of one address, date or IBAN as the same value', () => {
    const p = new Pseudonymiser();
    expect(p.anonymise('Kerkstraat 12 a, kerkstraat 12A en Kerkstraat 14.').text).toBe('[ADRES-1], [ADRES-1] en [ADRES-2].');
    expect(p.anonymise('Geboren 12 maart 2008, op 12-03-2008 en op 12 maart.').text).toBe(
      'Geboren [DATUM-1], op [DATUM-1] en op [DATUM-1].',
    );
    expect(p.anonymise('NL20INGB0001234567 of NL20 INGB 0001 2345 67').text).toBe('[IBAN-1] of [IBAN-1]');
  });

  it('starts again at 1 for a new transcript', () => {
    new Pseudonymiser().anonymise('Kees en Jan');
    expect(new Pseudonymiser().anonymise('Piet').text).toBe('[NAAM-1]');
  });

  it('leaves text without personal data unchanged', () => {
    const text = 'Bel 112 bij gevaar. Ze is 15 en werkt 60 uur per week voor 50 euro.';
    expect(new Pseudonymiser().anonymise(text)).toEqual({ text, entities: [] });
  });
});

describe('detectPii output', () => {
  it('is sorted and free of overlaps', () => {
    const text =
      'Jan de Vries (06-12345678, jan.devries@gmail.com) woont op Kerkstraat 1, 1234 AB Utrecht en werkt bij Kwekerij Verhoef BV.';
    const entities = detectPii(text);
    expect(entities.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
  });

  it('counts offsets in UTF-16 code units, also after emoji and accents', () => {
    const text = '😊 Zoë belt: 06-12345678';
    const [name, phone] = detectPii(text);
    expect(text.slice(name!.start, name!.end)).toBe('Zoë');
    expect(text.slice(phone!.start, phone!.end)).toBe('06-12345678');
  });
});

describe('comparison keys', () => {
  it('normalises phone numbers, e-mail, handles and dates', () => {
    expect(comparisonKey('TELEFOON', '06-12345678')).toBe(comparisonKey('TELEFOON', '0031 6 1234 5678'));
    expect(comparisonKey('EMAIL', 'Kees@Gmail.com')).toBe(comparisonKey('EMAIL', 'kees@gmail.com'));
    expect(comparisonKey('HANDLE', '@Lotte_xx')).toBe(comparisonKey('HANDLE', 'lotte_xx'));
    expect(comparisonKey('PLAATS', "'s-Hertogenbosch")).toBe(comparisonKey('PLAATS', 'Den Bosch'));
    expect(dateKey('3 april 2021')).toBe('3-4-2021');
    expect(dateKey('03/04/21')).toBe('3-4-2021');
    expect(dateKey('March 12')).toBe('12-3');
  });
});
