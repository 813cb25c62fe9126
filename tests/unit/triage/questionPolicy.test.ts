import { candidateQuestions, fits, MAX_QUESTIONS, minorGuessedOnly, minorTold, nextQuestion } from '../../../src/triage/questionPolicy';
import { emptyTriage, noConversationFacts } from '../../../src/triage/summary';
import type { TriageSummary } from '../../../src/triage/summary';

const triage = (patch: Partial<TriageSummary>, facts: Partial<TriageSummary['facts']> = {}): TriageSummary => ({
  ...emptyTriage(),
  ...patch,
  facts: { ...noConversationFacts(), ...facts },
});

describe('question policy', () => {
  it('never asks a minor about passports, debts or housing; asks about safety now and school instead', () => {
    for (const form of ['labour_exploitation', 'sexual_exploitation', 'criminal_exploitation', 'organ_removal', 'unknown'] as const) {
      const minor = triage({ form, role: 'other', signals: ['excessive_hours'] }, { minor: true, age: 15 });
      const asked = candidateQuestions(minor, 'beforeGuidance');
      expect(asked).not.toEqual(expect.arrayContaining(['documentsHeld']));
      expect(asked.filter((q) => ['documentsHeld', 'debts', 'housingTiedToWork'].includes(q))).toEqual([]);
      expect(asked).toEqual(['safeNow', 'school']);
    }
  });

  it('does not ask the school question to a teacher about a pupil', () => {
    const teacher = triage({ form: 'criminal_exploitation', role: 'professional' }, { minor: true, relation: 'pupil' });
    expect(fits(teacher, 'school')).toBe(false);
    expect(candidateQuestions(teacher, 'afterGuidance')).toEqual(['safeNow']);
  });

  it('asks the age where being under 18 changes the route, unless it was told', () => {
    expect(nextQuestion(triage({ form: 'sexual_exploitation', role: 'other' }), [], 'beforeGuidance')).toBe('age');
    expect(nextQuestion(triage({ form: 'sexual_exploitation', role: 'other' }, { age: 22, minor: false }), [], 'beforeGuidance')).toBe(
      'canLeave',
    );
    expect(nextQuestion(triage({ form: 'labour_exploitation', role: 'other' }), [], 'beforeGuidance')).toBe('canLeave');
  });

  it('asks only what is still unknown, and who it is about last', () => {
    const labour = triage({ form: 'labour_exploitation', canLeave: false, documentsHeld: true });
    expect(candidateQuestions(labour, 'afterGuidance')).toEqual(['housingTiedToWork', 'debts', 'aboutWhom']);
    expect(candidateQuestions(triage({ form: 'labour_exploitation' }, { aboutWhom: 'other' }), 'afterGuidance')).not.toContain('aboutWhom');
  });

  it('asks for more of the story only while the worry is too vague, and only before guidance', () => {
    expect(nextQuestion(triage({}), [], 'beforeGuidance')).toBe('more');
    expect(candidateQuestions(triage({}), 'afterGuidance')).not.toContain('more');
    expect(candidateQuestions(triage({ signals: ['excessive_hours'] }), 'beforeGuidance')).not.toContain('more');
  });

  it('stops at two questions and never asks one twice', () => {
    const labour = triage({ form: 'labour_exploitation' });
    expect(MAX_QUESTIONS).toBe(2);
    expect(nextQuestion(labour, ['canLeave'], 'afterGuidance')).toBe('documentsHeld');
    expect(nextQuestion(labour, ['canLeave', 'documentsHeld'], 'afterGuidance')).toBeNull();
  });
});

describe('a minor read only by the model', () => {
  it('asks the age instead of the minor questions when no age or minor was told', () => {
    const summary: TriageSummary = { ...emptyTriage(), form: 'sexual_exploitation', role: 'other', minorInvolved: true };
    const list = candidateQuestions(summary, 'afterGuidance');
    expect(list[0]).toBe('age');
    expect(list).not.toContain('safeNow');
    const told = { ...summary, facts: { ...summary.facts, age: 15, minor: true } };
    expect(candidateQuestions(told, 'afterGuidance')).toEqual(['safeNow', 'school']);
  });
});

describe('after thoughts of suicide', () => {
  it('asks no more follow-up questions: 113 and a person to talk to matter, not a checklist', () => {
    const labour = triage({ form: 'labour_exploitation', role: 'self', suicidal: true });
    expect(nextQuestion(labour, [], 'beforeGuidance')).toBeNull();
    expect(nextQuestion(labour, ['canLeave'], 'afterGuidance')).toBeNull();
    expect(nextQuestion({ ...labour, suicidal: false }, [], 'afterGuidance')).toBe('canLeave');
  });
});

describe('under 18 told', () => {
  it("is an age under 18 or a told minor, not the model's guess, and a told adult age wins", () => {
    expect(minorTold(triage({ minorInvolved: true }))).toBe(false);
    expect(minorTold(triage({}, { age: 15 }))).toBe(true);
    expect(minorTold(triage({}, { minor: true }))).toBe(true);
    expect(minorTold(triage({ minorInvolved: true }, { age: 19, minor: true }))).toBe(false);
  });
});

describe('under 18 only guessed (fit30)', () => {
  const guessed = triage({ form: 'sexual_exploitation', role: 'other', minorInvolved: true }, { minor: true, minorGuessed: true });

  it('is not told, but guessed; an age told settles it', () => {
    expect(minorTold(guessed)).toBe(false);
    expect(minorGuessedOnly(guessed)).toBe(true);
    expect(minorGuessedOnly({ ...guessed, facts: { ...guessed.facts, age: 15 } })).toBe(false);
    expect(minorTold({ ...guessed, facts: { ...guessed.facts, age: 15 } })).toBe(true);
    expect(minorGuessedOnly(triage({}, { minor: true, minorGuessed: false }))).toBe(false);
  });

  it('asks only what fits a child and an adult alike: not the age again, not school or safety of "the child", not the passport', () => {
    expect(candidateQuestions(guessed, 'afterGuidance')).toEqual(['canLeave']);
    for (const q of ['safeNow', 'school', 'documentsHeld', 'debts'] as const) expect(fits(guessed, q)).toBe(false);
    expect(nextQuestion(guessed, [], 'afterGuidance')).toBe('canLeave');
  });
});
