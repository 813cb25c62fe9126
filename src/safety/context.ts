/**
 * Where in a message a match sits, and what frames that place: a past-time clause ("vorig jaar
 * werd ze geslagen"), a present-time one ("nu", "still"), a hypothetical or general question
 * ("wat moet ik doen als iemand…", "can the police help someone who…?").
 * Past and present are scoped to the clause so "he hit me last year, now we are apart" stays calm
 * while "last year I came here and now they lock me in" still alarms. Conjunctions split clauses.
 */
import { skeleton, type Token } from './normalise';
import { findMatches, type CompiledPattern, type PatternMatch } from './patterns';

const CONJUNCTIONS = new Set(['en', 'maar', 'want', 'omdat', 'dus', 'and', 'but', 'because', 'so'].map(skeleton));
const GENERIC_PERSONS = new Set(
  ['iemand', 'someone', 'somebody', 'mensen', 'people', 'slachtoffers', 'victims', 'persoon', 'person'].map(skeleton),
);
const SENTENCE_END = /[.!?;\n\r]/;

export interface FrameMarkers {
  readonly past: readonly CompiledPattern[];
  readonly present: readonly CompiledPattern[];
  readonly hypothetical: readonly CompiledPattern[];
}

export type NegationTest = (match: PatternMatch, tokens: readonly Token[]) => boolean;

export class MessageContext {
  private readonly clauseOf: number[] = [];
  private readonly sentenceOf: number[] = [];
  private readonly pastClauses = new Set<number>();
  private readonly presentClauses = new Set<number>();
  private readonly presentSentences = new Set<number>();
  private readonly hypotheticalSentences = new Set<number>();
  private readonly hypotheticalClauses = new Set<number>();

  constructor(
    readonly tokens: readonly Token[],
    markers: FrameMarkers,
    negated: NegationTest,
  ) {
    let clause = 0;
    let sentence = 0;
    tokens.forEach((token, i) => {
      if (token.boundary || CONJUNCTIONS.has(token.skel)) clause++;
      if (token.boundary && SENTENCE_END.test(token.text)) sentence++;
      this.clauseOf[i] = clause;
      this.sentenceOf[i] = sentence;
    });
    const mark = (patterns: readonly CompiledPattern[], onMatch: (i: number) => void) => {
      for (const p of patterns) for (const m of findMatches(p, tokens)) if (!negated(m, tokens)) onMatch(this.anchor(m));
    };
    mark(markers.past, (i) => this.pastClauses.add(this.clauseOf[i]!));
    mark(markers.present, (i) => {
      this.presentClauses.add(this.clauseOf[i]!);
      this.presentSentences.add(this.sentenceOf[i]!);
    });
    mark(markers.hypothetical, (i) => this.hypotheticalSentences.add(this.sentenceOf[i]!));
    this.markGeneralQuestions();
  }

  /** First word token of a match (matches may begin with a boundary slot). */
  anchor(match: PatternMatch): number {
    let i = match.start;
    while (i < match.end - 1 && this.tokens[i]!.boundary) i++;
    return i;
  }

  isPast(match: PatternMatch): boolean {
    const clause = this.clauseOf[this.anchor(match)]!;
    return this.pastClauses.has(clause) && !this.presentClauses.has(clause);
  }

  isHypothetical(match: PatternMatch): boolean {
    const i = this.anchor(match);
    const sentence = this.sentenceOf[i]!;
    if (this.presentSentences.has(sentence)) return false;
    return this.hypotheticalSentences.has(sentence) || this.hypotheticalClauses.has(this.clauseOf[i]!);
  }

  /** A clause that ends in "?" and speaks of "someone" or "people" is a general question. */
  private markGeneralQuestions(): void {
    let generic = false;
    let start = 0;
    this.tokens.forEach((token, i) => {
      if (!token.boundary) {
        if (GENERIC_PERSONS.has(token.skel)) generic = true;
        return;
      }
      if (generic && token.text.includes('?')) {
        for (let k = start; k <= i; k++) this.hypotheticalClauses.add(this.clauseOf[k]!);
      }
      generic = false;
      start = i + 1;
    });
  }
}
