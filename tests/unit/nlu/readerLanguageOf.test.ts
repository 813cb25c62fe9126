/**
 * The reader remembers the last language guess (round 26): the "nu" guard and the first look ask it
 * of the same message. Remembered or not, the answer is nlu/language.ts's for that text and locale.
 */
import { detectLanguageDetail } from '../../../src/nlu/language';
import { MessageReader } from '../../../src/nlu/model/reader';

const texts = [
  'ik werk nu in een kas en de baas houdt mijn paspoort',
  'seful nu ne plateste de doua luni si nu putem pleca',
  'my boss keeps my passport, I cannot leave now',
  'Dzień dobry. Sorry my english not so good, szef nie płaci',
  '',
];

describe('MessageReader.languageOf', () => {
  it('gives what detectLanguageDetail gives, for each text and locale in any order', () => {
    const reader = new MessageReader();
    for (const locale of ['nl', 'en'] as const)
      for (const text of [...texts, ...texts.slice().reverse()]) {
        expect(reader.languageOf(text, locale)).toEqual(detectLanguageDetail(text, locale));
        expect(reader.languageOf(text, locale)).toEqual(detectLanguageDetail(text, locale));
      }
  });

  it('does not give one locale the guess made for the other', () => {
    const reader = new MessageReader();
    const text = 'ok';
    expect(reader.languageOf(text, 'nl')).toEqual(detectLanguageDetail(text, 'nl'));
    expect(reader.languageOf(text, 'en')).toEqual(detectLanguageDetail(text, 'en'));
  });

  it('reads a Romanian "nu" as not now and a Dutch one as now, after either was guessed', () => {
    const reader = new MessageReader();
    const now = (text: string) => reader.readForDanger(text).distances.some((d) => d.concept === 'now' && !d.negated);
    expect(now(texts[1]!)).toBe(false);
    expect(now(texts[0]!)).toBe(true);
    expect(now(texts[1]!)).toBe(false);
  });
});
