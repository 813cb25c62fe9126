/** detectPii: every detector proposes spans; the must-keep list and overlap rules decide. */
import { findAddresses, findPostcodes } from './detectors/address';
import { findDates } from './detectors/dates';
import { findNames } from './detectors/names';
import { findNumbers } from './detectors/numbers';
import { findOrganisations } from './detectors/organisations';
import { findPhones } from './detectors/phone';
import { findPlaces } from './detectors/places';
import { findPlates } from './detectors/plates';
import { findWebIdentifiers } from './detectors/web';
import { findKeepSpans } from './keep';
import { resolveOverlaps } from './resolve';
import type { Candidate, PiiEntity } from './types';

const DETECTORS: ReadonlyArray<(text: string) => Candidate[]> = [
  findKeepSpans,
  findWebIdentifiers,
  findPhones,
  findNumbers,
  findPlates,
  findDates,
  findOrganisations,
  findPlaces,
  findNames,
];

/** Every detector's proposals for `text`, before overlaps are settled. */
function candidates(text: string): Candidate[] {
  const addresses = findAddresses(text);
  return [...addresses, ...findPostcodes(text, addresses), ...DETECTORS.flatMap((detect) => detect(text))];
}

/** Personal data in `text`: sorted, non-overlapping spans with offsets into `text`. */
export function detectPii(text: string): PiiEntity[] {
  return resolveOverlaps(candidates(text));
}

/** Personal data in each message of one conversation, in order. */
export function detectConversation(texts: string[]): PiiEntity[][] {
  return texts.map((t) => detectPii(t));
}
