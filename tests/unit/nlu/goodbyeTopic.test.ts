import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { analyseText } from '../../../src/nlu/text/analyse';
import { TOPIC_LEXICON } from '../../../src/nlu/topics';

// "ik ga" starts many story sentences ("ik ga het melden"); only leaving said in words is a goodbye.
const goodbye = new ConceptMatcher({ goodbye: TOPIC_LEXICON.goodbye });
const saysGoodbye = (text: string) => goodbye.find(analyseText(text)).length > 0;

describe('goodbye topic (sentences written for this test)', () => {
  it.each(['ik ga nu slapen, welbedankt', 'ik ga maar afsluiten', 'ik moet nu gaan', 'sorry ik moet ophangen', 'gotta go'])(
    '%p is a goodbye',
    (text) => {
      expect(saysGoodbye(text)).toBe(true);
    },
  );

  it.each(['ik ga morgen naar de politie', 'ik ga het melden bij de wijkagent', 'ik ga hem vragen of hij betaald wordt'])(
    '%p is not a goodbye',
    (text) => {
      expect(saysGoodbye(text)).toBe(false);
    },
  );
});
