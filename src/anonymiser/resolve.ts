/** Settles overlapping candidates into the final, sorted, non-overlapping entity list. */
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
 * overlaps a must-keep span or structured data is dropped.
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
  return out;
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
