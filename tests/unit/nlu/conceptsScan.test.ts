/**
 * The concept matcher tries each concept's expression only at the tokens its phrases can start
 * with. That must be a speed-up and nothing else: its hits are compared here with a plain scan of
 * the same expressions over the whole text (how every hit was found before) on every corpus line
 * and tuning-set line the models learn and are tuned from, for every lexicon the models read.
 */
import path from 'node:path';
import { loadLabelledFile } from '../../../src/nlu/corpus';
import { FORM_LEXICON } from '../../../src/nlu/model/formSituations';
import { laterTuningSets, loadCorpus, TUNING_SET } from '../../../src/nlu/model/sources';
import { loadQuestionCorpus, loadQuestionMessages } from '../../../src/nlu/questions/questionModel';
import { analyseText, type TextAnalysis } from '../../../src/nlu/text/analyse';
import { ConceptMatcher, compilePhrase, type ConceptHit, type Lexicon } from '../../../src/nlu/text/concepts';
import { TOPIC_LEXICON } from '../../../src/nlu/topics';
import { DISTANCE_LEXICON, SITUATION_LEXICON } from '../../../src/safety/situations';

const root = path.resolve(__dirname, '../../..');

type Scan<C extends string> = (analysis: TextAnalysis) => { concept: C; start: number; end: number }[];

/** The reference: every concept's expression run globally over the joined tokens. */
function scanner<C extends string>(lexicon: Lexicon<C>): Scan<C> {
  const expressions = (Object.keys(lexicon) as C[]).map(
    (concept) => [concept, new RegExp(`(?<=^| )(?:${lexicon[concept].map(compilePhrase).join('|')})(?= |$)`, 'gu')] as const,
  );
  return (analysis) => {
    const hits: { concept: C; start: number; end: number }[] = [];
    for (const [concept, re] of expressions) {
      for (const m of analysis.joined.matchAll(re)) {
        hits.push({ concept, start: analysis.tokenAtChar[m.index]!, end: analysis.tokenAtChar[m.index + m[0].length - 1]! });
      }
    }
    return hits;
  };
}

const plain = <C extends string>(hits: readonly ConceptHit<C>[]) => hits.map(({ concept, start, end }) => ({ concept, start, end }));

const texts = [
  ...loadCorpus(root).map((m) => m.text),
  ...[TUNING_SET, ...laterTuningSets(root)].flatMap((file) => loadLabelledFile(path.resolve(root, file)).map((m) => m.text)),
  ...loadQuestionCorpus(root).map((c) => c.text),
  ...loadQuestionMessages(root).map((c) => c.text),
];
// Long messages too (a citizen may send 2,000 characters): every 40 lines as one text.
for (let i = 0; i < texts.length; i += 400) texts.push(texts.slice(i, i + 40).join(' '));
const analyses = texts.map(analyseText);

describe.each([
  ['situations', SITUATION_LEXICON],
  ['distances', DISTANCE_LEXICON],
  ['topics', TOPIC_LEXICON],
  ['forms', FORM_LEXICON],
] as const)('the %s lexicon', (_name, lexicon: Lexicon<string>) => {
  it('finds on every corpus and tuning line exactly the hits of a scan over the whole text', () => {
    const matcher = new ConceptMatcher(lexicon);
    const scanned = scanner(lexicon);
    const differing = analyses.filter((a) => JSON.stringify(plain(matcher.find(a))) !== JSON.stringify(scanned(a)));
    expect(texts.length).toBeGreaterThan(5_000);
    expect(differing.map((a) => a.joined)).toEqual([]);
  });
});

describe('phrases whose start cannot be told from one token', () => {
  it('are scanned over the whole text and still found', () => {
    const matcher = new ConceptMatcher({ empty: ['', 'x'], spaced: ['wait ~1 here'] });
    const hits = matcher.find(analyseText('wait for me here, x'));
    expect(plain(hits)).toEqual(scanner({ empty: ['', 'x'], spaced: ['wait ~1 here'] })(analyseText('wait for me here, x')));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('a number and a prefix start a hit only at a token that fits', () => {
    const lexicon = { age: ['# jaar'], sleep: ['slaap* ~2 schuur'] };
    const matcher = new ConceptMatcher(lexicon);
    const analysis = analyseText('ze is 15 jaar en slaapt in de schuur; 3jaar niet, 1 5 jaar wel');
    expect(plain(matcher.find(analysis))).toEqual(scanner(lexicon)(analysis));
    expect(plain(matcher.find(analysis)).map((h) => h.concept)).toEqual(['age', 'age', 'sleep']);
  });
});
