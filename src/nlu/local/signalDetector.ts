/**
 * Signals and form of exploitation from rules over normalised tokens (typo-tolerant, Dutch and
 * English together). Rules rather than a trained model: the signal list is the guidance the
 * counsellors give, each rule can be read and tested, and there is too little real chat data to
 * learn 35 labels from.
 */
import { isNegated } from '../../safety/negation';
import type { Token } from '../../safety/normalise';
import { compilePattern, findMatches, type CompiledPattern, type ConceptSets } from '../../safety/patterns';
import { FORMS, SIGNALS, type Form, type KnownForm, type Signal } from '../recognizer';
import { FORM_CUES, FORM_THRESHOLD, SIGNAL_FORM_WEIGHTS, type FormCue } from './formLexicon';
import { NLU_CONCEPTS } from './signalConcepts';
import { SIGNAL_PATTERNS } from './signalLexicon';

export interface FormGuess {
  form: Form;
  score: number;
  totals: Record<KnownForm, number>;
}

interface CompiledCue {
  readonly weight: number;
  readonly patterns: readonly CompiledPattern[];
}

const KNOWN_FORMS = FORMS.filter((f): f is KnownForm => f !== 'unknown');

export class SignalDetector {
  private readonly signals: readonly { signal: Signal; patterns: readonly CompiledPattern[] }[];
  private readonly cues: Readonly<Record<KnownForm, readonly CompiledCue[]>>;

  constructor(
    signalPatterns: Readonly<Record<Signal, readonly string[]>> = SIGNAL_PATTERNS,
    formCues: Readonly<Record<KnownForm, readonly FormCue[]>> = FORM_CUES,
    concepts: ConceptSets = NLU_CONCEPTS,
  ) {
    const compile = (list: readonly string[]) => list.map((p) => compilePattern(p, concepts));
    this.signals = SIGNALS.map((signal) => ({ signal, patterns: compile(signalPatterns[signal]) }));
    const cues = {} as Record<KnownForm, CompiledCue[]>;
    for (const form of KNOWN_FORMS) {
      cues[form] = formCues[form].flatMap((cue) => cue.patterns.map((p) => ({ weight: cue.weight, patterns: compile([p]) })));
    }
    this.cues = cues;
  }

  /** Signals found in the message, in the stable order of SIGNALS. */
  detect(tokens: readonly Token[]): Signal[] {
    return this.signals.filter(({ patterns }) => matches(patterns, tokens)).map(({ signal }) => signal);
  }

  classifyForm(tokens: readonly Token[], signals: readonly Signal[]): FormGuess {
    const totals = Object.fromEntries(KNOWN_FORMS.map((f) => [f, 0])) as Record<KnownForm, number>;
    for (const form of KNOWN_FORMS) {
      for (const cue of this.cues[form]) if (matches(cue.patterns, tokens)) totals[form] += cue.weight;
    }
    for (const signal of signals) {
      for (const [form, weight] of Object.entries(SIGNAL_FORM_WEIGHTS[signal] ?? {}) as [KnownForm, number][]) {
        totals[form] += weight;
      }
    }
    const ranked = [...KNOWN_FORMS].sort((a, b) => totals[b] - totals[a]);
    const top = ranked[0]!;
    const best = totals[top];
    if (best < FORM_THRESHOLD) return { form: 'unknown', score: round(1 - best / FORM_THRESHOLD), totals };
    const sum = KNOWN_FORMS.reduce((acc, f) => acc + totals[f], 0);
    return { form: top, score: round((best / sum) * Math.min(1, best / (2 * FORM_THRESHOLD))), totals };
  }
}

function matches(patterns: readonly CompiledPattern[], tokens: readonly Token[]): boolean {
  return patterns.some((p) => findMatches(p, tokens).some((m) => !isNegated(m, tokens)));
}

function round(n: number): number {
  return Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
}
