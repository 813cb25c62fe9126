/**
 * An age told alone is a fact, never unclear about danger now (screen.ts `onlyAnAge`): the answer to
 * the bot's own age question got the danger question whenever its score crossed the plain band, and
 * it crossed it from one retraining to the next. Read without the model (the rule looks at the
 * reading alone), then through the shipped screen. Sentences written for this test.
 */
import { testReader } from '../../support/reader';
import { onlyAnAge } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const read = (text: string) => reader.readForDanger(text);

describe('an age told alone', () => {
  it.each(['ik ben 34', "I'm 34", 'ik ben 15', 'ze is 16 jaar', 'Ik ben 34 jaar oud.', "she's 16 years old", '34', 'hij is 17'])(
    '%p tells only an age',
    (text) => {
      expect(onlyAnAge(read(text))).toBe(true);
    },
  );

  it.each([
    'ik ben 15 en hij laat me niet gaan',
    'ze is 16 en zit vast',
    'ik ben 34 en bang',
    'ik ben',
    'ik ben 34, hij is 50',
    'kamer 12',
    'ik ben 234',
    'help',
  ])('%p tells more than an age, or no age', (text) => {
    expect(onlyAnAge(read(text))).toBe(false);
  });

  const screen = testScreen();
  it.each(['ik ben 34', "I'm 34", 'ik ben 15'])('%p gets neither 112 nor the danger question', (text) => {
    expect(screen.assess(text).level).toBe('none');
  });

  it('an age beside someone held is still acute', () => {
    expect(screen.assess('ik ben 15 en hij laat me niet gaan').level).toBe('acute');
  });
});
