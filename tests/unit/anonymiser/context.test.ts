import { found, foundOf } from './helpers';

describe('organisations by kind word, legal form and "&"', () => {
  it.each([
    ['ze doet de afwas bij Pizzeria Napoli', 'Pizzeria Napoli'],
    ['in Shisha Lounge Dubai werkt ze achter de bar', 'Shisha Lounge Dubai'],
    ['De champignonkwekerij Heijmans betaalt niks.', 'champignonkwekerij Heijmans'],
    ['the name is Sparkle Carwash & Detailing.', 'Sparkle Carwash & Detailing'],
    ['Hij zegt dat hij via Zorgbemiddeling Hart voor Thuis komt.', 'Zorgbemiddeling Hart voor Thuis'],
    ['the agency in Manila was BrightPath Overseas Placement, they', 'BrightPath Overseas Placement'],
    ['Op een kotter van Rederij Zeester werken jongens.', 'Rederij Zeester'],
    ['Ze bidden in Moskee Al Fath in Lombok.', 'Moskee Al Fath'],
    ['ze kwam via Eurowork naar Nederland', 'Eurowork'],
    ['ze ligt in ziekenhuis Rijnstate sinds gisteren', 'ziekenhuis Rijnstate'],
    ['hij werkt in het Erasmus MC als schoonmaker', 'Erasmus MC'],
    ['Pracuje w agencja Work Service od roku.', 'agencja Work Service'],
    ['Работи във фирма Евротранс в Холандия.', 'фирма Евротранс'],
    ['De apotheek De Ooievaar weet ervan.', 'apotheek De Ooievaar'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it.each([
    'Zij Werkt In Een Bar En Moet Mee Naar Boven',
    'Ik vond het via WhatsApp.',
    'We spelen in de achtertuin.',
    'Ik kan morgen naar het ziekenhuis.',
    'De praktijk is dicht op vrijdag.',
  ])('finds no organisation in %j', (text) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([]);
  });
});

describe('addresses by context and shape', () => {
  it.each([
    ['ze wonen Achter de Hoven 17', 'Achter de Hoven 17'],
    ['Hij woont in de Bloemstraat op nummer 14.', 'Bloemstraat op nummer 14'],
    ['Ze zitten op Industrieweg 22 unit 4.', 'Industrieweg 22 unit 4'],
    ['Ze wonen volgens mij op de Ringbaan-Oost 241, bovenin.', 'Ringbaan-Oost 241'],
    ['ze zijn verhuisd naar de burg. de withstraat 38, in eindhoven', 'burg. de withstraat 38'],
    ['op de boerderij aan de Hegedyk 3 werken mannen', 'Hegedyk 3'],
    ['he tell me go to Wolphaertsbocht 201 tonight', 'Wolphaertsbocht 201'],
    ['in Spanje: Calle de Alcalá 215, 3ºB, 28028 Madrid', 'Calle de Alcalá 215, 3ºB'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it.each(['Hij heeft 3 kinderen en Overslaan 2 keer.', 'Ze woont Utrecht 3 jaar al.', 'ze slapen op matrassen 3 per kamer'])(
    'takes no count for a house number in %j',
    (text) => {
      expect(foundOf('ADRES', text)).toEqual([]);
    },
  );
});

describe('names by structure', () => {
  it.each([
    ['Melder Fenna Dekker-Bakker, onderwijsassistent', 'Fenna Dekker-Bakker'],
    ['de host B. Rozendaal eiste huur in natura.', 'B. Rozendaal'],
    ['De contactpersoon op school is Mevr. Y. de la Fuente-Bakker, zij weet ervan', 'Mevr. Y. de la Fuente-Bakker'],
    ['I am Jomar Dela Cruz, I work on a ship', 'Jomar Dela Cruz'],
    ['benaderd door Marvin Tjon A Fat, die haar meeneemt', 'Marvin Tjon A Fat'],
    ['De man heet Marco "Big Mac" Verstappen en rijdt rond', 'Marco "Big Mac" Verstappen'],
    ['de mevrouw heet abena owusu-ansah, ze is hier', 'abena owusu-ansah'],
    ['Maar zeg niet tegen A. dat ik het was', 'A.'],
    ['Vervolggesprek met Chioma (C.N.), nu in opvang', 'Chioma', 'C.N.'],
  ])('finds the name in %j', (text, ...names) => {
    expect(foundOf('NAAM', text)).toEqual(names);
  });

  it.each(['Hij zit in groep B. dat is de hoogste', 'Het is mijn plan B. Daarna gaan we.', 'Zie bijlage (N.B.) hieronder'])(
    'takes no letter for a name in %j',
    (text) => {
      expect(foundOf('NAAM', text)).toEqual([]);
    },
  );

  it.each(['Dat heet meldrecht.', 'This is called the right to report (meldrecht).', 'Het heet loverboy-methode, toch?'])(
    'takes what a thing is called for no name in %j',
    (text) => {
      expect(foundOf('NAAM', text)).toEqual([]);
    },
  );

  it.each([
    ['ze heet sanne en werkt daar', 'sanne'],
    ['My friend is called Thé', 'Thé'],
  ])('still finds a person after the naming word in %j', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });
});

describe('handles with a tag', () => {
  it('finds a user name with a four-digit tag', () => {
    expect(foundOf('HANDLE', 'een jongen op discord (shadowzz#4412) wil fotos')).toEqual(['shadowzz#4412']);
  });

  it('leaves a hashtag and a number sign alone', () => {
    expect(found('#metoo en kamer #12 en nummer #1234')).toEqual([]);
  });
});

describe('more context for places, accounts and names', () => {
  it.each([
    ['meneer H. (Populierenlaan 9, Krimpen aan den IJssel), woont daar', 'Krimpen aan den IJssel'],
    ['bij de kapper (Vaartstraat 7, Goes), de jongens', 'Goes'],
  ])('finds the place after a house number and comma in %j', (text, place) => {
    expect(foundOf('PLAATS', text)).toEqual([place]);
  });

  it('does not take "en" (and) before an ordinary word for a place word', () => {
    expect(foundOf('PLAATS', 'Ik ga met Jan en Best wel leuk')).toEqual([]);
  });

  it('masks a long account code of a country without IBANs in a money context', () => {
    expect(foundOf('IBAN', 'ze stuurt geld naar GH 0301 0010 1234 5678 9012 vandaag')).toEqual(['GH 0301 0010 1234 5678 9012']);
  });

  it('finds a known name before a Turkish case ending', () => {
    expect(foundOf('NAAM', "Elif'in pasaportu da onda")).toEqual(["Elif'in"]);
  });

  it.each([
    ['Binnenban 36 denk ik, hij heeft een scooter', 'Binnenban 36'],
    ['he tell me go to Kraaiengang 201 tonight', 'Kraaiengang 201'],
  ])('guesses a street that no list knows, with its number, in %j', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it.each([
    'Ik heb een Playstation 5 gekocht',
    'Windows 10 werkt niet',
    'Lees Hoofdstuk 3 eerst',
    'In Augustus 2019 was het',
    'Pracuję 6 dni w tygodniu',
    'Lucrez 12 ore pe zi',
    'Я працюю 6 днів на тиждень',
    'Calisiyorum 10 saat her gün',
  ])('guesses no street in %j', (text) => {
    expect(foundOf('ADRES', text)).toEqual([]);
  });
});

describe('organisations in lower-case chat', () => {
  it.each([
    ['hij werkt bij albert heijn', 'albert heijn'],
    ['zit bij uitzendbureau covebo', 'uitzendbureau covebo'],
    ['ze moet werken in salon yasmin', 'salon yasmin'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it.each([
    'in het restaurant werkt ze hard',
    'de kapsalon is dicht',
    'het uitzendbureau belt morgen terug',
    'Szef z agencji zabrał nam dowody osobiste',
  ])('finds none in %j', (text) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([]);
  });
});
