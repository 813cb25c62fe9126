/**
 * Round 41 (ownq41): "what can I do?" asked only, with no topic the words bear out, drops the
 * model's topics beside it; secrecy signed for at work (an NDA) is asked as whether one may tell
 * (privacy, its own answer), not as a profession's duty (meldrecht).
 */
import { contractSecrecyAsked, secrecyAsked } from '../../../src/triage/ownQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { whatToDoAsked } from '../../../src/triage/questionWithoutAnswer';

describe('what can I do, asked', () => {
  it.each(['Wat kan ik als buurvrouw nou doen?', 'What can I do?', 'en wat moet ik doen als ik ze weer zie?'])(
    '%p asks what to do',
    (text) => {
      expect(whatToDoAsked(text)).toBe(true);
    },
  );

  it.each(['wat doen ze met haar?', 'ze weet niet wat ze moet doen.'])('%p does not', (text) => {
    expect(whatToDoAsked(text)).toBe(false);
  });

  it('drops model topics no words bear out', () => {
    expect(questionsToAnswer({ questions: ['counsellor', 'consequences'] }, 'Wat kan ik als buurvrouw nou doen?', 'other')).toEqual([]);
  });

  it('keeps a topic the words name beside it', () => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'Wat kan ik doen? Kan ik anoniem melden?', 'other')).toContain('anonymity');
  });
});

describe('secrecy signed for at work', () => {
  it.each(['can I report this without breaking my NDA?', 'Ik heb een geheimhoudingsverklaring getekend. Mag ik dit wel vertellen?'])(
    '%p asks privacy, not the duty of a profession',
    (text) => {
      expect(contractSecrecyAsked(text)).toBe(true);
      expect(secrecyAsked(text)).toBe(false);
      expect(questionsToAnswer({ questions: ['anonymity'] }, text, 'other')).toContain('privacy');
    },
  );

  it('leaves a professional duty of confidentiality as it was', () => {
    expect(secrecyAsked('Ik heb een beroepsgeheim. Mag ik dit wel melden?')).toBe(true);
    expect(contractSecrecyAsked('Ik heb een beroepsgeheim. Mag ik dit wel melden?')).toBe(false);
  });
});

describe('a step kept from someone is not "what can I do"', () => {
  it('keeps the model topic of staying unknown', () => {
    expect(whatToDoAsked('kan ik melden zonder dat mijn vrouw er iets van merkt?')).toBe(false);
  });
});
