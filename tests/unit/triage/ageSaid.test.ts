import { ageSaidInOtherWords } from '../../../src/triage/ageSaid';
import { candidateQuestions, nextQuestion } from '../../../src/triage/questionPolicy';
import { emptyTriage, noConversationFacts } from '../../../src/triage/summary';
import type { TriageSummary } from '../../../src/triage/summary';

const triage = (patch: Partial<TriageSummary>, facts: Partial<TriageSummary['facts']> = {}): TriageSummary => ({
  ...emptyTriage(),
  ...patch,
  facts: { ...noConversationFacts(), ...facts },
});

describe('an age said as a guess or hearsay', () => {
  it.each([
    'Ze komt uit Polen, ongeveer 30, en werkt in de kas.',
    'Een meisje uit Roemenië, een jaar of 20. Ze woont boven de zaak.',
    'he is from Eritrea, around 25, and sleeps in the van',
    'een jonge man, 28 zei hij, met een rugzak',
    'she says she is 19 but she looks younger',
    'Volgens haar paspoort 21, maar dat klopt niet denk ik',
    'according to the form 24, but nobody believes that',
    'Some of them say in their profile they are 16.',
    'vorig jaar liet hij me werken met mannen. ik was toen 18. nu woon ik weer thuis',
  ])('reads "%s" as an age said', (text) => {
    expect(ageSaidInOtherWords(text)).toBe(true);
  });

  it.each([
    'Ze kwam met een man van een jaar of 45 die alles betaalde',
    'hun baas, rond de 50, staat er altijd bij',
    'hij komt rond 11 uur terug',
    'we work about 12 hours a day',
    'ze betaalt ongeveer 40 euro per week',
    'ik denk rond de 10 mensen in dat huis',
    'he said 5 minutes',
    'they are 5 in one caravan',
    'ik was toen 14 en nu wil ik het vertellen',
    'ze zijn met 9 mensen',
  ])('does not read "%s" as the age of the person', (text) => {
    expect(ageSaidInOtherWords(text)).toBe(false);
  });

  it('holds the age question back, and the questions that fit an unknown age go on', () => {
    const sexual = triage({ form: 'sexual_exploitation', role: 'other' });
    expect(nextQuestion(sexual, [], 'beforeGuidance')).toBe('age');
    expect(nextQuestion(sexual, [], 'beforeGuidance', { ageSaid: true })).toBe('canLeave');
    // A story that points to a child: still no age question once a guess was given; the adult questions keep waiting.
    const friend = triage({ form: 'criminal_exploitation', role: 'other' });
    expect(candidateQuestions(friend, 'afterGuidance', { childPointed: true, ageSaid: true })).toEqual(['canLeave']);
  });
});
