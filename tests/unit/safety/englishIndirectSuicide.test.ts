/**
 * English suicidal thoughts said indirectly inside a story (ADR 0006 round 19): a farewell that spares
 * others the trouble of oneself, no reason to live after an exploitation that is over, thoughts of
 * ending everything, asking how high a building is, choosing what one is buried in, the family
 * better off. 113 comes at once; hard negatives with the same words stay without 113. Sentences
 * written for this test (none is in the corpus or a tuning set).
 */
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('English indirect suicidal thoughts', () => {
  it.each([
    [
      'sparing others, a farewell',
      'my brother in law messaged me "thanks for all you did, you wont have to carry me anymore" and his phone is off now. the farm keeps his passport',
    ],
    [
      'nobody has to deal with him',
      'my cousin wrote in the family group that soon nobody will have to deal with him anymore, the gang says he owes them 3000',
    ],
    [
      'no reason to live, the exploitation over',
      'he left the brothel last winter and stays with us now. but this morning he said there is no reason for him to live and he stays in bed all day',
    ],
    ['ending everything', "Yesterday I stood on the balcony with the boss's pills in my hand and thought about ending everything."],
    [
      'how high a building is',
      'she keeps asking how high the parking garage by the station is, since the boss took her papers she barely talks',
    ],
    ['what to be buried in', 'my friend said she has picked the clothes she wants to be buried in, the guy still takes all her money'],
    ['the family better off', 'i think my family would be better off if i was gone, i work every day and still owe the agency'],
  ])('gets 113 at once: %s', (_kind, text) => {
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(true);
    expect(danger.level).toBe('acute');
  });

  it.each([
    'Thanks for everything, I will not bother the agency anymore, I found a job with a real contract.',
    'We want to end the whole thing with this agency and move to another town.',
    'How high is the Euromast? We want to visit it tomorrow with the kids.',
  ])('%p gets no 113', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});
