/**
 * Round 40 (ownq40): the person the writer wants their step kept from ("zonder dat mijn ouders het
 * weten", "without my coach finding out") is not the one the worry is about; a person named beside
 * it still is.
 */
import { extractFacts, NO_PLACES } from '../../../src/nlu/facts/facts';
import type { MessageGuess } from '../../../src/nlu/model/messageModels';
import { MessageReader } from '../../../src/nlu/model/reader';

function facts(text: string, guess: Pick<MessageGuess, 'aboutWhom' | 'relation'>) {
  return extractFacts(
    {
      text,
      read: new MessageReader().readForDanger(text),
      guess: {
        intent: { intent: 'ask_privacy', score: 0.9, intents: {} },
        form: { form: 'unknown', score: 0.5 },
        minor: { minor: null, score: 0 },
        questions: [],
        ...guess,
      },
      signals: [],
      awaiting: null,
    },
    NO_PLACES,
  );
}

const other = { aboutWhom: { aboutWhom: 'other' as const, score: 0.9 } };

describe('a person the writer keeps their step from', () => {
  it.each(['yo kan ik hier ff iets vragen zonder dat t naar me ouders gaat', 'can I talk here without my parents finding out?'])(
    '%p reads no role and no relation',
    (text) => {
      const read = facts(text, { ...other, relation: { relation: 'parent', score: 0.9 } });
      expect(read.aboutWhom).toBeUndefined();
      expect(read.relation).toBeUndefined();
    },
  );

  it('keeps the person the worry is about, named beside it', () => {
    const read = facts('Mijn zus werkt voor niks in een salon. Kan ik melden zonder dat mijn ouders het weten?', {
      ...other,
      relation: { relation: 'sibling', score: 0.9 },
    });
    expect(read.aboutWhom).toBe('other');
    expect(read.relation).toBe('sibling');
  });
});
