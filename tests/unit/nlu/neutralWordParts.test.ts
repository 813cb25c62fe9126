/**
 * The neutral words' text is cut into word parts from its own words (neutralWords.ts partsOfWords)
 * instead of by the gazetteer's reading of the text: the parts must be the same, or a place would be
 * found or missed where it was not before.
 */
import { wordParts } from '../../../src/geo';
import { joinWritten, partsOfWords } from '../../../src/nlu/model/neutralWords';
import { analyseText } from '../../../src/nlu/text/analyse';
import { corpusAndTuningLines, joinedStories } from '../../support/textLines';

/** Whether the parts made from the words (when made) are the gazetteer's parts of the joined text; null when not made. */
function sameParts(text: string): boolean | null {
  const { written } = analyseText(text);
  const joined = joinWritten(written);
  const parts = partsOfWords(written, joined.starts);
  return parts === null ? null : JSON.stringify(parts) === JSON.stringify(wordParts(joined.text));
}

describe('word parts made from the written words', () => {
  it('are the parts of the joined text, and are not made where a word is more than lower-case ASCII letters and digits', () => {
    expect(sameParts('Ik woon in Den Haag, al 3 jaar. Zuid-Afrika? Nee! Ze zit in Rotterdam zuid.')).toBe(true);
    expect(sameParts("Hij z'n paspoort is weg... in 's-Hertogenbosch")).toBe(true);
    expect(sameParts('Она в Амстердаме')).toBeNull();
    expect(sameParts('wypłaty nie ma')).toBeNull();
  });

  it('are the parts of the joined text on the corpus lines and the tuning sets, alone and joined into long stories', () => {
    const lines = corpusAndTuningLines();
    const stories = joinedStories(lines);
    let made = 0;
    const differing: string[] = [];
    for (const text of [...lines, ...stories]) {
      const same = sameParts(text);
      if (same !== null) made++;
      if (same === false) differing.push(text);
    }
    expect(differing).toEqual([]);
    // Most chat is lower-case ASCII once normalised: the parts are made from the words nearly always.
    expect(made).toBeGreaterThan(lines.length / 2);
  });
});
