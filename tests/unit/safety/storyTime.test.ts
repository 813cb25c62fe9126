/**
 * The story's time kept in the conversation (src/safety/storyTime.ts, round 36) and the reading of a
 * later turn against it (turnContext.ts `assessTurn`): once an earlier turn set the story away from
 * now, a detail with no now of its own gets no danger question, and one told away from now no 112;
 * danger told now keeps 112 at once and the unsure band keeps its question where no time was set.
 * Sentences written for this test.
 */
import {
  deniesDangerNowTold,
  establishedTime,
  storyTimeOfTurn,
  tellsANowOfItsOwn,
  timeSetAwayByDenial,
  toldAwayFromNow,
} from '../../../src/safety/storyTime';
import { assessTurn, earlierTurnsOf, STORY_TIME_REASON, type EarlierTurn } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const away: EarlierTurn[] = [{ level: 'none', score: 0.02, time: 'away' }];
const noTime: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const inConversation = (text: string, earlier: readonly EarlierTurn[]) => screen.inConversation(screen.look(text), earlier);
const trusted = { readable: true, overSure: false };
const acuteOnScore = (reasons: string[]): DangerAssessment => ({
  level: 'acute',
  suicidal: false,
  reasons: ['model.acute', ...reasons],
  score: 0.4,
});

describe('what a turn tells of the story time', () => {
  it('is danger now for a turn read acute, and away for a calm one set in the past or "no danger now"', () => {
    expect(storyTimeOfTurn({ level: 'acute', reasons: ['model.acute'] }, false)).toBe('now');
    expect(storyTimeOfTurn({ level: 'none', reasons: ['distance.past'] }, false)).toBe('away');
    expect(storyTimeOfTurn({ level: 'none', reasons: [] }, true)).toBe('away');
    expect(storyTimeOfTurn({ level: 'none', reasons: ['distance.past_verb'] }, false)).toBe('away');
  });

  it('is now while danger told before is in view, unless the citizen says no one is in danger now', () => {
    expect(storyTimeOfTurn({ level: 'none', reasons: ['turn.repeat', 'distance.past'] }, false, true)).toBe('now');
    expect(storyTimeOfTurn({ level: 'none', reasons: [] }, true, true)).toBe('away');
    // Danger read now outweighs a "no" beside it.
    expect(storyTimeOfTurn({ level: 'acute', reasons: ['answer.no_but_danger'] }, true)).toBe('now');
  });

  it('is away after a plain "nee" read as the answer to the danger question, as after "er is nu niemand in gevaar" (round 47)', () => {
    expect(storyTimeOfTurn({ level: 'none', reasons: ['answer.no_danger_now'] }, false)).toBe('away');
    expect(storyTimeOfTurn({ level: 'none', reasons: ['answer.no_danger_now'] }, false, true)).toBe('away');
    // Other answers stay a now of their own: "ja", "weet ik niet", a "no" with a danger beside it.
    expect(storyTimeOfTurn({ level: 'acute', reasons: ['answer.danger_now'] }, false)).toBe('now');
    expect(storyTimeOfTurn({ level: 'unsure', reasons: ['answer.danger_unknown'] }, false)).toBe('now');
    expect(storyTimeOfTurn({ level: 'acute', reasons: ['answer.no_danger_now', 'told.danger_after_no'] }, false)).toBe('now');
  });

  it('is now for a calm turn with a now of its own: the present is open again', () => {
    expect(storyTimeOfTurn({ level: 'none', reasons: ['distance.past', 'distance.now'] }, false)).toBe('now');
    expect(storyTimeOfTurn({ level: 'none', reasons: ['now.event'] }, false)).toBe('now');
  });

  it('is nothing for a calm turn with no time, with a now of its own, or one still in doubt', () => {
    expect(storyTimeOfTurn({ level: 'none', reasons: [] }, false)).toBeUndefined();
    expect(storyTimeOfTurn({ level: 'none', reasons: ['distance.not_urgent'] }, false)).toBeUndefined();
    expect(storyTimeOfTurn({ level: 'none', reasons: ['distance.feared_consequence'] }, false)).toBeUndefined();
    expect(storyTimeOfTurn({ level: 'unsure', reasons: ['distance.past'] }, false)).toBeUndefined();
  });

  it('is the latest time a turn told; turns kept without one tell none', () => {
    expect(establishedTime([])).toBeUndefined();
    expect(establishedTime(noTime)).toBeUndefined();
    expect(establishedTime([{ time: 'away' }, {}])).toBe('away');
    expect(establishedTime([{ time: 'away' }, { time: 'now' }, {}])).toBe('now');
    expect(establishedTime([{ time: 'now' }, { time: 'away' }])).toBe('away');
  });

  it('reads a now of its own from a "now", a time for today, a cry, 112 named, someone held or hurt now, a rule or a "yes"', () => {
    for (const reasons of [
      ['distance.now'],
      ['now.event'],
      ['situation.soon'],
      ['situation.call_for_help'],
      ['situation.alarm'],
      ['screen.never_silent'],
      ['floor.explicit_alarm'],
      ['answer.danger_now'],
      ['told.danger_now'],
    ])
      expect(tellsANowOfItsOwn(reasons)).toBe(true);
    expect(tellsANowOfItsOwn(['situation.violence', 'distance.past'])).toBe(false);
    expect(toldAwayFromNow(['situation.violence', 'distance.past_verb'])).toBe(true);
    expect(toldAwayFromNow(['situation.violence', 'distance.past_verb', 'distance.now'])).toBe(false);
    expect(toldAwayFromNow(['situation.violence', 'distance.third_hand'])).toBe(false);
  });
});

describe('a time set away by a denial or by the past (round 48)', () => {
  it('tells a "no one is in danger now" from a calm story told in the past', () => {
    const no = screen.look('nee, nu niet');
    expect(deniesDangerNowTold(no.danger, true)).toBe(true);
    const past = { level: 'none', reasons: ['distance.past_verb'] };
    expect(storyTimeOfTurn(past, false)).toBe('away');
    expect(deniesDangerNowTold(past, false)).toBe(false);
    expect(deniesDangerNowTold({ level: 'acute', reasons: ['model.acute'] }, true)).toBe(false);
  });

  it('reads the latest turn that told a time', () => {
    expect(timeSetAwayByDenial([{ level: 'none', score: 0.01, time: 'away', denied: true }])).toBe(true);
    expect(timeSetAwayByDenial([{ level: 'none', score: 0.01, time: 'away' }])).toBe(false);
    expect(
      timeSetAwayByDenial([
        { level: 'none', score: 0.01, time: 'away', denied: true },
        { level: 'unsure', score: 0.3, time: 'now' },
      ]),
    ).toBe(false);
    expect(
      timeSetAwayByDenial([
        { level: 'none', score: 0.01, time: 'away', denied: true },
        { level: 'none', score: 0.01 },
      ]),
    ).toBe(true);
    expect(timeSetAwayByDenial([])).toBe(false);
  });

  it('a stored turn keeps its denial, and a session kept before it reads without', () => {
    expect(earlierTurnsOf([{ level: 'none', score: 0.01, time: 'away', denied: true }])[0]?.denied).toBe(true);
    expect(earlierTurnsOf([{ level: 'none', score: 0.01, time: 'away' }])[0]?.denied).toBeUndefined();
  });
});

describe('the earlier turns as a stored session holds them', () => {
  it('reads turns kept before the time was (the migration), and nothing from a damaged shape', () => {
    expect(earlierTurnsOf([{ level: 'none', score: 0.1 }])).toEqual([{ level: 'none', score: 0.1 }]);
    expect(earlierTurnsOf([{ level: 'none', score: 0.1, time: 'away' }])).toEqual([{ level: 'none', score: 0.1, time: 'away' }]);
    expect(earlierTurnsOf(undefined)).toEqual([]);
    expect(earlierTurnsOf([{ level: 'none', score: 0.1, time: 'yesterday' }])).toEqual([]);
    expect(earlierTurnsOf({ level: 'none' })).toEqual([]);
  });
});

describe('a later turn read against the story time', () => {
  it('asks nothing about a detail with no now of its own once the time is set away', () => {
    const text = 'ze had blauwe plekken op haar armen';
    expect(screen.assess(text).level).toBe('unsure');
    expect(inConversation(text, noTime).level).toBe('unsure');
    const later = inConversation(text, away);
    expect(later.level).toBe('none');
    expect(later.reasons).toContain(STORY_TIME_REASON);
  });

  it('keeps its reading when the time set is danger now, or the earlier turns were kept without a time', () => {
    const text = 'ze had blauwe plekken op haar armen';
    expect(inConversation(text, [...away, { level: 'acute', score: 0.9, time: 'now' }]).level).toBe('unsure');
    expect(inConversation(text, noTime).level).toBe('unsure');
  });

  it('keeps 112 at once for danger told now, also after the time was set away', () => {
    for (const text of ['hij sluit haar nu op in de kelder', 'he is hitting her right now']) {
      expect(screen.assess(text).level).toBe('acute');
      expect(inConversation(text, away).level).toBe('acute');
    }
  });

  it('lowers an acute reading on the score only where the message itself is told away from now', () => {
    const read = screen.look('ik schrijf vanaf mijn werk').read;
    const past = assessTurn(read, acuteOnScore(['situation.confined', 'distance.past']), away, trusted);
    expect(past).toMatchObject({ level: 'none', reasons: expect.arrayContaining([STORY_TIME_REASON]) as unknown });
    // In the present tense with no distance of its own it may be happening now: not lowered here.
    expect(assessTurn(read, acuteOnScore(['situation.confined']), away, trusted).level).not.toBe('none');
    // Nor with a now of its own, someone held or hurt in its own sentence, a rule, or words the model
    // reads poorly (the score-alone rule may still lower it to the question, never to nothing).
    const kept = [
      assessTurn(read, acuteOnScore(['situation.confined', 'distance.past', 'distance.now']), away, trusted),
      assessTurn(read, acuteOnScore(['situation.confined', 'distance.past']), away, { ...trusted, neverSilent: true }),
      assessTurn(read, acuteOnScore(['floor.explicit_alarm', 'distance.past']), away, trusted),
      assessTurn(read, acuteOnScore(['situation.confined', 'distance.past']), away, { readable: false, overSure: false }),
    ];
    for (const reading of kept) {
      expect(reading.level).not.toBe('none');
      expect(reading.reasons).not.toContain(STORY_TIME_REASON);
    }
    // Without the time set, the same reading is not lowered by the story time.
    expect(assessTurn(read, acuteOnScore(['situation.confined', 'distance.past']), noTime, trusted).reasons).not.toContain(
      STORY_TIME_REASON,
    );
  });

  it('asks nothing where the model is sure of words that name no danger beyond the background, and keeps the question where they name one', () => {
    const sure = { readable: true, overSure: true };
    const unsure: DangerAssessment = { level: 'unsure', suicidal: false, reasons: ['model.unsure'], score: 0.6 };
    // A child's debt: background only, and no present condition alone (presentCondition.ts, round 37,
    // which would take the question from an adult's debt told now whatever the story's time).
    const background = screen.look('mijn dochter van 15 zegt dat ze nog 4000 euro schuldig is').read;
    expect(assessTurn(background, unsure, away, sure).level).toBe('none');
    expect(assessTurn(background, unsure, noTime, sure).level).toBe('unsure');
    const named = screen.look('ze mag niet naar buiten van hem').read;
    expect(assessTurn(named, { ...unsure, reasons: ['model.unsure', 'situation.confined'] }, away, sure).level).toBe('unsure');
    // A reading over the acute threshold lowered to the question for its distance keeps it.
    expect(assessTurn(background, { ...unsure, reasons: ['screen.away_from_now', 'model.unsure'] }, away, sure).level).toBe('unsure');
  });

  it('keeps the reading of thoughts of suicide', () => {
    const read = screen.look('ik schrijf vanaf mijn werk').read;
    const suicidal: DangerAssessment = { level: 'acute', suicidal: true, reasons: ['model.suicidal', 'distance.past'], score: 0.4 };
    expect(assessTurn(read, suicidal, away, trusted).level).toBe('acute');
  });
});
