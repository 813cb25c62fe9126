/**
 * The features the learned models read, from one analysis of the message:
 * - words: skeleton unigrams, bigrams within a clause, and five-letter prefixes of long words (a
 *   cheap stem that also survives typos at the end of a word);
 * - concepts: the situation, distance and topic lexicons (negated hits count separately);
 * - combinations: two situations, or a situation and a distance, within the same or the next
 *   sentence ("phone taken" with "locked in", "threat" with "tonight", "weapon" with "last year"),
 *   so the model learns which combinations make danger and which distance takes it away;
 * - form: a question mark, the first word, the length in words;
 * - for intent, form and facts also the signals the readable signal rules found.
 * Everything is linear in the length of the message; the number of concept hits is bounded by the
 * number of tokens times the number of concepts.
 */
import {
  BACKGROUND_SITUATIONS,
  DISTANCE_LEXICON,
  SITUATION_LEXICON,
  type DistanceConcept,
  type SituationConcept,
} from '../../safety/situations';
import { TOPIC_LEXICON, type TopicConcept } from '../topics';
import { analyseText, isBoundary, type TextAnalysis } from '../text/analyse';
import { ConceptMatcher, type ConceptHit } from '../text/concepts';
import { NegationScope } from '../../safety/negationScope';

/** Bumped whenever features change meaning: shipped weights record it and refuse a mismatch. */
export const FEATURE_VERSION = 2;

export interface ReadMessage {
  readonly analysis: TextAnalysis;
  readonly situations: readonly ConceptHit<SituationConcept>[];
  readonly distances: readonly ConceptHit<DistanceConcept>[];
  /** Only filled by `readFully` (the first look does not need them). */
  readonly topics: readonly ConceptHit<TopicConcept>[];
}

export type FeatureSet = 'danger' | 'general';

/** Combinations further apart than this many sentences do not count. */
const WINDOW = 1;
const MAX_PAIR_HITS = 400;

export class MessageReader {
  private readonly situationMatcher = new ConceptMatcher(SITUATION_LEXICON);
  private readonly distanceMatcher = new ConceptMatcher(DISTANCE_LEXICON);
  private readonly situationNegation = new NegationScope(SITUATION_LEXICON);
  private readonly topicMatcher = new ConceptMatcher(TOPIC_LEXICON);

  /** What the danger model needs. */
  readForDanger(text: string): ReadMessage {
    const analysis = analyseText(text);
    return {
      analysis,
      situations: this.situationNegation.apply(this.situationMatcher.find(analysis), analysis.tokens),
      distances: this.distanceMatcher.find(analysis).map(affirmDenial),
      topics: [],
    };
  }

  /** Adds the topics to a message read for danger (or reads it whole). */
  readFully(text: string, forDanger?: ReadMessage): ReadMessage {
    const base = forDanger ?? this.readForDanger(text);
    return { ...base, topics: this.topicMatcher.find(base.analysis) };
  }

  /** `signals`: the indicators the signal rules found (general set only). */
  features(message: ReadMessage, set: FeatureSet, signals: readonly string[] = []): string[] {
    const out: string[] = [];
    wordFeatures(message.analysis, out);
    shapeFeatures(message.analysis, out);
    conceptFeatures('s', message.situations, out);
    conceptFeatures('d', message.distances, out);
    if (set === 'danger') combinationFeatures(message, out);
    else {
      conceptFeatures('t', message.topics, out);
      topicCombinations(message, out);
      for (const signal of signals) out.push(`sig:${signal}`);
    }
    return out;
  }
}

/**
 * A denial of danger carries its own negation ("niemand is in gevaar"); a negation word shortly
 * before it ("ze sluiten ons niet op en niemand is in gevaar") does not take it back.
 */
function affirmDenial(hit: ConceptHit<DistanceConcept>): ConceptHit<DistanceConcept> {
  return hit.concept === 'denied' && hit.negated ? { ...hit, negated: false } : hit;
}

function wordFeatures(analysis: TextAnalysis, out: string[]): void {
  const { tokens } = analysis;
  let previous: string | null = null;
  for (const token of tokens) {
    if (isBoundary(token)) {
      previous = null;
      continue;
    }
    const isNumber = /^\p{N}+$/u.test(token);
    const unit = isNumber ? numberClass(token) : token;
    out.push(`w:${unit}`);
    if (!isNumber && token.length >= 7) out.push(`p:${token.slice(0, 5)}`);
    if (previous !== null) out.push(`b:${previous}_${unit}`);
    previous = unit;
  }
}

function numberClass(token: string): string {
  const n = Number(token);
  if (token.length > 4) return '#long';
  if (n >= 10 && n <= 17) return '#teen';
  if (n >= 18 && n <= 99) return '#adult';
  if (n >= 1900 && n <= 2100) return '#year';
  return '#n';
}

function shapeFeatures(analysis: TextAnalysis, out: string[]): void {
  const { words, tokens } = analysis;
  out.push(
    words <= 1 ? 'f:len1' : words <= 3 ? 'f:len3' : words <= 8 ? 'f:len8' : words <= 25 ? 'f:len25' : words <= 80 ? 'f:len80' : 'f:lenmore',
  );
  if (analysis.question) out.push('f:q');
  const first = tokens.find((t) => !isBoundary(t));
  if (first) out.push(`f:first=${first}`);
}

function conceptFeatures<C extends string>(prefix: string, hits: readonly ConceptHit<C>[], out: string[]): void {
  for (const hit of hits) out.push(hit.negated ? `${prefix}!:${hit.concept}` : `${prefix}:${hit.concept}`);
}

function combinationFeatures(message: ReadMessage, out: string[]): void {
  const sits = message.situations.filter((h) => !h.negated);
  const dists = message.distances.filter((h) => !h.negated);
  let budget = MAX_PAIR_HITS;
  for (let i = 0; i < sits.length && budget > 0; i++) {
    const a = sits[i]!;
    for (let j = i + 1; j < sits.length && budget > 0; j++) {
      const b = sits[j]!;
      if (a.concept === b.concept || Math.abs(a.sentence - b.sentence) > WINDOW) continue;
      budget--;
      out.push(a.concept < b.concept ? `sc:${a.concept}+${b.concept}` : `sc:${b.concept}+${a.concept}`);
    }
    for (const d of dists) {
      if (Math.abs(a.sentence - d.sentence) > WINDOW || budget <= 0) continue;
      budget--;
      out.push(`sd:${a.concept}+${d.concept}`);
    }
  }
  // A danger situation with nothing that distances it; a passport, a child or a debt is the
  // background of too many ordinary stories to count here.
  if (dists.length === 0 && sits.some((h) => !BACKGROUND_SITUATIONS.has(h.concept))) out.push('sd:situation+no_distance');
}

function topicCombinations(message: ReadMessage, out: string[]): void {
  if (!message.analysis.question) return;
  for (const hit of message.topics) if (!hit.negated) out.push(`tq:${hit.concept}`);
}
