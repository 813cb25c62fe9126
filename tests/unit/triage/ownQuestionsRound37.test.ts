/**
 * Round 37 (ownq37), at the lowest level: a question put to the helpline that no answer is for is
 * told apart from dismay and talk by its clause's structure; whether someone around the person
 * comes to know of it is read from the clause that asks; a school, a class or a young writer's words
 * about a peer point to a child, and the questions for an adult wait for the age.
 */
import { pointsToChild } from '../../../src/triage/childInStory';
import { candidateQuestions, nextQuestion } from '../../../src/triage/questionPolicy';
import { questionPutToTheHelpline } from '../../../src/triage/questionWithoutAnswer';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { emptyTriage, noConversationFacts } from '../../../src/triage/summary';
import type { TriageSummary } from '../../../src/triage/summary';
import { toldToOthersAsked } from '../../../src/triage/toldToOthers';

describe('a question put to the helpline (questionPutToTheHelpline)', () => {
  it.each([
    'Hoe lang duurt zo een onderzoek eigenlijk?',
    'Krijg ik mijn borg nog terug als ik daar weg ga?',
    'ik kreeg een brief van de belastingdienst, moet ik die betalen?',
    'what will the court say about my visa?',
    'Can my landlord keep my deposit?',
    'ik vraag me af of ik mijn borg terugkrijg',
    'moet ik het ook tegen de buurvrouw zeggen of niet',
    'waarom moet ik dat doen?',
    'Inspectie, ja ik schrijf op. zij praten ook engels? of slowaaks?',
    'Should I go over there myself? I have a key',
    'I want to know if I can still complain about it',
  ])('"%s" asks us', (text) => {
    expect(questionPutToTheHelpline(text)).toBe(true);
  });

  it.each([
    // Dismay about someone else's deed: no person of the talk in it, a word of reason or "how can".
    'waarom doet hij dit? ik snap het niet',
    'hoe kan iemand zoiets doen met een kind?',
    'why would they do that to her',
    // The talk itself: the bot's words, whether one may ask, whether this is the place.
    'wat bedoel je?',
    'mag ik hier iets vragen over iets wat ik steeds zie?',
    'hoe moet ik dat weten?',
    'i am working as nanny for family here, almost 2 years. i want to ask something if ok',
    'hello. i am truck driver from lithuania. can write lithuanian?',
    "hi, is this chat also for people who aren't dutch?",
    // Not knowing or doubting, said; what the writer tells next after a question word and a colon.
    'ik weet niet of ze weg kunnen',
    "I'm not sure if this is the right place to ask my question",
    'Ik twijfel al weken of ik iets moet doen.',
    'en wat me echt dwarszat: op de slaapkamerdeuren zaten sloten aan de buitenkant',
    // A relative clause of the story; the writer doubting themselves; whether English is fine.
    'ze mist trainingen, wat ze nooit deed.',
    "Maybe I'm overthinking it?",
    'Was dat dom van me?',
    'hi, sorry is English ok?',
    'you people help women who work for madam?',
    'Maar daarna: wat moet ik met dat uitzendbureau?',
    'Goedemiddag, ik ben fysiotherapeut en heb een vraag over een patiënte. Ik twijfel of het iets voor jullie is.',
    'Hoe oud weet ik niet, jong.',
    'Hoe oud ze zijn weet ik echt niet.',
    'boss not pay me 4 month. is ok i ask here?',
    'Had ik iets moeten doen?',
    'Mijn vraag is over collega.',
    'kan mama hier ook chatten?',
    'Please I need to ask something but I am afraid',
    'Wat kan ik morgen het beste tegen die vrouw zeggen, zonder dat de zoon het merkt?',
    'sinds ze met die jongen is, Ricardo, 25 jaar, is ze helemaal veranderd',
    'If she comes and it is bad, where can she go?',
    'Hello, I am from Hungary, I work on asparagus field. This place is also for work problems?',
    'ze heeft sinds kort een tattoo op haar pols met een K erin, wie doet dat op je 15e??',
    'Can I report something I see on board?',
    'ik heb wel het kenteken van het busje opgeschreven, heeft dat zin?',
    'Is dit ook de goede plek voor professionals?',
    'Ik heb een vraag over een cliënte, mag ik die als professional hier stellen?',
    'oh en wat ik vergat, mijn collega zag vorige week dat hij haar telefoon uit haar hand trok',
    // What to do and where to turn: the guidance answers it.
    'wat moet ik nu doen?',
    'who can help her?',
    'ok bellen. wat moet ik zeggen',
    // A statement with its first part left out, a negated one, an announced question, a reaction.
    'weet ik niet precies hoeveel.',
    'Nee, zij is nu op school, neem ik aan.',
    'heeft hij echt niet bro',
    'yo ik heb een vraag over me maat',
    'echt?',
    // A question told inside the story.
    'hij vroeg of hij de wc mocht gebruiken',
  ])('"%s" does not', (text) => {
    expect(questionPutToTheHelpline(text)).toBe(false);
  });
});

describe('someone around the person coming to know (toldToOthersAsked)', () => {
  it('whether the writer or the school must tell them is the writer telling', () => {
    expect(toldToOthersAsked('Moet de school het weten? Hij zit in de tweede klas.')).toBe('writer');
    expect(toldToOthersAsked('moet ik het ook tegen onze mentor zeggen of niet')).toBe('writer');
    expect(toldToOthersAsked('Mogen wij als school de ouders erbuiten laten?')).toBe('writer');
    expect(toldToOthersAsked('Does his teacher have to be told?')).toBe('writer');
    expect(toldToOthersAsked('Zijn ouders weten het nog niet. Moet ik het hun vertellen?')).toBe('writer');
  });

  it('hearing of it by a report, or from the helpline, is the report telling', () => {
    expect(toldToOthersAsked('als ik het meld krijgt mijn baas dat dan te horen?')).toBe('report');
    expect(toldToOthersAsked('gaan jullie dan de school bellen en het vertellen?')).toBe('report');
  });

  it('a party named without coming to know, or told in a statement, is not asked', () => {
    expect(toldToOthersAsked('Moet de school dicht?')).toBeNull();
    expect(toldToOthersAsked('Zijn moeder weet het al.')).toBeNull();
    expect(toldToOthersAsked('ik wil niet dat mijn vader het hoort')).toBeNull();
  });

  it('is answered as privacy beside what the model read', () => {
    expect(questionsToAnswer({ questions: [] }, 'Moet de school het weten? Hij zit in de tweede klas.', 'other')).toEqual(['privacy']);
    expect(questionsToAnswer({ questions: [] }, 'Mogen wij als school de ouders erbuiten laten?', 'professional')).toEqual(['privacy']);
    // Someone in the writer's life hearing of it by the report stays anonymity (round 28).
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'als ik het meld krijgt mijn baas dat dan te horen?', 'other')).toEqual([
      'anonymity',
    ]);
  });
});

describe('a child pointed to before an age (pointsToChild)', () => {
  it.each([
    '15. zit bij mij op school, ik ben 16',
    'Hij zit in de tweede klas en zijn cijfers kelderen.',
    'haar mentor belde gisteren',
    'yo ik heb een vraag over me maat',
    'my bro from school',
  ])('"%s" points to a child', (text) => {
    expect(pointsToChild(text)).toBe(true);
  });

  it.each(['hij werkt voor een gozer van 23', 'ik zit op een rijschool', 'bro het is echt erg', 'de mannen wonen in een loods'])(
    '"%s" does not',
    (text) => {
      expect(pointsToChild(text)).toBe(false);
    },
  );
});

const triage = (patch: Partial<TriageSummary>, facts: Partial<TriageSummary['facts']> = {}): TriageSummary => ({
  ...emptyTriage(),
  ...patch,
  facts: { ...noConversationFacts(), ...facts },
});

describe('questions for an adult wait while the story points to a child', () => {
  const friend = triage({ form: 'criminal_exploitation', role: 'other', minorInvolved: false });

  it('asks the age first, even where the model read no minor, and never the debt or the passport', () => {
    expect(nextQuestion(friend, [], 'beforeGuidance')).toBe('canLeave');
    expect(nextQuestion(friend, [], 'beforeGuidance', { childPointed: true })).toBe('age');
    expect(candidateQuestions(friend, 'afterGuidance', { childPointed: true })).toEqual(['age', 'canLeave']);
    expect(nextQuestion(friend, ['age'], 'afterGuidance', { childPointed: true })).toBe('canLeave');
    const labour = triage({ form: 'labour_exploitation', role: 'other' });
    expect(candidateQuestions(labour, 'afterGuidance', { childPointed: true })).not.toEqual(
      expect.arrayContaining(['documentsHeld', 'debts', 'housingTiedToWork']),
    );
  });

  it('goes on by the age once it is told', () => {
    const told15 = triage({ form: 'criminal_exploitation', role: 'other' }, { age: 15, minor: true });
    expect(candidateQuestions(told15, 'afterGuidance', { childPointed: true })).toEqual(['safeNow', 'school']);
    const told19 = triage({ form: 'criminal_exploitation', role: 'other' }, { age: 19, minor: false });
    expect(candidateQuestions(told19, 'afterGuidance', { childPointed: true })).toEqual(['canLeave', 'debts']);
  });
});
