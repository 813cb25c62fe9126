/**
 * Scripts written without spaces between words (Chinese, Japanese kana, Thai) are read letter by
 * letter, and other scripts' sentence marks (。、 ؟ ، ።) as the ASCII ones (round 47): a Chinese
 * message was one token the lexicons never met, and an Arabic or Chinese question no question.
 */
import { analyseText } from '../../../src/nlu/text/analyse';
import { normaliseText, tokenize, unspacedLetters, unspacedPieces } from '../../../src/safety/normalise';

const words = (text: string) =>
  tokenize(text)
    .filter((t) => !t.boundary)
    .map((t) => t.text);

describe('unspaced scripts in the tokenizer', () => {
  it('makes each Chinese, Japanese or Thai letter a token of its own', () => {
    expect(words('我想自杀')).toEqual(['我', '想', '自', '杀']);
    expect(words('私は死にたい')).toEqual(['私', 'は', '死', 'に', 'た', 'い']);
    // Thai vowel and tone marks are combining marks, dropped like every diacritic.
    expect(words('ตาย')).toEqual(['ต', 'า', 'ย']);
  });

  it('keeps Latin letters and digits between them as whole words', () => {
    expect(unspacedPieces('ktv楼上')).toEqual(['ktv', '楼', '上']);
    expect(words('我在KTV工作24小时')).toEqual(['我', '在', 'ktv', '工', '作', '24', '小', '时']);
  });

  it('leaves spaced scripts as they were', () => {
    expect(words('Mijn baas houdt mijn paspoort')).toEqual(['mijn', 'baas', 'houdt', 'mijn', 'paspoort']);
    expect(words('هل هذا اتجار')).toEqual(['هل', 'هذا', 'اتجار']);
    expect(unspacedPieces('paspoort')).toEqual(['paspoort']);
  });

  it('splits a lexicon phrase the same way, repeated letters included', () => {
    expect(unspacedLetters('自杀')).toBe('自 杀');
    expect(unspacedLetters('mama')).toBe('mama');
    expect(unspacedLetters('妈妈')).toBe('妈 妈');
  });
});

describe('sentence marks of other scripts', () => {
  it('reads the ideographic, Arabic and Ethiopic marks as the ASCII ones', () => {
    expect(normaliseText('我很害怕。警察会来吗？')).toBe('我很害怕.警察会来吗?');
    expect(normaliseText('هل ستأتي الشرطة؟')).toContain('?');
    expect(normaliseText('أنا خائف، ساعدني')).toContain(',');
    expect(normaliseText('ሰላም።')).toBe('ሰላም.');
  });

  it('makes an Arabic or Chinese question a question sentence', () => {
    const arabic = analyseText('أنا خائف. هل ستأتي الشرطة؟');
    expect(arabic.question).toBe(true);
    expect(arabic.questionSentences.has(1)).toBe(true);
    const chinese = analyseText('我很害怕。警察会来吗？');
    expect(chinese.question).toBe(true);
    expect(chinese.questionSentences.has(1)).toBe(true);
    expect(chinese.questionSentences.has(0)).toBe(false);
  });

  it('counts no question where none is asked', () => {
    expect(analyseText('我在餐馆工作。老板不给钱。').question).toBe(false);
  });
});
