/**
 * Round 38 (ADR 0006): a thought of ending one's life told by its means, a time chosen or a farewell,
 * with no words of a wish, is suicidal whatever the suicide model's score (112 with 113); a work
 * deadline, a dying phone battery, a story from long ago, a film, a train to work tonight, pills a
 * boss hands out and a knife someone draws are not. Sentences written for this test (none is in the
 * corpus or a tuning set).
 */
import { thoughtOfNowByMeans } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const byMeans = (text: string) => thoughtOfNowByMeans(screen.reader.readForDanger(text), screen.bundle.vocabulary.suicide);

describe('a thought told by its means, time or farewell', () => {
  it.each([
    // A means at hand with a time of now or a time chosen, the writer's own or someone's told.
    'Ik werk in een kas bij Venlo en de baas houdt mijn loon in. Ik heb net alle slaappillen uit de la voor me neergelegd.',
    'My cousin works on a fishing boat and they never pay him. He called me, he says he is holding the rat poison and will drink it tonight.',
    'Mijn collega zegt dat ze vanavond van de brug springt, ze moet nog 8000 euro terugbetalen aan de man die haar hierheen bracht.',
    // A farewell sent, and then no answer.
    'Mijn nichtje van 19 appte me net: "bedankt voor alles, jij was altijd lief voor me". Ze moet voor een man in Breda werken. Ze neemt niet meer op.',
    // An ending with no wish named beside a time chosen, or nobody missing one beside a means.
    'I clean houses for a woman who keeps my wages. After tonight there will be no more problems for anyone.',
  ])('is suicidal: "%s"', (text) => {
    expect(byMeans(text)).toBe(true);
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each([
    // Hungarian: the rope in the wardrobe, tonight everything ends.
    'A raktárban dolgozom Tilburgban, a főnök elvette a fizetésemet. A kötél ott van a szobámban, ma este vége lesz mindennek.',
    // Turkish: after this message I will go to the bridge, nobody will miss me.
    'Kasapta çalışıyorum, maaş yok. Bu mesajı yazdıktan sonra köprüye gideceğim, kimse özlemez.',
    // Ukrainian: today I wrote a farewell letter to my sister.
    'Я працюю в теплиці, господар забрав паспорт. Сьогодні я написала сестрі прощального листа.',
  ])('is suicidal in another language, the person in the verb: "%s"', (text) => {
    expect(byMeans(text)).toBe(true);
    expect(screen.assess(text).suicidal).toBe(true);
  });
});

describe('means, times and goodbyes of ordinary life', () => {
  it.each([
    [
      'a work deadline',
      'Vanavond moet de hele bestelling de deur uit, anders ontslaat de baas me. Maar mijn vraag gaat over mijn collega die geen loon krijgt.',
    ],
    ['a train to work tonight', 'Ik neem vanavond de trein naar Utrecht voor mijn nachtdienst, mijn uitzendbureau betaalt de reis niet.'],
    ['pills a boss hands out', 'The boss gives us pills tonight so we can keep working until the morning.'],
    ['pills she is made to take', 'Mijn vriendin zegt dat ze vanavond pillen moet nemen van haar pooier voordat de klanten komen.'],
    [
      'painkillers for an injury withheld',
      'He fell from the ladder today and broke his arm. The boss says take paracetamol and keep working, no doctor.',
    ],
    [
      'a story from long ago',
      'Tien jaar geleden heb ik in dat huis een keer alle pillen verzameld. Nu gaat het goed met me, ik wil mijn verhaal vertellen.',
    ],
    ['a film', 'In de film van gisteravond sprong een meisje van de brug omdat ze niet weg kon bij haar pooier. Hoe herken je dat?'],
    ['a thanks at the end of a chat', 'Bedankt voor alles, ik bel morgen het nummer dat jullie gaven.'],
  ])('is no thought of now: %s', (_kind, text) => {
    expect(byMeans(text)).toBe(false);
    expect(screen.assess(text).suicidal).toBe(false);
  });

  // The suicide model weighs a farewell word or "gone" beside "tomorrow" or "tonight" on its own (the
  // framed route, round 24) and reads these two as suicidal; the rule of this round adds nothing to it.
  it.each([
    'My battery is almost dead, 2 percent, so I will be quick: my sister works in a club and the owner takes all her money. Goodbye for now, I will write tomorrow.',
    'My lease ends tonight and I will be gone by midnight, so I am writing about our cleaner before I leave.',
  ])('reads no thought of its own in "%s"', (text) => {
    expect(byMeans(text)).toBe(false);
  });
});
