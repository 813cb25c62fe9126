import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 19: names by their frames in more languages and cases, handles by their place, dates and documents. Sentences not in any set. */

/** Every conversation's spans of one type, message by message. */
function conversationOf(type: string, texts: string[]): string[][] {
  return detectConversation(texts).map((spans, i) => spans.filter((e) => e.type === type).map((e) => texts[i]!.slice(e.start, e.end)));
}

describe('nicknames', () => {
  it('reads a kinship or nickname head with any capitalised word', () => {
    expect(foundOf('NAAM', 'we wonen nu bij Uncle Monday in Almere')).toEqual(['Uncle Monday']);
    expect(foundOf('NAAM', 'de chauffeur noemt zichzelf Big Sam op snapchat')).toEqual(['Big Sam']);
  });

  it('reads a nickname head with a lone capital, in lower case too', () => {
    expect(foundOf('NAAM', 'a man they call big K keeps her passport')).toEqual(['big K']);
    expect(foundOf('NAAM', 'de meiden noemen hem Papa J en hij rijdt een bmw')).toEqual(['Papa J']);
  });

  it('takes the name after "called himself" and "noemt zichzelf"', () => {
    expect(foundOf('NAAM', 'the driver called himself Lil Reno on the phone')).toEqual(['Lil Reno']);
    expect(foundOf('NAAM', 'de man die zichzelf Oom R noemt haalt de meiden op')).toEqual(['Oom R']);
  });

  it('leaves a head word without a name, and a T-shirt', () => {
    expect(foundOf('NAAM', 'my uncle has a big house in Lagos')).toEqual([]);
    expect(foundOf('NAAM', 'ze droeg een big T-shirt en een pet')).toEqual([]);
    expect(foundOf('NAAM', 'it was a big Monday for the team')).toEqual([]);
  });
});

describe('introductions in lower case and other languages', () => {
  it('reads a lower-case first name that is a word too after "ik ben" or "im" when the clause goes on', () => {
    expect(foundOf('NAAM', 'hoi ik ben jade en ik zit in de derde klas')).toEqual(['jade']);
    expect(foundOf('NAAM', 'hi im hope, i need help please')).toEqual(['hope']);
  });

  it('reads introductions in Portuguese, French, Indonesian and Vietnamese', () => {
    expect(foundOf('NAAM', 'eu sou ana e trabalho numa estufa')).toEqual(['ana']);
    expect(foundOf('NAAM', 'je suis aminata, je travaille dans un salon')).toEqual(['aminata']);
    expect(foundOf('NAAM', 'nama saya siti, saya kerja di restoran')).toEqual(['siti']);
    expect(foundOf('NAAM', 'tên tôi là lan, tôi làm ở tiệm nail')).toEqual(['lan']);
  });

  it('reads a lower-case name in a signature at the end of a message', () => {
    expect(foundOf('NAAM', 'bel me liever niet. gr. piet')).toEqual(['piet']);
  });

  it('leaves how someone feels after "ik ben" and a unit after a number', () => {
    expect(foundOf('NAAM', 'ik ben moe en ik ben bang')).toEqual([]);
    expect(foundOf('NAAM', "i'm fine, thanks for asking")).toEqual([]);
    expect(foundOf('NAAM', "je suis perdue, j'ai 17 ans")).toEqual([]);
    expect(foundOf('NAAM', 'hallo, ik ben gewoon bang')).toEqual([]);
  });

  it('reads a short lower-case name after "ik ben", not how someone is', () => {
    expect(foundOf('NAAM', 'ik ben mo, 16 jaar en ik ben bang')).toEqual(['mo']);
    expect(foundOf('NAAM', 'ik ben klein, maar ik ben sterk')).toEqual([]);
  });

  it('reads a lower-case name after a title (with the title, round 51), and after a relation and its possessive', () => {
    expect(foundOf('NAAM', 'de eigenaar, meneer wu, betaalt ons niet')).toEqual(['meneer wu']);
    expect(foundOf('NAAM', 'шефът ми иван взе паспорта ми')).toEqual(['иван']);
  });

  it('reads "genaamt", the naming participle with a t', () => {
    expect(foundOf('NAAM', 'ze woont bij een man genaamt ricardo in schiedam')).toEqual(['ricardo']);
  });
});

describe('names by their place in the sentence', () => {
  it('reads a first name that is a word too opening a sentence before a verb only a person does', () => {
    expect(foundOf('NAAM', 'Iris zegt dat ze niet weg mag')).toEqual(['Iris']);
    expect(foundOf('NAAM', 'Grace says the boss keeps her money')).toEqual(['Grace']);
  });

  it('reads a first name opening a sentence before an age', () => {
    expect(foundOf('NAAM', 'roos is 15 en woont bij haar tante')).toEqual(['roos']);
    expect(foundOf('NAAM', 'Hope is pas 16 en werkt elke nacht')).toEqual(['Hope']);
  });

  it('leaves a sentence-opening word before hours or degrees', () => {
    expect(foundOf('NAAM', 'Het is 15 graden vandaag')).toEqual([]);
    expect(foundOf('NAAM', 'Dat is 12 uur per dag')).toEqual([]);
  });

  it('reads a pet name said twice', () => {
    expect(foundOf('NAAM', 'Ling-Ling en haar moeder slapen in de keuken')).toEqual(['Ling-Ling']);
    expect(foundOf('NAAM', 'Bye-Bye, tot morgen')).toEqual([]);
  });

  it("reads a name that only another language's function word shares", () => {
    expect(foundOf('NAAM', 'the manager is Sam, he keeps the keys')).toEqual(['Sam']);
    expect(foundOf('NAAM', 'Li Mei heeft geen telefoon en mag niet naar buiten')).toEqual(['Li Mei']);
  });

  it('leaves that word in its own language', () => {
    expect(foundOf('NAAM', 'Dzień dobry, czy może Pan mi pomóc z tym?')).toEqual([]);
    expect(foundOf('NAAM', 'Hola, ¿Está usted bien ahora?')).toEqual([]);
  });

  it('reads a lone initial after an introduction, before a bracket or at the end', () => {
    expect(foundOf('NAAM', 'dit is K. (mijn naam geef ik liever niet)')).toEqual(['K.']);
  });

  it('reads a quoted name after "naam" and a comma', () => {
    expect(foundOf('NAAM', "op die site heeft ze een andere naam, 'Roxy', en ze is 15")).toEqual(['Roxy']);
  });

  it('leaves a first name glued into a handle', () => {
    expect(found('ik ken hem van lucas.v.020 op insta')).toEqual([['HANDLE', 'lucas.v.020']]);
  });
});

describe('a name once found, in its inflected forms', () => {
  it('masks a learned name with a possessive or case ending after an apostrophe', () => {
    expect(conversationOf('NAAM', ['mijn nicht heet Melody', "Melody's telefoon is afgepakt"])).toEqual([['Melody'], ["Melody's"]]);
    expect(conversationOf('NAAM', ['adamın adı Serkan', "serkan'ın arabası siyah"])).toEqual([['Serkan'], ["serkan'ın"]]);
  });
});

describe('handles without an at sign', () => {
  it('reads a user name in brackets after a name, with a trailing underscore too', () => {
    expect(foundOf('HANDLE', 'Noor (noortje.xo) en Fem (femmie_) krijgen berichten')).toEqual(['noortje.xo', 'femmie_']);
  });

  it('reads a user name after another in a list', () => {
    expect(foundOf('HANDLE', 'hij chat met @rich_boy010 en cash.queen, allebei nep')).toEqual(['@rich_boy010', 'cash.queen']);
  });

  it('reads three parts joined by dots as a user name, not a web address', () => {
    expect(foundOf('HANDLE', 'ze krijgt berichten van money.maker.rdam over werk')).toEqual(['money.maker.rdam']);
    expect(foundOf('HANDLE', 'kijk op www.voorbeeld.nl voor info')).toEqual([]);
  });

  it('reads a word shaped like a user name in a message about messages or followers', () => {
    expect(foundOf('HANDLE', 'hij stuurt haar berichten als cash.kev en belooft geld')).toEqual(['cash.kev']);
    expect(foundOf('HANDLE', 'ze stuurt berichten maar hij antwoordt niet.ik weet het niet')).toEqual([]);
  });

  it('leaves abbreviations and words run together after a full stop', () => {
    expect(foundOf('HANDLE', 'ik weet het niet.ik ben bang')).toEqual([]);
    expect(foundOf('HANDLE', 'zie o.a. de brief van de gemeente')).toEqual([]);
  });
});

describe('dates and documents in more languages', () => {
  it('reads Portuguese and Italian months after a day, and a Polish day in words', () => {
    expect(foundOf('DATUM', 'nasceu a 4 de outubro de 2003 em Braga')).toEqual(['4 de outubro de 2003']);
    expect(foundOf('DATUM', 'è nata il 9 luglio 2001 a Napoli')).toEqual(['9 luglio 2001']);
    expect(foundOf('DATUM', 'urodziłam się dwunastego lipca 2000')).toEqual(['dwunastego lipca 2000']);
  });

  it('reads a day in words and a month after a date word, not "een" or "may"', () => {
    expect(foundOf('DATUM', 'ze kwam hier op vier oktober met de bus')).toEqual(['vier oktober']);
    expect(foundOf('DATUM', 'op een maart ochtend')).toEqual([]);
  });

  it('reads a short month and a bare day after a date word, not a count', () => {
    expect(foundOf('DATUM', 'she came on Oct 9 with two friends')).toEqual(['Oct 9']);
    expect(foundOf('DATUM', 'ze werkt sinds jan 3 dagen in de kas')).toEqual([]);
  });

  it('reads Chinese, Vietnamese and Arabic dates', () => {
    expect(foundOf('DATUM', '我的生日是2003年7月9日')).toEqual(['2003年7月9日']);
    expect(foundOf('DATUM', 'em sinh ngày 9 tháng 7 năm 2003')).toEqual(['ngày 9 tháng 7 năm 2003']);
    expect(foundOf('DATUM', 'ولدت في 9 يوليو 2003')).toEqual(['9 يوليو 2003']);
  });

  it('reads a spaced birth date after "geboortedatum is"', () => {
    expect(foundOf('DATUM', 'haar geboortedatum is 07 11 2006')).toEqual(['07 11 2006']);
  });

  it('reads Indian, Brazilian and other national numbers after their names', () => {
    expect(foundOf('DOCUMENTNUMMER', 'mijn aadhaar is 4821 9930 1275')).toEqual(['4821 9930 1275']);
  });

  it('leaves a month alone and the helpline number', () => {
    expect(foundOf('DATUM', 'ik kwam in maggio naar Nederland')).toEqual([]);
    expect(found('ik heb 0800-2000 gebeld')).toEqual([]);
  });
});
