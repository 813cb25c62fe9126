/**
 * Round 36 (ownq36), at the lowest level: the citizen's own question read by its structure. A clause
 * that asks or fears an outcome (trouble, left without, harm, money or a stay kept, someone taken
 * away, punishment as what follows) asks what telling would bring, with whom it befalls; a question
 * relayed from someone else is asked; an employer's own fine is their liability, not a debt; a
 * question word after its preposition opens a question; asking for a person to talk to; a question
 * that points back at the police named in the message.
 */
import { consequenceKeys } from '../../../dialogs/ownAnswers';
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import {
  harmToWriterFeared,
  outcomeAsked,
  outcomeClauses,
  outcomeOfSomeoneElse,
  reportedQuestionAsked,
} from '../../../src/triage/outcomeClauses';
import { askedCueTopics, asksBackAboutThePolice, asksSomething } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('an outcome asked or feared', () => {
  it('is read from a wish, a fear or a question, in Dutch and English', () => {
    for (const text of [
      'Ik wil niet dat mijn buurvrouw daardoor in de problemen raakt.',
      'Ik hoop niet dat die oude man dan zonder hulp zit.',
      'wil geen problemen krijgen met die lui',
      'Komen ze dan mijn winkel kapot maken?',
      'I do not want her to end up without a home.',
      'Will they take revenge on me?',
      'Als ik bel, halen ze de kinderen dan weg?',
      'Zijn de meisjes dan strafbaar?',
    ])
      expect(outcomeAsked(text)).toBe(true);
  });

  it('not from a story, nor from a loss of trust or someone being angry', () => {
    for (const text of [
      'Hij kwam gisteren zonder jas naar school.',
      'Ze zit al een jaar zonder werk.',
      'Mag ik hier iets kwijt wat ik gezien heb?',
      'Ik wil haar vertrouwen niet kwijt.',
      'ik wil niet dat ze boos op me wordt',
      'Kan ik anoniem blijven?',
      'Staat de politie dan bij mijn zaak?',
    ])
      expect(outcomeAsked(text)).toBe(false);
  });

  it('knows whom it befalls: someone else, or the writer', () => {
    expect(outcomeOfSomeoneElse('Ik wil niet dat die jongen daardoor in de problemen komt.')).toBe(true);
    expect(outcomeOfSomeoneElse('Raak ik dan in de problemen?')).toBe(false);
    // The condition is the writer's; the outcome after it is someone else's.
    expect(outcomeClauses('Als ik bel, komt hij dan in de problemen?')[0]?.subject).toBe('other');
  });

  it('harm done to the writer for telling, not the police at the door', () => {
    expect(harmToWriterFeared('of komen die gasten dan mijn zaak slopen')).toBe(true);
    expect(harmToWriterFeared('Komen die jongens dan naar mijn huis?')).toBe(true);
    expect(harmToWriterFeared('Komt de politie dan naar mijn huis?')).toBe(false);
  });

  it('is answered beside what the model read, as what telling brings', () => {
    expect(
      questionsToAnswer(
        { questions: ['after_report'] },
        'Wat gebeurt er na een melding? Ik wil niet dat de oude man dan zonder zorg zit.',
        'other',
      ),
    ).toEqual(['after_report', 'consequences']);
    expect(
      questionsToAnswer({ questions: ['police'] }, 'Moet ik de politie bellen? Of komen ze dan mijn zaak vernielen?', 'other'),
    ).toEqual(['police', 'consequences']);
    // Nothing is added to a question that asks no outcome.
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'Kan ik anoniem blijven?', 'other')).toEqual(['anonymity']);
  });
});

describe('a question relayed from someone else', () => {
  it('is read as asked, with what it asks', () => {
    const relayed = 'Mijn collega vraagt of hij zijn achterstallige loon nog krijgt.';
    expect(reportedQuestionAsked(relayed)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, relayed, 'other')).toContain('consequences');
    expect(consequenceKeys(relayed)).toEqual(['wagesOther']);
    expect(reportedQuestionAsked('She wants to know whether she can stay in the Netherlands.')).toBe(true);
  });

  it('not a request told in the past, nor the writer wondering', () => {
    expect(reportedQuestionAsked('Ze vroeg me of ik een simkaart kon kopen.')).toBe(false);
    expect(reportedQuestionAsked('Ik vraag me af of dit klopt.')).toBe(false);
  });
});

describe("an employer's own fine", () => {
  it('is their liability, not a debt', () => {
    const asked = 'Ik heb drie man via een uitzendbureau. Krijg ik zelf een boete als inlener?';
    expect(consequencesAsked(asked)).toEqual(['liability']);
    expect(consequenceKeys(asked)).toEqual(['liability']);
    expect(consequencesAsked('Am I liable as the employer? They work for us through an agency.')).toContain('liability');
  });

  it('a fine without an employer in view stays a fine to pay', () => {
    expect(consequencesAsked('Krijg ik een boete als ik geen papieren heb?')).not.toContain('liability');
    expect(consequencesAsked('Krijg ik een boete als ik geen papieren heb?')).toContain('debt');
  });
});

describe('questions in shapes the cues did not read', () => {
  it('a question word after its preposition asks', () => {
    expect(asksSomething('tot hoe laat zijn jullie bereikbaar, ik wil eerst met mijn man praten')).toBe(true);
    expect(askedCueTopics('tot hoe laat zijn jullie bereikbaar, ik wil eerst met mijn man praten')).toContain('counsellor');
    expect(asksSomething('met wie praat ik eigenlijk')).toBe(true);
  });

  it('asking for a person to talk to', () => {
    for (const text of ['mag ik jullie ook bellen?', 'Liefst even met een mens praten. Kan dat?', 'Can I talk to a woman there?'])
      expect(askedCueTopics(text)).toContain('counsellor');
  });

  it('a question that points back at the police named in the message', () => {
    expect(asksBackAboutThePolice('Ik bel nu 112. Wat moet ik zeggen?')).toBe(true);
    expect(asksBackAboutThePolice('De politie zei vorig jaar dat ze niks konden doen. Kunnen ze nu wel iets doen?')).toBe(true);
    expect(questionsToAnswer({ questions: [] }, 'Ik bel nu 112. Wat moet ik zeggen?', 'other')).toEqual(['police']);
    // A question about something else beside it does not.
    expect(asksBackAboutThePolice('Ik bel straks de politie. Kan ik later nog terugkomen in deze chat?')).toBe(false);
    expect(asksBackAboutThePolice('Wat moet ik zeggen?')).toBe(false);
  });
});
