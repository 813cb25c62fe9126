/**
 * Danger said in passing inside a long story ("... she just texted me that she is locked in.
 * Anyway, about her contract ..."): the words around it weigh it down in the reading of the whole
 * message. Each pair of sentences of a long story is read on its own as well; a pair that says it
 * is happening now, with no distance of its own (past, a question, news, safe now), and reads acute
 * where the whole does not makes the message unsure, so the bot asks the direct question with 112
 * instead of going on silently. Not acute: without the rest of the story a part can read as more
 * than it is. Kept outside the screen itself, whose code the shipped model is tied to.
 *
 * Cost: the pairs are cut from the reading of the whole message (its tokens and concept hits, which
 * never cross a sentence end), not read again, and only pairs that say "now" without distance are
 * weighed by the model at all.
 */
import { readMessage, type ReadMessage } from '../nlu/model/reader';
import { carryNeutralUnits, neutralUnits, type NeutralUnits } from '../nlu/model/neutralWords';
import { isBoundary, type TextAnalysis } from '../nlu/text/analyse';
import type { ConceptHit } from '../nlu/text/concepts';
import { NOT_NOW, type DistanceConcept } from './situations';
import type { SafetyScreen } from './screen';
import { letterWordCount } from '../nlu/text/letterWords';

/** Words from which a message is a long story whose parts are also read on their own. */
export const LONG_STORY_WORDS = 50;

export function dangerInPassing(screen: SafetyScreen, text: string, read: ReadMessage = screen.reader.readForDanger(text)): boolean {
  const { analysis } = read;
  const sentences = sentenceSpans(analysis);
  // In a few sentences the reading of the whole already weighs each of them.
  if (sentences.length < 3 || letterWordCount(text) < LONG_STORY_WORDS) return false;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const first = sentences[i]!;
    const second = sentences[i + 1]!;
    const inPair = (h: ConceptHit<string>) => h.sentence === first.sentence || h.sentence === second.sentence;
    const distances = read.distances.filter(inPair);
    const now = distances.some((d) => !d.negated && d.concept === 'now');
    if (!now || distances.some((d) => !d.negated && NOT_NOW.has(d.concept as DistanceConcept))) continue;
    const part = readMessage(
      sentencePairAnalysis(analysis, first, second),
      read.situations.filter(inPair),
      distances,
      [],
      [],
      read.frames.filter(inPair),
    );
    if (screen.assessRead(part).level === 'acute') return true;
  }
  return false;
}

export interface SentenceSpan {
  sentence: number;
  /** First and last token index (the closing "|" not included). */
  start: number;
  end: number;
}

/** The sentences of a message that have a word in them (a line of only "!!!" or "112" is no sentence to pair). */
export function sentenceSpans(analysis: TextAnalysis): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const { tokens, sentenceOf } = analysis;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '|') continue;
    if (hasWord(tokens, start, i)) spans.push({ sentence: sentenceOf[start]!, start, end: i - 1 });
    start = i + 1;
  }
  return spans;
}

const LETTER = /\p{L}/u;

/** Whether a token from `start` up to `end` (not included) is a word with a letter, read in place (no copy of each sentence). */
function hasWord(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBoundary(tokens[i]!) && LETTER.test(tokens[i]!)) return true;
  return false;
}

/**
 * The analysis of two sentences, cut from the analysis of the whole (features read tokens, words and
 * the question mark), with the whole's neutral units of those tokens (neutralWords.ts carryNeutralUnits).
 */
export function sentencePairAnalysis(analysis: TextAnalysis, first: SentenceSpan, second: SentenceSpan): TextAnalysis {
  const tokens = sentencePair(analysis.tokens, first, second, '|');
  const written = sentencePair(analysis.written, first, second, '|');
  const questionSentences = new Set([first.sentence, second.sentence].filter((s) => analysis.questionSentences.has(s)));
  let words = 0;
  for (const t of tokens) if (!isBoundary(t)) words++;
  const part: TextAnalysis = {
    tokens,
    written,
    joined: '',
    tokenStarts: new Int32Array(0),
    sentenceOf: new Int32Array(0),
    words,
    question: questionSentences.size > 0,
    questionSentences,
  };
  // The sentence end between the two is a boundary, which has no unit.
  carryNeutralUnits(part, sentencePair<NeutralUnits[number]>(neutralUnits(analysis), first, second, undefined));
  return part;
}

/**
 * `[...list.slice(first.start, first.end + 1), '|', ...list.slice(second.start, second.end + 1)]`
 * made at its size, without the two slices and the spread (round 43, allocation).
 */
function sentencePair<T>(list: readonly T[], first: SentenceSpan, second: SentenceSpan, between: T): T[] {
  const [from1, to1] = clamped(list.length, first);
  const [from2, to2] = clamped(list.length, second);
  const out = new Array<T>(to1 - from1 + 1 + to2 - from2);
  let k = 0;
  for (let i = from1; i < to1; i++) out[k++] = list[i]!;
  out[k++] = between;
  for (let i = from2; i < to2; i++) out[k++] = list[i]!;
  return out;
}

/** A span's tokens as `slice(start, end + 1)` takes them (a span never starts before 0). */
function clamped(length: number, span: SentenceSpan): [number, number] {
  const from = Math.min(span.start, length);
  return [from, Math.max(from, Math.min(span.end + 1, length))];
}
