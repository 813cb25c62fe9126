/**
 * Round 41 (ownq41): one reading of a step kept from someone ("zonder dat <iemand> het weet",
 * "without <someone> finding out", "zonder dat het naar <iemand> gaat"), used by the facts and by the
 * own questions alike.
 */
import { keptFromClauses, keepsFromSomeone } from '../../../src/nlu/text/keptFrom';

describe('a step kept from someone', () => {
  it.each([
    ['kan ik melden zonder dat mijn ouders het weten?', 'zonder dat mijn ouders het weten'],
    ['can i talk here without my coach finding out', 'without my coach finding out'],
    ['yo kan ik hier ff iets vragen zonder dat t naar me ouders gaat', 'zonder dat t naar me ouders gaat'],
    ['mag ik iets vertellen zonder dat mijn huisgenoot erachter komt', 'zonder dat mijn huisgenoot erachter komt'],
    ['kan ik melden zonder dat mijn vrouw er iets van merkt?', 'zonder dat mijn vrouw er iets van merkt'],
    ['can i report it without it getting back to my landlady?', 'without it getting back to my landlady'],
    ['kan ik bellen zonder dat zoë het hoort', 'zonder dat zoë het hoort'],
  ])('%p keeps a step from someone', (plain, clause) => {
    expect(keptFromClauses(plain)).toEqual([clause]);
  });

  it.each(['ze werkt daar zonder dat ze betaald wordt.', 'without a contract, without papers', 'zonder dat je het wilt, gebeurt het'])(
    '%p keeps nothing from anyone',
    (plain) => {
      expect(keepsFromSomeone(plain)).toBe(false);
    },
  );

  it('does not run across punctuation', () => {
    expect(keepsFromSomeone('zonder dat hij, ik weet het niet')).toBe(false);
  });
});
