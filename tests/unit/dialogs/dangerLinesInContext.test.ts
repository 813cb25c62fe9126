/**
 * 112 and the danger question where the conversation calls for them, and not where nothing points
 * to danger: through the real bot and dialogs, with the real danger screen (the recognizer is a
 * double). A reading just over the acute threshold gets its 112 at once; the turns after it name 112
 * again only when they read unsure themselves or the citizen answers "yes". The danger question is
 * not asked about a story put in the past, nor again after "no one is in danger now" unless a danger
 * not told before comes up.
 */
import { FIRM_SCORE, heldOrHurtNow, scoreOnlyAlarm } from '../../../src/bot/dangerInView';
import type { Recognizer } from '../../../src/nlu/recognizer';
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { CALM, FEAR, FIRM, TENTATIVE, unsureByMargin } from '../../support/dangerSentences';

const screen = testScreen();
const UNSURE = FEAR;
/** In the unsure band, told as last year's. */
const UNSURE_PAST = 'vorig jaar durfde ze niet naar huis te gaan';
/** In the unsure band, naming a threat (lower than UNSURE). */
const UNSURE_THREAT = 'de baas dreigt ons steeds';
/**
 * In the unsure band, higher than UNSURE, alone and in its conversation: picked by its reading, the
 * highest such (round 30: "ik vermoed dat ze niet weg mag" names confinement with the verb last
 * since this round, and reads acute).
 */
const UNSURE_HIGH = (() => {
  const fitting = ['ik vermoed dat ze niet weg mag', 'ik denk dat hij niet weg kan van die man', 'ik denk dat ze er niet weg kan']
    .map((text) => ({ text, look: screen.look(text) }))
    .filter(
      ({ look }) =>
        look.danger.level === 'unsure' &&
        look.danger.score > screen.assess(UNSURE).score &&
        screen.inConversation(look, [{ level: 'unsure', score: 0.3 }]).level === 'unsure',
    )
    .sort((a, b) => b.look.danger.score - a.look.danger.score);
  return fitting[0]?.text ?? 'ik vermoed dat ze niet weg mag';
})();

/**
 * Acute on the score alone, over `FIRM_SCORE`: a man pulled inside, told as what happened once (a
 * situation named with a verb in the past and nothing of now).
 */
const SCORE_ONLY = firmOnScoreAlone([
  'Elke ochtend om 6 uur staat er een busje voor de deur en stappen er mannen in die er kapot uitzien. Eén keer vroeg een man me waar een dokter was, maar toen trok iemand hem naar binnen.',
  'Elke ochtend staat er een busje voor de deur en stappen er mannen in die er kapot uitzien. Eén keer vroeg een man me waar een dokter was, maar toen sleurde iemand hem mee naar binnen.',
  'Elke ochtend om 6 uur staat er een busje voor de deur en stappen er mannen in die er kapot uitzien, met verband om hun handen. Eén keer vroeg een man me waar een dokter was, maar toen trok iemand hem naar binnen.',
]);

/**
 * Of `candidates`, the one read acute on the score alone (scoreOnlyAlarm) farthest over FIRM_SCORE.
 * Round 30: the first of them, the one literal of before, went 0.80 -> 0.587 in a retrain.
 */
function firmOnScoreAlone(candidates: readonly string[]): string {
  const read = candidates.map((text) => ({ text, danger: screen.assess(text) }));
  const fitting = read
    .filter(({ danger }) => danger.level === 'acute' && !danger.suicidal && scoreOnlyAlarm(danger) && danger.score >= FIRM_SCORE)
    .sort((a, b) => b.danger.score - a.danger.score);
  if (fitting.length === 0)
    throw new Error(`None reads acute on the score alone over FIRM_SCORE: ${read.map((r) => r.danger.score).join(', ')}`);
  return fitting[0]!.text;
}
/** A calm detail after it. */
const CALM_DETAIL = 'ik woon er pal naast, het is een kas in het westland';
/** FIRM told as happening now: someone held at this moment (dangerInView.ts `heldOrHurtNow`). */
const HELD_NOW = 'de baas heeft zijn telefoon afgepakt en hij mag nu niet weg';

/**
 * In the unsure band: a danger situation (a phone taken), told with no time, higher than UNSURE.
 * Picked by its reading, the highest such (round 30: the first, the one literal of before, went
 * under UNSURE in a retrain).
 */
const NEW_DETAIL = (() => {
  const fitting = [
    'hij heeft haar telefoon afgepakt',
    'hij heeft haar telefoon afgepakt, zegt ze',
    'haar vriend heeft haar telefoon afgepakt',
  ]
    .map((text) => ({ text, danger: screen.assess(text) }))
    .filter(
      ({ danger }) =>
        danger.level === 'unsure' &&
        danger.reasons.includes('situation.phone') &&
        !danger.reasons.includes('distance.now') &&
        danger.score > screen.assess(UNSURE).score,
    )
    .sort((a, b) => b.danger.score - a.danger.score);
  return fitting[0]?.text ?? 'hij heeft haar telefoon afgepakt';
})();
/** Told as happening now, acute. */
const NEW_NOW_ACUTE = 'nu heeft hij haar telefoon afgepakt';
/**
 * Unsure alone, none in its conversation (a question naming no danger: turnContext.ts `turn.none`).
 * Picked by its reading (round 32: the first sentence read 0.047 between `unsure` 0.03 and
 * `unsurePlain` 0.06 after the retrain, calm alone).
 */
const EXPLAINED_DOUBT = unsureByMargin([
  'they cannot know that I told you. can this stay secret?',
  'will they find out I told you? please keep this secret',
  'komen ze erachter dat ik het jullie verteld heb? hou het alsjeblieft geheim',
]);

/**
 * A first account of a worry in the unsure band, under the model's acute threshold, naming no danger,
 * no now and nobody held (calm30). Picked by its reading (round 40: the first read 0.074 before and
 * 0.186 after the training order became a hash of each text, still unsure and under `acute` 0.207
 * but no longer a fifth under it; long days and sleeping at the workplace may well read nearer).
 */
const STORY_UNSURE = unsureByMargin([
  'er werken vrouwen in de salon naast mij, ze zijn er van 9 tot 10 uur en slapen volgens mij achter in de zaak',
  'er werken vrouwen in de salon naast mij, ze zijn er de hele dag en slapen volgens mij achter in de zaak',
]);
/**
 * The same, with the story's own "nu" (calm30). Picked by its reading (round 32: the first one read
 * 0.052, under `unsurePlain` 0.06 after the retrain, calm alone); each tells gifts first and a debt now.
 */
const STORY_NOW = unsureByMargin([
  'eerst kreeg ze cadeaus van hem, nu zegt hij dat ze iets terug moet doen',
  'eerst kreeg ze cadeaus van hem, nu zegt hij dat ze hem iets schuldig is',
  'eerst kreeg ze kleren van hem, nu zegt hij dat ze iets terug moet doen',
]);

/** In the unsure band, low: a girl crying at school, told with no time (calm30). */
const UNSURE_LOW = 'een meisje uit de brugklas zit na school vaak op de wc te huilen, ze durft niet naar huis';
/** A "no" whose "now" is the answer: unsure, higher than UNSURE_LOW, telling of now and no danger situation. */
// form41's retrain: without the comma 0.101 against UNSURE_LOW's 0.082 (the margin of 1.5 below asks 0.123).
const NO_NOT_THERE = 'nee, nu is ze er niet, school is al dicht';

/**
 * In the unsure band alone, well under `sure`: a debt where the story stands now, no moment (calm32,
 * screen.ts `tellsNowOfAnEvent`). Chosen again in mend32: "nu zeggen ze dat hij 4000 euro schuldig
 * is" read 0.506 after round 32's retrain, over `sure`, where the question is kept for the score.
 */
const DEBT_NOW = 'nu is zijn schuld bij hen 4000 euro';
/** In the unsure band alone: what happens at this moment. */
const MOMENT_NOW = 'nu komen er steeds andere mannen binnen';

/** Danger in words the bot cannot read: 112 and 113 (it may hold thoughts of suicide the bot cannot see). */
const UNREAD_ALARM = 'pomocy, szef zabrał mi paszport i nie mogę wyjść';

const story = labourStoryRecognizer;
/** The story double, with a thank-you read as one. */
const storyWithThanks: Recognizer = {
  name: 'story-thanks-double',
  async recognize(text, locale) {
    const read = await story.recognize(text, locale);
    return /^dank/i.test(text) ? { ...read, intent: 'thanks', form: 'unknown' } : read;
  },
};

async function conversation() {
  return (await joinedBot(story)).adapter;
}

beforeAll(() => {
  const tentative = screen.assess(TENTATIVE);
  expect(tentative).toMatchObject({ level: 'acute', suicidal: false });
  expect(tentative.score).toBeLessThan(FIRM_SCORE);
  expect(screen.assess(FIRM).score).toBeGreaterThanOrEqual(FIRM_SCORE);
  expect(screen.assess(FIRM).level).toBe('acute');
  expect(screen.assess(HELD_NOW)).toMatchObject({ level: 'acute', suicidal: false });
  expect(heldOrHurtNow(screen.assess(HELD_NOW).reasons)).toBe(true);
  expect(heldOrHurtNow(screen.assess(FIRM).reasons)).toBe(false);
  for (const t of [CALM, 'ja', 'nee', CALM_DETAIL]) expect(screen.assess(t).level).toBe('none');
  const onScore = screen.assess(SCORE_ONLY);
  expect(onScore).toMatchObject({ level: 'acute', suicidal: false });
  expect(onScore.score).toBeGreaterThanOrEqual(FIRM_SCORE);
  expect(scoreOnlyAlarm(onScore)).toBe(true);
  for (const t of [UNSURE, UNSURE_PAST, UNSURE_THREAT]) expect(screen.assess(t).level).toBe('unsure');
  const detail = screen.assess(NEW_DETAIL);
  expect(detail).toMatchObject({ level: 'unsure', reasons: expect.arrayContaining(['situation.phone']) as unknown });
  expect(detail.reasons).not.toContain('distance.now');
  expect(detail.score).toBeGreaterThan(screen.assess(UNSURE).score);
  expect(screen.assess(NEW_NOW_ACUTE).level).toBe('acute');
  const doubt = screen.look(EXPLAINED_DOUBT);
  expect(doubt.danger.level).toBe('unsure');
  expect(
    screen.inConversation(doubt, [
      { level: 'acute', score: 0.4 },
      { level: 'none', score: 0.01 },
    ]),
  ).toMatchObject({
    level: 'none',
    reasons: expect.arrayContaining(['turn.none']) as unknown,
  });
  for (const text of [STORY_UNSURE, STORY_NOW]) {
    const story = screen.look(text).danger;
    expect(story.level).toBe('unsure');
    expect(story.score).toBeLessThan(screen.bundle.thresholds.acute * 0.8);
    expect(story.score).toBeGreaterThan(screen.bundle.thresholds.unsure * 2);
  }
  expect(screen.assess(STORY_NOW).reasons).toContain('distance.now');
  // Over `acute` by its score, unsure for naming no situation (the `overAcute` first account of calm30).
  // Round 40: 0.312 before and 0.215 after the hash-ordered training (acute 0.193 and 0.207); the
  // margin of a fifth over `acute` this asked for pinned the old training's edge.
  expect(screen.assess(UNSURE).score).toBeGreaterThan(screen.bundle.thresholds.acute);
  const low = screen.assess(UNSURE_LOW);
  const notThere = screen.assess(NO_NOT_THERE);
  expect(low.level).toBe('unsure');
  expect(notThere).toMatchObject({ level: 'unsure', reasons: expect.arrayContaining(['distance.now']) as unknown });
  expect(notThere.score).toBeGreaterThan(low.score * 1.5);
  expect(screen.assess(UNSURE_PAST).reasons).toContain('distance.past');
  expect(screen.assess(UNSURE_THREAT).reasons).toContain('situation.threat');
  expect(screen.assess(UNSURE_THREAT).score).toBeLessThan(screen.assess(UNSURE).score);
  const high = screen.look(UNSURE_HIGH);
  expect(high.danger.level).toBe('unsure');
  expect(high.danger.score).toBeGreaterThan(screen.assess(UNSURE).score);
  expect(screen.inConversation(high, [{ level: 'unsure', score: 0.3 }]).level).toBe('unsure');
});

describe('112 after a reading just over the acute threshold', () => {
  it('is said at once, and not again at the calm message after it', async () => {
    const adapter = await conversation();
    expect((await say(adapter, TENTATIVE)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, CALM)).all).not.toMatch(/\b112\b/);
    expect((await say(adapter, 'en wat doet de inspectie dan?')).all).not.toMatch(/\b112\b/);
  });

  it('a firm reading of someone held now still keeps 112 in the turn after it; any other not at a calm detail (round 45)', async () => {
    const adapter = await conversation();
    expect((await say(adapter, HELD_NOW)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, CALM)).all).toMatch(/\b112\b/);
    const other = await conversation();
    expect((await say(other, FIRM)).texts[0]).toMatch(/\b112\b/);
    // The guidance that comes at this turn lists 112 among its routes; no line of its own names it.
    const calm = await say(other, CALM);
    expect(calm.texts.filter((t) => /\b112\b/.test(t) && !t.startsWith('Hier kun je terecht:'))).toEqual([]);
  });

  it('"ja" to its "Is er nu gevaar?" is danger now: 112 again', async () => {
    const adapter = await conversation();
    await say(adapter, TENTATIVE);
    expect((await say(adapter, 'ja')).texts[0]).toMatch(/\b112\b/);
  });

  it('a next message that reads unsure names 112 again', async () => {
    const adapter = await conversation();
    await say(adapter, TENTATIVE);
    expect((await say(adapter, UNSURE)).all).toMatch(/\b112\b/);
  });

  it('"nee" to it takes 112 out of view', async () => {
    const adapter = await conversation();
    await say(adapter, TENTATIVE);
    expect((await say(adapter, 'nee')).all).not.toMatch(/\b112\b/);
    expect((await say(adapter, 'ok')).all).not.toMatch(/\b112\b/);
  });
});

describe('112 on the score alone, and a calm message after it (cascade27)', () => {
  it('is said at once; a calm detail after it ends it without "no": no still-now line, no reminder', async () => {
    const adapter = await conversation();
    expect((await say(adapter, SCORE_ONLY)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, CALM_DETAIL)).all).not.toMatch(/\b112\b/);
    expect((await say(adapter, 'wat gebeurt er na een melding?')).all).not.toMatch(/\b112\b/);
  });

  it('a next message about the police keeps it: the still-now line', async () => {
    const adapter = await conversation();
    await say(adapter, SCORE_ONLY);
    expect((await say(adapter, 'moet ik de politie bellen?')).all).toMatch(/\b112\b/);
  });

  it('a firm 112 for someone held now keeps the still-now line on the same calm detail', async () => {
    const adapter = await conversation();
    await say(adapter, HELD_NOW);
    expect((await say(adapter, CALM_DETAIL)).all).toMatch(/\b112\b/);
  });
});

describe('a doubt the conversation explains away, turns after a 112 (calm28)', () => {
  const after = async (alarm: string) => {
    const adapter = await conversation();
    expect((await say(adapter, alarm)).texts[0]).toMatch(/\b112\b/);
    for (const calm of [CALM, CALM_DETAIL, 'en wat doet de inspectie dan?']) await say(adapter, calm);
    return say(adapter, EXPLAINED_DOUBT);
  };

  it('after a tentative 112: no 112 again', async () => {
    expect((await after(TENTATIVE)).all).not.toMatch(/\b112\b/);
  });

  it('after a firm 112 for a danger named: 112 again', async () => {
    expect((await after(FIRM)).all).toMatch(/\b112\b/);
  });
});

describe('a thank-you after 113 named only for words the bot could not read (calm28)', () => {
  it('names neither 112 nor 113 again', async () => {
    const adapter = (await joinedBot(storyWithThanks)).adapter;
    const alarm = await say(adapter, UNREAD_ALARM);
    expect(alarm.all).toMatch(/\b112\b/);
    expect(alarm.all).toMatch(/\b113\b/);
    await say(adapter, 'moet ik nu naar de politie?');
    const thanks = await say(adapter, 'dank je wel');
    expect(thanks.all).not.toMatch(/\b113\b/);
    expect(thanks.all).not.toMatch(/\b112\b/);
  });
});

describe('"should I call the police?" asked again while danger is in view', () => {
  it('is answered with 112 again, in fewer words than the first time', async () => {
    const adapter = await conversation();
    await say(adapter, FIRM);
    const first = (await say(adapter, 'moet ik nu de politie bellen?')).texts.find((t) => /zelf meteen 112/.test(t));
    expect(first).toBeDefined();
    const again = await say(adapter, 'moet ik echt de politie bellen?');
    expect(again.all).toMatch(/\b112\b/);
    expect(again.texts).not.toContain(first);
  });
});

describe('the danger question in the unsure band, in context', () => {
  it('is asked about a message that cannot be told, not about one the citizen put in the past', async () => {
    const told = await conversation();
    await say(told, 'het gaat over mijn nicht, ze werkt in een nagelsalon');
    expect((await say(told, UNSURE)).all).toMatch(DANGER_QUESTION);

    const past = await conversation();
    await say(past, 'het gaat over mijn nicht, ze werkt in een nagelsalon');
    const turn = await say(past, UNSURE_PAST);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('after "nee", not again for a reading that tells no danger not told before, higher or not (calm23)', async () => {
    const adapter = await conversation();
    await say(adapter, 'het gaat over mijn nicht, ze werkt in een nagelsalon');
    expect((await say(adapter, UNSURE)).all).toMatch(DANGER_QUESTION);
    await say(adapter, 'nee');
    expect((await say(adapter, UNSURE)).all).not.toMatch(DANGER_QUESTION);
    expect((await say(adapter, UNSURE_THREAT)).all).not.toMatch(DANGER_QUESTION);
    expect((await say(adapter, UNSURE_HIGH)).all).not.toMatch(DANGER_QUESTION);
  });

  it('after "nee", a new detail not told as now gets neither the question nor 112; told now and acute, 112 at once (calm28)', async () => {
    const afterNo = async () => {
      const adapter = await conversation();
      await say(adapter, 'het gaat over mijn nicht, ze werkt in een nagelsalon');
      expect((await say(adapter, UNSURE)).all).toMatch(DANGER_QUESTION);
      await say(adapter, 'nee');
      return adapter;
    };
    const detail = await say(await afterNo(), NEW_DETAIL);
    expect(detail.all).not.toMatch(DANGER_QUESTION);
    expect(detail.all).not.toMatch(/\b112\b/);
    expect((await say(await afterNo(), NEW_NOW_ACUTE)).texts[0]).toMatch(/\b112\b/);
  });

  it.each([STORY_UNSURE, STORY_NOW])(
    'the first account of a worry that the model reads under its acute threshold, naming no danger, gets no question after the welcome (calm30): %p',
    async (text) => {
      const adapter = await conversation();
      await say(adapter, 'hallo');
      const turn = await say(adapter, text);
      expect(turn.all).not.toMatch(DANGER_QUESTION);
      expect(turn.all).not.toMatch(/\b112\b/);
    },
  );

  it('the same words as the first message, a first account the model reads over it, or one told now and acute keep the question or 112 (calm30)', async () => {
    const first = await conversation();
    expect((await say(first, STORY_UNSURE)).all).toMatch(DANGER_QUESTION);

    const over = await conversation();
    await say(over, 'hallo');
    expect((await say(over, UNSURE)).all).toMatch(DANGER_QUESTION);

    const now = await conversation();
    await say(now, 'hallo');
    expect((await say(now, NEW_NOW_ACUTE)).texts[0]).toMatch(/\b112\b/);
  });

  it('asked once, not again for a "no" whose "now" is the answer (calm30)', async () => {
    const adapter = await conversation();
    await say(adapter, 'hallo');
    expect((await say(adapter, UNSURE_LOW)).all).toMatch(DANGER_QUESTION);
    await say(adapter, 'ze is 13');
    expect((await say(adapter, NO_NOT_THERE)).all).not.toMatch(DANGER_QUESTION);
  });

  it('the same worry told after a line that only says whom it is about: a later turn, asked whether the child is safe now (unsure45)', async () => {
    // Round 45 (unsure45): read as a later turn, not as the first account (readInConversation.ts
    // tellsTheStory), by the later-turn model: 0.013, under its unsure point of 0.017, so it no
    // longer gets "Is iemand op dit moment in gevaar?" but the child's own safety question. Until
    // unsure45 it got the danger question from an unsure point of 0.003 set by first messages.
    const adapter = await conversation();
    await say(adapter, 'het gaat over een meisje op de school waar ik schoonmaak');
    const turn = await say(adapter, UNSURE_LOW);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).toMatch(/Is het kind nu op een veilige plek\?/);
  });

  it('after the story was heard, a "now" that tells where a debt stands gets no question; one that tells a moment keeps it (calm32)', async () => {
    for (const text of [DEBT_NOW, MOMENT_NOW]) expect(screen.assess(text).level).toBe('unsure');
    expect(screen.assess(DEBT_NOW).reasons).toContain('distance.now');
    // Well under `sure` (under the middle of the band), so a retrain does not tip it over the edge.
    const { acute, sure } = screen.bundle.thresholds;
    expect(screen.assess(DEBT_NOW).score).toBeLessThan((acute + sure) / 2);
    const heard = async () => {
      const adapter = await conversation();
      await say(adapter, 'het gaat over mijn neef, hij werkt voor een paar mannen en krijgt geen geld');
      const guidance = await say(adapter, 'hij werkt elke dag van 7 tot 10 in een loods en slaapt daar ook');
      expect(guidance.all).toMatch(/Hier kun je terecht/);
      return adapter;
    };
    const debt = await say(await heard(), DEBT_NOW);
    expect(debt.all).not.toMatch(DANGER_QUESTION);
    expect(debt.all).not.toMatch(/\b112\b/);
    expect((await say(await heard(), MOMENT_NOW)).all).toMatch(DANGER_QUESTION);
    // A moment after a plain "no" is most often the answer: read in its conversation, no question.
    expect(screen.assess(NO_NOT_THERE)).toMatchObject({ level: 'unsure', reasons: expect.arrayContaining(['now.event']) });
    expect((await say(await heard(), NO_NOT_THERE)).all).not.toMatch(DANGER_QUESTION);
  });

  it('"ze is nu veilig" in the story counts as that "nee"', async () => {
    const adapter = await conversation();
    await say(adapter, 'het gaat over mijn nicht, ze werkte in een nagelsalon');
    await say(adapter, 'ze is nu veilig bij haar zus');
    expect((await say(adapter, UNSURE)).all).not.toMatch(DANGER_QUESTION);
  });
});

describe('112 said, then the same danger told again with nothing new (calm34)', () => {
  const situationsOf = (text: string) => screen.assess(text).reasons.filter((r) => r.startsWith('situation.'));
  /** Acute alone, firm: shouting and crying heard (no one held or hurt named). */
  const HEARD = 'hij schreeuwt tegen ze en ze huilen';
  /** Acute alone, naming only what HEARD named, with no mark of now: picked by its reading. */
  const REPEAT = (() => {
    const heard = new Set(situationsOf(HEARD));
    const fitting = [
      'de man schreeuwt steeds tegen ze en ze huilen',
      'de baas schreeuwt de hele dag tegen ze',
      'ze hoort elke nacht gegil en gebonk bij de buren',
    ]
      .map((text) => ({ text, danger: screen.assess(text) }))
      .filter(
        ({ danger }) =>
          danger.level === 'acute' &&
          !danger.suicidal &&
          danger.reasons.every((r) => !/^(floor|told|answer)\.|^distance\.now$|^now\.event$/u.test(r)) &&
          danger.reasons.filter((r) => r.startsWith('situation.')).every((r) => heard.has(r)),
      );
    if (fitting.length === 0) throw new Error('no repeat of HEARD reads acute');
    return fitting[0]!.text;
  })();
  /** Acute, someone held (as FIRM named), told again in the present. */
  const HELD_AGAIN = 'hij mag echt niet weg van die baas';
  /** Acute with a danger FIRM did not name (violence), told with no distance. */
  const NEW_SITUATION = 'hij mag niet weg en de baas slaat hem';

  beforeAll(() => {
    expect(screen.assess(HEARD)).toMatchObject({ level: 'acute', suicidal: false });
    expect(screen.assess(HELD_AGAIN).level).toBe('acute');
    expect(situationsOf(HELD_AGAIN).every((s) => situationsOf(FIRM).includes(s))).toBe(true);
    expect(screen.assess(NEW_SITUATION).level).toBe('acute');
    expect(situationsOf(NEW_SITUATION).some((s) => !situationsOf(FIRM).includes(s))).toBe(true);
  });

  /** The texts of a turn that name 112 beside the guidance's list of routes (where 112 stays while danger is in view). */
  const dangerLines = (texts: readonly string[]) => texts.filter((t) => /\b112\b/.test(t.replace(/^- .*\b112\b.*$/gmu, '')));

  it('gets no 112 again, and no "is the danger still there?" after it', async () => {
    const adapter = await conversation();
    expect((await say(adapter, HEARD)).texts[0]).toMatch(/\b112\b/);
    expect(dangerLines((await say(adapter, REPEAT)).texts)).toEqual([]);
    expect(dangerLines((await say(adapter, CALM_DETAIL)).texts)).toEqual([]);
  });

  it('the same words as the first message get 112 at once', async () => {
    const adapter = await conversation();
    expect((await say(adapter, REPEAT)).texts[0]).toMatch(/\b112\b/);
  });

  it('a danger happening now, one not named before, or someone held told again get 112 at once', async () => {
    const now = await conversation();
    await say(now, FIRM);
    expect((await say(now, NEW_NOW_ACUTE)).texts[0]).toMatch(/\b112\b/);
    const other = await conversation();
    await say(other, FIRM);
    expect((await say(other, NEW_SITUATION)).texts[0]).toMatch(/\b112\b/);
    const held = await conversation();
    await say(held, FIRM);
    expect((await say(held, HELD_AGAIN)).texts[0]).toMatch(/\b112\b/);
  });

  it('after the citizen said no one is in danger now: the same story again gets neither 112 nor the question, a danger now 112 at once', async () => {
    const adapter = await conversation();
    await say(adapter, HEARD);
    await say(adapter, 'nee, er is nu niemand in gevaar');
    const again = await say(adapter, REPEAT);
    expect(dangerLines(again.texts)).toEqual([]);
    expect(again.all).not.toMatch(DANGER_QUESTION);
    expect((await say(adapter, NEW_NOW_ACUTE)).texts[0]).toMatch(/\b112\b/);
  });
});
