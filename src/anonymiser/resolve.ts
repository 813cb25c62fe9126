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
  for (const c of [...candidates].filter((c) => c.end > c.start).sort(better)) {
    if (accepted.every((a) => c.end <= a.start || c.start >= a.end)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
