import { extractFacts, NO_PLACES, readNeighbourByPlace, readRelation } from '../../../src/nlu/facts/facts';
import { relationThroughWork, relationWriterIs, strangerSeen } from '../../../src/nlu/facts/writersRelation';
import type { MessageGuess } from '../../../src/nlu/model/messageModels';
import { testReader } from '../../support/reader';
import type { AboutWhom } from '../../../src/understanding/understanding';
import { normaliseText } from '../../../src/safety/normalise';

const writerIs = (text: string) => relationWriterIs(normaliseText(text));
const atWork = (text: string) => relationThroughWork(normaliseText(text));

/** The facts of a message, with the models' reading of who it is about set by the test and no relation from them. */
function facts(text: string, aboutWhom: AboutWhom | null, score = 0.8, language: 'nl' | 'en' | 'other' = 'nl') {
  const guess: MessageGuess = {
    intent: { intent: 'describe_concern', score: 0.9, intents: {} },
    form: { form: 'unknown', score: 0.5 },
    relation: { relation: null, score: 0 },
    questions: [],
    aboutWhom: { aboutWhom, score },
    minor: { minor: null, score: 0 },
  };
  return extractFacts({ text, read: testReader().readForDanger(text), guess, signals: [], awaiting: null, language }, NO_PLACES);
}

describe('the writer says what they are to the person', () => {
  it.each([
    ['Ik ben de tante van een jongen van 15 en ik maak me zorgen', 'extended_family'],
    ["I'm the aunt of a boy who works in a car wash", 'extended_family'],
    ['ik ben opa van een kleindochter van 14', 'grandchild'],
    ['I am her grandmother and she lives with us', 'grandchild'],
    ['Ik ben moeder van een zoon van 16 die ineens veel geld heeft', 'child'],
    ['I am the father of a girl who ran away', 'child'],
    ['ik ben zijn buurvrouw, ik zie hem elke dag vertrekken', 'neighbour'],
    ["I'm his neighbour and I hear shouting", 'neighbour'],
    ['ik ben haar collega bij de schoonmaak', 'colleague'],
    ['ik ben haar docent Engels', 'pupil'],
    ['I am his tutor at the community centre', 'pupil'],
  ] as const)('%p: the person is %s', (text, expected) => {
    expect(writerIs(text)).toBe(expected);
  });

  it('reads no relation from the writer describing only themselves', () => {
    expect(writerIs('ik ben moeder en ik werk in een kas')).toBeNull();
    expect(writerIs('I am a father of three and I work nights')).toBeNull();
  });

  it('makes a relative named through the writer the person of concern, and keeps a teacher a professional', () => {
    expect(facts('ik ben de oom van een meisje van 15, ze wordt opgehaald door oudere jongens', 'self')).toMatchObject({
      aboutWhom: 'other',
      relation: 'extended_family',
    });
    expect(facts('ik ben haar mentor en ze komt steeds minder op school', 'self')).toMatchObject({
      aboutWhom: 'professional',
      relation: 'pupil',
    });
  });
});

describe("the relation told by the writer's work", () => {
  it.each([
    ['ik ben zwemtrainer en een van mijn zwemsters wordt na de les opgehaald', 'pupil'],
    ['ik geef taalles aan nieuwkomers en een cursist vertelde me iets', 'pupil'],
    ['I coach a youth team and one of the boys has new shoes every week', 'pupil'],
    ['het gaat om een jongen uit mijn selectieteam', 'pupil'],
    ['ik ben tandarts en een patiente had blauwe plekken', 'client'],
    ["I'm a nurse at a clinic and a woman came in with her 'boss'", 'client'],
    ['wij beheren een camping en een man haalt elke ochtend arbeiders op', 'client'],
    ['ik heb een kapsalon en een meisje komt steeds met een andere man', 'client'],
    ['I run a hostel and a guest keeps bringing young women', 'client'],
    ['ik heb een bakkerij en sinds mei een jongen uit Nepal in dienst', 'colleague'],
    ['een van onze afwassers slaapt in het magazijn', 'colleague'],
    ['I am a team leader at a warehouse, some of our workers sleep in a van', 'colleague'],
    ['ik ben vrijwilliger bij de moskee en er komt een jongen die nooit naar school gaat', 'acquaintance'],
  ] as const)('%p: the person is %s', (text, expected) => {
    expect(atWork(text)).toBe(expected);
  });

  it('reads nothing from a writer who only tells of their own work', () => {
    expect(atWork('ik werk in een kas en mijn baas betaalt te weinig')).toBeNull();
    expect(atWork('I work in a factory and they keep my passport')).toBeNull();
  });

  it('gives the relation of a trainer without making the trainer a bystander', () => {
    expect(facts('ik ben jeugdtrainer, een van mijn spelers heeft ineens dure schoenen', 'professional')).toEqual(
      expect.objectContaining({ relation: 'pupil' }),
    );
    expect(facts('ik ben jeugdtrainer, een van mijn spelers heeft ineens dure schoenen', 'professional').aboutWhom).not.toBe('other');
    expect(facts('I coach a youth team, one of my players suddenly has expensive shoes', 'professional').relation).toBe('pupil');
  });
});

describe('a person the writer only sees is a stranger', () => {
  it('reads a stranger where another person is introduced and nothing ties them to the writer', () => {
    const context = { professional: false, aboutAnother: true };
    expect(strangerSeen(normaliseText('in de trein zat een meisje met een oudere man'), context)).toBe('stranger');
    expect(strangerSeen(normaliseText('a boy knocked on my door, he was bleeding'), context)).toBe('stranger');
    expect(strangerSeen(normaliseText('een klant van ons komt met een meisje'), context)).toBeNull();
    expect(strangerSeen(normaliseText('in de trein zat een meisje'), { professional: true, aboutAnother: true })).toBeNull();
  });

  it('in the facts of a bystander, Dutch and English', () => {
    expect(facts('Ik rijd bus en er stapte een meisje in met een man die haar telefoon had', 'other').relation).toBe('stranger');
    expect(facts('I drive a bus and a girl got on with a man who held her phone', 'other').relation).toBe('stranger');
  });
});

describe('a neighbour told by where they live', () => {
  it.each([
    'het gaat om een gezin in mijn portiek',
    'bij ons in de straat woont een man met veel jonge vrouwen',
    'the family in my building never lets the girl out',
    'in de woning boven ons slapen tien mannen',
    'the house next to my home has new people every week',
  ])('%p', (text) => {
    expect(readNeighbourByPlace(normaliseText(text))).toBe('neighbour');
  });
});

describe('who the story is about, in another language', () => {
  it.each([
    ['Scriu pentru fratele meu, lucreaza la o ferma', 'sibling'],
    ['Escribo por mi hermana, trabaja en una casa en Rotterdam', 'sibling'],
    ['Piszę w sprawie mojego syna, pracuje w szklarni', 'child'],
  ] as const)('%p: a relative named with a possessive is the person of concern', (text, relation) => {
    expect(facts(text, null, 0.3, 'other')).toMatchObject({ aboutWhom: 'other', relation });
  });

  it.each([
    'Hola, tengo 23 años y trabajo limpiando casas en Den Haag',
    'Dzień dobry, mam 19 lat i pracuję w magazynie',
    'Buna, am 25 de ani si lucrez intr-o fabrica',
  ])('%p: the writer telling their own age is their own story', (text) => {
    expect(facts(text, 'other', 0.6, 'other').aboutWhom).toBe('self');
  });

  it('does not take the first-person age for the writer in Dutch or English', () => {
    expect(facts('Mijn zus zei: tengo 23 años', 'other', 0.9, 'nl').aboutWhom).toBe('other');
  });
});

describe('a relation said after the person or by a word that is one by itself', () => {
  it.each([
    ['een kennis van mij heeft schulden bij een bureau', 'acquaintance'],
    ['a friend of mine delivers parcels for older guys', 'friend'],
    ['een vriend van me moet pakketjes wegbrengen', 'friend'],
    ['het gaat om een huisgenote die elke avond wordt opgehaald', 'acquaintance'],
    ['it is about a housemate who never leaves her room', 'acquaintance'],
    ['het gaat over me zus', 'sibling'],
    ['mijn vrienden werken er nog', 'friend'],
  ] as const)('%p: %s', (text, expected) => {
    expect(readRelation(normaliseText(text), false)).toBe(expected);
  });

  it('reads no relation from "me" that is not a possessive', () => {
    expect(readRelation(normaliseText('ze laten me niet gaan'), false)).toBeNull();
  });
});

describe('people who work beside the writer', () => {
  it.each([
    'er werken drie jongens voor dezelfde aannemer als ik',
    'een man staat naast me aan de band en slaapt in een bus',
    'two guys work for the same agency as me and sleep in a van',
  ])('%p: colleagues', (text) => {
    expect(relationThroughWork(normaliseText(text))).toBe('colleague');
  });
});

describe('who the worry is about, from the writer and their work (facts20)', () => {
  it('is the person the writer says they are a parent or an aunt of, where the model named no one', () => {
    expect(facts('Salam, goedenavond. Ik ben vader van een jongen van 17 en ik weet niet meer wat ik moet doen', null, 0)).toMatchObject({
      aboutWhom: 'other',
      relation: 'child',
      age: 17,
    });
  });

  it("is the people at the writer's place, for a campsite manager or a contractor the model took for the writer", () => {
    expect(facts('Er werken via hem 5 Braziliaanse jongens op mijn bouwplaats, een jaar of 25.', 'self')).toMatchObject({
      aboutWhom: 'other',
      relation: 'colleague',
    });
    expect(
      facts('Goedenavond, ik beheer een camping. Een uitzendbureau huurt 3 stacaravans voor hun mensen', 'self').aboutWhom,
    ).toBeUndefined();
    // The writer's own work at such a place, with something done to them, stays theirs.
    expect(facts('ik werk in een hotel, mijn baas houdt mijn paspoort', 'self').aboutWhom).toBe('self');
  });

  it('is no pupil in "my student room" or "mijn studentenkamer"', () => {
    expect(atWork('someone offered me 150 euro to receive packages at my student room')).toBeNull();
    expect(atWork('een van mijn studenten vertelde dat ze moet werken voor haar vriend')).toBe('pupil');
  });
});

describe('another language (facts20)', () => {
  it("takes no model's someone else without a relation word of that language (here the writer's own work)", () => {
    expect(
      facts(
        'devo 6 mil euros pro cara que arrumou meu trabalho e o quarto. ele falou que tem um jeito rápido de pagar tudo',
        'other',
        0.9,
        'other',
      ).aboutWhom,
    ).toBe('self');
  });

  it('but a relative named in it is the person of concern (Turkish in-laws too)', () => {
    expect(facts("Eniştem 8 aydır Schiedam'da bir dönercide çalışıyor.", 'other', 0.9, 'other')).toMatchObject({
      aboutWhom: 'other',
      relation: 'extended_family',
    });
  });
});
