import { letterCounts } from '../../../src/nlu/language';
import { letterWordCount, letterWords } from '../../../src/nlu/text/letterWords';
import { seededRandom } from '../../../src/seededRandom';

const byMatch = (text: string) => ({
  letters: (text.match(/\p{L}/gu) ?? []).length,
  latin: (text.match(/\p{Script=Latin}/gu) ?? []).length,
});

describe('letterCounts', () => {
  it('counts as the code-point expressions do on letters, signs, other scripts, astral letters and lone surrogates', () => {
    for (const text of [
      '',
      'Hallo, ik ben 23 jaar!',
      'Dzień dobry. Łukasz zegt: „ją”',
      'Казвам се Иво. I am from Bulgaria',
      'ⅫⅩ ª º ß ﬁ ǅ',
      '𝐀𝐁 𐐀𐐨 😀 a',
      '\ud800x\udc00y\ud83d',
      'مرحبا 你好 ሰላም Γειά',
    ])
      expect(letterCounts(text)).toEqual(byMatch(text));
  });

  it('counts as they do on random text over the whole range of code points', () => {
    const random = seededRandom(19);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        const r = random();
        const point = r < 0.4 ? Math.floor(random() * 128) : r < 0.8 ? Math.floor(random() * 0x3000) : Math.floor(random() * 0x110000);
        text += point >= 0xd800 && point <= 0xdfff ? String.fromCharCode(point) : String.fromCodePoint(point);
      }
      expect(letterCounts(text)).toEqual(byMatch(text));
    }
  });
});

describe('letterWordCount', () => {
  it('counts the words letterWords finds, on the same kinds of text', () => {
    const random = seededRandom(7);
    const texts = ['', 'a', ' a b ', 'Łukasz zegt: ja!', '𝐀𝐁 x 😀y', '\ud800a\udc00', 'één-twee 3 vier'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        const r = random();
        const point = r < 0.5 ? Math.floor(random() * 128) : r < 0.8 ? Math.floor(random() * 0x3000) : Math.floor(random() * 0x110000);
        text += point >= 0xd800 && point <= 0xdfff ? String.fromCharCode(point) : String.fromCodePoint(point);
      }
      texts.push(text);
    }
    for (const text of texts) expect(letterWordCount(text)).toBe(letterWords(text).length);
  });
});
