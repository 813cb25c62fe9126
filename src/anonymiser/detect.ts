/** detectPii: every detector proposes spans; the must-keep list and overlap rules decide. */
import { withAddressForms } from './addressForms';
import { withSurnamesJoined } from './nameTails';
import { findAddresses, findPostcodes } from './detectors/address';
import { findDates } from './detectors/dates';
import { findNames } from './detectors/names';
import { findNumbers } from './detectors/numbers';
import { findOrganisations } from './detectors/organisations';
import { findLowerCaseOrganisations } from './detectors/lowerCaseOrganisations';
import { findMonthNames } from './detectors/monthNames';
import { findPossessiveNames } from './detectors/possessiveNames';
import { findRelationPredicateNames } from './detectors/relationPredicateNames';
import { findAppositionInitials } from './detectors/appositionInitials';
import { findPhones } from './detectors/phone';
import { findPlaces, findPlacesAfterAddresses, placeWordStarts } from './detectors/places';
import { findPlates } from './detectors/plates';
import { findScriptNames } from './detectors/scriptNames';
import { findTaggedSpans } from './tagger';
import { findWebIdentifiers } from './detectors/web';
import { findKeepSpans } from './keep';
import { readDifferently, withLookalikesRead } from './lookalikes';
import { ConversationMemory } from './memory';
import { resolveOverlaps, withTaggedRest } from './resolve';
import { RunMemo, activeMemo, withMemo, type TextCaches } from './runMemo';
import { tokenTable, type TokenTable } from './tokenTable';
import type { Candidate, PiiEntity } from './types';

/**
 * Detectors that read a text on their own. Each is handed the text's token table (tokenTable.ts),
 * built once per text and shared, for its questions about words; a detector may ignore it.
 */
const DETECTORS: ReadonlyArray<(text: string, table: TokenTable) => Candidate[]> = [
  findKeepSpans,
  findWebIdentifiers,
  findPhones,
  findNumbers,
  findPlates,
  findDates,
  findOrganisations,
  findLowerCaseOrganisations,
  findPossessiveNames,
  findRelationPredicateNames,
  findAppositionInitials,
  findScriptNames,
  findMonthNames,
];

/** The detectors of numbers and codes, which also read a text's look-alike characters. */
const STRUCTURED: ReadonlyArray<(text: string) => Candidate[]> = [findPhones, findNumbers, findPlates];

/** Numbers and plates that only show when look-alikes are read as digits or Latin capitals. */
function lookalikeCandidates(text: string): Candidate[] {
  const variant = withLookalikesRead(text);
  if (variant === undefined) return [];
  return STRUCTURED.flatMap((detect) => detect(variant)).filter((c) => readDifferently(text, variant, c.start, c.end));
}

/** Every detector's proposals for `text`, before overlaps are settled. */
function candidates(text: string): Candidate[] {
  const addresses = findAddresses(text);
  const postcodes = findPostcodes(text, addresses);
  const places = findPlaces(text);
  if (addresses.length > 0 || postcodes.length > 0) places.push(...findPlacesAfterAddresses(text, addresses.concat(postcodes), places));
  const placeStarts = placeWordStarts(text, places);
  // One array filled in place: spreading each detector's list into a new one cost more than most
  // detectors, and `concat` of five lists asks each whether it spreads before copying it.
  const out: Candidate[] = [];
  pushAll(out, addresses);
  pushAll(out, postcodes);
  pushAll(out, places);
  pushAll(out, findNames(text, placeStarts));
  pushAll(out, findTaggedSpans(text, placeStarts));
  const table = tokenTable(text);
  for (const detect of DETECTORS) for (const c of detect(text, table)) out.push(c);
  for (const c of lookalikeCandidates(text)) out.push(c);
  return out;
}

/**
 * `candidates` of many texts, stage by stage: each detector reads every text before the next one
 * starts, so its patterns and code stay warm in the processor's caches instead of being pushed out
 * by the dozen other detectors between two messages. Detectors depend on their text alone, and
 * the run's caches of one text's answers are put back before each text is read again, so the
 * proposals are those of `candidates` for each text, found with less work.
 */
function candidatesOfAll(texts: readonly string[], memo: RunMemo | undefined): Candidate[][] {
  const saved: (SavedTextCaches | undefined)[] = new Array<SavedTextCaches | undefined>(texts.length);
  const stage = (read: (text: string, i: number) => void): void => {
    texts.forEach((text, i) => {
      const caches = saved[i];
      if (memo !== undefined && caches !== undefined) memo.restoreTextCaches(caches);
      read(text, i);
      if (memo !== undefined) saved[i] = savedTextCaches(memo, caches);
    });
  };
  const addresses: Candidate[][] = [];
  const postcodes: Candidate[][] = [];
  const places: Candidate[][] = [];
  const placeStarts: Set<number>[] = [];
  const out: Candidate[][] = [];
  stage((text, i) => void (addresses[i] = findAddresses(text)));
  stage((text, i) => void (postcodes[i] = findPostcodes(text, addresses[i]!)));
  stage((text, i) => void (places[i] = findPlaces(text)));
  stage((text, i) => {
    const found = addresses[i]!.concat(postcodes[i]!);
    if (found.length > 0) places[i]!.push(...findPlacesAfterAddresses(text, found, places[i]!));
    placeStarts[i] = placeWordStarts(text, places[i]!);
    out[i] = addresses[i]!.concat(postcodes[i]!, places[i]!);
  });
  stage((text, i) => pushAll(out[i]!, findNames(text, placeStarts[i]!)));
  stage((text, i) => pushAll(out[i]!, findTaggedSpans(text, placeStarts[i]!)));
  // Each text's table once for the eleven detectors: within a run `tokenTable` finds it again through the
  // text's tokens (two map look-ups a detector), and outside one it would be made anew each time.
  const tables: TokenTable[] = [];
  stage((text, i) => void (tables[i] = tokenTable(text)));
  for (const detect of DETECTORS) stage((text, i) => pushAll(out[i]!, detect(text, tables[i]!)));
  stage((text, i) => pushAll(out[i]!, lookalikeCandidates(text)));
  return out;
}

/** One text's caches as `RunMemo.textCaches` gives them. */
type SavedTextCaches = { -readonly [K in keyof TextCaches]: TextCaches[K] };

/**
 * `memo.textCaches()`, written into `into` when given: a batch saves each text's after every stage,
 * and a new object each time was a ninth of the bytes a batch allocated (ADR 0002, round 49).
 */
export function savedTextCaches(memo: RunMemo, into?: SavedTextCaches): SavedTextCaches {
  if (into === undefined) return memo.textCaches();
  into.bitsOf = memo.bitsOf;
  into.bitsSets = memo.bitsSets;
  into.lastBits = memo.lastBits;
  into.lastBitsHigh = memo.lastBitsHigh;
  into.factsOfTokens = memo.factsOfTokens;
  into.tokenFacts = memo.tokenFacts;
  into.wideOf = memo.wideOf;
  into.wide = memo.wide;
  into.shapeOf = memo.shapeOf;
  into.shape = memo.shape;
  into.noiseOf = memo.noiseOf;
  into.lastNoise = memo.lastNoise;
  return into;
}

/**
 * Runs `work` with every text's tokens kept in `memo` (`batchTokens`) until it returns; the outer
 * keeping (if any) goes on after. A whole transcript reads each message again after its proposals
 * (to learn, then to settle), and with the few texts the run's ring keeps each was tokenized anew.
 * Here, not in runMemo.ts, which the NLU models' source hash covers.
 */
export function keepingTokens<T>(memo: RunMemo, work: () => T): T {
  const outer = memo.batchTokens;
  memo.batchTokens ??= new Map();
  try {
    return work();
  } finally {
    memo.batchTokens = outer;
  }
}

function pushAll(into: Candidate[], found: readonly Candidate[]): void {
  for (const c of found) into.push(c);
}

/**
 * `proposeCandidates` of every text of a transcript, found stage by stage (`candidatesOfAll`),
 * which is faster than text by text. Called within a run.
 */
export function proposeAll(texts: readonly string[]): Candidate[][] {
  const memo = activeMemo();
  if (memo === undefined) return candidatesOfAll(texts, undefined);
  return keepingTokens(memo, () => candidatesOfAll(texts, memo));
}

/**
 * The spans that win the overlap contest, with their tiers, for `text`; with a conversation's
 * memory, also what earlier (or later) messages taught.
 */
export function detectCandidates(text: string, memory?: ConversationMemory): Candidate[] {
  return settleCandidates(text, candidates(text), memory);
}

/**
 * Every detector's proposals for `text`, before overlaps are settled. They depend on the text
 * alone, so a whole transcript, read twice (to learn, then to mask), runs the detectors once.
 */
export function proposeCandidates(text: string): readonly Candidate[] {
  return candidates(text);
}

/** The winners among a text's proposals and what the conversation's memory adds to them. */
export function settleCandidates(text: string, proposals: readonly Candidate[], memory?: ConversationMemory): Candidate[] {
  return settleWith(text, memory ? [...proposals, ...memory.candidates(text)] : proposals);
}

/**
 * `settleCandidates` of a text whose memory's candidates (`ConversationMemory.candidates`) were asked
 * already: `remembered`. The winners depend on the proposals and those alone, so where the memory adds
 * none the winners are those settled without the memory.
 */
export function settleRemembered(text: string, proposals: readonly Candidate[], remembered: readonly Candidate[]): Candidate[] {
  return settleWith(text, [...proposals, ...remembered]);
}

function settleWith(text: string, all: readonly Candidate[]): Candidate[] {
  // The tagger only adds: the rules settle among themselves first, so a tagged span never takes a rule's span away.
  // A lower-case surname right after a settled name joins it (nameTails.ts).
  return withAddressForms(text, withSurnamesJoined(text, withTaggedRest(text, resolveOverlaps(all.filter((c) => c.tagged !== true)), all)));
}

function withoutTier(found: readonly Candidate[]): PiiEntity[] {
  return found.flatMap((c) => (c.type === 'KEEP' ? [] : [{ type: c.type, start: c.start, end: c.end }]));
}

/** Personal data in `text`: sorted, non-overlapping spans with offsets into `text`. */
export function detectPii(text: string): PiiEntity[] {
  return withMemo(new RunMemo(), () => withoutTier(detectCandidates(text)));
}

/**
 * Personal data in each message of one conversation, in order. Two passes: the first learns from
 * every message what is a name (or handle, or employer), the second finds those words again in
 * every message, before or after the one that gave them away.
 */
export function detectConversation(texts: readonly string[], memory = new ConversationMemory()): PiiEntity[][] {
  return withMemo(new RunMemo(), () => {
    const proposals = proposeAll(texts);
    texts.forEach((text, i) => memory.learn(text, settleCandidates(text, proposals[i]!)));
    return texts.map((text, i) => withoutTier(settleCandidates(text, proposals[i]!, memory)));
  });
}
