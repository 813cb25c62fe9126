import { bigramName, prefixName, wordName } from '../../../src/nlu/model/featureNames';

describe('the word features keep their names', () => {
  const units = ['werk', 'paspoort', '#place', '#n', 'meisje', 'ß', 'работа', 'a_b', ''];

  it('gives the same names as building them anew, asked once or many times', () => {
    for (let round = 0; round < 3; round++)
      for (const unit of units) {
        expect(wordName(unit)).toBe(`w:${unit}`);
        expect(prefixName(unit)).toBe(`p:${unit.slice(0, 5)}`);
        for (const next of units) expect(bigramName(unit, next)).toBe(`b:${unit}_${next}`);
      }
  });

  it('still names right after more words than it keeps have passed', () => {
    for (let i = 0; i < 70_000; i++) expect(wordName(`u${i}`)).toBe(`w:u${i}`);
    expect(bigramName('u1', 'u69999')).toBe('b:u1_u69999');
    expect(prefixName('u1234567')).toBe('p:u1234');
  });
});
