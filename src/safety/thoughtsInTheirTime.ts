/**
 * Thoughts of suicide that a later turn of a conversation holds away from now (round 47, acute47):
 * told in the past and over ("last year i took a lot of pills because i didnt see a way out, i was in
 * hospital. now its better"), or someone else's, told second-hand and over ("mijn zus zei vorig jaar
 * dat ze niet meer wilde leven, nu gaat het goed met haar"). The suicide model reads such a turn by
 * its words and the bot answered it with 112 and 113 at once; a counsellor who has heard the story
 * names 113 with care and asks on (dialogs/triageDialog.ts, `SUICIDE_TOLD_AWAY`).
 *
 * Read by structure, from the reader's concepts, never by one story's words: every part of the
 * thought the reader finds (its words, a means, the suicide frame's wish, plan or farewell) stands in
 * a sentence told in the past (screen.ts `toldInThePast`: a past time, a past verb or a word of the
 * past, no "now" before it, no days or weeks ago), and the message says it is over: a time long ago
 * in the thought's own sentence, or, after it, "now" with words of being better or safe, or someone
 * safe now. Kept as 113 at once: thoughts of the writer or of anyone now, direct or indirect, a thought
 * with a "now" before it ("nu wil ik weer dood, net als vorig jaar"), one that keeps coming back
 * ("nog steeds", "it keeps coming back"), days or weeks ago, and a reading with no part of a thought
 * the reader can place (the model's score on a tired voice or panic): there is nothing to put away.
 * Only for a turn read in its conversation: a first message is read as it always was.
 */
import type { ReadMessage } from '../nlu/model/reader';
import type { ConceptHit } from '../nlu/text/concepts';
import { BACKGROUND_SITUATIONS, SUICIDE_WORDING, type SituationConcept } from './situations';
import { recentTime, toldInThePast } from './screen';

/** A place or means of ending a life, beside the words of the thought. */
const PARTS: ReadonlySet<SituationConcept> = new Set<SituationConcept>([...SUICIDE_WORDING, 'suicide_means']);

/** Thoughts that go on or come back, anywhere in the message (as dangerAnswer.ts `thoughtsNotOver` reads an answer). */
const GOING_ON =
  /\b(?:nog steeds|nog altijd|steeds weer|telkens|komt terug|komen terug|terugkomt|terugkomen|soms nog|keeps? coming|comes? back|come back|all the time|every night|elke nacht|still (?:there|think|thinking|have|feel|want|wants))\b/u;

/** Words that tell how it is since, beside a "now" after the thought: better, well, safe, helped. */
const OVER_WORDS: ReadonlySet<string> = new Set([
  'beter',
  'goed',
  'prima',
  'rustig',
  'rustiger',
  'veilig',
  'geholpen',
  'hulp',
  'behandeling',
  'therapie',
  'better',
  'well',
  'fine',
  'good',
  'okay',
  'ok',
  'safe',
  'helped',
  'help',
  'helps',
  'therapy',
  'treatment',
]);

/** Words that deny the clause's "better": "het gaat niet goed", "not safe", "geen hulp". */
const DENIAL_WORDS: ReadonlySet<string> = new Set([
  'niet',
  'geen',
  'nooit',
  'not',
  'no',
  'never',
  "isn't",
  'isnt',
  "don't",
  'dont',
  'worse',
  'erger',
  'slechter',
]);

type Part = Pick<ConceptHit<SituationConcept>, 'start' | 'end' | 'sentence'>;

/** The parts of a thought of suicide the reader places in the message: its words, a means and the frame's cues (not its holder). */
function thoughtParts(read: ReadMessage): Part[] {
  return [
    ...read.situations.filter((h) => !h.negated && PARTS.has(h.concept)),
    ...read.frames.filter((f) => !f.negated && f.concept !== 'holder'),
  ];
}

/** The words from `from` to the end of its sentence, lower case. */
function restOfSentence(read: ReadMessage, from: number): string[] {
  const { written, sentenceOf } = read.analysis;
  const words: string[] = [];
  for (let i = from; i < written.length && sentenceOf[i] === sentenceOf[from]; i++) words.push(written[i]!.toLowerCase());
  return words;
}

/**
 * The message holds every thought of suicide it tells away from now: past and over, or someone
 * else's told second-hand in the past and over (see the header). False where the reader places no
 * part of a thought at all.
 */
export function thoughtsHeldAway(read: ReadMessage): boolean {
  const parts = thoughtParts(read);
  if (parts.length === 0) return false;
  if (GOING_ON.test(read.analysis.written.join(' ').toLowerCase())) return false;
  const asHit = (p: Part): ConceptHit<SituationConcept> => ({ concept: 'suicide_indirect', negated: false, ...p });
  if (!parts.every((p) => toldInThePast(read, asHit(p)))) return false;
  const live = read.distances.filter((d) => !d.negated);
  const { written } = read.analysis;
  // Every "now" after the thought tells how it is since, in words of being better or safe ("nu gaat
  // het beter", "now its better"); one that does not ("en nu weer", "now it is worse") is the thought's own.
  const first = Math.min(...parts.map((p) => p.start));
  const nowsAfter = live.filter((d) => d.concept === 'now' && d.start > first);
  if (!nowsAfter.every((d) => toldBetter(restOfSentence(read, d.start)))) return false;
  // A time long ago in the thought's own sentence ("vorig jaar", "in 2019", "toen ik 15 was").
  const longAgo = parts.some((p) => live.some((d) => d.concept === 'past' && d.sentence === p.sentence && !recentTime(written, d)));
  // Or how it is since, told after the thought: "nu gaat het beter", "ze is nu veilig".
  const since = nowsAfter.length > 0 || live.some((d) => d.concept === 'safe_now' && d.start > first);
  return longAgo || since;
}

/** A clause that tells it is better, well or safe now, and does not deny it ("niet goed", "not safe"). */
function toldBetter(words: readonly string[]): boolean {
  return words.some((w) => OVER_WORDS.has(w)) && !words.some((w) => DENIAL_WORDS.has(w));
}

/**
 * Nothing but the thought and the story's background is named (a child, pay, papers, something
 * taken): the danger model reads the words of a thought as danger too (0.98 on "last year i took a
 * lot of pills ... now its better"), so with the thought held away its score tells nothing more.
 */
export function namesOnlyTheThought(read: ReadMessage): boolean {
  return read.situations.every((h) => h.negated || BACKGROUND_SITUATIONS.has(h.concept) || PARTS.has(h.concept));
}
