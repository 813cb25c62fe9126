/**
 * The memos of one anonymiser run. Chat repeats its words, so the detectors remember what they
 * worked out about a word or a message (what the word lists say of it, its tokens, a value's
 * comparison key). Those words are the citizens' own, names among them, so no memo lives in a
 * module: each belongs to one run (a `Pseudonymiser`, which serves one transcript, one call of
 * `detectPii` / `detectConversation`, or the transcripts an anonymiser thread reads as one batch,
 * `anonymiseJobs`) and is dropped with it.
 *
 * The detectors reach the memo of the run they serve through `activeMemo()`, which is set only
 * while that run's synchronous call lasts (`withMemo`) and is empty again when it returns: between
 * calls no module holds a word of any message. Outside a run (a detector called on its own) nothing
 * is remembered.
 */
import type { PhoneNumber } from 'libphonenumber-js/max';
import { recall } from '../boundedMemo';
import type { TextShape, Token } from './types';

/** Texts whose tokens a run keeps: the detectors of one message each ask for them. */
export const RECENT_TEXTS = 4;
/** A bound on each word memo, for a very long transcript. */
const WORD_MEMO_LIMIT = 50_000;

export class RunMemo {
  /** What the word lists say of a folded word no list holds (names.ts `facts` bits; listed words have a table). */
  readonly facts = new Map<string, number>();
  /** Whether a folded word is an ordinary Dutch or English word. */
  readonly ordinary = new Map<string, boolean>();
  /** Whether a Cyrillic word is a place the gazetteer knows in Latin letters. */
  readonly cyrillicPlaces = new Map<string, boolean>();
  /** Comparison keys of values, per type and surface (normalise.ts). */
  readonly comparisonKeys = new Map<string, string>();
  /** libphonenumber's reading of a number as written (null: none). */
  readonly phones = new Map<string, PhoneNumber | null>();
  /** The gazetteer's nearest place key of a word one typo away ('' for none), passed to its look-ups. */
  readonly placeTypos = new Map<string, string>();
  /** The gazetteer's key of a place as written. */
  readonly placeKeys = new Map<string, string>();
  /** The last few texts tokenized and their tokens, oldest overwritten first. */
  readonly recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT_TEXTS).fill(undefined);
  readonly recentTokens: (readonly Token[])[] = new Array<readonly Token[]>(RECENT_TEXTS).fill([]);
  nextSlot = 0;
  /** The trigger-set bits of the last message's tokens (text.ts `mentionsAny`). */
  bitsOf: readonly Token[] | undefined;
  /** How many trigger sets had their bits when `lastBits` was computed. */
  bitsSets = 0;
  /** The bits of the first 32 trigger sets, and of the next 32 (text.ts `mentionsAny`). */
  lastBits = 0;
  lastBitsHigh = 0;
  /** The word-list facts of the last message's tokens, in order (names.ts `tokenFacts`). */
  factsOfTokens: readonly Token[] | undefined;
  tokenFacts: readonly number[] = [];
  /**
   * The tagger's slot scores of what a word is by itself (tagger/index.ts), for the model
   * `taggerRowsOf`: per word as written, where they start in `taggerPool`, whose first
   * `taggerPoolUsed` numbers are taken.
   */
  readonly taggerRows = new Map<string, number>();
  taggerPool = new Float64Array(0);
  taggerPoolUsed = 0;
  taggerRowsOf: object | undefined;
  /** The last text asked about and whether it is stored two bytes a character (text.ts `isWideText`). */
  wideOf: string | undefined;
  wide = false;
  /** The last text asked about and its lower case (text.ts `lowerCase`). */
  lowerOf: string | undefined;
  lower = '';
  /** The last text asked about and its characters' kinds and digit runs (textShape.ts). */
  shapeOf: string | undefined;
  shape: TextShape | undefined;
  /** Whether the last message's capitals are noise (names.ts `capitalsAreNoise`). */
  noiseOf: readonly Token[] | undefined;
  lastNoise = false;

  /**
   * Each text's token table (tokenTable.ts, which checks what it reads back), by its tokens: kept
   * as long as they are. Typed loosely so this module needs none of that one's.
   */
  readonly tokenTables = new WeakMap<readonly Token[], object>();

  /**
   * Tokens of every text of a batch read stage by stage (detect.ts `proposeAll`), while it lasts:
   * the ring above holds too few texts for a transcript's.
   */
  batchTokens: Map<string, readonly Token[]> | undefined;
  /** The text last found in `batchTokens` (text.ts `tokenize`), the map it was found in, and its tokens there. */
  lastTokenized: string | undefined;
  lastTokenizedIn: Map<string, readonly Token[]> | undefined;
  lastTokens: readonly Token[] = [];

  /** The caches above that hold one text's answers (its bits, facts, capitals, width and shape). */
  textCaches(): TextCaches {
    return {
      bitsOf: this.bitsOf,
      bitsSets: this.bitsSets,
      lastBits: this.lastBits,
      lastBitsHigh: this.lastBitsHigh,
      factsOfTokens: this.factsOfTokens,
      tokenFacts: this.tokenFacts,
      wideOf: this.wideOf,
      wide: this.wide,
      shapeOf: this.shapeOf,
      shape: this.shape,
      noiseOf: this.noiseOf,
      lastNoise: this.lastNoise,
    };
  }

  /** Puts back one text's caches (saved by `textCaches`), so a batch reading that text again finds them. */
  restoreTextCaches(c: TextCaches): void {
    this.bitsOf = c.bitsOf;
    this.bitsSets = c.bitsSets;
    this.lastBits = c.lastBits;
    this.lastBitsHigh = c.lastBitsHigh;
    this.factsOfTokens = c.factsOfTokens;
    this.tokenFacts = c.tokenFacts;
    this.wideOf = c.wideOf;
    this.wide = c.wide;
    this.shapeOf = c.shapeOf;
    this.shape = c.shape;
    this.noiseOf = c.noiseOf;
    this.lastNoise = c.lastNoise;
  }

  /** The value remembered for `key` in `memo`, computed and remembered the first time. */
  static recall<V>(memo: Map<string, V>, key: string, compute: (key: string) => V): V {
    return recall(memo, key, compute, WORD_MEMO_LIMIT);
  }
}

/** The single-text caches of a run (see `RunMemo.textCaches`). */
export interface TextCaches {
  readonly bitsOf: readonly Token[] | undefined;
  readonly bitsSets: number;
  readonly lastBits: number;
  readonly lastBitsHigh: number;
  readonly factsOfTokens: readonly Token[] | undefined;
  readonly tokenFacts: readonly number[];
  readonly wideOf: string | undefined;
  readonly wide: boolean;
  readonly shapeOf: string | undefined;
  readonly shape: TextShape | undefined;
  readonly noiseOf: readonly Token[] | undefined;
  readonly lastNoise: boolean;
}

let active: RunMemo | undefined;

/** Runs `work` with `memo` as the active run's memo; the outer one (if any) is active again after. */
export function withMemo<T>(memo: RunMemo, work: () => T): T {
  const outer = active;
  active = memo;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/** The memo of the run being served, or undefined outside one. */
export function activeMemo(): RunMemo | undefined {
  return active;
}
