/**
 * Round 44 (form44, formSituations.ts): an act of sexual exploitation told in the English word shapes
 * the lexicon lacked beside the ones it had: men sent to the room with the verb first and in every
 * tense (beside "the men he sends"), the money "took" (beside "takes"), a woman "in a window" and a
 * "private house" (beside "in the windows" and the Dutch "achter het raam", "privehuis"). A threat
 * to send "the guys" over a missed shift, a worker sent to fix a heater, a sign in a shop window
 * and the money taken for a bus tell none. Sentences written for this test, in no corpus or tuning
 * file.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const concepts = (text: string) =>
  reader
    .readFully(text)
    .forms.filter((h) => !h.negated)
    .map((h) => h.concept);
const sexual = (text: string): boolean =>
  concepts(text).some((c) => c === 'sex_acts' || c === 'sex_visitors' || c === 'sex_place' || c === 'earnings_taken');

describe('sexual exploitation in English word shapes', () => {
  it.each([
    'the landlord sent two men to her room last night and she could not refuse',
    'he sends other men to my room when his wife is out',
    'every weekend they are sending clients to our room in the flat',
    'hij stuurde gisteren weer mannen naar haar kamer',
    'after they left he took the money, she never saw any of it',
    'he took her money at the end of every night',
    'there is a woman in a window on the canal with bruises on her arms',
    'my cousin works in a private house in Tilburg and is not allowed out',
  ])('%p tells an act of sexual exploitation', (text) => {
    expect(sexual(text)).toBe(true);
  });

  it.each([
    'if i dont come tomorrow after my night shift they send the guys to my room',
    'the boss sent the workers to my room to fix the heater',
    'there is a sign in the window of the shop that says staff wanted',
    'the agency took the money for the bus from my first pay',
  ])('%p tells none', (text) => {
    expect(sexual(text)).toBe(false);
  });
});
