/**
 * The names of the word features (reader.ts: `w:unit`, `p:prefix`, `b:previous_unit`), each built
 * once and kept, instead of a new string per token per message. A long message built ~1,200 of them
 * a look, a seventh of what its first look allocated (round 43, issue 11), and each new string was
 * hashed again by every vocabulary that looked it up; a kept one carries its hash.
 *
 * The names are the same strings as before, so every feature and every reading stays the same. The
 * table is emptied when it holds `KEPT_NAMES` names, so a long-running process keeps at most that
 * many (a few megabytes) whatever it reads.
 */

/** The most names kept before the table starts again: above the distinct word features of the corpus and a day's chats. */
const KEPT_NAMES = 60_000;

interface UnitNames {
  readonly word: string;
  /** The pass of `distinctWordNames` that last met this unit. */
  met: number;
  prefix: string | undefined;
  /** The bigram names with this unit first, by the unit after it. */
  after: Map<string, string> | undefined;
}

const units = new Map<string, UnitNames>();
let kept = 0;

function namesOf(unit: string): UnitNames {
  let names = units.get(unit);
  if (names === undefined) {
    if (kept >= KEPT_NAMES) {
      units.clear();
      kept = 0;
    }
    names = { word: `w:${unit}`, met: 0, prefix: undefined, after: undefined };
    units.set(unit, names);
    kept++;
  }
  return names;
}

/** `w:${unit}` */
export function wordName(unit: string): string {
  return namesOf(unit).word;
}

let pass = 0;
let scratch: string[] = [];

/**
 * The word names (`w:unit`) of the tokens `counts` keeps, each once, in the order first met: what a
 * `Set` of the tokens mapped to names gives, without the set (its table grown over a few hundred
 * words was the largest part of the known-word share's allocation on a long message, round 45). A
 * unit is told met by the pass number on its kept names; the table is emptied before a pass that
 * could fill it, never during one, so every unit has one entry for the whole pass.
 */
export function distinctWordNames(tokens: readonly string[], counts: (token: string, i: number) => boolean): string[] {
  if (kept + tokens.length >= KEPT_NAMES) {
    units.clear();
    kept = 0;
  }
  pass++;
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!counts(token, i)) continue;
    const names = namesOf(token);
    if (names.met === pass) continue;
    names.met = pass;
    scratch[n++] = names.word;
  }
  const out = scratch.slice(0, n);
  if (scratch.length > 4096) scratch = [];
  return out;
}

/** `p:${token.slice(0, 5)}` */
export function prefixName(token: string): string {
  const names = namesOf(token);
  if (names.prefix === undefined) {
    names.prefix = `p:${token.slice(0, 5)}`;
    kept++;
  }
  return names.prefix;
}

/** `b:${previous}_${unit}` */
export function bigramName(previous: string, unit: string): string {
  const names = namesOf(previous);
  names.after ??= new Map();
  let name = names.after.get(unit);
  if (name === undefined) {
    name = `b:${previous}_${unit}`;
    names.after.set(unit, name);
    kept++;
  }
  return name;
}
