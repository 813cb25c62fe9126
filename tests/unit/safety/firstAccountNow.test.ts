/**
 * Round 47 (acute47, ADR 0006): the first account of the story (`storyUntold`), read acute on the main
 * model's score, gets the danger question instead of 112 at once when it tells nothing of now: no
 * "now" or time of today in its words, nobody held, hurt or threatened and no danger for today in a
 * sentence of its own, nothing near by its nature, no rule. What tells of now keeps 112 at once; a later
 * turn that is no first account and a first message are not changed by this. Sentences written for
 * this test; the acute reading is given as the model's (the rule reads the reasons, not the score).
 */
import { assessTurn, FIRST_ACCOUNT_REASON, type EarlierTurn, type MessageTrust } from '../../../src/safety/turnContext';
import type { DangerAssessment } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const before: EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const account: MessageTrust = { readable: true, overSure: true, overAcute: true, storyUntold: true, neverSilent: false };

/** The screen's reading of `text` as the model would give it read acute on its score (its situations and distances as reasons). */
function acuteOnScore(text: string): { read: ReturnType<typeof screen.look>['read']; danger: DangerAssessment } {
  const { read, danger } = screen.look(text);
  const reasons = ['model.acute', ...danger.reasons.filter((r) => r.startsWith('situation.') || r.startsWith('distance.'))];
  return { read, danger: { level: 'acute', suicidal: false, reasons, score: 0.9 } };
}

const NOTHING_NOW = 'Er is een meisje uit mijn klas dat na school steeds wordt opgehaald door oudere jongens in een dure auto.';

describe('the first account of the story, acute on its score', () => {
  it('that tells nothing of now gets the danger question, not 112 at once', () => {
    const { read, danger } = acuteOnScore(NOTHING_NOW);
    const turn = assessTurn(read, danger, before, account);
    expect(turn.level).toBe('unsure');
    expect(turn.reasons).toContain(FIRST_ACCOUNT_REASON);
  });

  it.each([
    ['a now in its words', 'Er is een meisje uit mijn klas dat nu buiten wordt opgehaald door oudere jongens in een dure auto.'],
    ['a time of today', 'Er is een meisje uit mijn klas dat vanavond wordt opgehaald door oudere jongens in een dure auto.'],
    ['someone missing since', 'Mijn nichtje van 15 is sinds zaterdag vermist en neemt haar telefoon niet op.'],
  ])('keeps 112 at once for %s', (_what, text) => {
    const { read, danger } = acuteOnScore(text);
    expect(assessTurn(read, danger, before, account).level).toBe('acute');
  });

  it('keeps 112 at once where someone is held or hurt (never silent)', () => {
    const { read, danger } = acuteOnScore(NOTHING_NOW);
    expect(assessTurn(read, danger, before, { ...account, neverSilent: true }).level).toBe('acute');
  });

  it('keeps 112 at once for a reading by rule and after a turn read acute', () => {
    const { read, danger } = acuteOnScore(NOTHING_NOW);
    expect(assessTurn(read, { ...danger, reasons: ['floor.situation_unread', ...danger.reasons] }, before, account).level).toBe('acute');
    expect(assessTurn(read, danger, [{ level: 'acute', score: 0.9 }], account).level).toBe('acute');
  });

  it('is not for a later turn that is no first account, nor for a first message', () => {
    const { read, danger } = acuteOnScore(NOTHING_NOW);
    expect(assessTurn(read, danger, before, { ...account, storyUntold: false }).reasons).not.toContain(FIRST_ACCOUNT_REASON);
    expect(assessTurn(read, danger, [], account)).toBe(danger);
  });
});
