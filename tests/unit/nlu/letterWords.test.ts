import { letterWordCount, letterWords } from '../../../src/nlu/text/letterWords';

describe('letterWords', () => {
  it('counts runs of letters in any script, not digits or signs between them', () => {
    expect(letterWords("ze is 15 -- en zegt: 'help'!")).toEqual(['ze', 'is', 'en', 'zegt', 'help']);
    expect(letterWordCount('Мені дуже соромно, ok?')).toBe(4);
    expect(letterWordCount('0612345678 112 :)')).toBe(0);
  });

  it('splits at a letter-free sign inside a word and gives the same answer on every call', () => {
    expect(letterWords("hij's ver-weg")).toEqual(['hij', 's', 'ver', 'weg']);
    expect(letterWordCount('een twee drie')).toBe(3);
    expect(letterWordCount('een twee drie')).toBe(3);
  });
});
