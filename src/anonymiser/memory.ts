/**
 * What one conversation has taught the anonymiser: once a word is a name (or a handle, or the
 * distinctive part of an employer's name) anywhere in a conversation, it is one everywhere in it,
 * also where the message itself gives no hint ("Roos krijgt steeds cadeaus" after "ze heet Roos").
 * One instance per conversation; it only learns from confident finds (tier 1 and 2).
 */
import { NON_PII_PROPER } from './lexicons/commonWords';
import { TITLES } from './lexicons/cues';
import { TUSSENVOEGSELS } from './lexicons/surnames';
import { isFunctionWord, isOrdinaryWord } from './lexicons/wordLists';
import { fold, isCapitalised, tokenize } from './text';
import type { Candidate, PiiType } from './types';

interface Learned {
  type: PiiType;
  /** An ordinary word too ("Roos", "Visser"): only its capitalised occurrences count. */
  capitalisedOnly: boolean;
}

/** Types whose words are worth remembering; structured data is found by its structure anyway. */
const LEARNED_TYPES: ReadonlySet<PiiType> = new Set(['NAAM', 'HANDLE', 'ORGANISATIE', 'PLAATS']);
/** Words of an organisation's name that say what kind it is, not which one. */
const KIND_WORDS =
  /^(?:bv|b\.v\.|nv|vof|holding|group|groep|uitzendbureau|bureau|bedrijf|firma|stichting|kwekerij|restaurant|hotel|college|lyceum|school|basisschool|services|service|staffing|logistics|transport|bouw|agency|ltd|gmbh|srl|sp|z|o\.o\.|fc|vv|sv|roc|club)$/i;

export class ConversationMemory {
  private readonly words = new Map<string, Learned>();

  /** Remembers the identifying words of the confident spans found in `text`. */
  learn(text: string, found: readonly Candidate[]): void {
    for (const c of found) {
      if (c.type === 'KEEP' || c.tier > 2 || !LEARNED_TYPES.has(c.type)) continue;
      const surface = text.slice(c.start, c.end);
      if (c.type === 'HANDLE') {
        const key = fold(surface.replace(/^@/, ''));
        if (key.length >= 3) this.words.set(key, { type: 'HANDLE', capitalisedOnly: false });
        continue;
      }
      for (const token of tokenize(surface)) {
        const key = token.key;
        if (key.length < 2 || TITLES.has(key) || TUSSENVOEGSELS.has(key) || isFunctionWord(key) || NON_PII_PROPER.has(key)) continue;
        if (c.type === 'ORGANISATIE' && (KIND_WORDS.test(key) || key.length < 3)) continue;
        const capitalisedOnly = isOrdinaryWord(key) || c.type !== 'NAAM';
        const known = this.words.get(key);
        // A word learned as a name stays a name; the first type wins otherwise.
        if (!known || (c.type === 'NAAM' && known.type !== 'NAAM')) this.words.set(key, { type: c.type, capitalisedOnly });
      }
    }
  }

  /** Where `text` repeats something learned, as candidates for the overlap contest. */
  candidates(text: string): Candidate[] {
    if (this.words.size === 0) return [];
    const out: Candidate[] = [];
    const folded = fold(text);
    for (const token of tokenize(text)) {
      const learned = this.words.get(token.key);
      if (!learned || learned.type === 'HANDLE') continue;
      if (learned.capitalisedOnly && !isCapitalised(token.text)) continue;
      const last = out[out.length - 1];
      // Adjacent learned words of one kind make one span: "Kayleigh Jansen".
      if (last && last.type === learned.type && /^\s+$/.test(text.slice(last.end, token.start))) last.end = token.end;
      else out.push({ type: learned.type, start: token.start, end: token.end, tier: 2 });
    }
    for (const [key, learned] of this.words) {
      if (learned.type !== 'HANDLE') continue;
      for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
        const before = folded[at - 1] ?? ' ';
        const after = folded[at + key.length] ?? ' ';
        if (/[\p{L}\d_.]/u.test(after) || /[\p{L}\d_.]/u.test(before)) continue;
        const start = before === '@' ? at - 1 : at;
        out.push({ type: 'HANDLE', start, end: at + key.length, tier: 2 });
      }
    }
    return out;
  }
}
