import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LISTED_FACTS_FILE,
  buildListedFacts,
  listedFactsFileText,
  listedFactsFingerprint,
  readListedFacts,
} from '../../../src/anonymiser/detectors/names';
import { FIRST_NAMES } from '../../../src/anonymiser/lexicons/wordLists';

/**
 * The names detector reads what the word lists say of each listed word from a prebuilt table
 * (models/anonymiser-listed-facts.tsv) instead of working it out at start. The table must be the
 * one the lists give now, and a table made from other lists must never be read.
 */
describe('the prebuilt table of listed words', () => {
  it('is the table the current lists and rules give (else: npx tsx bench/anonymiser-listed-facts.ts)', () => {
    const built = listedFactsFileText(buildListedFacts(), listedFactsFingerprint());
    expect(readFileSync(LISTED_FACTS_FILE, 'utf8') === built).toBe(true);
  });

  it('reads back the table it was written from, word for word', () => {
    const table = new Map([
      ['jan', 3],
      ['van', 1 << 22],
      ['ağa', 0],
      ["o'neill", 1 << 28],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'listed-facts-'));
    const file = join(dir, 'facts.tsv');
    writeFileSync(file, listedFactsFileText(table, 'abc'));
    expect([...readListedFacts(file, 'abc')!]).toEqual([...table]);
  });

  it('is not read when it was made from other lists, is missing or is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listed-facts-'));
    const file = join(dir, 'facts.tsv');
    writeFileSync(file, listedFactsFileText(new Map([['jan', 3]]), 'old'));
    expect(readListedFacts(file, 'new')).toBeUndefined();
    expect(readListedFacts(join(dir, 'missing.tsv'), 'old')).toBeUndefined();
    writeFileSync(file, `${listedFactsFileText(new Map(), 'old')}jan 3\n`);
    expect(readListedFacts(file, 'old')).toBeUndefined();
    writeFileSync(file, `${listedFactsFileText(new Map(), 'old')}jan\t!\n`);
    expect(readListedFacts(file, 'old')).toBeUndefined();
  });

  it('has a fingerprint that changes with the lists', () => {
    const before = listedFactsFingerprint();
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(listedFactsFingerprint()).toBe(before);
    // A word added to a list, as a later list update would: the fingerprint no longer matches.
    const names = FIRST_NAMES as Set<string>;
    names.add('qzxwv');
    try {
      expect(listedFactsFingerprint()).not.toBe(before);
    } finally {
      names.delete('qzxwv');
    }
    expect(listedFactsFingerprint()).toBe(before);
  });
});
