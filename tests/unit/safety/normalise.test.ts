import { normalisedLine, normaliseText, skeleton, tokenize, urgencyMarks } from '../../../src/safety/normalise';
import { fuzzyEquals, fuzzyPrefix, withinOneEdit } from '../../../src/safety/fuzzy';
import { compilePattern, findMatches } from '../../../src/safety/patterns';
import { seededRandom } from '../../../src/seededRandom';

const words = (text: string) =>
  tokenize(text)
    .filter((t) => !t.boundary)
    .map((t) => t.text);

describe('normalise', () => {
  it('puts the normalised text on one line for the in-passing and answer readers', () => {
    expect(normalisedLine('Nee,\n  ZE is   nú veilig')).toBe('nee, ze is nu veilig');
  });

  it('lower-cases and strips diacritics', () => {
    expect(normaliseText('Één Café naïef SUÏCIDAAL')).toBe('een cafe naief suicidaal');
  });

  it('reads a word that is a name the slang table inherits as a word, not as slang', () => {
    expect(words('the constructor took my passport')).toEqual(['the', 'constructor', 'took', 'my', 'passport']);
    expect(words('hasownproperty valueof tostring')).toEqual(['hasownproperty', 'valueof', 'tostring']);
  });

  it('expands chat slang and contractions', () => {
    expect(words('k wil ff weg, w8')).toEqual(['ik', 'wil', 'even', 'weg', 'wacht']);
    expect(words("I can't, he's here rn")).toEqual(['i', 'can', 'not', 'he', 'is', 'here', 'right', 'now']);
    expect(words("m'n paspoort, z'n pas")).toEqual(['mijn', 'paspoort', 'zijn', 'pas']);
  });

  it('does not read real words as slang ("uur" is not "ur")', () => {
    expect(words('70 uur per week')).toEqual(['70', 'uur', 'per', 'week']);
  });

  it('cuts stretched letters and compares skeletons', () => {
    expect(words('heeeeelp')).toEqual(['heelp']);
    expect(skeleton('heelp')).toBe('help');
    expect(skeleton('112')).toBe('112');
  });

  it('keeps boundaries, always at the start and the end', () => {
    const tokens = tokenize('help! hij komt');
    expect(tokens[0]!.boundary).toBe(true);
    expect(tokens[2]).toMatchObject({ boundary: true, text: '!' });
    expect(tokens[tokens.length - 1]!.boundary).toBe(true);
  });

  it('counts shouting', () => {
    expect(urgencyMarks('HELP me!!')).toEqual({ exclamations: 2, capitalWords: 1 });
  });
});

describe('skeleton and tokens without a repeated letter', () => {
  // What skeleton and the stretched-letter cut did before they first asked whether any letter repeats.
  const byExpression = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');
  const tokenByExpression = (word: string) => {
    const text = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
    const skel = byExpression(text);
    return { text, skel, written: text === word ? text : skel };
  };

  it('gives what the expressions give on doubled, stretched and astral letters, digits and lone surrogates', () => {
    for (const word of [
      '',
      'a',
      'dood',
      'slaaaat',
      'niiiiet',
      'neem',
      '112',
      '1122',
      'ab',
      '𝐀𝐀',
      '𝐀𝐁',
      'é́e',
      '\ud800\ud800',
      'x\udc00y',
      'ßß',
    ])
      expect(skeleton(word)).toBe(byExpression(word));
  });

  it('gives what the expressions give on random words over the whole range of code points', () => {
    const random = seededRandom(22);
    for (let n = 0; n < 2000; n++) {
      let word = '';
      const length = 1 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++) {
        const r = random();
        // Few letters, so that neighbours are often the same; some from everywhere.
        const point = r < 0.7 ? 97 + Math.floor(random() * 4) : r < 0.85 ? Math.floor(random() * 0x3000) : Math.floor(random() * 0x110000);
        const unit = point >= 0xd800 && point <= 0xdfff ? String.fromCharCode(point) : String.fromCodePoint(point);
        word += unit;
        if (random() < 0.2) word += unit;
      }
      expect(skeleton(word)).toBe(byExpression(word));
    }
  });

  it('makes the same word tokens as the expressions on stretched and plain words', () => {
    const text = 'Hij slaaaat haar, ze mag niiiiet weg! neem 112 of bel 0800 1122 ooo aaa';
    const byWords = tokenize(text)
      .filter((t) => !t.boundary)
      .map(({ text: t, skel, written }) => ({ text: t, skel, written }));
    const words = normaliseText(text).match(/[\p{L}\p{N}]+/gu)!;
    expect(byWords).toEqual(words.map(tokenByExpression));
  });
});

describe('fuzzy matching', () => {
  it('allows one edit', () => {
    expect(withinOneEdit('houden', 'houdn')).toBe(true);
    expect(withinOneEdit('houden', 'hodn')).toBe(false);
  });

  it('needs five letters, the same first letter, and not a common word', () => {
    expect(fuzzyEquals('opgesoten', 'opgesloten')).toBe(true);
    expect(fuzzyEquals('slat', 'stat')).toBe(false);
    expect(fuzzyEquals('xpgesloten', 'opgesloten')).toBe(false);
    expect(fuzzyEquals('meten', 'mesen')).toBe(false);
    expect(fuzzyEquals('vermoed', 'vermord')).toBe(false);
  });

  it('matches stems with a typo but never near-miss words', () => {
    expect(fuzzyPrefix('vermorden', 'vermord', true)).toBe(true);
    expect(fuzzyPrefix('vermoedelijk', 'vermord', true)).toBe(false);
  });
});

describe('patterns', () => {
  const concepts = { me: ['me', 'mij'], hit: ['slaat', 'schopt'] };
  const match = (pattern: string, text: string) => findMatches(compilePattern(pattern, concepts), tokenize(text)).length > 0;

  it('matches concept sets, alternatives and gaps', () => {
    expect(match('@hit ~2 @me', 'hij slaat me')).toBe(true);
    expect(match('@hit ~2 @me', 'hij schopt elke dag mij')).toBe(true);
    expect(match('@hit ~1 @me', 'hij schopt elke dag mij')).toBe(false);
  });

  it('never lets a gap cross a boundary', () => {
    expect(match('@hit ~3 @me', 'hij slaat. me')).toBe(false);
  });

  it('supports stems, exact words and boundary slots', () => {
    expect(match('vermoord*', 'ze vermoorden hem')).toBe(true);
    expect(match('=slaat', 'slaaat')).toBe(true);
    expect(match('help !', 'help!!')).toBe(true);
    expect(match('help !', 'help.')).toBe(false);
    expect(match('14 .|jaar', 'ze is 14')).toBe(true);
  });

  it('rejects unknown concept sets', () => {
    expect(() => compilePattern('@nope', concepts)).toThrow('Unknown concept set @nope');
  });
});
