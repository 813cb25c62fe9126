/**
 * Suicidal thoughts told as the deed that would end it (ADR 0006 round 20), in the languages the bot
 * meets and in English and Dutch: throwing oneself under a train or off a bridge, going to the water
 * and not coming back, everyone better off without one or with the insurance money, belongings
 * handed over "for after". 113 comes at once. Hard negatives with the same places and things (a
 * train to work, fishing at the river, an old laptop given away, a bridge in an address) stay
 * without 113. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('suicidal deeds in other languages, English and Dutch', () => {
  it.each([
    ['Polish, under a train', 'nie mam juz sily, chyba rzuce sie pod pociag na stacji w venlo'],
    ['Polish, to the river', 'pojde wieczorem do rzeki i juz nie wroce, szef i tak mnie wyrzuci'],
    ['Romanian, in front of the train', 'mi-e rusine de datorie, ma gandesc sa ma arunc in fata trenului diseara'],
    ['Romanian, off a bridge', 'vreau sa sar de pe pod, nu mai am bani sa trimit acasa'],
    ['Bulgarian, off the bridge', 'мисля да скоча от моста довечера, дългът само расте'],
    ['Ukrainian, under the train', 'хочу кинутися під потяг, бо господар забрав мої документи'],
    ['Russian, water and not come back', 'сегодня ночью пойду к морю и не вернусь, денег нет'],
    ['Russian, everyone better without me', 'долг растёт, всем будет легче без меня'],
    ['Turkish, under the train', 'borcu odeyemiyorum, kendimi trenin altina atacagim'],
    ['Spanish, to the train', 'no aguanto la deuda, voy a tirarme al tren esta noche'],
    ['Portuguese, off the bridge', 'o patrao nao paga, penso em me atirar da ponte'],
    ['Arabic, under the train', 'الديون كثيرة، سأرمي نفسي تحت القطار'],
    ['Hungarian, before the train', 'nem birom tovabb, a vonat ele ugrok holnap reggel'],
    ['English, into the sea', 'my brother texted that he is going to walk into the sea and never come back, the gang wants 5000 from him'],
    ['English, the insurance money', 'honestly my wife would be better with the life insurance than with me and my debts'],
    [
      'English, things kept for after',
      "my flatmate left me her bank card and her rings 'for after' and has not answered her phone since this morning",
    ],
    ['Dutch, to the water', 'mijn broer zei dat hij naar de rivier gaat en niet meer terugkomt, de baas heeft al zijn loon ingehouden'],
    ['Dutch, soon not needed', 'ze gaf me haar horloge en haar jas, ze zei dat ze ze straks niet meer nodig heeft'],
  ])('gets 113 at once: %s', (_kind, text) => {
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(true);
    expect(danger.level).toBe('acute');
  });

  it.each([
    ['Polish, the train to work', 'codziennie jezdze pociagiem do szklarni, szef placi za malo'],
    ['Russian, the sea on a day off', 'в воскресенье мы ездим к морю, хозяин даёт выходной'],
    ['Spanish, the train home', 'manana tomo el tren a casa para ver a mi madre'],
    ['English, fishing at the river', 'on sundays we walk to the river to fish, the farm gives us the afternoon off'],
    ['English, an old laptop given away', 'i gave my old phone to my niece because i got a new one from work'],
    ['Dutch, swimming', 'zaterdag gaan we met de kinderen naar het water om te zwemmen'],
    ['Dutch, an address by a bridge', 'het huis staat vlak bij de brug over het kanaal, nummer weet ik niet'],
  ])('no 113: %s', (_kind, text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});
