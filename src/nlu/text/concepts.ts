/**
 * Phrase lexicons compiled to regular expressions and run over the analysed text (analyse.ts), at
 * the tokens where a phrase can start (ConceptMatcher). Phrase syntax, written in plain lower-case
 * words (skeletonised at compile time, so "opgesloten" also meets "opgeslooten"):
 *   a b|c d       one of the word sequences "a b" or "c d" ("|" binds looser than a space)
 *   word*         any token starting with "word"
 *   #             a number
 *   x ~N y        up to N tokens between x and y, never across a sentence end
 * A hit that a negation word stands right before (up to three tokens, same clause) is reported
 * as negated, so "niet opgesloten" and "not locked in" are told apart from the real thing.
 */
import { closedWordForms, normaliseText, skeleton, unspacedLetters } from '../../safety/normalise';
import { slangOf } from '../../safety/slang';
import { isNumberToken, tokenAt, type TextAnalysis } from './analyse';
import { foldLetters } from './foldLetters';

export type Lexicon<C extends string> = Readonly<Record<C, readonly string[]>>;

export interface ConceptHit<C extends string> {
  readonly concept: C;
  /** First and last token index of the hit. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly negated: boolean;
}

/**
 * Every concept hit is made here, with its fields in this one order: the reading passes hits from
 * the matchers and their copies (negation scope, `affirmDenial`, means for work, …) through the same
 * functions, and copies made by spread had other hidden classes, which threw the optimised reading
 * away again and again at 200 concurrent (a deoptimisation loop, round 28).
 */
export function conceptHit<C extends string>(concept: C, start: number, end: number, sentence: number, negated: boolean): ConceptHit<C> {
  return { concept, start, end, sentence, negated };
}

const PLACEHOLDER = conceptHit('', 0, 0, 0, false);

/**
 * An empty hit array with the hidden class of a filled one. V8 gives `[]` (and `map` of an empty
 * array) the class of an array of small integers, a filled one of objects: whether a message has
 * no hits of a kind then decided which class the reading's functions met, and each new one threw
 * their optimised code away (round 28: `pastInsideNow`, `combinationFeatures`, `deniedSentences`).
 * One element in and out leaves the array empty in the objects' class.
 */
export function noHits<C extends string>(): ConceptHit<C>[] {
  const a: ConceptHit<C>[] = [PLACEHOLDER as ConceptHit<C>];
  a.pop();
  return a;
}
/**
 * `hits.map(f)`, its result in the objects' class even when empty (see `noHits`). `f` may make a
 * richer hit (a frame hit with `atEnd`): the empty array it starts from holds no element of either.
 */
export function mapHits<C extends string, H extends ConceptHit<string>>(hits: readonly ConceptHit<C>[], f: (h: ConceptHit<C>) => H): H[] {
  const out = noHits<string>() as H[];
  for (const h of hits) out.push(f(h));
  return out;
}

/** `[...a, ...b]`, in the objects' class even when both are empty (spreading two empty arrays is not: see `noHits`). */
export function joinHits<C extends string>(a: readonly ConceptHit<C>[], b: readonly ConceptHit<C>[]): ConceptHit<C>[] {
  const out = noHits<C>();
  for (const h of a) out.push(h);
  for (const h of b) out.push(h);
  return out;
}

/** The hit with `negated` set as given: a copy through `conceptHit`, never a spread. */
export function negatedAs<C extends string>(hit: ConceptHit<C>, negated: boolean): ConceptHit<C> {
  return conceptHit(hit.concept, hit.start, hit.end, hit.sentence, negated);
}

/** The hit read as another concept (same span, sentence and negation). */
export function readAs<C extends string>(hit: ConceptHit<string>, concept: C, negated: boolean = hit.negated): ConceptHit<C> {
  return conceptHit(concept, hit.start, hit.end, hit.sentence, negated);
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

/** A phrase word as analyse.ts leaves a token: so "zabrał*" and "zabral*" are one phrase. */
function word(w: string): string {
  return foldLetters(skeleton(unspacedLetters(normaliseText(w))));
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
  return slangOf(normaliseText(spec))?.slice() ?? [spec];
}

/** A segment's alternatives, each a list of phrase words as the tokenizer leaves them. */
function segmentWords(segment: string): string[][] {
  return segment.split('|').map((alt) => alt.trim().split(/\s+/).flatMap(asTokens));
}

function compileSegment(segment: string): string {
  const alts = segmentWords(segment).map((words) => words.map(compileWord).join(' '));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

function phraseParts(phrase: string): string[] {
  const parts = phrase.trim().split(/\s+~(\d+)\s+/);
  // A gap the split did not take ("a ~x b", "a~3 b") would otherwise stay in a segment and turn the
  // words around it into alternatives of their own: round 47's "pills|pillen ~10 sell|…" read
  // "selling" alone as a crime until round 50, when the split took one digit only.
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i]!.includes('~')) throw new Error(`concept phrase with a malformed gap: ${phrase}`);
  }
  return parts;
}

export function compilePhrase(phrase: string): string {
  const parts = phraseParts(phrase);
  let out = compileSegment(parts[0]!);
  for (let i = 1; i < parts.length; i += 2) out += `(?: [^ |]+){0,${parts[i]}} ${compileSegment(parts[i + 1]!)}`;
  return out;
}

/**
 * What the token at which a hit starts must be, from the first word of one alternative: the
 * expression may only match where one of these holds (a sound filter, never a looser match).
 * `any` when a word cannot be told from its token alone (it compiles to nothing or starts with a
 * space): the concept is then scanned over the whole text as before.
 */
type FirstToken = { kind: 'exact'; token: string } | { kind: 'prefix'; start: string } | { kind: 'number' } | { kind: 'any' };

function firstToken(spec: string): FirstToken {
  if (spec === '#') return { kind: 'number' };
  const prefix = spec.endsWith('*');
  const lit = word(prefix ? spec.slice(0, -1) : spec);
  const space = lit.indexOf(' ');
  // A word that normalises to several pieces ends its first token at the space: that token is exact.
  if (space > 0) return { kind: 'exact', token: lit.slice(0, space) };
  if (lit === '' || space === 0) return { kind: 'any' };
  return prefix ? { kind: 'prefix', start: lit } : { kind: 'exact', token: lit };
}

/** The first two code units of a string (or its one), as the number the prefix groups are keyed by. */
function unitsKey(s: string): number {
  return s.length > 1 ? s.charCodeAt(0) * 0x10000 + s.charCodeAt(1) : s.charCodeAt(0);
}

/** The first two code units of a string of two or more, hashed to 16 bits (a mark may stand for several pairs). */
function pairHash(s: string): number {
  return (s.charCodeAt(0) * 31 + s.charCodeAt(1)) & 0xffff;
}

const NONE: readonly Attempt[] = [];
const ANY: FirstToken = { kind: 'any' };

/**
 * What the token after a hit's first one must be, from one alternative's words (a sound filter
 * like `firstToken`): `any` where the alternative is one word (it may end there, or a gap follows)
 * or its first word is several tokens.
 */
function secondToken(words: readonly string[]): FirstToken {
  if (words.length < 2) return ANY;
  const first = words[0]!;
  if (first !== '#' && word(first.endsWith('*') ? first.slice(0, -1) : first).includes(' ')) return ANY;
  return firstToken(words[1]!);
}

/** Whether a token can be one that a `FirstToken` allows. */
function allows(start: FirstToken, token: string): boolean {
  switch (start.kind) {
    case 'exact':
      return token === start.token;
    case 'prefix':
      return token.startsWith(start.start);
    case 'number':
      return isNumberToken(token);
    case 'any':
      return true;
  }
}

/** Tokens whose phrases are remembered at most (a text has at most a few hundred distinct tokens). */
const TOKEN_MEMORY = 4_096;

interface Attempt {
  readonly concept: number;
  /** The concept's phrases that can start at this token, in lexicon order, as one sticky expression. */
  readonly re: RegExp;
  /** The token after this one may be any (a phrase of one word, a gap, a word of several tokens). */
  readonly anyNext: boolean;
  /** Otherwise what it must be for one of the phrases: an exact word, a start, a number. */
  readonly nextExact: ReadonlySet<string>;
  readonly nextPrefixes: readonly string[];
  readonly nextNumber: boolean;
}

/** Whether the phrases of an attempt can go on with the next token (undefined: the text ends). */
function goesOn(attempt: Attempt, next: string | undefined): boolean {
  if (attempt.anyNext) return true;
  if (next === undefined) return false;
  if (attempt.nextExact.has(next)) return true;
  for (const p of attempt.nextPrefixes) if (next.startsWith(p)) return true;
  return attempt.nextNumber && isNumberToken(next);
}

/**
 * Each concept's phrases form one regular expression (`(?<=^| )(?:p1|p2|…)(?= |$)`), but it is not
 * scanned over every character of the text. A hit can only start at a token that the first word
 * of one of the phrase's alternatives allows (`firstToken`, a sound filter), so the tokens are
 * looked up once (exact words in a map, prefixes by their first character) and at each of them
 * only the phrases that can start there are tried, sticky, in lexicon order. That is the match the
 * scan found at that place (the phrases left out fail there at their first word), and no place
 * where a match could start is skipped: the hits are the scan's hits, in the same order.
 * The second word is a filter of the same kind (round 39): a try whose phrases all need a second
 * token other than the one that follows fails at it, and is not made (on the bench's 2,000-character
 * message 59 of the first look's 1,227 tries found a hit).
 */
export class ConceptMatcher<C extends string> {
  private readonly names: readonly C[];
  /** Each concept's phrases compiled (without the token boundaries). */
  private readonly phrases: readonly (readonly string[])[];
  /** Concepts with a phrase whose start no token tells: scanned over the whole text. */
  private readonly scans = new Map<number, RegExp>();
  /** Phrase codes (concept × `stride` + phrase) by the exact token they can start with. */
  private readonly exact = new Map<string, number[]>();
  /**
   * Prefixes a phrase's first token can start with, grouped by their first two code units (or one, if
   * that is all), keyed by those units as a number: most tokens start no phrase, and a number key
   * costs them no cut string to make and hash (round 36).
   */
  private readonly prefixes2 = new Map<number, { start: string; codes: number[] }[]>();
  private readonly prefixes1 = new Map<number, { start: string; codes: number[] }[]>();
  private readonly numberCodes: number[] = [];
  /**
   * A sound filter before the maps, by code units alone: a mark per first two units (hashed) of an
   * exact word or prefix of two units or more, per first unit of a one-unit prefix, per one-unit
   * exact word. A token none of them marks starts no phrase, and is turned away without the four
   * maps it asked before (round 36: on the bench's 2,000-character message 545 of the 1,106 tokens
   * that start no phrase in the four matchers of the first look; the frame matchers' most, the
   * broad situation lexicon's few).
   */
  private readonly pairMarks = new Uint8Array(0x10000);
  private readonly firstUnitPrefix = new Uint8Array(0x10000);
  private readonly oneUnitExact = new Uint8Array(0x10000);
  private readonly stride: number;
  /** Per phrase code, each alternative's first and second token. */
  private readonly starts = new Map<number, readonly { first: FirstToken; second: FirstToken }[]>();
  /** What can start at a token, by token (bounded: cleared when full). */
  private readonly attempts = new Map<string, readonly Attempt[]>();
  /** Sticky expressions by concept and phrase list: as many as the lexicon has combinations of first words. */
  private readonly expressions = new Map<string, RegExp>();
  /**
   * Per concept, the character offsets (and their expressions) to try in one text, the first
   * `used[concept]` of each list; reused. The lists keep their size between texts: emptied by
   * `length = 0`, V8 let their storage go, and every text grew them again by push (round 45).
   */
  private readonly offsets: number[][];
  private readonly tries: RegExp[][];
  private readonly used: Int32Array;

  constructor(lexicon: Lexicon<C>) {
    this.names = Object.keys(lexicon) as C[];
    this.phrases = this.names.map((name) => lexicon[name].map(compilePhrase));
    this.stride = Math.max(1, ...this.names.map((name) => lexicon[name].length));
    this.offsets = this.names.map(() => []);
    this.tries = this.names.map(() => []);
    this.used = new Int32Array(this.names.length);
    this.names.forEach((name, concept) => {
      const starts = lexicon[name].map((phrase) =>
        segmentWords(phraseParts(phrase)[0]!).map((words) => ({ first: firstToken(words[0] ?? ''), second: secondToken(words) })),
      );
      if (starts.some((alts) => alts.some((s) => s.first.kind === 'any'))) {
        this.scans.set(concept, new RegExp(`(?<=^| )(?:${this.phrases[concept]!.join('|')})(?= |$)`, 'gu'));
        return;
      }
      starts.forEach((alts, phrase) => {
        const code = concept * this.stride + phrase;
        this.starts.set(code, alts);
        for (const start of alts) this.index(start.first, code);
      });
    });
  }

  private index(start: FirstToken, code: number): void {
    if (start.kind === 'exact' || start.kind === 'prefix') {
      const units = start.kind === 'exact' ? start.token : start.start;
      if (units.length > 1) this.pairMarks[pairHash(units)] = 1;
      else if (start.kind === 'exact') this.oneUnitExact[units.charCodeAt(0)] = 1;
      else this.firstUnitPrefix[units.charCodeAt(0)] = 1;
    }
    if (start.kind === 'exact') {
      const codes = this.exact.get(start.token);
      if (!codes) this.exact.set(start.token, [code]);
      else if (!codes.includes(code)) codes.push(code);
    } else if (start.kind === 'prefix') {
      const byUnits = start.start.length > 1 ? this.prefixes2 : this.prefixes1;
      const key = unitsKey(start.start);
      const group = byUnits.get(key) ?? [];
      byUnits.set(key, group);
      const entry = group.find((p) => p.start === start.start);
      if (!entry) group.push({ start: start.start, codes: [code] });
      else if (!entry.codes.includes(code)) entry.codes.push(code);
    } else if (start.kind === 'number' && !this.numberCodes.includes(code)) this.numberCodes.push(code);
  }

  get concepts(): readonly C[] {
    return this.names;
  }

  find(analysis: TextAnalysis): ConceptHit<C>[] {
    const hits = noHits<C>();
    const { joined, tokens } = analysis;
    if (joined === '') return hits;
    const used = this.used;
    used.fill(0);
    let offset = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      for (const attempt of this.attemptsAt(token)) {
        if (!goesOn(attempt, tokens[t + 1])) continue;
        const concept = attempt.concept;
        const n = used[concept]!;
        this.offsets[concept]![n] = offset;
        this.tries[concept]![n] = attempt.re;
        used[concept] = n + 1;
      }
      offset += token.length + 1;
    }
    for (let concept = 0; concept < this.names.length; concept++) {
      const scan = this.scans.get(concept);
      if (scan) {
        this.scanWhole(concept, scan, analysis, hits);
        continue;
      }
      const offsets = this.offsets[concept]!;
      const tries = this.tries[concept]!;
      // Overlapping hits of one concept add nothing: a start before the last hit's end is skipped.
      // A sticky expression that matches matched at `at` and ends at its lastIndex: `test` tells
      // both without the match array `exec` makes.
      let from = 0;
      for (let i = 0; i < used[concept]!; i++) {
        const at = offsets[i]!;
        if (at < from) continue;
        const re = tries[i]!;
        re.lastIndex = at;
        if (!re.test(joined)) continue;
        const length = re.lastIndex - at;
        this.hit(concept, at, length, analysis, hits);
        from = at + Math.max(1, length);
      }
    }
    return hits;
  }

  /** The concepts whose phrases can start at this token, each with the expression of those phrases. */
  private attemptsAt(token: string): readonly Attempt[] {
    if (!this.mayStart(token)) return NONE;
    const known = this.attempts.get(token);
    if (known) return known;
    const exact = this.exact.get(token);
    const long = token.length > 1 ? this.prefixes2.get(unitsKey(token)) : undefined;
    const short = this.prefixes1.get(token.charCodeAt(0));
    const number = this.numberCodes.length > 0 && isNumberToken(token);
    // Most tokens start no phrase: nothing to remember for them.
    if (!exact && !long && !short && !number) return NONE;
    const codes: number[] = [...(exact ?? [])];
    for (const group of [long, short]) for (const p of group ?? []) if (token.startsWith(p.start)) codes.push(...p.codes);
    if (number) codes.push(...this.numberCodes);
    const attempts: Attempt[] = [];
    if (codes.length > 0) {
      const sorted = [...new Set(codes)].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length;) {
        const concept = Math.floor(sorted[i]! / this.stride);
        const phrases: number[] = [];
        for (; i < sorted.length && Math.floor(sorted[i]! / this.stride) === concept; i++) phrases.push(sorted[i]! % this.stride);
        attempts.push(this.attempt(token, concept, phrases));
      }
    }
    if (this.attempts.size >= TOKEN_MEMORY) this.attempts.clear();
    this.attempts.set(token, attempts);
    return attempts;
  }

  /** False only where no exact word, prefix or number of a phrase's start can be the token (see `pairMarks`). */
  private mayStart(token: string): boolean {
    const first = token.charCodeAt(0);
    if (this.firstUnitPrefix[first] === 1) return true;
    if (token.length === 1 ? this.oneUnitExact[first] === 1 : this.pairMarks[pairHash(token)] === 1) return true;
    return this.numberCodes.length > 0 && isNumberToken(token);
  }

  /** The try of a concept's phrases at a token, with what the next token must be for one of them. */
  private attempt(token: string, concept: number, phrases: readonly number[]): Attempt {
    const nextExact = new Set<string>();
    const nextPrefixes: string[] = [];
    let anyNext = false;
    let nextNumber = false;
    for (const phrase of phrases)
      for (const { first, second } of this.starts.get(concept * this.stride + phrase) ?? [])
        if (allows(first, token)) {
          if (second.kind === 'any') anyNext = true;
          else if (second.kind === 'exact') nextExact.add(second.token);
          else if (second.kind === 'prefix') nextPrefixes.push(second.start);
          else nextNumber = true;
        }
    return { concept, re: this.expression(concept, phrases), anyNext, nextExact, nextPrefixes, nextNumber };
  }

  private expression(concept: number, phrases: readonly number[]): RegExp {
    const key = `${concept}:${phrases.join(',')}`;
    let re = this.expressions.get(key);
    if (!re) {
      const body = phrases.map((p) => this.phrases[concept]![p]!).join('|');
      re = new RegExp(`(?<=^| )(?:${body})(?= |$)`, 'uy');
      this.expressions.set(key, re);
    }
    return re;
  }

  private scanWhole(concept: number, re: RegExp, analysis: TextAnalysis, hits: ConceptHit<C>[]): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(analysis.joined)) !== null) {
      this.hit(concept, m.index, m[0].length, analysis, hits);
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  private hit(concept: number, index: number, length: number, analysis: TextAnalysis, hits: ConceptHit<C>[]): void {
    const { tokens, written, sentenceOf } = analysis;
    const start = tokenAt(analysis, index);
    const end = tokenAt(analysis, index + length - 1);
    hits.push(conceptHit(this.names[concept]!, start, end, sentenceOf[start]!, negatedBefore(tokens, written, start)));
  }
}

/**
 * A turn of the sentence ends a negation's reach: in "nee nu niet maar vanavond komen ze haar halen"
 * the "niet" is the writer's "not now", not a negation of what follows "maar" (round 25, unsafe25).
 */
const CONTRASTS = closedWordForms(['maar', 'but', 'doch', 'though', 'however']);
/**
 * A subject pronoun right after a negation opens a new clause in a chat line typed without a comma:
 * in "ik kan dit niet ik wil gewoon dood" or "no I want to die" the negation is the clause before's
 * (round 43). With a word between ("niet dat ik dood wil", "not that I want to die") it is a denial
 * of what follows and still reaches it.
 */
const SUBJECTS = closedWordForms(['ik', 'hij', 'zij', 'ze', 'wij', 'we', 'i', 'he', 'she', 'they', 'jij']);

function negatedBefore(tokens: readonly string[], written: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const t = tokens[i]!;
    if (t === '|' || t === ',' || CONTRASTS.has(written[i]!)) return false;
    if (NEGATIONS.has(written[i]!)) return !(i + 1 < start && SUBJECTS.has(written[i + 1]!));
  }
  return false;
}
