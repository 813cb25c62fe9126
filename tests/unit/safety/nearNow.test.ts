/**
 * ADR 0006 round 18: a danger told for today, tonight or now in its own sentence stays found whatever
 * distance the rest of the message holds; each kind of distance still lowers a danger told only at a
 * distance; a time alone, a denial or a calm introduction is no reason for 112 or the danger question.
 * Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { nearDanger } from '../../../src/safety/nearNow';
import { awayFromNow } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const near = (text: string) => nearDanger(reader.readForDanger(text));
const screen = testScreen();

describe('nearDanger', () => {
  it.each([
    [
      'tonight, past and a feared report beside it (nl)',
      'ik ben een paar keer bij haar geweest via een site. ze liet me lezen: vannacht brengen ze mij naar een ander land. krijg ik problemen als ik dit meld?',
    ],
    [
      'tonight, told from abroad (en)',
      'my aunt in ghana says they will hurt her if i stop paying, and tonight the man here moves my cousin to another city',
    ],
    [
      'still there now, past beside it (nl)',
      'twee jaar geleden zat ze er ook al. nu zit ze nog steeds in dat huis en hij laat haar niet weg',
    ],
    ['today, later date beside it (en)', 'next month they want more money. but today the driver hit him and he is bleeding in the van'],
  ])('reads the danger as near: %s', (_kind, text) => {
    expect(near(text)).toBe(true);
  });

  it.each([
    ['only the past', 'vorig jaar sloot de baas ons op in de loods'],
    ['a what-if in the sentence of the danger', 'what if they lock her in tonight, what would you do then?'],
    ['a denial in the sentence of the time', 'nee hoor, niemand is vanavond in gevaar'],
    ['a time with no danger named', 'ik bel vanavond wel even terug'],
  ])('reads no near danger: %s', (_kind, text) => {
    expect(near(text)).toBe(false);
  });
});

describe('the screen: tonight stays found despite distance', () => {
  it.each([
    'ik ben een keer klant geweest bij een meisje in een flat. ze typte in haar telefoon: vannacht halen ze mij hier weg naar buitenland. kan ik dit anoniem doorgeven?',
    'I was her customer once, last month. She showed me a message on her phone: tonight they take me to another country. Will I get in trouble if I tell you?',
  ])('is never silent: "%s"', (text) => {
    expect(screen.assess(text).level).not.toBe('none');
  });
});

describe('the screen: each distance alone lowers a danger told at a distance', () => {
  it.each([
    ['past, nl', 'vorige zomer sloot de voorman ons s nachts op in de keet'],
    ['past, en', 'two years ago the landlord locked us in the basement for a weekend'],
    ['abroad, nl', 'in bulgarije slaan ze mijn oom als ik niet betaal'],
    ['abroad, en', 'back home in nigeria they threaten my father every month'],
    ['later, nl', 'over een paar maanden wil hij haar opsluiten bij zijn familie'],
    ['later, en', 'next summer he wants to keep her in his brothers flat to work for him'],
  ])('is away from now: %s', (_kind, text) => {
    expect(awayFromNow(reader.readForDanger(text))).toBe(true);
    expect(screen.assess(text).level).not.toBe('acute');
  });
});

describe('the screen: calm turns', () => {
  it.each([
    'Ik ben jeugdverpleegkundige bij het consultatiebureau',
    'Hallo, ik werk als ambulant begeleider bij een zorgorganisatie',
    'Hi, I am a school counsellor at a secondary school',
    'hello, i volunteer at a community kitchen on saturdays',
  ])('a calm introduction is under the unsure band: "%s"', (text) => {
    expect(screen.assess(text).level).toBe('none');
  });

  it.each([
    ['thanks with a time (en)', "Thank you, I'll ring them tomorrow from work."],
    ['thanks with a time (nl)', 'dank je wel, ik ga er vanavond over nadenken'],
    ['a denial with a time (nl)', 'Nee, er is nu geen gevaar, hij is vandaag gewoon naar zijn werk'],
    ['a denial with a time (en)', 'no, nobody is in danger tonight, she sleeps at my place'],
    ['a question about the police coming at once (nl)', 'als ik het doorgeef, staat de politie dan meteen bij hem op de stoep?'],
  ])('is no 112 at once: %s', (_kind, text) => {
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('does not read "I\'ll" as ill', () => {
    const read = reader.readForDanger("ok, I'll ask my manager tomorrow and let you know");
    expect(read.situations.some((h) => h.concept === 'illness')).toBe(false);
    expect(reader.readForDanger('she is ill and they give her no medicine').situations.some((h) => h.concept === 'illness')).toBe(true);
  });

  it('reads someone held until a debt is paid as confined, and a lesson announced as a threat', () => {
    const has = (text: string, concept: string) => reader.readForDanger(text).situations.some((h) => h.concept === concept && !h.negated);
    expect(has('ze zeggen dat mijn broer bij hen blijft totdat ik alles betaald heb', 'confined')).toBe(true);
    expect(has('they say they keep my daughter until we pay the rest', 'confined')).toBe(true);
    expect(has('he said he would teach her a lesson when she comes home', 'threat')).toBe(true);
  });

  it('reads "of ik" as a threat only before a blow, not in a question whether', () => {
    const threat = (text: string) => reader.readForDanger(text).situations.some((h) => h.concept === 'or_else' && !h.negated);
    expect(threat('ze vroeg me of ik wist waar het station was')).toBe(false);
    expect(threat('geef me het geld, of ik sla je')).toBe(true);
  });
});
