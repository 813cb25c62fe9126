import { numberWordDigits } from '../../../src/anonymiser/detectors/phone';
import { found, foundOf } from './helpers';

describe('phone numbers written in words or with odd spacing', () => {
  it('reads Dutch and English number words', () => {
    expect(['nul', 'zes', 'twaalf', 'vierendertig', 'achtenzeventig', 'one', 'oh'].map(numberWordDigits)).toEqual([
      '0',
      '6',
      '12',
      '34',
      '78',
      '1',
      '0',
    ]);
    expect(numberWordDigits('kast')).toBeUndefined();
  });

  it.each([
    ['mijn nummer is nul zes een twee drie vier vijf zes zeven acht', 'nul zes een twee drie vier vijf zes zeven acht'],
    ['het nummer was 06 twee vier zes acht een drie vijf zeven of zoiets', '06 twee vier zes acht een drie vijf zeven'],
    ['Mijn nummer is 06-twaalf-vierendertig-zesenvijftig-achtenzeventig.', '06-twaalf-vierendertig-zesenvijftig-achtenzeventig'],
    ['je kan hem bereiken op zes een twee drie vier vijf zes zeven acht met 06 ervoor', 'zes een twee drie vier vijf zes zeven acht'],
    ['Ik heb een tweede telefoon, 06 4 3 2 1 9 8 7 6.', '06 4 3 2 1 9 8 7 6'],
    ['Zijn nummer: 0 6 1 9 2 8 3 7 4 6.', '0 6 1 9 2 8 3 7 4 6'],
  ])('finds the number in %j', (text, phone) => {
    expect(foundOf('TELEFOON', text)).toEqual([phone]);
  });

  it('leaves counting and ordinary number words alone', () => {
    expect(found('we waren met twee of drie mensen, een vijf zes keer')).toEqual([]);
    expect(found('Een twee drie, ik tel tot tien.')).toEqual([]);
  });
});

describe('e-mail addresses written to fool a scraper', () => {
  it.each([
    'piet.jansen at gmail dot com',
    'sanne[at]hotmail[dot]nl',
    'mo (at) outlook (punt) com',
    'kasia punt nowak apenstaartje wp punt pl',
    'ana.popescu @ yahoo . ro',
    'info [at] sweetgirls-escort [dot] com',
  ])('finds %j whole', (email) => {
    expect(foundOf('EMAIL', `mail naar ${email} als het kan`)).toEqual([email]);
  });

  it('needs a known top-level domain', () => {
    expect(foundOf('EMAIL', 'ik was at work punt uit')).toEqual([]);
  });
});

describe('handles with and without "@"', () => {
  it.each([
    ['Op insta heet ze lotje.xx.', 'lotje.xx'],
    ['zijn snap is mo_010', 'mo_010'],
    ['Ze heeft een OnlyFans, sweetsofia, die door haar vriend wordt beheerd.', 'sweetsofia'],
    ['Hij stuurt haar berichten via snapchat, zijn naam daar is kingdavid_22.', 'kingdavid_22'],
    ['Op Instagram volgt ze money_maker_nl en die stuurt haar berichten.', 'money_maker_nl'],
    ['king_kev010 stuurt haar elke nacht berichten.', 'king_kev010'],
  ])('finds the handle in %j', (text, handle) => {
    expect(foundOf('HANDLE', text)).toEqual([handle]);
  });
});
