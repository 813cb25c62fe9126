import { found, foundOf } from './helpers';

describe('e-mail, URLs, IP addresses and handles', () => {
  it.each([
    ['Mail me op sanne.dewit88@gmail.com als dat kan.', 'EMAIL', 'sanne.dewit88@gmail.com'],
    ['My email is j.smith1990@hotmail.co.uk.', 'EMAIL', 'j.smith1990@hotmail.co.uk'],
    ['mail naar kees [at] outlook.com', 'EMAIL', 'kees [at] outlook.com'],
    ['Kijk op www.vipescort.nl/lisa.', 'URL', 'www.vipescort.nl/lisa'],
    ['Zie https://www.kinky.nl/advertentie/88231 daar', 'URL', 'https://www.kinky.nl/advertentie/88231'],
    ['profiel op onlyfans.com/luna_xo', 'URL', 'onlyfans.com/luna_xo'],
    ['Mijn IP-adres is 192.168.2.14, toch?', 'IP', '192.168.2.14'],
    ['IPv6: 2001:db8:85a3::8a2e:370:7334 gezien', 'IP', '2001:db8:85a3::8a2e:370:7334'],
    ['Ze volgt @jaydenmoneyy op insta.', 'HANDLE', '@jaydenmoneyy'],
    ['op insta heet ze xoxo.lotte', 'HANDLE', 'xoxo.lotte'],
    ['Zijn snap is kevin.b2007', 'HANDLE', 'kevin.b2007'],
    ['Gebruikersnaam duckie99 op Discord.', 'HANDLE', 'duckie99'],
    ['Ze chat met iemand die sugardaddy_nl heet op Instagram.', 'HANDLE', 'sugardaddy_nl'],
    ['op tiktok: moneyteam', 'HANDLE', 'moneyteam'],
  ])('finds in %j a %s', (text, type, value) => {
    expect(foundOf(type, text)).toEqual([value]);
  });

  it("leaves the helpline's own sites alone", () => {
    expect(found('Kijk op veiligthuis.nl of www.politie.nl/aangifte voor meer uitleg.')).toEqual([]);
  });

  it('does not take a time or a version number for an IP address', () => {
    expect(foundOf('IP', 'Om 12:30:45 en met versie 1.2.3 gebeurde het.')).toEqual([]);
  });

  it('needs more than a platform name to find a handle', () => {
    expect(foundOf('HANDLE', 'Ik zag het op insta en daarna op tiktok gepost.')).toEqual([]);
  });
});

describe('handles by context', () => {
  it.each([
    ['Haar instagram: SweetLisa', 'SweetLisa'],
    ['ze praat met hem op snapchat, zijn naam daar is MoneyMike', 'MoneyMike'],
    ['haar account op ig is jessyyy', 'jessyyy'],
    ['Via WhatsApp kreeg ik een bericht van hem, zijn gebruikersnaam was bossman', 'bossman'],
    ['volg haar op tiktok @ lily.dance', '@ lily.dance'],
    ['wechat id: zhangwei88', 'zhangwei88'],
    ['en op snap sarakitty', 'sarakitty'],
    ['In Telegram його нік vasyl_work.', 'vasyl_work'],
  ])('finds in %j only the handle', (text, handle) => {
    expect(found(text)).toEqual([['HANDLE', handle]]);
  });
});

describe('foreign plates in more forms', () => {
  it.each([
    ['een Belgische nummerplaat 1ABC123', '1ABC123'],
    ['ze haalt hem op met de auto, kenteken b 123 abc', 'b 123 abc'],
    ['Een Poolse auto, rejestracja PO 5SJ22', 'PO 5SJ22'],
    ['Bulgaarse auto met nummer PB 4567 KH', 'PB 4567 KH'],
  ])('finds in %j the plate', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('needs a word for the plate before a lower-case shape', () => {
    expect(foundOf('KENTEKEN', 'ik zag b 123 abc staan')).toEqual([]);
  });
});

describe('licence plates', () => {
  it.each([
    ['AB-12-34', 1],
    ['12-34-AB', 2],
    ['12-AB-34', 3],
    ['AB-12-CD', 4],
    ['AB-CD-12', 5],
    ['12-GBD-3', 7],
    ['1-GBD-23', 8],
    ['GZ-123-K', 9],
    ['J-123-BK', 10],
    ['XGB-12-K', 11],
    ['K-12-XGB', 12],
    ['1-XG-123', 13],
    ['123-XG-1', 14],
    ['12-AB-CD', 6],
  ])('finds %s (sidecode %i)', (plate) => {
    expect(foundOf('KENTEKEN', `De auto met kenteken ${plate} stond er weer.`)).toEqual([plate]);
  });

  it('finds plates without dashes in capitals or after a cue', () => {
    expect(foundOf('KENTEKEN', 'Een busje GZ123K reed weg.')).toEqual(['GZ123K']);
    expect(foundOf('KENTEKEN', 'kenteken was vxk12b denk ik')).toEqual(['vxk12b']);
    expect(foundOf('KENTEKEN', 'ik heb ab12cd gezien')).toEqual([]);
  });

  it('does not take a postcode or a range of ages for a plate', () => {
    expect(foundOf('KENTEKEN', 'Postcode 5038EB, jongens van 15 en 16 jaar.')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['Ze is geboren op 12 maart 2008.', '12 maart 2008'],
    ['Het gebeurde op 3-4-2021 rond middernacht.', '3-4-2021'],
    ['geboortedatum 12/03/1998', '12/03/1998'],
    ['Vanaf 14 februari is ze weg.', '14 februari'],
    ['Op zaterdag 2 september zag ik hem.', 'zaterdag 2 september'],
    ['Zijn verjaardag is 8 okt.', '8 okt.'],
    ['Hij moest op 2023-10-05 terug.', '2023-10-05'],
    ['ze verdween op 30.09.2023', '30.09.2023'],
    ['I saw her on March 12 at the station.', 'March 12'],
    ['She was born on 5 June 2007.', '5 June 2007'],
    ['on the 3rd of May 2020 it started', '3rd of May 2020'],
    ['sinds 1-5 woont ze daar', '1-5'],
    ['op de 12e januari', '12e januari'],
  ])('finds the date in %j', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });

  it('leaves months, years, ranges and opening hours alone', () => {
    const text = 'In maart en in 2019 werkte ze 3-4 dagen per week, 24/7 bereikbaar, ma-vr 09-17.';
    expect(foundOf('DATUM', text)).toEqual([]);
  });

  it.each([
    ['Ze werkt daar sinds januari 2023.', 'januari 2023'],
    ['I came here in March 2022 with a woman.', 'March 2022'],
    ['Mi hermana nació el 3 de abril de 2002 en Santo Domingo.', '3 de abril de 2002'],
  ])('masks a month with its year in %j', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });
});

describe('addresses and postcodes', () => {
  it.each([
    ['Ze woont op Kerkstraat 12a in Tilburg.', 'Kerkstraat 12a'],
    ['Op de Lange Nieuwstraat 4-II wonen tien mannen.', 'Lange Nieuwstraat 4-II'],
    ['het adres is dorpsstraat 7', 'dorpsstraat 7'],
    ['De woning aan de Van Goghstraat 112.', 'Van Goghstraat 112'],
    ['Haar adres is Burgemeester Jansenlaan 33.', 'Burgemeester Jansenlaan 33'],
    ['Het pand aan de Prins Hendrikkade 120-3.', 'Prins Hendrikkade 120-3'],
    ['woont op molenstraat 14 b in oss', 'molenstraat 14 b'],
    ['Ophalen bij Stationsplein 9B.', 'Stationsplein 9B'],
    ['Ze wonen boven de winkel op Markt 5.', 'Markt 5'],
    ['He lives at 12 Baker Street in London.', '12 Baker Street'],
    ['Ik denk dat ze op de Hoofdstraat wonen.', 'Hoofdstraat'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('does not read ordinary nouns with a number as an address', () => {
    expect(foundOf('ADRES', 'Na de vergadering 3 uur gewacht, in de supermarkt 2 keer, op de snelweg 100 km.')).toEqual([]);
  });

  it.each([
    ['3521 AB Utrecht', '3521 AB'],
    ['Postcode is 5038EB, huisnummer weet ik niet.', '5038EB'],
    ['postcode 2285gp', '2285gp'],
  ])('finds the postcode in %j', (text, postcode) => {
    expect(foundOf('POSTCODE', text)).toEqual([postcode]);
  });

  it('does not take a year and a word for a postcode', () => {
    expect(foundOf('POSTCODE', 'sinds 2023 en in 1500 km afstand, 2019 IS het begonnen')).toEqual([]);
  });
});
