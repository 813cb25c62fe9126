import { analyseText } from '../../../src/nlu/text/analyse';
import { ConceptMatcher, compilePhrase, conceptHit, joinHits, mapHits, negatedAs, noHits, readAs } from '../../../src/nlu/text/concepts';
import { FORM_LEXICON } from '../../../src/nlu/model/formSituations';

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

  it('keeps each token as written beside its skeleton: a doubled letter stays, a stretched word is its skeleton', () => {
    const a = analyseText('Ik neem het. Ik kan nieeet weg, echt');
    expect(a.tokens).toEqual(['ik', 'nem', 'het', '|', 'ik', 'kan', 'niet', 'weg', ',', 'echt']);
    expect(a.written).toEqual(['ik', 'neem', 'het', '|', 'ik', 'kan', 'niet', 'weg', ',', 'echt']);
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

  it('leaves a negation to the clause before when a subject opens a new one without a comma', () => {
    expect(concepts('ik kan dit niet ik zit op slot')).toEqual(['locked@0']);
    expect(concepts('no i am locked')).toEqual(['locked@0']);
    expect(concepts('niet dat ik op slot zit')).toEqual(['locked!@0']);
    expect(concepts('ik niet op slot')).toEqual(['locked!@0']);
  });

  it('compiles "|" looser than a space and gaps between segments', () => {
    expect(compilePhrase('a b|c ~2 d')).toBe('(?:a b|c)(?: [^ |]+){0,2} d');
  });

  it('takes a gap of two digits and refuses a gap it cannot read', () => {
    expect(compilePhrase('a|b ~10 c')).toBe('(?:a|b)(?: [^ |]+){0,10} c');
    expect(() => compilePhrase('a ~x b')).toThrow(/malformed gap/);
    expect(() => compilePhrase('a~3 b')).toThrow(/malformed gap/);
  });

  it('runs in time linear in the text', () => {
    const text = 'de deur zit op slot en ze hebben mijn paspoort afgepakt. '.repeat(40);
    const hits = matcher.find(analyseText(text));
    expect(hits.filter((h) => h.concept === 'locked')).toHaveLength(40);
  });
});

describe('phrase words read like the tokenizer reads the text', () => {
  const chat = new ConceptMatcher({ alive: ['dont want to be alive', 'cant go on'], polish: ['nie moge ~2 wyjsc'] });
  const found = (text: string) => chat.find(analyseText(text)).map((h) => h.concept);

  it('expands chat forms and contractions in a phrase as in the message', () => {
    expect(found("I don't want to be alive anymore")).toEqual(['alive']);
    expect(found('i dont want to be alive')).toEqual(['alive']);
    expect(found("I can't go on like this")).toEqual(['alive']);
    expect(found('nie moge stad wyjsc')).toEqual(['polish']);
    expect(found('I want to be alive')).toEqual([]);
  });
});

describe('form situations', () => {
  const forms = new ConceptMatcher(FORM_LEXICON);
  const found = (text: string) => forms.find(analyseText(text)).map((h) => h.concept);

  it.each([
    ['ik slaap in de achterkamer van de salon', 'work_housing'],
    ['the room belongs to the agency and the rent is taken from my pay', 'work_housing'],
    ['ze heeft een tatoeage met zijn naam in haar nek', 'sex_body'],
    ['elke avond komen er andere mannen', 'sex_visitors'],
    ['her boyfriend lends her to his friends', 'sex_visitors'],
    ['ze neemt met 4 verschillende passen geld op', 'crime_acts'],
    ['I have to sell until the stuff is gone', 'crime_acts'],
  ] as const)('%p tells %s', (text, concept) => {
    expect(found(text)).toContain(concept);
  });
});

describe('concept hits in one shape (round 28)', () => {
  const hit = matcher.find(analyseText('ze sluiten me op'))[0]!;
  const fields = ['concept', 'start', 'end', 'sentence', 'negated'];

  it('makes the matcher hits and their copies with the same fields in the same order', () => {
    expect(Object.keys(hit)).toEqual(fields);
    expect(Object.keys(conceptHit('age', 1, 2, 0, false))).toEqual(fields);
    expect(Object.keys(negatedAs(hit, true))).toEqual(fields);
    expect(Object.keys(readAs(hit, 'taken'))).toEqual(fields);
  });

  it('copies a hit changing only what is asked', () => {
    expect(negatedAs(hit, true)).toEqual({ ...hit, negated: true });
    expect(readAs(hit, 'taken')).toEqual({ ...hit, concept: 'taken' });
    expect(readAs(hit, 'taken', true)).toEqual({ ...hit, concept: 'taken', negated: true });
  });

  it('gives a new empty array each time and maps like map', () => {
    const a = noHits<'age'>();
    a.push(conceptHit('age', 0, 1, 0, false));
    expect(noHits()).toEqual([]);
    expect(mapHits([], (h) => h)).toEqual([]);
    const hits = matcher.find(analyseText('ze sluiten me op. hij heeft mijn paspoort afgepakt'));
    expect(mapHits(hits, (h) => negatedAs(h, true))).toEqual(hits.map((h) => ({ ...h, negated: true })));
  });

  it('maps into a richer hit and joins like spread, a new array each time', () => {
    const hits = matcher.find(analyseText('ze sluiten me op. hij heeft mijn paspoort afgepakt'));
    expect(hits.length).toBeGreaterThan(1);
    expect(mapHits(hits, (h) => ({ ...h, atEnd: h.sentence === 1 }))).toEqual(hits.map((h) => ({ ...h, atEnd: h.sentence === 1 })));
    const [first, ...rest] = hits;
    expect(joinHits([first!], rest)).toEqual([...hits]);
    expect(joinHits(noHits(), hits)).toEqual(hits);
    expect(joinHits(hits, [])).not.toBe(hits);
    expect(joinHits([], [])).toEqual([]);
  });
});
