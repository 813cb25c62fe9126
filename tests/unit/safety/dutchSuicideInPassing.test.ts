/**
 * Round 21: Dutch suicidal thoughts the lexicons did not read (the reflexive "zich van kant maken",
 * "niet meer te willen leven" in an account, better dead without "dan", walking into the sea rather
 * than going back, not waking up hoped for, never born, nothing left to look for in this world, a
 * goodbye of love after "ik kan dit niet meer"), in the middle of a story, in chat spelling; and
 * their hard negatives. Sentences written for this test.
 */
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('Dutch suicidal thoughts said in passing get 113', () => {
  it.each([
    'mijn neef werkt in de kassen voor bijna niks en zegt dat hij zich liever van kant maakt dan nog een seizoen daar',
    'De medewerker vertelde bij het intakegesprek niet meer te willen leven als hij terug moet naar die werkgever.',
    'die gasten willen nog 700 van me. eerlijk ik ben beter af dood, dan zijn ze ook klaar',
    'mijn zus zegt dat ze liever de rivier in loopt dan dat ze nog bij die man blijft',
    'ik werk elke dag 13 uur en krijg niks. ik hoop gewoon dat ik morgen niet wakker word',
    'ik wou dat ik nooit geboren was, sinds ik bij die baas werk is alles kapot',
    'baas heeft mijn papieren. ik heb niks meer te zoeken op deze wereld',
    'ze appte net "ik kan dit niet meer, ik hou van jullie" en nu staat haar telefoon uit',
    'k zie t nie meer zitte met die schuld, iedereen wil geld van me',
    'mn ouders hebben meer aan de verzekering dan aan mij, serieus',
    'mijn vriendin zit nog steeds bij die pooier en ze zegt niks meer terug. ik ben echt bang dat ze zichzelf iets aandoet',
  ])('%p', (text) => {
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(true);
    expect(danger.level).toBe('acute');
  });
});

describe('the same words without a wish to die get no 113', () => {
  it.each([
    'ik hoop dat ik morgen op tijd wakker word, de bus naar de loods gaat om half 5',
    'mijn oma is vorig jaar overleden, ze is nu in de hemel. mijn broer werkt nu in haar oude dorp',
    'we gaan zondag naar zee met de kinderen, daarna wil ik vragen naar mijn loonstrook',
    'ik fiets elke ochtend langs het kanaal naar de fabriek, mag de baas de reistijd niet betalen?',
  ])('%p', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});

describe('the fear that someone will do something to herself, in English', () => {
  it('gets 113', () => {
    const danger = screen.assess(
      'my cousin stopped answering after that agency took her papers, i am scared she will do something to herself',
    );
    expect(danger.suicidal).toBe(true);
  });
});
