import { extractFacts, NO_PLACES } from '../../src/nlu/facts/facts';
import type { MessageGuess } from '../../src/nlu/model/messageModels';
import { testReader } from './reader';

/**
 * The facts of one message as the understanding step reads them, with the models' guess set by the
 * test: a worry told, no form, no minor, and who it is about and the relation as given (none read
 * unless given), so a test of a fact rule does not move with a retrain.
 */
export function factsOfMessage(text: string, guess: Partial<Pick<MessageGuess, 'aboutWhom' | 'relation'>> = {}) {
  return extractFacts(
    {
      text,
      read: testReader().readForDanger(text),
      guess: {
        intent: { intent: 'describe_concern', score: 0.9, intents: {} },
        form: { form: 'unknown', score: 0.5 },
        minor: { minor: null, score: 0 },
        aboutWhom: { aboutWhom: null, score: 0.9 },
        relation: { relation: null, score: 0.9 },
        questions: [],
        ...guess,
      },
      signals: [],
      awaiting: null,
    },
    NO_PLACES,
  );
}
