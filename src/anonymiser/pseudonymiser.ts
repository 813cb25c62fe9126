/**
 * Replaces personal data with typed placeholders that stay consistent within one transcript:
 * `[NAAM-1]` is the same person in every message, `[NAAM-2]` someone else. Use one instance per
 * transcript. Fed message by message (`anonymise`), what one message shows to be a name is a name
 * in the messages after it; given the whole transcript (`anonymiseConversation`), also before it.
 */
import { detectCandidates, keepingTokens, proposeAll, settleCandidates, settleRemembered } from './detect';
import { ConversationMemory } from './memory';
import { RunMemo, withMemo } from './runMemo';
import { comparisonKey, nameTokens } from './normalise';
import { PII_TYPES, type Candidate, type PiiEntity, type PiiType } from './types';
import { PLACEHOLDER } from './version';
import { allMatches } from './text';

export interface AnonymisedEntity extends PiiEntity {
  /** The placeholder that replaced the span, e.g. `[NAAM-1]`. */
  placeholder: string;
}

export interface AnonymisedText {
  text: string;
  /** Offsets into the original text. */
  entities: AnonymisedEntity[];
}

function isSubset(a: Iterable<string>, b: Set<string>): boolean {
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

interface Person {
  tokens: Set<string>;
  placeholder: string;
}

export class Pseudonymiser {
  private readonly counters = new Map<PiiType, number>();
  private readonly byKey = new Map<string, string>();
  private readonly people: Person[] = [];

  private readonly memory = new ConversationMemory();

  /**
   * `runMemo`: what the detectors worked out about this transcript's words, dropped with the
   * instance; an anonymiser thread's batch (conversationAnonymiser.ts `anonymiseJobs`) passes the
   * batch's own, which its transcripts' proposals filled and which is dropped with the batch.
   */
  constructor(private readonly runMemo: RunMemo = new RunMemo()) {}

  /**
   * For text that already holds placeholders (a copy made by an older anonymiser): new placeholders
   * continue after the highest number of each type, so none is given twice.
   */
  static continuing(texts: readonly string[], runMemo?: RunMemo): Pseudonymiser {
    const p = new Pseudonymiser(runMemo);
    for (const text of texts) {
      for (const m of allMatches(PLACEHOLDER, text)) {
        const [type, n] = m[0].slice(1, -1).split('-') as [PiiType, string | undefined];
        if (n !== undefined && PII_TYPES.includes(type)) p.counters.set(type, Math.max(p.counters.get(type) ?? 0, Number(n)));
      }
    }
    return p;
  }

  /** One message, in conversation order. */
  anonymise(text: string): AnonymisedText {
    return withMemo(this.runMemo, () => {
      const found = detectCandidates(text, this.memory);
      this.memory.learn(text, found);
      return this.replace(text, found);
    });
  }

  /** A whole transcript at once: every message also profits from what later messages reveal. */
  anonymiseConversation(texts: readonly string[]): AnonymisedText[] {
    // The detectors' proposals depend on the text alone: found once, settled twice. The messages'
    // tokens are kept until both settlings are done, which read every message again.
    return withMemo(this.runMemo, () => keepingTokens(this.runMemo, () => this.settleConversation(texts, proposeAll(texts))));
  }

  /**
   * `anonymiseConversation` of `texts` whose proposals were found already (`proposeAll`, in this run
   * or another): the anonymiser thread finds those of several conversations together (poolBatch.ts).
   */
  anonymiseProposed(texts: readonly string[], proposals: readonly (readonly Candidate[])[]): AnonymisedText[] {
    return withMemo(this.runMemo, () => this.settleConversation(texts, proposals));
  }

  private settleConversation(texts: readonly string[], proposals: readonly (readonly Candidate[])[]): AnonymisedText[] {
    const alone = texts.map((text, i) => settleCandidates(text, proposals[i]!));
    texts.forEach((text, i) => this.memory.learn(text, alone[i]!));
    return texts.map((text, i) => {
      // Settling depends on the candidates alone (no span is changed in place): where the memory
      // finds nothing in a message, which it does in most, its winners are those of the first pass.
      const remembered = this.memory.candidates(text);
      const found = remembered.length === 0 ? alone[i]! : settleRemembered(text, proposals[i]!, remembered);
      this.memory.learn(text, found);
      return this.replace(text, found);
    });
  }

  private replace(text: string, found: readonly Candidate[]): AnonymisedText {
    const entities: AnonymisedEntity[] = [];
    for (const c of found) {
      if (c.type !== 'KEEP')
        entities.push({ type: c.type, start: c.start, end: c.end, placeholder: this.placeholderOf(c.type, text.slice(c.start, c.end)) });
    }
    let out = '';
    let last = 0;
    for (const e of entities) {
      out += text.slice(last, e.start) + e.placeholder;
      last = e.end;
    }
    return { text: out + text.slice(last), entities };
  }

  /** The placeholder for a span of the given type, reusing the one given to the same value before. */
  placeholderFor(type: PiiType, surface: string): string {
    return withMemo(this.runMemo, () => this.placeholderOf(type, surface));
  }

  private placeholderOf(type: PiiType, surface: string): string {
    if (type === 'NAAM') return this.personPlaceholder(surface);
    const key = comparisonKey(type, surface);
    const known = this.byKey.get(`${type}|${key}`) ?? (type === 'DATUM' ? this.sameDayOtherYear(key) : undefined);
    if (known) return known;
    const placeholder = this.next(type);
    this.byKey.set(`${type}|${key}`, placeholder);
    return placeholder;
  }

  /** "Marieke" and later "Marieke Scholten" or "mevrouw Scholten" are one person when the parts fit. */
  private personPlaceholder(surface: string): string {
    const tokens = nameTokens(surface);
    if (tokens.length === 0) tokens.push(comparisonKey('NAAM', surface));
    const mentioned = new Set(tokens);
    const match =
      this.people.find((p) => isSubset(mentioned, p.tokens) && isSubset(p.tokens, mentioned)) ??
      this.people.find((p) => isSubset(mentioned, p.tokens)) ??
      this.people.find((p) => isSubset(p.tokens, mentioned));
    if (match) {
      for (const t of tokens) match.tokens.add(t);
      return match.placeholder;
    }
    const person = { tokens: mentioned, placeholder: this.next('NAAM') };
    this.people.push(person);
    return person.placeholder;
  }

  /** "12 maart" after "12-3-2021" (or the other way round) is taken as the same date. */
  private sameDayOtherYear(key: string): string | undefined {
    const dayMonth = key.split('-').slice(0, 2).join('-');
    for (const [k, placeholder] of this.byKey) {
      if (!k.startsWith('DATUM|')) continue;
      const other = k.slice('DATUM|'.length);
      if (other.split('-').slice(0, 2).join('-') === dayMonth && (other === dayMonth || key === dayMonth)) return placeholder;
    }
    return undefined;
  }

  private next(type: PiiType): string {
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    return `[${type}-${n}]`;
  }
}
