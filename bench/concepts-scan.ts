/**
 * The concept matcher tries each concept's expression only at the tokens its phrases can start
 * with. That must be a speed-up and nothing else: its hits are compared with a plain scan of the
 * same expressions over the whole text (how every hit was found before).
 *
 * `npm run check:concepts-scan` compares them on every corpus line and tuning-set line the models
 * learn and are tuned from, for every lexicon the models read (a minute on a loaded host). jest
 * (tests/unit/nlu/conceptsScan.test.ts) runs the same comparison on a fixed seeded sample of those
 * lines plus every long text, so that the whole run is not paid on every `npm test`.
 */
import path from 'node:path';
import { loadLabelledFile } from '../src/nlu/corpus';
import { FORM_LEXICON } from '../src/nlu/model/formSituations';
import { laterTuningSets, loadCorpus, TUNING_SET } from '../src/nlu/model/sources';
import { loadQuestionCorpus, loadQuestionMessages } from '../src/nlu/questions/questionModel';
import { analyseText, tokenAt, type TextAnalysis } from '../src/nlu/text/analyse';
import { ConceptMatcher, compilePhrase, type ConceptHit, type Lexicon } from '../src/nlu/text/concepts';
import { TOPIC_LEXICON } from '../src/nlu/topics';
import { DISTANCE_LEXICON, SITUATION_LEXICON } from '../src/safety/situations';

/** Every lexicon the models read, by name. */
export const LEXICONS = [
  ['situations', SITUATION_LEXICON],
  ['distances', DISTANCE_LEXICON],
  ['topics', TOPIC_LEXICON],
  ['forms', FORM_LEXICON],
] as const satisfies readonly (readonly [string, Lexicon<string>])[];

type Scan<C extends string> = (analysis: TextAnalysis) => { concept: C; start: number; end: number }[];

/** The reference: every concept's expression run globally over the joined tokens. */
export function scanner<C extends string>(lexicon: Lexicon<C>): Scan<C> {
  const expressions = (Object.keys(lexicon) as C[]).map(
    (concept) => [concept, new RegExp(`(?<=^| )(?:${lexicon[concept].map(compilePhrase).join('|')})(?= |$)`, 'gu')] as const,
  );
  return (analysis) => {
    const hits: { concept: C; start: number; end: number }[] = [];
    for (const [concept, re] of expressions) {
      for (const m of analysis.joined.matchAll(re)) {
        hits.push({ concept, start: tokenAt(analysis, m.index), end: tokenAt(analysis, m.index + m[0].length - 1) });
      }
    }
    return hits;
  };
}

export const plain = <C extends string>(hits: readonly ConceptHit<C>[]) => hits.map(({ concept, start, end }) => ({ concept, start, end }));

export interface ScanTexts {
  /** Every corpus, tuning-set and question line, in file order. */
  lines: string[];
  /** Long messages too (a citizen may send 2,000 characters): every 40 lines from each 400th as one text. */
  long: string[];
}

export function scanTexts(root: string): ScanTexts {
  const lines = [
    ...loadCorpus(root).map((m) => m.text),
    ...[TUNING_SET, ...laterTuningSets(root)].flatMap((file) => loadLabelledFile(path.resolve(root, file)).map((m) => m.text)),
    ...loadQuestionCorpus(root).map((c) => c.text),
    ...loadQuestionMessages(root).map((c) => c.text),
  ];
  // As the whole-corpus test always built them: the joined texts are appended while the loop runs,
  // so the last ones join earlier long texts into longer ones.
  const texts = [...lines];
  for (let i = 0; i < texts.length; i += 400) texts.push(texts.slice(i, i + 40).join(' '));
  return { lines, long: texts.slice(lines.length) };
}

/** The analysed texts on which the matcher's hits differ from the reference scan's. */
export function differingTexts(lexicon: Lexicon<string>, analyses: readonly TextAnalysis[]): string[] {
  const matcher = new ConceptMatcher(lexicon);
  const scanned = scanner(lexicon);
  return analyses.filter((a) => JSON.stringify(plain(matcher.find(a))) !== JSON.stringify(scanned(a))).map((a) => a.joined);
}

function main(): void {
  const { lines, long } = scanTexts(path.resolve(__dirname, '..'));
  const analyses = [...lines, ...long].map(analyseText);
  let failed = false;
  for (const [name, lexicon] of LEXICONS) {
    const differing = differingTexts(lexicon, analyses);
    console.log(`${name}: ${analyses.length} texts, ${differing.length} differing`);
    for (const text of differing.slice(0, 20)) console.log(`  ${text}`);
    if (differing.length > 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) main();
