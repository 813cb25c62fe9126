/**
 * The generated word lists in src/anonymiser/data/ (see SOURCES.md there), loaded once when the
 * anonymiser is first imported: ordinary Dutch and English words, and first names and surnames of
 * the Netherlands' communities.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths';
import { RunMemo, activeMemo } from '../runMemo';
import { BloomFilter } from './bloom';
import { FUNCTION_WORDS, NON_PII_PROPER } from './commonWords';
import { AMBIGUOUS_FIRST_NAMES, HAND_FIRST_NAMES } from './firstNames';
import { AMBIGUOUS_SURNAMES, HAND_SURNAMES } from './surnames';

const DATA = join(projectRoot(__dirname), 'src', 'anonymiser', 'data');

function lines(file: string): Set<string> {
  return new Set(
    readFileSync(join(DATA, file), 'utf8')
      .split('\n')
      .filter((l) => l !== ''),
  );
}

const ORDINARY_BYTES = readFileSync(join(DATA, 'ordinary-words.bloom'));
const ORDINARY = BloomFilter.fromBytes(ORDINARY_BYTES);
/** What the dictionary's Bloom filter is, for tables worked out from it (names.ts `listedFactsFingerprint`). */
export const ORDINARY_WORDS_DIGEST = createHash('sha256').update(ORDINARY_BYTES).digest('hex');
/** Function words of the chat's languages ("tam", "și", "elle"); hand-kept common names excluded. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = lines('function-words.txt');
export const FIRST_NAMES: ReadonlySet<string> = lines('first-names.txt');
export const SURNAMES: ReadonlySet<string> = lines('surnames.txt');
/** The hand-kept first names: common names, names in lower case too. */
export const CURATED_FIRST_NAMES: ReadonlySet<string> = new Set(HAND_FIRST_NAMES);
/** Hand-kept names that are Dutch words too ("moe", "koos"). */
export const DUTCH_WORD_NAMES: ReadonlySet<string> = lines('dutch-word-names.txt');
export const CURATED_SURNAMES: ReadonlySet<string> = new Set(HAND_SURNAMES);

/**
 * A folded word of the Dutch or English dictionary, or of the hand-kept lists of common words.
 * Remembered for the run: the Bloom filter hashes each word several times, and chat repeats its words.
 */
export function isOrdinaryWord(key: string): boolean {
  const memo = activeMemo();
  return memo === undefined ? lookUpOrdinary(key) : RunMemo.recall(memo.ordinary, key, lookUpOrdinary);
}

/** `isOrdinaryWord` without the run memo: for facts worked out from the lists alone, at start. */
export function lookUpOrdinary(key: string): boolean {
  return FUNCTION_WORDS.has(key) || NON_PII_PROPER.has(key) || FOREIGN_FUNCTION_WORDS.has(key) || isDictionaryWord(key);
}

/** A folded word of the Dutch or English dictionary; "Marokkaans-Nederlandse", "ex-vriend": every part a word. */
export function isDictionaryWord(key: string): boolean {
  if (ORDINARY.has(key)) return true;
  return key.includes('-') && key.split('-').every((part) => part !== '' && (FUNCTION_WORDS.has(part) || ORDINARY.has(part)));
}

/**
 * A first name that is also an ordinary word ("roos", "mark", "will"): a name only when context
 * says so. Names on the hand-kept list are common names and count as names unless listed as
 * ambiguous there; names only the generated list knows are ambiguous when a dictionary has them.
 */
export function isAmbiguousFirstName(key: string): boolean {
  return AMBIGUOUS_FIRST_NAMES.has(key) || (!CURATED_FIRST_NAMES.has(key) && isOrdinaryWord(key));
}

/**
 * A first name on the hand-kept list of common names. Only those count in lower case without a
 * cue: the generated lists hold rare names that are words in some language ("idą" folds to "ida").
 */
export function isCommonFirstName(key: string): boolean {
  return CURATED_FIRST_NAMES.has(key);
}

/** A hand-kept name that is a Dutch word too ("moe", "koos", "piet"): a name in lower case only in context. */
export function isDutchWordName(key: string): boolean {
  return DUTCH_WORD_NAMES.has(key);
}

/** A function word of one of the chat's languages: never a name without a cue, whatever a list says. */
export function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || FOREIGN_FUNCTION_WORDS.has(key);
}

export function isAmbiguousSurname(key: string): boolean {
  return AMBIGUOUS_SURNAMES.has(key) || (!CURATED_SURNAMES.has(key) && isOrdinaryWord(key));
}
