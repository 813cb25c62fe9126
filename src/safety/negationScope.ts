/**
 * The reach of a negation over a situation hit, beyond the words just before it (which the concept
 * matcher already sees, "niet opgesloten", "not locked in"):
 * - inside the hit, in a gap the phrase allows: "ze sluiten ons niet op", "ik wil niet dood". A
 *   negation the phrase itself needs ("mag niet weg", "no way out") is not one: the hit is tested
 *   again without its negation words, and only when it still matches was the negation in a gap;
 * - after the hit, in Dutch word order, past an object: "hij slaat haar niet (meer)", "ze houden
 *   me niet vast", but not "niet alleen" (not only).
 */
import type { TextAnalysis } from '../nlu/text/analyse';
import { compilePhrase, mapHits, negatedAs, type ConceptHit, type Lexicon } from '../nlu/text/concepts';
import { closedWordForms, normaliseText, skeleton } from './normalise';

const word = (w: string) => skeleton(normaliseText(w));
const set = (words: string) => new Set(words.split(' ').map(word));

const NEGATION_WORDS = 'niet geen nooit niemand not no never nobody dont doesnt didnt wont cant isnt arent wasnt werent nie nao nem';
/** Negations in a message, compared with its tokens as written ("neem" is no "nem": Token.written). */
const NEGATIONS = closedWordForms(NEGATION_WORDS.split(' '));
/** Words that make a phrase one about something not happening ("kan nergens heen", "cannot leave"). */
const NEGATIVE_PHRASE_WORDS = new Set([...set(NEGATION_WORDS), ...set('nergens cannot zonder without nothing niks niets nu ne')]);
/** Words that may stand between a verb and its negation in Dutch ("slaat haar niet"). */
const OBJECTS = set('me mij haar hem ons hen ze je jou jullie hun iemand dat dit het er hier daar nu meer');
/**
 * A subject right after the verb: Dutch puts it there when the sentence opens with something else
 * ("op dit moment slaat hij haar niet", "nu houden ze haar niet vast", "vandaag dreigt hij niet").
 */
const INVERTED_SUBJECTS = set('hij zij ze ik wij we jij je u men');
const AFTER_NEGATIONS = closedWordForms(['niet', 'nooit']);
/** "niet alleen", "niet eens": the negation does not take the situation back. */
const NOT_TAKEN_BACK = set('alleen enkel eens zomaar zo only just even');

type WrittenTokens = Pick<TextAnalysis, 'tokens' | 'written'>;

export class NegationScope<C extends string> {
  /**
   * Per concept, its phrases without a negation of their own as one expression (null: it has none),
   * made the first time a hit of that concept has a negation inside it: most messages have none, and
   * making them all at once was a third of building a reader (round 40), which every start and every
   * test file that reads a message pays.
   */
  private readonly whole = new Map<C, RegExp | null>();
  private readonly concepts: ReadonlySet<C>;

  /**
   * `only`: the concepts a negation can take back this way; the hits of others are left as the
   * matcher read them. The distances need it: "ze is nu niet veilig" takes back the safety, but "ik
   * kan nu niet weg" does not take back the now (round 26).
   */
  constructor(
    private readonly lexicon: Lexicon<C>,
    only?: readonly C[],
  ) {
    this.concepts = new Set(only ?? (Object.keys(lexicon) as C[]));
  }

  // Only the phrases without a negation of their own: a hit that still matches one of them once its
  // negation words are left out had the negation in a gap.
  private wholeOf(concept: C): RegExp | null {
    let whole = this.whole.get(concept);
    if (whole === undefined) {
      const positive = this.lexicon[concept].filter((phrase) => !phraseWords(phrase).some((w) => NEGATIVE_PHRASE_WORDS.has(w)));
      whole = positive.length > 0 ? new RegExp(`^(?:${positive.map(compilePhrase).join('|')})$`, 'u') : null;
      this.whole.set(concept, whole);
    }
    return whole;
  }

  /** The hits with `negated` also set where a negation reaches them from a gap or from after. */
  apply(hits: readonly ConceptHit<C>[], analysis: WrittenTokens): ConceptHit<C>[] {
    return mapHits(hits, (hit) =>
      hit.negated || !this.concepts.has(hit.concept) || !this.reaches(hit, analysis) ? hit : negatedAs(hit, true),
    );
  }

  private reaches(hit: ConceptHit<C>, analysis: WrittenTokens): boolean {
    return this.inGap(hit, analysis) || negatedAfter(analysis, hit.end);
  }

  private inGap(hit: ConceptHit<C>, { tokens, written }: WrittenTokens): boolean {
    const kept: string[] = [];
    for (let i = hit.start; i <= hit.end; i++) if (!NEGATIONS.has(written[i]!)) kept.push(tokens[i]!);
    if (kept.length === hit.end - hit.start + 1 || kept.length === 0) return false;
    return this.wholeOf(hit.concept)?.test(kept.join(' ')) ?? false;
  }
}

function phraseWords(phrase: string): string[] {
  return phrase
    .split(/[\s|]+/u)
    .filter((w) => w !== '' && !/^~\d$/u.test(w))
    .map((w) => word(w.replace(/\*$/u, '')));
}

/**
 * A Dutch negation after a hit, past at most two object words (and the subject of an inverted
 * sentence right after the verb), that takes the hit back.
 */
export function negatedAfter({ tokens, written }: WrittenTokens, end: number): boolean {
  // The subject of an inverted sentence does not count against the object words' reach.
  const reach = end + 3 + (INVERTED_SUBJECTS.has(tokens[end + 1] ?? '') ? 1 : 0);
  for (let i = end + 1; i < tokens.length && i <= reach; i++) {
    const t = tokens[i]!;
    if (AFTER_NEGATIONS.has(written[i]!)) {
      const next = tokens[i + 1];
      return next === undefined || !NOT_TAKEN_BACK.has(next);
    }
    if (!OBJECTS.has(t) && !(i === end + 1 && INVERTED_SUBJECTS.has(t))) return false;
  }
  return false;
}
