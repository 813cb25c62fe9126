/**
 * One message's words, read once for every word detector: the tokens (text.ts `tokenize`) with the
 * shape of each, the message's letter runs, and what a detector's word classes say of each run,
 * looked up in one map per lexicon. A detector asks its questions of the table ("is a legal form's
 * first word here?", "which word before this one?") as look-ups and walks over tokens, instead of
 * running a pattern with a long alternation of words over the whole text to find out.
 *
 * A letter run is a longest stretch of letters (`\p{L}`): a token split at its apostrophes,
 * hyphens and combining marks ("O'Neill" → "O", "Neill"; "'t" → "t"). A pattern that needs a word
 * between `(?<![\p{L}\d])` and a non-letter finds it as a whole run, so a run-level test is a
 * necessary condition for such a pattern and may stand in front of it.
 *
 * The table of a message is kept in the run's memo with its tokens (never in a module): within a
 * run every detector that asks gets the same table.
 */
import { activeMemo } from './runMemo';
import { isAllCaps, isCapitalised, tokenize } from './text';
import { APOSTROPHE_OR_HYPHEN, WIDE, textShape } from './textShape';
import type { Token } from './types';

/** Shape bits of a token. */
export const CAPITALISED = 1;
export const ALL_CAPS = 2;
/** Only a-z: no capital, no apostrophe, hyphen, mark or letter beyond ASCII. */
export const LOWER_ASCII = 4;
/** An apostrophe, hyphen or combining mark inside: more than one letter run. */
export const SPLIT = 8;

/** A longest stretch of letters, folded as its token is, with offsets into the text (a whole token is one). */
export interface LetterRun {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Word classes of one detector: each folded word with the bits of the classes that hold it, in
 * one map, so a run's classes are one look-up whatever the number of classes.
 */
export class WordClasses {
  private readonly bits = new Map<string, number>();

  /** `classes`: pairs of a class's bit and its words, folded as tokens are. */
  constructor(classes: ReadonlyArray<readonly [number, Iterable<string>]>) {
    for (const [bit, words] of classes) for (const w of words) this.bits.set(w, (this.bits.get(w) ?? 0) | bit);
  }

  of(key: string): number {
    return this.bits.get(key) ?? 0;
  }
}

const MARK = /\p{M}/u;

/** Whether the character at `i` of a token (letters, marks, apostrophes and hyphens only) ends a letter run: its length, else 0. */
function joinerAt(word: string, i: number): number {
  const c = word.charCodeAt(i);
  if (c === 39 || c === 45 || c === 0x2019) return 1;
  if (c < 0x300) return 0;
  const ch = String.fromCodePoint(word.codePointAt(i)!);
  return MARK.test(ch) ? ch.length : 0;
}

/** Any apostrophe, hyphen or combining mark: text without one has a letter run per token. */
const JOINER = /['’\-\p{M}]/u;

/** Before a table's first `runClasses`: one shared empty array, not a typed array made per message (V8 makes those slowly). */
const NO_CLASS_BITS = new Int32Array(0);

export class TokenTable {
  private tokenShapes: Uint8Array | undefined;
  private letterRuns: readonly LetterRun[] | undefined;
  private classesAsked: WordClasses | undefined;
  private classBits: Int32Array = NO_CLASS_BITS;
  private classUnion = 0;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** Shape bits of each token (`CAPITALISED`, …), worked out on the first question. */
  shapes(): Uint8Array {
    if (this.tokenShapes === undefined) {
      this.tokenShapes = new Uint8Array(this.tokens.length);
      for (let i = 0; i < this.tokens.length; i++) this.tokenShapes[i] = shapeOf(this.tokens[i]!);
    }
    return this.tokenShapes;
  }

  /** The message's letter runs, in order; without an apostrophe, hyphen or mark in the text, its tokens. */
  runs(): readonly LetterRun[] {
    if (this.letterRuns !== undefined) return this.letterRuns;
    // A mark lies beyond Latin-1: a narrow text without an apostrophe or hyphen has none.
    const flags = textShape(this.text).flags;
    if ((flags & APOSTROPHE_OR_HYPHEN) === 0 && ((flags & WIDE) === 0 || !JOINER.test(this.text))) {
      this.letterRuns = this.tokens;
      return this.tokens;
    }
    const runs: LetterRun[] = [];
    const shapes = this.shapes();
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if ((shapes[i]! & SPLIT) === 0) runs.push(t);
      else splitRuns(t, runs);
    }
    this.letterRuns = runs;
    return runs;
  }

  /**
   * The class bits of each letter run (in the order of `runs()`) for one detector's classes. The
   * last classes asked about are kept: each detector asks with its own, once per message.
   */
  runClasses(classes: WordClasses): Int32Array {
    if (this.classesAsked !== classes) {
      const runs = this.runs();
      const bits = new Int32Array(runs.length);
      let union = 0;
      for (let i = 0; i < runs.length; i++) {
        const b = classes.of(runs[i]!.key);
        bits[i] = b;
        union |= b;
      }
      this.classBits = bits;
      this.classUnion = union;
      this.classesAsked = classes;
    }
    return this.classBits;
  }

  /** The bits of every class that holds one of the message's letter runs. */
  classesInText(classes: WordClasses): number {
    this.runClasses(classes);
    return this.classUnion;
  }
}

function shapeOf(t: Token): number {
  const word = t.text;
  let lowerAscii = true;
  let split = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    lowerAscii = false;
    // An apostrophe or hyphen (ASCII, curly) joins letter runs; beyond ASCII a mark may sit between letters.
    if (joinerAt(word, i) > 0) split = true;
  }
  return (isCapitalised(word) ? CAPITALISED : 0) | (isAllCaps(word) ? ALL_CAPS : 0) | (lowerAscii ? LOWER_ASCII : 0) | (split ? SPLIT : 0);
}

/** The letter runs of a token with apostrophes, hyphens or marks inside. */
function splitRuns(t: Token, into: LetterRun[]): void {
  const word = t.text;
  let from = -1;
  for (let i = 0; i <= word.length;) {
    const joiner = i < word.length ? joinerAt(word, i) : 1;
    if (joiner === 0 && from < 0) from = i;
    if (joiner > 0 && from >= 0) {
      into.push({ key: t.key.slice(from, i), start: t.start + from, end: t.start + i });
      from = -1;
    }
    i += joiner > 0 ? joiner : 1;
  }
}

/**
 * The table of `text`: within a run the one kept with its tokens (the tokens of a text are kept
 * while the detectors read it), outside a run a new one.
 */
export function tokenTable(text: string): TokenTable {
  const tokens = tokenize(text);
  const memo = activeMemo();
  if (memo === undefined) return new TokenTable(text, tokens);
  const kept = memo.tokenTables.get(tokens);
  if (kept instanceof TokenTable && kept.text === text) return kept;
  const table = new TokenTable(text, tokens);
  memo.tokenTables.set(tokens, table);
  return table;
}
