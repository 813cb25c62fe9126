/**
 * Words that say where, to whom or when, never what (form41, neutralWords.ts): a Dutch place, a
 * city or country abroad, a common first name, a day, a month are one unit each in the word
 * features, so a story reads the same form in any town. Sentences written for this test, in no
 * corpus or tuning file.
 */
import { loadModelBundle } from '../../../src/nlu/model/bundle';
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { firstPart, neutralUnits } from '../../../src/nlu/model/neutralWords';
import { MessageReader } from '../../../src/nlu/model/reader';
import { analyseText } from '../../../src/nlu/text/analyse';

const reader = new MessageReader();

/** The words of a text that became a unit, as "word=unit" (the further words of a unit as "word+"). */
function unitsOf(text: string): string[] {
  const analysis = analyseText(text);
  const units = neutralUnits(analysis);
  const out: string[] = [];
  analysis.written.forEach((word, i) => {
    const unit = units[i];
    if (unit !== undefined) out.push(unit === '' ? `${word}+` : `${word}=${unit}`);
  });
  return out;
}

const wordFeatures = (text: string) => reader.features(reader.readFully(text), 'general').filter((f) => /^[wbp]:/.test(f));

describe('a Dutch place is one unit', () => {
  it('marks every place of a long story, however many there are, each at its own words', () => {
    // The places are found left to right by one cursor over the words (round 45): each must still
    // land on its own words, also after names of two words and sentence ends.
    const story = 'ik woon in Den Haag. hij werkt in Utrecht, zij in Rotterdam; ik was in Den Helder en in Naaldwijk. '.repeat(12);
    const once = ['den=#place', 'haag+', 'utrecht=#place', 'rotterdam=#place', 'den=#place', 'helder+', 'naaldwijk=#place'];
    expect(unitsOf(story)).toEqual(Array.from({ length: 12 }, () => once).flat());
  });

  it.each([
    ['ze werkt in een nagelsalon in Utrecht', ['utrecht=#place']],
    ['hij woont in Den Haag', ['den=#place', 'haag+']],
    ["ik werk in 's-Hertogenbosch", ['shertogenbosch=#place']],
    ['mijn zus zit in hoogvliet', ['hoogvliet=#place']],
    ['een kas in het Westland bij Naaldwijk', ['westland=#place', 'naaldwijk=#place']],
    ['she lives in best and works in goes', ['best=#place', 'goes=#place']],
  ])('%p', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });

  it.each([
    // An ordinary word that is also a place needs a place word before it.
    'dit is het best betaalde werk',
    'hij goes to work every day',
    // An article and ordinary words are the phrase, unless a municipality has the name.
    'ze werkt in de haven',
    'de man woont in de wijk',
  ])('%p names no place', (text) => {
    expect(unitsOf(text)).toEqual([]);
  });

  it('the word features keep the unit and lose the name, its prefix and its bigrams', () => {
    const features = wordFeatures('ze moet met mannen naar bed in een huis in Amstelveen');
    expect(features).toContain('w:#place');
    expect(features).toContain('b:in_#place');
    expect(features.filter((f) => f.includes('amstel'))).toEqual([]);
  });
});

describe('other words that tell no form are one unit of their kind', () => {
  it.each([
    ['she came from Nigeria to Lagos and then to Milan', ['nigeria=#abroad', 'lagos=#abroad', 'milan=#abroad']],
    ['hij komt uit Polen en werkte in Duitsland', ['polen=#abroad', 'duitsland=#abroad']],
    ['they brought her from the United Kingdom', ['united=#abroad', 'kingdom+']],
  ])('a country or a city abroad: %p', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });

  it.each([
    ['Maria moet elke avond werken voor Ahmed', ['maria=#name', 'ahmed=#name']],
    ['my friend Fatima works for John', ['fatima=#name', 'john=#name']],
  ])('a first name: %p', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });

  it.each(['will you help me', 'mark the date', 'de roos in de tuin', 'mijn oma is ziek'])('%p is no name nor country', (text) => {
    expect(unitsOf(text)).toEqual([]);
  });

  it.each([
    ['zaterdag komen ze haar halen', ['zaterdag=#day']],
    ['he has to work on Sunday and Monday', ['sunday=#day', 'monday=#day']],
    ['sinds maart en sinds augustus', ['maart=#month', 'augustus=#month']],
    ['since January', ['january=#month']],
  ])('a day or a month: %p', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });

  it('"may" and "march" stay the English words', () => {
    expect(unitsOf('we may march to the police')).toEqual([]);
  });

  it('numbers keep their own classes (reader.ts numberClass), not the number written', () => {
    const features = wordFeatures('ik verdien 350 euro voor 60 uur');
    expect(features.filter((f) => /\d/.test(f))).toEqual([]);
  });
});

describe('one story, many towns: the same form, the same probabilities', () => {
  const models = new MessageModels(loadModelBundle(), reader);
  const story = (town: string) =>
    `I am an au pair in ${town}. the host father comes into my room at night when the mother is away and says nobody will believe me`;
  const guess = (text: string) => models.guess(reader.readFully(text), []).form;
  // Large cities, the towns round 40 saw tip the story, and small towns and a neighbourhood.
  const towns = [
    'Amsterdam',
    'Rotterdam',
    'Utrecht',
    'Zwolle',
    'Groningen',
    'Haarlem',
    'Leiden',
    'Amstelveen',
    'Den Helder',
    "'s-Hertogenbosch",
    'Naaldwijk',
    'Winterswijk',
    'Zierikzee',
    'Drachten',
    'Hoogvliet',
  ];
  const first = guess(story(towns[0]!));

  it('reads as sexual exploitation', () => {
    expect(first.form).toBe('sexual_exploitation');
  });

  it.each(towns.slice(1))('in %s as in Amsterdam', (town) => {
    const other = guess(story(town));
    expect(other.form).toBe(first.form);
    expect(other.score).toBeCloseTo(first.score, 2);
  });

  it('a story of work told in any town reads the same', () => {
    const work = (town: string) =>
      guess(`mijn buurman werkt in een kas in ${town}, 70 uur per week, de baas houdt zijn paspoort en betaalt bijna niks`);
    const base = work('Amsterdam');
    for (const town of ['Utrecht', 'Haarlem', 'Venlo', 'Emmen']) {
      expect(work(town).form).toBe(base.form);
      expect(work(town).score).toBeCloseTo(base.score, 2);
    }
  });
});

describe('a country name is looked for only from a word that can begin one', () => {
  it('takes the word up to its first hyphen or space, as splitting the hyphen-free key would', () => {
    const asSplit = (w: string) => w.replace(/-/g, ' ').split(' ')[0];
    for (const word of ['saoedi-arabie', 'bosnie', '-oost', 'noord-', 'a-b-c', 'two words', '', 'x', 'é-à', 'ß-'])
      expect(firstPart(word)).toBe(asSplit(word));
  });
});
