import { detectConversation } from '../../../src/anonymiser';
import { foundOf } from './helpers';

describe('an introduction in a short English message is no Title Case (round 49)', () => {
  it.each([
    ["Hi, I'm Gift from Nigeria", 'Gift'],
    ["Hi, I'm Tendai from Zimbabwe", 'Tendai'],
  ])('"%s" masks "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('still reads Title Case chat as noise', () => {
    expect(foundOf('NAAM', 'Ik Weet Het Niet Meer Wat Ik Moet Doen')).toEqual([]);
  });
});

describe('a naming verb, an adverb, then the name (round 49)', () => {
  it.each([
    ['ze noemen hem alleen Kapo maar hij is koerd', 'Kapo'],
    ['ze noemen haar meestal Kapo', 'Kapo'],
  ])('"%s" masks "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('takes no word after "called" and an adverb that is no name', () => {
    expect(foundOf('NAAM', 'I called just to ask something')).toEqual([]);
    expect(foundOf('NAAM', 'she is called only by her boss')).toEqual([]);
  });
});

describe('a first name whose accents fold it into a public word (round 49)', () => {
  it('masks "Thaís" after "sou" and leaves the language "Thais"', () => {
    expect(foundOf('NAAM', 'oi, sou Thaís, dançarina, trabalho em Den Haag')).toEqual(['Thaís']);
    expect(foundOf('NAAM', 'Ik spreek Thais en Engels')).toEqual([]);
  });
});

describe('a lower-case unknown name after a Dutch possessive and relation (round 49)', () => {
  it.each([
    ['zijn vrouw fadumo mag niet naar buiten', 'fadumo'],
    ['zijn vrouw fadumo, die mag niet naar buiten', 'fadumo'],
  ])('"%s" masks "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it('needs a person verb or the clause end after it, and leaves dictionary words', () => {
    expect(foundOf('NAAM', 'mijn man werkt daar')).toEqual([]);
    expect(foundOf('NAAM', 'mijn zus appt me elke dag')).toEqual([]);
  });
});

describe('role words before a name (round 49)', () => {
  it.each([
    ['mijn hulp sari zegt dat ze niks krijgt', 'sari'],
    ['onze werkster sari zegt dat ze blijft', 'sari'],
  ])('"%s" masks "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });
});

describe('a name before "van" and a street that opens with a street word (round 49)', () => {
  it('keeps the name apart from "Laan van Meerdervoort 1503"', () => {
    const text = 'mijn buurjongen Bayu van Laan van Meerdervoort 1503 moet elke nacht werken';
    expect(foundOf('NAAM', text)).toEqual(['Bayu']);
    expect(foundOf('ADRES', text)).toEqual(['Laan van Meerdervoort 1503']);
  });

  it('still joins a surname with its particle', () => {
    expect(foundOf('NAAM', 'Jan van Dijk werkt daar')).toEqual(['Jan van Dijk']);
  });
});

describe('a listed first name after a foreign relation that is a verb (round 49)', () => {
  it('leaves "boi" before the reflexive "się"', () => {
    expect(foundOf('NAAM', 'mój mąż boi się że straci pracę')).toEqual([]);
  });
});

describe('a learned name echoed in lower case in the same message (round 49)', () => {
  const namesIn = (text: string): string[] =>
    detectConversation([text])[0]!
      .filter((e) => e.type === 'NAAM')
      .map((e) => text.slice(e.start, e.end));

  it.each([
    ['ja de baas heet Bram, gewoon bram, van de bouw', ['Bram', 'bram']],
    ['een jongen heet Snelle Mo of mo', ['Snelle Mo', 'mo']],
  ])('"%s" masks %j', (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it('leaves the word after an article', () => {
    expect(namesIn('Roos zegt dat ze een roos kreeg')).toEqual(['Roos']);
  });
});

describe('a name before a lower-case kind word of a school, a place of worship or a shop (round 49)', () => {
  it.each([
    ['ze zit op de Al-Ghazali school', 'Al-Ghazali school'],
    ['ze werkt bij de Fatih moskee als schoonmaakster', 'Fatih moskee'],
    ['ik werk in de Sunny nagelsalon', 'Sunny nagelsalon'],
    ['my daughter goes to Saint Mary school', 'Saint Mary school'],
    ['de eigenaar van de Anatolia snackbar', 'Anatolia snackbar'],
  ])('"%s" masks "%s"', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it('leaves adjectives of a people or faith, and a sentence-opening compound', () => {
    for (const text of [
      'ze zit op de Engelse school',
      'we gaan naar de Poolse winkel',
      'in de Chinese winkel',
      'Contactpersoon school: mevrouw',
    ])
      expect(foundOf('ORGANISATIE', text)).toEqual([]);
  });
});

describe('a Polish legal form in lower case (round 49)', () => {
  it('takes "sp. z o.o." with the firm', () => {
    expect(foundOf('ORGANISATIE', 'pracuję w firmie Agro-Team sp. z o.o. od marca')).toEqual(['Agro-Team sp. z o.o.']);
  });
});

describe('Vietnamese "cô" typed without its accent before a name (round 49)', () => {
  it('masks the name after "co" as after "anh"', () => {
    const names = foundOf('NAAM', 'co Mai noi rang anh Tuan giu ho chieu cua co ay');
    expect(names.join(' ')).toContain('Mai');
    expect(names.join(' ')).toContain('Tuan');
  });
});

describe('a list of names after a naming word (round 49)', () => {
  it.each([
    ['de meiden heten lisa, demi en kim', ['lisa', 'demi', 'kim']],
    ['they are called Ama, Esi and Kojo', ['Ama', 'Esi', 'Kojo']],
  ])('"%s" masks %j', (text, names) => {
    expect(foundOf('NAAM', text)).toEqual(names);
  });

  it('needs a conjunction to close the list and names written alike', () => {
    expect(foundOf('NAAM', 'salam, ana ismi Khaled Al-Hassan, ana men Homs')).toEqual(['Khaled Al-Hassan']);
    expect(foundOf('NAAM', 'La señora se llama Patricia Gómez de la Vega, vive en Frederik Hendriklaan 140.')).toEqual([
      'Patricia Gómez de la Vega',
    ]);
  });
});

describe('a naming verb of another language after a kind word (round 49)', () => {
  it('reads "a empresa chama X" as the business X, not "empresa chama"', () => {
    expect(foundOf('ORGANISATIE', 'a empresa chama Flores Limpeza e nao paga')).toEqual(['Flores Limpeza']);
  });
});

describe('a first name after a person noun and before an age (round 49)', () => {
  it('masks "joy" in "the girl joy is only 15" and leaves "the man is 40"', () => {
    expect(foundOf('NAAM', 'the girl joy is only 15')).toEqual(['joy']);
    expect(foundOf('NAAM', 'the man is 40')).toEqual([]);
  });
});
