import { detectConversation } from '../../../src/anonymiser';
import { findArabiziNames } from '../../../src/anonymiser/detectors/arabizi';
import { found, foundOf } from './helpers';

/**
 * Issue 13, round 23: streets by their position and their street words abroad, names by their form
 * (pet forms, Arabizi, word names) and their frame. Sentences made for these tests, in no set.
 */

describe('a street without a street word after a preposition of place', () => {
  it('takes capitalised words and a house number after "op", "at", "na", "v", "przy"', () => {
    expect(foundOf('ADRES', 'mijn nicht slaapt daar op Lage Weide 31 met vier anderen')).toEqual(['Lage Weide 31']);
    expect(foundOf('ADRES', 'the girls stay at Bloemenhof Zuid 6 every night')).toEqual(['Bloemenhof Zuid 6']);
    expect(foundOf('ADRES', 'my zhyvemo na Kerkebosch 17 vsi razom')).toEqual(['Kerkebosch 17']);
    expect(foundOf('ADRES', 'mieszkamy przy Hoge Akker 9a od maja')).toEqual(['Hoge Akker 9a']);
  });

  it('leaves things with a number, counts and years alone', () => {
    expect(foundOf('ADRES', 'ze zit de hele avond op Kanaal 5 te kijken')).toEqual([]);
    expect(foundOf('ADRES', 'de trein vertrekt op Spoor 4 om half acht')).toEqual([]);
    expect(foundOf('ADRES', 'we were waiting at Gate 12 for an hour')).toEqual([]);
    expect(foundOf('ADRES', 'hij heeft aan Fatima Bakker 50 gegeven')).toEqual([]);
    expect(foundOf('ADRES', 'ik was op Texel 3 dagen')).toEqual([]);
    expect(foundOf('ADRES', 'mieszkam w Amsterdamie 2 lata')).toEqual([]);
    expect(foundOf('POSTCODE', 'mieszkam teraz w Poznaniu 61-001')).toEqual(['61-001']);
    expect(found('we zagen elkaar op Koningsdag 2024')).not.toContainEqual(['ADRES', 'Koningsdag 2024']);
  });

  it('reads "op het" and "aan het" before a capitalised name and number as a street', () => {
    expect(foundOf('ADRES', 'ze wonen in dat hoekhuis op het Hoogt 12')).toEqual(['Hoogt 12']);
    expect(foundOf('ADRES', 'ze zit op het Station 2 uur te wachten')).toEqual([]);
  });
});

describe('foreign street words in Latin letters, without a dot or in lower case', () => {
  it('takes Bulgarian, Ukrainian, Serbian, Croatian and Albanian street words with the name and number', () => {
    expect(foundOf('ADRES', 'zhiveya na bulevard Tsarigradsko shose 115 ot dve godini')).toEqual(['bulevard Tsarigradsko shose 115']);
    expect(foundOf('ADRES', 'adresata e ulitsa Georgi Benkovski 14')).toEqual(['ulitsa Georgi Benkovski 14']);
    expect(foundOf('ADRES', 'mama zhyve na vulytsia Sadova 8')).toEqual(['vulytsia Sadova 8']);
    expect(foundOf('ADRES', 'stanujem u Bulevar kralja Petra 41')).toEqual(['Bulevar kralja Petra 41']);
    expect(foundOf('ADRES', 'Trg bana Jelačića 3 je centar')).toEqual(['Trg bana Jelačića 3']);
    expect(foundOf('ADRES', 'shtepia ime eshte ne Rruga e Kavajes 22')).toEqual(['Rruga e Kavajes 22']);
  });

  it('takes Spanish, Portuguese, Catalan, Romanian and Moroccan words in lower case, and "ul"/"str" without their dot', () => {
    expect(foundOf('ADRES', 'vivo en calle mayor 5 con mi tía')).toEqual(['calle mayor 5']);
    expect(foundOf('ADRES', 'a minha casa é na rua das flores 20')).toEqual(['rua das flores 20']);
    expect(foundOf('ADRES', 'el pis és al Carrer de Balmes 20')).toEqual(['Carrer de Balmes 20']);
    expect(foundOf('ADRES', 'locuiam pe bulevardul unirii 21 in Bucuresti')).toEqual(['bulevardul unirii 21']);
    expect(foundOf('ADRES', 'dar dyalna f derb Sidi Bouloukat 7')).toEqual(['derb Sidi Bouloukat 7']);
    expect(foundOf('ADRES', 'mieszkałam ul Mickiewicza 3 w Lublinie')).toEqual(['ul Mickiewicza 3']);
    expect(foundOf('ADRES', 'adresa mea e str Lunga 112')).toEqual(['str Lunga 112']);
  });

  it('takes a Croatian or Slovene street word after the name', () => {
    expect(foundOf('ADRES', 'radila sam u stanu, Sokolska ulica 12')).toEqual(['Sokolska ulica 12']);
    expect(foundOf('ADRES', 'Slovenska cesta 5 je bil naslov')).toEqual(['Slovenska cesta 5']);
  });

  it('leaves Dutch words that look like them alone', () => {
    expect(foundOf('ADRES', 'vul het formulier 3 keer in')).toEqual([]);
    expect(foundOf('ADRES', 'vul de 3 vakjes in en stuur het op')).toEqual([]);
    expect(foundOf('ADRES', 'ik ga via Utrecht 2 keer per week')).toEqual([]);
  });
});

describe('Vietnamese streets', () => {
  it('takes the street word with the name and the house number before or after it', () => {
    expect(foundOf('ADRES', 'nhà tôi ở số 12 đường Lê Lợi, quận 1')).toEqual(['số 12 đường Lê Lợi']);
    expect(foundOf('ADRES', 'chị ấy sống ở đường Nguyễn Trãi số 7')).toEqual(['đường Nguyễn Trãi số 7']);
  });

  it('does not read "thành phố" (city) as a street, nor a count of years as a number', () => {
    expect(foundOf('ADRES', 'tôi sống ở thành phố Hồ Chí Minh')).toEqual([]);
    expect(foundOf('ADRES', 'tôi làm ở phố Huế 3 năm')).toEqual([]);
  });
});

describe('what comes after the house number', () => {
  it('takes the floor in', () => {
    expect(foundOf('ADRES', 'het adres is Lindengracht 9 3hoog')).toEqual(['Lindengracht 9 3hoog']);
    // Round 49: "achter" (the back flat of the floor) belongs to the address too.
    expect(foundOf('ADRES', 'ze zit op Javastraat 8, 2-hoog achter')).toEqual(['Javastraat 8, 2-hoog achter']);
  });

  it('takes a house number written before the street, after "bij nummer" or "#"', () => {
    expect(foundOf('ADRES', 'I stay at 12 Kerkstraat with two other girls')).toEqual(['12 Kerkstraat']);
    expect(foundOf('ADRES', 'she sleeps at 45B Bijlmerdreef now')).toEqual(['45B Bijlmerdreef']);
    expect(foundOf('ADRES', 'in de Kerkstraat bij nummer 12 staat die bus')).toEqual(['Kerkstraat bij nummer 12']);
    expect(foundOf('ADRES', 'het is Javastraat #88, de bovenste bel')).toEqual(['Javastraat #88']);
  });

  it('leaves an amount before a street alone', () => {
    expect(foundOf('ADRES', 'de huur is €12 Kerkstraat rekent meer')).toEqual(['Kerkstraat']);
  });

  it('reads a Belgian "Steenweg op …" with its number', () => {
    expect(foundOf('ADRES', 'het magazijn ligt aan de Steenweg op Mol 123, Geel')).toEqual(['Steenweg op Mol 123']);
  });

  it('reads two capitalised words, a number, a comma and a town as an address', () => {
    expect(foundOf('ADRES', 'schrijf naar Hoge Ham 45, Dongen')).toEqual(['Hoge Ham 45']);
    expect(foundOf('ADRES', 'zij zat in Groep 7, Utrecht was toen nieuw voor haar')).toEqual([]);
  });
});

describe('a month in a naming frame', () => {
  it('is the name before "heet"', () => {
    expect(foundOf('NAAM', 'de vrouw in de nagelstudio zegt dat ze Mei heet')).toEqual(['Mei']);
    expect(foundOf('NAAM', 'er werkt een meisje dat April heet')).toEqual(['April']);
  });

  it('stays a month after a preposition of time', () => {
    expect(foundOf('NAAM', 'In April we start again with the harvest')).toEqual([]);
    expect(foundOf('NAAM', 'Sinds Juni werkt ze daar')).toEqual([]);
  });
});

describe('Dutch pet forms of common first names', () => {
  it('are that first name, in lower case too', () => {
    expect(foundOf('NAAM', 'de huur moet contant bij henkie')).toEqual(['henkie']);
    expect(foundOf('NAAM', 'Ruudje haalt ze elke ochtend op')).toEqual(['Ruudje']);
    expect(foundOf('NAAM', 'ik was gisteren bij keesje')).toEqual(['keesje']);
  });

  it('leave diminutives of ordinary words and of foreign words alone', () => {
    expect(foundOf('NAAM', 'ze woont in een flatje boven de winkel')).toEqual([]);
    expect(foundOf('NAAM', 'hij gaf een snoepje aan het meisje')).toEqual([]);
    expect(foundOf('NAAM', 'powiesilismy pranie w kontenerze')).toEqual([]);
  });
});

describe('a lower-case surname after a naming word and a first name', () => {
  it('takes a word no dictionary knows that closes the clause', () => {
    expect(foundOf('NAAM', 'ik heet sanne bloemhoff.')).toEqual(['sanne bloemhoff']);
    expect(foundOf('NAAM', 'naam kevin verhoogstraten, geboren 8-4-2000')).toEqual(['kevin verhoogstraten']);
  });

  it('stops at a word that goes on with the sentence', () => {
    expect(foundOf('NAAM', 'hij heet kevin en woont daar')).toEqual(['kevin']);
  });
});

describe('names spelt in Arabizi', () => {
  it('reads the digits as sounds and finds a listed name when capitalised', () => {
    expect(foundOf('NAAM', 'sa7bi Mo7amed khdam m3ahom f serre')).toContain('Mo7amed');
    expect(foundOf('NAAM', 'ana kankhdem m3a Sa3id f Rotterdam')).toContain('Sa3id');
  });

  it('takes any such word right after a naming word', () => {
    expect(foundOf('NAAM', 'kayn wa7ed smito 3abdelkrim')).toEqual(['3abdelkrim']);
  });

  it('leaves Darija words and codes alone', () => {
    expect(findArabiziNames('l3ayla dyal 3omri kolha f lmghrib')).toEqual([]);
    expect(findArabiziNames('ana f b2b marketing, MP3 w A7X')).toEqual([]);
  });
});

describe('West African word names', () => {
  it('are names capitalised inside a sentence or before a person verb', () => {
    expect(foundOf('NAAM', 'Yesterday Mercy called me crying')).toEqual(['Mercy']);
    expect(foundOf('NAAM', 'Favour cooked for all of us')).toEqual(['Favour']);
    expect(foundOf('NAAM', 'I live with Godswill and Treasure')).toEqual(['Godswill', 'Treasure']);
  });

  it('stay words in lower case and at the start of an ordinary sentence', () => {
    expect(foundOf('NAAM', 'Happiness is not something you buy')).toEqual([]);
    expect(foundOf('NAAM', 'please have mercy on us')).toEqual([]);
  });

  it('come back across a conversation', () => {
    const texts = ['My friend Wisdom is 17', 'Wisdom sleeps in the kitchen'];
    const spans = detectConversation(texts);
    expect(spans[1]!.map((e) => texts[1]!.slice(e.start, e.end))).toEqual(['Wisdom']);
  });
});

describe('a name no list knows, by its place in the sentence', () => {
  it('opens a sentence before a verb only a person does', () => {
    expect(foundOf('NAAM', 'Mwajuma cried the whole night')).toEqual(['Mwajuma']);
  });

  it('stands before "and" or "en" and a name found there', () => {
    expect(foundOf('NAAM', 'Sonam and Pema are cousins')).toEqual(['Sonam', 'Pema']);
  });

  it('is no name when a dictionary or a shop knows it', () => {
    expect(foundOf('NAAM', 'Uber asked for a rating')).toEqual([]);
    expect(foundOf('NAAM', 'Uber and Bolt drivers wait there')).toEqual([]);
  });
});

describe('the name others give someone', () => {
  it('stands between who gives it and "noemen"', () => {
    expect(foundOf('NAAM', 'de man die ze Slang noemen haalt het geld op')).toEqual(['Slang']);
    expect(foundOf('NAAM', 'een vrouw die iedereen Mama Bee noemt')).toEqual(['Mama Bee']);
  });

  it('is no pronoun', () => {
    expect(foundOf('NAAM', 'dat wat ze Het noemen')).toEqual([]);
  });
});

describe('what must stay unmasked', () => {
  it('keeps the helpline numbers, 112, amounts, times and ages', () => {
    expect(found('bel 0800-2000 of 112 als het niet veilig is, op Hoge Ham 45')).toEqual([['ADRES', 'Hoge Ham 45']]);
    expect(found('hij betaalt op Zaterdag 50 euro, om 22:00, ze is 16')).toEqual([]);
  });
});
