/**
 * Round 38 (minor38), through the real bot with the real local recognizer: a girl, a pupil of a
 * language school, "the kids" at a car wash are not told to be under 18; the bot asks the age once
 * instead of saying "the person is under 18" or asking about the child's school. A minor told by a
 * hint (a school year, a sixteenth birthday to come) is taken as told. A man brought into her story
 * with his age ("zon oudere gast, hij is 23") leaves her age to be told.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

async function chatting(locale: 'nl' | 'en') {
  const bot = createTestBot(recognizer, {});
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return (text: string) => say(bot.adapter, text);
}

/** Whether a text of `key` (its first words, in either language) is in the turn. */
const has = (turn: Turn, key: string) =>
  (['nl', 'en'] as const).some((l) => turn.texts.some((t) => t.startsWith(catalog.t(l, key).split('{')[0]!.slice(0, 40))));
const MINOR_TEXTS = ['guidance.minor', 'guidance.minorSelf', 'triage.question.safeNow.other', 'triage.question.school.other'];
const saysMinor = (turns: Turn[]) => turns.some((turn) => MINOR_TEXTS.some((key) => has(turn, key)));
const asksAge = (turns: Turn[]) => turns.some((turn) => has(turn, 'triage.question.age.other') || has(turn, 'triage.question.age.group'));

describe('words said of young adults too', () => {
  it('a pupil of a language school, a girl: the age is asked, no help for a child is given', async () => {
    const chat = await chatting('en');
    const turns = [
      await chat(
        'I teach English at a language school. One of my pupils, a girl from Eritrea, works nights in a hotel and gets almost nothing.',
      ),
      await chat('She lives in a room owned by the hotel boss and he keeps her passport.'),
    ];
    expect(saysMinor(turns)).toBe(false);
    expect(asksAge(turns)).toBe(true);
    // Nor the school's care for a child ("youth care in the child's town").
    expect(turns.some((turn) => turn.texts.some((t) => t.includes(catalog.t('en', 'referrals.youth_care'))))).toBe(false);
  });

  it('"the kids" at the car wash: no help for a child', async () => {
    const chat = await chatting('en');
    const turns = [
      await chat('The kids working at the car wash next to my shop are there 7 days a week, 12 hours a day.'),
      await chat('They sleep upstairs and the owner keeps their money.'),
    ];
    expect(saysMinor(turns)).toBe(false);
  });
});

describe('a minor told by a hint', () => {
  it('a school year is told: the help for a minor comes', async () => {
    const chat = await chatting('nl');
    const turns = [
      await chat('Mijn buurjongen zit in 4 vwo en komt elke nacht laat thuis met dure spullen.'),
      await chat('Hij moet pakketjes wegbrengen voor een man en heeft een schuld bij hem.'),
    ];
    expect(saysMinor(turns)).toBe(true);
  });
});

describe('the age of a man brought into her story', () => {
  it('is not hers: her age told later makes her a minor', async () => {
    const chat = await chatting('nl');
    await chat('hoi ik maak me zorgen om me beste vriendin');
    const second = await chat(
      'ze heeft sinds paar weken zon oudere gast, hij is 23 ofzo en heeft een audi. ze heeft ineens nieuwe airpods',
    );
    const third = await chat('15 net als ik. we zitten allebei in 3 havo');
    expect(has(second, 'triage.question.documentsHeld.other')).toBe(false);
    expect(saysMinor([third])).toBe(true);
  });
});
