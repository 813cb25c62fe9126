/**
 * One-typo lookup for longer place names ("Zoetermer", "Naaldwjik", "Hoogvleit"): every name is
 * indexed under itself and each form with one letter left out, so a query meets its name through
 * a shared form in a handful of map look-ups, whatever the size of the list (symmetric deletion).
 * Candidates are then checked for a true distance of one (one letter changed, added, dropped, or
 * two neighbours swapped), since two different deletions can also meet.
 */

/** The word and every form of it with one letter left out. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when a and b differ by at most one edit (Damerau: a swap of neighbours counts as one). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(
    keys: Iterable<string>,
    /** Shortest key indexed; shorter names collide with too many ordinary words. */
    readonly minLength: number,
  ) {
    for (const key of keys) {
      if (key.length < minLength) continue;
      for (const d of deletions(key)) {
        const bucket = this.byDeletion.get(d);
        if (bucket) {
          if (!bucket.includes(key)) bucket.push(key);
        } else this.byDeletion.set(d, [key]);
      }
    }
  }

  /** The indexed keys one edit away from the query, nearest spelling first (stable order). */
  lookup(query: string): string[] {
    if (query.length < this.minLength - 1) return [];
    const found: string[] = [];
    for (const d of deletions(query)) {
      const bucket = this.byDeletion.get(d);
      if (!bucket) continue;
      for (const key of bucket) if (!found.includes(key) && withinOneEdit(query, key)) found.push(key);
    }
    return found;
  }
}
