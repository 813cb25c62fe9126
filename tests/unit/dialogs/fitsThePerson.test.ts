/**
 * Replies that fit the person, the age and the danger: the guidance per role (a writer whose role
 * is not known gets words that fit a victim and a bystander alike), "under 18" only when told, the
 * Meldcode only to a professional with a pupil or client, closers and pointers said once, a warm
 * goodbye, and the danger question not asked again after "no". Guidance at its own level; the
 * conversation rules through the real bot with a recognizer double (danger from the real screen).
 */
import { guidanceActivities } from '../../../dialogs/guidance';
import { ownAnswer } from '../../../dialogs/ownAnswers';
import type { Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { emptyTriage, type TriageSummary } from '../../../src/triage/summary';
import { testScreen } from '../../support/screen';
import { catalog, createTestBot, join, replies, say } from '../../support/bot';

const t = (key: string) => catalog.t('nl', key);
const texts = (summary: TriageSummary) => guidanceActivities(replies, 'nl', summary).map((a) => a.text ?? '');
const labour = (patch: Partial<TriageSummary> = {}): TriageSummary => ({ ...emptyTriage(), form: 'labour_exploitation', ...patch });
const facts = (patch: Partial<TriageSummary['facts']>): TriageSummary['facts'] => ({ ...emptyTriage().facts, ...patch });

describe('guidance for the writer it is for', () => {
  it('who it is about not known: what it may be and neutral words, no signals to look out for, no "stay in touch with the person"', () => {
    const out = texts(labour({ role: null }));
    expect(out).toContain(t('guidance.intro.labour_exploitation'));
    expect(out).toContain(t('guidance.neutral'));
    expect(out.join('\n')).not.toContain(t('guidance.signalsTitle'));
    expect(out.join('\n')).not.toContain(t('guidance.dos'));
    expect(out.join('\n')).not.toContain(t('guidance.self'));
  });

  it('a bystander gets the signals and what to do; the writer living it that it is not their fault', () => {
    expect(texts(labour({ role: 'other' })).join('\n')).toContain(t('guidance.signalsTitle'));
    expect(texts(labour({ role: 'other' })).join('\n')).toContain(t('guidance.dos'));
    const self = texts(labour({ role: 'self' }));
    expect(self).toContain(t('guidance.self'));
    expect(self.join('\n')).not.toContain(t('guidance.signalsTitle'));
  });

  it('does not promise signals below when none follow', () => {
    for (const role of ['self', null] as const) {
      const out = texts({ ...emptyTriage(), role });
      expect(out[0]).toBe(t('guidance.unknownFormAlone'));
    }
    expect(texts({ ...emptyTriage(), role: 'other' })[0]).toBe(t('guidance.intro.unknown'));
  });

  it('says "under 18" only when it was told, not when the model guessed it', () => {
    const guessed = texts(labour({ role: 'self', minorInvolved: true }));
    expect(guessed.join('\n')).not.toContain(t('guidance.minorSelf'));
    const adultAge = texts(labour({ role: 'self', minorInvolved: true, facts: facts({ age: 24 }) }));
    expect(adultAge.join('\n')).not.toContain(t('guidance.minorSelf'));
    expect(texts(labour({ role: 'self', facts: facts({ age: 15 }) }))).toContain(t('guidance.minorSelf'));
    expect(texts(labour({ role: 'other', facts: facts({ minor: true }) }))).toContain(t('guidance.minor'));
  });

  it('names the Meldcode to a professional with a pupil or client, not to one who saw it at work', () => {
    const meldcode = t('guidance.meldcode.title');
    expect(texts(labour({ role: 'professional', facts: facts({ relation: 'pupil' }) })).join('\n')).toContain(meldcode);
    expect(texts(labour({ role: 'professional', facts: facts({ relation: 'client' }) })).join('\n')).toContain(meldcode);
    expect(texts(labour({ role: 'professional' })).join('\n')).not.toContain(meldcode);
    expect(texts(labour({ role: 'professional', facts: facts({ relation: 'colleague' }) })).join('\n')).not.toContain(meldcode);
    // A volunteer with a client of the food bank is not bound by it.
    const volunteer = guidanceActivities(replies, 'nl', labour({ role: 'professional', facts: facts({ relation: 'client' }) }), {
      volunteer: true,
    });
    expect(volunteer.map((a) => a.text).join('\n')).not.toContain(meldcode);
  });
});

/** A story about work for every message of four words or more; short messages are choices or small talk. */
const story: Recognizer = {
  name: 'story-double',
  async recognize(text): Promise<Recognition> {
    const words = text.split(/\s+/).length;
    const thanks = /^(?:bedankt|dank je|thanks)/i.test(text);
    return {
      intent: thanks ? 'thanks' : words >= 4 ? 'describe_concern' : 'out_of_scope',
      form: !thanks && words >= 4 ? 'labour_exploitation' : 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};

const screen = testScreen();
/** In the screen's unsure band: the bot asks whether someone is in danger now. */
const UNSURE = 'ze is bang en ik weet niet of ze daar weg kan, haar baas is er nu';

beforeAll(() => {
  expect(screen.assess(UNSURE).level).toBe('unsure');
});

async function guided() {
  const bot = createTestBot(story);
  await join(bot.adapter);
  await say(bot.adapter, 'Over iemand anders');
  await say(bot.adapter, 'Mijn buurman werkt elke dag op een boerderij en krijgt geen loon');
  await say(bot.adapter, 'weet ik niet');
  return bot;
}

describe('a conversation that does not repeat itself', () => {
  it('closes a turn after the guidance with each closer once, not the same line at every turn', async () => {
    const { adapter } = await guided();
    const all: string[] = [];
    for (const next of ['ok', 'hm', 'tja', 'mwah', 'pff']) all.push(...(await say(adapter, next)).texts);
    for (const closer of ['triage.nextQuestion', 'triage.anythingElse', 'triage.listening'])
      expect(all.filter((x) => x === t(closer)).length).toBeLessThanOrEqual(1);
    // A turn with nothing else to say still says something.
    expect((await say(adapter, 'hmm')).texts.length).toBeGreaterThan(0);
  });

  it('points back to the routes once when the story goes on', async () => {
    const { adapter } = await guided();
    const all: string[] = [];
    for (const next of ['Hij slaapt ook in een schuur achter het huis', 'En hij werkt ook op zondag tot laat in de avond'])
      all.push(...(await say(adapter, next)).texts);
    expect(all.filter((x) => x === t('referrals.above')).length).toBeLessThanOrEqual(1);
  });

  it('answers "what are the signs?" after the guidance gave them with a short pointer back', async () => {
    const { adapter } = await guided();
    const turn = await say(adapter, 'wat zijn de signalen?');
    expect(turn.texts[0]).toBe(t('ownQuestionsAgain.signals'));
  });

  it('closes a goodbye warmly, once, without a question or 112', async () => {
    const { adapter } = await guided();
    const bye = await say(adapter, 'bedankt voor de hulp');
    expect(bye.texts).toEqual([t('triage.closeThanks')]);
    expect(bye.buttons).toEqual([]);
    expect((await say(adapter, 'bedankt nog')).texts).toEqual([t('small.thanks')]);
  });

  it('asks whether anyone is in danger now once, says "not sure?" only to doubt, and not again for the same reading', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    expect((await say(adapter, UNSURE)).all).toContain(t('triage.dangerCheck'));
    expect((await say(adapter, 'weet ik niet')).all).toContain(t('triage.dangerUnsure'));
    const other = await say(adapter, 'hij heeft ook geen contract gekregen van die boer');
    expect(other.all).not.toContain(t('triage.dangerUnsure'));
    // The same reading again, unanswered or after "nee": once per conversation (convo22).
    for (const answer of [null, 'nee']) {
      if (answer) await say(adapter, answer);
      const again = await say(adapter, UNSURE);
      expect(again.all).not.toContain(t('triage.dangerCheck'));
      expect(again.all).not.toContain(t('triage.dangerCheckAgain'));
    }
  });
});

describe('the police question with danger in view', () => {
  const context = {
    text: '',
    summary: emptyTriage(),
    retention: { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' },
  };
  it('is answered with 112 now while danger told before was not denied, unless it asks about later', () => {
    const now = ownAnswer(replies, 'nl', 'police', { ...context, text: 'is het niet overdreven om 112 te bellen?', dangerInView: true });
    expect(now[0]!.text).toBe(t('ownQuestions.policeNow'));
    const later = ownAnswer(replies, 'nl', 'police', { ...context, text: 'moet ik later ook naar de politie?', dangerInView: true });
    expect(later[0]!.text).toBe(t('ownQuestions.police'));
    expect(ownAnswer(replies, 'nl', 'police', { ...context, text: 'moet ik naar de politie?' })[0]!.text).toBe(t('ownQuestions.police'));
  });
});

describe('messages in a language the bot cannot read', () => {
  it('get the interpreter line in full once, then a short one, and from the third on none beside an answer in both languages', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    const first = await say(adapter, 'Pracuję na farmie, szef zabrał nam dowody osobiste');
    expect(first.all).toContain(catalog.t('nl', 'small.otherLanguage').split('\n')[0]);
    const second = await say(adapter, 'Nie wiem co mam teraz robić, proszę pomóż mi');
    expect(second.all).toContain(catalog.t('nl', 'small.otherLanguageAgain').split('\n')[0]);
    const third = await say(adapter, 'Czy szef się dowie, że to ja zgłosiłem?');
    expect(third.texts.length).toBeGreaterThan(0);
    expect(third.all).not.toContain(catalog.t('nl', 'small.otherLanguageAgain').split('\n')[0]);
  });
});

describe('a form that becomes clear after the guidance', () => {
  /** The story double, with the form shown only in a later message (the word "loon"). */
  const formLater: Recognizer = {
    name: 'form-later-double',
    async recognize(text): Promise<Recognition> {
      return { ...(await story.recognize(text, 'nl')), form: /\bloon\b/.test(text) ? 'labour_exploitation' : 'unknown' };
    },
  };

  /**
   * The guidance after the role's button and a story told from that side: the writer's own in the
   * first person, a bystander's of someone else. (Until round 30 the bystander told the writer's own
   * story in the first person after the button; the retrain that took in nlu-dev-z read it, rightly,
   * as the writer's own, and the signals for someone else went.)
   */
  async function afterGuidance(role: string) {
    const { adapter } = createTestBot(formLater);
    await join(adapter);
    await say(adapter, role);
    const story =
      role === t('answers.aboutMe')
        ? ['Ik woon sinds de zomer in een huis van de man die alles regelt', 'Hij houdt alles bij wat ik doe en ik mag niemand spreken']
        : [
            'Mijn buurman woont sinds de zomer in een huis van de man die alles regelt',
            'Die man houdt alles bij wat hij doet en hij mag niemand spreken',
          ];
    for (const line of story) await say(adapter, line);
    return adapter;
  }

  it('is named to the writer living it without the signals to look out for in someone else', async () => {
    const adapter = await afterGuidance(t('answers.aboutMe'));
    const turn = await say(adapter, 'Ik krijg al maanden geen loon en werk elke dag');
    expect(turn.texts).toContain(t('guidance.intro.labour_exploitation'));
    expect(turn.all).not.toContain(t('guidance.signalsTitle'));
  });

  it('is named to a bystander with its signals', async () => {
    const adapter = await afterGuidance(t('answers.aboutOther'));
    const turn = await say(adapter, 'Hij krijgt al maanden geen loon en werkt elke dag');
    expect(turn.texts).toContain(t('guidance.intro.labour_exploitation'));
    expect(turn.all).toContain(t('guidance.signalsTitle'));
  });
});

describe('a writer who first says who they are by their work', () => {
  /** The guidance turn after "Ik werk als bezorger", for the story told next. */
  async function afterIntroduction(next: string) {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Ik werk als bezorger in Amersfoort.');
    return say(adapter, next);
  }

  it('and then tells what they saw of others gets the guidance for a bystander, not "it is not your fault"', async () => {
    const turn = await afterIntroduction('Bij een adres wonen twaalf mannen die elke ochtend met een busje worden opgehaald');
    expect(turn.all).toContain(t('guidance.signalsTitle'));
    expect(turn.all).not.toContain(t('guidance.self'));
  });

  it('and then tells their own story still gets the guidance for the person living it', async () => {
    const turn = await afterIntroduction('Mijn baas houdt mijn paspoort en ik krijg al twee maanden geen loon');
    expect(turn.all).toContain(t('guidance.self'));
    expect(turn.all).not.toContain(t('guidance.signalsTitle'));
  });
});

describe('a first line that says no more than who writes (round 28)', () => {
  const neutral = ['canLeave', 'documentsHeld', 'debts', 'housingTiedToWork', 'age', 'safeNow', 'school'];
  const forARole = neutral.flatMap((q) => [t(`triage.question.${q}.self`), t(`triage.question.${q}.other`)]);

  it("gets words that fit a victim and a bystander alike: the readers' guess of the role is not borne out yet", async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    const turn = await say(adapter, 'Hallo, ik kom uit Syrië en ik woon sinds 2016 in Enschede');
    for (const text of [...forARole, t('guidance.self'), t('guidance.signalsTitle'), t('triage.askDescription.self')])
      expect(turn.all).not.toContain(text);
  });

  it("asks a minor's safety in words for a child writing and a worried adult alike", async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    const turn = await say(adapter, 'hoi ik ben 12 en ik wil iets vragen over mijn nicht');
    expect(turn.all).toContain(t('triage.question.safeNow.unknown'));
    for (const text of forARole) expect(turn.all).not.toContain(text);
  });

  it('once the writer tells their own situation in words, the texts are for the person living it', async () => {
    const { adapter } = createTestBot(story);
    await join(adapter);
    await say(adapter, 'Hallo, ik kom uit Syrië en ik woon sinds 2016 in Enschede');
    const turn = await say(adapter, 'Mijn baas houdt mijn paspoort en ik krijg al twee maanden geen loon');
    expect(turn.all).toContain(t('guidance.self'));
  });
});

describe('a writer who helps as a volunteer', () => {
  const meldcode = t('guidance.meldcode.title');
  async function told(first: string) {
    const bot = createTestBot(story);
    await join(bot.adapter);
    await say(bot.adapter, first);
    return (await say(bot.adapter, 'Een cliënt van ons moet elke dag in een kas werken en krijgt geen loon')).all;
  }

  it('gets no Meldcode; a paid professional with the same client does', async () => {
    expect(await told('Ik ben maatschappelijk werker bij het wijkteam')).toContain(meldcode);
    expect(await told('Ik ben vrijwilliger bij het wijkteam')).not.toContain(meldcode);
  });
});
