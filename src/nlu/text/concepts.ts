/**
 * Phrase lexicons compiled to one regular expression per concept and run over the analysed text
 * (analyse.ts). Phrase syntax, written in plain lower-case words (skeletonised at compile time, so
 * "opgesloten" also meets "opgeslooten"):
 *   a b|c d       one of the word sequences "a b" or "c d" ("|" binds looser than a space)
 *   word*         any token starting with "word"
 *   #             a number
 *   x ~N y        up to N tokens between x and y, never across a sentence end
 * A hit that a negation word stands right before (up to three tokens, same clause) is reported
 * as negated, so "niet opgesloten" and "not locked in" are told apart from the real thing.
 */
import { closedWordForms, normaliseText, skeleton } from '../../safety/normalise';
import { SLANG } from '../../safety/slang';
import type { TextAnalysis } from './analyse';

export type Lexicon<C extends string> = Readonly<Record<C, readonly string[]>>;

export interface ConceptHit<C extends string> {
  readonly concept: C;
  /** First and last token index of the hit. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly negated: boolean;
}

// Compared with the tokens as written: "neem" is no "nem", "noot" no "not" (normalise.ts, Token.written).
const NEGATIONS = closedWordForms([
  'niet',
  'geen',
  'nooit',
  'niemand',
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'hardly',
  'nie',
  'nao',
  'не',
  'ні',
  'nem',
  'değil',
]);

function word(w: string): string {
  return skeleton(normaliseText(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileWord(spec: string): string {
  if (spec === '#') return '\\p{N}+';
  const prefix = spec.endsWith('*');
  const lit = escape(word(prefix ? spec.slice(0, -1) : spec));
  return prefix ? `${lit}[\\p{L}\\p{N}]*` : lit;
}

/**
 * A phrase word as the tokenizer leaves it: chat forms and contractions are expanded there ("dont"
 * → "do not", "im" → "i am", "nie" → "niet"), so a lexicon word must be expanded the same way or it
 * never meets a token ("dont want to be alive" matched nothing).
 */
function asTokens(spec: string): string[] {
  if (spec === '#' || spec.endsWith('*')) return [spec];
  return SLANG[normaliseText(spec)]?.slice() ?? [spec];
}

function compileSegment(segment: string): string {
  const alts = segment.split('|').map((alt) => alt.trim().split(/\s+/).flatMap(asTokens).map(compileWord).join(' '));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

export function compilePhrase(phrase: string): string {
  const parts = phrase.trim().split(/\s+~(\d)\s+/);
  let out = compileSegment(parts[0]!);
  for (let i = 1; i < parts.length; i += 2) out += `(?: [^ |]+){0,${parts[i]}} ${compileSegment(parts[i + 1]!)}`;
  return out;
}

export class ConceptMatcher<C extends string> {
  private readonly compiled: readonly { concept: C; re: RegExp }[];

  constructor(lexicon: Lexicon<C>) {
    this.compiled = (Object.keys(lexicon) as C[]).map((concept) => {
      const body = lexicon[concept].map(compilePhrase).join('|');
      return { concept, re: new RegExp(`(?<=^| )(?:${body})(?= |$)`, 'gu') };
    });
  }

  get concepts(): readonly C[] {
    return this.compiled.map((c) => c.concept);
  }

  find(analysis: TextAnalysis): ConceptHit<C>[] {
    const hits: ConceptHit<C>[] = [];
    const { joined, tokenAtChar, tokens, written, sentenceOf } = analysis;
    if (joined === '') return hits;
    for (const { concept, re } of this.compiled) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(joined)) !== null) {
        const start = tokenAtChar[m.index]!;
        const end = tokenAtChar[m.index + m[0].length - 1]!;
        hits.push({ concept, start, end, sentence: sentenceOf[start]!, negated: negatedBefore(tokens, written, start) });
        // Overlapping hits of one concept add nothing; continue after this one.
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits;
  }
}

function negatedBefore(tokens: readonly string[], written: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const t = tokens[i]!;
    if (t === '|' || t === ',') return false;
    if (NEGATIONS.has(written[i]!)) return true;
  }
  return false;
}
