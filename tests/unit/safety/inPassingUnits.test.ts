import { neutralUnits } from '../../../src/nlu/model/neutralWords';
import { analyseText, type TextAnalysis } from '../../../src/nlu/text/analyse';
import { sentencePairAnalysis, sentenceSpans } from '../../../src/safety/inPassing';
import { corpusAndTuningLines, joinedStories } from '../../support/textLines';

/** Every pair of neighbouring sentences whose units carried from the whole differ from the units found anew. */
function differingPairs(text: string): string[] {
  const whole = analyseText(text);
  const spans = sentenceSpans(whole);
  const differing: string[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const pair = sentencePairAnalysis(whole, spans[i]!, spans[i + 1]!);
    // A copy is another key of the memo, so its units are found anew from its own words.
    const fresh: TextAnalysis = { ...pair };
    if (JSON.stringify(neutralUnits(pair)) !== JSON.stringify(neutralUnits(fresh))) differing.push(`${pair.written.join(' ')}`);
  }
  return differing;
}

describe('a sentence pair of danger in passing carries the neutral units of its message', () => {
  it('has the units of its words read alone, where places, countries, names and days meet a sentence end', () => {
    const texts = [
      'Ik woon in Den. Haag is ver weg. Ze komt uit Saoedi. Arabie zei ze. Het was op maandag. Bij Best.',
      'Hij werkt in best. In best werkt hij. Ze ging naar zuid afrika! Afrika is groot. Maria belde. Zondag, in de bilt.',
      'Mijn zus zit in Roemenie. Verenigde. Staten. Ze is in Rotterdam zuid. Zuid is ver. In de wijk. De wijk is rustig.',
    ];
    expect(texts.flatMap(differingPairs)).toEqual([]);
  });

  it('has the units of its words read alone on the corpus lines and the tuning sets, alone and joined into long stories', () => {
    const lines = corpusAndTuningLines();
    const stories = joinedStories(lines);
    expect([...lines, ...stories].flatMap(differingPairs)).toEqual([]);
  });
});
