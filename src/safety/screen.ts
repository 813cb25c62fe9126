/**
 * The acute-danger screen. Runs on every citizen message before anything else, synchronously and
 * without I/O, so it also works when the recognizer, the store or the network is down.
 * Missing real danger is the worst error; a rare false alarm is acceptable.
 */
import { MessageContext } from './context';
import { CONCEPTS } from './lexicon';
import { isNegated } from './negation';
import { skeleton, tokenize, urgencyMarks, type Token } from './normalise';
import { compilePattern, findMatches, type CompiledPattern, type ConceptSets, type PatternMatch } from './patterns';
import { HYPOTHETICAL_MARKERS, NOW_MODIFIER, PAST_MARKERS, PRESENT_MARKERS, RULES, SHOUTING_MODIFIER, type RuleDef } from './rules';

export interface SafetyResult {
  /** Danger to life or safety now, including suicidal intent: answer with 112 first. */
  acuteDanger: boolean;
  /** Suicidal intent or self-harm: also give 113 / 0800-0113. Implies acuteDanger. */
  suicidal: boolean;
  /** Ids of the rules that decided (for logs and counsellor alerts); never message text. */
  reasons: string[];
}

const OTHER_SUBJECTS = new Set(
  ['iemand', 'someone', 'somebody', 'hij', 'zij', 'ze', 'he', 'she', 'they', 'mensen', 'people', 'als', 'if', 'wanneer', 'when'].map(
    skeleton,
  ),
);

interface CompiledRule {
  readonly def: RuleDef;
  readonly patterns: readonly CompiledPattern[];
  readonly blockers: ReadonlySet<string>;
}

export class SafetyScreen {
  private readonly rules: readonly CompiledRule[];
  private readonly now: readonly CompiledPattern[];
  private readonly present: readonly CompiledPattern[];
  private readonly past: readonly CompiledPattern[];
  private readonly hypothetical: readonly CompiledPattern[];

  constructor(rules: readonly RuleDef[] = RULES, concepts: ConceptSets = CONCEPTS) {
    const compile = (list: readonly string[]) => list.map((p) => compilePattern(p, concepts));
    this.rules = rules.map((def) => ({
      def,
      patterns: compile(def.patterns),
      blockers: new Set((def.blockedAfter ?? []).map(skeleton)),
    }));
    this.now = compile(NOW_MODIFIER.patterns);
    this.present = compile(PRESENT_MARKERS);
    this.past = compile(PAST_MARKERS);
    this.hypothetical = compile(HYPOTHETICAL_MARKERS);
  }

  screen(text: string): SafetyResult {
    const tokens = tokenize(text);
    const context = new MessageContext(tokens, { past: this.past, present: this.present, hypothetical: this.hypothetical }, (m, t) =>
      isNegated(m, t),
    );
    const reasons: string[] = [];
    const damped = new Set<string>();
    let danger = false;
    let suicidal = false;
    let cueWeight = 0;
    for (const rule of this.rules) {
      if (!this.ruleFires(rule, context, damped)) continue;
      reasons.push(rule.def.id);
      if (rule.def.weight >= 1) {
        if (rule.def.kind === 'suicide') suicidal = true;
        else danger = true;
      } else cueWeight += rule.def.weight;
    }
    if (cueWeight > 0 && !danger) {
      if (this.now.some((p) => findMatches(p, tokens).some((m) => !isNegated(m, tokens)))) {
        cueWeight += NOW_MODIFIER.weight;
        reasons.push(NOW_MODIFIER.id);
      }
      const marks = urgencyMarks(text);
      if (marks.exclamations >= 2 || marks.capitalWords > 0) {
        cueWeight += SHOUTING_MODIFIER.weight;
        reasons.push(SHOUTING_MODIFIER.id);
      }
      // Rounded so 0.6 + 0.4 reaches 1 despite floating point.
      if (Math.round(cueWeight * 100) >= 100) danger = true;
    }
    reasons.push(...damped);
    return { acuteDanger: danger || suicidal, suicidal, reasons };
  }

  private ruleFires(rule: CompiledRule, context: MessageContext, damped: Set<string>): boolean {
    const { tokens } = context;
    for (const pattern of rule.patterns) {
      for (const m of findMatches(pattern, tokens)) {
        if (isNegated(m, tokens) || this.blocked(rule, m, tokens)) continue;
        // "i do if someone is locked up": the writer is not the one the sentence is about.
        if (rule.def.firstPerson && m.gapTokens.some((i) => OTHER_SUBJECTS.has(tokens[i]!.skel))) continue;
        if (context.isPast(m)) {
          damped.add('damp.past');
          continue;
        }
        if (!rule.def.firstPerson && context.isHypothetical(m)) {
          damped.add('damp.hypothetical');
          continue;
        }
        return true;
      }
    }
    return false;
  }

  private blocked(rule: CompiledRule, match: PatternMatch, tokens: readonly Token[]): boolean {
    if (rule.blockers.size === 0) return false;
    const near = [...match.gapTokens];
    for (let i = match.start - 1; i >= 0 && i >= match.start - 2 && !tokens[i]!.boundary; i--) near.push(i);
    return near.some((i) => rule.blockers.has(tokens[i]!.skel));
  }
}

let shared: SafetyScreen | undefined;

/** Screens one message with the default rules (compiled once, immutable afterwards). */
export function screenMessage(text: string): SafetyResult {
  shared ??= new SafetyScreen();
  return shared.screen(text);
}
