import { FeatureNames, KEPT_NAMES } from '../../../src/nlu/model/featureNames';
import { MessageReader } from '../../../src/nlu/model/reader';
import { Vocabulary } from '../../../src/nlu/model/logistic';
import { analyseText, isBoundary } from '../../../src/nlu/text/analyse';
import { seededRandom } from '../../../src/seededRandom';
import { corpusAndTuningLines, joinedStories } from '../../support/textLines';

describe('the word features keep their names', () => {
  const names = new FeatureNames();
  const units = ['werk', 'paspoort', '#place', '#n', 'meisje', 'ß', 'работа', 'a_b', ''];

  it('gives the same names as building them anew, asked once or many times', () => {
    for (let round = 0; round < 3; round++)
      for (const unit of units) {
        expect(names.word(unit)).toBe(`w:${unit}`);
        expect(names.prefix(unit)).toBe(`p:${unit.slice(0, 5)}`);
        for (const next of units) expect(names.bigram(unit, next)).toBe(`b:${unit}_${next}`);
      }
  });

  it('still names right after more words than it keeps have passed', () => {
    for (let i = 0; i < KEPT_NAMES + 10_000; i++) expect(names.word(`u${i}`)).toBe(`w:u${i}`);
    expect(names.size).toBeLessThanOrEqual(KEPT_NAMES);
    expect(names.bigram('u1', 'u69999')).toBe('b:u1_u69999');
    expect(names.prefix('u1234567')).toBe('p:u1234');
  });
});

describe('the distinct word names of a message', () => {
  const names = new FeatureNames();
  /** What knownWordShare made before round 45: a set of the kept tokens, each named. */
  const bySet = (tokens: readonly string[], counts: (t: string, i: number) => boolean) =>
    [...new Set(tokens.filter((t, i) => counts(t, i)))].map((t) => names.word(t));
  const words = (t: string) => !isBoundary(t);

  it('are the names of the set of the kept tokens, in the order first met, on the corpus lines and the tuning sets', () => {
    const lines = corpusAndTuningLines();
    const differing: string[] = [];
    for (const text of [...lines, ...joinedStories(lines)]) {
      const { tokens } = analyseText(text);
      const everyOther = (t: string, i: number) => words(t) && i % 2 === 0;
      if (JSON.stringify(names.distinctWords(tokens, words)) !== JSON.stringify(bySet(tokens, words))) differing.push(text);
      if (JSON.stringify(names.distinctWords(tokens, everyOther)) !== JSON.stringify(bySet(tokens, everyOther))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('stay each once when the kept names are emptied around a pass, and a second pass counts again', () => {
    const random = seededRandom(45);
    for (let round = 0; round < 40; round++) {
      const tokens = Array.from({ length: 3000 }, () => `t${Math.floor(random() * 900)}`);
      // New units between passes fill the kept names towards their bound.
      for (let i = 0; i < 2000; i++) names.word(`fill${round}_${i}`);
      expect(names.distinctWords(tokens, words)).toEqual(bySet(tokens, words));
      expect(names.distinctWords(tokens, words)).toEqual(bySet(tokens, words));
    }
  });

  it('count the known ones as the indices do', () => {
    const vocabulary = new Vocabulary(['w:ik', 'w:ben', 'w:bang', 'w:hij']);
    for (const text of ['ik ben bang, ik ben alleen', 'hij hij hij', 'niets bekends hier', '']) {
      const found = names.distinctWords(analyseText(text).tokens, words);
      expect(vocabulary.knownCount(found)).toBe(vocabulary.indices(found).length);
      expect(vocabulary.knownCount([...found, ...found])).toBe(vocabulary.indices([...found, ...found]).length);
    }
  });
});

describe('the kept names belong to their reader', () => {
  const message = 'Mijn buurvrouw Zlatanka werkt elke nacht in de kassen en haar paspoort ligt bij de baas.';

  it('are kept by the reader that read the message, not by another reader nor by the module', () => {
    const reading = new MessageReader();
    const other = new MessageReader();
    expect(reading.names).not.toBe(other.names);
    reading.features(reading.readFully(message), 'general');
    expect(reading.names.size).toBeGreaterThan(0);
    expect(other.names.size).toBe(0);
    expect(new MessageReader().names.size).toBe(0);
  });

  it('give every reader the same features, with its own table, a shared one or one emptied between messages', () => {
    const shared = new FeatureNames();
    const first = new MessageReader(shared);
    const second = new MessageReader(shared);
    const small = new MessageReader(new FeatureNames(50));
    const fresh = new MessageReader();
    for (const set of ['danger', 'general'] as const) {
      const expected = fresh.features(fresh.readFully(message), set);
      expect(first.features(first.readFully(message), set)).toEqual(expected);
      expect(second.features(second.readFully(message), set)).toEqual(expected);
      expect(small.features(small.readFully(message), set)).toEqual(expected);
      expect(small.names.size).toBeLessThanOrEqual(50 + expected.length);
    }
    expect(second.names).toBe(shared);
  });

  it('are dropped by clear', () => {
    const names = new FeatureNames();
    names.bigram('mijn', 'buurvrouw');
    names.prefix('buurvrouw');
    // w:mijn, b:mijn_buurvrouw, w:buurvrouw, p:buurv
    expect(names.size).toBe(4);
    names.clear();
    expect(names.size).toBe(0);
    expect(names.word('mijn')).toBe('w:mijn');
  });
});
