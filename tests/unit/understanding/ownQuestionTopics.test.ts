import { ownQuestionTopics } from '../../../src/understanding/preparedReading';
import type { QuestionTopic } from '../../../src/understanding/understanding';

describe('ownQuestionTopics', () => {
  it('gives the question model the text with a "toch" confirmation marked as the question it is', () => {
    const seen: string[] = [];
    const model = {
      topicsIn: (text: string): QuestionTopic[] => {
        seen.push(text);
        return text.endsWith('?') ? ['anonymity'] : [];
      },
    };
    expect(ownQuestionTopics(model, 'Het is zwaar. dat blijft toch wel tussen ons.')).toEqual(['anonymity']);
    expect(seen).toEqual(['Het is zwaar. dat blijft toch wel tussen ons?']);
  });

  it('leaves a message without such a sentence as written', () => {
    const seen: string[] = [];
    ownQuestionTopics({ topicsIn: (text: string) => (seen.push(text), []) }, 'Mijn buurman werkt elke nacht.');
    expect(seen).toEqual(['Mijn buurman werkt elke nacht.']);
  });
});
