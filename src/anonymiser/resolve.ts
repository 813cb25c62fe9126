/** Settles overlapping candidates into the final, sorted, non-overlapping entity list. */
import { isBusinessKindWord } from './detectors/organisations';
import { FIRST_NAMES, SURNAMES } from './lexicons/wordLists';
import { fold } from './text';
import type { Candidate, PiiType } from './types';

/** On a tie in tier and length, the more specific kind wins (a number after a register cue is no phone). */
const TYPE_RANK: Record<PiiType | 'KEEP', number> = {
  KEEP: 0,
  EMAIL: 1,
  URL: 2,
  IBAN: 3,
  IP: 4,
  BSN: 5,
  KVK: 6,
  TELEFOON: 7,
  KENTEKEN: 8,
  POSTCODE: 9,
  DATUM: 10,
  ADRES: 11,
  DOCUMENTNUMMER: 12,
  HANDLE: 13,
  ORGANISATIE: 14,
  PLAATS: 15,
  NAAM: 16,
};

function better(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  const length = b.end - b.start - (a.end - a.start);
  if (length !== 0) return length;
  return TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start;
}

/** The winners of the overlap contest, KEEP spans included, sorted by position. */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const accepted: Candidate[] = [];
  for (const c of candidates.filter((c) => c.end > c.start).sort(better)) {
    if (accepted.every((a) => c.end <= a.start || c.start >= a.end)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Types a tagged span may run on from: the rest of a name next to a place or an organisation is still that name. */
const NAME_LIKE: ReadonlySet<PiiType | 'KEEP'> = new Set(['NAAM', 'ORGANISATIE', 'PLAATS']);

/**
 * A span either the rules or the tagger find is masked: the tagged spans join the rules' winners.
 * One that no winner overlaps is added; where winners of names, organisations or places overlap it,
 * the letters of it they leave bare are masked too (joined to a span of the same type). One that
 * overlaps a must-keep span or structured data is dropped. Then names that hold a kind of business
 * are typed as that business (`withBusinessesRetyped`).
 */
export function withTaggedRest(text: string, accepted: Candidate[], candidates: readonly Candidate[]): Candidate[] {
  let out = accepted;
  for (const c of candidates) {
    if (c.tagged !== true) continue;
    const hit = out.filter((a) => a.start < c.end && c.start < a.end);
    if (hit.length === 0) {
      out = [...out, c].sort((a, b) => a.start - b.start);
      continue;
    }
    if (hit.some((a) => !NAME_LIKE.has(a.type))) continue;
    if (hit.every((a) => a.type === c.type)) {
      const merged: Candidate = {
        type: c.type,
        start: Math.min(c.start, ...hit.map((a) => a.start)),
        end: Math.max(c.end, ...hit.map((a) => a.end)),
        tier: hit.reduce((t, a) => (a.tier < t ? a.tier : t), c.tier),
      };
      const others = out.filter((a) => !hit.includes(a));
      if (others.some((a) => a.start < merged.end && merged.start < a.end)) continue;
      out = [...others, merged].sort((a, b) => a.start - b.start);
      continue;
    }
    // "Visserij Zeewind", "Transport Hagedoorn": where the tagger reads a business around names (or a
    // town at its end) the rules found, and the business holds a word for its kind, the whole is the business.
    if (
      c.type === 'ORGANISATIE' &&
      // A town only as the name's last word ("Nordic Hotels Amsterdam"): "Hotel in Amsterdam" is two.
      hit.every((a) => (a.type !== 'PLAATS' || (a.end === c.end && a.start > c.start)) && a.start >= c.start && a.end <= c.end) &&
      text
        .slice(c.start, c.end)
        .split(/\s+/)
        .some((w) => isBusinessKindWord(w.replace(/[,.]+$/u, '')))
    ) {
      const business: Candidate = { type: 'ORGANISATIE', start: c.start, end: c.end, tier: c.tier };
      out = [...out.filter((a) => !hit.includes(a)), business].sort((a, b) => a.start - b.start);
      continue;
    }
    const pieces: Candidate[] = [];
    let at = c.start;
    for (const a of hit.sort((x, y) => x.start - y.start)) {
      if (a.start > at) pieces.push({ type: c.type, start: at, end: a.start, tier: c.tier, tagged: true });
      at = Math.max(at, a.end);
    }
    if (at < c.end) pieces.push({ type: c.type, start: at, end: c.end, tier: c.tier, tagged: true });
    const kept = pieces.map((p) => trimmed(text, p)).filter((p): p is Candidate => p !== undefined);
    if (kept.length > 0) out = [...out, ...kept].sort((a, b) => a.start - b.start);
  }
  // Last, once every span is settled: a name span that holds a kind of business is that business.
  return withGuessedPlacesRetyped(text, withBusinessesRetyped(text, out, candidates));
}

/** A lower-case particle or article that a person's name may open with but a business's does not. */
const LEADING_PARTICLE = /^(?:van|de|der|den|het|'t|bij)\s+/u;
/** A title right before a span: "meneer", "mevrouw", "dhr.", "Mr". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:meneer|mevrouw|mevr|mw|dhr|mr|mrs|ms|sir|madam|heer)\.?\s+$/iu;
/** A title opening a business's span: "Meneer Özdemir van Özdemir Bouw". */
const TITLE_OPENING = /^(?:meneer|mevrouw|mevr|mw|dhr|mr|mrs|ms|sir|madam)\.?\s+(?=\p{Lu})/iu;
/** The word between a person and the business they speak for: "Sevda van Vrouwencentrum Lale". */
const OF_WORDS: ReadonlySet<string> = new Set(['van', 'bij', 'of', 'from', 'at']);

/**
 * "Demir Bakkerij", "Restaurante El Rincón", "van Nagelstudio Diamond Nails": a span of several words
 * that a name rule found but that holds a capitalised word for a kind of business is that business,
 * without the particle it was read with. "Sevda van Vrouwencentrum Lale": a name that ran on over
 * "van" into a business is the person and the business ("Anna van de Bakkerij": the person alone). A
 * nickname of an article and a kind word ("de Kapper") stays a name.
 */
export function withBusinessesRetyped(text: string, accepted: Candidate[], candidates: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  /** Businesses made here that reach past the span they came from, over what was settled there. */
  const widened: Candidate[] = [];
  for (const c of accepted) {
    // Only a name, or a business that a title may open, is read further: every other span (most of
    // them: places, dates, must-keep spans) is kept as it is, without a slice and a pattern call.
    if (c.type !== 'NAAM' && c.type !== 'ORGANISATIE') {
      out.push(c);
      continue;
    }
    // "meneer Özdemir van Özdemir Bouw & Sloop": after a title, a business found from the person's
    // name on is that person, "van", and the business.
    const opening = TITLE_OPENING.exec(text.slice(c.start, c.end))?.[0].length ?? 0;
    const titled = c.type === 'ORGANISATIE' && (opening > 0 || TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)));
    if ((c.type !== 'NAAM' && !titled) || !/\s/.test(text.slice(c.start + opening, c.end))) {
      out.push(c);
      continue;
    }
    // Pushed, not mapped: one kind of array whether the builtin or optimised code makes it (names.ts, round 43).
    const words: { text: string; start: number; end: number }[] = [];
    for (const m of text.slice(c.start + opening, c.end).matchAll(/\S+/g))
      words.push({
        text: m[0].replace(/[,.'’]+$/u, ''),
        start: c.start + opening + m.index,
        end: c.start + opening + m.index + m[0].length,
      });
    const kind = words.findIndex((w) => isBusinessKindWord(w.text));
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
    if (kind < 0 || capitals < 2) {
      out.push(c);
      continue;
    }
    let of = -1;
    for (let i = kind - 1; i >= 1; i--) if (OF_WORDS.has(words[i]!.text)) of = i;
    if (of > 0) {
      out.push({ ...c, type: 'NAAM', start: words[0]!.start, end: words[of - 1]!.end });
      // "Anna van de Bakkerij": a kind word with nothing of its own is the place she works, no name.
      // "Anouk Verbruggen van Kinderdagverblijf | Het Vlindertje": a business found on from the same
      // word (by a rule or the tagger) gives the business its whole name.
      const start = words[of + 1]!.start;
      let end = c.end;
      for (const o of candidates) if (o.type === 'ORGANISATIE' && o.start === start && o.end > end) end = o.end;
      const own = end > c.end || words.slice(of + 1).some((w, i) => of + 1 + i !== kind && /^\p{Lu}/u.test(w.text));
      if (!own) continue;
      const business: Candidate = { ...c, type: 'ORGANISATIE', start, end };
      out.push(business);
      if (end > c.end) widened.push(business);
      continue;
    }
    // After a title a business without "van" inside is one name of its own ("meneer Bakkerij …" is rare, and stays).
    if (titled) {
      out.push(c);
      continue;
    }
    const lead = LEADING_PARTICLE.exec(text.slice(c.start, c.end))?.[0].length ?? 0;
    out.push({ ...c, type: 'ORGANISATIE', start: c.start + lead });
  }
  if (widened.length === 0) return out;
  // What the widened business now covers goes in it, when that is a name, a business or a place;
  // anything else there (a number, an address) keeps the business to its first words.
  for (const b of widened) {
    const inside = out.filter((o) => o !== b && o.start < b.end && b.start < o.end);
    if (inside.every((o) => NAME_LIKE.has(o.type) && o.start >= b.start && o.end <= b.end))
      for (const o of inside) out.splice(out.indexOf(o), 1);
    else b.end = Math.min(b.end, ...inside.map((o) => o.start));
  }
  return out;
}

/** A preposition of place right before a span, in the chat's languages: people come from places, not from people. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|uit|vanuit|near|from|w|we|z|ze|din|în|em|na|v|iz)\s+$/iu;

/**
 * "from Kerala", "in Niedersachsen", "uit Udon Thani": a guessed name (no name list knows any of its
 * words) right after a preposition of place is a place the gazetteer lacks, not a person.
 */
export function withGuessedPlacesRetyped(text: string, accepted: Candidate[]): Candidate[] {
  return accepted.map((c) => {
    if (c.type !== 'NAAM' || c.tier < 3 || !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return c;
    const words = text.slice(c.start, c.end).split(/[\s-]+/);
    const listed = words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || FIRST_NAMES.has(fold(w)) || SURNAMES.has(fold(w)));
    return listed ? c : { ...c, type: 'PLAATS' };
  });
}

/** Without the spaces and marks at its ends; none when fewer than two letters are left. */
function trimmed(text: string, c: Candidate): Candidate | undefined {
  let start = c.start;
  let end = c.end;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
  let letters = 0;
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) letters++;
  return letters >= 2 ? { ...c, start, end } : undefined;
}
