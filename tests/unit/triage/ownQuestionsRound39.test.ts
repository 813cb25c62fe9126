/**
 * Round 39 (roleq39), the citizen's own question read where it was read as another topic or not at
 * all: the writer's step kept from the man they fear, whether to tell someone around the person with
 * no anonymity asked, an outcome feared and asked about, and what the police do with the people of
 * the story.
 */
import { fearedOutcomeAsked, fearedOutcomeOfSomeoneElse, policeDealingAsked } from '../../../src/triage/questionCues';
import { consequenceIsSomeoneElses } from '../../../src/triage/ownQuestions';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { keptFromTheirBoss } from '../../../src/triage/toldToOthers';

describe('the writer’s step kept from the man they fear', () => {
  it.each(['Kan ik naar de politie zonder dat hij het weet?', 'can I report it without him finding out?'])(
    '%p asks to stay unknown',
    (text) => {
      expect(keptFromTheirBoss(text)).toBe(true);
      expect(questionsToAnswer({ questions: ['police'] }, text, 'self')).toContain('anonymity');
    },
  );

  it('not the person reported for: "voor haar melden zonder dat zij het weet"', () => {
    expect(keptFromTheirBoss('Mag ik voor haar melden zonder dat zij het weet?')).toBe(false);
  });
});

describe('whether to tell someone around the person', () => {
  it('is the question, not anonymity the model read from "tell"', () => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'I am worried. Should I tell her parents?', 'other')).toEqual(['privacy']);
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'Moet ik het tegen haar ouders zeggen?', 'other')).toEqual(['privacy']);
  });

  it('anonymity asked beside it is answered too', () => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'Should I tell her parents? Can I stay anonymous?', 'other')).toEqual(
      expect.arrayContaining(['anonymity', 'privacy']),
    );
  });
});

describe('an outcome feared and asked about', () => {
  const text = 'Ik ben ook bang dat ze uit ons gezin gehaald wordt en in een gesloten instelling komt. Gebeurt dat als jullie dit weten?';

  it('asks what telling would bring, not what this chat keeps', () => {
    expect(fearedOutcomeAsked(text)).toBe(true);
    const topics = questionsToAnswer({ questions: ['privacy'] }, text, 'other');
    expect(topics).toContain('consequences');
    expect(topics).not.toContain('privacy');
  });

  it('a fear with no question pointing back at it is not one', () => {
    expect(fearedOutcomeAsked('Ik ben bang dat ze uit huis geplaatst wordt.')).toBe(false);
    expect(fearedOutcomeAsked('Gebeurt dat vaker?')).toBe(false);
  });
});

describe('what the police do with the people of the story', () => {
  it.each(['Wat doet de politie met zulke kinderen als ze ze pakken?', 'what will the police do with those girls if they find them?'])(
    '%p asks what befalls them',
    (text) => {
      expect(policeDealingAsked(text)).toBe(true);
      expect(questionsToAnswer({ questions: ['police'] }, text, 'other')).toEqual(expect.arrayContaining(['police', 'consequences']));
    },
  );

  it('what the police do after a report is not it', () => {
    expect(policeDealingAsked('wat doet de politie als ik dit meld?')).toBe(false);
  });
});

describe('whether what is done is illegal', () => {
  it('"is that illegal?" from a bystander asks whether it is exploitation, not about anyone’s stay', () => {
    const topics = questionsToAnswer({ questions: ['consequences'] }, 'is that illegal?', 'other');
    expect(topics).toEqual(['is_it_trafficking']);
  });

  it('a stay named beside it is still asked', () => {
    expect(questionsToAnswer({ questions: ['consequences'] }, 'I am illegal here, will they deport me?', 'self')).toContain('consequences');
    expect(questionsToAnswer({ questions: ['consequences'] }, 'Is it illegal? Will I go to jail?', 'self')).toEqual(
      expect.arrayContaining(['is_it_trafficking', 'consequences']),
    );
  });
});

describe('a consequence of someone else, framed by the writer’s report to the police', () => {
  it('"als ik aangifte doe, wordt hij dan zelf ook opgepakt?" is his', () => {
    expect(consequenceIsSomeoneElses('Als ik aangifte doe, wordt hij dan zelf ook opgepakt?', 'punished')).toBe(true);
    expect(consequenceIsSomeoneElses('Als ik aangifte doe, word ik dan zelf opgepakt?', 'punished')).toBe(false);
  });
});

describe('an outcome feared for someone else, asked for when the helpline knows', () => {
  const text = 'Ik ben bang dat ze uit ons gezin gehaald wordt. Gebeurt dat als jullie dit weten?';

  it('asks what it brings her and what follows a report', () => {
    expect(fearedOutcomeOfSomeoneElse(text)).toBe(true);
    expect(questionsToAnswer({ questions: ['privacy'] }, text, 'other')).toEqual(expect.arrayContaining(['consequences', 'after_report']));
  });

  it('a fear for the writer is their own', () => {
    expect(fearedOutcomeOfSomeoneElse('Ik ben bang dat ik mijn werk kwijtraak. Gebeurt dat als ik meld?')).toBe(false);
  });
});
