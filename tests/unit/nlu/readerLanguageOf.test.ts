/**
 * The reader remembers a language guess with the reading it was asked for (round 26, with the
 * reading since round 50): the "nu" guard and the first look ask it of the same message. Remembered
 * or not, the answer is nlu/language.ts's for that text and locale; once the reading is let go, the
 * reader keeps nothing of the text.
 */
import { detectLanguageDetail } from '../../../src/nlu/language';
import { MessageReader } from '../../../src/nlu/model/reader';
import { analyseText } from '../../../src/nlu/text/analyse';

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

  it('gives the guess for the text with a reading, also when the reading was asked of another text', () => {
    const reader = new MessageReader();
    const reading = analyseText(texts[0]!);
    for (const locale of ['nl', 'en'] as const)
      for (const text of [texts[0]!, texts[1]!, texts[0]!])
        expect(reader.languageOf(text, locale, reading)).toEqual(detectLanguageDetail(text, locale));
  });

  it('gives the same guess object again for the same reading, text and locale', () => {
    const reader = new MessageReader();
    const reading = analyseText(texts[1]!);
    expect(reader.languageOf(texts[1]!, 'nl', reading)).toBe(reader.languageOf(texts[1]!, 'nl', reading));
  });

  it('keeps no text of a message read for danger and guessed, once the turn is over', () => {
    const reader = new MessageReader();
    const marker = 'zorblaxtrumq';
    const text = `de baas houdt nu mijn paspoort in de ${marker}, ik kan niet weg`;
    const read = reader.readForDanger(text);
    reader.languageOf(text, 'nl', read.analysis);
    expect(read.analysis.joined).toContain(marker);
    expect(stringsHeldBy(reader).filter((s) => s.includes(marker))).toEqual([]);
  });
});

/** Every string reachable from `root` through own properties, arrays, maps and sets (weak maps hold theirs only while their keys live). */
function stringsHeldBy(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      found.push(value);
      continue;
    }
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    if (typeof value === 'object') for (const key of Reflect.ownKeys(value)) stack.push((value as Record<PropertyKey, unknown>)[key]);
  }
  return found;
}
