/**
 * The second question in one message, and questions in words the cues did not know (convo20): a
 * worry said without a subject ("wil geen gedoe krijgen"), the fear of being known to the people
 * told about or of the police at one's own door, a question the person of concern asks through the
 * writer ("hij vraagt of…"), what the police will do with it, "talk to somebody", a professional's
 * duty of confidentiality, and a consequence told beside the question that befalls others. Through
 * the real bot with the real local recognizer; turns written for this test.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, catalog, joinedBot, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
/** The replies after any 112 line. */
const afterDanger = (turn: Turn) => turn.texts.filter((t) => !/\b112\b/.test(t.slice(0, 60)));
/** The answers given before the bot goes on: every leading reply that starts like one of `keys` (or its short wording). */
function answered(turn: Turn, locale: 'nl' | 'en', keys: readonly string[]): string[] {
  return keys.filter((key) => afterDanger(turn).some((t) => answerStarts(locale, key).some((start) => t.startsWith(start))));
}

async function afterStory(story: string, locale: 'nl' | 'en' = 'nl') {
  const { adapter } = await joinedBot(recognizer, locale);
  await say(adapter, story);
  await say(adapter, locale === 'nl' ? 'weet ik niet' : "I don't know");
  return (text: string) => say(adapter, text);
}

const BAKERY = 'Bij de bakkerij om de hoek werken twee jongens uit Moldavië van 5 uur tot 8 uur, zeven dagen, voor bijna niks.';

describe('the second question in one message', () => {
  it('answers a worry said without a subject beside a question about being known', async () => {
    const chat = await afterStory(BAKERY);
    const turn = await chat('als ik het doorgeef horen ze toch meteen dat het van mij komt. wil echt geen gedoe krijgen met die bakker');
    expect(answered(turn, 'nl', ['ownQuestions.anonymity', 'ownQuestions.consequences.general'])).toHaveLength(2);
  });

  it('answers the fear of being known, or of the police at the door, as a question about anonymity', async () => {
    const chat = await afterStory(BAKERY);
    const turn = await chat('Komt de politie dan bij mijn winkel langs? De bakker kent mij, hij weet precies wie ik ben.');
    expect(answered(turn, 'nl', ['ownQuestions.anonymity'])).toEqual(['ownQuestions.anonymity']);
    expect(afterDanger(turn).some((t) => answerStarts('nl', 'ownQuestions.police').some((start) => t.startsWith(start)))).toBe(true);
  });

  it('answers a question the person of concern asks through the writer', async () => {
    const chat = await afterStory(BAKERY);
    const turn = await chat('Een van de jongens wil weten of hij zijn verblijfsvergunning dan verliest.');
    expect(afterDanger(turn)[0]).toBe(catalog.t('nl', 'ownQuestions.consequences.permitOther'));
  });

  it('answers what the police will do with it beside the police question', async () => {
    const chat = await afterStory(BAKERY);
    const turn = await chat('Zal de politie daar dan ook echt iets mee doen, of komt dat bij de gemeente terecht?');
    expect(answered(turn, 'nl', ['ownQuestions.after_report.general'])).toHaveLength(1);
  });

  it('hears "talk to somebody" as asking for a person', async () => {
    const chat = await afterStory('My cousin cleans hotel rooms for an agency and they keep her passport in the office.', 'en');
    const turn = await chat('could my cousin talk to somebody in Romanian without giving her name?');
    expect(answered(turn, 'en', ['ownQuestions.anonymity'])).toHaveLength(1);
    expect(
      turn.texts.some((t) => answerStarts('en', 'ownQuestions.counsellor').some((start) => t.startsWith(start)) || /0800-2000/.test(t)),
    ).toBe(true);
  });

  it("answers a professional's duty of confidentiality with both halves: privacy and what it means for them", async () => {
    const chat = await afterStory(
      'Ik ben fysiotherapeut. Een patiënte komt steeds met een man die alles voor haar regelt en betaalt, ze mag niets zeggen.',
    );
    const turn = await chat('Mag ik dat wel zomaar melden met mijn beroepsgeheim? Ik wil geen tuchtklacht aan mijn broek krijgen.');
    expect(afterDanger(turn).some((t) => answerStarts('nl', 'ownQuestions.privacy.secrecy').some((start) => t.startsWith(start)))).toBe(
      true,
    );
    expect(
      afterDanger(turn).some((t) => answerStarts('nl', 'ownQuestions.consequences.secrecy').some((start) => t.startsWith(start))),
    ).toBe(true);
  });

  it("speaks of the others when the job told beside the question is theirs, not the writer's", async () => {
    const chat = await afterStory(BAKERY);
    const turn = await chat('Wat gebeurt er dan met die jongens? Ik wil niet dat ze door mij hun baan verliezen.');
    expect(turn.texts.some((t) => answerStarts('nl', 'ownQuestions.consequences.job').some((start) => t.startsWith(start)))).toBe(false);
    expect(turn.texts.some((t) => answerStarts('nl', 'ownQuestions.consequences.jobOther').some((start) => t.startsWith(start)))).toBe(
      true,
    );
  });
});

describe('questions in a language the bot does not chat in', () => {
  it('hears trafficking asked in Lithuanian and a debt to repay asked in Chinese', async () => {
    const chat = await afterStory(BAKERY);
    const lithuanian = await chat('Ar tai jau prekyba žmonėmis, ar tiesiog blogas darbdavys?');
    expect(lithuanian.all).toContain(catalog.t('en', 'ownQuestions.is_it_trafficking.general'));
    const chinese = await chat('我是不是还要还老板的钱？');
    expect(chinese.all).toContain(catalog.t('en', 'ownQuestions.consequences.general'));
  });
});

describe('"nee" to "is the child safe now?" that denies the danger', () => {
  it('is not taken for "not safe" (no 112 line for it)', async () => {
    const { adapter } = await joinedBot(recognizer);
    const story = await say(adapter, 'Mijn nichtje is 14 en haar vriendje van 23 haalt haar elke dag op van school met zijn auto.');
    expect(story.texts.at(-1)).toMatch(/^Is het kind nu op een veilige plek/);
    const answer = await say(adapter, 'nee hoor, gevaar is er nu niet, ze zit thuis huiswerk te maken');
    expect(answer.texts).not.toContain(catalog.t('nl', 'triage.notSafeNow'));
  });
});

describe('the signals given when the form became clear', () => {
  it('are not listed again in full when the citizen asks for them later', async () => {
    const { adapter } = await joinedBot(recognizer);
    await say(adapter, 'Hoi, ik heb een kapsalon en ik twijfel over een vaste klant van mij.');
    const general = await say(adapter, 'nee, ze is nu niet in de zaak hoor');
    expect(general.texts.some((t) => t.startsWith(catalog.t('nl', 'referrals.title')))).toBe(true);
    const form = await say(
      adapter,
      'Ze is 20, er brengt steeds een andere oudere man haar en hij betaalt. Ze vertelde dat ze met mannen mee moet naar hotels voor geld.',
    );
    const signals = catalog.t('nl', 'guidance.signalsTitle');
    expect(form.texts.some((t) => t.startsWith(signals))).toBe(true);
    const asked = await say(adapter, 'Welke signalen moet ik vooral in de gaten houden?');
    expect(asked.texts.some((t) => t.startsWith(signals))).toBe(false);
    expect(asked.texts).toContain(catalog.t('nl', 'ownQuestionsAgain.signals'));
  });
});
