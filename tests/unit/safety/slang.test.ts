import { SLANG, slangOf } from '../../../src/safety/slang';

describe('slangOf', () => {
  it('gives every key of the table the words it stands for', () => {
    for (const [word, words] of Object.entries(SLANG)) expect(slangOf(word)).toEqual(words);
  });

  it('gives nothing for a word the table does not hold, however long', () => {
    expect(slangOf('paspoort')).toBeUndefined();
    expect(slangOf('q')).toBeUndefined();
    expect(slangOf('')).toBeUndefined();
    expect(slangOf('thx'.repeat(10))).toBeUndefined();
  });

  it("gives nothing for the names an object inherits (a map's lookup, not a property's)", () => {
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) expect(slangOf(name)).toBeUndefined();
  });
});
