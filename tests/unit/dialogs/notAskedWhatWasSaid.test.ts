/**
 * Round 38 (repeat38), through the real bot with the real local recognizer: an age said as a guess
 * or as what the person said ("about 22", "22 zei ze") is not asked for again; the interpreter line
 * beside messages mixed with another language comes in other words each time, not as the same bubble.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

async function conversation(locale: 'nl' | 'en') {
  const bot = createTestBot(recognizer);
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return (text: string) => say(bot.adapter, text);
}

const ageQuestions = (locale: 'nl' | 'en') =>
  catalog
    .keys(locale)
    .filter((key) => key.startsWith('triage.question.age.'))
    .map((key) => catalog.t(locale, key));

/** The age questions the bot asked in the turns after the first of `lines` (the opening line). */
async function ageAskedAfter(locale: 'nl' | 'en', lines: readonly string[]): Promise<string[]> {
  const chat = await conversation(locale);
  const asked: string[] = [];
  for (const [i, line] of lines.entries()) {
    const turn = await chat(line);
    if (i > 0) asked.push(...turn.texts.filter((t) => ageQuestions(locale).includes(t)));
  }
  return asked;
}

describe('an age said in other words is not asked for', () => {
  it('a hairdresser told "22 zei ze" of her client is not asked how old she is', async () => {
    const asked = await ageAskedAfter('nl', [
      'hallo ik heb een kapsalon in Dordrecht en er gebeurde vanmiddag iets raars',
      "er kwam een jonge vrouw knippen, 22 zei ze, met een man erbij die de hele tijd bleef zitten en alles betaalde. ze fluisterde 'ik mag nooit alleen weg'",
      'toen kwam hij terug en deed ze alsof er niks was',
    ]);
    expect(asked).toEqual([]);
  });

  it('a neighbour who guessed "about 22" of the au pair is not asked her age', async () => {
    const asked = await ageAskedAfter('en', [
      "Hello, I live in Amstelveen. Slightly awkward one - it's about the au pair next door.",
      "No immediate danger, I don't think. She's Filipina, about 22, been with them a year. I see her up at 6 and still cleaning windows at 10pm.",
      "She told my wife the family keeps her passport 'for safekeeping' and she gets 300 a month.",
    ]);
    expect(asked).toEqual([]);
  });
});

describe('the interpreter line beside mixed messages', () => {
  it('comes in other words at each mixed message', async () => {
    const chat = await conversation('en');
    const mixed = ['small.mixedLanguage', 'small.mixedLanguageAgain', 'small.mixedLanguageStill'].map((key) => catalog.t('en', key));
    const said: string[] = [];
    for (const text of [
      'Dzień dobry. Sorry my english not so good. Pracuję na farmie grzybów near Horst, we work 13 hours',
      'Szef płaci cash, czasami nic. We are 5 in one caravan, 120 euro each week dla każdego.',
      'Mój kolega też chce odejść but the boss has our ID cards, we cannot leave the farm.',
    ]) {
      const turn = await chat(text);
      said.push(...turn.texts.filter((t) => mixed.includes(t)));
    }
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(new Set(said).size).toBe(said.length);
  });
});
