/**
 * The names of the word features (reader.ts: `w:unit`, `p:prefix`, `b:previous_unit`), each built
 * once and kept, instead of a new string per token per message. A long message built ~1,200 of them
 * a look, a seventh of what its first look allocated (round 43, issue 11), and each new string was
 * hashed again by every vocabulary that looked it up; a kept one carries its hash.
 *
 * The names are the same strings as before, so every feature and every reading stays the same. The
 * table holds word units of citizens' messages, so it is no module state (round 49): each
 * `MessageReader` owns one, made with it where the composition root or the model loader makes the
 * reader, and it goes when the reader goes. It is emptied when it holds `KEPT_NAMES` names, so a
 * long-running reader keeps at most that many (a few megabytes) whatever it reads.
 */

/** The most names kept before the table starts again: above the distinct word features of the corpus and a day's chats. */
export const KEPT_NAMES = 60_000;

interface UnitNames {
  readonly word: string;
  /** The pass of `distinctWords` that last met this unit. */
  met: number;
  prefix: string | undefined;
  /** The bigram names with this unit first, by the unit after it. */
  after: Map<string, string> | undefined;
}

export class FeatureNames {
  private readonly units = new Map<string, UnitNames>();
  private kept = 0;
  private pass = 0;
  private scratch: string[] = [];

  /** `most`: the names kept before the table is emptied (tests pass a small bound). */
  constructor(private readonly most = KEPT_NAMES) {}

  /** How many names the table keeps now. */
  get size(): number {
    return this.kept;
  }

  private namesOf(unit: string): UnitNames {
    let names = this.units.get(unit);
    if (names === undefined) {
      if (this.kept >= this.most) this.clear();
      names = { word: `w:${unit}`, met: 0, prefix: undefined, after: undefined };
      this.units.set(unit, names);
      this.kept++;
    }
    return names;
  }

  /** Forgets every kept name (the bound, or a caller that is done with its messages). */
  clear(): void {
    this.units.clear();
    this.kept = 0;
  }

  /** `w:${unit}` */
  word(unit: string): string {
    return this.namesOf(unit).word;
  }

  /**
   * The word names (`w:unit`) of the tokens `counts` keeps, each once, in the order first met: what a
   * `Set` of the tokens mapped to names gives, without the set (its table grown over a few hundred
   * words was the largest part of the known-word share's allocation on a long message, round 45). A
   * unit is told met by the pass number on its kept names; the table is emptied before a pass that
   * could fill it, never during one, so every unit has one entry for the whole pass.
   */
  distinctWords(tokens: readonly string[], counts: (token: string, i: number) => boolean): string[] {
    if (this.kept + tokens.length >= this.most) this.clear();
    const pass = ++this.pass;
    const scratch = this.scratch;
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!counts(token, i)) continue;
      const names = this.namesOf(token);
      if (names.met === pass) continue;
      names.met = pass;
      scratch[n++] = names.word;
    }
    const out = scratch.slice(0, n);
    if (scratch.length > 4096) this.scratch = [];
    return out;
  }

  /** `p:${token.slice(0, 5)}` */
  prefix(token: string): string {
    const names = this.namesOf(token);
    if (names.prefix === undefined) {
      names.prefix = `p:${token.slice(0, 5)}`;
      this.kept++;
    }
    return names.prefix;
  }

  /** `b:${previous}_${unit}` */
  bigram(previous: string, unit: string): string {
    const names = this.namesOf(previous);
    names.after ??= new Map();
    let name = names.after.get(unit);
    if (name === undefined) {
      name = `b:${previous}_${unit}`;
      names.after.set(unit, name);
      this.kept++;
    }
    return name;
  }
}
