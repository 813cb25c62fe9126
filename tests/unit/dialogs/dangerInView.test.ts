/**
 * 112 in the turn danger is told and the two after it, and 113 after thoughts of suicide, whatever state
 * the conversation is in: the guard at the bot edge, through the real bot and dialogs. After that
 * only when danger comes into view again (a counsellor names 112 once, not at every turn). The
 * recognizer is a double; danger comes from the real screen.
 */
import { testScreen } from '../../support/screen';
import { joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { FEAR, WEAK_UNREAD_ALARM } from '../../support/dangerSentences';
import { FIRM_SCORE } from '../../../src/bot/dangerInView';

const screen = testScreen();
const KNIFE = 'Hij heeft een mes en zegt dat hij haar vanavond vermoordt';
const KNIFE_EN = 'He has a knife and says he will kill her tonight';
const NO_LIFE = 'ik wil niet meer leven';
/**
 * Hungarian, "I am very tired, sometimes I think it is all the same to me": unsure to the screen,
 * which cannot see whether thoughts of suicide are in it ("better if I were no more" it now reads).
 */
const UNREAD_TIRED = 'nagyon faradt vagyok, neha arra gondolok hogy minden mindegy';
/**
 * Acute to the screen, not suicidal by itself: "yes, I mean that, but today he won't let me go".
 * (Was "ja dat bedoel ik, maar vandaag doe ik niks", which names only a time: since safety18 a time
 * alone is no evidence for 112, and it reads unsure.)
 */
const DANGER_AFTER_UNREAD = 'ja dat bedoel ik, maar vandaag laat hij me niet weg';
/** Acute to the screen, in a language the bot does not read. */
const KNIFE_PL = 'On ma nóż i mówi, że dziś w nocy ją zabije';
/**
 * Polish, a boss who took the passport or withholds pay and threatens: acute, but weakly (under
 * FIRM_SCORE). Chosen by its reading from a few such sentences (dangerSentences.ts), not a literal
 * at the threshold's edge: round 30's retrain took the one literal of before to 0.727.
 */
const PASSPORT_PL = WEAK_UNREAD_ALARM;
/** Calm, readable: where the writer works. */
const WORK = 'ik werk in een kas in het westland';
/** In the screen's unsure band: the bot asks whether someone is in danger now. */
const UNSURE = 'ze is bang en ik weet niet of ze daar weg kan, haar baas is er nu';

const story = labourStoryRecognizer;

const conversation = (locale: 'nl' | 'en' = 'nl') => joinedBot(story, locale);

beforeAll(() => {
  for (const t of [KNIFE, KNIFE_EN, NO_LIFE, KNIFE_PL]) expect(screen.assess(t).level).toBe('acute');
  expect(screen.assess(KNIFE_PL).suicidal).toBe(false);
  expect(screen.assess(UNREAD_TIRED).level).toBe('unsure');
  expect(screen.assess(DANGER_AFTER_UNREAD)).toMatchObject({ level: 'acute', suicidal: false });
  expect(screen.assess(NO_LIFE).suicidal).toBe(true);
  expect(screen.assess(PASSPORT_PL)).toMatchObject({ level: 'acute', suicidal: false });
  expect(screen.assess(PASSPORT_PL).score).toBeLessThan(FIRM_SCORE);
  expect(screen.assess(WORK).level).toBe('none');
  expect(screen.assess(FEAR).level).toBe('unsure');
  expect(screen.assess(UNSURE).level).toBe('unsure');
  for (const t of ['hallo', 'weet ik niet', 'en ziet iemand anders dit gesprek?', 'english', 'Nie wiem co robić', 'nee'])
    expect(screen.assess(t).level).toBe('none');
});

describe('112 after danger was told: in that turn, the one after it and while the citizen goes on about it, then again only when danger comes back', () => {
  it('in the opening, before the worry is told, and not read out at every later message', async () => {
    const { adapter } = await conversation();
    expect((await say(adapter, KNIFE)).texts[0]).toMatch(/112/);
    for (const next of ['hallo', 'weet ik niet']) expect((await say(adapter, next)).all).toMatch(/\b112\b/);
    for (const next of ['en ziet iemand anders dit gesprek?', 'ok', 'hm']) {
      expect((await say(adapter, next)).all).not.toMatch(/\b112\b/);
    }
    // Danger told again: 112 again, in fewer words than the first time.
    const again = await say(adapter, KNIFE);
    expect(again.texts[0]).toMatch(/\b112\b/);
    expect(again.all).not.toMatch(/Wil je hierna met een hulpverlener praten/);
  });

  it('in the story and after the guidance, with a question waiting for its answer', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over iemand anders');
    await say(adapter, 'Mijn buurman werkt elke dag op een boerderij en krijgt geen loon');
    expect((await say(adapter, KNIFE)).texts[0]).toMatch(/112/);
    expect((await say(adapter, 'weet ik niet')).all).toMatch(/\b112\b/);
    // Two turns on, a calm question after a calm reply is answered without the routine 112 line
    // (convo19: only while the citizen goes on about the danger; see noRoutineDanger.test.ts).
    expect((await say(adapter, 'en ziet iemand anders dit gesprek?')).all).not.toMatch(/\b112\b/);
    // A calm detail of the story (safety18: "hij woont daar ook in een caravan achter de schuur" read
    // 0.068 after retraining, just over the plain unsure threshold 0.066; a sentence of the same kind).
    expect((await say(adapter, 'hij slaapt daar ook, in een stacaravan naast de kas')).all).not.toMatch(/\b112\b/);
  });

  it('"should I call 112?" after danger not denied is answered with: yes, call 112 now', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    await say(adapter, 'ok');
    await say(adapter, 'hij woont daar ook in een caravan achter de schuur');
    const asked = await say(adapter, 'is het niet overdreven om 112 te bellen?');
    expect(asked.texts[0]).toMatch(/^Is er nu gevaar\? Bel dan zelf meteen 112/);
  });

  it('after a language command right after the danger, in the new language', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
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

describe('112 kept in view, said in other words each time', () => {
  it('danger told twice: every line naming 112 is a bubble the citizen has not read before in this chat', async () => {
    const { adapter } = await conversation();
    const lines: string[] = [];
    for (const message of [KNIFE, 'ok', 'weet ik niet', 'hm', KNIFE, 'ok', 'weet ik niet', KNIFE, 'ok', 'weet ik niet']) {
      const turn = await say(adapter, message);
      if (message !== 'hm') expect(turn.all).toMatch(/\b112\b/);
      lines.push(...turn.texts.filter((t) => /\b112\b/.test(t)));
    }
    expect(lines.length).toBeGreaterThanOrEqual(9);
    expect(lines.filter((t, i) => lines.indexOf(t) !== i)).toEqual([]);
  });

  it('messages in a language the bot cannot read: the interpreter line in other words each time', async () => {
    const { adapter } = await conversation();
    const texts: string[] = [];
    for (const message of ['Nie wiem co robić', 'Szef zabrał mi paszport', 'Nie mam pieniędzy na jedzenie', 'Mieszkam w przyczepie']) {
      const turn = await say(adapter, message);
      expect(turn.all).toMatch(/\b112\b/);
      texts.push(...turn.texts);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('112 once in a turn', () => {
  it('the guidance right after "is the danger still there? call 112" does not list 112 again', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over iemand anders');
    expect((await say(adapter, KNIFE)).all).toMatch(/\b112\b/);
    const turn = await say(adapter, 'Mijn buurman werkt elke dag op een boerderij en krijgt geen loon');
    expect(turn.texts.some((t) => t.startsWith('Hier kun je terecht:'))).toBe(true);
    expect(turn.all.match(/\b112\b/g)).toHaveLength(1);
  });

  it('no direct danger question in a turn that just asked whether the danger is still there', async () => {
    const { adapter } = await conversation();
    await say(adapter, KNIFE);
    const turn = await say(adapter, UNSURE);
    expect(turn.all).toMatch(/Is het gevaar er nog\?/);
    expect(turn.all).not.toMatch(/Is iemand op dit moment in gevaar\?/);
  });
});

describe('113 after thoughts of suicide: in that turn, and after it when the citizen says they are not over (calm23)', () => {
  it('"weet ik niet" keeps it; a calm "ok" and later messages do not read it out again', async () => {
    const { adapter } = await conversation();
    await say(adapter, 'Over mij');
    expect((await say(adapter, NO_LIFE)).all).toMatch(/0800-0113/);
    const next = await say(adapter, 'weet ik niet');
    expect(next.all).toMatch(/0800-0113|\b113\b/);
    expect(next.all).toMatch(/\b112\b/);
    for (const later of ['ok', 'en ziet iemand anders dit gesprek?', 'hm']) {
      expect((await say(adapter, later)).all).not.toMatch(/0800-0113/);
    }
  });

  it('after danger told in a language the bot cannot read, whose thoughts it cannot see', async () => {
    const { adapter } = await conversation();
    expect((await say(adapter, KNIFE_PL)).all).toMatch(/\b113\b/);
    for (const next of ['sorry, ja dat bedoel ik']) {
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
    expect((await say(adapter, 'weet ik niet')).all).toMatch(/Denk je nog aan zelfdoding\?/);
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

describe('after a weak alarm in a language the bot cannot read', () => {
  it('a calm next message in Dutch is not asked about it again; the alarm itself named 112 and 113', async () => {
    const { adapter } = await conversation();
    const alarm = await say(adapter, PASSPORT_PL);
    expect(alarm.all).toMatch(/\b112\b/);
    expect(alarm.all).toMatch(/0800-0113|\b113\b/);
    const next = await say(adapter, WORK);
    expect(next.all).not.toMatch(/\b112\b/);
    expect(next.all).not.toMatch(/0800-0113|\b113\b/);
  });

  it('a next message that reads unsure names both lines again', async () => {
    const { adapter } = await conversation();
    await say(adapter, PASSPORT_PL);
    const next = await say(adapter, FEAR);
    expect(next.all).toMatch(/\b112\b/);
    expect(next.all).toMatch(/0800-0113|\b113\b/);
  });

  it('a next message the bot cannot read either keeps both lines', async () => {
    const { adapter } = await conversation();
    await say(adapter, PASSPORT_PL);
    const next = await say(adapter, 'Nie wiem co robić, jestem sama w domu');
    expect(next.all).toMatch(/\b112\b/);
    expect(next.all).toMatch(/0800-0113|\b113\b/);
  });
});
