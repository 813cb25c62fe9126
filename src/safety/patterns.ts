/**
 * A tiny pattern language over tokens, so lexicons stay readable data:
 *   "hij|ze @harm_present ~2 @me"
 * - `a|b`      one token, any of the alternatives
 * - `@name`    any word of the concept set `name`
 * - `word*`    a stem: any token starting with it
 * - `=word`    exact only (no typo tolerance)
 * - `~N`       up to N arbitrary tokens, never across a sentence or clause boundary
 * - `.`        a boundary (start or end of the message, or punctuation); `!` one with "!"
 * Words are compared by skeleton (see normalise.ts) with one-edit typo tolerance (see fuzzy.ts).
 */
import { FUZZY_MIN_LENGTH, isNearMiss, typoInPrefix, withinOneEdit } from './fuzzy';
import { skeleton, type Token } from './normalise';

export type ConceptSets = Readonly<Record<string, readonly string[]>>;

/** The words and stems of one slot that can match a token starting with one given letter. */
interface Candidates {
  readonly fuzzy: readonly string[];
  readonly stems: readonly { stem: string; fuzzy: boolean }[];
}

interface WordSlot {
  readonly kind: 'word';
  /** `.` among the alternatives: a boundary also fits ("14 .|en"). */
  readonly boundary: boolean;
  readonly exact: ReadonlySet<string>;
  /**
   * Typo-tolerant words and stems by first letter: a typo never changes the first letter (see
   * fuzzy.ts), so a token is compared only with the few alternatives that share it. Concept sets
   * hold hundreds of words; comparing each token with all of them made signal detection the
   * slowest part of understanding a long message.
   */
  readonly byFirst: ReadonlyMap<string, Candidates>;
  /** A bare `*` stem fits every word. */
  readonly anyWord: boolean;
}
interface GapSlot {
  readonly kind: 'gap';
  readonly max: number;
}
interface BoundarySlot {
  readonly kind: 'boundary';
  readonly bang: boolean;
}
type Slot = WordSlot | GapSlot | BoundarySlot;

export interface CompiledPattern {
  readonly source: string;
  readonly slots: readonly Slot[];
  /** First letters a match can start with; null when it can start anywhere (a leading gap or `*`). */
  readonly startLetters: ReadonlySet<string> | null;
  /** A match can start at a boundary token. */
  readonly startsAtBoundary: boolean;
}

/**
 * Where each first letter occurs in a message, so a pattern is tried only where its first word
 * can match: a long message has hundreds of tokens and the signal rules hundreds of patterns.
 */
export interface TokenIndex {
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  readonly boundaries: readonly number[];
}

export function indexTokens(tokens: readonly Token[]): TokenIndex {
  const byFirst = new Map<string, number[]>();
  const boundaries: number[] = [];
  tokens.forEach((token, i) => {
    if (token.boundary) {
      boundaries.push(i);
      return;
    }
    const first = token.skel[0] ?? '';
    const list = byFirst.get(first);
    if (list) list.push(i);
    else byFirst.set(first, [i]);
  });
  return { byFirst, boundaries };
}

export interface PatternMatch {
  readonly start: number;
  /** Index after the last matched token. */
  readonly end: number;
  /** Tokens swallowed by `~N` gaps (where a negation would change the meaning). */
  readonly gapTokens: readonly number[];
}

function expand(alt: string, concepts: ConceptSets, seen: Set<string>): string[] {
  if (!alt.startsWith('@')) return [alt];
  const name = alt.slice(1);
  const set = concepts[name];
  if (!set) throw new Error(`Unknown concept set @${name}`);
  if (seen.has(name)) throw new Error(`Concept set @${name} refers to itself`);
  const next = new Set(seen).add(name);
  return set.flatMap((entry) => expand(entry, concepts, next));
}

function compileSlot(part: string, concepts: ConceptSets): Slot {
  const gap = /^~(\d+)$/.exec(part);
  if (gap) return { kind: 'gap', max: Number(gap[1]) };
  if (part === '.' || part === '!') return { kind: 'boundary', bang: part === '!' };
  const exact = new Set<string>();
  const fuzzy: string[] = [];
  const stems: { stem: string; fuzzy: boolean }[] = [];
  let boundary = false;
  for (const raw of part.split('|').flatMap((alt) => expand(alt, concepts, new Set()))) {
    if (raw === '.') {
      boundary = true;
      continue;
    }
    const strict = raw.startsWith('=');
    const word = strict ? raw.slice(1) : raw;
    if (word.endsWith('*')) {
      stems.push({ stem: skeleton(word.slice(0, -1)), fuzzy: !strict });
    } else {
      exact.add(skeleton(word));
      if (!strict) fuzzy.push(skeleton(word));
    }
  }
  const byFirst = new Map<string, { fuzzy: string[]; stems: { stem: string; fuzzy: boolean }[] }>();
  const bucket = (word: string) => {
    const first = word[0] ?? '';
    let found = byFirst.get(first);
    if (!found) byFirst.set(first, (found = { fuzzy: [], stems: [] }));
    return found;
  };
  for (const word of fuzzy) bucket(word).fuzzy.push(word);
  for (const stem of stems) if (stem.stem !== '') bucket(stem.stem).stems.push(stem);
  return { kind: 'word', boundary, exact, byFirst, anyWord: stems.some((s) => s.stem === '') };
}

export function compilePattern(source: string, concepts: ConceptSets): CompiledPattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') throw new Error('Empty pattern');
  const slots = parts.map((part) => compileSlot(part, concepts));
  const first = slots[0]!;
  if (first.kind === 'gap' || (first.kind === 'word' && first.anyWord))
    return { source, slots, startLetters: null, startsAtBoundary: true };
  if (first.kind === 'boundary') return { source, slots, startLetters: new Set(), startsAtBoundary: true };
  const letters = new Set([...first.exact].map((w) => w[0] ?? ''));
  for (const letter of first.byFirst.keys()) letters.add(letter);
  return { source, slots, startLetters: letters, startsAtBoundary: first.boundary };
}

const NO_POSITIONS: readonly number[] = [];

/**
 * Token positions where `pattern` may start, in ascending order; null for every position. Runs
 * for every pattern on every message, so it builds nothing it does not need: the index's own list
 * when only one list can hold a start (the usual case), otherwise one merge of the index's lists,
 * which are each ascending and never share a position.
 */
function startPositions(pattern: CompiledPattern, index: TokenIndex): readonly number[] | null {
  if (pattern.startLetters === null) return null;
  let first: readonly number[] | null = pattern.startsAtBoundary && index.boundaries.length > 0 ? index.boundaries : null;
  let more: (readonly number[])[] | null = null;
  for (const letter of pattern.startLetters) {
    const list = index.byFirst.get(letter);
    if (list === undefined) continue;
    if (first === null) first = list;
    else (more ??= [first]).push(list);
  }
  if (more === null) return first ?? NO_POSITIONS;
  return mergeAscending(more);
}

/** The positions of several ascending lists without a shared position, in ascending order. */
function mergeAscending(lists: readonly (readonly number[])[]): number[] {
  const cursors = lists.map(() => 0);
  const out: number[] = [];
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      const at = cursors[l]!;
      if (at < list.length && (best < 0 || list[at]! < lists[best]![cursors[best]!]!)) best = l;
    }
    if (best < 0) return out;
    out.push(lists[best]![cursors[best]!++]!);
  }
}

/**
 * `fuzzyPrefix` of each stem and `fuzzyEquals` of each word of the token's first letter, in one pass:
 * whether the token is an ordinary word or a near miss (which no typo match allows) is asked once,
 * not once per word and stem, and a word equal to the token is already in `exact`.
 */
export function slotMatches(slot: WordSlot, token: Token): boolean {
  if (token.boundary) return slot.boundary;
  const skel = token.skel;
  if (slot.exact.has(skel) || slot.anyWord) return true;
  const candidates = slot.byFirst.get(skel[0] ?? '');
  if (!candidates) return false;
  for (const { stem } of candidates.stems) if (skel.startsWith(stem)) return true;
  let nearMiss: boolean | undefined;
  for (const { stem, fuzzy } of candidates.stems) {
    if (!fuzzy || stem.length < FUZZY_MIN_LENGTH) continue;
    if ((nearMiss ??= isNearMiss(skel))) return false;
    if (typoInPrefix(skel, stem)) return true;
  }
  if (skel.length < FUZZY_MIN_LENGTH) return false;
  for (const word of candidates.fuzzy) {
    if (word.length < FUZZY_MIN_LENGTH) continue;
    if ((nearMiss ??= isNearMiss(skel))) return false;
    if (withinOneEdit(skel, word)) return true;
  }
  return false;
}

function matchFrom(slots: readonly Slot[], si: number, tokens: readonly Token[], ti: number, gaps: number[]): number {
  if (si === slots.length) return ti;
  const slot = slots[si]!;
  if (slot.kind === 'word') {
    if (ti >= tokens.length || !slotMatches(slot, tokens[ti]!)) return -1;
    return matchFrom(slots, si + 1, tokens, ti + 1, gaps);
  }
  if (slot.kind === 'boundary') {
    const token = tokens[ti];
    if (!token || !token.boundary || (slot.bang && !token.text.includes('!'))) return -1;
    return matchFrom(slots, si + 1, tokens, ti + 1, gaps);
  }
  for (let skip = 0; skip <= slot.max; skip++) {
    if (skip > 0 && (ti + skip - 1 >= tokens.length || tokens[ti + skip - 1]!.boundary)) break;
    for (let k = 0; k < skip; k++) gaps.push(ti + k);
    const end = matchFrom(slots, si + 1, tokens, ti + skip, gaps);
    if (end >= 0) return end;
    gaps.length -= skip;
  }
  return -1;
}

/**
 * Every position where the pattern matches (one match per start token). Pass the message's
 * `indexTokens` when trying many patterns on one message.
 */
export function findMatches(pattern: CompiledPattern, tokens: readonly Token[], index: TokenIndex = indexTokens(tokens)): PatternMatch[] {
  const out: PatternMatch[] = [];
  scan(pattern, tokens, index, out, null);
  return out;
}

/**
 * `findMatches(...).some(accept)` without the list: stops at the first match `accept` takes. The
 * signal rules only ask whether a pattern holds, for every pattern on every message. `accept` must
 * be pure: the starts are tried in no set order (the index's lists one after another, not merged).
 */
export function someMatch(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  index: TokenIndex,
  accept: (match: PatternMatch, tokens: readonly Token[]) => boolean,
): boolean {
  if (pattern.startLetters === null) return scan(pattern, tokens, index, null, accept);
  if (pattern.startsAtBoundary && acceptedFrom(pattern, tokens, index.boundaries, accept)) return true;
  for (const letter of pattern.startLetters) {
    const starts = index.byFirst.get(letter);
    if (starts !== undefined && acceptedFrom(pattern, tokens, starts, accept)) return true;
  }
  return false;
}

/** Whether a match `accept` takes starts at one of `starts`. */
function acceptedFrom(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  starts: readonly number[],
  accept: (match: PatternMatch, tokens: readonly Token[]) => boolean,
): boolean {
  for (const start of starts) {
    const end = matchFrom(pattern.slots, 0, tokens, start, scratchGaps);
    if (end > start && accept({ start, end, gapTokens: takeGaps() }, tokens)) return true;
  }
  return false;
}

/**
 * The gap tokens of the match being tried: matchFrom leaves the list as it found it when no match
 * is made, and a match keeps a copy, so one list serves every start of every pattern (most starts
 * fail at their first word). Matching never calls out while it holds the list.
 */
const scratchGaps: number[] = [];

/**
 * The gap tokens of the match just made, leaving the list empty for the next: only a match leaves
 * tokens in it (a zero-length one none), so most starts never pay for emptying it (setting an
 * array's length is a call into the runtime).
 */
function takeGaps(): number[] {
  const gaps = scratchGaps.slice();
  scratchGaps.length = 0;
  return gaps;
}

/** Each match in order of its start into `out`, or until `accept` takes one; says whether it did. */
function scan(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  index: TokenIndex,
  out: PatternMatch[] | null,
  accept: ((match: PatternMatch, tokens: readonly Token[]) => boolean) | null,
): boolean {
  const positions = startPositions(pattern, index);
  const count = positions === null ? tokens.length : positions.length;
  for (let k = 0; k < count; k++) {
    const start = positions === null ? k : positions[k]!;
    const end = matchFrom(pattern.slots, 0, tokens, start, scratchGaps);
    if (end <= start) continue;
    const match: PatternMatch = { start, end, gapTokens: takeGaps() };
    if (out !== null) out.push(match);
    if (accept !== null && accept(match, tokens)) return true;
  }
  return false;
}
