import { found, foundOf } from './helpers';

describe('addresses as people type them (round 50)', () => {
  it.each([
    // additions after the house number
    ['ze woont aan de Kerkweg 4 huis 3, de man komt elke dag', 'Kerkweg 4 huis 3'],
    ['het park heet De Heide, huisje Heideweg 8 chalet 12', 'Heideweg 8 chalet 12'],
    ['adres: Industrieweg 5 unit 7', 'Industrieweg 5 unit 7'],
    ['hij heeft een zaak aan de Kerkstraat 7B-3', 'Kerkstraat 7B-3'],
    ['ze slapen in de schuur, Dorpsstraat 22 achterom, bij de boer', 'Dorpsstraat 22 achterom'],
    ['adres: Kerkstraat 12, bovenwoning', 'Kerkstraat 12, bovenwoning'],
    ['wij wonen in Leiden, Lammenschansplein 3 flat 5e verd.', 'Lammenschansplein 3 flat 5e verd.'],
    // a street ending of old town walls, lower case
    ['ze woont boven de kapper, oostvest 14b', 'oostvest 14b'],
    // an abbreviated street kind
    ['ik woon op Beukenln. 12, u mag mij bellen', 'Beukenln. 12'],
    ['hij woont op de Stationswg. 3', 'Stationswg. 3'],
    // houseboats and pitches
    ['ze woont op een woonboot aan de Prinsengracht t/o 263', 'Prinsengracht t/o 263'],
    ['de boot ligt aan de Schinkel ligplaats 9', 'Schinkel ligplaats 9'],
    ['ze slapen op camping De Berken, plek 42, in Ede', 'plek 42'],
    // a house number with a home's addition or floor, no street named
    ['de buurvrouw van nummer 14-III hoort ze elke nacht', 'nummer 14-III'],
    ['ze wonen daar, volgens mij nummer 88 2e verdieping', 'nummer 88 2e verdieping'],
    // the number first, after an address word, and a town after it
    ['het adres is 17 Kerkweg Barneveld, daar wonen ze', '17 Kerkweg'],
    // a lower-case street a dictionary knows, its house number a few words on
    ['er is op de lindelaan ergens bij nummer 30 een huis', 'lindelaan'],
    // the home pointed out by its neighbour
    [
      'ze zit in het flatje boven de bakker op de Lange Kerkstraat 5, meer weet ik niet',
      'het flatje boven de bakker op de Lange Kerkstraat 5',
    ],
    ['I deliver to the flat above the bakery at Noordsingel 27 every week', 'the flat above the bakery at Noordsingel 27'],
    ['er staan caravans op Polderdijk 3 achter de loods in Westmaas', 'Polderdijk 3 achter de loods'],
    // the house number in words
    ['ze woont op de kerkstraat twaalf', 'kerkstraat twaalf'],
    ['ze woont in de Kerkstraat, nummer drieëntwintig', 'Kerkstraat, nummer drieëntwintig'],
    // a corner of two streets
    ['hij woont op de hoek kerkstraat / molenweg', 'kerkstraat / molenweg'],
    ['on the corner of Kerkstraat and Molenweg there is a house', 'Kerkstraat and Molenweg'],
    // an abbreviation without its full stop, a number typed against the street
    ['ze woont in de Beatrixln 5', 'Beatrixln 5'],
    ['ze woont op kerkstraat12', 'kerkstraat12'],
    ['ik woon op de Oude Kerkstraat7', 'Oude Kerkstraat7'],
    // the number said apart from the street
    ['ze woont aan de Kerkstraat in Utrecht, bij nummer 12', 'nummer 12'],
    ['ze woont in de Kerkstraat. Het nummer is 12.', 'nummer is 12'],
    // a name the sentence calls a street
    ['ze woont in Utrecht in de straat Lindenhof', 'Lindenhof'],
    ['de straat heet Beukenhof, daar is het', 'Beukenhof'],
    ['hij woont in een straat die Vogelzang heet, nummer 8', 'Vogelzang heet, nummer 8'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toContain(address);
  });

  it('leaves counts, lotteries, a street number that is a count and chalets alone', () => {
    expect(foundOf('ADRES', 'bel nummer 3 van de lijst')).toEqual([]);
    expect(foundOf('ADRES', 'ik heb nummer 12 gekozen in de loterij')).toEqual([]);
    expect(foundOf('ADRES', 'in de Kerkstraat drie mannen gezien')).toEqual(['Kerkstraat']);
    expect(foundOf('ADRES', 'Kerkstraat 12 huis 3 jaar')).toEqual(['Kerkstraat 12 huis']);
    expect(foundOf('ADRES', 'ik heb een zwemvest 2 keer gekocht')).toEqual([]);
    expect(foundOf('ADRES', 'op de hoek van de snelweg en de zijstraat')).toEqual([]);
    expect(foundOf('ADRES', 'mijn wachtwoord is straat123')).toEqual([]);
    expect(foundOf('ADRES', 'in de straat Utrecht')).toEqual([]);
    expect(foundOf('ADRES', 'ze woont in de Kerkstraat, het nummer is 12 euro waard')).toEqual(['Kerkstraat']);
    // Four writers of the tuning sets leave a park's chalet number unmarked.
    expect(foundOf('ADRES', 'we wonen in een vakantiepark, chalet 88, met zes man')).toEqual([]);
  });

  it('still keeps an age: "ze is 15" is no house number', () => {
    expect(found('ze is 15 en woont daar')).toEqual([]);
  });
});

describe('dates in more languages and shapes (round 50)', () => {
  it.each([
    ['hy kaam op 1 desimber wer', '1 desimber'],
    ['ya pryikhala 16 bereznya 2024, moye', '16 bereznya 2024'],
    ['u largua me 3 korrik 2023', '3 korrik 2023'],
    ['mi a yega 5 yüli', '5 yüli'],
    ['dumating ako noong 12 hunyo 2022', '12 hunyo 2022'],
    ['a lányom (1998.10.23) dolgozik', '1998.10.23'],
    ['a lányom (2005. 08. 17.) dolgozik', '2005. 08. 17.'],
    ['arrived on 2019/03/04', '2019/03/04'],
  ])('"%s" masks "%s"', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });

  it('leaves a version number and a month word without a day alone', () => {
    expect(foundOf('DATUM', 'versie 2019.1.2 is oud')).toEqual([]);
    expect(foundOf('DATUM', 'ik heb 3 maj gewerkt')).toEqual([]);
  });
});

describe('Hungarian case endings on a town (round 50)', () => {
  it.each([
    ['a lányom Den Helder-ben van egy férfival', 'Den Helder-ben'],
    ['a lányom Rotterdamban dolgozik, ő fél', 'Rotterdamban'],
  ])('"%s" masks "%s" as a place', (text, place) => {
    expect(foundOf('PLAATS', text)).toEqual([place]);
  });

  it('leaves Dutch towns that end like a case ending as they are', () => {
    expect(foundOf('PLAATS', 'ik woon in Kampen en werk in Bergen')).toEqual(['Kampen', 'Bergen']);
  });
});
