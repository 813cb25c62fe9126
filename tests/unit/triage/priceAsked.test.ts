/**
 * A price asked is met with the line that this chat has no answer for it, not with a topic the
 * question model reads from the sentence's other words (round 47: "…voor die mannen" read as what
 * befalls them once the model learned the dialog turns).
 */
import { priceAsked } from '../../../src/triage/questionWithoutAnswer';

describe('a price asked (priceAsked)', () => {
  it.each(['Hoeveel kost een advocaat voor die mannen eigenlijk?', 'wat kost zoiets dan', 'How much does a lawyer cost for them?'])(
    '"%s" asks one',
    (text) => {
      expect(priceAsked(text)).toBe(true);
    },
  );

  it.each(['Wat gebeurt er met die mannen als ik bel?', 'Kost het mij mijn baan?', 'how much of this is normal?'])(
    '"%s" does not',
    (text) => {
      expect(priceAsked(text)).toBe(false);
    },
  );
});
