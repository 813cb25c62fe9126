import { readInConversation, tellsTheStory } from '../../../src/bot/readInConversation';

const story = { awaiting: null, heard: false, reasons: ['model.unsure'] };

describe('which unsure messages are read in their conversation before the danger question', () => {
  it('short asides, questions and answers to a question for a fact: always, and none of them tells the story', () => {
    expect(readInConversation('even wachten', story)).toBe(true);
    expect(readInConversation('mag ik dit anoniem melden bij jullie?', story)).toBe(true);
    expect(readInConversation('in Zwolle bij het station denk ik', { ...story, awaiting: 'municipality' })).toBe(true);
    for (const aside of ['even wachten', 'mag ik dit anoniem melden bij jullie?']) expect(tellsTheStory(aside, story)).toBe(false);
    expect(tellsTheStory('in Zwolle bij het station denk ik', { ...story, awaiting: 'municipality' })).toBe(false);
  });

  it('a longer statement: read in its conversation, as the untold story before it was heard (calm30)', () => {
    const statement = 'hij wil niet zeggen waar hij slaapt';
    expect(readInConversation(statement, story)).toBe(true);
    expect(tellsTheStory(statement, story)).toBe(true);
    expect(readInConversation(statement, { ...story, heard: true })).toBe(true);
    expect(tellsTheStory(statement, { ...story, heard: true })).toBe(false);
  });

  it('a statement of what happens now keeps the question after the story was heard; told first, it is the untold story (calm30)', () => {
    const now = { ...story, reasons: ['model.unsure', 'distance.now', 'now.event'] };
    expect(readInConversation('zijn baas staat op dit moment naast hem', { ...now, heard: true })).toBe(false);
    expect(readInConversation('zijn baas staat op dit moment naast hem', now)).toBe(true);
    expect(tellsTheStory('zijn baas staat op dit moment naast hem', now)).toBe(true);
    // A question keeps being read in its conversation (assessTurn keeps what names a danger).
    expect(readInConversation('staat zijn baas nu naast hem?', { ...now, heard: true })).toBe(true);
  });

  it('a "now" that is only where a debt stands, or "nog" alone, is read in its conversation after the story was heard (calm32)', () => {
    // The screen gives `distance.now` for any now, `now.event` only for a moment (screen.ts tellsNowOfAnEvent).
    const storyNow = { ...story, heard: true, reasons: ['model.unsure', 'situation.payment', 'distance.now'] };
    expect(readInConversation('nu zeggen ze dat hij 4000 euro schuldig is aan die mannen', storyNow)).toBe(true);
    expect(
      readInConversation('nu zeggen ze dat hij 4000 euro schuldig is aan die mannen', {
        ...storyNow,
        reasons: [...storyNow.reasons, 'now.event'],
      }),
    ).toBe(false);
  });

  it('a moment told after a plain "no" is read in its conversation; "no, she is not safe now" is not a plain "no" (calm32)', () => {
    const now = { ...story, heard: true, reasons: ['model.unsure', 'distance.now', 'now.event'] };
    expect(readInConversation('nee nu is ze er niet, school is al dicht', now)).toBe(true);
    expect(readInConversation('no, right now she is working, her shift is until 10', now)).toBe(true);
    expect(readInConversation('nee, ze is nu niet veilig bij hem', now)).toBe(false);
    expect(readInConversation('ze is er nu niet, school is al dicht', now)).toBe(false);
  });
});
