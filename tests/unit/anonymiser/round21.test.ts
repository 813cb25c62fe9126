import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 21: greetings, nicknames, lower-case name pairs, names after role words and name frames. Sentences not in any set. */

describe('greetings of other languages opening a message', () => {
  it('leaves the greeting bare and still finds the name after it', () => {
    expect(foundOf('NAAM', 'Selam, ik ben Mehret en ik woon in een azc')).toEqual(['Mehret']);
    expect(foundOf('NAAM', 'merhaba. benim adım Elif')).toEqual(['Elif']);
    expect(foundOf('NAAM', 'Xin chào! my name is Hoa')).toEqual(['Hoa']);
    expect(found('Marhaba, I need help with my work')).toEqual([]);
  });

  it('keeps a name that is spoken to with a question', () => {
    expect(foundOf('NAAM', 'Selam, ben je nog in het huis?')).toEqual(['Selam']);
  });

  it('is a greeting only at the opening of the message', () => {
    expect(foundOf('NAAM', 'mijn nicht Selam werkt in de kas')).toEqual(['Selam']);
  });
});

describe('nickname tails', () => {
  it('goes on over "Boy", "Man" and a lone capital after a naming word', () => {
    expect(foundOf('NAAM', 'op straat noemen ze hem Tiko Boy')).toEqual(['Tiko Boy']);
    expect(foundOf('NAAM', 'op straat noemen ze hem Tiko Boy, hij rijdt rond')).toEqual(['Tiko Boy']);
    expect(foundOf('NAAM', 'they call him Danny Man and he picks us up')).toEqual(['Danny Man']);
    expect(foundOf('NAAM', 'hij heet Jeffrey G en woont in Noord')).toEqual(['Jeffrey G']);
  });

  it('goes on after a known first name inside a sentence', () => {
    expect(foundOf('NAAM', 'gisteren stond Kevin Boy weer bij de school')).toEqual(['Kevin Boy']);
  });

  it('leaves "Boy" and "Man" alone without a name before them', () => {
    expect(found('The Boy was there and a Man too')).toEqual([]);
    expect(found('hij is een echte Man van zijn woord')).toEqual([]);
  });
});

describe('a relation opening a sentence is no part of the name after it', () => {
  it('drops the relation word', () => {
    expect(foundOf('NAAM', 'Ablam Ayse beni arıyor')).toEqual(['Ayse']);
  });
});

describe('a lower-case first name that is a word too, before a lower-case name', () => {
  it('takes both after an introduction or a relation', () => {
    expect(foundOf('NAAM', 'hello i am blessing okafor, please help')).toEqual(['blessing okafor']);
    expect(foundOf('NAAM', 'ik ben hope adeyemi en ik ben 19')).toEqual(['hope adeyemi']);
    expect(foundOf('NAAM', 'mijn zus joy osagie is weg')).toEqual(['joy osagie']);
  });

  it('leaves how someone is alone', () => {
    expect(found('i am very tired and i need help')).toEqual([]);
    expect(found('ik ben echt bang en wil weg')).toEqual([]);
  });
});

describe('a first name that is a word too, after a role word', () => {
  it('opens the name before a surname', () => {
    expect(foundOf('NAAM', 'de directeur Frans Mertens tekent de contracten')).toEqual(['Frans Mertens']);
    expect(foundOf('NAAM', 'onze teamleider Frans van Dijk belt')).toEqual(['Frans van Dijk']);
    expect(foundOf('NAAM', 'my boss Will Peeters took my passport')).toEqual(['Will Peeters']);
  });

  it('leaves the word alone without a name after it', () => {
    expect(found('de directeur spreekt alleen Frans met ons')).toEqual([]);
  });
});

describe('the name on a door or doorbell', () => {
  it('reads the name after "de naam op de deur is" and "the name on the door is"', () => {
    expect(foundOf('NAAM', 'de naam op de bel is Mulder-Harderwijk, daar wonen ze')).toEqual(['Mulder-Harderwijk']);
    expect(foundOf('NAAM', 'The name on the letterbox was Kaya.')).toEqual(['Kaya']);
  });
});

describe('a Polish postcode after an inflected place', () => {
  it('reads two digits, a hyphen and three after a place that a preposition opens', () => {
    expect(foundOf('POSTCODE', 'Mieszkamy w Rzeszowie, 35-001, prosze o pomoc')).toEqual(['35-001']);
    expect(foundOf('POSTCODE', 'mieszkam w Gdańsku 80-001')).toEqual(['80-001']);
  });

  it('leaves ranges of numbers alone', () => {
    expect(foundOf('POSTCODE', 'we kregen 10-100 euro per week')).toEqual([]);
    expect(foundOf('POSTCODE', 'in Utrecht, 10-100 mensen werken daar')).toEqual([]);
  });
});

describe('dates with the Papiamento and Italian "di"', () => {
  it('reads a day, "di" and a month, with a year too', () => {
    expect(foundOf('DATUM', 'e no ta haña pago for di 22 di juli')).toEqual(['22 di juli']);
    expect(foundOf('DATUM', 'el a bini aki 4 di mei di 2023')).toEqual(['4 di mei di 2023']);
  });
});

describe('Persian names', () => {
  it('reads the name in "من … هستم" and after "آقای", "خانم" and "my husband"', () => {
    expect(foundOf('NAAM', 'سلام، من مریم رضایی هستم، در Utrecht کار می‌کنم')).toEqual(['مریم رضایی']);
    expect(foundOf('NAAM', 'خانم کریمی پول ما را نگه می‌دارد')).toEqual(['کریمی']);
    expect(foundOf('NAAM', 'شوهرم حسین مرا کتک می‌زند')).toEqual(['حسین']);
  });

  it('leaves how someone is alone', () => {
    expect(found('من خیلی خسته هستم')).toEqual([]);
    expect(found('من کارگر هستم')).toEqual([]);
  });
});

describe('a clipped first name after a name and "en"', () => {
  it('reads three letters that open a listed first name', () => {
    expect(foundOf('NAAM', 'gisteren haalden bilal en kev haar op bij school')).toEqual(['bilal', 'kev']);
  });

  it('leaves chat shorthand alone', () => {
    expect(foundOf('NAAM', 'ik sprak met bilal en idk wat ik moet doen')).toEqual(['bilal']);
    expect(foundOf('NAAM', 'ik sprak met bilal en enz')).toEqual(['bilal']);
  });
});

describe('an unknown word opening a sentence before a verb that a person does', () => {
  it('reads it as the person with the verbs of using, taking, threatening and driving', () => {
    expect(foundOf('NAAM', 'Kwabena dreigt mijn familie in Ghana')).toEqual(['Kwabena']);
    expect(foundOf('NAAM', 'Ofentse gebruikt twee telefoons')).toEqual(['Ofentse']);
  });

  it('leaves dictionary words and brands opening a sentence alone', () => {
    expect(foundOf('NAAM', 'Gisteren gebruikt hij een ander nummer')).toEqual([]);
    expect(foundOf('NAAM', 'Snapchat gebruikt ze elke dag')).toEqual([]);
  });
});

describe('a list after "de namen" or "the names"', () => {
  it('reads every item as a name, initials in capitals too, the title with the name (round 51)', () => {
    expect(foundOf('NAAM', 'online gebruikt hij de namen Kwame, KD en Mr. Mensah')).toEqual(['Kwame', 'KD', 'Mr. Mensah']);
    expect(foundOf('NAAM', 'she goes by three names: Sunny, SJ and Ola')).toEqual(['Sunny', 'SJ', 'Ola']);
  });

  it('leaves "de namen" alone without a list of names after it', () => {
    expect(found('de namen van de meisjes weet ik niet')).toEqual([]);
    expect(found('ik ken de namen niet')).toEqual([]);
  });
});

describe("the helpline's own business line", () => {
  it("leaves an 088 number that the writer calls the helpline's own", () => {
    expect(found('Ik heb jullie eerder gebeld op 088 - 765 43 21 maar niemand nam op')).toEqual([]);
    expect(found('op jullie website staat 088-7654321, klopt dat?')).toEqual([]);
    expect(found('ik las 088 7654321 op jullie site, is dat gratis?')).toEqual([]);
  });

  it("masks an 088 number of someone else and a person's mobile", () => {
    expect(foundOf('TELEFOON', 'mijn baas belt vanaf 088 765 4321')).toEqual(['088 765 4321']);
    expect(foundOf('TELEFOON', 'bel mij op 06 12345678, jullie kunnen altijd bellen')).toEqual(['06 12345678']);
  });
});

describe('the rest of a mobile number with "06" said apart', () => {
  it('reads eight digits, or eight spelled, near a lone "06"', () => {
    expect(foundOf('TELEFOON', 'mijn nummer begint met 06, daarna 41 77 20 93')).toEqual(['41 77 20 93']);
    expect(foundOf('TELEFOON', 'bel haar: vier een, zeven zeven, twintig, drieënnegentig, met 06 ervoor')).toEqual([
      'vier een, zeven zeven, twintig, drieënnegentig',
    ]);
  });

  it('leaves eight digits without a lone "06" and register numbers alone', () => {
    expect(foundOf('TELEFOON', 'het kostte 12345678 euro')).toEqual([]);
    expect(foundOf('TELEFOON', 'mijn 06 is kapot, kvk 41772093')).toEqual([]);
  });
});

describe('a name of several words learned in a conversation', () => {
  const masked = (lines: string[]): string[][] =>
    detectConversation(lines).map((entities, i) => entities.map((e) => lines[i]!.slice(e.start, e.end)));

  it('is that person in lower case too, every word of it', () => {
    expect(masked(['op straat noemen ze hem Tiko Boy', 'tiko boy wacht elke avond bij het station'])).toEqual([['Tiko Boy'], ['tiko boy']]);
    expect(masked(['de eigenaar heet Arjen de Graaf', 'ik zag arjen de graaf gisteren nog'])).toEqual([
      ['Arjen de Graaf'],
      ['arjen de graaf'],
    ]);
  });

  it('leaves the same words alone in a conversation that never named anyone so', () => {
    expect(masked(['de graaf en de gravin kwamen langs'])).toEqual([[]]);
    expect(masked(['de boy van de buren', 'die boy is lief'])).toEqual([[], []]);
  });
});
