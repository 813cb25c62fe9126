/**
 * Danger read at its source (safety14): what the words of a situation name, and when the bot asks
 * whether someone is in danger now. Sentences written for this test, not taken from the corpus or a
 * tuning set.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();
const named = (text: string, concept: string) => reader.readForDanger(text).situations.some((h) => h.concept === concept && !h.negated);

describe('someone away from home for a time is missing', () => {
  it.each([
    'mijn broertje van 13 is sinds vrijdag niet thuis en neemt niet op',
    'ze is al twee nachten niet thuis geweest',
    'my son has not been home since saturday',
    'she did not sleep at home, her phone is off',
  ])('%p names a missing person', (text) => {
    expect(named(text, 'missing')).toBe(true);
  });

  it.each(['hij is niet thuis, ik kan nu even praten', 'my husband is not home so I can write', 'ik ben niet thuis maar op mijn werk'])(
    '%p: someone merely out now is not missing',
    (text) => {
      expect(named(text, 'missing')).toBe(false);
    },
  );
});

describe('locked in, said in Spanish and Portuguese', () => {
  it.each([
    'el patrón cerró la puerta con llave y se llevó el teléfono',
    'nos cierran con llave cada noche en la nave',
    'no tengo llave para salir de la casa',
    'o dono trancou a porta e foi embora',
  ])('%p names confinement', (text) => {
    expect(named(text, 'confined')).toBe(true);
  });
});

describe('indirect suicidal thoughts with words between', () => {
  it.each([
    'soms denk ik dat het voor iedereen beter is als ik er gewoon niet meer zou zijn',
    'misschien kan ik er zelf beter niet meer zijn',
    'honestly i dont even care what happens to me anymore',
    'het kan me niet schelen wat er met me gebeurt',
  ])('%p is worded as suicidal', (text) => {
    expect(named(text, 'suicide_indirect')).toBe(true);
  });

  it.each([
    'ik ben er niet meer, ik werk nu ergens anders',
    'er zijn niet meer zoveel mensen in het huis',
    'i dont care what happens to the money, i want my passport back',
  ])('%p is not', (text) => {
    expect(named(text, 'suicide_indirect')).toBe(false);
  });
});

describe('the unsure band: something about danger now is unclear, not "the text asks for help"', () => {
  it.each([
    'good evening, can you help me please. i work as a cleaner for a family and they pay me 300 a month',
    'hulp graag, ik werk in de bollen en het bureau houdt geld in voor het huis',
    'i clean offices at night, no contract and cash pay. please help, what can i do',
    'goedemiddag, kunt u mij helpen? mijn baas heeft mijn paspoort in de kluis gelegd',
  ])('%p is not asked about', (text) => {
    expect(screen.assess(text).level).toBe('none');
  });

  it('a message naming only the background of a story needs the higher score of one that names nothing', () => {
    const { unsure, unsurePlain } = screen.bundle.thresholds;
    // Between the two thresholds, a background-only story is below the band, a named situation in it.
    const background = screen.assessRead(reader.readForDanger('please help, my boss keeps my passport'));
    const situation = screen.assessRead(reader.readForDanger('please help, my boss keeps my passport and locked the door'));
    expect(unsurePlain).toBeGreaterThan(unsure);
    if (background.score >= unsure && background.score < unsurePlain) expect(background.level).toBe('none');
    expect(situation.level).not.toBe('none');
  });

  it.each([
    'mijn zoon van 14 is sinds gisteravond niet thuis en zijn telefoon staat uit',
    'my sister texted me come get me and now her phone is off',
  ])('%p is still asked about or answered with 112', (text) => {
    expect(screen.assess(text).level).not.toBe('none');
  });
});

describe('a witness sees someone confined', () => {
  it.each([
    'ik fietste langs een huis en boven achter het raam hield iemand een papier omhoog met HELP, op de deur zitten drie extra sloten',
    'walking my dog past a house, a woman upstairs held a note against the window saying help us, the windows have bars',
    'in het huis tegenover ons bonkt al een kwartier iemand van binnen op de deur, die zit van buiten op slot',
  ])('%p is acute', (text) => {
    expect(screen.assess(text).level).toBe('acute');
  });
});

describe('a step forward thought of at a stop or a platform', () => {
  it('"think how easy it would be to step forward" is worded as suicidal', () => {
    expect(named('ik sta soms op het perron en denk hoe makkelijk het zou zijn om een stapje naar voren te doen', 'suicide_indirect')).toBe(
      true,
    );
  });

  it.each(['you will see how easy it is to step forward and report', 'it was easy, I just had to step forward and say my name'])(
    '%p: coming forward is not',
    (text) => {
      expect(named(text, 'suicide_indirect')).toBe(false);
    },
  );
});

describe('"anders": or else, not someone or something else', () => {
  it.each(['hij zegt betalen, anders komen ze mijn zus halen', 'betalen anders hij slaan mij', 'je moet het doen anders ben je de lul'])(
    '%p names a threat of what follows',
    (text) => {
      expect(named(text, 'or_else')).toBe(true);
    },
  );

  it.each(['mijn vraag gaat over iemand anders', 'is er iemand anders die ik kan bellen', 'ik wil iets anders vragen'])(
    '%p does not',
    (text) => {
      expect(named(text, 'or_else')).toBe(false);
    },
  );
});

describe('a few words in another language that name nothing', () => {
  it.each(['multumesc mult', 'Дякую вам!', 'gracias, chao', 'شكرا جزيلا'])('%p is not asked about', (text) => {
    expect(screen.assess(text).level).toBe('none');
  });

  it.each(['pomocy', 'помогите пожалуйста', 'ajutor, ma bate'])('%p, a cry, is answered with 112', (text) => {
    expect(screen.assess(text).level).toBe('acute');
  });
});
