import { isServiceNumber } from '../../../src/anonymiser/keep';
import { found } from './helpers';

describe('must keep', () => {
  it.each([
    'Bel bij acuut gevaar altijd 112.',
    'Bel 113 of 0800-0113 als je aan zelfmoord denkt.',
    'Zelfmoordpreventie: 0800 0113.',
    'Veilig Thuis is bereikbaar op 0800-2000, ook 0800 2000 en 08002000.',
    'De politie heeft nummer 0900-8844 of 0900 88 44.',
    'Meld Misdaad Anoniem: 0800-7000 of 0800 7000.',
    'De Arbeidsinspectie: 0800-5151, of 0800 - 5151.',
    'Slachtofferhulp Nederland: 0900-0101.',
    'CoMensha is te bereiken op 033 448 11 86, 033-4481186, (033) 448 11 86 en +31 33 448 11 86.',
  ])('keeps the service numbers in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('recognises service numbers in any notation', () => {
    expect(isServiceNumber('+31 33 448 11 86')).toBe(true);
    expect(isServiceNumber('0031 800 2000')).toBe(true);
    expect(isServiceNumber('0800-1234')).toBe(true);
    expect(isServiceNumber('06-12345678')).toBe(false);
  });

  it.each([
    'Ze moet € 300 per week betalen, of €300, of 300 euro, of 1.250,- per maand.',
    'Hij verdient 50 euro per dag en 4 eur per uur.',
    'Om 14:00 worden ze opgehaald en om 9 uur teruggebracht, soms om 21.30 uur.',
    'Hij is 16 jaar. ze is 15. Een vriend van 24. Hij is pas 14. I am 16 years old.',
    'Ze werken 60 uur per week, 12 uur per dag, 6 dagen per week, 14 hours a day.',
    'Het begon in maart, in 2022 kwam ze, in de zomer ging ze weg.',
    'Het zijn Roemeense en Bulgaarse mannen, Pools, Polen, Litouwers en een Eritreeër.',
    'Mijn vriendin durft niet naar de Politie of de Arbeidsinspectie. Zorg dat je veilig bent.',
    'Hij zit in groep 8 en zij in 3 havo.',
  ])('keeps the facts in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still finds personal data next to kept facts', () => {
    expect(found('Bel 112 of Kees op 06-12345678, hij is 16 en woont in Zwolle.')).toEqual([
      ['NAAM', 'Kees'],
      ['TELEFOON', '06-12345678'],
      ['PLAATS', 'Zwolle'],
    ]);
  });

  it('lets a house number 112 belong to its address', () => {
    expect(found('Ze woont op de Van Goghstraat 112.')).toEqual([['ADRES', 'Van Goghstraat 112']]);
  });
});
