import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionWordsFrom } from '../../../bench/build-anonymiser-lexicons';

describe('the build of the function-word list', () => {
  const names = new Set(['errol', 'si', 'tim']);
  const isName = (key: string): boolean => names.has(key);

  it('drops a word that only folding made when it is a name ("erről" is no "errol")', () => {
    const words = functionWordsFrom({ hu: ['erről', 'és'], ro: ['și'], es: ['si'] }, ['hu', 'ro', 'es'], isName, new Set());
    expect(words).not.toContain('errol');
    // "és" folds to "es", which is no name; "si" is also listed as written (Spanish), so it stays.
    expect(words).toEqual(expect.arrayContaining(['es', 'si']));
  });

  it('keeps the hand-kept names out, and single letters', () => {
    expect(functionWordsFrom({ nl: ['tim', 'u', 'de'] }, ['nl'], isName, new Set(['tim']))).toEqual(['de']);
  });

  it('is what the shipped list was built with: no "errol" in it', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', '..', 'src', 'anonymiser', 'data', 'function-words.txt'), 'utf8').split('\n');
    expect(shipped).not.toContain('errol');
    expect(shipped).toContain('si');
  });
});
