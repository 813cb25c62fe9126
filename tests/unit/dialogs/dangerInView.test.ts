/**
 * 112 in every bot turn after danger was told, and 113 after thoughts of suicide, whatever state
 * the conversation is in and whatever the next messages say: the guard at the bot edge, through
 * the real bot and dialogs. The recognizer is a double; danger comes from the real screen.
 */
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { testScreen } from '../../support/screen';
import { createTestBot, join, say, type Turn } from '../../support/bot';

const screen = testScreen();
const KNIFE = 'Hij heeft een mes en zegt dat hij haar vanavond vermoordt';
const KNIFE_EN = 'He has a knife and says he will kill her tonight';
const NO_LIFE = 'ik wil niet meer leven';
/**
 * Hungarian, "I am very tired, sometimes I think it is all the same to me": unsure to the screen,
 * which cannot see whether thoughts of suicide are in it ("better if I were no more" it now reads).
 */
const UNREAD_TIRED = 'nagyon faradt vagyok, neha arra gondolok hogy minden mindegy';
/** Acute to the screen, not suicidal by itself: "yes, I mean that, but today I do nothing". */
const DANGER_AFTER_UNREAD = 'ja dat bedoel ik, maar vandaag doe ik niks';
/** Acute to the screen, in a language the bot does not read. */
const KNIFE_PL = 'On ma nóż i mówi, że dziś w nocy ją zabije';
/** In the screen's unsure band: the bot asks whether someone is in danger now. */
const UNSURE = 'ze is bang en ik weet niet of ze daar weg kan, haar baas is er nu';

const story: Recognizer = {
  name: 'story-double',
  async recognize(text): Promise<Recognition> {
    const words = text.split(/\s+/).length;
    return {
      intent: words >= 4 ? 'describe_concern' : 'out_of_scope',
      form: words >= 4 ? 'labour_exploitation' : 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

async function conversation(locale: 'nl' | 'en' = 'nl') {
  const bot = createTestBot(story);
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return bot;
}

beforeAll(() => {
  for (const t of [KNIFE, KNIFE_EN, NO_LIFE, KNIFE_PL]) expect(screen.assess(t).level).toBe('acute');
  expect(screen.assess(KNIFE_PL).suicidal).toBe(false);
  expect(screen.assess(UNREAD_TIRED).level).toBe('unsure');
  expect(screen.assess(DANGER_AFTER_UNREAD)).toMatchObject({ level: 'acute', suicidal: false });
  expect(screen.assess(NO_LIFE).suicidal).toBe(true);
  expect(screen.assess(UNSURE).level).toBe('unsure');
  for (const t of ['hallo', 'weet ik niet', 'en ziet iemand anders dit gesprek?', 'english', 'Nie wiem co robić', 'nee'])
    expect(screen.assess(t).level).toBe('none');
});

describe('112 stays in every bot turn after danger was told', () => {
  it('in the opening, before the worry is told, and for every later message', async () => {
    const { adapter } = await conversation();
    expect((await say(adapter, KNIFE)).texts[0]).toMatch(/112/);
    for (const next of ['hallo', 'weet ik niet', 'en ziet iemand anders dit gesprek?', 'ok']) {
      expect((await say(adapter, next)).all).toMatch(/\b112\b/);
    }
  });

  it('in the story and after the guidance, with a question waiting for its answer', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over iemand anders');
    await say(adapter, 'Mijn buurman werkt elke dag op een boerderij en krijgt geen loon');
    expect((await say(adapter, KNIFE)).texts[0]).toMatch(/112/);
    const turns = [];
    for (const next of ['weet ik niet', 'hij woont daar ook in een caravan achter de schuur', 'en ziet iemand anders dit gesprek?']) {
      turns.push(await say(adapter, next));
    }
    for (const turn of turns) expect(turn.all).toMatch(/\b112\b/);
  });

  it('puts the reminder before a question with buttons, so the buttons stay on the last message', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    await say(adapter, 'ok');
    let turn: Turn | null = null;
    for (const next of ['weet ik niet', 'dank je', 'hm']) {
      const t = await say(adapter, next);
      if (t.buttons.length > 0 && t.texts.some((x) => x === 'Bij gevaar: bel meteen 112.')) turn = t;
    }
    expect(turn).not.toBeNull();
    expect(turn!.texts.at(-1)).not.toBe('Bij gevaar: bel meteen 112.');
  });

  it('after a language command, in the new language', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    await say(adapter, 'ok');
    const turn = await say(adapter, 'english');
    expect(turn.all).toMatch(/Call 112/);
  });

  it('for a message in a third language, in English and Dutch', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    await say(adapter, 'ok');
    const turn = await say(adapter, 'Nie wiem co robić');
    expect(turn.all).toMatch(/112[\s\S]*112/);
  });

  it('in English on the English page', async () => {
    const { adapter } = await conversation('en');
    await say(adapter, KNIFE_EN);
    await say(adapter, 'ok');
    expect((await say(adapter, 'and can someone else see this chat?')).all).toMatch(/\b112\b/);
  });

  it('stops after the citizen answers no to "is anyone in danger right now?"', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    await say(adapter, 'ok');
    expect((await say(adapter, UNSURE)).all).toMatch(/Is iemand op dit moment in gevaar\?/);
    await say(adapter, 'nee');
    expect((await say(adapter, 'hm')).all).not.toMatch(/\b112\b/);
  });
});

describe('113 stays in every bot turn after thoughts of suicide', () => {
  it('whatever the next messages are', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over mij');
    expect((await say(adapter, NO_LIFE)).all).toMatch(/0800-0113/);
    for (const next of ['ok', 'weet ik niet', 'en ziet iemand anders dit gesprek?', 'nee']) {
      const turn = await say(adapter, next);
      expect(turn.all).toMatch(/0800-0113|\b113\b/);
      expect(turn.all).toMatch(/\b112\b/);
    }
  });

  it('after danger told in a language the bot cannot read, whose thoughts it cannot see', async () => {
    const { adapter } = await conversation();
    expect((await say(adapter, KNIFE_PL)).all).toMatch(/\b113\b/);
    for (const next of ['sorry, ja dat bedoel ik', 'kan ik met iemand praten die Pools spreekt?', 'ok']) {
      const turn = await say(adapter, next);
      expect(turn.all).toMatch(/0800-0113|\b113\b/);
      expect(turn.all).toMatch(/\b112\b/);
      // 113 is named, but nobody told of such thoughts: never "are you still thinking about it?".
      expect(turn.all).not.toMatch(/nog aan zelfdoding|still thinking about suicide/);
    }
  });

  it('asks whether the thoughts are still there only of someone who told them', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over mij');
    await say(adapter, NO_LIFE);
    expect((await say(adapter, 'ok')).all).toMatch(/Denk je nog aan zelfdoding\?/);
  });

  it('after danger told right after a message the bot cannot read, which may be what it meant', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over mij');
    expect((await say(adapter, UNREAD_TIRED)).all).toMatch(/\b113\b/);
    for (const next of [DANGER_AFTER_UNREAD, 'ok']) {
      const turn = await say(adapter, next);
      expect(turn.all).toMatch(/0800-0113|\b113\b/);
      expect(turn.all).toMatch(/\b112\b/);
    }
  });
});
