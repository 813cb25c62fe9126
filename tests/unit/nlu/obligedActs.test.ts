/**
 * The act the person is made to do, read by the clause (forms36, text/obligedActs.ts): an
 * obligation, order or threat with an act of a form after it, or an act done for them; acts of
 * crime, sex or organs of one form alone decide the form (model/obligedForm.ts).
 * Sentences written for this test, in no corpus or tuning file.
 */
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { obligedForm } from '../../../src/nlu/model/obligedForm';
import { testReader } from '../../support/reader';
import { OBLIGED_ACT_LEXICON, type ObligedActConcept } from '../../../src/nlu/text/obligedActs';
import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { testBundle } from '../../support/screen';

const reader = testReader();
const matcher = new ConceptMatcher(OBLIGED_ACT_LEXICON);
const hitsOf = (text: string) => matcher.find(reader.readFully(text).analysis);
const told = (text: string) =>
  hitsOf(text)
    .filter((h) => !h.negated)
    .map((h) => h.concept);

describe('an act told in a clause of obligation or done for them', () => {
  it.each<[string, ObligedActConcept]>([
    ['mijn broertje moet van die jongens elke middag fietsen stelen bij het station', 'crime_obliged'],
    ['hij moet in de stad tassen en telefoons pakken voor ze', 'crime_obliged'],
    ['ze willen dat ik morgen weer ga lopen voor ze', 'crime_obliged'],
    ['they make him steal from tourists on the square', 'crime_obliged'],
    ['he was forced to open a bank account for the man', 'crime_obliged'],
    ['szef kazal mu ukrasc kable z budowy', 'crime_obliged'],
    ['el hombre dice que tiene que robar en las tiendas', 'crime_obliged'],
    ['ze moet met klanten mee naar boven van de eigenaar', 'sex_obliged'],
    ['la obligan a estar con clientes cada noche', 'sex_obliged'],
    ['he says my cousin has to give a kidney to clear the debt', 'organ_obliged'],
    ['trebuie sa munceasca 14 ore pe zi fara bani', 'labour_obliged'],
  ])('%p tells %p', (text, concept) => {
    expect(told(text)).toContain(concept);
  });

  it.each([
    'ik moet zeggen dat ik me zorgen maak om mijn buurvrouw',
    'I have to deal with this alone and I do not know where to start',
    'wat moet ik doen als mijn dochter niet meer naar huis komt?',
    'moet ik de trein pakken naar Utrecht om bij jullie te komen?',
  ])('%p tells no obliged act', (text) => {
    expect(told(text)).toEqual([]);
  });

  it('reads a refusal as negated, not as the act', () => {
    expect(hitsOf('ik heb gezegd dat ik niet meer voor ze ga lopen').map((h) => [h.concept, h.negated])).toEqual([['crime_obliged', true]]);
  });
});

describe('the form told by the act the person is made to do', () => {
  const formOf = (text: string) => obligedForm(reader.readFully(text).analysis);

  it.each([
    ['Ik werk in een hostel. De jongens moeten elke dag van een man telefoons stelen op het plein.', 'criminal_exploitation'],
    ['they found her a job in a hotel kitchen but the owner makes her sleep with his guests', 'sexual_exploitation'],
    ['de man van het uitzendbureau zegt dat mijn neef een nier moet afstaan voor de schuld', 'organ_removal'],
  ])('%p is %p', (text, form) => {
    expect(formOf(text)).toBe(form);
  });

  it.each([
    // Work with an obligation does not decide: the writers say it of sex work too.
    'hij moet 14 uur per dag werken in de kas',
    // Acts of two forms: left to the model.
    'ze moet met klanten mee en moet ook drugs verkopen voor hem',
    // A refusal is no act told.
    'ik heb gezegd dat ik niet meer voor ze ga lopen',
    'mijn buurman werkt in een magazijn en krijgt weinig betaald',
  ])('%p decides nothing', (text) => {
    expect(formOf(text)).toBeNull();
  });

  it('gives the story the form of the act through the models, over the place where it is told', () => {
    const models = new MessageModels(testBundle(), reader);
    const text =
      'Ik werk bij de receptie van een hostel in Zwolle. Twee jongens van 15 logeren hier al een week. Een man zegt elke ochtend dat ze in de winkels moeten stelen, anders krijgen ze geen eten.';
    expect(models.guess(reader.readFully(text), []).form.form).toBe('criminal_exploitation');
  });
});

describe('sex told in Dutch with the verb last, and being "nice" to his friends (form43)', () => {
  const formOf = (text: string) => obligedForm(reader.readFully(text).analysis);

  it.each([
    // The act nine words after "moet": past the reach of an obligation with the act after it.
    'nu moet ze van de eigenaar elke avond met zijn klanten naar bed',
    'de baas zegt dat ze na sluiting boven ook klanten moet doen',
    'mijn zusje moet vanavond lief zijn tegen de vrienden van haar vriendje',
    'hij zegt dat ik aardig moet doen tegen zijn vrienden want hij heeft alles betaald',
    'he says she has to be nice to his friends tonight',
  ])('%p is sexual exploitation', (text) => {
    expect(formOf(text)).toBe('sexual_exploitation');
  });

  it.each([
    // Clients served at a till or a chair, and bed alone, are no act of sex.
    'ik moet in de kapsalon elke dag dertig klanten knippen',
    'ze moet om acht uur naar huis en dan met de kinderen eten',
    'de kassiere moet aardig zijn tegen de klanten, zegt de manager',
    'we moeten met zes mannen in een kamer slapen boven de loods',
  ])('%p decides nothing', (text) => {
    expect(formOf(text)).toBeNull();
  });
});

describe('one situation told with different job names: the same form (form43)', () => {
  const models = new MessageModels(testBundle(), reader);
  const formOf = (text: string) => models.guess(reader.readFully(text), []).form.form;
  // The job she came for is where the story starts; what she is made to do is its form.
  const jobs = ['schoonmaakster', 'oppas', 'au pair', 'kok', 'serveerster', 'masseuse', 'nagelstyliste', 'kamermeisje'];

  it.each(jobs)('sex with clients told of a %s is sexual exploitation', (job) => {
    expect(
      formOf(`mijn zus kwam hier werken als ${job}. nu moet ze van de eigenaar elke avond met zijn klanten naar bed en hij houdt het geld`),
    ).toBe('sexual_exploitation');
  });

  it.each(jobs)('drugs sold for the boss told of a %s is criminal exploitation', (job) => {
    expect(
      formOf(
        `mijn zus kwam hier werken als ${job}. nu moet ze van de baas elke avond drugs verkopen op het station voor de schuld van de reis`,
      ),
    ).toBe('criminal_exploitation');
  });

  it.each(jobs)('80 hours a week without pay told of a %s is labour exploitation', (job) => {
    expect(formOf(`mijn zus kwam hier werken als ${job}. ze werkt 80 uur per week, zeven dagen, en de eigenaar betaalt haar niks`)).toBe(
      'labour_exploitation',
    );
  });

  it.each(['cleaner', 'nanny', 'au pair', 'cook', 'waitress', 'masseuse', 'farm worker', 'hotel maid'])(
    'the same three situations told of a %s in English',
    (job) => {
      expect(
        formOf(
          `my sister came here to work as a ${job}. now the owner makes her have sex with his clients every night and keeps the money`,
        ),
      ).toBe('sexual_exploitation');
      expect(
        formOf(
          `my sister came here to work as a ${job}. now the boss makes her sell drugs at the station every night for the debt of the trip`,
        ),
      ).toBe('criminal_exploitation');
      expect(formOf(`my sister came here to work as a ${job}. she works 80 hours a week, seven days, and the owner pays her nothing`)).toBe(
        'labour_exploitation',
      );
    },
  );
});

describe('sex told by whom the person must be with (form45)', () => {
  const formOf = (text: string) => obligedForm(reader.readFully(text).analysis);

  it.each([
    // Dutch with the obligation after the act.
    'ze zegt dat ze de schuld voor de reis met mannen moet terugbetalen',
    'haar vriend zegt dat ze vannacht bij hem moet slapen, anders is het uit',
    'ze zegt dat ze na haar dienst nog naar een adres moet bij mannen',
    // Being nice to them, in the languages labour migrants write in.
    'el jefe dice que tengo que ser simpática con sus amigos esta noche',
    'o patrao diz que ela tem que ser boazinha com os homens que vem',
    'szef mowi ze musi byc mila dla klientow po zamknieciu',
    // Men counted, or clients per night.
    'in het andere huis moet ze 8 mannen per dag doen',
    'she has to see six clients a night or he hits her',
  ])('%p is sexual exploitation', (text) => {
    expect(formOf(text)).toBe('sexual_exploitation');
  });

  it.each([
    // A hairdresser's clients per day are a job's workload.
    'ik moet in de kapsalon 30 klanten per dag doen voor weinig geld',
    // A child staying over at an aunt's, and a talk with men at work.
    'mijn zoon moet vannacht bij oma slapen want ik heb nachtdienst',
    'ik moet morgen met de mannen van de bouw praten over mijn loon',
    // Friendly to the customers at a till.
    'la encargada dice que tengo que ser amable con la gente en la caja',
  ])('%p decides nothing', (text) => {
    expect(formOf(text)).toBeNull();
  });

  // The same situation told at three jobs: what she must do decides, not where she works.
  it.each(['een nagelstudio', 'een hotel', 'een gezin als au pair'])('men per night told at %s is sexual exploitation', (job) => {
    expect(formOf(`mijn nicht werkt in ${job}. de eigenaar zegt dat ze 5 mannen per nacht moet doen en houdt het geld`)).toBe(
      'sexual_exploitation',
    );
  });
});

describe('crime told by the errand, the account lent or the car driven (form45)', () => {
  const formOf = (text: string) => obligedForm(reader.readFully(text).analysis);

  it.each([
    // Dutch with the verb last.
    'mijn neef moet vanavond weer een tas afleveren bij het station',
    'de arbeidsmigranten moeten hun bankrekening uitlenen aan de werkgever',
    'hij heeft zijn pinpas moeten uitlenen aan jongens uit de buurt',
    // English: the errand with a bag, an account given up, a car driven with something in it.
    'they told him he has to drop off a bag at the station tonight',
    'the agency man makes them give bank accounts to him for a bonus',
    'the boss makes him drive to Belgium at night with bags under the seats',
    // Drugs sold, in Arabic letters and in Levantine Arabic in Latin letters.
    'el zalameh bi5allih ybi3 7ashish 3al mahatta w byakhod kel el masari',
    'رجل من الحي يجبره على بيع المخدرات قرب المدرسة',
  ])('%p is criminal exploitation', (text) => {
    expect(formOf(text)).toBe('criminal_exploitation');
  });

  it.each([
    // A courier's parcels, an errand for the household, a card handed to a boss.
    'ik moet als bezorger elke dag 200 pakketjes afleveren in de stad',
    'hij moet met de bus naar de loods rijden met pakketten voor de klanten',
    'ik moet even iets ophalen bij de supermarkt voor mijn moeder',
    'she has to bring something for the party at her work',
    'ze moeten bij de voorman hun pinpas inleveren en krijgen weinig loon',
    // "He makes him" with work, not drugs.
    'bikhallih yshtghel fi el mat3am 14 sa3a kel yom',
  ])('%p decides nothing', (text) => {
    expect(formOf(text)).toBeNull();
  });

  // The same errand at three jobs: what he must do decides, not where he works.
  it.each(['een wasstraat', 'een magazijn', 'de bouw'])('a bag to bring told at %s is criminal exploitation', (job) => {
    expect(formOf(`mijn broer werkt bij ${job}. de baas zegt dat hij elke nacht een tas moet wegbrengen naar Antwerpen`)).toBe(
      'criminal_exploitation',
    );
  });
});
