/**
 * Sentences end where a sentence ends (src/nlu/text/analyse.ts `sentenceDotsOnly`): not at the dot
 * of a thousands separator, a decimal point, an abbreviation or an initial (calm32 saw "40.000"
 * split in two). Sentences written for this test.
 */
import { analyseText, sentenceDotsOnly } from '../../../src/nlu/text/analyse';
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';

const sentences = (text: string) => analyseText(text).joined.split(' | ').length;

describe('a dot that ends no sentence splits none', () => {
  it.each([
    ['Hij zegt dat ik 40.000 euro schuldig ben en anders komt hij vanavond', 'hij zegt dat ik 40000 euro'],
    ['I owe them 1.500.000 and they took my passport', 'i owe them 1500000 and'],
    ['Ik werk 3.5 uur per dag extra zonder loon', 'ik werk 35 ur per dag'],
    ['We slapen met ca. 12 mensen in een caravan', 'met ca 12 mensen'],
    ['Er wonen o.a. vrouwen uit Polen en ze mogen z.s.m. niet weg', 'er wonen oa vrouwen'],
    ['Hij pakt bijv. haar telefoon af als ze belt', 'hij pakt bijv har telefon af'],
    ['Mijn baas J. de Vries houdt mijn paspoort', 'mijn bas j de vries houdt'],
    ['Meneer A. Jansen komt elke dag kijken', 'mener a jansen komt'],
    ['Dhr. Pietersen zegt dat we niet weg mogen', 'dhr pietersen zegt'],
    ['My boss, e.g. the man who drives us, keeps our money', 'my bos , eg the man'],
  ])('%p is one sentence', (text, start) => {
    expect(sentences(text)).toBe(1);
    expect(analyseText(text).joined).toContain(start);
  });

  it('a dot that ends a sentence still ends it, after a number or an abbreviation too', () => {
    expect(sentences('Hij sloeg me. Ik ben bang.')).toBe(2);
    expect(sentences('Ik moet 40. Daarna mag ik weg')).toBe(2);
    expect(sentences('Ik wacht al 10 min. Hij komt zo terug')).toBe(2);
    expect(sentences('we hebben stroom, water enz. Maar hij houdt de sleutel')).toBe(2);
    expect(sentences('Ik ben 19.\nHij houdt me vast')).toBe(2);
  });

  it('leaves a text without such dots as it is', () => {
    for (const text of ['hij zoekt me', 'help. nu!', 'Ik ben 16 jaar. Hij slaat me.']) expect(sentenceDotsOnly(text)).toBe(text);
  });
});

describe('through the reader, the screen and the bot', () => {
  const DOTTED = 'Vorig jaar moest ik 3.000 euro betalen voor mijn reis';
  const PLAIN = 'Vorig jaar moest ik 3000 euro betalen voor mijn reis';

  it('the past of the sentence reaches the debt after the number', () => {
    const read = testReader().readForDanger(DOTTED);
    const payment = read.situations.find((h) => h.concept === 'payment');
    const past = read.distances.find((h) => h.concept === 'past');
    expect(payment).toBeDefined();
    expect(past).toBeDefined();
    expect(payment?.sentence).toBe(past?.sentence);
  });

  it('a number with a thousands dot reads as the same number without it (before: 0.740 against 0.828)', () => {
    const screen = testScreen();
    expect(screen.assess('Ik moet 40.000 betalen of ze doen mijn familie iets aan')).toEqual(
      screen.assess('Ik moet 40000 betalen of ze doen mijn familie iets aan'),
    );
    expect(screen.assess(DOTTED)).toEqual(screen.assess(PLAIN));
  });

  it('the bot answers a story with "40.000" as it answers it with "40000"', async () => {
    const answer = async (text: string) => {
      const { adapter } = createTestBot(blankRecognizer);
      await join(adapter);
      await say(adapter, 'Over mezelf');
      return (await say(adapter, text)).all;
    };
    const story = (n: string) => `Ze zeggen dat ik nog ${n} euro schuld heb voor de reis en het huis, ik werk elke dag op de kwekerij`;
    expect(await answer(story('40.000'))).toBe(await answer(story('40000')));
  });
});
