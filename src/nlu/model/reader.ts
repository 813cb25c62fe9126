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
  safeNowUnlessSought,
  SUICIDE_WORDING,
  type DistanceConcept,
  type SituationConcept,
} from '../../safety/situations';
import { TOPIC_CONCEPTS, TOPIC_LEXICON, type TopicConcept } from '../topics';
import {
  FORM_CONTEXT,
  FORM_FAMILY,
  FORM_LEXICON,
  formsOfActs,
  theftClaimed,
  payOfWork,
  placeOfCrime,
  ownWorkPlace,
  type FormConcept,
  type FormFamily,
} from './formSituations';
import { VAGUE_LEXICON } from './vagueWorry';
import { CONTINUED, neutralUnits } from './neutralWords';
import { FeatureNames } from './featureNames';
import { analyseText, isBoundary, isNumberToken, type TextAnalysis } from '../text/analyse';
import { ConceptMatcher, joinHits, mapHits, negatedAs, noHits, readAs, type ConceptHit } from '../text/concepts';
import { OTHER_LANGUAGE_LEXICON } from '../text/otherLanguageConcepts';
import { NegationScope } from '../../safety/negationScope';
import { MeansForWork } from '../../safety/meansForWork';
import { childrenByAge } from '../../safety/minorAge';
import { residenceNotLife, wakingAtATime } from '../../safety/suicideFrames';
import { SuicideFrameReader, frameFeatures, type FrameHit } from '../../safety/suicideFrame';
import { COUNT_UNIT } from './countUnits';
import { isClockHour } from './clockTimes';
import { marksNow, nearDanger } from '../../safety/nearNow';
import { detectLanguageDetail, type LanguageGuess, type OtherLanguage } from '../language';
import type { NluLocale } from '../recognizer';

/** Bumped whenever features change meaning: shipped weights record it and refuse a mismatch. */
export const FEATURE_VERSION = 28;

export interface ReadMessage {
  readonly analysis: TextAnalysis;
  readonly situations: readonly ConceptHit<SituationConcept>[];
  readonly distances: readonly ConceptHit<DistanceConcept>[];
  /** Only filled by `readFully` (the first look does not need them). */
  readonly topics: readonly ConceptHit<TopicConcept>[];
  /** The work, control, taking and acts that tell the form (formSituations.ts); only from `readFully`. */
  readonly forms: readonly ConceptHit<FormConcept>[];
  /** The parts of a suicidal thought's frame (suicideFrame.ts), read by the suicide model alone. */
  readonly frames: readonly FrameHit[];
}

/**
 * Every ReadMessage is made here, its fields in one order: the danger and suicide features and the
 * screen take the message read for danger, read fully, or cut to a view, and copies made by spread
 * had other hidden classes than the original (round 28, as `conceptHit`).
 */
export function readMessage(
  analysis: TextAnalysis,
  situations: readonly ConceptHit<SituationConcept>[],
  distances: readonly ConceptHit<DistanceConcept>[],
  topics: readonly ConceptHit<TopicConcept>[],
  forms: readonly ConceptHit<FormConcept>[],
  frames: readonly FrameHit[],
): ReadMessage {
  return { analysis, situations, distances, topics, forms, frames };
}

export type FeatureSet = 'danger' | 'general';

/** Combinations further apart than this many sentences do not count. */
const WINDOW = 1;
/** Sentences around a worded suicidal thought that the suicide model also reads. */
const VIEW_WINDOW = 1;
const MAX_PAIR_HITS = 400;

/**
 * Greetings, thanks, goodbyes, asking for a person (or one who speaks one's language) and the
 * citizen's own questions (anonymity, the police, who reads the chat, losing the job, being sent
 * away) in the other languages (text/otherLanguageConcepts.ts), read as the topic features the same
 * words give in Dutch and English, so "dziekuje" or "czy policja" is read with what "bedankt" or
 * "politie" taught the intent model. Kept
 * out of the topic lexicon itself, which the question model reads too (questions/clauseFeatures.ts).
 */
const OTHER_LANGUAGE_TOPICS = {
  greeting: OTHER_LANGUAGE_LEXICON.greeting,
  thanks: OTHER_LANGUAGE_LEXICON.thanks,
  goodbye: OTHER_LANGUAGE_LEXICON.goodbye,
  counsellor: [...OTHER_LANGUAGE_LEXICON.human, ...OTHER_LANGUAGE_LEXICON.own_language],
  is_it: OTHER_LANGUAGE_LEXICON.is_it,
  anonymity: OTHER_LANGUAGE_LEXICON.anonymity,
  police: OTHER_LANGUAGE_LEXICON.police,
  privacy: OTHER_LANGUAGE_LEXICON.privacy,
  consequence_job: OTHER_LANGUAGE_LEXICON.lose_job,
  consequence_residence: OTHER_LANGUAGE_LEXICON.deported,
} as const;
/**
 * Yes and no in those languages are also their plainest words of agreeing and of negation ("tak",
 * "да", "nem", "لا", "khong" stand in every other sentence), so they count only as the answer a
 * short message is.
 */
const OTHER_LANGUAGE_ANSWERS = { yes: OTHER_LANGUAGE_LEXICON.yes, no: OTHER_LANGUAGE_LEXICON.no } as const;
const ANSWER_WORDS = 4;
/**
 * A greeting in another language says what the message is only in a short one: "salam" before a
 * story of unpaid work in Persian, or "Здравейте" before a question for someone who speaks
 * Bulgarian, made the intent model, which knows few other words of those languages, read the whole
 * message as a greeting (forms21). In Dutch and English the other words outweigh it. Thanks and a
 * goodbye close a message and mostly are what it says ("trebuie sa plec acum, la revedere"), so they stay.
 */
const OPENING_WORDS = 6;

/** Distance that says nothing of where or when a suicidal thought is: the writer has it here and now. */
const NOT_FOR_THOUGHTS: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['elsewhere', 'future']);

/** Distance that puts something in the past. */
const PAST: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['past', 'past_verb']);

/** The suicide concepts whose words of living a place or a companion after them take back (suicideFrames.ts). */
const LIFE_CONCEPTS: ReadonlySet<SituationConcept> = new Set(['suicide_direct', 'suicide_indirect']);

export class MessageReader {
  /**
   * `names`: the kept names of the word features (featureNames.ts), the reader's own unless the
   * composition root passes one; they hold word units of the messages read, so they live with the
   * reader, not in a module.
   */
  constructor(readonly names: FeatureNames = new FeatureNames()) {}

  private readonly situationMatcher = new ConceptMatcher(SITUATION_LEXICON);
  private readonly distanceMatcher = new ConceptMatcher(DISTANCE_LEXICON);
  private readonly situationNegation = new NegationScope(SITUATION_LEXICON);
  /** Safety or freedom told with a negation in its gap or after it ("ze is nu niet veilig", "hij kan niet gaan waar hij wil") is taken back (rounds 26, 28). */
  private readonly safetyNegation = new NegationScope<DistanceConcept>(DISTANCE_LEXICON, ['safe_now', 'free_to_go']);
  private readonly meansForWork = new MeansForWork();
  private readonly topicMatcher = new ConceptMatcher(TOPIC_LEXICON);
  private readonly formMatcher = new ConceptMatcher(FORM_LEXICON);
  private readonly otherTopicMatcher = new ConceptMatcher(OTHER_LANGUAGE_TOPICS);
  private readonly otherAnswerMatcher = new ConceptMatcher(OTHER_LANGUAGE_ANSWERS);
  private readonly vagueMatcher = new ConceptMatcher(VAGUE_LEXICON);
  private readonly frameReader = new SuicideFrameReader();
  /**
   * The language guess of each reading (nlu/language.ts, a pure function of text and locale): the
   * "nu" guard below and the first look (firstLook.ts) ask it of the same message one after the
   * other, and on a long Dutch message the guess costs as much as a sixth of the whole look (round
   * 26). Kept with the reading's analysis, weakly, so it goes when the reading goes: until round 50
   * the reader held the last message's text and guess until the next message, and a citizen's
   * words outlived the turn that read them.
   */
  private readonly guesses = new WeakMap<TextAnalysis, { text: string; locale: NluLocale; guess: LanguageGuess }>();

  /**
   * detectLanguageDetail, remembered with `reading` (this text's analysis) while it lives; without
   * one it is guessed afresh.
   */
  languageOf(text: string, locale: NluLocale, reading?: TextAnalysis): LanguageGuess {
    if (reading === undefined) return detectLanguageDetail(text, locale);
    const known = this.guesses.get(reading);
    if (known !== undefined && known.text === text && known.locale === locale) return known.guess;
    const guess = detectLanguageDetail(text, locale);
    this.guesses.set(reading, { text, locale, guess });
    return guess;
  }

  /** What the danger model needs. */
  readForDanger(text: string): ReadMessage {
    const analysis = analyseText(text);
    const situations = wakingAtATime(
      residenceNotLife(
        // A child only where one is told: an age under 18, no duration, no adult age beside the word (minor36).
        this.meansForWork.apply(
          childrenByAge(this.situationNegation.apply(this.situationMatcher.find(analysis), analysis), analysis),
          analysis,
        ),
        analysis,
        LIFE_CONCEPTS,
      ),
      analysis,
      LIFE_CONCEPTS,
    );
    const distances = notNowInItsLanguage(
      pastInsideNow(mapHits(this.safetyNegation.apply(this.distanceMatcher.find(analysis), analysis), affirmDenial)),
      analysis,
      () => this.languageOf(text, 'nl', analysis).other,
    );
    // A hiding place is no "safe now" while someone pursues now (situations.ts, round 34).
    return readMessage(
      analysis,
      situations,
      safeNowUnlessSought(situations, distances, analysis.tokens),
      noHits(),
      noHits(),
      this.frameReader.find(analysis),
    );
  }

  /** Adds the topics to a message read for danger (or reads it whole). */
  readFully(text: string, forDanger?: ReadMessage): ReadMessage {
    const base = forDanger ?? this.readForDanger(text);
    const { analysis } = base;
    const topics = this.topicMatcher.find(analysis);
    return readMessage(
      analysis,
      base.situations,
      base.distances,
      topics,
      payOfWork(ownWorkPlace(placeOfCrime(theftClaimed(this.formMatcher.find(analysis), analysis)), analysis)),
      base.frames,
    );
  }

  /**
   * What the suicide model reads: the sentences in which suicidal thoughts are worded, with the
   * sentence before and after each, or the whole message when none are. A wish to be gone said
   * in the middle of a long story of debts, threats and taken phones is weighed on its own words,
   * not drowned by the story around it; the neighbours keep "just kidding" or "last year" in view.
   */
  suicideView(message: ReadMessage): ReadMessage {
    const worded = new Set<number>();
    for (const hit of message.situations) if (!hit.negated && SUICIDE_WORDING.has(hit.concept)) worded.add(hit.sentence);
    if (worded.size === 0) return message;
    const keep = new Set<number>();
    for (const s of worded) for (let d = -VIEW_WINDOW; d <= VIEW_WINDOW; d++) keep.add(s + d);
    const { analysis } = message;
    const last = analysis.sentenceOf.length > 0 ? analysis.sentenceOf[analysis.sentenceOf.length - 1]! : 0;
    // "Ze woont nu bij ons en is veilig. Maar ze zegt: 'ik ben alleen maar een last'": safe from the
    // people who held her is no distance from the thoughts said beside it; only in their own sentence
    // ("I wanted to die then, I am safe now") does it speak of them.
    // Nor is another country or a later date: "mijn vrouw in polen denkt dat het goed gaat. ik heb
    // vorige week een touw gekocht" tells where the wife is, not that the thought is elsewhere (safety17).
    // And means got ready in the past are ready now ("ik heb vorige week een touw gekocht"): the past
    // of the getting is no distance from them (safety17; the suicide model had learned it as one).
    const prepared = new Set(message.situations.filter((h) => !h.negated && h.concept === 'suicide_prepared').map((h) => h.sentence));
    // The past of the story told before the thought is no distance from it either: "She escaped last
    // month and lives with me now. But yesterday she said she sees no reason to live" (safety19; set
    // R's English suicidal thoughts after a past exploitation read 0.05). A past said after it ("dat
    // was vorig jaar") or in its own sentence ("toen wilde ik dood") still is.
    const firstWorded = Math.min(...worded);
    const distanceInView = (h: ConceptHit<DistanceConcept>) =>
      keep.has(h.sentence) &&
      !NOT_FOR_THOUGHTS.has(h.concept) &&
      !(PAST.has(h.concept) && h.sentence < firstWorded) &&
      !(prepared.has(h.sentence) && (h.concept === 'past' || h.concept === 'past_verb')) &&
      (h.concept !== 'safe_now' || worded.has(h.sentence));
    if (keep.has(0) && keep.has(last) && [...Array(last + 1).keys()].every((s) => keep.has(s))) {
      if (message.distances.every(distanceInView)) return message;
      const distances = message.distances.filter(distanceInView);
      return readMessage(analysis, message.situations, distances, message.topics, message.forms, message.frames);
    }
    const inView = (h: ConceptHit<string>) => keep.has(h.sentence);
    return readMessage(
      sentencesOf(analysis, keep),
      message.situations.filter(inView),
      message.distances.filter(distanceInView),
      message.topics.filter(inView),
      message.forms.filter(inView),
      message.frames.filter(inView),
    );
  }

  /**
   * What the suicide model reads of a message or of its view: the danger features and the frame of
   * a suicidal thought (suicideFrame.ts). The danger model never sees the frame features.
   * `danger`: the danger features of this same message, when the caller has them already (the
   * screen, whose suicide view of a message without suicidal words is the message itself); they are
   * copied, not changed.
   */
  suicideFeatures(message: ReadMessage, danger?: readonly string[]): string[] {
    const own = danger === undefined ? this.features(message, 'danger') : danger;
    return frameFeatures(message.frames, message.distances, ownDangerMarks(message, own, danger !== undefined));
  }

  /** `signals`: the indicators the signal rules found (general set only). */
  features(message: ReadMessage, set: FeatureSet, signals: readonly string[] = []): string[] {
    const out = spareList ?? new FeatureList();
    spareList = undefined;
    wordFeatures(message.analysis, set === 'general', out, this.names);
    shapeFeatures(message.analysis, out);
    conceptFeatures('s', message.situations, out);
    conceptFeatures('d', message.distances, out);
    if (set === 'danger') combinationFeatures(message, out);
    else {
      const topics = openingGreetings(joinHits(message.topics, this.otherLanguageTopics(message.analysis)), message.analysis);
      conceptFeatures('t', topics, out);
      topicCombinations(message.analysis, topics, out);
      conceptFeatures('m', message.forms, out);
      formCombinations(message, out);
      formFamilies(message.forms, out);
      formActs(message.forms, out);
      vagueFeatures(this.vagueMatcher.find(message.analysis).length > 0, message.forms, out);
      for (const signal of signals) out.push(`sig:${signal}`);
    }
    const features = out.take();
    spareList = out;
    return features;
  }

  private otherLanguageTopics(analysis: TextAnalysis): ConceptHit<string>[] {
    const found: ConceptHit<string>[] = this.otherTopicMatcher.find(analysis);
    const hits = analysis.words <= OPENING_WORDS ? found : found.filter((h) => h.concept !== 'greeting');
    return analysis.words <= ANSWER_WORDS ? joinHits(hits, this.otherAnswerMatcher.find(analysis)) : hits;
  }
}

/** Where the feature helpers write: a list, or the kept storage of `FeatureList`. */
interface FeatureOut {
  push(name: string): void;
}

/**
 * The features of one message written into storage kept between messages, then copied out at their
 * number: a list grown by push made about twice its final size in copies, and a long message has
 * nearly a thousand features (the word features' growth was a twelfth of its first look's
 * allocation, round 45). One list is kept; a call that finds it taken (none does today) makes its own.
 */
class FeatureList implements FeatureOut {
  private items: string[] = [];
  private count = 0;

  push(name: string): void {
    this.items[this.count++] = name;
  }

  /**
   * The features written since the last take, as a list of their own; the storage is kept, unless it
   * grew past a long message's. Its slots are emptied: the features hold the message's words, and
   * no citizen's words stay in module storage after the reading (round 50).
   */
  take(): string[] {
    const out = this.items.slice(0, this.count);
    this.items.fill('', 0, this.count);
    this.count = 0;
    if (this.items.length > 8192) this.items = [];
    return out;
  }
}

let spareList: FeatureList | undefined;

/** The danger model's marks of a situation told with nothing distancing it, or told for now. */
const UNDISTANCED_MARKS: ReadonlySet<string> = new Set(['sd:situation+no_distance', 'sd:situation+near']);

/**
 * For the suicide model, a danger told now is a mark of suicide only when words of suicide are among
 * what is told (round 28, screen28): the marks fired for a taken passport and a threat as much as for
 * "ik wil niet meer leven", and since nearly every suicidal line of the corpus has them, they weighed
 * +1.1 log-odds for suicide whatever the situation, so a Polish "the boss took my passport and
 * threatens me" read 0.71 suicidal against a threshold of 0.1. Without such words they go under a
 * name of their own, which the model can weigh apart.
 */
function ownDangerMarks(message: ReadMessage, features: readonly string[], callers: boolean): string[] {
  // The caller's list is copied once, by the map or the slice (round 43: it was sliced and then mapped).
  if (message.situations.some((h) => !h.negated && SUICIDE_WORDING.has(h.concept)))
    return callers ? features.slice() : (features as string[]);
  return features.map((f) => (UNDISTANCED_MARKS.has(f) ? `${f}:others` : f));
}

/**
 * "A guy went in 10 min ago", "net een half uur geleden": a mark of now that holds a word of the past
 * ("ago", "geleden") is now; the past word alone inside it is dropped (safety17).
 */
function pastInsideNow(hits: ConceptHit<DistanceConcept>[]): ConceptHit<DistanceConcept>[] {
  const now = hits.filter((h) => h.concept === 'now' && h.end > h.start);
  if (now.length === 0) return hits;
  return hits.filter(
    (h) => h.concept !== 'past' || !now.some((n) => n.start <= h.start && h.end <= n.end && n.end - n.start > h.end - h.start),
  );
}

/**
 * Short words that the Dutch phrases read as "now" and that mean something else in the language
 * the message is written in: Romanian "nu" is "not" ("seful nu ne plateste", "nu pot iesi"), and
 * Portuguese "nu" is "naked". Read as the Dutch "nu" they put a Romanian story in the present and
 * beside every situation in its sentence (otherlang26 left out "e bine" for it). Only a single-word
 * hit is the look-alike: "nu net" or "al 3 uur" are Dutch whatever the message.
 */
const NOT_NOW_IN: ReadonlyMap<string, ReadonlySet<OtherLanguage>> = new Map([['nu', new Set<OtherLanguage>(['ro', 'pt'])]]);

/**
 * The "now" hits of a look-alike word dropped when the message is in a language where the word
 * means something else. The language (nlu/language.ts) is guessed only when such a hit is there, so
 * a Dutch or English message pays nothing; a Dutch message with a Romanian word in it stays Dutch.
 */
function notNowInItsLanguage(
  hits: ConceptHit<DistanceConcept>[],
  analysis: TextAnalysis,
  otherLanguage: () => OtherLanguage | undefined,
): ConceptHit<DistanceConcept>[] {
  const lookAlike = (h: ConceptHit<DistanceConcept>) =>
    h.concept === 'now' && h.start === h.end ? NOT_NOW_IN.get(analysis.tokens[h.start] ?? '') : undefined;
  if (!hits.some((h) => lookAlike(h) !== undefined)) return hits;
  const other = otherLanguage();
  if (other === undefined) return hits;
  return hits.filter((h) => !lookAlike(h)?.has(other));
}

/**
 * A denial of danger carries its own negation ("niemand is in gevaar"); a negation word shortly
 * before it ("ze sluiten ons niet op en niemand is in gevaar") does not take it back.
 */
function affirmDenial(hit: ConceptHit<DistanceConcept>): ConceptHit<DistanceConcept> {
  return hit.concept === 'denied' && hit.negated ? negatedAs(hit, false) : hit;
}

/**
 * The analysis of some sentences of a message, cut from the analysis of the whole (the features
 * read the tokens, the word count and the question marks; concept hits keep their sentence numbers).
 */
function sentencesOf(analysis: TextAnalysis, keep: ReadonlySet<number>): TextAnalysis {
  const tokens: string[] = [];
  const written: string[] = [];
  const sentenceOf: number[] = [];
  analysis.tokens.forEach((token, i) => {
    const sentence = analysis.sentenceOf[i]!;
    if (!keep.has(sentence)) return;
    if (token === '|' && (tokens.length === 0 || tokens[tokens.length - 1] === '|')) return;
    tokens.push(token);
    written.push(analysis.written[i]!);
    sentenceOf.push(sentence);
  });
  while (tokens.length > 0 && isBoundary(tokens[tokens.length - 1]!)) {
    tokens.pop();
    written.pop();
    sentenceOf.pop();
  }
  const questionSentences = new Set([...analysis.questionSentences].filter((s) => keep.has(s)));
  return {
    tokens,
    written,
    joined: '',
    tokenStarts: new Int32Array(0),
    sentenceOf: Int32Array.from(sentenceOf),
    words: tokens.filter((t) => !isBoundary(t)).length,
    question: questionSentences.size > 0,
    questionSentences,
  };
}

/**
 * `counts`: numbers that count hours, people or money are read as such (the general set, whose facts
 * models read ages). A place, a name, a day or a month is one unit of its kind (neutralWords.ts): the
 * word itself taught the models the forms of the corpus lines it stood in (form41).
 */
function wordFeatures(analysis: TextAnalysis, counts: boolean, out: FeatureOut, names: FeatureNames): void {
  const { tokens, written } = analysis;
  const neutral = neutralUnits(analysis);
  let previous: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isBoundary(token)) {
      previous = null;
      continue;
    }
    const kind = neutral[i];
    if (kind === CONTINUED) continue;
    const isNumber = isNumberToken(token);
    const unit =
      kind !== undefined
        ? kind
        : !isNumber
          ? token
          : counts && inLargerNumber(tokens, i)
            ? '#part'
            : counts && isClockHour(written.slice(Math.max(0, i - 3), i).join(' '), ' ' + written.slice(i + 1, i + 4).join(' '))
              ? '#time'
              : numberClass(token, counts ? [written[i + 1], written[i - 1], written[i - 2]] : []);
    // Kept names, not new strings per token (featureNames.ts).
    out.push(names.word(unit));
    if (!isNumber && kind === undefined && token.length >= 7) out.push(names.prefix(token));
    if (previous !== null) out.push(names.bigram(previous, unit));
    previous = unit;
  }
}

/**
 * "2,5 jaar", "22:30", "06 12 34", "3. 000": the tokenizer splits a decimal at its comma, drops a
 * colon (the digits then stand side by side) and keeps a point followed by a space as a sentence's
 * end ("|"); neither part is a number of its own. (A point between digits, "11.000" or "10.30",
 * gives one token since reader34's analyse.ts; before that "11" of "11.000" read as "#teen" made a
 * debt look like a child's age, countUnits.ts.)
 */
function inLargerNumber(tokens: readonly string[], i: number): boolean {
  const joined = (sep: string | undefined, other: string | undefined) =>
    (sep === '|' || sep === ',') && other !== undefined && isNumberToken(other);
  const beside = (other: string | undefined) => other !== undefined && isNumberToken(other);
  return joined(tokens[i + 1], tokens[i + 2]) || joined(tokens[i - 1], tokens[i - 2]) || beside(tokens[i + 1]) || beside(tokens[i - 1]);
}

/** "6 of 7 man", "4 or 5 a night", "een stuk of 10": a count, whatever follows it. */
const RANGE_WORD = /^(?:of|or|a|tot|to|lub|sau|o|ou|или|або|veya|vagy)$/u;

/** `around`: the words after, before and two before the number (none: only the number's size counts). */
function numberClass(token: string, around: readonly (string | undefined)[]): string {
  const [next, previous, beforePrevious] = around;
  const n = Number(token);
  if (token.length > 4) return '#long';
  if (next !== undefined && COUNT_UNIT.test(next)) return '#count';
  if (
    previous !== undefined &&
    RANGE_WORD.test(previous) &&
    beforePrevious !== undefined &&
    /^\p{N}+$|^(?:man|stuk)$/u.test(beforePrevious)
  )
    return '#count';
  if (n >= 10 && n <= 17) return '#teen';
  if (n >= 18 && n <= 99) return '#adult';
  if (n >= 1900 && n <= 2100) return '#year';
  return '#n';
}

function shapeFeatures(analysis: TextAnalysis, out: FeatureOut): void {
  const { words, tokens } = analysis;
  out.push(
    words <= 1 ? 'f:len1' : words <= 3 ? 'f:len3' : words <= 8 ? 'f:len8' : words <= 25 ? 'f:len25' : words <= 80 ? 'f:len80' : 'f:lenmore',
  );
  if (analysis.question) out.push('f:q');
  const first = tokens.find((t) => !isBoundary(t));
  if (first) out.push(`f:first=${first}`);
}

function conceptFeatures<C extends string>(prefix: string, hits: readonly ConceptHit<C>[], out: FeatureOut): void {
  for (const hit of hits) out.push(hit.negated ? `${prefix}!:${hit.concept}` : `${prefix}:${hit.concept}`);
}

/** What a condition may come with and still be one (round 27): the background of a story and workers picked up and brought back. */
const CONDITION_BACKGROUND: ReadonlySet<SituationConcept> = new Set<SituationConcept>([...BACKGROUND_SITUATIONS, 'moved']);

function combinationFeatures(message: ReadMessage, out: FeatureOut): void {
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
  // background of too many ordinary stories to count here, and so is a plea ("please help", "hulp
  // graag"), with which many calm stories open or close: it asks, it tells no situation (safety14).
  // A condition of work or housing (round 27) is no distance: "ze sluiten ons op in de container"
  // keeps its lack of distance though the container is also where they sleep.
  if (
    dists.every((d) => d.concept === 'condition') &&
    sits.some((h) => !BACKGROUND_SITUATIONS.has(h.concept) && h.concept !== 'call_for_help')
  )
    out.push('sd:situation+no_distance');
  // A condition told with nothing but the background of a story (round 27, screen27): how many sleep
  // where, the hours, the pay and what is taken from it, papers held or a debt, with no one held,
  // hurt or threatened and no time of now or tonight. The guide's serious but not acute; later turns
  // tell such details one by one, and each alone read like an event to a model of first messages.
  if (dists.some((d) => d.concept === 'condition') && sits.every((h) => CONDITION_BACKGROUND.has(h.concept)))
    out.push(dists.some((d) => marksNow(message, d)) ? 'sd:condition_only+now' : 'sd:condition_only');
  // The same per sentence: a danger told for today, tonight or now in its own sentence, whatever
  // distance stands elsewhere in the message (nearNow.ts, safety18).
  if (nearDanger(message)) out.push('sd:situation+near');
}

/**
 * The form is told by what goes together: who gives the orders with what is taken ("her boyfriend"
 * with "all her money", "the boss" with "the wages"), the work with a child, the acts with a place.
 * Pairs of form concepts, and of a form concept with a situation, within a sentence or the next.
 */
function formCombinations(message: ReadMessage, out: FeatureOut): void {
  const forms = message.forms.filter((h) => !h.negated);
  const sits = message.situations.filter((h) => !h.negated);
  let budget = MAX_PAIR_HITS;
  for (let i = 0; i < forms.length && budget > 0; i++) {
    const a = forms[i]!;
    for (let j = i + 1; j < forms.length && budget > 0; j++) {
      const b = forms[j]!;
      if (a.concept === b.concept || Math.abs(a.sentence - b.sentence) > WINDOW) continue;
      budget--;
      out.push(a.concept < b.concept ? `mc:${a.concept}+${b.concept}` : `mc:${b.concept}+${a.concept}`);
    }
    for (const s of sits) {
      if (Math.abs(a.sentence - s.sentence) > WINDOW || budget <= 0) continue;
      budget--;
      out.push(`ms:${a.concept}+${s.concept}`);
    }
  }
}

/**
 * The form told by the situations together rather than one by one: which forms' situations are
 * named at all (`mf:`), which by two different situations or more (`mf2:`), and which by the most
 * (`mfx:`, only when one form leads). A story names its form by what goes on (a foreman, a bed from
 * the agency, the hours; a "boyfriend", the men, the money handed over) in words that differ from
 * story to story and language to language, and each concept alone is a weak feature the words around
 * it outweigh; the family features are shared by every situation of a form, so one learned weight
 * carries what any of them says, also in a language whose words the model has not read.
 */
function formFamilies(hits: readonly ConceptHit<FormConcept>[], out: FeatureOut): void {
  const named = new Map<FormFamily, Set<FormConcept>>();
  for (const hit of hits) {
    if (hit.negated) continue;
    const family = FORM_FAMILY[hit.concept];
    const concepts = named.get(family) ?? new Set<FormConcept>();
    concepts.add(hit.concept);
    named.set(family, concepts);
  }
  if (named.size === 0) {
    out.push('mf:none');
    return;
  }
  let lead: FormFamily | null = null;
  let most = 0;
  for (const [family, concepts] of named) {
    out.push(`mf:${family}`);
    if (concepts.size >= 2) out.push(`mf2:${family}`);
    if (concepts.size > most) {
      most = concepts.size;
      lead = family;
    } else if (concepts.size === most) lead = null;
  }
  if (lead !== null && named.size > 1) out.push(`mfx:${lead}`);
}

/**
 * The writer says that nothing concrete is known (vagueWorry.ts): `mv:vague`, and `mv:vague+noact`
 * when no act of any form is told beside it, the worry the labelling guide leaves `unknown` (forms23).
 */
function vagueFeatures(vague: boolean, hits: readonly ConceptHit<FormConcept>[], out: FeatureOut): void {
  if (!vague) return;
  out.push('mv:vague');
  if (!hits.some((h) => !h.negated && !FORM_CONTEXT.has(h.concept))) out.push('mv:vague+noact');
}

/**
 * Which forms the story tells acts of (what the person is made to do, not who is around them:
 * FORM_CONTEXT): `ma:` for each, `ma1:` when the acts are of one form alone, `ma:none` when the
 * story names only people around the person (a boss, a "boyfriend", an older man). The same
 * family features of `formFamilies` counted a boss and the building site as two signs of labour
 * against one kidney; the acts tell the form (forms19).
 */
function formActs(hits: readonly ConceptHit<FormConcept>[], out: FeatureOut): void {
  const acts = formsOfActs(hits);
  if (acts.size === 0) {
    if (hits.some((h) => !h.negated && FORM_CONTEXT.has(h.concept))) out.push('ma:none');
    return;
  }
  for (const family of acts) out.push(`ma:${family}`);
  if (acts.size === 1) out.push(`ma1:${[...acts][0]!}`);
}

/**
 * A topic named in a message with a question is asked about (`tq:`), in any language: "imi pierd
 * locul de munca?" asks what "lose my job?" asks. Until forms22 only the Dutch and English topics
 * were, and a Romanian or Bulgarian question about the job or the police read as a story.
 */
function topicCombinations(analysis: TextAnalysis, topics: readonly ConceptHit<string>[], out: FeatureOut): void {
  if (!analysis.question) return;
  for (const hit of topics) if (!hit.negated) out.push(`tq:${hit.concept}`);
}

/**
 * The citizen's own questions (anonymity, privacy, the police, after a report, its consequences, a
 * person to talk to): a greeting before one of them only opens the message.
 */
const ASKING_TOPICS: ReadonlySet<string> = new Set(
  TOPIC_CONCEPTS.filter((c) => /^(anonymity|privacy|police|after_report|consequence_|counsellor)/.test(c)),
);

/**
 * "goeiedag, is hier iemand die russisch spreekt?", "salam, wach kayn chi wa7ed kayhder b darija?":
 * a greeting that opens a longer message which asks one of the citizen's own questions is the
 * opening, not what the message wants; read as `greeting_open`, so the greeting's weight stays with
 * the messages that are a greeting (or a greeting and an introduction: "Hallo, ik werk als
 * jeugdconsulent", which the writers label a greeting and which asks nothing). Like the other
 * languages' greetings in long messages (`OPENING_WORDS`), for Dutch and English too (forms22).
 */
function openingGreetings(topics: readonly ConceptHit<string>[], analysis: TextAnalysis): ConceptHit<string>[] {
  if (analysis.words <= OPENING_WORDS || !topics.some((h) => !h.negated && ASKING_TOPICS.has(h.concept))) return mapHits(topics, (h) => h);
  return mapHits(topics, (h) => (h.concept === 'greeting' ? readAs(h, 'greeting_open') : h));
}
