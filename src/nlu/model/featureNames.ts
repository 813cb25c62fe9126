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
    names = { word: `w:${unit}`, prefix: undefined, after: undefined };
    units.set(unit, names);
    kept++;
  }
  return names;
}

/** `w:${unit}` */
export function wordName(unit: string): string {
  return namesOf(unit).word;
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
