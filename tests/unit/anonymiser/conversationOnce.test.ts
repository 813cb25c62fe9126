import { detectConversation, Pseudonymiser } from '../../../src/anonymiser';
import { detectCandidates } from '../../../src/anonymiser/detect';
import { ConversationMemory } from '../../../src/anonymiser/memory';

const conversation = [
  'Hoi, ik maak me zorgen om Roos, ze werkt bij Kwekerij Verhoef in Naaldwijk.',
  'Roos krijgt steeds cadeaus van een man die Big Mike heet, op insta is hij bigmike_010.',
  'Het loon gaat naar NL91 ABNA 0417 1643 00 en niet naar haar eigen rekening.',
  'Mike zegt dat ze bij Verhoef moet blijven. Bel me op 06-12345678.',
];

/** Both passes with the detectors run again in each, as before they ran once per message. */
function twoFullPasses(texts: readonly string[]): [string, number, number][][] {
  const memory = new ConversationMemory();
  texts.forEach((text) => memory.learn(text, detectCandidates(text)));
  return texts.map((text) => detectCandidates(text, memory).flatMap((c) => (c.type === 'KEEP' ? [] : [[c.type, c.start, c.end]])));
}

describe('a whole conversation, its detectors run once per message', () => {
  it('finds what two full passes find', () => {
    const once = detectConversation(conversation).map((found) => found.map((e) => [e.type, e.start, e.end]));
    expect(once).toEqual(twoFullPasses(conversation));
  });

  it('uses what a later message teaches in an earlier one', () => {
    const [first] = new Pseudonymiser().anonymiseConversation(['Roos belde weer.', 'Mijn nichtje heet Roos.']);
    expect(first!.text).toBe('[NAAM-1] belde weer.');
  });
});
