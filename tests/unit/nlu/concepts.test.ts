import { analyseText } from '../../../src/nlu/text/analyse';
import { ConceptMatcher, compilePhrase } from '../../../src/nlu/text/concepts';

const matcher = new ConceptMatcher({
  locked: ['op slot', 'sluit* ~2 me|ons ~3 op', 'locked'],
  taken: ['paspoort ~3 afgepakt|ingenomen'],
  age: ['# jaar'],
  stem: ['slaap*'],
});
const concepts = (text: string) => matcher.find(analyseText(text)).map((h) => `${h.concept}${h.negated ? '!' : ''}@${h.sentence}`);

describe('text analysis', () => {
  it('lower-cases, drops accents, expands slang, collapses letter runs and marks sentence ends', () => {
    const a = analyseText('Hij heeft mn PASPOORT!!! En ik kan nieeet weg, echt.');
    expect(a.joined).toBe('hij heft mijn pasport | en ik kan niet weg , echt');
    expect(a.words).toBe(10);
    expect(a.question).toBe(false);
    expect(Array.from(a.sentenceOf)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('handles empty and punctuation-only text', () => {
    expect(analyseText('').joined).toBe('');
    expect(analyseText('?!...').words).toBe(0);
  });
});

describe('concept phrases', () => {
  it('matches words, alternatives, gaps, numbers and prefixes', () => {
    expect(concepts('de deur zit op slot')).toEqual(['locked@0']);
    expect(concepts('ze sluiten ons elke nacht op')).toEqual(['locked@0']);
    expect(concepts('hij heeft mijn paspoort gewoon afgepakt')).toEqual(['taken@0']);
    expect(concepts('ze is 15 jaar')).toEqual(['age@0']);
    expect(concepts('ze slaapt in de schuur')).toEqual(['stem@0']);
  });

  it('does not bridge a sentence end with a gap', () => {
    expect(concepts('het paspoort ligt thuis. ik heb niks afgepakt')).toEqual([]);
  });

  it('marks a negation just before a hit', () => {
    expect(concepts('ik zit niet op slot')).toEqual(['locked!@0']);
    expect(concepts('niet eerlijk, maar de deur is op slot')).toEqual(['locked@0']);
  });

  it('compiles "|" looser than a space and gaps between segments', () => {
    expect(compilePhrase('a b|c ~2 d')).toBe('(?:a b|c)(?: [^ |]+){0,2} d');
  });

  it('runs in time linear in the text', () => {
    const text = 'de deur zit op slot en ze hebben mijn paspoort afgepakt. '.repeat(40);
    const hits = matcher.find(analyseText(text));
    expect(hits.filter((h) => h.concept === 'locked')).toHaveLength(40);
  });
});
