/**
 * What one conversation has taught the anonymiser: once a word is a name (or a handle, or the
 * distinctive part of an employer's name) anywhere in a conversation, it is one everywhere in it,
 * also where the message itself gives no hint ("Roos krijgt steeds cadeaus" after "ze heet Roos").
 * One instance per conversation; it only learns from confident finds (tier 1 and 2).
 */
import { isAddressForm } from './addressForms';
import { FUNCTION_WORDS, NON_PII_PROPER } from './lexicons/commonWords';
import { TITLES } from './lexicons/cues';
import { TUSSENVOEGSELS } from './lexicons/surnames';
import { isFunctionWord, isOrdinaryWord } from './lexicons/wordLists';
import { isVerbAfterName } from './detectors/names';
import { fold, isCapitalised, tokenize, type Token } from './text';
import type { Candidate, PiiType } from './types';
import { hasNonAscii } from '../wideText';

interface Learned {
  type: PiiType;
  /** An ordinary word too ("Roos", "Visser"): only its capitalised occurrences count. */
  capitalisedOnly: boolean;
  /**
   * For a name: the word as written, in lower case, when it has letters a Dutch or English word
   * lacks ("Gül", not "gul"): written so in lower case it is still the name.
   */
  marked?: string;
  /** Learned from a weak guess: found again as one, so a longer or surer span there wins. */
  guessed?: boolean;
  /** Learned from the tagger's span: found again as the tagger's, which only adds to the rules' spans. */
  tagged?: boolean;
  /**
   * A month or other public word a rule found as a name ("ze zegt dat ze Mei heet"): found again only
   * where the word does what a person does, capitalised before a person's verb or addressed ("waar Mei
   * woont"), never as the month ("in Mei", "Mei 2024").
   */
  personOnly?: boolean;
  /**
   * A name whose folded key is a function word ("Bé", folded "be"): found again only written with
   * its own accents, never as the function word.
   */
  asWritten?: boolean;
}

/** A greeting or thanks just before a word, where a lower-case name is addressed ("dank je bas", "hoi roos"). */
const ADDRESSED_AFTER =
  /(?:^|[^\p{L}])(?:hoi|hallo|hey|hi|dag|doei|dank\s+je|dank\s+u|bedankt|thanks|thank\s+you|sorry|groetjes)\s*,?\s+$/iu;

const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the this my your his her our their de het een deze dit mijn jouw zijn haar ons onze hun elke ieder geen'.split(' '),
);

/**
 * Verbs in their bare form, as writers of broken English put them after a third person ("joy have my
 * passport", "precious say"): after a learned name in lower case they make it the subject too. Kept
 * apart from `isVerbAfterName`, which also judges words no conversation has shown to be names.
 */
const BARE_PERSON_VERBS: ReadonlySet<string> = new Set('have say know take keep stay live work want tell send give pay sleep'.split(' '));

/** Forms of have and be that open a perfect tense: the slot after them holds the object of the participle. */
const PERFECT_AUXILIARY: ReadonlySet<string> = new Set('heb hebt heeft hebben had hadden ben bent is zijn was waren have has'.split(' '));
/** Strong and weak participles most often said of meeting or reaching someone; English participles in -ed too. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set('seen met told heard spoken called texted gezien gesproken'.split(' '));

/** A Dutch past participle with "ge-" ("gesproken", "gebeld", "geappt") or an English one in -ed. */
function isParticiple(key: string): boolean {
  return IRREGULAR_PARTICIPLES.has(key) || /^ge\p{L}{2,}(?:en|d|t)$/u.test(key) || /^\p{L}{3,}ed$/u.test(key);
}

/** Types whose words are worth remembering; structured data is found by its structure anyway. */
const LEARNED_TYPES: ReadonlySet<PiiType> = new Set(['NAAM', 'HANDLE', 'ORGANISATIE', 'PLAATS']);
/** Words of an organisation's name that say what kind it is, not which one. */
const KIND_WORDS =
  /^(?:bv|b\.v\.|nv|vof|holding|group|groep|uitzendbureau|bureau|bedrijf|firma|stichting|kwekerij|restaurant|hotel|college|lyceum|school|basisschool|services|service|staffing|logistics|transport|bouw|agency|ltd|gmbh|srl|sp|z|o\.o\.|fc|vv|sv|roc|club)$/i;

/** Every letter of `short` in `long`, in order: "aga" in "agnieszka". */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "heet Bram, gewoon bram", "heet Snelle Mo of mo": the same word written capitalised elsewhere in the
 * same message, where a rule found it as a name, makes its lower-case echo that name too (not after an
 * article or possessive: "Roos kreeg een roos").
 */
function writtenCapitalisedIn(tokens: readonly Token[], token: Token): boolean {
  for (const other of tokens) if (other !== token && other.key === token.key && isCapitalised(other.text)) return true;
  return false;
}

export class ConversationMemory {
  private readonly words = new Map<string, Learned>();
  /** The first two letters of the learned names a short form could stand for: most words open with none of them. */
  private readonly nameOpenings = new Set<string>();
  /** A handle was learned (it may have been taken over by a name since): without one no message looks for handles. */
  private heardHandle = false;

  /** Remembers the identifying words of the confident spans found in `text`. */
  learn(text: string, found: readonly Candidate[]): void {
    for (const c of found) {
      if (c.type === 'KEEP' || !LEARNED_TYPES.has(c.type)) continue;
      const surface = text.slice(c.start, c.end);
      // A weak guess is remembered only as a name no dictionary knows ("een van die jongens, Dainius,"):
      // the same word later, also in lower case, is that person.
      if (c.tier > 2) {
        const tagged = c.tagged === true;
        if (c.type === 'NAAM') this.learnGuessedName(surface, tagged);
        // "from Kerala", later "in kerala": a guessed place (settled from a guessed name) is learned as one.
        if (c.type === 'PLAATS') this.learnGuessedName(surface, tagged, 'PLAATS');
        if (c.type === 'ORGANISATIE') this.learnGuessedOrganisation(surface, tagged);
        continue;
      }
      // "Baltic Workforce" and later "baltic workforce heeft kvk …": a business's name of several words
      // is that business in any case.
      if (c.type === 'ORGANISATIE') this.learnPhrase(surface);
      // "ze noemen hem Bigi Boy" and later "bigi boy staat …": a name of several words is that person in any case.
      if (c.type === 'NAAM') this.learnPhrase(surface, false, 'NAAM');
      if (c.type === 'HANDLE') {
        const key = fold(surface.replace(/^@/, ''));
        if (key.length >= 3) {
          this.words.set(key, { type: 'HANDLE', capitalisedOnly: false });
          this.heardHandle = true;
        }
        continue;
      }
      const spanTokens = tokenize(surface);
      for (const token of spanTokens) {
        const key = token.key;
        // "haj Mustapha": the form of address said with the name is not the person; "Chi" alone is.
        if (c.type === 'NAAM' && spanTokens.length > 1 && isAddressForm(key)) continue;
        // Another language's function word found as a name here ("Desi", Romanian "deși") is still learned, in capitals only.
        const functionWord = c.type === 'NAAM' ? FUNCTION_WORDS.has(key) : isFunctionWord(key);
        if (key.length < 2 || TITLES.has(key) || TUSSENVOEGSELS.has(key)) continue;
        if (functionWord) {
          // "noemen ze Bé", later "stond Bé buiten": the name as written, never the word it folds to.
          const lower = token.text.toLowerCase();
          if (c.type === 'NAAM' && lower !== key && !this.words.has(key))
            this.words.set(key, { type: 'NAAM', capitalisedOnly: true, marked: lower, asWritten: true });
          continue;
        }
        if (NON_PII_PROPER.has(key)) {
          // A public word (a month, a brand) a rule found as a person's name alone and capitalised: that person, where a person is.
          if (c.type === 'NAAM' && key.length >= 3 && isCapitalised(token.text) && !this.words.has(key) && tokenize(surface).length === 1)
            this.words.set(key, { type: 'NAAM', capitalisedOnly: true, personOnly: true });
          continue;
        }
        if (c.type === 'ORGANISATIE' && (KIND_WORDS.test(key) || key.length < 3)) continue;
        const capitalisedOnly = isOrdinaryWord(key) || c.type !== 'NAAM';
        const known = this.words.get(key);
        const lower = token.text.toLowerCase();
        const marked = c.type === 'NAAM' && hasNonAscii(lower) ? lower : undefined;
        // A word learned as a name stays a name; the first type wins otherwise.
        if (!known || known.tagged === true || (c.type === 'NAAM' && known.type !== 'NAAM')) {
          this.words.set(key, { type: c.type, capitalisedOnly, marked });
          if (c.type === 'NAAM' && key.length >= 5) this.nameOpenings.add(key.slice(0, 2));
        }
      }
    }
  }

  /**
   * "klant Sunshine (een massagesalon)" and later "Sunshine is gevestigd …": a business guessed from
   * its context once is that business when written so again, capitalised. A name of one word only:
   * a run of several guessed words is remembered as the whole phrase.
   */
  private learnGuessedOrganisation(surface: string, tagged: boolean): void {
    const tokens = tokenize(surface);
    if (tokens.length > 1) {
      this.learnPhrase(surface, tagged);
      return;
    }
    const token = tokens[0];
    if (token === undefined || !isCapitalised(token.text)) return;
    const key = token.key;
    if (key.length < 3 || this.knownByRule(key, tagged) || isFunctionWord(key) || KIND_WORDS.test(key) || NON_PII_PROPER.has(key)) return;
    this.words.set(key, { type: 'ORGANISATIE', capitalisedOnly: true, guessed: true, tagged });
  }

  /** Learned already, and not only from the tagger while a rule now gives it: a rule's find replaces the tagger's. */
  private knownByRule(key: string, tagged: boolean): boolean {
    const known = this.words.get(key);
    return known !== undefined && (tagged || known.tagged !== true);
  }

  private learnGuessedName(surface: string, tagged: boolean, type: PiiType = 'NAAM'): void {
    for (const token of tokenize(surface)) {
      const key = token.key;
      if (key.length < 3 || this.knownByRule(key, tagged) || !isCapitalised(token.text) || isOrdinaryWord(key) || isFunctionWord(key))
        continue;
      if (TITLES.has(key) || TUSSENVOEGSELS.has(key) || NON_PII_PROPER.has(key)) continue;
      this.words.set(key, { type, capitalisedOnly: false, guessed: true, tagged });
    }
  }

  /**
   * Folded names of several words, each with at least one word that is neither a kind word nor a
   * function word, with their type; tagged for one the tagger found (found again as the tagger's).
   */
  private readonly phrases = new Map<string, { tagged: boolean; type: PiiType }>();

  private learnPhrase(surface: string, tagged = false, type: PiiType = 'ORGANISATIE'): void {
    const tokens = tokenize(surface);
    if (tokens.length < 2 || tokens.length > 5) return;
    const own = tokens.filter((t) => !KIND_WORDS.test(t.key) && !isFunctionWord(t.key) && t.key.length >= 3);
    if (own.length === 0) return;
    const phrase = tokens.map((t) => t.key).join(' ');
    const known = this.phrases.get(phrase);
    // A rule's find of the phrase outranks the tagger's; the first type learned stays.
    this.phrases.set(phrase, { tagged: tagged && known?.tagged !== false, type: known?.type ?? type });
  }

  /** Where `text` repeats something learned, as candidates for the overlap contest. */
  candidates(text: string): Candidate[] {
    if (this.words.size === 0) return [];
    const out: Candidate[] = [];
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const learned =
        this.words.get(token.key) ?? this.inflectedFormOf(token.key) ?? this.possessiveOf(token) ?? this.shortFormOf(text, token);
      if (!learned || learned.type === 'HANDLE') continue;
      if (learned.asWritten === true && token.text.toLowerCase() !== learned.marked) continue;
      if (learned.personOnly === true && !this.actsAsPerson(text, token, tokens[i - 1], tokens[i + 1])) continue;
      if (
        learned.capitalisedOnly &&
        !isCapitalised(token.text) &&
        !this.lowerCaseName(text, token, learned, tokens[i - 1], tokens[i + 1]) &&
        !(learned.type === 'NAAM' && !DETERMINERS.has(tokens[i - 1]?.key ?? '') && writtenCapitalisedIn(tokens, token))
      )
        continue;
      // "Jobs4U": letters and digits glued together are one word.
      let end = token.end;
      while (end < text.length && /[\p{L}\d]/u.test(text[end]!)) end++;
      if (end > token.end) while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
      const last = out[out.length - 1];
      // Adjacent learned words of one kind make one span: "Kayleigh Jansen".
      const tier = learned.guessed === true ? 3 : 2;
      // Places stay apart: two learned places side by side are two places ("Den Haag'da Transvaal'da").
      const tagged = learned.tagged === true;
      const joins =
        learned.type !== 'PLAATS' &&
        last !== undefined &&
        last.type === learned.type &&
        last.tier === tier &&
        (last.tagged === true) === tagged;
      if (joins && /^\s+$/.test(text.slice(last.end, token.start))) last.end = end;
      else
        out.push(
          tagged ? { type: learned.type, start: token.start, end, tier, tagged } : { type: learned.type, start: token.start, end, tier },
        );
    }
    // Folded only when a phrase or handle is to be found in it.
    let folded: string | undefined;
    if (this.phrases.size > 0) this.findPhrases((folded ??= fold(text)), out);
    if (this.heardHandle)
      for (const [key, learned] of this.words) {
        if (learned.type !== 'HANDLE') continue;
        folded ??= fold(text);
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

  /**
   * "Destiny's", "Hakan'ın", "Sandra’nın": a learned name with a possessive or case ending after an
   * apostrophe is that name; the whole word is masked, ending and all.
   */
  private inflectedFormOf(key: string): Learned | undefined {
    // indexOf rather than a pattern: this is asked of every word of every message, and few hold an apostrophe.
    const straight = key.indexOf("'");
    const curly = key.indexOf('’');
    const apostrophe = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (apostrophe < 2 || key.length - apostrophe - 1 > 4 || key.length - apostrophe - 1 < 1) return undefined;
    const learned = this.words.get(key.slice(0, apostrophe));
    return learned?.type === 'NAAM' ? learned : undefined;
  }

  /**
   * "Jhuns passport", "Priyas moeder" after "my friend Jhun": Dutch writes the owner's name with a bare
   * "s", and so do writers of broken English; a capitalised learned name with an "s" that makes no word
   * of its own is that name, masked whole. Capitalised only: "jhuns" in lower case is left to the rules.
   */
  private possessiveOf(token: Token): Learned | undefined {
    const key = token.key;
    if (key.length < 4 || key.charCodeAt(key.length - 1) !== 115 || !isCapitalised(token.text)) return undefined;
    const learned = this.words.get(key.slice(0, -1));
    if (learned?.type !== 'NAAM' || learned.personOnly === true || learned.asWritten === true || isOrdinaryWord(key)) return undefined;
    return learned;
  }

  /**
   * "Kim" after "Kimberley", "Aga" after "Agnieszka" ("Mo" after "Mohamed" is too short to tell): the
   * first three letters or more of a learned name, two letters or more short of it, are that
   * person's short name; so are, capitalised inside a sentence, its first two letters and more of its
   * letters in order. A dictionary word so written counts only capitalised inside a sentence, or in
   * lower case where a learned name would (before a person's verb, after a greeting).
   */
  private shortFormOf(text: string, token: Token): Learned | undefined {
    const key = token.key;
    if (key.length < 3 || key.length > 6 || !this.nameOpenings.has(key.slice(0, 2))) return undefined;
    if (isFunctionWord(key) || TITLES.has(key) || NON_PII_PROPER.has(key)) return undefined;
    const capitalised = isCapitalised(token.text);
    let prefix = false;
    let shortened = false;
    for (const [name, learned] of this.words) {
      if (learned.type !== 'NAAM' || learned.guessed === true || name.length < key.length + 2) continue;
      if (name.startsWith(key)) prefix = true;
      else if (capitalised && name.startsWith(key.slice(0, 2)) && isSubsequence(key, name)) shortened = true;
      if (prefix) break;
    }
    if (!prefix && !shortened) return undefined;
    const sentenceStart = token.start === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
    // "Ray heeft ook een tweede snap" after "Rayan": a dictionary word opening a sentence is the short name before a person's verb.
    if (capitalised && sentenceStart && (shortened || (isOrdinaryWord(key) && !this.beforePersonVerb(text, token)))) return undefined;
    // "pls help joce" after "Jocelyn": four letters or more that open the name and make no word are it in
    // lower case too, unless an article makes them a thing ("de christ kerk").
    const lowerToo = prefix && key.length >= 4 && !isOrdinaryWord(key) && !this.afterDeterminer(text, token);
    return { type: 'NAAM', capitalisedOnly: !lowerToo };
  }

  /** The word before is an article or possessive ("de", "the", "mijn"). */
  private afterDeterminer(text: string, token: Token): boolean {
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, token.start - 12), token.start));
    return before !== null && DETERMINERS.has(before[1]!.toLowerCase());
  }

  /** The next word, after a space only, is a verb a person does ("Ray heeft", "Mei woont"). */
  private beforePersonVerb(text: string, token: Token): boolean {
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(token.end, token.end + 24));
    return after !== null && isVerbAfterName(after[1]!.toLowerCase());
  }

  /** A learned public word stands as the person: capitalised, no article before it, before a person's verb or addressed. */
  private actsAsPerson(text: string, token: Token, previous: Token | undefined, next: Token | undefined): boolean {
    if (!isCapitalised(token.text) || (previous !== undefined && DETERMINERS.has(previous.key))) return false;
    if (next !== undefined && /^\s+$/.test(text.slice(token.end, next.start)) && isVerbAfterName(next.key)) return true;
    return ADDRESSED_AFTER.test(text.slice(Math.max(0, token.start - 16), token.start));
  }

  /**
   * A name that is also a word, written in lower case, is still the name where it is written as the
   * name was (with its own letters: "gül"), opens a sentence ("demi post foto's …"), is addressed
   * after a greeting or thanks ("dank je bas."), or comes right before a verb a person does ("rose
   * dont know").
   */
  private lowerCaseName(text: string, token: Token, learned: Learned, previous: Token | undefined, next: Token | undefined): boolean {
    if (learned.type !== 'NAAM') return false;
    // "rose dont know", "dat desi moet opschieten": right before a verb that follows a person, it is
    // that person; after an article or possessive it is the thing ("a rose is", "de roos was").
    const determined = previous !== undefined && DETERMINERS.has(previous.key);
    if (
      !determined &&
      next !== undefined &&
      /^\s+$/.test(text.slice(token.end, next.start)) &&
      (isVerbAfterName(next.key) || BARE_PERSON_VERBS.has(next.key))
    )
      return true;
    if (learned.marked !== undefined && token.text.toLowerCase() === learned.marked) return true;
    // "ik heb aga gesproken", "she has joy called": between a form of have or be and a past participle, a bare word is who was met.
    if (previous !== undefined && next !== undefined && PERFECT_AUXILIARY.has(previous.key) && isParticiple(next.key)) return true;
    if (token.start === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start))) return true;
    // "ik heet Kimberley btw, kim": set off by a comma as the message's last word, it signs or addresses.
    if (
      next === undefined &&
      /,\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start)) &&
      /^[\s.!?)]*$/u.test(text.slice(token.end))
    )
      return true;
    return ADDRESSED_AFTER.test(text.slice(Math.max(0, token.start - 16), token.start));
  }

  /** Learned names and business names of several words, in any case, where no other span of this memory already lies. */
  private findPhrases(folded: string, out: Candidate[]): void {
    for (const [phrase, { tagged, type }] of this.phrases) {
      for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
        const end = at + phrase.length;
        if (/[\p{L}\d]/u.test(folded[at - 1] ?? ' ') || /[\p{L}\d]/u.test(folded[end] ?? ' ')) continue;
        out.push(tagged ? { type, start: at, end, tier: 3, tagged } : { type, start: at, end, tier: 2 });
      }
    }
  }
}
