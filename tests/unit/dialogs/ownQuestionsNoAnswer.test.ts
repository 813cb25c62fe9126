/**
 * Round 37 (ownq37), through the real bot with the real local recognizer and question model: a
 * question put to the helpline that no answer is for gets, first, the line that says so and offers
 * a person (the chat within opening hours, the phone line outside them); dismay inside a story gets
 * none; whether the school must be told is answered as privacy; and a story that points to a child
 * gets the age asked before any question for an adult.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

/** A Dutch conversation with the welcome behind it; `chatOpen`: counsellors take chats now. */
async function chatting(chatOpen = false) {
  const bot = createTestBot(recognizer, { chatOpen });
  bot.adapter.locale = 'nl-NL';
  await join(bot.adapter);
  return (text: string) => say(bot.adapter, text);
}

const startOf = (key: string) => catalog.t('nl', key).slice(0, 40);
/** Where in the turn the text of `key` comes (its first words), or -1. */
const placeOf = (turn: Turn, key: string) => turn.texts.findIndex((t) => t.startsWith(startOf(key)));
const NO_ANSWER = ['ownQuestionsUnknown.open', 'ownQuestionsUnknown.closed', 'ownQuestionsUnknown.again'];
const saysNoAnswer = (turn: Turn) => NO_ANSWER.some((key) => placeOf(turn, key) >= 0);

const STORY = [
  'Bij ons in de straat wonen in één huis wel tien mannen uit Polen. Ze worden elke ochtend om vijf uur met een busje opgehaald.',
  'Ze zeggen dat ze bijna niks betaald krijgen en dat de baas hun paspoorten heeft.',
];

describe('a question no answer of ours is for', () => {
  it('is met first with the plain line and the phone line outside opening hours, then the bot goes on', async () => {
    const chat = await chatting();
    for (const line of STORY) await chat(line);
    const asked = await chat('Hoeveel kost een advocaat voor die mannen eigenlijk?');
    expect(placeOf(asked, 'ownQuestionsUnknown.closed')).toBe(0);
    // The chat hours come from the configured opening hours (the default here), not a fixed "op werkdagen".
    expect(asked.texts[0]).toContain('Chatten met een hulpverlener kan op werkdagen van 9.00 tot 17.00 uur.');
    expect(asked.texts.length).toBeGreaterThan(0);
  });

  it('offers the chat with a person within opening hours', async () => {
    const chat = await chatting(true);
    for (const line of STORY) await chat(line);
    const asked = await chat('Hoeveel kost een advocaat voor die mannen eigenlijk?');
    expect(placeOf(asked, 'ownQuestionsUnknown.open')).toBe(0);
  });

  it('asked a second time, says so in fewer words, not the same bubble', async () => {
    const chat = await chatting();
    for (const line of STORY) await chat(line);
    await chat('Hoeveel kost een advocaat voor die mannen eigenlijk?');
    const again = await chat('En hoe lang moet je dan wachten op een tolk?');
    expect(placeOf(again, 'ownQuestionsUnknown.again')).toBe(0);
    expect(placeOf(again, 'ownQuestionsUnknown.closed')).toBe(-1);
  });

  it('is not given for dismay about what someone else does, told inside the story', async () => {
    const chat = await chatting();
    await chat(STORY[0]!);
    const told = await chat('Waarom doet iemand zoiets met die mannen? Ze zien er echt kapot uit.');
    expect(saysNoAnswer(told)).toBe(false);
  });
});

describe('whether the school must be told', () => {
  it('is answered first as a question of privacy: who is told, talked over first', async () => {
    const chat = await chatting();
    await chat('Ik maak me zorgen over mijn neefje van 14. Hij moet voor oudere jongens pakketjes rondbrengen.');
    const asked = await chat('Moet de school het weten? Hij zit in de tweede klas en zijn cijfers kelderen.');
    expect(placeOf(asked, 'ownQuestions.privacy.tellOthers')).toBe(0);
    expect(saysNoAnswer(asked)).toBe(false);
  });
});

describe('a story that points to a child before the age is told', () => {
  it('asks the age, not about a debt or a passport', async () => {
    const chat = await chatting();
    await chat('yo ik heb een vraag over me maat');
    const story = await chat(
      "hij werkt voor een gozer van 23 ofzo, moet pakketjes wegbrengen op z'n scooter en krijgt er cash voor. eerst was t chill",
    );
    const next = await chat('nee weet niet wat erin zit');
    const asked = [...story.texts, ...next.texts];
    const anyWording = (question: string) => (t: string) =>
      ['self', 'other', 'group', 'unknown'].some((who) => t.startsWith(startOf(`triage.question.${question}.${who}`)));
    expect(asked.some(anyWording('age'))).toBe(true);
    expect(asked.some(anyWording('debts'))).toBe(false);
    expect(asked.some(anyWording('documentsHeld'))).toBe(false);
  });
});
