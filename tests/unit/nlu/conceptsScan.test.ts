/**
 * The concept matcher tries each concept's expression only at the tokens its phrases can start
 * with. That must be a speed-up and nothing else: its hits are compared here with a plain scan of
 * the same expressions over the whole text (how every hit was found before), for every lexicon the
 * models read, on a fixed seeded sample of the corpus and tuning-set lines the models learn and
 * are tuned from and on every long text built from them. The same comparison on every line is
 * `npm run check:concepts-scan` (bench/concepts-scan.ts): the reference scan of all 14,000 lines
 * took a minute of every `npm test`.
 */
import path from 'node:path';
import { differingTexts, LEXICONS, plain, scanner, scanTexts } from '../../../bench/concepts-scan';
import { analyseText } from '../../../src/nlu/text/analyse';
import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { seededSample } from '../../support/seededSample';

const root = path.resolve(__dirname, '../../..');
const SAMPLE_LINES = 1_200;
const SAMPLE_SEED = 39;

const { lines, long } = scanTexts(root);
const analyses = [...seededSample(lines, SAMPLE_LINES, SAMPLE_SEED), ...long].map(analyseText);

describe.each(LEXICONS)('the %s lexicon', (_name, lexicon) => {
  it('finds on a seeded sample of the corpus and tuning lines, and on every long text, exactly the hits of a scan over the whole text', () => {
    expect(lines.length).toBeGreaterThan(5_000);
    expect(long.length).toBeGreaterThan(0);
    expect(differingTexts(lexicon, analyses)).toEqual([]);
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
