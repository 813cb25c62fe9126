/**
 * A danger told for today, tonight or now in its own sentence ("vannacht brengen ze mij naar ander
 * land", "she is still there now, he has her phone"), whatever distance the rest of the message
 * holds: the writer was a client last week, the family lives abroad, the writer fears what a report
 * would bring (ADR 0006 round 18).
 *
 * Until safety18 the danger model saw "no distance" only for the whole message
 * (`sd:situation+no_distance`): one past verb or one feared consequence anywhere took that feature
 * away, and the distanced stories of safety17 taught the model that such cues lower the reading,
 * so a transfer announced for tonight in a client's story fell to 0.02. This reading is per
 * sentence: the reader gives it the model as a feature, and the screen never leaves it silent.
 */
import type { ConceptHit } from '../nlu/text/concepts';
import type { TextAnalysis } from '../nlu/text/analyse';
import { BACKGROUND_SITUATIONS, SUICIDE_WORDING, type DistanceConcept, type SituationConcept } from './situations';

/** What a message was read as, as far as this reading needs it (reader.ts ReadMessage). */
export interface ReadSituations {
  readonly analysis: Pick<TextAnalysis, 'written'>;
  readonly situations: readonly ConceptHit<SituationConcept>[];
  readonly distances: readonly ConceptHit<DistanceConcept>[];
}

/**
 * Distance that makes a sentence no telling of what happens: a "what if", a feared outcome of
 * seeking help, a question in general, a film, a denial, someone safe, a date later than this week.
 * The past and another country are not among them: "vannacht brengen ze mij naar ander land" is
 * near, though the client's visit was last week and the country is another.
 */
const UNREAL: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>([
  'hypothetical',
  'feared_consequence',
  'general',
  'media',
  'denied',
  'safe_now',
  'future',
]);

/** Single words of the `now` lexicon too common to mark now on their own ("nog een vraag", "just asking"). */
const WEAK_NOW: ReadonlySet<string> = new Set(['nog', 'net', 'just']);

/** Situations that are no danger of their own here: a time, a plea, a means, the background, a thought (113 has its route). */
const notDanger = (concept: SituationConcept) =>
  concept === 'soon' ||
  concept === 'call_for_help' ||
  concept === 'suicide_means' ||
  BACKGROUND_SITUATIONS.has(concept) ||
  SUICIDE_WORDING.has(concept);

/** The sentences with a mark of today, tonight or now in them (not "now" inside a telling of safety). */
function nearSentences(read: ReadSituations): Set<number> {
  const near = new Set<number>();
  for (const h of read.situations) if (h.concept === 'soon' && !h.negated) near.add(h.sentence);
  for (const d of read.distances) {
    if (d.concept !== 'now' || d.negated) continue;
    if (d.start === d.end && WEAK_NOW.has((read.analysis.written[d.start] ?? '').toLowerCase())) continue;
    near.add(d.sentence);
  }
  return near;
}

/** A danger situation named in a sentence that speaks of today, tonight or now, with nothing unreal in that sentence. */
export function nearDanger(read: ReadSituations): boolean {
  if (!read.situations.some((h) => !h.negated && !notDanger(h.concept))) return false;
  const near = nearSentences(read);
  if (near.size === 0) return false;
  const unreal = new Set(read.distances.filter((d) => !d.negated && UNREAL.has(d.concept)).map((d) => d.sentence));
  return read.situations.some((h) => !h.negated && !notDanger(h.concept) && near.has(h.sentence) && !unreal.has(h.sentence));
}
