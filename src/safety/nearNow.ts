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
  readonly analysis: Pick<TextAnalysis, 'written' | 'sentenceOf'>;
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

/** A mark of now that is more than one of the too common words ("nog", "net", "just") alone. */
export function marksNow(read: Pick<ReadSituations, 'analysis'>, d: ConceptHit<DistanceConcept>): boolean {
  if (d.concept !== 'now' || d.negated) return false;
  return !(d.start === d.end && WEAK_NOW.has((read.analysis.written[d.start] ?? '').toLowerCase()));
}

/** The sentences with a mark of today, tonight or now in them (not "now" inside a telling of safety). */
function nearSentences(read: ReadSituations): Set<number> {
  const near = new Set<number>();
  for (const h of read.situations) if (h.concept === 'soon' && !h.negated) near.add(h.sentence);
  for (const d of read.distances) if (marksNow(read, d)) near.add(d.sentence);
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

/** Marks that put a sentence's situation at a distance from now: a past time or tense, hearsay, another country. */
const AT_A_DISTANCE: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['past', 'past_verb', 'third_hand', 'elsewhere']);

/** Threats and dates "or else": told to the one threatened, and so passed on by them as hearsay. */
const PASSED_ON: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['threat', 'or_else', 'deadline', 'violence', 'weapon']);

/**
 * Words of the `now` lexicon that name the day, not the moment: in a sentence told in the past they
 * are the time of that past ("vandaag stond hij even buiten te bellen en toen zei ze ..."), not of
 * now. "Nu", "nog steeds", "still" and "right now" are never the past.
 */
const DAY_WORDS: ReadonlySet<string> = new Set([
  'vandaag',
  'vanochtend',
  'vanmorgen',
  'vanmiddag',
  'vannacht',
  'gisteren',
  'gisteravond',
  'today',
  'this morning',
  'this afternoon',
  'last night',
  'yesterday',
]);

/** Day words that are the past in any tense: "gisteren" needs no past verb beside it to be yesterday. */
const PAST_DAYS: ReadonlySet<string> = new Set(['gisteren', 'gisteravond', 'eergisteren', 'yesterday']);

/**
 * Situations that are near by their nature: a time of today or tomorrow, a deadline or an "or else",
 * silence or someone missing since, hiding, being pursued, an alarm. One of them anywhere in a message
 * keeps it near, whatever else is away (screen.ts `awayFromNow`).
 */
export const NEAR_BY_NATURE: ReadonlySet<SituationConcept> = new Set<SituationConcept>([
  'soon',
  'deadline',
  'or_else',
  'alarm',
  'silence',
  'missing',
  'hiding',
  'pursued',
  'explicit_alarm',
]);

/** Situations that keep a story near whatever past day it names: those near by nature, and a cry for help. */
export const NEAR_WHATEVER_DAY: ReadonlySet<SituationConcept> = new Set<SituationConcept>([...NEAR_BY_NATURE, 'call_for_help']);

const namesNearByNature = (read: ReadSituations) => read.situations.some((h) => NEAR_WHATEVER_DAY.has(h.concept));

/** A past day word not after "sinds" or "since" ("sinds gisteravond" is until now). */
const pastDayAt = (read: ReadSituations, w: string, i: number) =>
  PAST_DAYS.has(w.toLowerCase()) && !/^(?:sinds|since|vanaf)$/iu.test(read.analysis.written[i - 1] ?? '');

const wordsOf = (read: ReadSituations, h: ConceptHit<string>) =>
  read.analysis.written
    .slice(h.start, h.end + 1)
    .join(' ')
    .toLowerCase();

/**
 * Every situation of danger the message names sits in a sentence told at a distance, and none is
 * told for now (ADR 0006 round 26, distance26): each in a sentence with a past time or tense,
 * hearsay or another country, which says no "now" but the day of the past it tells. A witness's
 * account of what they saw ("Gisteren had hij een blauw oog", "vorige week fluisterde ze 'please
 * help me, they have my passport'") or of what a worker said today ("vandaag zei hij: he has my
 * documents") is a story to ask about, not a danger to answer with 112 at once: the danger question
 * names 112 too. A situation in a present sentence of its own ("ze mag nooit de deur uit") is not at
 * a distance, whatever the sentences around it say; nor is a message that says "now", "still" or
 * "tonight" anywhere but in a telling of safety, or a danger told for today in its own sentence
 * (`nearDanger`: "vandaag had ze hoge koorts en de tante zei geen dokter" is care withheld today).
 */
export function toldAtDistance(read: ReadSituations, storyTime = false): boolean {
  const danger = read.situations.filter((h) => !h.negated && !notDanger(h.concept));
  if (danger.length === 0) return false;
  const live = read.distances.filter((d) => !d.negated);
  // The cheap tests first: a message with no mark of distance at all is not told at one. In the
  // story's time "gisteren" is such a mark in any tense (round 48: "gisteren kwam hij binnen met een
  // kapotte lip, hij zegt dat de voorman hem heeft geslagen" has no past verb the reader knows).
  // Not beside a situation near by its nature ("sinds gisteravond niet thuisgekomen", "yesterday she
  // called crying 'help me' ... after this nothing"): silence or a cry since then is of now.
  const pastDay = storyTime && !namesNearByNature(read) && read.analysis.written.some((w, i) => pastDayAt(read, w, i));
  if (!pastDay && !live.some((d) => AT_A_DISTANCE.has(d.concept) || d.concept === 'past')) return false;
  if (nearDanger(read)) return false;
  const distant = new Set(live.filter((d) => AT_A_DISTANCE.has(d.concept)).map((d) => d.sentence));
  const tense = new Set(live.filter((d) => d.concept === 'past' || d.concept === 'past_verb').map((d) => d.sentence));
  const elsewhere = new Set(live.filter((d) => d.concept === 'elsewhere').map((d) => d.sentence));
  // "Now" in a sentence: the moment itself, or a day word in a sentence not told in the past tense.
  const now = new Set(
    live.filter((d) => d.concept === 'now' && !(tense.has(d.sentence) && DAY_WORDS.has(wordsOf(read, d)))).map((d) => d.sentence),
  );
  // A time of day named in a present sentence ("of vanavond weer een rit doen") keeps the whole message near.
  if (read.situations.some((h) => h.concept === 'soon' && !h.negated && !tense.has(h.sentence))) return false;
  // A threat passed on ("ze zeiden ze weten waar mn moeder woont") is how the one threatened tells
  // it: hearsay alone does not distance it, a past time or tense does.
  // A past tense alone is not enough ("ik moest een meisje ophalen ... onderweg zat ze te huilen"
  // was a ride of an hour ago): the sentence names when, a past time ("vorige week", "once") or a
  // past day ("gisteren", "vandaag" in a past sentence), or another country.
  const when = new Set(live.filter((d) => d.concept === 'past').map((d) => d.sentence));
  if (tense.size > 0)
    read.analysis.written.forEach((w, i) => {
      const sentence = read.analysis.sentenceOf[i] ?? -1;
      if (tense.has(sentence) && DAY_WORDS.has(w.toLowerCase())) when.add(sentence);
    });
  // The story's time (`toldInAPastStory`): a sentence told in the past tense with no time of its own
  // goes on in the time of the sentence before it.
  if (storyTime) {
    read.analysis.written.forEach((w, i) => {
      if (PAST_DAYS.has(w.toLowerCase())) when.add(read.analysis.sentenceOf[i] ?? -1);
    });
    // A past verb the reader marks negated ("zei dat hij geen dokter nodig had") is still the past
    // tense; a sentence that names nothing ("Diepe snee.") does not end the story's time either.
    const told = new Set(read.distances.filter((d) => d.concept === 'past_verb').map((d) => d.sentence));
    const naming = new Set(read.situations.filter((h) => !h.negated).map((h) => h.sentence));
    const sentences = [...new Set(read.analysis.sentenceOf)].sort((a, b) => a - b);
    for (const sentence of sentences) if ((told.has(sentence) || !naming.has(sentence)) && when.has(sentence - 1)) when.add(sentence);
    // A blow or threat passed on in a sentence of yesterday is told at yesterday's distance, as a
    // past tense would tell it.
    if (pastDay)
      read.analysis.written.forEach((w, i) => {
        if (pastDayAt(read, w, i)) distant.add(read.analysis.sentenceOf[i] ?? -1);
      });
  }
  const away = (h: ConceptHit<SituationConcept>) =>
    (when.has(h.sentence) || elsewhere.has(h.sentence)) && (!PASSED_ON.has(h.concept) || distant.has(h.sentence));
  // "Now" anywhere but in a telling of safety ("nu is ze veilig") keeps the message near: "net stapte
  // er een meisje in ... toen zei ze 'help me'" is a story of a minute ago.
  const safe = new Set(live.filter((d) => d.concept === 'safe_now' || d.concept === 'denied').map((d) => d.sentence));
  if ([...now].some((sentence) => !safe.has(sentence))) return false;
  return danger.every(away);
}

/**
 * Told in a past story: as `toldAtDistance`, and "gisteren" or "yesterday" sets the past in any tense,
 * and a sentence told in the past tense, or one that names nothing, with no time of its own is told in
 * the time of the sentence before it ("Marius heeft gisteren zijn hand opengehaald. Diepe snee. De
 * ploegbaas zei dat hij geen dokter nodig had"). A counsellor hears the whole account in the day it
 * opened with, until a sentence that names a danger in the present, a time of today or a "now" ends
 * it. Used for later turns only (turnContext.ts `askedForAPastStory`): the first message keeps
 * `toldAtDistance` as it was.
 */
export function toldInAPastStory(read: ReadSituations): boolean {
  return toldAtDistance(read, true);
}

/**
 * The message's "now" is the present after a harm told at a past time, not a moment of it (round 49,
 * calm49): "last week my friend say he will complain, boss say then he sleep outside. so everybody
 * quiet now", "Vorige week sneed hij zich flink in zijn hand ... Het is nu weer dicht". A past time in
 * words (`past`: "vorige week", "last year", "twee weken geleden"), a mark of now (`marksNow`) in
 * other sentences than the past's, and every danger the message names stands in a sentence of the
 * past time and none in a sentence of now. A danger named beside the "now" ("nu slaat hij haar
 * weer", "he is locking her in now") or no past time in words keeps the "now" a moment.
 */
export function nowOnlyAfterAPast(read: ReadSituations): boolean {
  const live = read.distances.filter((d) => !d.negated);
  const past = new Set(live.filter((d) => d.concept === 'past').map((d) => d.sentence));
  const now = new Set(live.filter((d) => marksNow(read, d)).map((d) => d.sentence));
  if (past.size === 0 || now.size === 0 || [...now].some((sentence) => past.has(sentence))) return false;
  return read.situations.filter((h) => !h.negated && !notDanger(h.concept)).every((h) => past.has(h.sentence));
}
