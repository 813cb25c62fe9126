import { describesConcern, roleAnswer, saysUnsure, yesNoAnswer } from '../../../dialogs/answers';
import { said } from '../../../dialogs/commands';
import type { Recognition } from '../../../src/nlu/recognizer';
import { replies } from '../../support/bot';

const neutral = { intent: 'describe_concern', form: 'unknown', signals: [] } as unknown as Recognition;

describe('yes/no answers', () => {
  it('reads an answer phrase of either locale at the start of a sentence, as whole words', () => {
    expect(yesNoAnswer(replies, said('Ja hoor, ze mag weg wanneer ze wil'), neutral)).toBe('yes');
    expect(yesNoAnswer(replies, said('Nope, never alone'), neutral)).toBe('no');
    // The phrase must be a whole word at the start: "jammer" does not start with "ja".
    expect(yesNoAnswer(replies, said('Jammer genoeg weet ik dat niet'), neutral)).toBe('unknown');
    expect(yesNoAnswer(replies, said('ja'), neutral)).toBe('yes');
  });

  it('answers the same for the same message asked again and after another one', () => {
    const texts = ['nee hoor dat mag niet', 'Ja, klopt', 'nee hoor dat mag niet'];
    expect(texts.map((text) => yesNoAnswer(replies, said(text), neutral))).toEqual(['no', 'yes', 'no']);
  });

  it('reads the message in plain words, whatever its case, accents and punctuation', () => {
    expect(yesNoAnswer(replies, said('  JA!! '), neutral)).toBe('yes');
    expect(saysUnsure(replies, said('Weet ik niet...'))).toBe(true);
    expect(saysUnsure(replies, said('Ze weet het niet'))).toBe(false);
    expect(roleAnswer(replies, said(replies.list('nl', 'commands.roleSelf')[0]!.toUpperCase()))).toBe('self');
    expect(describesConcern(neutral, said('Hij, hij — houdt haar paspoort!'))).toBe(true);
    expect(describesConcern(neutral, said('Hallo daar!'))).toBe(false);
  });
});
