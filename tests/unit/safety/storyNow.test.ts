/**
 * Round 27 (screen27): 112 on the model's score alone needs a now that is not only the present of a
 * debt, pay, papers held or a condition of work in its sentence (screen.ts `nowOfAnEvent`): "nu
 * zeggen ze dat ik 2000 moet terugbetalen" tells where the story stands, not an event. A now in a
 * sentence of its own still counts. Read without the model: the rule looks at the reading alone.
 * Sentences written for this test.
 */
import { testReader } from '../../support/reader';
import { nowOfAnEvent, speaksOfNow, tellsNowOfAnEvent } from '../../../src/safety/screen';

const reader = testReader();
const read = (text: string) => reader.readForDanger(text);

describe('a now that is the present of a debt, papers or a condition', () => {
  it.each([
    'nu zegt die gast ineens dat ik hem 1200 euro schuldig ben voor de scooter',
    'now the agency says we owe 900 euro each for the bus and the beds',
    'nu houdt de baas mijn paspoort en mijn id kaart',
    'now they pay us 3 euro an hour',
  ])('%p speaks of now, but of no event now', (text) => {
    expect(speaksOfNow(read(text))).toBe(true);
    expect(nowOfAnEvent(read(text))).toBe(false);
  });

  it.each([
    'hij staat nu beneden. ik ben hem 1200 euro schuldig',
    'right now he is banging on the door of my room',
    'ze is nu bij hem in de auto en neemt niet op',
  ])('%p speaks of an event now', (text) => {
    expect(nowOfAnEvent(read(text))).toBe(true);
  });

  it('a message with no now at all speaks of no event now', () => {
    expect(nowOfAnEvent(read('we owe the agency 900 euro for the bus'))).toBe(false);
  });
});

describe('a message that tells what happens at this moment (calm32)', () => {
  it.each([
    'nu zeggen ze dat hij 4000 euro schuldig is',
    'he say i still owe 800, every week it is more',
    'hij zei: ik moet nog 3 adressen doen voor die gast',
    'we owe the agency 900 euro for the bus',
  ])('%p tells no moment: a debt where it stands, or "nog" alone', (text) => {
    expect(tellsNowOfAnEvent(read(text))).toBe(false);
  });

  it.each([
    'zijn baas staat op dit moment naast hem',
    'right now he is banging on the door of my room',
    'hij staat nu beneden. ik ben hem 1200 euro schuldig',
  ])('%p tells what happens now', (text) => {
    expect(tellsNowOfAnEvent(read(text))).toBe(true);
  });
});
