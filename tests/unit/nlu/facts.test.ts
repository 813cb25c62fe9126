import {
  estimatedMinor,
  extractFacts,
  guessedAgeRange,
  NO_PLACES,
  rangeMinor,
  readAge,
  readChainedRelation,
  readMinor,
  readAgedRelation,
  readNeighbourByPlace,
  readOtherRelation,
  readRelation,
  readRoleRelation,
  schoolMinor,
  stretchOfTimeOnly,
  withoutDeniedPerson,
  withoutWritersAge,
} from '../../../src/nlu/facts/facts';
import type { MessageGuess } from '../../../src/nlu/model/messageModels';
import { testReader } from '../../support/reader';
import type { AboutWhom } from '../../../src/understanding/understanding';
import { normaliseText } from '../../../src/safety/normalise';

const age = (text: string, bare = false) => readAge(normaliseText(text), bare);
const minor = (text: string) => readMinor(normaliseText(text));
const relation = (text: string, bare = false) => readRelation(normaliseText(text), bare);

/** The facts of a story told to the bot, with the model's guess of who and how young set by the test. */
function storyFacts(text: string, guess: Pick<MessageGuess, 'aboutWhom' | 'minor'>) {
  const read = testReader().readForDanger(text);
  return extractFacts(
    {
      text,
      read,
      guess: {
        intent: { intent: 'describe_concern', score: 0.9, intents: {} },
        form: { form: 'unknown', score: 0.5 },
        relation: { relation: null, score: 0 },
        questions: [],
        ...guess,
      },
      signals: [],
      awaiting: null,
    },
    NO_PLACES,
  );
}

describe('age', () => {
  it.each([
    ['mijn dochter van 15 komt niet thuis', 15],
    ['ze is 16 en heeft een vriend van 23', 16],
    ['mijn neefje (14) moet pakketjes brengen', 14],
    ['een 17-jarige jongen', 17],
    ['my son is 13 years old', 13],
    ['im 15 and he has pics of me', 15],
    ['a girl aged 12', 12],
    ['I am from the Philippines, 38. I came with the family', 38],
  ])('%p → %d', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it.each([
    'hij werkt 15 uur per dag',
    'ze betaalt 40 euro per week',
    'al 12 jaar in nederland',
    'het gebeurde 3 jaar geleden',
    'we wonen met 9 man in een huis',
    'for 12 hours a day',
    'er staan nu 11 bedden in een huis voor 5 personen',
    'van 9 uur s ochtends tot 10 uur s avonds',
    'I work from 11 in the morning until 1 at night',
  ])('reads no age in %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it.each([
    'het was een rit van 60',
    'een taxirit van 45 naar het werk',
    'ik kreeg een boete van 50',
    'de huur is 45 per week',
    'het uurloon is maar 8',
    'een werkdag van 14 zonder pauze',
    'de afstand is 20',
    'hij heeft een schuld van 80 bij hen',
    'we werken in een groep van 12',
    'the ride of 60 was paid by the boss',
    'I got a fine of 50',
    'he has a debt of 80',
    'the rent is 45 a week',
    'a shift of 14 without a break',
    'a team of 20 on the farm',
  ])('reads no age where the number measures the thing named before it: %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it('still reads the age of a person named before the number', () => {
    expect(age('mijn buur van 45 doet raar')).toBe(45);
    expect(age('een Brit van 30 haalt haar op')).toBe(30);
    expect(age('a girl of 14 in a car')).toBe(14);
    expect(age('the girl in my group is 15')).toBe(15);
    expect(age('ze heeft een vriend van 19 en is 14')).toBe(14);
  });

  it.each([
    ['fiica mea are 20 de ani', 20],
    ['corka ma 20 lat', 20],
    ['córka ma 22 lata', 22],
    ['тя е на 20 години', 20],
    ['тя е на 17', 17],
    ['ей 20 лет', 20],
    ['ему 21 год', 21],
    ['їй 20 років', 20],
    ['йому 21 рік', 21],
    ['mi hija tiene 20 años', 20],
    ['ela tem 20 anos', 20],
    ['عمرها 20 سنة', 20],
    ['عمرها ٢٠ عاما', 20],
    ['عمري 19', 19],
    ['a lányom 20 éves', 20],
    ['kızım 15 yaşında', 15],
  ])('reads an age in the shape of another language: %p → %d', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it.each(['20 лет назад', 'od 20 lat pracuje tutaj', 'hace 20 años', 'acum 20 de ani', 'منذ 20 سنة', 'há 20 anos'])(
    'reads no age in a stretch of time in another language: %p',
    (text) => {
      expect(age(text)).toBeNull();
    },
  );

  it('reads a message that is only a number as an age, and a short answer when the age was asked', () => {
    expect(age('15')).toBe(15);
    expect(age('15 denk ik', true)).toBe(15);
    expect(age('15 denk ik')).toBeNull();
    expect(age('15 uur', true)).toBeNull();
    expect(age('112')).toBeNull();
  });

  it('reads a guess written short ("ong. 14", "ca. 13") as under 18, without an age', () => {
    expect(estimatedMinor(normaliseText('3 meisjes van ong. 14 stappen uit een busje'))).toBe(true);
    expect(estimatedMinor(normaliseText('een jongen van ca. 13 bij de deur'))).toBe(true);
    expect(age('3 meisjes van ong. 14 stappen uit een busje')).toBeNull();
  });

  it('takes a guess for no age, and the age now over an earlier one', () => {
    expect(age('een jongen van een jaar of 13')).toBeNull();
    expect(age('a boy maybe 12 is stealing')).toBeNull();
    expect(age('ik was 14 toen het begon, nu ben ik 18')).toBe(18);
  });
});

describe('ages told in passing (once read by a second reader in the triage, src/triage/toldAge.ts)', () => {
  it('reads the answer to "how old", the writer\'s own age and "N years"', () => {
    expect(age('ik vroeg hoe oud hij was en hij zei 16, heel zachtjes')).toBe(16);
    expect(age('een andere medewerker zei toen ik vroeg hoe oud ze is: 16')).toBe(16);
    expect(age('Goedemiddag. ik ben een man van 58 uit heerenveen')).toBe(58);
    expect(age('hi. i am from eritrea, 19 years. i have status since 1 year')).toBe(19);
  });

  it.each([
    'ik werk hier al 2 jaar',
    'I worked 5 years in Poland',
    'it started 3 years ago',
    'we are married 12 years now',
    'I was 9 years here',
  ])('does not take a time for an age: %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it.each([
    'lucrez aici de 15 ani si seful nu ma plateste',
    'sunt in olanda de 12 ani',
    'pracuję tu od 15 lat',
    '15 yıldır burada çalışıyorum',
    '15 yildir burada calisiyorum',
    'llevo 15 años aquí',
    'trabalho aqui há 15 anos',
  ])('reads no age in a stretch of years in another language: %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it('still reads the Romanian "de N ani" said of a person', () => {
    expect(age('o fată de 15 ani lucrează la noi')).toBe(15);
    expect(age('fiica mea de 16 ani nu vine acasa')).toBe(16);
  });

  it('takes a guess that the person looks a child as under 18, without an age', () => {
    const reader = testReader();
    const text = 'man van rond de 40 met een meisje, zij zag eruit als 14 15 max';
    const facts = extractFacts(
      {
        text,
        read: reader.readForDanger(text),
        guess: {
          intent: { intent: 'describe_concern', score: 0.9, intents: {} },
          form: { form: 'unknown', score: 0.5 },
          aboutWhom: { aboutWhom: 'other', score: 0.9 },
          relation: { relation: null, score: 0 },
          minor: { minor: false, score: 0.9 },
          questions: [],
        },
        signals: [],
        awaiting: null,
      },
      NO_PLACES,
    );
    expect(facts).toMatchObject({ aboutWhom: 'other', minor: true });
    expect(facts.age).toBeUndefined();
  });
});

describe('a relative named with an age', () => {
  it.each([
    ['mijn nichtje van 15 zit op een groep in zeist', 'extended_family'],
    ['Mijn kleinzoon (15) heeft sinds kort een nieuwe scooter', 'grandchild'],
    ['mijn neefje van 13 woont bij zijn moeder', 'extended_family'],
    ['zoon van 17 zit al maanden in iets met drugs', 'child'],
    ['my sister, 16, works in a salon', 'sibling'],
  ])('%p is %s', (text, expected) => {
    expect(readAgedRelation(normaliseText(text))).toBe(expected);
  });

  it.each([
    'mijn vriend (28) heeft schulden',
    'mijn man van 40 werkt daar',
    'een jongen van 13 staat hier',
    'maar mijn dochter van 3 is nog daar',
  ])('leaves %p to the other rules', (text) => {
    expect(readAgedRelation(normaliseText(text))).toBeNull();
  });

  it('wins over the model, which took a niece for a client', () => {
    const reader = testReader();
    const text = 'mijn nichtje van 15 zit op een groep en wordt vanavond opgehaald';
    const facts = extractFacts(
      {
        text,
        read: reader.readForDanger(text),
        guess: {
          intent: { intent: 'describe_concern', score: 0.9, intents: {} },
          form: { form: 'unknown', score: 0.5 },
          aboutWhom: { aboutWhom: 'other', score: 0.9 },
          relation: { relation: 'client', score: 0.7 },
          minor: { minor: true, score: 0.9 },
          questions: [],
        },
        signals: [],
        awaiting: null,
      },
      NO_PLACES,
    );
    expect(facts.relation).toBe('extended_family');
  });

  it("reads a partner's sister as extended family, and the family the writer lives under or above as neighbours", () => {
    expect(readChainedRelation(normaliseText("My girlfriend's sister (20) works at a massage place"))).toBe('extended_family');
    expect(readNeighbourByPlace(normaliseText('ik woon op de verdieping onder een gezin in capelle'))).toBe('neighbour');
  });
});

describe('the age of a second person the story brings in', () => {
  it('reads the age of the person it is about, not of "een vriend van 19" beside them', () => {
    expect(age('mijn nicht heeft een vriend van 23 en ze is 15')).toBe(15);
    expect(age('een man van 40 haalt haar elke dag op, ze is 16')).toBe(16);
    expect(age('my sister is 16 and she is dating a guy of 25')).toBe(16);
  });

  it('still reads "een meisje van 15" when that is the only age', () => {
    expect(age('ik maak me zorgen om een jongen van 14 uit mijn straat')).toBe(14);
  });

  it('reads an age in Turkish also with the dotless i', () => {
    expect(age('Kızım 17 yaşında')).toBe(17);
  });
});

describe('minor without a number', () => {
  it.each([
    'ze zit in groep 8',
    'hij zit in de tweede klas',
    'ze doet havo 3',
    'he is in year 9',
    'ze is minderjarig',
    'my daughter is a teenager',
    'ik ben trainer van een JO15 team',
    'er worden brugklassers gevraagd hun bankpas uit te lenen',
  ])('%p is a minor', (text) => {
    expect(minor(text)).toBe(true);
  });

  it('reads adults and says nothing when nothing is said', () => {
    expect(minor('het gaat om een volwassen vrouw')).toBe(false);
    expect(minor('ze is niet minderjarig')).toBe(null);
    expect(minor('mijn buurman werkt in de kas')).toBeNull();
  });
});

describe('minor from school words', () => {
  const school = (text: string, relation?: Parameters<typeof schoolMinor>[1]['relation']) =>
    schoolMinor(normaliseText(text), relation ? { relation } : {});
  it.each([
    'een meisje uit mijn klas komt elke dag met nieuwe spullen',
    // Chat Dutch writes "me" for "mijn".
    'ff vragen voor iemand uit me klas, hij doet dingen voor oudere gasten',
    'mijn klasgenoot wordt na school opgewacht door oudere jongens',
    'hij zit bij mij in de klas',
    'ze zit in de tweede klas en spijbelt veel',
    'my classmate has a much older boyfriend',
    'a boy in my class sells stuff for older guys',
    'he skips school and comes home with cash',
    'ze wordt elke dag bij school opgehaald door een man in een audi',
  ])('%p tells a minor', (text) => {
    expect(school(text)).toBe(true);
  });

  it.each([
    'een studente van mijn klas op het mbo werkt elke nacht',
    'my classmate at uni works nights as a hostess',
    'op het schoolplein hoorde ik van een andere moeder over een huis vol mannen',
    'een oud-klasgenoot van me werkt nu voor een vriend die al haar geld houdt',
  ])('%p tells no minor', (text) => {
    expect(school(text)).toBeNull();
  });

  it('never of someone only adults are to the writer', () => {
    expect(school('de moeder van een jongen uit mijn klas moet voor niks werken', 'parent')).toBeNull();
  });
});

describe('relation said with a possessive', () => {
  it.each([
    ['mijn dochter komt niet thuis', 'child'],
    ['mn nichtje moet pakketjes rondbrengen', 'extended_family'],
    ['my little brother has a new phone', 'sibling'],
    ['onze buurvrouw hoort gegil', 'neighbour'],
    ['een collega van mij', 'colleague'],
    ['my colleague sleeps at the factory', 'colleague'],
  ] as const)('%p → %s', (text, expected) => {
    expect(relation(text)).toBe(expected);
  });

  it("an au pair's host family is no kin of hers (convo19)", () => {
    expect(relation('my host dad reads my messages')).toBeNull();
    expect(relation('our host parents keep the keys')).toBeNull();
    expect(relation('my mum in Manila does not know')).toBe('parent');
  });

  it('reads a bare answer to the relation question', () => {
    expect(relation('nichtje', true)).toBe('extended_family');
    expect(relation('nichtje')).toBeNull();
  });
});

describe('relation told through someone else, a role or a place', () => {
  it.each([
    ['de dochter van mijn buren komt niet meer buiten', 'neighbour'],
    ["my neighbour's son gets picked up every night", 'neighbour'],
    ['the son of my neighbours has a new scooter', 'neighbour'],
    ['de zoon van mijn zus moet pakketjes wegbrengen', 'extended_family'],
    ["my husband's brother came from Moldova", 'extended_family'],
    ['mijn zus haar dochter is 15', 'extended_family'],
    ["my partner's son is 14", 'child'],
    ['een vriendinnetje van mijn dochter wordt opgehaald', 'acquaintance'],
    ["my son's friend always has cash", 'acquaintance'],
  ] as const)('%p → %s', (text, expected) => {
    expect(readChainedRelation(normaliseText(text))).toBe(expected);
  });

  it('leaves a perpetrator named through the person to the other rules', () => {
    expect(readChainedRelation(normaliseText('de pooier van mijn zus staat voor de deur'))).toBeNull();
    expect(readChainedRelation(normaliseText("my sister's boyfriend takes her money"))).toBeNull();
    expect(readChainedRelation(normaliseText('mijn dochter komt niet thuis'))).toBeNull();
  });

  it('reads a colleague named without a possessive', () => {
    expect(readRoleRelation(normaliseText('stel dat een collega van mij geen loon krijgt'), 'other')).toBe('colleague');
    expect(readRoleRelation(normaliseText('a new coworker at the warehouse sleeps in the van'), 'other')).toBe('colleague');
    expect(readRoleRelation(normaliseText('de baas van de kas houdt de paspoorten'), 'other')).toBeNull();
  });

  it('reads a classmate, and a pupil or client when a professional writes', () => {
    const role = (text: string, about: 'self' | 'other' | 'professional') => readRoleRelation(normaliseText(text), about);
    expect(role('een jongen uit mijn klas heeft ineens 500 euro', 'other')).toBe('classmate');
    expect(role('a girl in my class gets picked up by older guys', 'other')).toBe('classmate');
    expect(role('een jongen uit mijn klas heeft ineens 500 euro', 'professional')).toBe('pupil');
    expect(role('trainer hier, een speler van 14 mist trainingen', 'professional')).toBe('pupil');
    expect(role('Cliënte (31) vertelde net dat ze een schuld afbetaalt', 'professional')).toBe('client');
    expect(role('Cliënte (31) vertelde net dat ze een schuld afbetaalt', 'other')).toBeNull();
  });

  it('reads the neighbour from where they live, not from sitting beside the writer', () => {
    expect(readNeighbourByPlace(normaliseText('naast ons wonen 8 mannen in 1 huis'))).toBe('neighbour');
    expect(readNeighbourByPlace(normaliseText('i hear him hit her through the wall'))).toBe('neighbour');
    expect(readNeighbourByPlace(normaliseText('het meisje naast me in de salon fluisterde'))).toBeNull();
  });

  it('lets a chained relation win over the model, and the model over the place', () => {
    const reader = testReader();
    const factsOf = (text: string, relationGuess: MessageGuess['relation']) =>
      extractFacts(
        {
          text,
          read: reader.readForDanger(text),
          guess: {
            intent: { intent: 'describe_concern', score: 0.9, intents: {} },
            form: { form: 'unknown', score: 0.5 },
            aboutWhom: { aboutWhom: 'other', score: 0.9 },
            relation: relationGuess,
            minor: { minor: null, score: 0.9 },
            questions: [],
          },
          signals: [],
          awaiting: null,
        },
        NO_PLACES,
      );
    expect(factsOf('de dochter van mijn buren wordt elke avond opgehaald', { relation: 'child', score: 0.8 }).relation).toBe('neighbour');
    expect(factsOf('naast ons woont mijn vriendin', { relation: 'friend', score: 0.8 }).relation).toBe('friend');
    expect(factsOf('naast ons wonen 8 mannen in 1 huis', { relation: null, score: 0.8 }).relation).toBe('neighbour');
  });
});

describe('adult only when it is clear', () => {
  const reader = testReader();
  const factsOf = (
    text: string,
    aboutWhom: AboutWhom | null,
    relationGuess: MessageGuess['relation'] = { relation: null, score: 0.9 },
    minorGuess: MessageGuess['minor'] = { minor: null, score: 0.9 },
  ) =>
    extractFacts(
      {
        text,
        read: reader.readForDanger(text),
        guess: {
          intent: { intent: 'describe_concern', score: 0.9, intents: {} },
          form: { form: 'unknown', score: 0.5 },
          aboutWhom: { aboutWhom, score: 0.9 },
          relation: relationGuess,
          minor: minorGuess,
          questions: [],
        },
        signals: [],
        awaiting: null,
      },
      NO_PLACES,
    );

  // The writers leave a worker's age unknown unless it is said (labelling guide: false only when
  // clearly adult); until safety13 these were read as adult.
  it.each([
    'ik werk in een kas in het westland en de baas heeft mijn paspoort',
    'I work as a nanny for a family in Wassenaar',
    'pracuję w magazynie w Venlo przez agencję',
  ])('tells no age of a writer at work about themselves: %p', (text) => {
    expect(factsOf(text, 'self').minor).toBeUndefined();
  });

  it('tells no age of a colleague or a partner from the relation alone', () => {
    expect(factsOf('mijn collega is flauwgevallen aan de band', 'other', { relation: 'colleague', score: 0.9 }).minor).toBeUndefined();
    expect(factsOf('ik ga het morgen met mijn man bespreken', null, { relation: 'partner', score: 0.9 }).minor).toBeUndefined();
  });

  it("takes the model's adult only when it is surer than for a minor", () => {
    const text = 'mijn buurman werkt in de kas en slaapt in een caravan van de baas';
    expect(factsOf(text, 'other', undefined, { minor: false, score: 0.6 }).minor).toBeUndefined();
    expect(factsOf(text, 'other', undefined, { minor: false, score: 0.8 }).minor).toBe(false);
    expect(factsOf(text, 'other', undefined, { minor: true, score: 0.6 }).minor).toBe(true);
  });

  it('still reads an adult or a minor said in words', () => {
    expect(factsOf('ik werk na school in een snackbar, ik zit in de derde klas', 'self').minor).toBe(true);
    expect(factsOf('ik ben 16 en ik werk elke avond in een kapsalon', 'self').minor).toBe(true);
    expect(factsOf('ik werk in een kas, ik ben 34', 'self')).toMatchObject({ age: 34, minor: false });
    expect(factsOf('mijn zus is volwassen en werkt in een club', 'other').minor).toBe(false);
  });
});

describe('relation in the languages labour migrants write in', () => {
  it.each([
    ['Polish', 'mój syn pracuje w szklarni', 'child'],
    ['Romanian', 'sora mea lucreaza intr-un hotel', 'sibling'],
    ['Bulgarian', 'съпругът ми работи на строеж', 'partner'],
    ['Ukrainian', 'моя сестра поїхала працювати', 'sibling'],
    ['Turkish', 'kuzenim bir kafede çalışıyor', 'extended_family'],
    ['Spanish', 'mi hermano trabaja en un invernadero', 'sibling'],
    ['Portuguese', 'o meu filho trabalha numa fábrica', 'child'],
    ['Hungarian', 'a kollégám leesett az állványról', 'colleague'],
    ['Arabic', 'أخي يعمل في مطعم', 'sibling'],
  ] as const)('%s: %p → %s', (_language, text, expected) => {
    expect(readOtherRelation(normaliseText(text))).toBe(expected);
  });

  it('the first one named counts', () => {
    expect(readOtherRelation(normaliseText('moja córka i mój brat'))).toBe('child');
  });

  it('names no relation where there is none', () => {
    for (const text of ['pracuję w magazynie w Venlo', 'trabajo limpiando casas', 'работя в склад', 'mijn dochter', 'my friend'])
      expect(readOtherRelation(normaliseText(text))).toBeNull();
  });
});

describe('under 18 read only by the model', () => {
  const reader = testReader();
  const guess = (aboutWhom: AboutWhom, minorScore: number): MessageGuess => ({
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'labour_exploitation', score: 0.9 },
    aboutWhom: { aboutWhom, score: 0.9 },
    relation: { relation: null, score: 0 },
    minor: { minor: true, score: minorScore },
    questions: [],
  });
  const factsOf = (text: string, g: MessageGuess) =>
    extractFacts({ text, read: reader.readForDanger(text), guess: g, signals: [], awaiting: null }, NO_PLACES);

  it('needs a surer model about the writer than about someone else', () => {
    const text = 'I work in a restaurant from 11 in the morning until 1 at night';
    expect(factsOf(text, guess('self', 0.7)).minor).toBeUndefined();
    expect(factsOf(text, guess('self', 0.9)).minor).toBe(true);
    expect(factsOf(text, guess('other', 0.7)).minor).toBe(true);
  });
});

describe("the age of the person the worry is about, not the writer's", () => {
  const reader = testReader();
  const guess = (aboutWhom: AboutWhom | null): MessageGuess => ({
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'unknown', score: 0.5 },
    aboutWhom: { aboutWhom, score: 0.9 },
    relation: { relation: null, score: 0 },
    minor: { minor: null, score: 0 },
    questions: [],
  });
  const factsOf = (text: string, about: AboutWhom | null) =>
    extractFacts({ text, read: reader.readForDanger(text), guess: guess(about), signals: [], awaiting: null }, NO_PLACES);

  it("leaves out the writer's own age when the message is about someone else", () => {
    expect(factsOf('Ik ben een opa van 78. Mijn kleindochter van 16 woont in een leefgroep.', 'other')).toMatchObject({
      age: 16,
      minor: true,
    });
    expect(factsOf('Ik ben 45 en mijn buurman werkt elke dag in de kas.', 'other').age).toBeUndefined();
    expect(factsOf('ik ben 34. mijn baas houdt mijn paspoort', 'self').age).toBe(34);
  });

  it('reads an age in words and an age range, also in words quoted from the person', () => {
    expect(factsOf("Ze zei in het Engels 'I am sixteen, I want to go home'.", 'other')).toMatchObject({ age: 16, minor: true });
    expect(factsOf('mijn dochter is zestien', 'other').age).toBe(16);
    expect(factsOf('Een jonge vrouw, ik schat begin twintig, komt elke week.', 'other').minor).toBe(false);
    expect(factsOf('Ik zag een jongen afwassen, ik schat hem 14, hooguit 15.', 'other').minor).toBe(true);
  });
});

describe('a child named in a question in general', () => {
  const reader = testReader();
  const guess = (aboutWhom: AboutWhom | null): MessageGuess => ({
    intent: { intent: 'ask_signals', score: 0.9, intents: {} },
    form: { form: 'unknown', score: 0.5 },
    aboutWhom: { aboutWhom, score: 0.9 },
    relation: { relation: null, score: 0 },
    minor: { minor: null, score: 0 },
    questions: [],
  });
  const factsOf = (text: string, about: AboutWhom | null) =>
    extractFacts({ text, read: reader.readForDanger(text), guess: guess(about), signals: [], awaiting: null }, NO_PLACES);

  it('tells no minor when no one is of concern and the question is general or about the news', () => {
    expect(factsOf('mijn zoon van 12 zag een serie over drugsrunners, hoe herken je dat eigenlijk?', null).minor).toBeUndefined();
  });

  it('still tells the minor of a worry', () => {
    expect(factsOf('mijn zoon van 12 moet pakketjes wegbrengen voor oudere jongens', 'other')).toMatchObject({ age: 12, minor: true });
  });
});

describe('a child who is with the writer', () => {
  const reader = testReader();
  // The models take a message that names "my daughter" for one about her, as they do on these.
  const guess: MessageGuess = {
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'unknown', score: 0.5 },
    aboutWhom: { aboutWhom: 'other', score: 0.9 },
    relation: { relation: 'child', score: 0.9 },
    minor: { minor: null, score: 0 },
    questions: [],
  };
  const factsOf = (text: string) => extractFacts({ text, read: reader.readForDanger(text), guess, signals: [], awaiting: null }, NO_PLACES);

  it.each([
    'my daughter is 6, she is in the room with me. My boss took my passport and I must work 14 hours',
    'mijn dochter is 6, ze zit hier naast me. Mijn baas heeft mijn paspoort en ik moet elke dag werken',
    'I am here with my son, he is 7. The man who brought us here keeps my papers',
    'ik zit hier met mijn zoontje van 4, ik mag niet weg van de eigenaar',
  ])('is not who the story is about when the writer tells their own: %p', (text) => {
    const facts = factsOf(text);
    expect(facts.aboutWhom).toBe('self');
    expect(facts.relation).toBeUndefined();
    expect(facts.minor).toBeUndefined();
    expect(facts.age).toBeUndefined();
  });

  it('makes no one a minor when the message says no more than that the child is there', () => {
    const facts = factsOf('my daughter is 6 and she is in the room with me');
    expect(facts).not.toHaveProperty('minor');
    expect(facts).not.toHaveProperty('age');
    expect(facts).not.toHaveProperty('aboutWhom');
  });

  it("keeps the writer's own age beside the child's", () => {
    expect(factsOf('ik ben 17, mijn dochter van 1 ligt naast me. mijn pooier houdt mijn paspoort')).toMatchObject({
      age: 17,
      minor: true,
      aboutWhom: 'self',
    });
  });

  it.each([
    ['my daughter (15) is being picked up by an older man every night', 15],
    ['mijn dochter (15) is weggelopen bij die jongen, ze is nu bij mij', 15],
    ['my daughter is 14 and she went with him to Rotterdam', 14],
  ])('keeps a story about the child as one about the child: %p', (text, age) => {
    expect(factsOf(text)).toMatchObject({ aboutWhom: 'other', relation: 'child', age, minor: true });
  });
});

describe('counts are no age', () => {
  it.each([
    'naast ons wonen 6 of 7 poolse mannen in 1 rijtjeshuis',
    'er komen mannen voor haar, soms 4 of 5 op een avond',
    'op het busstation staat een groep van een man of 10',
    'Am venit cu autobuzul, suntem 16 persoane într-o casă.',
  ])('reads no age in %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it('still reads an age said beside men or a range of ages', () => {
    expect(age('ze is 15 en mannen komen haar ophalen')).toBe(15);
    expect(age('een 14-15 jarige jongen')).toBe(15);
  });

  it.each([
    ['ik heb 11.000 euro schuld bij de baas', null],
    ['de schuld is nu 11.000', null],
    ['ze werkt van 10.30 tot 11', null],
    ['ik werk daar al 2,5 jaar', null],
    ['he owes them 15,500 now', null],
    ['ik ben 20. ik heb 11.000 euro schuld bij de baas', 20],
    ['mijn zus is 15. ze moet 11.000 terugbetalen', 15],
  ] as const)('reads no age in a part of a larger number: %p → %p', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it.each([
    'boven lagen 11 matrassen op de grond',
    'we zijn met 12 collega’s in één huis',
    'hij heeft 15 telefoons in een tas',
    'pracujemy 12 godzin dziennie',
    'lucram 14 ore pe zi',
    'ze is 16 uur per dag aan het werk',
  ])('reads no age before a count unit (the list the model features share): %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it("reads no age from the writer's age at the time of a story told afterwards", () => {
    expect(age('in de jaren 90 heb ik als 15-jarige in een restaurant gewerkt')).toBeNull();
    expect(age('ik heb in 2020 als 17-jarige voor een man telefoons gejat')).toBeNull();
    expect(age('een 15-jarige jongen staat elke avond bij de snackbar')).toBe(15);
  });

  it('reads the Ukrainian and Russian dative age', () => {
    expect(age('моя донька працює в Амстердамі, їй 22')).toBe(22);
    expect(age('ему 17, он работает на складе')).toBe(17);
  });
});

describe('minor words in the languages labour migrants write in', () => {
  it.each([
    'to jest nieletnia dziewczyna z Polski',
    'fata e minora si lucreaza noaptea',
    'es menor de edad y trabaja en un bar',
    'ele é menor de idade',
    'він неповнолітній',
    'она несовершеннолетняя',
    'тя е непълнолетна',
    'kuzenim okula gitmiyor, kafede çalışıyor',
    'a lány kiskorú',
    'أخي قاصر',
  ])('%p → minor', (text) => {
    expect(minor(text)).toBe(true);
  });
});

describe('facts of a message in another language', () => {
  const reader = testReader();
  const guess = (over: Partial<MessageGuess>): MessageGuess => ({
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'labour_exploitation', score: 0.9 },
    aboutWhom: { aboutWhom: 'self', score: 0.95 },
    relation: { relation: null, score: 0.9 },
    minor: { minor: null, score: 0.9 },
    questions: [],
    ...over,
  });
  const factsOf = (text: string, g: MessageGuess, language: 'nl' | 'en' | 'other') =>
    extractFacts({ text, read: reader.readForDanger(text), guess: g, signals: [], awaiting: null, language }, NO_PLACES);

  it("does not take the model's 'under 18' there; an age or a minor word still counts", () => {
    const minorGuess = guess({ aboutWhom: { aboutWhom: 'other', score: 0.9 }, minor: { minor: true, score: 0.9 } });
    expect(factsOf('Lucrez de 12 ani in Olanda, seful imi tine actele.', minorGuess, 'other').minor).toBeUndefined();
    expect(factsOf('I work 12 hours a day in a restaurant kitchen', minorGuess, 'en').minor).toBe(true);
    expect(factsOf('Kızım 15 yaşında, bir kafede çalışıyor', minorGuess, 'other')).toMatchObject({ age: 15, minor: true });
    expect(factsOf('mój brat jest nieletni i pracuje w nocy', minorGuess, 'other').minor).toBe(true);
  });

  it('takes the relation word of that language over the model, and the relative is the person of concern', () => {
    const facts = factsOf(
      'hola, mi hermano trabaja en un matadero cerca de Boxtel, le quitaron el pasaporte',
      guess({ relation: { relation: 'stranger', score: 0.9 } }),
      'other',
    );
    expect(facts).toMatchObject({ aboutWhom: 'other', relation: 'sibling' });
  });

  it('reads the age said in that language, and no age in an amount or a count', () => {
    const self = guess({});
    expect(factsOf('Mam 20 lat, szef mówi że mam 11.000 euro długu', self, 'other')).toMatchObject({ age: 20, minor: false });
    expect(factsOf('Tengo 16 años y trabajo 12 horas en un invernadero', self, 'other')).toMatchObject({ age: 16, minor: true });
    expect(factsOf('Am 19 ani, lucrez 14 ore pe zi la o ferma', self, 'other')).toMatchObject({ age: 19, minor: false });
    expect(factsOf('datoria mea este 11.500 de euro si lucram 12 ore pe zi', self, 'other').age).toBeUndefined();
    expect(factsOf('Работим по 12 часа, живеем 11 души в една стая', self, 'other').age).toBeUndefined();
    expect(
      factsOf('Oglum 16 yasinda, bir grup icin paket tasiyor', guess({ aboutWhom: { aboutWhom: 'other', score: 0.9 } }), 'other'),
    ).toMatchObject({
      age: 16,
      minor: true,
    });
  });

  it("takes neither the model's minor nor its adult there", () => {
    const adultGuess = guess({ minor: { minor: false, score: 0.95 } });
    expect(factsOf('trabajo en un almacen cerca de Venlo por una agencia', adultGuess, 'other').minor).toBeUndefined();
  });

  it('reads a relative named with an age as the person of concern, whatever the model thought', () => {
    expect(factsOf('zoon van 17 zit al maanden in iets met drugs, hij moet het terugverdienen', guess({}), 'nl')).toMatchObject({
      aboutWhom: 'other',
      relation: 'child',
      age: 17,
    });
  });
});

describe('relations told through a neighbour, and more languages', () => {
  it.each([
    ['Romanian', 'fiul vecinei mele trebuie sa vanda droguri', 'neighbour'],
    ['Ukrainian', 'син моєї сусідки продає наркотики', 'neighbour'],
    ['Bulgarian', 'дъщерята на съседа работи нощем в клуб', 'neighbour'],
    ['Turkish', 'komşumun oğlu her gece bir adamla gidiyor', 'neighbour'],
    ['Lithuanian', 'mano brolis dirba skerdykloje prie Boxtel', 'sibling'],
    ['Bulgarian in Latin letters', 'sestra mi e v Holandia, v Den Haag', 'sibling'],
    ['Bulgarian', 'бригадирът удари съпруга ми с лопата', 'partner'],
  ] as const)('%s: %p → %s', (_language, text, expected) => {
    expect(readOtherRelation(normaliseText(text))).toBe(expected);
  });

  it('reads a Polish "kolega" as a colleague when the writer is at work, else as a friend', () => {
    expect(readOtherRelation(normaliseText('pracuję w szklarni, szef uderzył mojego kolegę'))).toBe('colleague');
    expect(readOtherRelation(normaliseText('mój kolega mieszka w Tilburgu i boi się'))).toBe('friend');
  });
});

describe('a neighbour told by where they live', () => {
  it.each([
    'de jongen van boven wordt elke avond opgewacht door twee mannen',
    'het meisje dat bij de buren inwoont doet het hele huishouden',
    'onze overbuurvrouw laat een meisje uit Indonesië poetsen',
  ])('%p → neighbour', (text) => {
    expect(readNeighbourByPlace(normaliseText(text))).toBe('neighbour');
  });

  it('is no neighbour for someone met elsewhere', () => {
    expect(readNeighbourByPlace(normaliseText('het meisje in de salon zat naast me'))).toBeNull();
  });
});

describe('no adult told from work alone in another language', () => {
  const reader = testReader();
  const factsOf = (text: string, language: 'nl' | 'other', relation: MessageGuess['relation'] = { relation: null, score: 0.9 }) =>
    extractFacts(
      {
        text,
        read: reader.readForDanger(text),
        guess: {
          intent: { intent: 'describe_concern', score: 0.9, intents: {} },
          form: { form: 'labour_exploitation', score: 0.9 },
          aboutWhom: { aboutWhom: 'self', score: 0.9 },
          relation,
          minor: { minor: false, score: 0.9 },
          questions: [],
        },
        signals: [],
        awaiting: null,
        language,
      },
      NO_PLACES,
    );

  it('leaves the minor unknown for a writer at work in another language, but not in Dutch', () => {
    expect(factsOf('pracuję w magazynie w Venlo przez agencję', 'other').minor).toBeUndefined();
    expect(factsOf('ik werk in een kas in het westland en de baas heeft mijn paspoort', 'nl').minor).toBe(false);
  });

  it('still tells an adult from an age', () => {
    expect(factsOf('pracuję w magazynie, mam 34 lata', 'other')).toMatchObject({ age: 34, minor: false });
  });
});

describe('a writer telling their own situation is who the chat is about (safety14)', () => {
  const reader = testReader();
  const guess = (
    aboutWhom: AboutWhom | null,
    intent: MessageGuess['intent']['intent'] = 'describe_concern',
    score = 0.6,
  ): MessageGuess => ({
    intent: { intent, score: 0.9, intents: {} },
    form: { form: 'labour_exploitation', score: 0.9 },
    aboutWhom: { aboutWhom, score },
    relation: { relation: aboutWhom === 'other' ? 'child' : null, score: aboutWhom === 'other' ? 0.9 : 0 },
    minor: { minor: null, score: 0 },
    questions: [],
  });
  const factsOf = (text: string, g: MessageGuess) =>
    extractFacts({ text, read: reader.readForDanger(text), guess: g, signals: [], awaiting: null }, NO_PLACES);

  // Sentences written for this test, in the voices of workers who write about themselves.
  it.each([
    'good evening, can you help me please. i work as a nanny for a family, i look after their kids',
    'ik werk in een kas in het westland, ik kom uit roemenie',
    'wij slapen met 9 man in een schuur achter de boerderij',
    'we sleep with 7 people in one container and pay 90 each',
    'boss keep my passport in office and say i owe 2000',
    'they pay me 4 euro per hour and i must work every sunday',
    'mijn baas betaalt me al drie maanden niet uit',
    'pracuję w magazynie, agencja zabiera pieniądze za pokój',
  ])('%p → self', (text) => {
    expect(factsOf(text, guess(null)).aboutWhom).toBe('self');
  });

  it.each([
    'my sister works in a nail salon and her boss keeps her passport',
    'mijn collega moet 12 uur per dag werken en hij slaapt in een container',
    'I work at the reception of a hotel, a girl came in with an older man who paid for her room',
    'ik werk op een school en een leerling vertelde dat ze elke avond moet werken',
  ])("%p: another person's situation is not the writer's", (text) => {
    expect(factsOf(text, guess(null)).aboutWhom).not.toBe('self');
  });

  it.each(['will my employer see that I wrote here?', 'ik woon in een klein dorp, blijf ik anoniem?', 'ok ik ga nu slapen, doei'])(
    '%p: a question or a goodbye is about no one',
    (text) => {
      expect(factsOf(text, guess(null, 'ask_privacy', 0.9)).aboutWhom).toBeUndefined();
    },
  );

  it("keeps the model's 'other' when another person is told", () => {
    expect(
      factsOf('mijn dochter werkt elke avond voor een man die haar geld houdt', guess('other', 'describe_concern', 0.9)).aboutWhom,
    ).toBe('other');
  });
});

describe('age and minor belong to the person of concern, not to every person named (safety14)', () => {
  const reader = testReader();
  // The models read "my son" and take the message for one about him, as they do on these.
  const guess: MessageGuess = {
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'labour_exploitation', score: 0.9 },
    aboutWhom: { aboutWhom: 'other', score: 0.9 },
    relation: { relation: 'child', score: 0.9 },
    minor: { minor: true, score: 0.9 },
    questions: [],
  };
  const factsOf = (text: string) => extractFacts({ text, read: reader.readForDanger(text), guess, signals: [], awaiting: null }, NO_PLACES);

  it.each([
    'I am a mother of three, my son is 7. I work as a cleaner in a hotel and the boss keeps my passport',
    'mijn dochter is 9 en woont bij mijn moeder in polen. ik werk hier in de kas en het bureau houdt mijn id-kaart',
    'my kids are with my mother, my daughter is 12. i clean houses for a man who pays me 3 euro an hour',
  ])("%p: a parent's own story is the parent's", (text) => {
    const facts = factsOf(text);
    expect(facts.aboutWhom).toBe('self');
    expect(facts.relation).toBeUndefined();
    expect(facts.age).toBeUndefined();
    expect(facts.minor).toBeUndefined();
  });

  it.each([
    ['my son is 15 and works for a man who keeps his passport', 15],
    ["mijn zoon (16) appte 'ze hebben mn paspoort en ik mag niet weg'", 16],
    ['my daughter is 14, she works in a salon after school and I think they do not pay her', 14],
  ])("%p: the child's own story stays the child's", (text, age) => {
    expect(factsOf(text)).toMatchObject({ aboutWhom: 'other', relation: 'child', age, minor: true });
  });

  it.each([
    'i look after the children of a family, 2 years now, and they keep my residence card',
    'I work as a nanny for a family with three children, 15 hours a day for 1 year now',
  ])('%p: durations and the children a worker looks after are no age', (text) => {
    const facts = extractFacts(
      {
        text,
        read: reader.readForDanger(text),
        guess: {
          ...guess,
          aboutWhom: { aboutWhom: 'self', score: 0.9 },
          relation: { relation: null, score: 0 },
          minor: { minor: null, score: 0 },
        },
        signals: [],
        awaiting: null,
      },
      NO_PLACES,
    );
    expect(facts.age).toBeUndefined();
    expect(facts.minor).toBeUndefined();
  });
});

describe('the time of day is no age (safety14; one reading with the model features since safety15, clockTimes.ts)', () => {
  it.each([
    'ik moet om 10 uur klaar staan. het is nu 7',
    "it's now 9 and he is not back",
    'het is 11 en ze is er nog niet',
    'he come back at 10 with man. it is 8 now',
    'vanavond om 22:30 moet ik er zijn',
    'they pick him up at 11 oclock every night',
    "ze halen haar op om 11 's avonds",
    'he said 10 tonight he comes',
  ])('%p', (text) => {
    expect(age(text)).toBeNull();
    expect(estimatedMinor(normaliseText(text))).toBeNull();
  });

  it('is no age either where the bot asked for one', () => {
    expect(age('het is nu 7', true)).toBeNull();
    expect(age('om 11', true)).toBeNull();
    expect(age('16', true)).toBe(16);
  });

  it('nor a guessed age: "rond 11 uur" is an hour', () => {
    expect(estimatedMinor(normaliseText('hij komt rond 11 uur'))).toBeNull();
    expect(estimatedMinor(normaliseText('a boy maybe 12'))).toBe(true);
  });

  it('still reads an age said beside a time, or with time words after it', () => {
    expect(age('ze is nu 16')).toBe(16);
    expect(age('she started working there at 16')).toBeNull();
    expect(age('ik ben 16 en ik moet om 10 uur daar zijn')).toBe(16);
    expect(age("ik ben 16 's avonds werk ik in de snackbar")).toBe(16);
  });

  it('makes no one a minor in the facts of a story told with hours', () => {
    for (const text of ['they pick him up at 11 oclock every night', 'he come back at 10 with man. it is 8 now']) {
      const facts = storyFacts(text, { aboutWhom: { aboutWhom: 'other', score: 0.9 }, minor: { minor: null, score: 0.9 } });
      expect(facts.age).toBeUndefined();
      expect(facts.minor).toBeUndefined();
    }
  });
});

describe('only the age of the person of concern (safety15)', () => {
  it.each([
    'twee jongens komen met een man die betaalt met briefjes van 50',
    'hij is 5 jaar ouder en koopt veel voor haar',
    'she is 3 years younger than him',
    'het verhaal van mijn eigen verleden, 15 jaar terug',
  ])('reads no age in a sum of money, an age difference or a time back: %p', (text) => {
    expect(age(text)).toBeNull();
  });

  it('reads a pupil, a girl or a child brought in with an age as the person of concern, not as a second person', () => {
    expect(age("Een leerling van 15 vertelde dat haar 'vriend' van 23 haar naar mannen brengt")).toBe(15);
    expect(age('een meisje van 14 stapt in bij een man van 40')).toBe(14);
    // A friend brought in is still a second person.
    expect(age('ze heeft een vriend van 19 en is 14')).toBe(14);
  });

  it('keeps an age said inside words quoted from someone else, wherever the quote starts', () => {
    const text = normaliseText("One of them whispered 'please help, he sells us, I am 17'. I am 34 myself");
    expect(withoutWritersAge(text)).toContain('i am 17');
    expect(withoutWritersAge(text)).not.toContain('i am 34');
  });

  it('reads a school year written number first', () => {
    expect(minor('ik zit in 3 havo')).toBe(true);
    expect(minor('ze zit in 2 vwo')).toBe(true);
  });

  describe("in the writer's own story", () => {
    const factsOf = (text: string) => storyFacts(text, { aboutWhom: { aboutWhom: 'self', score: 0.9 }, minor: { minor: null, score: 0 } });

    it('the age of the boyfriend or the man is not the writer’s', () => {
      expect(factsOf('ok so my bf is 23 and im 15. he says i have to go with his friend')).toMatchObject({ age: 15, minor: true });
      expect(factsOf('ik zit in 3 havo en hij wacht na school bij het hek. hij is 22.')).toMatchObject({ minor: true });
      expect(factsOf('ik zit in 3 havo en hij wacht na school bij het hek. hij is 22.').age).toBeUndefined();
    });

    it("but a child's age stays where the writer tells no age of their own", () => {
      expect(factsOf('ze zeggen dat mijn zoon schuld heeft. hij is 17, wij moeten betalen').age).toBe(17);
    });

    it('a child who is with the writer while they tell of their own room and debt is no minor of concern', () => {
      const facts = factsOf(
        'The man who gave me a job came to my room tonight drunk, shouting that I owe him. My daughter is 8 and she is with me.',
      );
      expect(facts.age).toBeUndefined();
      expect(facts.minor).toBeUndefined();
      expect(facts.aboutWhom).toBe('self');
    });
  });
});

describe('about whom, from the model', () => {
  const factsOf = (score: number) =>
    storyFacts('er klopt iets niet bij haar werk', { aboutWhom: { aboutWhom: 'other', score }, minor: { minor: null, score: 0 } });

  it('is the person the model puts first among four at 0.4 or more', () => {
    expect(factsOf(0.45).aboutWhom).toBe('other');
    expect(factsOf(0.35).aboutWhom).toBeUndefined();
  });
});

describe('about whom, from what the sentence says', () => {
  const factsOf = (text: string, aboutWhom: AboutWhom | null, minor: boolean | null = null) =>
    storyFacts(text, { aboutWhom: { aboutWhom, score: 0.8 }, minor: { minor, score: 0.9 } });

  it('the one the worrying is about is another person, with the relation the sentence names', () => {
    expect(factsOf('ik maak me zorgen om mijn schoonzus', 'self')).toMatchObject({ aboutWhom: 'other', relation: 'extended_family' });
    expect(factsOf("I'm worried about my flatmate", 'self')).toMatchObject({ aboutWhom: 'other', relation: 'acquaintance' });
  });

  it("people at the writer's work are colleagues of the writer", () => {
    expect(factsOf('bij mijn werk zijn er vrouwen die in de kantine slapen', 'self')).toMatchObject({
      aboutWhom: 'other',
      relation: 'colleague',
    });
    expect(factsOf('there are women at my work who sleep in the canteen', 'self')).toMatchObject({
      aboutWhom: 'other',
      relation: 'colleague',
    });
  });

  it('a volunteer the model took for a professional is a bystander, and the "client" it read goes too', () => {
    const facts = factsOf('ik ben vrijwilliger bij de buurthuiskeuken en een meisje vertelde dat ze niet weg mag', 'professional');
    expect(facts.aboutWhom).toBe('other');
    expect(facts.relation === 'client' || facts.relation === 'pupil').toBe(false);
    expect(factsOf('I volunteer at the food bank and a woman there told me she cannot leave', 'professional').aboutWhom).toBe('other');
  });

  it("the writer's own age beside someone else's story does not make that person a minor", () => {
    expect(factsOf('ik ben 13 en het gaat over mijn broer', 'other', true).minor).toBeUndefined();
    expect(factsOf("I'm 14 and this is about my sister", 'other', true).minor).toBeUndefined();
  });
});

describe('the writer describing themselves', () => {
  it('names no other person: a professional reading without their work says nothing of whom', () => {
    const facts = storyFacts('goedemiddag, ik ben een vrouw van 61 uit Assen en ik weet niet waar ik moet beginnen', {
      aboutWhom: { aboutWhom: 'professional', score: 0.8 },
      minor: { minor: null, score: 0 },
    });
    expect(facts.aboutWhom).toBeUndefined();
    const student = storyFacts("hi, I'm a student from Kenya in Leiden, quick question", {
      aboutWhom: { aboutWhom: 'professional', score: 0.8 },
      minor: { minor: null, score: 0 },
    });
    expect(student.aboutWhom).toBeUndefined();
    expect(student.relation).toBeUndefined();
  });
});

describe('a minor guessed or supposed is not told', () => {
  it.each(['ze leek 15 misschien, misschien ook 21', 'a girl, maybe 16 or 19, I could not tell'])(
    'a guess reaching an adult age: %p',
    (text) => {
      expect(estimatedMinor(normaliseText(text))).toBeNull();
    },
  );

  it.each(['een jongen van een jaar of 12', 'a boy maybe 13'])('a guess well under 18 still is: %p', (text) => {
    expect(estimatedMinor(normaliseText(text))).toBe(true);
  });

  it.each(['stel dat hij toch minderjarig is, wat dan?', 'what if she is underage, does that change anything?'])('%p supposes', (text) => {
    expect(minor(text)).toBeNull();
  });

  it.each(['hij is minderjarig', 'she is underage'])('%p tells', (text) => {
    expect(minor(text)).toBe(true);
  });
});

describe('an age guessed in a range that reaches 18', () => {
  it.each(['ik kon haar leeftijd niet schatten, 15 misschien, misschien 22', 'how old? I could not say, 16 maybe, maybe 20'])(
    'is no age and no minor: %p',
    (text) => {
      expect(age(text)).toBeNull();
      const facts = storyFacts(text, { aboutWhom: { aboutWhom: 'other', score: 0.9 }, minor: { minor: true, score: 0.9 } });
      expect(facts.minor).toBeUndefined();
    },
  );
});

describe('ages guessed as a range, ages of doers and stretches of time (facts20)', () => {
  const reader = testReader();
  const guessing = (minor: boolean, aboutWhom: AboutWhom | null = 'other'): MessageGuess => ({
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'labour_exploitation', score: 0.9 },
    aboutWhom: { aboutWhom, score: 0.9 },
    relation: { relation: null, score: 0 },
    minor: { minor, score: 0.95 },
    questions: [],
  });
  const factsOf = (text: string, g: MessageGuess) =>
    extractFacts({ text, read: reader.readForDanger(text), guess: g, signals: [], awaiting: null }, NO_PLACES);

  it('reads a range under 18 as a minor, from 18 as an adult, and one across 18 as neither', () => {
    expect(rangeMinor(normaliseText('het meisje is zo’n 16 of 17'))).toBe(true);
    expect(rangeMinor(normaliseText('jonge meiden, schatting 15-17, met oudere mannen'))).toBe(true);
    expect(rangeMinor(normaliseText('Poolse en Roemeense mannen, schat tussen de 20 en 40'))).toBe(false);
    expect(rangeMinor(normaliseText('no idea how old honestly. could be 17 could be 25'))).toBeNull();
    expect(guessedAgeRange(normaliseText('could be 17 could be 25'))).toEqual([17, 25]);
  });

  it('takes no hours or sums for a range of ages', () => {
    expect(guessedAgeRange(normaliseText('we werken van 8 tot 17 uur'))).toBeNull();
    expect(guessedAgeRange(normaliseText('ze verdient tussen de 10 en 15 euro'))).toBeNull();
  });

  it("does not take the model's minor where the guess spans 18", () => {
    expect(factsOf('no idea how old honestly. could be 17 could be 25', guessing(true)).minor).toBeUndefined();
    expect(factsOf('Het zijn Poolse mannen, schat tussen de 20 en 40.', guessing(true)).minor).toBe(false);
  });

  it('reads no age from the "boyfriend", the boss or the older man of the person of concern', () => {
    expect(age('mijn dochter heeft een vriendje van 23')).toBeNull();
    expect(age('haar baas is 40 en ze moet elke dag werken')).toBeNull();
    expect(age('she hangs out with a much older guy of 35')).toBeNull();
    expect(age('mijn dochter van 15 heeft een vriendje van 23')).toBe(15);
    // Said with "mijn", the friend may be the worry itself.
    expect(age('mijn vriend van 23 moet 14 uur per dag werken')).toBe(23);
  });

  it("and not the model's adult read from the doer's age", () => {
    expect(
      factsOf('mijn dochter heeft een vriendje van 23', { ...guessing(false), minor: { minor: false, score: 0.95 } }).minor,
    ).toBeUndefined();
  });

  it('takes a stretch of time for no teenager ("ik koop al 15 jaar bij hem", "woon hier al 12 jaar")', () => {
    expect(stretchOfTimeOnly(normaliseText('Ik koop al 15 jaar bij hem en hij is altijd aardig'))).toBe(true);
    expect(stretchOfTimeOnly(normaliseText('I have lived here for 12 years'))).toBe(true);
    expect(stretchOfTimeOnly(normaliseText('ze is 15 jaar'))).toBe(false);
    expect(factsOf('Ik koop al 15 jaar bij hem en hij is altijd aardig tegen me.', guessing(true)).minor).toBeUndefined();
    // An adult read by the model stays: the stretch of time only ever looked like a teenager.
    expect(factsOf('ze werkt daar al 10 jaar, elke dag 12 uur', { ...guessing(false), minor: { minor: false, score: 0.95 } }).minor).toBe(
      false,
    );
  });
});

describe("counts and the man in the writer's own story (facts20)", () => {
  it('reads "zo\'n 14 namen op de brievenbus" as no guessed age', () => {
    expect(estimatedMinor(normaliseText("op de brievenbus staan zo'n 14 namen, allemaal Oost-Europees"))).toBeNull();
    expect(estimatedMinor(normaliseText("het meisje is zo'n 14"))).toBe(true);
  });

  it("does not take the model's adult from the age of the boy in the writer's own story", () => {
    const text = 'er is een jongen die ik ken van insta, hij is 19 ofzo. hij vroeg of ik naar een feestje kom';
    const facts = extractFacts(
      {
        text,
        read: testReader().readForDanger(text),
        guess: {
          intent: { intent: 'describe_concern', score: 0.9, intents: {} },
          form: { form: 'sexual_exploitation', score: 0.9 },
          aboutWhom: { aboutWhom: 'self', score: 0.9 },
          relation: { relation: null, score: 0 },
          minor: { minor: false, score: 0.95 },
          questions: [],
        },
        signals: [],
        awaiting: null,
      },
      NO_PLACES,
    );
    expect(facts).toMatchObject({ aboutWhom: 'self' });
    expect(facts.minor).toBeUndefined();
    expect(facts.age).toBeUndefined();
  });
});

describe("a guessed age under 18 beside a second person's guessed adult age (fit29)", () => {
  it("is a minor: the adult guess in another sentence is the second person's", () => {
    expect(estimatedMinor(normaliseText('een meisje, echt nog jong, ik schat 15. ze komt altijd met een man van een jaar of 35'))).toBe(
      true,
    );
    expect(estimatedMinor(normaliseText('a boy maybe 14. the driver is maybe 40'))).toBe(true);
  });

  it('but a guess that reaches 18 in its own sentence is no minor', () => {
    expect(estimatedMinor(normaliseText('een meisje, ik schat 15 of 20, ik weet het echt niet'))).toBeNull();
    expect(estimatedMinor(normaliseText('a boy maybe 16 maybe 20. he works every night'))).toBeNull();
  });
});

describe('under 18 told or only guessed (fit30)', () => {
  const factsOf = (text: string, minorScore: number | null = null) =>
    storyFacts(text, {
      aboutWhom: { aboutWhom: 'other', score: 0.9 },
      minor: minorScore === null ? { minor: null, score: 0.9 } : { minor: true, score: minorScore },
    });

  it.each([
    "there's a girl on my train, looks maybe 16, with a much older man",
    'One looks really young, like 15 or 16. They never go anywhere',
    'Eén meisje zag eruit als zestien, maar dat weet ik echt niet zeker.',
    'een jongen van een jaar of 16 staat elke avond bij de snackbar',
    'ze lijkt minderjarig, ze staat elke avond bij het station',
  ])('a guess is a minor, kept apart as guessed: %p', (text) => {
    expect(factsOf(text)).toMatchObject({ minor: true, minorGuessed: true });
  });

  it.each([
    'mijn dochter van 15 heeft een loverboy',
    'ze zit in de tweede klas en wordt na school opgehaald door een man',
    'hij is minderjarig en moet pakketjes rondbrengen',
    'de meisjes zijn tussen de 12 en 14 jaar, leerlingen van mij',
    // A guess this far under 18 leaves no doubt: a minor, as the labelled sets call it.
    'een jongen van een jaar of 13 staat elke avond bij de snackbar',
    'Twee, drie jongens, ik schat ze 14, stappen rond 22 uur in de bus',
  ])('a minor told is not a guess: %p', (text) => {
    expect(factsOf(text)).toMatchObject({ minor: true, minorGuessed: false });
  });

  it('the model\'s under 18 from "young" alone is a guess; from a child named it is not', () => {
    expect(factsOf('er komt steeds dezelfde jonge jongen in de winkel met dure horloges', 0.9)).toMatchObject({
      minor: true,
      minorGuessed: true,
    });
    expect(factsOf('mijn dochter komt steeds met dure spullen thuis', 0.9)).toMatchObject({ minor: true, minorGuessed: false });
  });

  it('no minor, no guess: the field goes with `minor`', () => {
    expect(factsOf('mijn buurman werkt 14 uur per dag in een kas').minorGuessed).toBeUndefined();
    expect(factsOf('ze is 25 en werkt in een nagelstudio').minorGuessed).toBeUndefined();
  });
});

describe('the person the writer says it is not about (fit30)', () => {
  it('has no age or school of the person of concern', () => {
    const text = 'Het gaat eigenlijk niet om mijn clientje zelf, een jongetje uit groep 3, maar om zijn moeder.';
    expect(withoutDeniedPerson(normaliseText(text))).not.toMatch(/groep 3/);
    expect(storyFacts(text, { aboutWhom: { aboutWhom: 'other', score: 0.9 }, minor: { minor: true, score: 0.9 } }).minor).toBeUndefined();
    expect(withoutDeniedPerson(normaliseText("it's not about my pupil, a girl of 14, but about her mother"))).not.toMatch(/14/);
  });

  it('leaves a message without that turn as it is', () => {
    const text = 'het gaat om mijn nichtje van 15, niet om haar moeder';
    expect(withoutDeniedPerson(normaliseText(text))).toBe(normaliseText(text));
  });
});

describe('"already N years" is a stretch of time (fit30)', () => {
  it('is no age; "is already 16" still is not read as a stretch', () => {
    expect(age('I live in Nijmegen already 6 years. I want to check if it is safe.')).toBeNull();
    expect(age('my brother works there already 12 years')).toBeNull();
    expect(age('she is 16 already and works there at night')).toBe(16);
  });
});

describe('an age in a Dutch verb-final clause (fit30)', () => {
  it('"dat ze 15 is", "omdat hij pas 16 is" tell the age; "als hij 18 is" supposes it', () => {
    expect(age('Ze zei me gisteren dat ze 15 is.')).toBe(15);
    expect(age('omdat hij pas 16 is mag hij daar niet werken')).toBe(16);
    expect(age('als hij 18 is wordt het anders')).toBeNull();
  });
});

describe('a guess said after the ages, and a child named outright (fit30)', () => {
  it('"15 of 16 misschien" is a range of ages guessed', () => {
    expect(guessedAgeRange(normaliseText('een jongen, 15 of 16 misschien, werkt er elke nacht'))).toEqual([15, 16]);
    expect(guessedAgeRange(normaliseText('we werken van 9 tot 10 misschien langer'))).toBeNull();
  });

  it('children named outright are under 18 told, only their exact age guessed', () => {
    const text = 'Het zijn kinderen. 12, 13 misschien. Ze praten geen Nederlands';
    const facts = storyFacts(text, { aboutWhom: { aboutWhom: 'other', score: 0.9 }, minor: { minor: null, score: 0.9 } });
    expect(facts).toMatchObject({ minor: true, minorGuessed: false });
  });
});

describe("the age the person gives, in the writer's words (fit30)", () => {
  it('"hij zegt 16", "she says 15" tell the age; a sum or a count after "zegt" does not', () => {
    expect(age('Syrische jongen, hij zegt 16. Hij werkt daar elke dag van 10 tot 10')).toBe(16);
    expect(age('she says 15 and works there every night')).toBe(15);
    expect(age('hij zegt 10 euro per uur')).toBeNull();
    expect(age('ze zei 3 keer dat ze weg wilde')).toBeNull();
  });
});

describe('the older one named and then said of (repeat38)', () => {
  it('"zo\'n oudere gast, hij is 23 ofzo" is his age, not the girl\'s; her own age is still read', () => {
    expect(readAge('ze heeft sinds paar weken zon oudere gast, hij is 23 ofzo en heeft een audi', false)).toBeNull();
    expect(readAge('she has an older boyfriend, he is 30 and she is 15', false)).toBe(15);
    expect(readAge('mijn zus is 16', false)).toBe(16);
  });

  it('a Dutch clause on a record or a consequence ends on the age: "waarmee ze 17 is", "zodat hij pas 16 is"', () => {
    expect(age('in het dossier staat een geboortedatum waarmee ze 17 is')).toBe(17);
    expect(age('hij heeft een jaar overgeslagen zodat hij pas 16 is')).toBe(16);
  });
});
