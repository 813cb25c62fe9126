import { yesNoAnswer } from '../../../dialogs/answers';
import type { Recognition } from '../../../src/nlu/recognizer';
import { replies } from '../../support/bot';

const neutral = { intent: 'describe_concern', form: 'unknown', signals: [] } as unknown as Recognition;

describe('yes/no answers', () => {
  it('reads an answer phrase of either locale at the start of a sentence, as whole words', () => {
    expect(yesNoAnswer(replies, 'Ja hoor, ze mag weg wanneer ze wil', neutral)).toBe('yes');
    expect(yesNoAnswer(replies, 'Nope, never alone', neutral)).toBe('no');
    // The phrase must be a whole word at the start: "jammer" does not start with "ja".
    expect(yesNoAnswer(replies, 'Jammer genoeg weet ik dat niet', neutral)).toBe('unknown');
    expect(yesNoAnswer(replies, 'ja', neutral)).toBe('yes');
  });

  it('answers the same for the same message asked again and after another one', () => {
    const texts = ['nee hoor dat mag niet', 'Ja, klopt', 'nee hoor dat mag niet'];
    expect(texts.map((text) => yesNoAnswer(replies, text, neutral))).toEqual(['no', 'yes', 'no']);
  });
});
