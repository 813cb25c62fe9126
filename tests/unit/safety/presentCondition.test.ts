/**
 * A present condition told now is not danger at this moment (src/safety/presentCondition.ts, round
 * 37), and the reading of a later turn with it (turnContext.ts `assessTurn`, reason
 * `turn.presentCondition`). Both sides of the rule: a debt, a demand for money or papers kept
 * told in the present with nothing joined get neither 112 nor the question on a later turn; a
 * deadline "or else", a consequence made conditional on the writer, "they know where", someone not
 * free to go, a child, a time of today, an event of now or a cry joined to the same debt keep their
 * reading. Sentences written for this test.
 */
import { childAgeTold, consequenceJoined, notFreeToGo, tellsOnlyAPresentCondition } from '../../../src/safety/presentCondition';
import { assessTurn, PRESENT_CONDITION_REASON, type EarlierTurn } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.look(text).read;
const calmBefore: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const trusted = { readable: true, overSure: true, overAcute: true, storyUntold: true };
const reading = (level: DangerAssessment['level'], reasons: string[]): DangerAssessment => ({
  level,
  suicidal: false,
  reasons: [`model.${level}`, ...reasons],
  score: 0.7,
});

/** A debt, a demand for money, papers or pay kept, told in the present, nothing joined. */
const CONDITIONS = [
  'nu zeggen ze dat ik 4000 euro schuld heb bij het bureau voor de reis en de kamer',
  'ze hebben mijn paspoort en nu moet ik 1800 euro betalen om het terug te krijgen',
  'the boss keeps our passports in his office and now he says we must pay 200 euro to get them back',
  'now he says my debt is 5000 euro and he keeps all my salary for it',
  'ze heeft mijn identiteitskaart al 5 maanden, nu nog steeds niet terug',
  // A habit of work told with the debt; a place or means ("the bus") with no word of wanting to die.
  'nu moet hij elke nacht voor die man werken om de schuld af te betalen',
  'now the agency says we owe them 1500 euro each for the flat and the bus',
];

/** The same kind of debt with danger joined to it. */
const JOINED = {
  deadlineOrElse: 'hij zegt dat ik voor vrijdag 3000 euro moet betalen anders doen ze mijn broer iets',
  conditional: 'nu zegt hij dat ik 2000 euro moet betalen en als ik niet betaal slaat hij me',
  knowsWhere: 'nu wil hij 2000 euro van me en ze weten waar mijn moeder woont',
  heldWithPapers: 'he took my passport and now we must pay 500 euro, we are not allowed to leave the house',
  notFree: 'they say I owe 900 euro and we cannot go off the farm until it is paid',
  child: 'hij is 14 en moet nu 500 euro terugbetalen aan die jongens',
  tonight: 'vanavond moet ik 500 euro betalen aan die man',
  eventNow: 'hij staat nu voor de deur. hij wil zijn geld terug',
  cry: 'help me, nu moet ik 2000 euro terugbetalen',
  // A taking told as an act is an event, not papers or a phone kept.
  takenNow: 'nu heeft hij haar telefoon afgepakt',
  taken: 'they took his passport and he must pay 2000 euro for the bus',
  // The "now" is in a clause of its own, not the debt's.
  nowOfItsOwnClause: 'ik moet nu weg, hij wil zijn geld',
};

describe('a present condition told now', () => {
  it.each(CONDITIONS)('is read as the condition and nothing beyond it: %p', (text) => {
    expect(tellsOnlyAPresentCondition(read(text))).toBe(true);
  });

  it.each(Object.entries(JOINED))('is not, with danger joined to the debt (%s)', (_kind, text) => {
    expect(tellsOnlyAPresentCondition(read(text))).toBe(false);
  });

  it('is not, without a condition at all', () => {
    for (const text of ['ik ben 34', 'hij staat nu voor de deur', 'wat gebeurt er als ik jullie bel?']) {
      expect(tellsOnlyAPresentCondition(read(text))).toBe(false);
    }
  });

  it('reads a consequence joined by the structure, whatever the lexicons named', () => {
    expect(consequenceJoined(read(JOINED.conditional))).toBe(true);
    expect(consequenceJoined(read(JOINED.deadlineOrElse))).toBe(true);
    expect(consequenceJoined(read(JOINED.knowsWhere))).toBe(true);
    expect(consequenceJoined(read('if I dont pay they will hurt my mother'))).toBe(true);
    // "als" before a job is no condition: "I work as a cleaner".
    expect(consequenceJoined(read('ik werk als schoonmaker en moet 200 euro per week betalen'))).toBe(false);
  });

  it('reads someone not free to go and a child told by age', () => {
    expect(notFreeToGo(read(JOINED.notFree))).toBe(true);
    expect(notFreeToGo(read('ze komen nooit buiten'))).toBe(true);
    expect(notFreeToGo(read(CONDITIONS[0]!))).toBe(false);
    expect(childAgeTold(read(JOINED.child))).toBe(true);
    expect(childAgeTold(read('she is 15 years old and owes them money'))).toBe(true);
    // A span of work is no age; an adult's age is no child.
    expect(childAgeTold(read('agent say 30000 euro and 2 year work then finish'))).toBe(false);
    expect(childAgeTold(read('ik ben 24 en heb 3000 euro schuld'))).toBe(false);
  });
});

describe('a later turn that tells only a present condition', () => {
  it.each(CONDITIONS)('gets neither 112 nor the question, also where the model is sure or the story is new: %p', (text) => {
    for (const level of ['unsure', 'acute'] as const) {
      const turn = assessTurn(read(text), reading(level, ['situation.payment', 'distance.now']), calmBefore, trusted);
      expect(turn.level).toBe('none');
      expect(turn.reasons[0]).toBe(PRESENT_CONDITION_REASON);
      expect(turn.reasons).not.toContain(`model.${level}`);
    }
  });

  it.each(Object.entries(JOINED))('keeps its reading with danger joined (%s)', (_kind, text) => {
    for (const level of ['unsure', 'acute'] as const) {
      const turn = assessTurn(read(text), reading(level, ['situation.payment']), calmBefore, trusted);
      expect(turn.reasons).not.toContain(PRESENT_CONDITION_REASON);
    }
  });

  it('keeps its reading as the first message, after a turn read acute, and beside a rule, an answer or a guard', () => {
    const text = CONDITIONS[1]!;
    const unsure = reading('unsure', ['situation.payment']);
    expect(screen.inConversation(screen.look(text), [])).toEqual(screen.look(text).danger);
    expect(assessTurn(read(text), unsure, [{ level: 'acute', score: 0.9 }], trusted).level).toBe('unsure');
    for (const reason of ['told.now', 'answer.yes', 'floor.situation_unread', 'window.acute', 'screen.away_from_now']) {
      expect(assessTurn(read(text), reading('unsure', [reason]), calmBefore, trusted).reasons).not.toContain(PRESENT_CONDITION_REASON);
    }
    expect(assessTurn(read(text), unsure, calmBefore, { ...trusted, readable: false, writtenInOurs: false }).level).toBe('unsure');
    expect(assessTurn(read(text), unsure, calmBefore, { ...trusted, neverSilent: true }).level).toBe('unsure');
  });

  it('keeps thoughts of suicide', () => {
    const suicidal: DangerAssessment = { level: 'acute', suicidal: true, reasons: ['model.suicidal'], score: 0.9 };
    expect(assessTurn(read(CONDITIONS[0]!), suicidal, calmBefore, trusted)).toBe(suicidal);
  });
});
