import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 6: what one message teaches the rest of its conversation, and structure for names, employers and numbers. */

function conversation(texts: string[]): [string, string][][] {
  return detectConversation(texts).map((entities, i) => entities.map((e) => [e.type, texts[i]!.slice(e.start, e.end)]));
}

describe('conversation memory', () => {
  it('takes a name that is also a word in lower case where it opens a sentence, after thanks, or with its own letters', () => {
    const [, second, third] = conversation([
      'ik ben Bas, mijn buurvrouw heet Gül en haar dochter Demi is weg',
      'dank je bas. demi post foto op tiktok',
      'gül haar telefoon is kapot, de bas van de muziek is hard',
    ]);
    expect(second).toEqual([
      ['NAAM', 'bas'],
      ['NAAM', 'demi'],
    ]);
    expect(third).toEqual([['NAAM', 'gül']]);
  });

  it('remembers a guessed name no dictionary knows, also in lower case, without letting it beat a longer span', () => {
    const [, second] = conversation(['een van die jongens, Dainius, kwam huilend bij mij', 'weet dainius dat je ons hebt benaderd?']);
    expect(second).toEqual([['NAAM', 'dainius']]);
  });

  it('finds a business of several words again in lower case, and letters glued to digits as one word', () => {
    const [, second, third] = conversation([
      'we huren mensen in via Baltic Workforce en via Jobs4U Uitzendbureau',
      'baltic workforce heeft een kantoor in Riga',
      'contactpersoon bij Jobs4U is Sandra',
    ]);
    expect(second).toContainEqual(['ORGANISATIE', 'baltic workforce']);
    expect(third).toContainEqual(['ORGANISATIE', 'Jobs4U']);
  });

  it('leaves the lower-case word alone where nothing makes it the name', () => {
    expect(conversation(['mijn zus heet Roos', 'ik kocht een rode roos voor haar'])[1]).toEqual([]);
  });
});

describe('names by their place in the sentence', () => {
  it.each([
    ['also my friend Favour is there', 'Favour'],
    ['they make me sell drugs for Little Mo in the city', 'Little Mo'],
    ['zijn baas is Quincy, alias Q, en hij', 'Q'],
    ['het contract staat op naam van D. Bakhuis, maar daar woont iemand anders', 'D. Bakhuis'],
    ['trabajo en casa de la familia van Rijckevorsel cada día', 'van Rijckevorsel'],
    ['i am Chioma, everybody call me Chi', 'Chi'],
    ['de aspergeboer Gerrit-Jan Hofstede laat ze in caravans slapen', 'Gerrit-Jan Hofstede'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOf('NAAM', text)).toContain(name);
  });

  it('reads "naam" opening a message or a field as a naming word, also before capitals', () => {
    // The rules find each word, the tagger the whole name: one span then, one pseudonym for the person.
    expect(foundOf('NAAM', 'naam BOGUSŁAW KRAWCZYK / paszport')).toEqual(['BOGUSŁAW KRAWCZYK']);
  });

  it('takes no lower-case function word after a title for a name', () => {
    expect(foundOf('NAAM', 'madam name is unknown to me')).toEqual([]);
  });

  it('guesses nothing after a particle in German', () => {
    expect(foundOf('NAAM', 'Das Auto hat das Kennzeichen KLE-XY 45.')).toEqual([]);
  });
});

describe('streets known by their place in the sentence', () => {
  it('reads a capitalised word with a house number after "op de" as a street, not a name', () => {
    expect(found('hij woont in Amersfoort, ik denk op de Zonnewijzer 42')).toContainEqual(['ADRES', 'Zonnewijzer 42']);
    expect(foundOf('NAAM', 'ik denk op de Zonnewijzer 42')).toEqual([]);
  });

  it('takes no number with a leading zero for a house number', () => {
    expect(found('eigenaar Arjen Slootweg 0180 63 11 47')).toContainEqual(['TELEFOON', '0180 63 11 47']);
  });
});

describe('numbers as papers print them', () => {
  it.each([
    ['zij hebben mijn rijbewijs PL 00812/19/1463 nog', 'PL 00812/19/1463'],
    ['student heet Alina, studentnummer 498123, woont in Deventer', '498123'],
    ['hij heeft mijn rijbewijs RO 1128840915 gehouden', 'RO 1128840915'],
    ['zijn paspoort ligt in de kluis, nummer begint met U 19284756', 'U 19284756'],
    ['my v-nr is unknown and w-document W3381922', 'W3381922'],
    ['verblijfspas W 0 2 7 7 1 6 4 3, verder niets', 'W 0 2 7 7 1 6 4 3'],
    ['duitse perso L01X00T47 ligt bij hem', 'L01X00T47'],
  ])('finds the document number in %j', (text, number) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([number]);
  });

  it('reads a month in Roman numerals between a day and a year as a date', () => {
    expect(foundOf('DATUM', 'ur. 4 IX 1979 w Krakowie')).toEqual(['4 IX 1979']);
    expect(foundOf('DATUM', 'hoofdstuk 4 IX van het boek')).toEqual([]);
  });

  it('keeps a foreign postcode out of the house number', () => {
    expect(found('adresse 12 rue des Lilas, 93200 Saint-Denis')).toEqual([
      ['ADRES', '12 rue des Lilas'],
      ['POSTCODE', '93200'],
      ['PLAATS', 'Saint-Denis'],
    ]);
  });

  it('reads an account in a list that runs on after the account word', () => {
    const text = 'rekeningen die we zagen: nl39asnb7975432319, NL28 KNAB 4875 7491 18 en een belgische BE20-6252-7601-8955';
    expect(foundOf('IBAN', text)).toContain('BE20-6252-7601-8955');
  });
});

describe('organisations by structure and context', () => {
  it.each([
    ['over de nagelsalon Nails by Lin aan de Kerkstraat', 'nagelsalon Nails by Lin'],
    ['verhuurder is Kamerverhuur Vink, al jaren', 'Kamerverhuur Vink'],
    ['ze werken allemaal voor Snel & Schoon Schoonmaak en worden opgehaald', 'Snel & Schoon Schoonmaak'],
    ['de kapper Barber Kings in Osdorp', 'kapper Barber Kings'],
    ['close to a chinese shop Wok Palace', 'shop Wok Palace'],
    ['ik werk schoonmaak bij Van der Linden Facilitair sinds mei', 'Van der Linden Facilitair'],
    ['de oom heeft een döner zaak, Öz Urfa Grillroom, in Enschede', 'Öz Urfa Grillroom'],
    ['facturen van Clean Solutions Holland met fouten', 'Clean Solutions Holland'],
    ['de contactpersoon bij Prima heet Ricky', 'Prima'],
    ['mijn contract (van Work & Go) klopt niet', 'Work & Go'],
    ['er werkt een meisje bij Het Anker, dat visrestaurant in Bruinisse', 'Het Anker'],
    ['die zaak heet letterlijk Zon, op de hoek', 'Zon'],
    ['uitbetaald door Payroll Partners Zuid (kvk 17092 233)', 'Payroll Partners Zuid'],
    ['pakhuis Koelhuis Barendrecht aan de haven', 'pakhuis Koelhuis Barendrecht'],
  ])('finds the organisation in %j (a kind word before it may go with it)', (text, name) => {
    expect(foundOf('ORGANISATIE', text)).toContain(name);
  });

  it('reads a word before a kind word as what is made there, not as the name', () => {
    expect(foundOf('ORGANISATIE', 'ik werk bij aardappel fabriek Agri Noord')).toEqual(['fabriek Agri Noord']);
  });

  it('leaves two first names joined by "&" to the name detector', () => {
    expect(foundOf('ORGANISATIE', 'ik zag Jan & Piet gisteren')).toEqual([]);
  });
});

describe('names by coordination, address and script', () => {
  it.each([
    ['mijn contract staat op Costel Dobre, maar loonstrook zeg Dobre C.', 'Dobre C.'],
    ['ik zag Ahmed en soufi bij de shisha lounge', 'soufi'],
    ['ik ken haar als Maria of mariaaa, echt waar', 'mariaaa'],
    ['Joy, ben je nu nog in het huis in Almere?', 'Joy'],
    ['oom Đỗ Văn Hải tel +44 7700 918 224', 'oom Đỗ Văn Hải'],
    ['Anuradha en haar man wonen in Paramaribo', 'Anuradha'],
    ['Sevda zegt dat orhan haar rijbewijs heeft', 'orhan'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOf('NAAM', text)).toContain(name);
  });

  it.each([
    ['die zaak heet letterlijk Zon'],
    ['vergunning W0P73K2R9, V-nr 3018274659'],
    ['ja, ben je er nog?'],
    ['Jan en Utrecht zijn ver weg'],
    ['ik sprak met Jan en idk wat ik moet doen'],
    ['Jan of wss zijn broer'],
  ])('takes no extra name in %j', (text) => {
    expect(foundOf('NAAM', text).filter((n) => !['Jan'].includes(n))).toEqual([]);
  });
});

describe('places in other languages and after more place words', () => {
  it.each([
    ['tengo que limpiar la casa de su hermana en Wassenaar.', 'Wassenaar'],
    ['cuando estaba en Málaga, llegué aquí', 'Málaga'],
    ['hij staat vaak bij het station van Woerden', 'Woerden'],
  ])('finds the place in %j', (text, place) => {
    expect(foundOf('PLAATS', text)).toContain(place);
  });

  it('keeps Dutch "en" from cueing a place that is also a word', () => {
    expect(foundOf('PLAATS', 'ik vind Jan en Best wel aardig')).toEqual([]);
  });
});

describe('dates written out in words', () => {
  it.each([
    ['geboren op twaalf maart negentienhonderd negentig', 'twaalf maart negentienhonderd negentig'],
    ['ze is geboren op de 3e van juni 1998', '3e van juni 1998'],
    ['the twenty-first of May 2001 she came', 'twenty-first of May 2001'],
    ['op de derde van juni kwam ze', 'derde van juni'],
  ])('finds the date in %j', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });

  it('takes no lone number word before a month for a date', () => {
    expect(foundOf('DATUM', 'ik heb een maart gehad')).toEqual([]);
    expect(foundOf('DATUM', 'one may think so')).toEqual([]);
  });
});
