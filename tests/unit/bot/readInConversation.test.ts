import { readInConversation } from '../../../src/bot/readInConversation';

const story = { awaiting: null, heard: false, reasons: ['model.unsure'] };

describe('which unsure messages are read in their conversation before the danger question', () => {
  it('short asides, questions and answers to a question for a fact: always', () => {
    expect(readInConversation('even wachten', story)).toBe(true);
    expect(readInConversation('mag ik dit anoniem melden bij jullie of niet', { ...story, reasons: [] })).toBe(false);
    expect(readInConversation('mag ik dit anoniem melden bij jullie?', story)).toBe(true);
    expect(readInConversation('in Zwolle bij het station denk ik', { ...story, awaiting: 'municipality' })).toBe(true);
  });

  it('a longer statement keeps the question while the story is told, not after it was heard', () => {
    const statement = 'hij wil niet zeggen waar hij slaapt';
    expect(readInConversation(statement, story)).toBe(false);
    expect(readInConversation(statement, { ...story, heard: true })).toBe(true);
    // Not the answer to the danger question itself: that one is read as its answer.
    expect(readInConversation(statement, { ...story, awaiting: 'dangerCheck' })).toBe(false);
  });

  it('a statement of what happens now keeps the question after the story was heard', () => {
    const now = { ...story, heard: true, reasons: ['model.unsure', 'distance.now'] };
    expect(readInConversation('zijn baas staat op dit moment naast hem', now)).toBe(false);
  });
});
