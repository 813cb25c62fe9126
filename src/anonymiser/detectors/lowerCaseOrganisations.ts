/**
 * Organisations written in lower case, as chat writes them ("ik werk bij kwekerij van der kraan",
 * "via euro pick logistics", "bij de lidl", "schröder montagebau gmbh"). The capitalised rules of
 * organisations.ts read a capital as the start of a name; in lower case the name is told by where
 * it stands instead:
 * - a kind word right after a preposition of a place of work, without an article ("bij kwekerij …",
 *   "in restaurant …", "at hotel …"): a sentence that means any bakery says "bij de bakkerij", so
 *   the words after a bare kind word are its name, up to where the phrase ends;
 * - words and then a kind word that closes a business's name ("… logistics", "… personeelsdiensten",
 *   "… uitzendbureau") right after such a preposition;
 * - words before a legal form ("… gmbh", "… s.r.l.", "… sp. z o.o.");
 * - a chain, bank or telephone company by its own name after an article or preposition ("de lidl",
 *   "bij odido"), only where that name is no dictionary word.
 * Every span is a weak guess (tier 3): a person, place or surer business found there wins.
 */
import { FIRST_NAMES, SURNAMES, isFunctionWord, isOrdinaryWord } from '../lexicons/wordLists';
import { hasLowerCaseLetter, isLowerCaseWord, tokenize } from '../text';
import type { Candidate, Token } from '../types';
import { NOT_A_NAME, isKindWord, isUnknownWord, looksLikeVerb } from './organisations';
import { isPlaceName } from './places';

/** Prepositions that put someone at a place of work, in the chat's languages ("w", "u", "la", "na": Polish, Ukrainian, Romanian, Portuguese). */
const WORKPLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'bij in voor van via op naar namens over about achter naast tegenover boven at for from w u v la na dla para pentru bei'.split(' '),
);
/**
 * Kind words that stand bare in fixed phrases ("op school", "naar bureau", "in praktijk", "op kantoor")
 * or that name the employer itself ("bij werkgever"): no name follows them.
 */
const BARE_IN_PHRASES: ReadonlySet<string> = new Set('school bureau praktijk werkgever zaak kantoor winkel bar club studio'.split(' '));
/** A particle or article that opens a business's own name after its kind word ("de kroket", "van der kraan", "'t hoekje", "el toro"). */
const NAME_OPENERS: ReadonlySet<string> = new Set("de het 't van el al la le".split(' '));
const PARTICLES_AFTER_VAN: ReadonlySet<string> = new Set("de der den het 't".split(' '));
/**
 * Words that close a business's name ("euro pick logistics", "flexpro personeelsdiensten"): kinds of
 * business that a sentence seldom puts right after a preposition and one or two words of its own.
 * Words a sentence uses bare ("werk", "job", "bar", "club", "service", "zorg", "food") are left out.
 */
const KIND_TAILS: ReadonlySet<string> = new Set(
  `logistics logistiek transport services solutions group groep staffing uitzendbureau uitzendgroep uitzendorganisatie
  personeelsdiensten recruitment detachering cleaning schoonmaak personeel payroll agency agencja company industries personnel
  catering security wellness massage beauty nails carwash barbershop kapsalon pizzeria restaurant hotel hostel lounge college
  lyceum gymnasium university universiteit academy bemiddeling import export trading holding vastgoed facilitair facility
  consultancy montage techniek installaties verhuur rentals kwekerij tuinbouw agro agri farms foods growers flowers champignons
  travel reizen tours events entertainment productions escort kitchen grill grillroom steakhouse bakery bakkerij church
  ministries parish telecom packaging spa recycling processing fulfilment verpakking placement center centre centrum`.split(/\s+/),
);
/**
 * Of those, the words that close a business's name even after one dictionary word ("rapid logistics",
 * "euro personeelsdiensten"): no sentence's own noun phrase ends in them after a preposition.
 */
const STRONG_TAILS: ReadonlySet<string> = new Set(
  `logistics staffing solutions services personeelsdiensten uitzendbureau uitzendgroep uitzendorganisatie recruitment
  detachering payroll industries personnel bemiddeling consultancy trading holding wellness catering security facilitair`.split(/\s+/),
);
/** Compass and country words after a business's kind word: "staffing solutions noord", "agrostaff europe". */
const REGIONS: ReadonlySet<string> = new Set(
  'noord zuid oost west noordoost noordwest zuidoost zuidwest midden holland nederland benelux europe europa international polska'.split(
    ' ',
  ),
);
/** A legal form in lower case right after a word: "gmbh", "b.v.", "s.r.l.", "sp. z o.o.", "ltd". */
const LOWER_LEGAL_FORM =
  /^\s+(?:b\.v\.?|bv|gmbh|s\.r\.l\.?|srl|ltd\.?|inc\.?|llc|sp\.\s?z\s?o\.\s?o\.?|kft\.?|e?ood|sarl|lda\.?|s\.l\.|s\.r\.o\.|d\.o\.o\.|uab|vof|v\.o\.f\.?|bvba|vzw)(?![\p{L}\d])/u;
/** The first word of each form of `LOWER_LEGAL_FORM`, as the tokenizer cuts it (letters only). */
const LEGAL_OPENINGS: ReadonlySet<string> = new Set('b bv gmbh s srl ltd inc llc sp kft ood eood sarl lda d uab vof v bvba vzw'.split(' '));

/**
 * Chains, banks and telephone companies that people name as where they work, shop or bank: public
 * company names (the KvK's trade register; the banks of DNB's public register that people name; the
 * mobile operators and resellers of ACM's list), facts with no licence of their own. Only names
 * that are no word of a sentence are taken in lower case: "plus", "action", "spar", "picnic",
 * "randstad" (the region) and "thuisbezorgd" are words too and are left to organisations.ts, which
 * reads them capitalised. The dictionary test cannot decide this: its filter holds many brands.
 */
const LOWER_CHAINS: ReadonlySet<string> = new Set(
  `lidl aldi jumbo hoogvliet vomar dekamarkt kruidvat etos hema primark zeeman wibra xenos blokker ikea postnl dhl dpd gls
  adecco covebo youngcapital deliveroo coolblue zalando wehkamp hellofresh getir vion plukon westfort aviko mccain floraholland
  frieslandcampina rabobank triodos bunq revolut knab odido kpn vodafone ziggo lebara lycamobile simyo moneygram worldremit
  remitly`.split(/\s+/),
);
/** Chains of two words or more, each word of which may be a dictionary word ("western union"). */
const CHAIN_PHRASES: readonly (readonly string[])[] = [
  'albert heijn',
  'dirk van den broek',
  'western union',
  'burger king',
  'new york pizza',
  'uber eats',
  'just eat',
  'start people',
  'tempo team',
  'van der valk',
  'holiday inn',
  'abn amro',
  'sns bank',
  'asn bank',
].map((p) => p.split(' '));
const CHAIN_HEADS: ReadonlySet<string> = new Set(CHAIN_PHRASES.map((p) => p[0]!));
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', "'t", 'the']);
/** Before a chain's name: an article or a preposition of where someone works, shops or banks. */
const BEFORE_CHAIN: ReadonlySet<string> = new Set('de het the bij via voor at for in op naar'.split(' '));

/** Bits of `WORD_CLASSES`: which of the sets above a word is in. */
const TAIL = 1;
const ARTICLE = 2;
const OPENS_CHAIN = 4;
const CHAIN = 8;
const LEGAL_OPENING = 16;

/**
 * Every word of the sets the scan below asks about, with the bits of the sets that hold it: a
 * message's word is looked up once here instead of up to seven times in five sets (a kind tail
 * among the next three words was asked of each word three times). Made from the word lists alone.
 */
const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  add(KIND_TAILS, TAIL);
  add(ARTICLES, ARTICLE);
  add(BEFORE_CHAIN, OPENS_CHAIN);
  add(LOWER_CHAINS, CHAIN);
  add(CHAIN_HEADS, CHAIN);
  add(LEGAL_OPENINGS, LEGAL_OPENING);
  return classes;
})();

/**
 * The class bits of the message being read, one a token, reused from message to message (a typed
 * array is costly to make): bits of the word lists, never a word; each message overwrites what it reads.
 */
let classScratch = new Uint8Array(64);

function classesOf(tokens: readonly Token[]): Uint8Array {
  if (classScratch.length < tokens.length) classScratch = new Uint8Array(2 * tokens.length);
  const classes = classScratch;
  for (let i = 0; i < tokens.length; i++) classes[i] = WORD_CLASSES.get(tokens[i]!.key) ?? 0;
  return classes;
}

/** Whether a word of `KIND_TAILS` stands among the three words after token `i`: the costly tests only then. */
function kindTailWithin(classes: Uint8Array, count: number, i: number): boolean {
  for (let j = i + 1; j < count && j <= i + 3; j++) if ((classes[j]! & TAIL) !== 0) return true;
  return false;
}

/**
 * Where a kind word or a business's name may open a phrase of its own: after a preposition of a place
 * of work, after a naming verb ("is", "heet", "called"), or at the start of the message or after a
 * mark ("…, slijterij het vaatje", "Uitzendbureau workforce direct, …"). After an article, a
 * possessive or an adjective it is any such business ("de bakkerij", "mijn zaak", "een grote fabriek").
 */
const NAMING_WORDS: ReadonlySet<string> = new Set('is was heet heette om called named namelijk'.split(' '));
const CONNECTORS: ReadonlySet<string> = new Set(['by', 'of']);

/** A word without a capital ("güneş", "'t"), which the capitalised rules of organisations.ts do not read. */
const isLower = (t: Token): boolean => isLowerCaseWord(t.text);
const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
const onlySpace = (s: string): boolean => /^\s+$/.test(s);

/**
 * A participle ("gewerkt", "gebracht"): no business's name holds one. Other verb forms are not
 * told apart here: the tests of organisations.ts would also take "golden" or "best" for verbs.
 */
function isParticiple(key: string): boolean {
  return /^ge\p{L}{2,}[dtn]$/u.test(key) && looksLikeVerb(key);
}

/** A lower-case word that may be part of a business's own name: no function word, participle, noun of time or town. */
function mayName(t: Token): boolean {
  return isLower(t) && t.key.length >= 2 && !isFunctionWord(t.key) && !NOT_A_NAME.has(t.key) && !isParticiple(t.key) && !isTown(t);
}

/** Whether a phrase may open at token `i`: after a workplace preposition or naming word, at the start, or after a mark. */
function opensPhrase(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return /^[\s"'“‘(]*$/u.test(text.slice(0, tokens[0]!.start));
  const before = tokens[i - 1]!;
  const between = gap(text, before, tokens[i]!);
  if (onlySpace(between)) return WORKPLACE_PREPOSITIONS.has(before.key) || NAMING_WORDS.has(before.key);
  return /^\s*[,:;(]\s*$/u.test(between);
}

/** A town written in lower case ("restaurant golden dragon emmen"): where the business is, not its name. */
function isTown(t: Token): boolean {
  return t.key.length >= 3 && isPlaceName(t.text[0]!.toUpperCase() + t.text.slice(1));
}

export function findLowerCaseOrganisations(text: string): Candidate[] {
  if (!hasLowerCaseLetter(text)) return [];
  const tokens = tokenize(text);
  const classes = classesOf(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Set look-ups first; the tests with patterns (where the phrase opens, lower case) only for the few words they pass.
    // A kind word of another language ("agencji", "limpieza") is left to organisations.ts: in its own
    // language every word after it is unknown to the dictionaries, and its articles look like ours.
    // Short kind words ("sc", "vv", "roc", "mbo") are abbreviations that go with a capitalised name (organisations.ts).
    const bareKind = t.key.length >= 4 && isKindWord(t.key) && !BARE_IN_PHRASES.has(t.key) && isOrdinaryWord(t.key);
    const tail = kindTailWithin(classes, tokens.length, i);
    if (bareKind || tail) {
      const opens = opensPhrase(text, tokens, i);
      if (opens && bareKind) nameAfterBareKind(text, tokens, i, out);
      if (opens && tail && isLower(t)) nameBeforeKindTail(text, tokens, i, out);
    }
    const before = tokens[i - 1];
    if (before === undefined) continue;
    if ((classes[i - 1]! & ARTICLE) !== 0 && isLower(t) && afterArticleAtWork(text, tokens, i)) schoolAt(text, tokens, i, out);
    if ((classes[i - 1]! & OPENS_CHAIN) !== 0 && (classes[i]! & CHAIN) !== 0 && isLower(t) && onlySpace(gap(text, before, t)))
      chainAt(text, tokens, i, out);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The pattern only where the next word opens a legal form ("b" of "b.v.", "gmbh", "sp" of "sp. z o.o.").
    if ((classes[i + 1]! & LEGAL_OPENING) === 0) continue;
    const legal = LOWER_LEGAL_FORM.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 16));
    if (legal !== null) nameBeforeLegalForm(text, tokens, i, tokens[i]!.end + legal[0].length, out);
  }
  return out;
}

const SCHOOL_ENDS = ['college', 'lyceum', 'gymnasium'];
/** After a preposition and an article: "op het", "bij de", "at the". */
function afterArticleAtWork(text: string, tokens: readonly Token[], i: number): boolean {
  const article = tokens[i - 1];
  const preposition = tokens[i - 2];
  if (article === undefined || preposition === undefined) return false;
  return (
    /^(?:de|het|'t|the)$/.test(article.key) &&
    WORKPLACE_PREPOSITIONS.has(preposition.key) &&
    onlySpace(gap(text, preposition, article)) &&
    onlySpace(gap(text, article, tokens[i]!))
  );
}

/**
 * "op het da vinci college", "op het vlietcollege west": a school's name in lower case after a
 * preposition and an article. The name needs a word no dictionary knows or two words: "op het
 * christelijk college" is any such school.
 */
function schoolAt(text: string, tokens: readonly Token[], i: number, out: Candidate[]): void {
  let evidence = 0;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const w = tokens[j]!;
    if (j > i && !onlySpace(gap(text, tokens[j - 1]!, w))) return;
    if (!isLower(w)) return;
    const compound = SCHOOL_ENDS.some((e) => w.key.length >= e.length + 3 && w.key.endsWith(e)) && !isOrdinaryWord(w.key);
    const ends = SCHOOL_ENDS.includes(w.key) && j > i;
    if (compound || ends) {
      if (!compound && j - i < 2 && evidence === 0) return;
      let k = j + 1;
      while (k < tokens.length && isLower(tokens[k]!) && onlySpace(gap(text, tokens[k - 1]!, tokens[k]!)) && REGIONS.has(tokens[k]!.key))
        k++;
      out.push(found(w.key === tokens[i]!.key ? w.start : tokens[i]!.start, tokens[k - 1]!.end));
      return;
    }
    // "op het van lodenstein college": a particle may open a school's name.
    if ((isFunctionWord(w.key) && !(j === i && NAME_OPENERS.has(w.key))) || NOT_A_NAME.has(w.key)) return;
    if (isUnknownWord(w.text) || isTown(w) || FIRST_NAMES.has(w.key) || SURNAMES.has(w.key)) evidence++;
  }
}

/** "bij de lidl", "via western union": a chain's own name in lower case. */
function chainAt(text: string, tokens: readonly Token[], i: number, out: Candidate[]): void {
  const t = tokens[i]!;
  if (LOWER_CHAINS.has(t.key)) {
    out.push(found(t.start, t.end));
    return;
  }
  for (const phrase of CHAIN_PHRASES) {
    if (phrase[0] !== t.key || i + phrase.length > tokens.length) continue;
    let k = 1;
    while (k < phrase.length && tokens[i + k]!.key === phrase[k] && /^[\s-]+$/.test(gap(text, tokens[i + k - 1]!, tokens[i + k]!))) k++;
    if (k === phrase.length && isLower(tokens[i + k - 1]!)) out.push(found(t.start, tokens[i + k - 1]!.end));
  }
}

/**
 * A weak guess that only adds, as the tagger's spans do (resolve.ts `withTaggedRest`): where a
 * surer rule found part of the business ("schoonmaak bv" of "glansrijk schoonmaak bv"), the rest
 * joins it instead of losing to it.
 */
function found(start: number, end: number): Candidate {
  return { type: 'ORGANISATIE', start, end, tier: 3, tagged: true };
}

/** "bij kwekerij van der kraan in …", "in restaurant golden dragon, …": the words after a bare kind word. */
function nameAfterBareKind(text: string, tokens: readonly Token[], kind: number, out: Candidate[]): void {
  let j = kind + 1;
  let opened = false;
  // "van der kraan", "de smulhoek": a particle or article opens the name.
  if (j < tokens.length && isLower(tokens[j]!) && NAME_OPENERS.has(tokens[j]!.key) && onlySpace(gap(text, tokens[j - 1]!, tokens[j]!))) {
    opened = true;
    j++;
    if (tokens[j - 1]!.key === 'van' && j < tokens.length && PARTICLES_AFTER_VAN.has(tokens[j]!.key)) j++;
  }
  const afterVan = opened && tokens[kind + 1]!.key === 'van';
  let names = 0;
  let unknown = 0;
  let end = -1;
  let closed = false;
  for (; j < tokens.length && names < 4; j++) {
    const between = gap(text, tokens[j - 1]!, tokens[j]!);
    if (!onlySpace(between) && !/^\s+&\s+$/.test(between)) {
      closed = names > 0 && !/\d/.test(between);
      break;
    }
    const w = tokens[j]!;
    // "kwekerij van der meer", "slachterij van hees": after "van" the owner's surname, even one that is a word too.
    // A pronoun or article there ("van dat meisje") is none, though a name list may hold it.
    const listed = (SURNAMES.has(w.key) || FIRST_NAMES.has(w.key)) && (w.key.length >= 4 || !isFunctionWord(w.key));
    if (afterVan && names === 0 && isLower(w) && (listed || isUnknownWord(w.text))) {
      names++;
      unknown++;
      end = w.end;
      continue;
    }
    // "nails by linh", "taste of punjab": an English joining word inside the name, never at its end.
    if (names > 0 && CONNECTORS.has(w.key) && j + 1 < tokens.length && mayName(tokens[j + 1]!)) continue;
    if (!mayName(w) || isKindWord(w.key)) {
      // A capitalised word (the town), a preposition or a conjunction ends the name; a verb or a time does not close one.
      closed = names > 0 && (!isLower(w) || isFunctionWord(w.key) || isTown(w));
      break;
    }
    names++;
    if (isUnknownWord(w.text)) unknown++;
    end = w.end;
  }
  if (j === tokens.length && names > 0) closed = !/\d/.test(text.slice(end));
  if (names === 0 || !closed) return;
  // Without an opening particle or a word no dictionary knows, one dictionary word may be the sentence's own ("in hotel kamer").
  if (!opened && unknown === 0 && names < 2) return;
  // "kwekerij van de baas": after "van" a word of the sentence, not the owner's name.
  if (afterVan && unknown === 0) return;
  out.push(found(tokens[kind]!.start, end));
}

/**
 * "via euro pick logistics", "bij flexpro personeelsdiensten": one to three words and a kind word that
 * closes the name. One dictionary word before a kind word is mostly a noun phrase of the sentence
 * ("in cannabis farms", "for drug transport", "bij huishoudelijk personeel"), so the name needs two
 * words, a word no dictionary knows, a town ("westland logistics") or a legal form after it.
 */
function nameBeforeKindTail(text: string, tokens: readonly Token[], first: number, out: Candidate[]): void {
  let evidence = 0;
  for (let j = first; j < tokens.length && j < first + 4; j++) {
    const w = tokens[j]!;
    if (j > first && !onlySpace(gap(text, tokens[j - 1]!, w)) && !/^\s+&\s+$/.test(gap(text, tokens[j - 1]!, w))) return;
    if (j > first && KIND_TAILS.has(w.key) && isLower(w)) {
      // "lotus wellness center", "staffing solutions noord", "logiflex uden": more kind words, a region or a town go on with it.
      let k = j + 1;
      while (
        k < tokens.length &&
        isLower(tokens[k]!) &&
        onlySpace(gap(text, tokens[k - 1]!, tokens[k]!)) &&
        (KIND_TAILS.has(tokens[k]!.key) || REGIONS.has(tokens[k]!.key))
      )
        k++;
      // "chinees restaurant lucky star": a kind word with a name after it opens that name, it does not close this one.
      if (k < tokens.length && onlySpace(gap(text, tokens[k - 1]!, tokens[k]!)) && mayName(tokens[k]!)) return;
      let end = tokens[k - 1]!.end;
      const legal = LOWER_LEGAL_FORM.exec(text.slice(end, end + 16));
      if (legal !== null) end += legal[0].length;
      if (j - first >= 2 || evidence > 0 || legal !== null || STRONG_TAILS.has(w.key)) out.push(found(tokens[first]!.start, end));
      return;
    }
    if (isUnknownWord(w.text) || isTown(w)) evidence++;
    // A town may open such a name ("westland logistics", "drenthe verpakking").
    if (KIND_TAILS.has(w.key) || !(mayName(w) || (isLower(w) && isTown(w)))) return;
  }
}

/** "flex personal niederrhein gmbh", "euro tranzit s.r.l.": the lower-case words right before a legal form. */
function nameBeforeLegalForm(text: string, tokens: readonly Token[], last: number, end: number, out: Candidate[]): void {
  let start = -1;
  for (let j = last; j >= 0 && j > last - 4; j--) {
    const w = tokens[j]!;
    if (j < last && !onlySpace(gap(text, w, tokens[j + 1]!)) && !/^\s+&\s+$/.test(gap(text, w, tokens[j + 1]!))) break;
    if (!isLower(w) || isFunctionWord(w.key) || NAMING_WORDS.has(w.key) || isParticiple(w.key)) break;
    start = w.start;
  }
  if (start >= 0) out.push(found(start, end));
}
