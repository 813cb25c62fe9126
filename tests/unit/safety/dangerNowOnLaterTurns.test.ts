/**
 * A danger told as happening now on a later turn holds whatever the later-turn model learned (round
 * 47, issue 10): learning dialogs-dev-ao moved that model's score of "nu heeft hij haar telefoon
 * afgepakt" after a "nee" under `sure`, and the turn lost its 112. Proven here against a later model
 * that reads every text as calm (`blindLaterModel`): what such a turn keeps, it keeps by rule, not by
 * the weights of the day. And the later model still lowers what it is there to lower.
 */
import { laterTurnBundle, type StoredLaterTurnModel } from '../../../src/nlu/model/laterTurnModel';
import {
  KEPT_BY_MAIN_REASON,
  LaterTurnScreen,
  harmToldAsOver,
  keepsMainReading,
  laterTurnScreen,
} from '../../../src/safety/laterTurnScreen';
import type { EarlierTurn } from '../../../src/safety/turnContext';
import { screenText } from '../../../src/understanding/firstLook';
import { DONE_NOW, HELD_OR_HURT_NOW } from '../../support/dangerNowSentences';
import { testScreen } from '../../support/screen';

const main = testScreen();

/** A later-turn model whose danger score is the same low value for every text (all weights 0). */
function blindLaterModel(thresholds: Partial<StoredLaterTurnModel['thresholds']> = {}): StoredLaterTurnModel {
  const size = main.bundle.vocabulary.danger.size;
  return {
    format: 1,
    sourceHash: '0'.repeat(64),
    mainSourceHash: main.bundle.sourceHash,
    trainedOn: { messages: 0, turns: 0 },
    thresholds: { acute: 0.216, unsure: 0.014, unsurePlain: 0.056, sure: 0.5, ...thresholds },
    danger: { classes: ['no', 'yes'], bias: [3, -3], scale: 1, weights: Buffer.alloc(size * 2 * 2).toString('base64') },
  };
}

const blind = new LaterTurnScreen(laterTurnBundle(main.bundle, blindLaterModel()), main);

/** A story told, the danger question asked, and "nee" read as its answer (storyTime.ts: the time is away, by a denial). */
const AFTER_NO: readonly EarlierTurn[] = [
  { level: 'none', score: 0.02 },
  { level: 'unsure', score: 0.3, time: 'now' },
  { level: 'none', score: 0.01, time: 'away', denied: true },
];
/** A story told in the past (the time is away), nothing denied (round 48). */
const PAST_STORY: readonly EarlierTurn[] = [
  { level: 'none', score: 0.02 },
  { level: 'none', score: 0.05, time: 'away' },
];
/** A story told, nothing denied. */
const STORY: readonly EarlierTurn[] = [
  { level: 'none', score: 0.02 },
  { level: 'none', score: 0.05 },
];

const acuteAlone = (texts: readonly string[]) => texts.filter((t) => main.assess(t).level === 'acute');

describe('the later-turn screen keeps the main reading of a danger told now', () => {
  const heldNow = acuteAlone(HELD_OR_HURT_NOW);
  const doneNow = acuteAlone(DONE_NOW);

  it('has enough of each kind read acute as a first message to prove anything', () => {
    expect(heldNow.length).toBeGreaterThanOrEqual(HELD_OR_HURT_NOW.length * 0.75);
    expect(doneNow.length).toBeGreaterThanOrEqual(DONE_NOW.length * 0.5);
    expect(blind.assess('hij heeft haar paspoort afgepakt en ze mag niet weg').score).toBeLessThan(0.05);
    // What the rule rests on: the reader sees someone held, hurt or threatened at this moment.
    for (const text of heldNow) expect([text, keepsMainReading(main.look(text).read)]).toEqual([text, true]);
  });

  it('someone held, hurt or threatened now: acute on any later turn, alone and in its conversation', () => {
    for (const text of heldNow) {
      const look = blind.look(text);
      expect([text, look.danger.level]).toEqual([text, 'acute']);
      expect(look.danger.reasons).toContain(KEPT_BY_MAIN_REASON);
      expect([text, blind.inConversation(look, STORY).level]).toEqual([text, 'acute']);
      expect([text, blind.inConversation(look, AFTER_NO).level]).toEqual([text, 'acute']);
    }
  });

  it('anything told as happening now after the citizen said no one is in danger now: acute', () => {
    for (const text of [...doneNow, ...heldNow]) {
      const look = blind.look(text);
      expect([text, blind.inConversation(look, AFTER_NO).level]).toEqual([text, 'acute']);
    }
  });

  it('the same acts without that "nee" are the later model’s to weigh (it reads them calm)', () => {
    const lowered = doneNow.filter((text) => blind.inConversation(blind.look(text), STORY).level !== 'acute');
    expect(lowered).toEqual(doneNow);
  });

  it('after a story only told in the past, too; someone held, hurt or threatened now still holds (round 48)', () => {
    const past = doneNow.filter((text) => !heldNow.includes(text));
    expect(past.length).toBeGreaterThan(0);
    for (const text of past) expect([text, keepsMainReading(main.look(text).read, PAST_STORY)]).toEqual([text, false]);
    for (const text of heldNow) expect([text, blind.inConversation(blind.look(text), PAST_STORY).level]).toEqual([text, 'acute']);
  });

  it('the shipped later model reads the same', () => {
    const later = laterTurnScreen(main)!;
    for (const text of heldNow) expect([text, later.inConversation(later.look(text), STORY).level]).toEqual([text, 'acute']);
    for (const text of [...doneNow, ...heldNow])
      expect([text, later.inConversation(later.look(text), AFTER_NO).level]).toEqual([text, 'acute']);
  });
});

describe('a harm told as over (round 48)', () => {
  it.each([
    'Hij slaat niet. Een keer in het begin heeft hij mij geduwd, tegen de muur, maar nu niet meer.',
    'one time he pushed me against the wall, but not anymore',
  ])('%p: the "now" is when it stopped, the later model weighs it', (text) => {
    const read = main.look(text).read;
    expect(harmToldAsOver(read)).toBe(true);
    expect(keepsMainReading(read, STORY)).toBe(false);
  });

  it.each([
    'nu slaat hij haar',
    'hij sloeg haar, maar nu niet meer, nu houdt hij haar vast',
    'he is not beating her anymore but now he locks her in',
  ])('%p: a harm told now, or after the "not anymore", still holds', (text) => {
    expect(harmToldAsOver(main.look(text).read)).toBe(false);
  });
});

describe('what the later-turn model still lowers', () => {
  it('a detail with no now, and a danger told in the past, after "nee" as well', () => {
    for (const text of ['hij heeft haar paspoort afgepakt', 'vorig jaar heeft hij haar geslagen', 'ze slaapt in de kas achter het huis']) {
      const read = main.look(text).read;
      expect([text, keepsMainReading(read, AFTER_NO)]).toEqual([text, false]);
      expect(blind.inConversation(blind.look(text), AFTER_NO).level).not.toBe('acute');
    }
  });

  it('a "no" told with its own now stays no danger now', () => {
    for (const text of ['nee vandaag niet, hij is nu op zijn werk', 'no, right now nobody is in danger, he left']) {
      const screened = screenText(blind, text);
      expect([text, blind.inConversation(screened, AFTER_NO).level]).toEqual([text, 'none']);
    }
  });
});

describe('the unread-situation floor on a later turn', () => {
  /**
   * Acute alone only by that floor (an injury in words the model reads poorly), labelled calm as the
   * fourth turn of its story (tests/unit/bot/floorInConversation.test.ts).
   */
  const UNREAD =
    'Haar voeten waren echt kapot. Blaren, een ontstoken nagel, alsof ze dagenlang op haar voeten staat. Ook blauwe plekken bij haar enkels.';

  it('holds from the main model’s unsure point, however low the later model puts its own', () => {
    expect(main.assess(UNREAD).reasons).toContain('floor.situation_unread');
    // The blind model scores about 0.0025, under the main unsure point: no 112 on the floor, even
    // where the later model's own unsure point lies under that score.
    const low = new LaterTurnScreen(laterTurnBundle(main.bundle, blindLaterModel({ unsure: 0.001, unsurePlain: 0.001 })), main);
    const danger = low.assess(UNREAD);
    expect(danger.score).toBeLessThan(main.bundle.thresholds.unsure);
    expect(danger.reasons).not.toContain('floor.situation_unread');
    // Still never silent: the bot asks.
    expect(danger.level).toBe('unsure');
  });
});

describe('a danger both models find, weighed on the main model’s scale of sure (round 51)', () => {
  /** A time told with a moment now, no other situation: evidence only from `sure` on (screen.ts situationEvidence). */
  const TIME_NOW = 'he is picking her up in an hour, I am outside right now';

  it('keeps the main reading where the later model scores over its own acute point but under sure', () => {
    const alone = main.assess(TIME_NOW);
    expect(alone.level).toBe('acute');
    expect(alone.score).toBeGreaterThanOrEqual(main.bundle.thresholds.sure);
    // The blind model scores about 0.0025: over an acute point of 0.001, far under `sure`.
    const agreeing = new LaterTurnScreen(
      laterTurnBundle(main.bundle, blindLaterModel({ acute: 0.001, unsure: 0.001, unsurePlain: 0.001 })),
      main,
    );
    const turn = agreeing.inConversation(screenText(agreeing, TIME_NOW), STORY);
    expect(turn.level).toBe('acute');
    expect(turn.reasons).toContain(KEPT_BY_MAIN_REASON);
  });

  it('lets the later model lower it where its score is under its own acute point', () => {
    expect(blind.look(TIME_NOW).danger.score).toBeLessThan(blind.bundle.thresholds.acute);
    expect(blind.inConversation(screenText(blind, TIME_NOW), STORY).level).not.toBe('acute');
  });
});
