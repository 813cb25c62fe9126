/**
 * A message that goes on from the writer's own question of the turn before is read with it: a worry
 * stated without asking again, and a short "is it true?" about what the message before told.
 */
import {
  askedOfTheWriterToo,
  consequenceAskedOfSomeoneElse,
  continuesTheTurnBefore,
  pointsBackFirst,
} from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';

describe('questions read with the turn before', () => {
  it('answers a worry that goes on from a question of the turn before, stated without asking', () => {
    const known = 'en ze weten natuurlijk precies wie er naast ze woont';
    // Being known to people who live next door: anonymity, and (as beside any anonymity question) what it may cost.
    expect(questionsToAnswer({ questions: [] }, known, 'other', { asked: true })).toEqual(['anonymity', 'consequences']);
    const worse = 'en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem';
    expect(questionsToAnswer({ questions: [] }, worse, 'other', { asked: true })).toEqual(['consequences']);
    expect(questionsToAnswer({ questions: [] }, 'but then I lose my room, the boss owns it', 'self', { asked: true })).toEqual([
      'consequences',
    ]);
  });

  it('leaves the same words alone when the turn before asked nothing, or the message does not go on from it', () => {
    const worse = 'en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem';
    expect(questionsToAnswer({ questions: [] }, worse, 'other')).toEqual([]);
    expect(questionsToAnswer({ questions: [] }, worse, 'other', { asked: false })).toEqual([]);
    // A new story line after a question, not going on from it.
    expect(questionsToAnswer({ questions: [] }, 'ze weten natuurlijk precies wie er naast ze woont', 'other', { asked: true })).toEqual([]);
  });

  it('answers the consequences the message before named when a message opens with "is it true?"', () => {
    const text = 'is it true? if he go to hospital they call police?';
    expect(questionsToAnswer({ questions: ['police'] }, text, 'other', { consequences: ['punished', 'job'] })).toEqual([
      'police',
      'consequences',
    ]);
    // Nothing named before: the police alone.
    expect(questionsToAnswer({ questions: ['police'] }, text, 'other', { consequences: [] })).toEqual(['police']);
  });

  it('tells a message that goes on, and a short question pointing back, from others', () => {
    expect(continuesTheTurnBefore('en dan is hij een verklikker')).toBe(true);
    expect(continuesTheTurnBefore('ok maar dan weet hij het')).toBe(true);
    expect(continuesTheTurnBefore('ze weten precies wie er naast ze woont')).toBe(false);
    expect(continuesTheTurnBefore('endless shifts, and then')).toBe(false);
    expect(pointsBackFirst('klopt dat? als ik bel komen ze')).toBe(true);
    expect(pointsBackFirst('is it true')).toBe(false);
    // A short question with its own topic is not about the message before.
    expect(pointsBackFirst('is dit mensenhandel? ze werkt elke dag')).toBe(false);
    expect(pointsBackFirst('als ik bel, klopt dat?')).toBe(false);
  });

  it("reads a worry stated without asking as someone else's where it names them", () => {
    expect(consequenceAskedOfSomeoneElse('en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem')).toBe(true);
    expect(consequenceAskedOfSomeoneElse('maar dan raak ik mijn werk kwijt')).toBe(false);
  });

  it('answers what telling costs the writer when a question about someone else is asked again of them ("En bij mij?")', () => {
    const text = 'Als ik de arbeidsinspectie bel, staan ze dan morgen bij hem op het erf? En bij mij?';
    expect(questionsToAnswer({ questions: ['after_report'] }, text, 'other')).toEqual(['after_report', 'consequences']);
    expect(questionsToAnswer({ questions: ['after_report'] }, 'If I report, will they go to his farm? and to me?', 'other')).toContain(
      'consequences',
    );
    // Asked alone, or as the first sentence, it points at nothing asked before in the message.
    expect(askedOfTheWriterToo('en bij mij?')).toBe(false);
    expect(askedOfTheWriterToo('Komen ze bij hem? En bij de buren?')).toBe(false);
    expect(askedOfTheWriterToo('Komen ze bij hem? en ik dan?')).toBe(true);
  });

  it('answers the police beside a question when going to the police is the condition of what is feared, anywhere in the sentence', () => {
    const text = 'if i tell somebody they send me back to indonesia? my visa is finish long time. madam say if i go to police i go to jail';
    expect(questionsToAnswer({ questions: ['consequences'] }, text, 'self')).toEqual(expect.arrayContaining(['consequences', 'police']));
    expect(
      questionsToAnswer({ questions: ['consequences'] }, 'hij zegt: als ik naar de politie ga, word ik uitgezet. klopt dat?', 'self'),
    ).toContain('police');
    // The police in a story beside no question is not asked.
    expect(questionsToAnswer({ questions: [] }, 'madam say if i go to police i go to jail', 'self')).toEqual([]);
  });

  it('answers whether it is exploitation and its signs when the writer asks whether what they told is normal', () => {
    const text = 'Hij komt pas om 3 uur thuis en heeft twee telefoons. Dat is toch niet normaal voor een jongen van 14?';
    expect(questionsToAnswer({ questions: ['is_it_trafficking'] }, text, 'other')).toEqual(['is_it_trafficking', 'signals']);
    expect(questionsToAnswer({ questions: [] }, 'they keep her passport and she works 7 days. is this normal?', 'other')).toEqual(
      expect.arrayContaining(['is_it_trafficking', 'signals']),
    );
    // The writer's own story: whether it may be exploitation, not the signs to look out for in someone else.
    expect(questionsToAnswer({ questions: [] }, 'my boss keeps my passport and I work 7 days. is this normal?', 'self')).toEqual([
      'is_it_trafficking',
    ]);
    // Told, not asked: nothing.
    expect(questionsToAnswer({ questions: [] }, 'Dat is niet normaal voor een jongen van 14.', 'other')).toEqual([]);
  });
});
