/**
 * The acute-danger screen: the first look at every citizen message, before anything else,
 * synchronously and without I/O, so it also works when the recognizer, the store or the network
 * is down. A learned model (logistic regression, models/nlu.json) weighs the situation features of
 * the message (situations.ts: confinement, means taken while held, violence or threats now,
 * weapons, care withheld, a minor about to be moved, deadlines with threats, silence after a cry
 * for help, suicidal thoughts) against distance (past, hypothetical, general, safe now, media,
 * third-hand) and the words around them. Two thresholds, chosen on held-out corpus data, make three
 * levels: acute (112 at once), unsure (ask "Is iemand op dit moment in gevaar?"), none. Suicidal
 * thoughts have their own model and always make the level acute.
 */
import { MessageReader, readMessage, type ReadMessage } from '../nlu/model/reader';
import { loadModelBundle, type ModelBundle } from '../nlu/model/bundle';
import { predictSoftmax, type Vocabulary } from '../nlu/model/logistic';
import { analyseText, isBoundary, isNumberToken } from '../nlu/text/analyse';
import { neutralUnits } from '../nlu/model/neutralWords';
import { FeatureNames } from '../nlu/model/featureNames';
import type { DangerAssessment, DangerLevel } from '../understanding/understanding';
import { BACKGROUND_SITUATIONS, NOT_NOW, SUICIDE_WORDING, type DistanceConcept, type SituationConcept } from './situations';
import type { ConceptHit } from '../nlu/text/concepts';
import { assessTurn, type EarlierTurn } from './turnContext';
import { NEAR_BY_NATURE, NEAR_WHATEVER_DAY, marksNow, nearDanger, nowOnlyAfterAPast, toldAtDistance } from './nearNow';
import { writtenInDutchOrEnglish } from './writtenInOurs';
import { framedSentences } from './suicideFrame';
import { MeansPartReader, type MeansPart } from './thoughtByMeans';

export interface SafetyResult {
  /** Danger to life or safety now, including suicidal intent: answer with 112 first. */
  acuteDanger: boolean;
  /** Suicidal intent or self-harm: also give 113 / 0800-0113. Implies acuteDanger. */
  suicidal: boolean;
  /** Ids of the situations that were seen (for logs and counsellor alerts); never message text. */
  reasons: string[];
}

export interface ScreenedMessage {
  danger: DangerAssessment;
  /** The analysis, for the rest of the understanding step to reuse (the text is read once). */
  read: ReadMessage;
}

/**
 * The suicide model's probability needed when no suicide wording is present. 0.6 since the model
 * also learns the worded sentences on their own (reader.suicideView): its words and situations then
 * weigh more, and at 0.45 "I sleep in the farm, 10 people one room" read as a wish to die. 0.65
 * since safety7: with more indirect wording in the lexicons, "I don't see why I should keep going to
 * that job" lay at 0.63 under some trainings, and no labelled message of the tuning and development
 * sets without wording lay between 0.6 and 0.85. (Tried at 0.8 in safety8: one training later three
 * held-out suicidal messages without wording lay at 0.68-0.73 and were lost, so it stays.)
 */
const UNWORDED_SUICIDE = 0.65;

/**
 * The suicide model's probability needed when the frame of a suicidal thought is told (suicideFrame.ts:
 * a wish not to go on, to end, to be gone, a burden or a farewell, beside another part of the frame,
 * or giving up at a sentence's end) without the lexicons' words of it. Chosen in the widest gap of
 * such messages of the development part and the tuning sets (round 24, 52 of them): the calm ones
 * lay at 0.18 and under ("ik wil echt niet meer maar ze zeggen ..." about carrying a bag), the
 * suicidal ones at 0.75 and over but two (0.23, and a past story at 0.00): 0.45 is about 1.3 log-odds
 * from 0.18 and from 0.75.
 */
export const FRAMED_SUICIDE = 0.45;

/** The suicide score as the threshold sees it (training chooses the threshold on this too). */
export function gatedSuicideScore(read: ReadMessage, score: number, vocabulary?: Vocabulary): number {
  const said = read.situations.some((h) => SUICIDE_WORDING.has(h.concept) && !h.negated);
  if (said) return thoughtOnlyInThePast(read) ? 0 : score;
  // Without the words of it, a message the model reads poorly (another language) is not taken for
  // a wish to die on its situations alone (a taken passport, a debt): those make danger, not 113.
  if (vocabulary && knownWordShare(read, vocabulary) < READABLE_SHARE) return 0;
  // The frame of a suicidal thought told in other words (suicideFrame.ts): the model's score counts
  // from a bar between the worded threshold and the unworded one (round 24).
  if (framedSentences(read.frames).size > 0 && score >= FRAMED_SUICIDE) return score;
  // A message that says there is no danger ("I'm not in danger, I just want advice") and has no
  // word of suicide is not read as one by the words around it.
  const denied = read.distances.some((d) => d.concept === 'denied' && !d.negated);
  return !denied && score >= UNWORDED_SUICIDE ? score : 0;
}

/** Words of a past that is days or weeks ago, not away from now. */
const RECENT_PAST: ReadonlySet<string> = new Set([
  'week',
  'weken',
  'dag',
  'dagen',
  'gisteren',
  'weekend',
  'day',
  'days',
  'weeks',
  'yesterday',
]);

/** A time ago that names days or weeks ("vorige week"): not away from now. */
export function recentTime(written: readonly string[], d: { start: number; end: number }): boolean {
  return written.slice(d.start, d.end + 1).some((w) => RECENT_PAST.has(w.toLowerCase()));
}

/**
 * A thought of suicide told only in the past (round 36): every sentence that words it names its time
 * ("vorig jaar wilde ik niet meer leven", "in 2019 he wanted to die") and no "now" of its own, and no
 * part of the frame of a thought (a wish, a means, a plan: suicideFrame.ts) stands in a sentence
 * without such a time ("... Vanavond spring ik" keeps its score). The suicide model read such
 * stories by their words and answered them with 112; a counsellor names 113 with care and no 112,
 * which the screen does for thoughts told away (`suicideToldAway`).
 */
export function thoughtOnlyInThePast(read: ReadMessage): boolean {
  const live = (h: { negated: boolean }) => !h.negated;
  const { written } = read.analysis;
  // Days or weeks ago is not away: pills saved last week may be at hand tonight.
  const recent = (d: { start: number; end: number }) => written.slice(d.start, d.end + 1).some((w) => RECENT_PAST.has(w));
  const pastSentences = new Set(read.distances.filter((d) => live(d) && d.concept === 'past' && !recent(d)).map((d) => d.sentence));
  for (const d of read.distances) if (live(d) && d.concept === 'now') pastSentences.delete(d.sentence);
  const worded = read.situations.filter((h) => live(h) && SUICIDE_WORDING.has(h.concept));
  if (worded.length === 0 || !worded.every((h) => pastSentences.has(h.sentence))) return false;
  return read.frames.every((h) => !live(h) || h.concept === 'holder' || pastSentences.has(h.sentence));
}

/** "Ik ben in gevaar", "send the police": said plainly, with no distance in the same sentence. */
function explicitAlarm(read: ReadMessage): boolean {
  return read.situations.some(
    (h) =>
      h.concept === 'explicit_alarm' &&
      !h.negated &&
      !read.distances.some((d) => !d.negated && d.sentence === h.sentence && NOT_NOW.has(d.concept)),
  );
}

/**
 * The share of a message's distinct words the danger model has weights for, below which it is said
 * to read the message poorly. On the held-out sets, Dutch and English messages lie at or above it
 * nineteen times in twenty, messages in other languages nine times in ten below it.
 */
export const READABLE_SHARE = 0.8;

export function knownWordShare(read: ReadMessage, vocabulary: Vocabulary): number {
  let known = knownShares.get(read.analysis);
  if (known === undefined) {
    known = { names: undefined, features: undefined, shares: new Map() };
    knownShares.set(read.analysis, known);
  }
  // Straight into the list, each word once, no filtered copy of the tokens and no set (rounds 41 and 45, allocation).
  // A place, a name or a day is read as its kind (neutralWords.ts): it says nothing of the language.
  // Outside a screen's look (tests, tools) no reader's names were noted: a table of this call's own names them.
  if (known.features === undefined) {
    const neutral = neutralUnits(read.analysis);
    known.features = (known.names ?? new FeatureNames()).distinctWords(
      read.analysis.tokens,
      (t, i) => !isBoundary(t) && !isNumberToken(t) && neutral[i] === undefined,
    );
    known.names = undefined;
  }
  let share = known.shares.get(vocabulary);
  if (share === undefined) {
    share = known.features.length === 0 ? 0 : vocabulary.knownCount(known.features) / known.features.length;
    known.shares.set(vocabulary, share);
  }
  return share;
}

/**
 * The reader's kept feature names (featureNames.ts) for knownWordShare of this reading, should it be
 * asked: the screen notes them as it assesses a message, so the free rules below need no reader.
 */
function noteFeatureNames(read: ReadMessage, names: FeatureNames): void {
  if (!knownShares.has(read.analysis)) knownShares.set(read.analysis, { names, features: undefined, shares: new Map() });
}

/**
 * knownWordShare by analysis, its word features made once and its share kept per vocabulary: one
 * look asks for it up to five times for one message (the rules below, the conversation's reading),
 * of the danger and the suicide vocabulary in turn, and a memo of one vocabulary built the word set
 * and its feature strings again at each change (round 36; ~4 % of a 2,000-character first look in
 * round 22). Weak keys: it goes with the reading. An analysis is never changed after it is made, so
 * the share stays right. `names` is dropped once the features are made.
 */
const knownShares = new WeakMap<
  ReadMessage['analysis'],
  { names: FeatureNames | undefined; features: readonly string[] | undefined; shares: Map<Vocabulary, number> }
>();

/**
 * Situations that tell no danger now on their own, so they are no evidence for 112 at once: a place
 * or means where a life could be ended, without the words of wanting to (the conductor's train, the
 * driver's truck, a flat or a window: the suicide model reads them beside such words), and a plea
 * ("please help", "ik heb hulp nodig") inside a message that says more, as many calm openings do.
 * On the tuning conversations openings such as "ik ben chauffeur vrachtwagen uit roemenie" or
 * "hello, please help, i am from moldova" got 112 at once on these alone; with a situation of
 * danger beside them they still count through that situation. A plea that is the whole message
 * ("HELP!!!", "help me now") stays evidence, and so do both where the model is sure (threshold
 * `sure`): "she said 'please, the man' and pointed at the street" (0.99) kept its 112 at once.
 * ("vandaag", "tonight" alone were tried as weak too: a minor moved tonight is told by a child and a
 * time, and 112 at once was lost on the tuning sets.)
 */
const WEAK_SITUATIONS: ReadonlySet<string> = new Set(['suicide_means']);
const PLEA = 'call_for_help';
const PLEA_ALONE_WORDS = 3;

/**
 * The message tells something of now: "nu", "net", "nog", "vandaag", "right now", "still", "since
 * this morning", minutes ago (the `now` distance). Where the model's score is all the evidence (no
 * situation named, or only a means), 112 at once needs it (round 21): on the tuning conversations
 * such 112s without any now were 4 acute turns against 27 calm ones, worrying accounts of pay, debts
 * and papers ("the agency says I owe 3000 euro for the flight", "captain has all the passports in
 * his safe") and openings; with a now they were 24 acute against 27 calm. The bot asks the danger
 * question instead where the score is over the band.
 */
export function speaksOfNow(read: ReadMessage): boolean {
  return read.distances.some((d) => d.concept === 'now' && !d.negated);
}

/**
 * A situation the lexicons name, beyond the background of many stories (a child, a passport, a
 * debt); the weak ones only where `sure` (the model's score is over its `sure` threshold).
 */
export function situationEvidence(read: ReadMessage, sure = false, thoughtsAway = false): boolean {
  const pleaAlone = read.analysis.words <= PLEA_ALONE_WORDS;
  const denied = deniedSentences(read);
  // A thought of suicide told only in the past is answered with 113 and care, not with 112 (round 36);
  // so is one a later turn holds away from now (thoughtsInTheirTime.ts, round 47).
  const pastThought = thoughtsAway || thoughtOnlyInThePast(read);
  return read.situations.some(
    (h) =>
      !h.negated &&
      !BACKGROUND_SITUATIONS.has(h.concept) &&
      !(pastThought && SUICIDE_WORDING.has(h.concept)) &&
      !(thoughtsAway && h.concept === 'suicide_means') &&
      !denied.has(h.sentence) &&
      (h.concept !== 'soon' || timeOfSomething(read, h) || (sure && plainTelling(read))) &&
      (sure || (!WEAK_SITUATIONS.has(h.concept) && (h.concept !== PLEA || pleaAlone))) &&
      (!WEAK_SITUATIONS.has(h.concept) || speaksOfNow(read)),
  );
}

/** A situation beyond the background named at all (not negated). */
function namesSituation(read: ReadMessage): boolean {
  return read.situations.some((h) => !h.negated && !BACKGROUND_SITUATIONS.has(h.concept));
}

/**
 * Sentences that say no one is in danger ("Nee, hij is nu niet in gevaar, hij staat vandaag gewoon
 * bij mij in de keuken", "She is not in danger tonight I think, he is away until Sunday"): what
 * else they name is no evidence for 112 at once (safety18: such answers to the danger question were
 * answered with 112 on "vandaag" and "until Sunday").
 */
function deniedSentences(read: ReadMessage): Set<number> {
  return new Set(read.distances.filter((d) => d.concept === 'denied' && !d.negated).map((d) => d.sentence));
}

/** Situations that give a time ("vanavond", "meteen") something it is the time of. */
const TIMELESS: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['soon', 'call_for_help', 'suicide_means']);

/**
 * A time of today or soon is evidence only as the time of something named beside it (a child moved,
 * money due, a threat), also where the model is sure: alone it is how many calm turns go on ("Thanks, I'll do it tonight from the
 * hotel", "stel ik meld het, staat er dan meteen politie aan de deur?", "ze waren vanavond gewoon op
 * de training"). With a child beside it ("ze brengen haar vanavond weg, ze is 15") it still counts.
 */
function timeOfSomething(read: ReadMessage, time: ConceptHit<SituationConcept>): boolean {
  return read.situations.some((h) => !h.negated && !TIMELESS.has(h.concept) && Math.abs(h.sentence - time.sentence) <= 1);
}

/**
 * A telling with nothing that distances it and no question in it: there a time alone still counts
 * where the model is sure ("een kwartier geleden afgezet bij een flat, er stond een man die haar
 * meteen mee naar binnen nam. ik sta nog om de hoek"), as it did before safety18; in a question
 * ("komt de politie dan meteen aan de deur?") or beside hearsay it does not.
 */
function plainTelling(read: ReadMessage): boolean {
  return !read.analysis.question && !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept));
}

/**
 * Distance that keeps a message the lexicons name no danger situation in from 112 on its score
 * alone (`clearWithoutSituation`, `scoredUnread`): what NOT_NOW names, and also a time later than
 * today or another country ("a photoshoot weekend in Antwerp next month", "they want to go next
 * week"), which `awayFromNow` can only weigh beside a named situation, and a question whether it
 * is normal, legal or trafficking ("bu normal mi?", "هل هذا اتجار بالبشر؟"): on the tuning sets most
 * calm stories in other languages that got 112 on the unread rules asked it.
 */
function scoreAloneDistanced(read: ReadMessage): boolean {
  return read.distances.some((d) => !d.negated && (NOT_NOW.has(d.concept) || SCORE_ALONE_DISTANCE.has(d.concept)));
}

/** Beyond NOT_NOW: a later time, another country, and (round 21) a question whether it is normal or legal. */
const SCORE_ALONE_DISTANCE: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['future', 'elsewhere', 'appraisal']);

/**
 * A message the danger model may call acute on its score alone (threshold `sure`), though no
 * situation of the lexicons is in it: the situation is told in other words ("the door has no
 * handle inside", "he gave me two hours or his friends come"). Only where the model reads the
 * words well, the message tells something of now (`speaksOfNow`, round 21) and nothing distances
 * the danger (past, a question in general, news, hearsay, safe now, denied): otherwise the bot
 * keeps asking whether someone is in danger now.
 */
export function clearWithoutSituation(read: ReadMessage, vocabulary: Vocabulary): boolean {
  return (
    // Any situation named, the weak ones too (a means, a plea, a time alone): those count as
    // evidence from `sure` on or beside something else (situationEvidence), so this route is for
    // messages that name none at all.
    !namesSituation(read) && !scoreAloneDistanced(read) && nowOfAnEvent(read) && knownWordShare(read, vocabulary) >= READABLE_SHARE
  );
}

/**
 * What a "now" in the same sentence makes the story's present rather than an event's (round 27,
 * screen27): a debt or pay, money or papers held, a condition of work or housing. "Nu zeggen ze dat
 * ik 2000 moet terugbetalen", "now we owe him 2400 each", "now he say rent is more" tell where the
 * story stands; on the tuning conversations such later turns, with no situation of danger named, got
 * 112 at once on the score alone (17 calm turns). A threat, a time of tonight or someone held is a
 * situation of its own and goes by `situationEvidence`.
 */
const STORY_NOW: ReadonlySet<string> = new Set<SituationConcept | DistanceConcept>(['payment', 'money_means', 'documents', 'condition']);

/** `speaksOfNow`, but not where each "now" is the present of a debt, papers held or a condition in its sentence. */
export function nowOfAnEvent(read: ReadMessage): boolean {
  const story = storySentences(read);
  return read.distances.some((d) => d.concept === 'now' && !d.negated && !story.has(d.sentence));
}

function storySentences(read: ReadMessage): Set<number> {
  return new Set([...read.situations, ...read.distances].filter((h) => !h.negated && STORY_NOW.has(h.concept)).map((h) => h.sentence));
}

/**
 * The message says what happens at this moment: `nowOfAnEvent`, with a mark of now that is more than
 * "nog", "net" or "just" alone (nearNow.ts `marksNow`). The screen gives it as the reason `now.event`;
 * after the story was heard the bot keeps the danger question for it (src/bot/readInConversation.ts).
 * "Nu zeggen ze dat hij 40.000 euro schuldig is", "he say i still owe 800" and "ik moet nog 3 adressen
 * doen" tell where the story stands, not a moment (calm32: 49 danger questions on calm later turns of
 * the tuning part came from a "now" of that kind).
 */
export function tellsNowOfAnEvent(read: ReadMessage): boolean {
  const story = storySentences(read);
  return read.distances.some((d) => marksNow(read, d) && !story.has(d.sentence));
}

/** The screen's reason for a message that says what happens at this moment (`tellsNowOfAnEvent`). */
export const NOW_EVENT_REASON = 'now.event';

/**
 * The screen's reason, beside `now.event`, for a "now" that is the present after a harm told at a
 * past time (nearNow.ts `nowOnlyAfterAPast`): after the story was heard, no moment to ask about
 * (dangerQuestion.ts `atThisMoment`). Round 49 (calm49).
 */
export const NOW_AFTER_PAST_REASON = 'now.after_past';

/**
 * Suicidal thoughts said in words of their own ("quiere morir", "nu mai vrea sa traiasca", "لا
 * أريد أن أعيش") in a message the model reads poorly, with nothing distancing them: the suicide model
 * knows too few of the words around them to reach its threshold, and the words themselves are the
 * evidence, so the bot answers with 113 at once as it would in Dutch or English.
 */
export function suicideWordedUnread(read: ReadMessage, vocabulary: Vocabulary): boolean {
  return (
    read.situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated) &&
    !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept)) &&
    knownWordShare(read, vocabulary) < READABLE_SHARE
  );
}

/**
 * What takes a worded thought of suicide away from now when it stands in the thought's own sentence
 * (round 37): a "what if", a general question, a film or the news, someone safe now, a denial. Not
 * someone else's words (`third_hand`: "ze zei dat ze het niet meer ziet zitten" is her thought of
 * now, told by the writer) and not a feared consequence. The past is weighed apart (`toldInThePast`).
 */
const THOUGHT_AWAY: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['hypothetical', 'general', 'media', 'safe_now', 'denied']);

/**
 * Words that put a thought of suicide in the past in its own sentence beside the lexicon's past times
 * and past verbs: a bare "toen" or "vroeger" (no past time to the distance lexicon, round 36's known
 * gap), the wish or the try told in the past tense, an attempt (a deed, so told after it).
 */
const THOUGHT_PAST_WORDS: ReadonlySet<string> = new Set([
  'toen',
  'vroeger',
  'destijds',
  'ooit',
  'wilde',
  'wou',
  'dacht',
  'geprobeerd',
  'probeerde',
  'poging',
  'suicidepoging',
  'zelfmoordpoging',
  'then',
  'once',
  'wanted',
  'thought',
  'tried',
  'attempted',
  'attempt',
]);

/**
 * The thought's sentence tells it in the past: a past time, a past verb or THOUGHT_PAST_WORDS, and
 * no "now" before the thought and no days or weeks ago in it. A "now" after the thought tells how it
 * is since ("vorig jaar zei hij dat hij dood wil, maar nu is het beter met hem"); one before it is
 * the thought's own ("nu wil ik weer dood, net als vorig jaar").
 */
export function toldInThePast(read: ReadMessage, thought: ConceptHit<SituationConcept>): boolean {
  const { written } = read.analysis;
  const live = read.distances.filter((d) => !d.negated && d.sentence === thought.sentence);
  if (live.some((d) => d.concept === 'now' && d.start < thought.start)) return false;
  // Days or weeks ago is not away ("vorige week wilde ze al dood"); "every day" is no time ago.
  const recent = (d: ConceptHit<DistanceConcept>) => written.slice(d.start, d.end + 1).some((w) => RECENT_PAST.has(w.toLowerCase()));
  if (live.some((d) => d.concept === 'past' && recent(d))) return false;
  const words = sentenceWords(read, thought.sentence);
  return live.some((d) => d.concept === 'past' || d.concept === 'past_verb') || words.some((w) => THOUGHT_PAST_WORDS.has(w));
}

/** The words of one sentence as written, in lower case. */
function sentenceWords(read: ReadMessage, sentence: number): string[] {
  const { written, sentenceOf } = read.analysis;
  const words: string[] = [];
  for (let i = 0; i < written.length; i++) if (sentenceOf[i] === sentence) words.push(written[i]!.toLowerCase());
  return words;
}

/**
 * Laughter beside a thought makes it a way of speaking, not a thought ("lol this weather makes me want
 * to die", "ik zie het niet meer zitten met mijn planning haha").
 */
const LAUGHTER: ReadonlySet<string> = new Set([
  'lol',
  'lmao',
  'lmfao',
  'rofl',
  'haha',
  'hahaha',
  'hahah',
  'hihi',
  'xd',
  'grapje',
  'joking',
  'kidding',
]);

/** Someone whose thought it is, named in the thought's sentence beside the frame's holders (the writer, someone quoted). */
const PERSONS: ReadonlySet<string> = new Set(['ze', 'zij', 'hij', 'she', 'he', 'they']);

/** Leaving a thing, not life: "ik wil verdwijnen uit die groepsapp", "I want to disappear from their records". */
const LEAVING_A_THING: ReadonlySet<string> = new Set(['uit', 'from']);

/**
 * Self-reproach ("dat zou ik mezelf nooit vergeven" about a grandson's report, "I can't forgive myself"):
 * guilt the lexicons read beside wishes, and no wish on its own. Left to the score (dialogs-dev-b:
 * a grandmother's opening got 112 with 113 three times).
 */
const SELF_REPROACH: ReadonlySet<string> = new Set(['vergeven', 'vergeef', 'forgive']);

/** Words of a thought that are a means or a place and little else ("springen", "the balcony", "voor de trein"). */
const MEANS_ONLY_TOKENS = 3;

/**
 * A thought of suicide said in words of its own (`suicide_direct`, `suicide_indirect`), not negated,
 * with no distance (round 37): suicidal whatever the suicide model's score. The model scored such
 * thoughts low beside a story ("she'd rather die than go back" in a nurse's account, "ze zei dat ze
 * het niet meer ziet zitten" beside a sealed window, "I am with her now"), and they were marked told
 * away: 113 with care and no 112. A distance is one the reader finds in the thought's own sentence
 * (THOUGHT_AWAY, or told in the past: `toldInThePast`), a film or the news in the sentence before
 * ("heb je die docu gezien? een meisje zei dat ze niet meer wilde leven"), or the whole message's
 * (`thoughtOnlyInThePast`). With one, the score decides as before. A word that is also read as a means
 * on its own ("springen", the same words) tells no wish by itself and is left to the score.
 */
export function thoughtOfNowWorded(read: ReadMessage, vocabulary?: Vocabulary): boolean {
  const { written } = read.analysis;
  const means = read.situations.filter((h) => !h.negated && h.concept === 'suicide_means');
  const meansOnly = (h: ConceptHit<SituationConcept>) => h.end - h.start < MEANS_ONLY_TOKENS && means.some((m) => overlap(m, h));
  const leaving = (h: ConceptHit<SituationConcept>) => LEAVING_A_THING.has(written[h.end + 1]?.toLowerCase() ?? '');
  const reproach = (h: ConceptHit<SituationConcept>) => written.slice(h.start, h.end + 1).some((w) => SELF_REPROACH.has(w.toLowerCase()));
  const worded = read.situations.filter(
    (h) =>
      !h.negated && (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !meansOnly(h) && !leaving(h) && !reproach(h),
  );
  if (worded.length === 0 || thoughtOnlyInThePast(read)) return false;
  const live = read.distances.filter((d) => !d.negated);
  // In a message the model reads poorly the person is often in the verb ("pensé en tomarme todas las
  // pastillas"): there the words are the evidence, as in suicideWordedUnread.
  const unread = vocabulary !== undefined && knownWordShare(read, vocabulary) < READABLE_SHARE;
  // There a past verb is a look-alike of the Dutch and English forms too (Moroccan "had l7ala", this
  // situation, read as "had"): only a past time puts the thought away, as in thoughtOfNowByMeans
  // (round 45).
  const inItsTime = unread ? withoutPastVerbs(read) : read;
  const held = (h: ConceptHit<SituationConcept>) =>
    unread ||
    read.frames.some((f) => !f.negated && f.concept === 'holder' && f.sentence === h.sentence) ||
    sentenceWords(read, h.sentence).some((w) => PERSONS.has(w));
  const away = (h: ConceptHit<SituationConcept>) =>
    !held(h) ||
    toldInThePast(inItsTime, h) ||
    sentenceWords(read, h.sentence).some((w) => LAUGHTER.has(w)) ||
    live.some(
      (d) => (d.sentence === h.sentence && THOUGHT_AWAY.has(d.concept)) || (d.sentence === h.sentence - 1 && d.concept === 'media'),
    );
  return worded.some((h) => !away(h));
}

/** The reading without its past verbs: in a message the model reads poorly they are look-alikes of Dutch and English ones. */
function withoutPastVerbs(read: ReadMessage): ReadMessage {
  const live = read.distances.filter((d) => !d.negated && d.concept !== 'past_verb');
  return readMessage(read.analysis, read.situations, live, read.topics, read.forms, read.frames);
}

/** The parts of a thought told by its means, time or farewell (thoughtByMeans.ts); one reader for all screens. */
const meansParts = new MeansPartReader();

/**
 * The parts of a last act that tell it only beside a stronger one (round 44): exhaustion, belongings
 * given, a letter left, affairs in order; each is said of a work week, a move or a child's night too.
 */
const WEAK_LAST_ACTS: ReadonlySet<MeansPart> = new Set<MeansPart>(['thanks', 'weary', 'given', 'letter', 'arranged']);

/** Situations of harm done by another or care withheld: a means beside them is theirs. */
const HARM_BESIDE_MEANS: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['violence', 'weapon', 'injury', 'illness', 'no_care']);

/**
 * A thought of ending one's life told by its means, a time chosen or a farewell, with no words of a
 * wish (round 38): suicidal whatever the score. The suicide model learned a means or a time alone
 * against suicide (safety24), and "the pills of my wife are on the table in front of me", "he say he
 * drink the poison tonight", "A kötél ott van a szekrényben, ma este úgyis vége lesz mindennek" or a
 * coach's "bedankt voor alles" and then no answer read 0.00-0.12. Read by structure, in a sentence
 * with its neighbours:
 * - a means at hand (an instrument, or a jump or a wait at a place of it) with a time of now or a
 *   time chosen ("net", "tonight", "after this message");
 * - an ending with no wish named, nobody missing one, or a farewell, with another part beside it
 *   (a means, a time, another of these);
 * - a farewell sent and then silence ("neemt niet meer op", "not answering").
 * With a person whose thought it is in the sentence (the frame's holder, he or she; in a message the
 * model reads poorly the person is in the verb), and no distance in it (as thoughtOfNowWorded: a
 * "what if", a film, someone safe now, a denial, told in the past) nor the whole message in the past.
 * A train, a bridge or a roof alone, a deadline for tonight or "goodbye" alone are none of these.
 */
export function thoughtOfNowByMeans(read: ReadMessage, vocabulary?: Vocabulary): boolean {
  if (thoughtOnlyInThePast(read)) return false;
  // Work drugs and an exploiter's pills (meansForWork.ts) are read negated: no means at hand.
  const taken = read.situations.filter((h) => h.negated && (h.concept === 'suicide_means' || h.concept === 'suicide_prepared'));
  // A means in or beside a sentence of harm done or care withheld is that harm's ("boss say take
  // paracetamol and sit, no doctor", "sloeg hem met de tuinslang"), not a thought of one's own.
  const harmed = new Set(read.situations.filter((h) => !h.negated && HARM_BESIDE_MEANS.has(h.concept)).map((h) => h.sentence));
  const nearHarm = (sentence: number) => harmed.has(sentence) || harmed.has(sentence - 1) || harmed.has(sentence + 1);
  const found = meansParts.find(read.analysis);
  const imposed = found.filter((h) => h.concept === 'imposed');
  const parts: { part: MeansPart; sentence: number; start: number; end: number; chosen: boolean; lexicon?: boolean }[] = found
    .filter(
      (h) =>
        !h.negated &&
        h.concept !== 'imposed' &&
        !taken.some((t) => overlap(t, h)) &&
        !(h.concept === 'means' && (nearHarm(h.sentence) || imposed.some((i) => overlap(i, h)))),
    )
    .map((h) => ({ part: h.concept, sentence: h.sentence, start: h.start, end: h.end, chosen: h.concept === 'time' }));
  // The times the reader finds already: a "now" of its own and a time chosen in the frame ("vanavond").
  for (const d of read.distances) if (!d.negated && d.concept === 'now') parts.push({ part: 'time', chosen: false, ...d });
  for (const f of read.frames) if (!f.negated && f.concept === 'plan') parts.push({ part: 'time', chosen: true, ...f });
  // The lexicons' farewell holds "goodbye" and "bye everyone", how chats end: it counts as thanks do.
  // Round 44: read whether or not the parts' own lexicon found anything (before, a return above these
  // lines left "vaarwel allemaal" then "ze neemt niet op" to the model's score alone).
  for (const h of read.situations)
    if (!h.negated && (h.concept === 'farewell' || h.concept === 'suicide_prepared'))
      parts.push({ part: h.concept === 'farewell' ? 'thanks' : 'means', chosen: false, lexicon: h.concept === 'farewell', ...h });
  if (parts.every((p) => p.part === 'time')) return false;
  const unread = vocabulary !== undefined && knownWordShare(read, vocabulary) < READABLE_SHARE;
  // In a message the model reads poorly a past verb is a look-alike of the Dutch and English forms
  // (Turkish "zaten", anyway, is the Dutch "zaten"): only a past time puts the thought away there.
  const live = read.distances.filter((d) => !d.negated && !(unread && d.concept === 'past_verb'));
  const inItsTime = unread ? withoutPastVerbs(read) : read;
  const personIn = (sentence: number) =>
    read.frames.some((f) => !f.negated && f.concept === 'holder' && f.sentence === sentence) ||
    sentenceWords(read, sentence).some((w) => PERSONS.has(w));
  // A means is someone's in its own sentence; an ending or a farewell may follow the sentence that
  // names the person ("I clean houses for a woman who keeps my wages. After tonight no more problems.").
  const held = (p: (typeof parts)[number]) => unread || personIn(p.sentence) || (p.part !== 'means' && personIn(p.sentence - 1));
  const away = (p: (typeof parts)[number]) =>
    toldInThePast(inItsTime, { concept: 'suicide_indirect', negated: false, ...p }) ||
    live.some((d) => d.sentence === p.sentence && THOUGHT_AWAY.has(d.concept));
  const beside = (p: (typeof parts)[number], kinds: (k: MeansPart) => boolean) =>
    parts.some((o) => o !== p && kinds(o.part) && (o.end < p.start || p.end < o.start) && Math.abs(o.sentence - p.sentence) <= 1);
  const silences = read.situations.filter((h) => !h.negated && h.concept === 'silence');
  // A farewell of the situations' lexicon ("vaarwel", "goodbye", "afscheid") is a leave-taking only
  // with the silence told after it, in its sentence or the two after (round 44), not anywhere.
  const silenceAfter = (p: (typeof parts)[number]) =>
    p.lexicon === true ? silences.some((s) => s.sentence >= p.sentence && s.sentence <= p.sentence + 2) : silences.length > 0;
  // A farewell sent and then silence is told in the past by its nature ("zette ze 'vaarwel allemaal,
  // het was mooi'", "stuurde hij 'jullie waren top, sorry voor alles'"): only a time ago or a distance
  // of its own puts it away (round 44).
  const farAway = (p: (typeof parts)[number]) =>
    live.some(
      (d) => d.sentence === p.sentence && (THOUGHT_AWAY.has(d.concept) || (d.concept === 'past' && !recentTime(read.analysis.written, d))),
    );
  const chosenTime = (p: (typeof parts)[number]) =>
    parts.some(
      (o) => o !== p && o.part === 'time' && o.chosen && (o.end < p.start || p.end < o.start) && Math.abs(o.sentence - p.sentence) <= 1,
    );
  return parts.some((p) => {
    if (!held(p)) return false;
    if ((p.part === 'thanks' || p.part === 'farewell') && silenceAfter(p) && !farAway(p)) return true;
    if (away(p)) return false;
    if (p.part === 'means') return beside(p, (k) => k === 'time');
    if (p.part === 'thanks') return beside(p, (k) => k === 'farewell');
    if (p.part === 'farewell' || p.part === 'ending' || p.part === 'unmissed')
      return beside(p, (k) => k !== p.part && !WEAK_LAST_ACTS.has(k));
    if (p.part === 'weary') return beside(p, (k) => k === 'means' || k === 'farewell' || k === 'letter');
    if (p.part === 'given') return chosenTime(p) || beside(p, (k) => k !== 'given' && k !== 'time' && k !== 'today' && k !== 'thanks');
    if (p.part === 'letter') return beside(p, (k) => k !== 'letter' && k !== 'time' && k !== 'today' && k !== 'thanks');
    return false;
  });
}

/**
 * The reason of a reading with thoughts of suicide told away (suicideToldAway): the conversation
 * names 113 once for it, with care and without 112 (round 32; dialogs/triageDialog.ts).
 */
export const SUICIDE_TOLD_AWAY = 'screen.suicide_told_away';

/**
 * Thoughts of suicide told in words of their own, not negated, that the screen does not read as of
 * now (the suicide frame or a distance puts them in the past: "ze wilde toen niet meer leven, nu gaat
 * het goed"): asked about, never left silent (round 30). The writers of the tuning sets label such a
 * message suicidal; thoughts of suicide come back, and one question whether anyone is in danger now
 * is what a counsellor would ask. No 113 at once: that stays for thoughts of now. Since round 37 a
 * worded thought with no distance is suicidal (`thoughtOfNowWorded`), so a thought marked told away
 * has one: the past, a film, a question in general, someone safe now.
 */
export function suicideToldAway(read: ReadMessage, suicidal: boolean): boolean {
  return !suicidal && read.situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated);
}

/** Distance that puts what a sentence tells at another time or in another country. */
const AWAY: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['past', 'future', 'elsewhere']);

/** Distance that tells someone is out of it now. */
const SAFE_TOLD: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['safe_now', 'denied']);

/** A date set for paying or doing something "or else". */
const DATED: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['deadline', 'or_else']);

/** Situations that `awayFromNow` weighs (the others have routes of their own or are background). */
const weighed = (concept: SituationConcept) =>
  !BACKGROUND_SITUATIONS.has(concept) && !SUICIDE_WORDING.has(concept) && concept !== 'call_for_help';

const overlap = (a: ConceptHit<string>, b: ConceptHit<string>) => a.start <= b.end && b.start <= a.end;

/**
 * Every situation of danger the message names is away from here and now (ADR 0006 round 17): told
 * in the past ("vorig jaar sloeg de baas hem", "toen ik daar werkte"), announced for later than this
 * week ("next month a photoshoot weekend in Antwerp"), or happening in another country while the
 * writer is here ("the juju will kill my mother back home"), each in the situation's own sentence,
 * the past also from the sentence before or after ("he showed a knife. that was last week"); or the
 * past with someone safe now ("vorig jaar werd ze geslagen, nu werkt ze ergens anders").
 *
 * Only where nothing in the message speaks of now: no "now", "still", "net", "right now" (but in the
 * sentence that tells safety: "she is safe now"), and no situation that is near by its nature (today,
 * tonight, tomorrow, a deadline, a call for help, silence since, hiding). So a threat announced for
 * tonight, "she is still there now", "by Friday or they hurt my mother in Lagos" and "tomorrow they
 * take him to a clinic in Germany" stay near. "10 minutes ago" is now, not the past.
 *
 * The learned model weighed these words too little: such stories scored 0.9 and more and got 112 at
 * once. They now get the danger question instead (the score still decides whether it is asked).
 */
export function awayFromNow(read: ReadMessage): boolean {
  const live = read.distances.filter((d) => !d.negated);
  const nowHits = live.filter((d) => d.concept === 'now');
  // "10 min ago", "net een uur geleden": a past word inside a mark of now is now.
  const away = live.filter((d) => AWAY.has(d.concept) && !nowHits.some((n) => overlap(n, d) && n.end - n.start > d.end - d.start));
  if (away.length === 0) return false;
  // A deadline read as negated is still a deadline: "if i dont pay by friday" negates the paying.
  // "Meteen" or "vanavond" in a sentence told in the past is the time of that past ("laatst stond er
  // eentje te huilen en toen kwam er meteen een man"), not of now (safety18).
  const pastSentences = new Set(away.filter((d) => d.concept === 'past').map((d) => d.sentence));
  const near = (h: ConceptHit<SituationConcept>) => !(h.concept === 'soon' && pastSentences.has(h.sentence));
  if (read.situations.some((h) => NEAR_BY_NATURE.has(h.concept) && (!h.negated || DATED.has(h.concept)) && near(h))) return false;
  const situations = read.situations.filter((h) => !h.negated);
  const danger = situations.filter((h) => weighed(h.concept));
  if (danger.length === 0) return false;
  const safeSentences = new Set(live.filter((d) => SAFE_TOLD.has(d.concept)).map((d) => d.sentence));
  // "acum doi ani" is the past, though "acum" alone is "now"; "nu is ze veilig" tells safety, not danger now.
  const speaksOfNow = nowHits.some((n) => !safeSentences.has(n.sentence) && !away.some((a) => overlap(a, n)));
  if (speaksOfNow) return false;
  const pastAndSafe = safeSentences.size > 0 && away.some((d) => d.concept === 'past');
  return (
    pastAndSafe ||
    danger.every((h) => away.some((d) => d.sentence === h.sentence || (d.concept === 'past' && Math.abs(d.sentence - h.sentence) === 1)))
  );
}

/** Someone held, watched, hurt, threatened or denied care: never a silent reading when said of now. */
export const HELD_OR_HURT: ReadonlySet<SituationConcept> = new Set<SituationConcept>([
  'confined',
  'guarded',
  'violence',
  'threat',
  'weapon',
  'no_care',
  'forced_sex_now',
]);

/**
 * Danger named in any tense: someone held, hurt or threatened (`HELD_OR_HURT`), an injury, sounds of
 * harm, and what is near by its nature or a cry for help (nearNow.ts `NEAR_WHATEVER_DAY`). The danger
 * question keeps a first account that names one of them (dangerQuestion.ts), and a threat under a
 * condition is no longer all a message tells beside one (conditionalThreat.ts).
 */
export const DANGER_IN_ANY_TENSE: ReadonlySet<SituationConcept> = new Set<SituationConcept>([
  ...HELD_OR_HURT,
  'injury',
  'sounds',
  ...NEAR_WHATEVER_DAY,
]);

/** Situations that are harm to the body: what a feared consequence cannot distance when it is the consequence. */
const HARM: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['threat', 'violence', 'weapon']);

/**
 * One of HELD_OR_HURT named, not negated, with no distance from now in the message (NOT_NOW or
 * awayFromNow). A feared consequence of going to the police is no distance from a threat, a blow or a
 * weapon in its own sentence (round 22): "hij zegt dat hij me doodmaakt als ik de politie bel" is a
 * threat made now whose condition is the report; the job, the bed or the permit lost after a
 * complaint (round 21) name no harm and stay distanced.
 */
export function heldOrHurtNamed(read: ReadMessage): boolean {
  const harmSentences = new Set(read.situations.filter((h) => !h.negated && HARM.has(h.concept)).map((h) => h.sentence));
  return (
    read.situations.some((h) => !h.negated && HELD_OR_HURT.has(h.concept)) &&
    !read.distances.some(
      (d) => !d.negated && NOT_NOW.has(d.concept) && !(d.concept === 'feared_consequence' && harmSentences.has(d.sentence)),
    ) &&
    !awayFromNow(read)
  );
}

/**
 * A plea ("help", "please", "hulp", "dringend") is how many calm stories open and close: with only
 * background besides, it leaves nothing unclear about danger now (the plain threshold in assessRead).
 */
const WEAK_PLEA: ReadonlySet<string> = new Set(['call_for_help']);

/** Up to this many words, a message that names no situation is asked about only from the plain threshold. */
const SHORT_WORDS = 4;

/** The words around an age told alone (tokens are folded skeletons: "jaar" is "jar"). */
const AGE_FRAME = new Set([
  'ik',
  'ben',
  'i',
  'am',
  'im',
  'he',
  'she',
  'hij',
  'zij',
  'ze',
  'is',
  'jar',
  'jaar',
  'oud',
  'years',
  'year',
  'old',
  'yo',
]);

/**
 * A message that tells only an age ("ik ben 34", "I'm 15", "ze is 16 jaar", "34"): the answer to the
 * bot's own age question, or a first fact, and never unclear about danger now. Its score is what a
 * number beside "ik ben" earns from the minors' stories in the corpus, and it lay on either side of
 * the plain band from one retraining to the next (0.065 against 0.066, then 0.066 against 0.054):
 * the danger question after "ik ben 34" is a calm-turn question a counsellor would never ask.
 */
export function onlyAnAge(read: ReadMessage): boolean {
  let numbers = 0;
  for (const token of read.analysis.tokens) {
    if (isBoundary(token)) continue;
    if (/^\d{1,2}$/.test(token)) numbers++;
    else if (!AGE_FRAME.has(token)) return false;
  }
  return numbers === 1;
}

/**
 * A message of answer words only ("ja", "jaa hoor", "nee", "ok", "yes!", "klopt"): the answer to a
 * question of the bot's, never unclear about danger now by itself. The answer to the danger question
 * itself is read by dangerAnswer.ts, with the question in view. Its score is what "ja" earns from the
 * answers in the corpus's acute conversations, and it crossed the plain band after a retraining
 * (0.044 against 0.040 when nlu-dev-af joined): the danger question after a bare "ja" to "Gaat het
 * over uzelf?" is a calm-turn question a counsellor would never ask.
 */
export function onlyAnAnswer(read: ReadMessage): boolean {
  let words = 0;
  for (const token of read.analysis.tokens) {
    if (isBoundary(token)) continue;
    if (!ANSWER_WORDS.has(token)) return false;
    words++;
  }
  return words > 0;
}

// Read as the analysis reads them (folded and stemmed: "hoor" is "hor"), so the check matches its tokens.
const ANSWER_WORDS: ReadonlySet<string> = new Set(
  analyseText(
    [
      'ja',
      'jaa',
      'jaaa',
      'jawel',
      'jazeker',
      'jep',
      'nee',
      'neee',
      'neen',
      'nope',
      'nah',
      'yes',
      'yess',
      'yeah',
      'yep',
      'yup',
      'no',
      'ok',
      'oke',
      'okay',
      'okee',
      'oki',
      'klopt',
      'zeker',
      'hoor',
      'prima',
      'goed',
      'sure',
      'right',
      'correct',
    ].join(' '),
  ).tokens.filter((token) => !isBoundary(token)),
);

/** Words of the cry-for-help lexicon too weak to be a cry on their own ("please", "snel"). */
const WEAK_CRY = new Set(['please', 'alsjeblieft', 'snel', 'zsm', 'asap']);

/**
 * A cry for help ("pomocy", "ajutor", "помогите") in a message the model reads poorly, with nothing
 * distancing it: the danger question would be asked in a language the writer may not read, so the
 * bot answers with 112 at once.
 */
function cryUnread(read: ReadMessage, vocabulary: Vocabulary): boolean {
  return (
    read.situations.some((h) => h.concept === 'call_for_help' && !h.negated && !WEAK_CRY.has(read.analysis.tokens[h.start]!)) &&
    !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept)) &&
    knownWordShare(read, vocabulary) < READABLE_SHARE
  );
}

/** The ways a message is acute whatever its danger score. */
export interface OtherRoutes {
  suicidal: boolean;
  alarm: boolean;
  cry: boolean;
}

/**
 * Acute whatever the danger score: suicidal thoughts (the suicide model over its threshold, or the
 * words of them in a language the model reads poorly), an explicit alarm, a cry for help unread.
 * The screen answers these with 112 at once; training leaves them out when it chooses the unsure
 * threshold (training.ts), which is there for the messages only the danger score can catch.
 */
export function acuteByOtherRoute(
  read: ReadMessage,
  suicideScore: number,
  suicidalThreshold: number,
  vocabulary: Vocabulary,
  // Whether the suicide model reads a message is told by its own vocabulary (bundle.ts, round 27).
  suicideVocabulary: Vocabulary = vocabulary,
): OtherRoutes {
  const suicidal =
    gatedSuicideScore(read, suicideScore, suicideVocabulary) >= suicidalThreshold ||
    suicideWordedUnread(read, suicideVocabulary) ||
    thoughtOfNowWorded(read, suicideVocabulary) ||
    thoughtOfNowByMeans(read, suicideVocabulary);
  const alarm = explicitAlarm(read);
  return { suicidal, alarm, cry: !alarm && cryUnread(read, vocabulary) };
}

/**
 * The screen answers the message whatever its danger score: by another route (113 or 112 at once),
 * or, for thoughts of suicide told away, by asking and naming 113 (suicideToldAway). Training leaves
 * these out of the unsure band's recall and counts them found in its floors (training.ts; round 32:
 * told-away thoughts are labelled suicidal, no danger score reaches them, and they pulled the unsure
 * point down for messages it can never catch).
 */
export function foundWhateverScore(read: ReadMessage, routes: OtherRoutes): boolean {
  return routes.suicidal || routes.alarm || routes.cry || suicideToldAway(read, routes.suicidal);
}

/**
 * A situation of danger named (not background: a child, a passport or a debt alone) in a message the
 * model reads poorly, with nothing distancing it and the score in the unsure band: the model cannot
 * weigh the words around the situation, and the danger question would be asked in a language the
 * writer may not read, so the bot answers with 112 at once, as for an unread cry for help.
 */
export function situationUnread(read: ReadMessage, vocabulary: Vocabulary): boolean {
  return situationEvidence(read) && scoredUnread(read, vocabulary);
}

/**
 * A message the model reads poorly, with nothing distancing it, that the model still scores high
 * from the few words it knows (a place of work, a name, "112", a number of days): the lexicons name
 * no situation in that language. From `sure` it is answered with 112 at once, as an unread situation
 * is (situationUnread); between `acute` and `sure` it is asked about (the question names 112 and is
 * given in English and Dutch). Round 23: under `sure` these were 0 acute against 23 calm turns of
 * the tuning conversations (a greeting from an asylum centre, pay taken for a bus and a room, a
 * blacklist threatened) and 6 against 6 messages of the NLU tuning sets; from `sure` 15 against 6.
 */
export function scoredUnread(read: ReadMessage, vocabulary: Vocabulary): boolean {
  // A Dutch or English message with a few rare words ("ik ben dakdekker, zzp, werk nu als
  // onderaannemer") is no message in another language: the question would be read (safety18).
  return !scoreAloneDistanced(read) && knownWordShare(read, vocabulary) < READABLE_SHARE && !writtenInDutchOrEnglish(read);
}

const EMPTY: DangerAssessment = { level: 'none', suicidal: false, reasons: [], score: 0 };

/** The reason of a message the reader could not take apart: its reading is the empty text's, not the message's. */
export const UNREADABLE_REASON = 'screen.unreadable';

export class SafetyScreen {
  readonly reader: MessageReader;

  constructor(
    readonly bundle: ModelBundle = loadModelBundle(),
    reader?: MessageReader,
  ) {
    this.reader = reader ?? new MessageReader();
  }

  /**
   * The reading of a message in its conversation (turnContext.ts): `earlier` are the screen's
   * readings of the citizen's earlier turns, oldest first. Without earlier turns it is the message's
   * own reading. `storyUntold`: the message tells the story the bot has not yet heard.
   */
  inConversation(screened: ScreenedMessage, earlier: readonly EarlierTurn[], storyUntold = false): DangerAssessment {
    if (earlier.length === 0) return screened.danger;
    const readable = knownWordShare(screened.read, this.bundle.vocabulary.danger) >= READABLE_SHARE;
    const overSure = screened.danger.score >= this.bundle.thresholds.sure;
    const overAcute = screened.danger.score >= this.bundle.thresholds.acute;
    const neverSilent = heldOrHurtNamed(screened.read) || nearDanger(screened.read);
    return assessTurn(screened.read, screened.danger, earlier, { readable, overSure, overAcute, neverSilent, storyUntold });
  }

  /** The danger assessment and the analysis it was made from. Never throws. */
  look(text: string): ScreenedMessage {
    let read: ReadMessage;
    try {
      read = this.reader.readForDanger(text);
    } catch {
      // A message the reader cannot take apart is not a reason to stay silent: ask.
      return { danger: { ...EMPTY, level: 'unsure', reasons: [UNREADABLE_REASON] }, read: this.reader.readForDanger('') };
    }
    return { danger: this.assessRead(read), read };
  }

  /**
   * The danger assessment of a message already read (or of a part of one, see inPassing.ts).
   * `thoughtsAway`: the message is a later turn whose thoughts of suicide its conversation holds away
   * from now (thoughtsInTheirTime.ts, round 47): not suicidal, told away instead (113 named with care,
   * `SUICIDE_TOLD_AWAY`), and its words of the thought no evidence for 112; the rest read as always.
   */
  assessRead(read: ReadMessage, thoughtsAway = false): DangerAssessment {
    if (read.analysis.words === 0) return EMPTY;
    noteFeatureNames(read, this.reader.names);
    const features = this.reader.features(read, 'danger');
    const x = this.bundle.vocabulary.danger.indices(features);
    const { models, thresholds } = this.bundle;
    const score = predictSoftmax(models.danger, x)[1]!;
    // The suicide model reads the worded sentences and their neighbours (reader.suicideView); a view
    // that is the message itself has the danger features just made (round 36: made twice before).
    const view = this.reader.suicideView(read);
    const suicideFeatures = this.reader.suicideFeatures(view, view === read ? features : undefined);
    const suicideScore = predictSoftmax(models.suicidal, this.bundle.vocabulary.suicide.indices(suicideFeatures))[1]!;
    // Suicidal thoughts are said in words of their own (directly, indirectly, as farewell,
    // worthlessness or exhaustion): without any, only a confident model may raise the 113 answer,
    // so a threat against the writer is not read as a wish to die.
    const routes = acuteByOtherRoute(
      read,
      suicideScore,
      thresholds.suicidal,
      this.bundle.vocabulary.danger,
      this.bundle.vocabulary.suicide,
    );
    const { alarm, cry } = routes;
    const suicidal = routes.suicidal && !thoughtsAway;
    // Only background (or no situation, only words) over the acute threshold: the bot asks the danger
    // question, with 112 in it, instead of answering as if danger were certain.
    // A very confident model may answer with 112 without a named situation (clearWithoutSituation).
    const sure = score >= thresholds.sure;
    // A story whose every danger is away from now (awayFromNow) is asked about, not answered with 112.
    // Or told only at a distance in each of its sentences (nearNow.ts toldAtDistance, round 26).
    const awayNow = awayFromNow(read);
    const distant = !awayNow && toldAtDistance(read);
    const away = distant || awayNow;
    const evidence =
      !away && (situationEvidence(read, sure, thoughtsAway) || (sure && clearWithoutSituation(read, this.bundle.vocabulary.danger)));
    // A message that names no situation at all is asked about from a higher score (training.ts
    // `plainUnsureThreshold`): most of those are questions about privacy, the police or a call-back.
    // Only where the model reads the words: in another language no situation named is no sign that
    // none is told, and the question stays the safe answer.
    // So is one that names only the background of a story (a child, a passport, pay, a debt, abroad):
    // those are not unclear about danger now. On the tuning sets and the development part only one
    // in nine messages the bot asked about had any danger, and a calm plea for help with a work story
    // ("can you help me please, i work as a cleaner for a family") was asked about for its "help".
    // A few words in another language that name nothing ("multumesc mult", "Дякую вам!", "gracias,
    // chao") score what a text without a known word scores, the model's prior, which lay just over
    // the unsure threshold: every thanks or goodbye was asked about. A cry in those words is caught by
    // the cry rule (cryUnread), a situation by the unread rule (situationUnread).
    const shortUnnamed = read.analysis.words <= SHORT_WORDS && !read.situations.some((h) => !h.negated);
    // A time alone (timeOfSomething) names no situation here either: "Cheers, I'll ring the number
    // tomorrow morning" is a plain message, asked about from the plain threshold like any thanks.
    const plain =
      !read.situations.some(
        (h) =>
          !h.negated &&
          !BACKGROUND_SITUATIONS.has(h.concept) &&
          !WEAK_PLEA.has(h.concept) &&
          (h.concept !== 'soon' || timeOfSomething(read, h)),
      ) &&
      (shortUnnamed || knownWordShare(read, this.bundle.vocabulary.danger) >= READABLE_SHARE || writtenInDutchOrEnglish(read));
    const unsure = plain ? thresholds.unsurePlain : thresholds.unsure;
    const unread =
      !alarm &&
      !cry &&
      !away &&
      ((score >= this.unreadFloorFrom() && situationUnread(read, this.bundle.vocabulary.danger)) ||
        (score >= thresholds.sure && scoredUnread(read, this.bundle.vocabulary.danger)));
    // A danger situation named in words the model reads poorly, and someone held, hurt or threatened
    // in any words, with nothing distancing it, is never left silent, however low the score: the bot
    // asks (safety17; "nie mozemy odejsc, pilnuje nas" and "madam have my passport. i cannot go out"
    // fell to 0.04 and 0.02 after a retraining).
    // So is a danger told for today, tonight or now in its own sentence, whatever distance stands
    // elsewhere in the message (nearNow.ts; safety18: "vannacht brengen ze mij naar ander land" in a
    // client's story with a feared consequence of reporting scored 0.02).
    const toldAway = (thoughtsAway && routes.suicidal) || suicideToldAway(read, suicidal);
    const unreadAsk = situationUnread(read, this.bundle.vocabulary.danger) || heldOrHurtNamed(read) || nearDanger(read) || toldAway;
    const level: DangerLevel =
      suicidal || alarm || cry || unread || (score >= thresholds.acute && evidence)
        ? 'acute'
        : (score >= unsure && !onlyAnAge(read) && !onlyAnAnswer(read)) || unreadAsk
          ? 'unsure'
          : 'none';
    const reasons = new Set<string>();
    if (suicidal) reasons.add('model.suicidal');
    if (alarm) reasons.add('floor.explicit_alarm');
    if (cry) reasons.add('floor.cry_unread');
    if (unread) reasons.add('floor.situation_unread');
    if (toldAway) reasons.add(SUICIDE_TOLD_AWAY);
    if (level === 'unsure' && score < unsure) reasons.add('screen.never_silent');
    if (away && level !== 'acute' && score >= thresholds.acute) reasons.add('screen.away_from_now');
    // Kept asked about in a conversation too (turnContext.ts KEEP_REASONS): without it, 112 at once would become nothing.
    if (distant && level !== 'acute' && score >= thresholds.acute) reasons.add('screen.told_at_distance');
    if (level !== 'none') reasons.add(`model.${level}`);
    for (const hit of read.situations) if (!hit.negated) reasons.add(`situation.${hit.concept}`);
    for (const hit of read.distances) if (!hit.negated) reasons.add(`distance.${hit.concept}`);
    if (tellsNowOfAnEvent(read)) {
      reasons.add(NOW_EVENT_REASON);
      if (nowOnlyAfterAPast(read)) reasons.add(NOW_AFTER_PAST_REASON);
    }
    return { level, suicidal, reasons: [...reasons], score: Math.max(round(score), suicidal ? round(suicideScore) : 0) };
  }

  assess(text: string): DangerAssessment {
    return this.look(text).danger;
  }

  /**
   * The score from which a danger situation named in words the model reads poorly is answered with
   * 112 at once (`situationUnread`): the unsure point, where the model no longer reads the message
   * as calm. The later-turn screen keeps the main model's (laterTurnScreen.ts).
   */
  protected unreadFloorFrom(): number {
    return this.bundle.thresholds.unsure;
  }

  /** The older view: acute (including suicidal) or not. 'unsure' is not acute here. */
  screen(text: string): SafetyResult {
    const { level, suicidal, reasons } = this.assess(text);
    return { acuteDanger: level === 'acute', suicidal, reasons };
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
