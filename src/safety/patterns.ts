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
import { fuzzyEquals, fuzzyPrefix } from './fuzzy';
import { skeleton, type Token } from './normalise';

export type ConceptSets = Readonly<Record<string, readonly string[]>>;

interface WordSlot {
  readonly kind: 'word';
  /** `.` among the alternatives: a boundary also fits ("14 .|en"). */
  readonly boundary: boolean;
  readonly exact: ReadonlySet<string>;
  readonly fuzzy: readonly string[];
  readonly stems: readonly { stem: string; fuzzy: boolean }[];
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
  return { kind: 'word', boundary, exact, fuzzy, stems };
}

export function compilePattern(source: string, concepts: ConceptSets): CompiledPattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') throw new Error('Empty pattern');
  return { source, slots: parts.map((part) => compileSlot(part, concepts)) };
}

export function slotMatches(slot: WordSlot, token: Token): boolean {
  if (token.boundary) return slot.boundary;
  if (slot.exact.has(token.skel)) return true;
  for (const { stem, fuzzy } of slot.stems) if (fuzzyPrefix(token.skel, stem, fuzzy)) return true;
  for (const word of slot.fuzzy) if (fuzzyEquals(token.skel, word)) return true;
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

/** Every position where the pattern matches (one match per start token). */
export function findMatches(pattern: CompiledPattern, tokens: readonly Token[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const gaps: number[] = [];
    const end = matchFrom(pattern.slots, 0, tokens, start, gaps);
    if (end > start) out.push({ start, end, gapTokens: gaps });
  }
  return out;
}
