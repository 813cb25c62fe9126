/**
 * Place names by token look-up: every place name is indexed by its folded words ("bergen op zoom",
 * "'s hertogenbosch", "amsterdam zuidoost"), and each position in a message is tried against the
 * longest names first. A name that is also an ordinary word ("Best", "Echt", "Leiden") counts
 * only when capitalised and away from the start of a sentence, or after a place cue ("in", "uit",
 * "naar", "woont in"), never in lower case.
 */
import { AMBIGUOUS_PLACES, PLACES } from '../lexicons/places';
import { isOrdinaryWord } from '../lexicons/wordLists';
import { fold, isCapitalised, isSentenceStart } from '../text';
import type { Candidate } from '../types';

export interface PlaceEntry {
  /** As written in the source ("Bergen op Zoom", "'s-Hertogenbosch"). */
  name: string;
  /** Also an ordinary word or a common name: needs a capital and context. */
  ambiguous: boolean;
}

/** Folded words of a name or of a stretch of text: hyphens, spaces and apostrophe forms unified. */
function keyWords(text: string): string[] {
  return fold(text)
    .replace(/[’`]/g, "'")
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

interface Part {
  key: string;
  start: number;
  end: number;
}

/** The words of `text` with their offsets; "Nieuw-Vennep" gives two parts, "'s" one. */
function parts(text: string): Part[] {
  const folded = fold(text).replace(/[’`]/g, "'");
  const out: Part[] = [];
  for (const m of folded.matchAll(/'[st](?![\p{L}])|[\p{L}\p{M}\d](?:[\p{L}\p{M}\d.]|'(?=[\p{L}]))*/gu)) {
    out.push({ key: m[0].replace(/\.$/, ''), start: m.index, end: m.index + m[0].replace(/\.$/, '').length });
  }
  return out;
}

const CUE =
  /(?:^|[^\p{L}])(?:in|uit|naar|te|bij|rond|vanuit|richting|gemeente|regio|omgeving|buurt\s+van|wijk|dorp|stad|from|to|near|around|at|w|z|do|în|din|в|з|у|aus|nach|à)\s+$/iu;

export class PlaceIndex {
  private readonly byKey = new Map<string, PlaceEntry>();
  private readonly firstWords = new Set<string>();
  private readonly longest: number;

  constructor(entries: Iterable<PlaceEntry>) {
    let longest = 1;
    for (const entry of entries) {
      const words = keyWords(entry.name);
      if (words.length === 0) continue;
      const key = words.join(' ');
      const known = this.byKey.get(key);
      // The same name twice (a town and a municipality): ambiguous if either says so.
      this.byKey.set(key, { name: entry.name, ambiguous: entry.ambiguous || (known?.ambiguous ?? false) });
      this.firstWords.add(words[0]!);
      longest = Math.max(longest, words.length);
    }
    this.longest = Math.min(longest, 6);
  }

  /** True when a folded single word is a place name (keeps places out of person names). */
  isPlaceWord(key: string): boolean {
    return this.byKey.has(key);
  }

  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    const words = parts(text);
    for (let i = 0; i < words.length; i++) {
      if (!this.firstWords.has(words[i]!.key)) continue;
      for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
        const run = words.slice(i, i + n);
        if (!run.every((w, k) => k === 0 || /^[\s-]*$/.test(text.slice(run[k - 1]!.end, w.start)))) continue;
        const entry = this.byKey.get(run.map((w) => w.key).join(' '));
        if (!entry) continue;
        const start = run[0]!.start;
        const end = run[n - 1]!.end;
        if (!this.accept(text, start, end, entry)) continue;
        out.push({ type: 'PLAATS', start, end, tier: 2 });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  private accept(text: string, start: number, end: number, entry: PlaceEntry): boolean {
    // Part of an e-mail address, URL or handle: not a place mention.
    if (/[@/.\d_]/.test(text[start - 1] ?? ' ') || /[@_\d]|\.[\p{L}]/u.test(text.slice(end, end + 2))) return false;
    const surface = text.slice(start, end);
    const cued = CUE.test(text.slice(Math.max(0, start - 25), start));
    if (!entry.ambiguous) return true;
    const capitalised = isCapitalised(surface.replace(/^'s[-\s]?/i, ''));
    if (!capitalised) return false;
    return cued || (!isSentenceStart(text, start) && surface.length >= 5);
  }
}

function key(name: string): string {
  return keyWords(name).join(' ');
}

/** The built-in list, until the shared gazetteer replaces it. */
const DEFAULT_INDEX = new PlaceIndex(
  PLACES.map((name) => ({ name, ambiguous: AMBIGUOUS_PLACES.has(key(name)) || (!/[\s-]/.test(name) && isOrdinaryWord(fold(name))) })),
);

export function isPlaceWord(foldedWord: string): boolean {
  return DEFAULT_INDEX.isPlaceWord(foldedWord);
}

export function findPlaces(text: string): Candidate[] {
  return DEFAULT_INDEX.find(text);
}
