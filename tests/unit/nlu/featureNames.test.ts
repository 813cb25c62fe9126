import { bigramName, distinctWordNames, prefixName, wordName } from '../../../src/nlu/model/featureNames';
import { Vocabulary } from '../../../src/nlu/model/logistic';
import { analyseText, isBoundary } from '../../../src/nlu/text/analyse';
import { seededRandom } from '../../../src/seededRandom';
import { corpusAndTuningLines, joinedStories } from '../../support/textLines';

describe('the word features keep their names', () => {
  const units = ['werk', 'paspoort', '#place', '#n', 'meisje', 'ß', 'работа', 'a_b', ''];

  it('gives the same names as building them anew, asked once or many times', () => {
    for (let round = 0; round < 3; round++)
      for (const unit of units) {
        expect(wordName(unit)).toBe(`w:${unit}`);
        expect(prefixName(unit)).toBe(`p:${unit.slice(0, 5)}`);
        for (const next of units) expect(bigramName(unit, next)).toBe(`b:${unit}_${next}`);
      }
  });

  it('still names right after more words than it keeps have passed', () => {
    for (let i = 0; i < 70_000; i++) expect(wordName(`u${i}`)).toBe(`w:u${i}`);
    expect(bigramName('u1', 'u69999')).toBe('b:u1_u69999');
    expect(prefixName('u1234567')).toBe('p:u1234');
  });
});

describe('the distinct word names of a message', () => {
  /** What knownWordShare made before round 45: a set of the kept tokens, each named. */
  const bySet = (tokens: readonly string[], counts: (t: string, i: number) => boolean) =>
    [...new Set(tokens.filter((t, i) => counts(t, i)))].map(wordName);
  const words = (t: string) => !isBoundary(t);

  it('are the names of the set of the kept tokens, in the order first met, on the corpus lines and the tuning sets', () => {
    const lines = corpusAndTuningLines();
    const differing: string[] = [];
    for (const text of [...lines, ...joinedStories(lines)]) {
      const { tokens } = analyseText(text);
      const everyOther = (t: string, i: number) => words(t) && i % 2 === 0;
      if (JSON.stringify(distinctWordNames(tokens, words)) !== JSON.stringify(bySet(tokens, words))) differing.push(text);
      if (JSON.stringify(distinctWordNames(tokens, everyOther)) !== JSON.stringify(bySet(tokens, everyOther))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('stay each once when the kept names are emptied around a pass, and a second pass counts again', () => {
    const random = seededRandom(45);
    for (let round = 0; round < 40; round++) {
      const tokens = Array.from({ length: 3000 }, () => `t${Math.floor(random() * 900)}`);
      // New units between passes fill the kept names towards their bound.
      for (let i = 0; i < 2000; i++) wordName(`fill${round}_${i}`);
      expect(distinctWordNames(tokens, words)).toEqual(bySet(tokens, words));
      expect(distinctWordNames(tokens, words)).toEqual(bySet(tokens, words));
    }
  });

  it('count the known ones as the indices do', () => {
    const vocabulary = new Vocabulary(['w:ik', 'w:ben', 'w:bang', 'w:hij']);
    for (const text of ['ik ben bang, ik ben alleen', 'hij hij hij', 'niets bekends hier', '']) {
      const names = distinctWordNames(analyseText(text).tokens, words);
      expect(vocabulary.knownCount(names)).toBe(vocabulary.indices(names).length);
      expect(vocabulary.knownCount([...names, ...names])).toBe(vocabulary.indices([...names, ...names]).length);
    }
  });
});
