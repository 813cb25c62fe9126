/**
 * The answer to the bot's own "Kan de persoon zelf weggaan als hij of zij dat wil?" read as that
 * answer (src/safety/leaveAnswer.ts, round 51): the reading of the first look with the question
 * pending (`awaiting: 'canLeave'`) beside the same text read without it. The hold told is the fact
 * asked for, a lasting reason for it is no danger now, the hold alone is at most the question; a
 * danger of its own beside it keeps its reading. Sentences written for this test.
 */
import { readAsLeaveAnswer, LEAVE_HOLD, LEAVE_LASTING } from '../../../src/safety/leaveAnswer';
import { lookAt } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const RANK = { none: 0, unsure: 1, acute: 2 } as const;
const alone = (text: string) => lookAt(screen, text, 'nl').look.danger;
const asAnswer = (text: string) => lookAt(screen, text, 'nl', 'canLeave').look.danger;

describe('the hold told as the answer', () => {
  it.each(['nee ze mag niet weg van hem', 'nee, hij laat haar niet gaan', 'nee ik kan niet weg', 'no, they do not let her leave'])(
    '%p: 112 alone, the question at most as the answer',
    (text) => {
      expect(alone(text).level).toBe('acute');
      const read = asAnswer(text);
      expect(read.level).toBe('unsure');
      expect(read.reasons).toContain(LEAVE_HOLD);
    },
  );

  it('a plain "nee" is no emergency either way', () => {
    expect(asAnswer('nee').level).not.toBe('acute');
  });
});

describe('a lasting reason for the hold', () => {
  it.each([
    'ze heeft schulden bij hem, dus nee',
    'nee, hij heeft haar paspoort en ze heeft geen geld',
    'no, she has nowhere to go and no money',
    'nee ze kan niet weg, anders is ze haar werk en haar kamer kwijt',
    'nee, als ze weggaat slaat hij haar moeder in Roemenië',
    'They keep my passport and I owe them 9000 euro for the trip. I can only go out with them.',
  ])('%p: no danger now', (text) => {
    const read = asAnswer(text);
    expect(read.level).toBe('none');
    expect(read.reasons).toContain(LEAVE_LASTING);
  });

  it('read alone, the same answers are not all calm (what the pending question changes)', () => {
    expect(alone('nee, als ze weggaat slaat hij haar moeder in Roemenië').level).not.toBe('none');
    expect(alone('ze heeft schulden bij hem, dus nee').level).not.toBe('none');
  });
});

describe('a danger of its own beside the answer keeps its reading', () => {
  it.each([
    'nee de deur is op slot en ze kan er niet uit',
    'nee, ze zit opgesloten in de kelder',
    'nee, hij heeft haar net geslagen',
    'nee hij houdt haar nu vast',
    'nee ze mag niet weg, vandaag heeft hij gedreigd haar te vermoorden',
    'no, he is standing next to her now and she is bleeding',
    'nee, hij sluit haar elke nacht op in haar kamer',
  ])('%p', (text) => {
    expect(asAnswer(text)).toEqual(alone(text));
  });

  it('keeps 112 for someone locked in now', () => {
    expect(asAnswer('nee de deur is op slot en ze kan er niet uit').level).toBe('acute');
  });
});

describe('what is no answer to the question is read as before', () => {
  it.each([
    // The story going on after the question, naming neither the hold, a yes or no, nor what the hold rests on.
    'Gisteren kwam een van de jongens met een kapotte lip naar me toe',
    'nu wil hij dat ik zaterdag met mannen meega naar een adres',
  ])('%p', (text) => {
    expect(asAnswer(text)).toEqual(alone(text));
  });

  it('suicidal thoughts are never lowered', () => {
    const text = 'nee, ik kan niet weg en ik wil niet meer leven';
    expect(alone(text).suicidal).toBe(true);
    expect(asAnswer(text)).toEqual(alone(text));
  });
});

describe('only lowers', () => {
  it.each([
    'nee',
    'ja',
    'weet ik niet',
    'nee ze mag niet weg van hem',
    'ze heeft schulden bij hem, dus nee',
    'nee de deur is op slot',
    'ja hoor, ze kan gewoon weg',
    'nee hij pakt haar telefoon af',
  ])('%p', (text) => {
    expect(RANK[asAnswer(text).level]).toBeLessThanOrEqual(RANK[alone(text).level]);
  });

  it('a reading by rule stays whatever the answer', () => {
    const read = screen.look('nee ze mag niet weg van hem');
    const byRule = { ...read.danger, level: 'acute' as const, reasons: [...read.danger.reasons, 'told.controlled_now'] };
    expect(readAsLeaveAnswer('nee ze mag niet weg van hem', read, byRule)).toBe(byRule);
  });
});
