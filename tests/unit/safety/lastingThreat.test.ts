/**
 * A threat with no time, joined to a present condition, is the condition's (src/safety/presentCondition.ts
 * `tellsALastingThreat`, round 39), and a later turn with it gets neither 112 nor the danger question
 * (turnContext.ts `assessTurn`, reason `turn.lastingThreat`). Both sides of the rule: "they know
 * where I live" or "otherwise they come by" said with a debt or a demand, with nothing of now or
 * today, is a lasting state; the same threat with a date or a time of today, someone held, a blow, a
 * child, an event of now or a cry keeps its reading, and so does every first message and every turn
 * after one read acute. Sentences written for this test.
 */
import { consequenceJoined, tellsALastingThreat, tellsOnlyAPresentCondition } from '../../../src/safety/presentCondition';
import { assessTurn, LASTING_THREAT_REASON, type EarlierTurn } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.look(text).read;
const calmBefore: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
// Never silent by the screen's rule (a threat is held-or-hurt): the lasting threat is read past it.
const trusted = { readable: true, overSure: true, overAcute: true, storyUntold: false, neverSilent: true };
const reading = (level: DangerAssessment['level'], reasons: string[]): DangerAssessment => ({
  level,
  suicidal: false,
  reasons: [`model.${level}`, ...reasons],
  score: 0.9,
});

/** A debt or a demand with a threat joined to it and no time. */
const LASTING = [
  "nu zegt hij dat ik ook mijn bankpas en pincode moet geven, anders 'komen ze langs'",
  'nu moet ik 3000 euro terugbetalen en ze weten waar mijn ouders wonen',
  'de baas zegt dat ik 5000 euro schuld heb, als ik stop weten ze mijn zus te vinden',
  'if I stop paying the debt they say the juju will kill my mother',
  'now he says I must open another bank account for them, otherwise they post my ID online. they know where I live',
];

/** The same kind of threat with something of now, today or harm joined. */
const NOT_LASTING = {
  deadline: 'hij zegt dat ik voor vrijdag 3000 euro moet betalen anders weten ze waar ik woon',
  tonight: 'vanavond moet ik 500 euro betalen, anders komen ze langs',
  blow: 'nu zegt hij dat ik 2000 euro moet betalen en als ik niet betaal slaat hij me',
  held: 'ze hebben mijn paspoort en ik mag niet naar buiten, anders weten ze waar mijn moeder woont',
  notFree: 'they say I owe 900 euro and we cannot go off the farm, they know where my family lives',
  child: 'hij is 14 en moet 500 euro terugbetalen, anders weten ze waar hij woont',
  eventNow: 'hij staat nu voor de deur en ze weten waar ik woon. hij wil zijn geld',
  cry: 'help me, ik moet 2000 euro terugbetalen anders komen ze langs',
  noCondition: 'ze weten waar ik woon',
};

describe('a threat with no time joined to a present condition', () => {
  it.each(LASTING)('is a lasting threat: %p', (text) => {
    expect(tellsALastingThreat(read(text))).toBe(true);
    // Round 37's reading stays as it was: a consequence joined is not "only a present condition".
    expect(tellsOnlyAPresentCondition(read(text))).toBe(false);
  });

  it.each(Object.entries(NOT_LASTING))('is not, with %s', (_kind, text) => {
    expect(tellsALastingThreat(read(text))).toBe(false);
  });

  it('is not without a threat joined: that is the present condition alone', () => {
    const text = 'nu zeggen ze dat ik 4000 euro schuld heb bij het bureau voor de reis en de kamer';
    expect(tellsALastingThreat(read(text))).toBe(false);
    expect(tellsOnlyAPresentCondition(read(text))).toBe(true);
  });

  it('does not take "asked if" for a condition', () => {
    expect(consequenceJoined(read('she asked if she could use our phone to call her sister'))).toBe(false);
    expect(consequenceJoined(read('if she leaves they keep her pay'))).toBe(true);
  });
});

describe('a later turn with a lasting threat', () => {
  it.each(LASTING)('gets neither 112 nor the question: %p', (text) => {
    for (const level of ['unsure', 'acute'] as const) {
      const turn = assessTurn(read(text), reading(level, ['situation.threat', 'situation.payment']), calmBefore, trusted);
      expect(turn.level).toBe('none');
      expect(turn.reasons[0]).toBe(LASTING_THREAT_REASON);
      expect(turn.reasons).not.toContain(`model.${level}`);
    }
  });

  it.each(Object.entries(NOT_LASTING))('keeps its reading with %s', (_kind, text) => {
    const acute = reading('acute', ['situation.threat']);
    expect(assessTurn(read(text), acute, calmBefore, trusted).reasons).not.toContain(LASTING_THREAT_REASON);
  });

  it('keeps its reading as the first message, after a turn read acute, beside a rule, unreadable or suicidal', () => {
    const text = LASTING[1]!;
    const acute = reading('acute', ['situation.threat']);
    expect(screen.inConversation(screen.look(text), [])).toEqual(screen.look(text).danger);
    expect(assessTurn(read(text), acute, [{ level: 'acute', score: 0.9 }], trusted).level).toBe('acute');
    for (const reason of ['told.now', 'answer.yes', 'floor.situation_unread', 'window.acute', 'screen.away_from_now']) {
      expect(assessTurn(read(text), reading('acute', [reason]), calmBefore, trusted).reasons).not.toContain(LASTING_THREAT_REASON);
    }
    expect(assessTurn(read(text), acute, calmBefore, { ...trusted, readable: false }).level).toBe('acute');
    const suicidal: DangerAssessment = { level: 'acute', suicidal: true, reasons: ['model.suicidal'], score: 0.9 };
    expect(assessTurn(read(text), suicidal, calmBefore, trusted)).toBe(suicidal);
  });
});
