import {
  LISTED_FACTS_FILE,
  listedFactsFingerprint,
  listedFactsOf,
  passesListedFilter,
  readListedFacts,
} from '../../../src/anonymiser/detectors/names';

/**
 * The bit filter before the table of listed words (names.ts `factsOf`) may only turn away words the
 * table does not hold: a listed word it turned away would be read as unlisted and change the output.
 */
describe('the filter before the table of listed words', () => {
  it('lets every word of the table through', () => {
    const table = readListedFacts(LISTED_FACTS_FILE, listedFactsFingerprint());
    expect(table).toBeDefined();
    const keys = [...table!.keys()];
    expect(keys.length).toBeGreaterThan(40_000);
    expect(keys.filter((key) => !passesListedFilter(key))).toEqual([]);
    expect(keys.every((key) => listedFactsOf(key) === table!.get(key))).toBe(true);
  });

  it('turns away most words the table does not hold', () => {
    // Made-up words from a fixed sequence (no randomness): letters the lists' words seldom run together.
    const made = Array.from({ length: 5000 }, (_, i) => `qx${i.toString(36)}zv`).filter((w) => listedFactsOf(w) === undefined);
    expect(made.length).toBe(5000);
    const passed = made.filter((w) => passesListedFilter(w)).length;
    expect(passed / made.length).toBeLessThan(0.1);
  });
});
