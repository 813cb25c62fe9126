/**
 * Signals from rules over normalised tokens (typo-tolerant, Dutch and English together). Rules
 * rather than a trained model: the signal list is the guidance the counsellors give, each rule can
 * be read and tested, and the corpus is too small to learn 35 labels from. What they find is also
 * a feature of the learned intent, form and fact models (src/nlu/model/reader.ts).
 */
import { isNegated } from '../../safety/negation';
import type { Token } from '../../safety/normalise';
import {
  compilePattern,
  indexTokens,
  someMatch,
  type CompiledPattern,
  type ConceptSets,
  type PatternMatch,
  type TokenIndex,
} from '../../safety/patterns';
import { SIGNALS, type Signal } from '../recognizer';
import { NLU_CONCEPTS } from './signalConcepts';
import { SIGNAL_PATTERNS } from './signalLexicon';

export class SignalDetector {
  private readonly signals: readonly { signal: Signal; patterns: readonly CompiledPattern[] }[];

  constructor(signalPatterns: Readonly<Record<Signal, readonly string[]>> = SIGNAL_PATTERNS, concepts: ConceptSets = NLU_CONCEPTS) {
    const compile = (list: readonly string[]) => list.map((p) => compilePattern(p, concepts));
    this.signals = SIGNALS.map((signal) => ({ signal, patterns: compile(signalPatterns[signal]) }));
  }

  /** Signals found in the message, in the stable order of SIGNALS. */
  detect(tokens: readonly Token[]): Signal[] {
    const index = indexTokens(tokens);
    return this.signals.filter(({ patterns }) => matches(patterns, tokens, index)).map(({ signal }) => signal);
  }
}

function matches(patterns: readonly CompiledPattern[], tokens: readonly Token[], index: TokenIndex): boolean {
  for (const pattern of patterns) if (someMatch(pattern, tokens, index, notNegated)) return true;
  return false;
}

const notNegated = (match: PatternMatch, tokens: readonly Token[]): boolean => !isNegated(match, tokens);
