/**
 * Is a pattern match negated? A negation inside the match's gaps, up to three words before it
 * (stopping at a subject pronoun, so "ik kan niet meer hij slaat me" is not read as negated), or,
 * in Dutch word order, right after it ("hij slaat me niet").
 */
import { CONCEPTS } from './lexicon';
import { closedWordForms, skeleton, type Token } from './normalise';
import type { PatternMatch } from './patterns';

// Compared with the tokens as written: a Dutch "neem" or "noot" is no negation (normalise.ts, Token.written).
const NEGATIONS = closedWordForms(CONCEPTS.negation ?? []);
const AFTER_NEGATION = closedWordForms(['niet', 'nooit', 'geen']);
/** A turn of the sentence ("nee nu niet maar ...") ends a negation's reach, as in concepts.ts. */
const CONTRASTS = closedWordForms(['maar', 'but', 'doch', 'though', 'however']);
const SUBJECTS = new Set(['ik', 'hij', 'zij', 'ze', 'wij', 'we', 'i', 'he', 'she', 'they', 'you', 'jij', 'je'].map(skeleton));

export function isNegated(match: PatternMatch, tokens: readonly Token[]): boolean {
  if (match.gapTokens.some((i) => NEGATIONS.has(tokens[i]!.written))) return true;
  for (let i = match.start - 1; i >= 0 && i >= match.start - 3; i--) {
    const token = tokens[i]!;
    if (token.boundary || SUBJECTS.has(token.skel) || CONTRASTS.has(token.written)) break;
    if (NEGATIONS.has(token.written)) return true;
  }
  const after = tokens[match.end];
  return !!after && !after.boundary && AFTER_NEGATION.has(after.written);
}
