/**
 * `npx tsx bench/anonymiser-listed-facts.ts`: writes models/anonymiser-listed-facts.tsv, the names
 * detector's table of what the word lists say of each word they hold (detectors/names.ts), worked
 * out from the lists in src/anonymiser/data/ and src/anonymiser/lexicons/ and the dictionary. The
 * anonymiser reads it at start instead of working it out (a large part of its start); it ignores
 * the file when the lists changed since (the fingerprint in its first line), and a unit test fails
 * until the file is made again. Run this after any change to those lists or to the facts' rules.
 */
import { writeFileSync } from 'node:fs';
import { LISTED_FACTS_FILE, buildListedFacts, listedFactsFileText, listedFactsFingerprint } from '../src/anonymiser/detectors/names';

const table = buildListedFacts();
writeFileSync(LISTED_FACTS_FILE, listedFactsFileText(table, listedFactsFingerprint()));
console.log(JSON.stringify({ file: LISTED_FACTS_FILE, words: table.size }));
