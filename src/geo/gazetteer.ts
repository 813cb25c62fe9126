/**
 * A Dutch gazetteer: every municipality with its province and veiligheidsregio (one Veilig Thuis
 * organisation each), the towns, villages and named neighbourhoods in them, chat spellings, and
 * cities abroad. Loaded once from `data/gazetteer.json` (see data/README.md for sources and
 * licences), checked with zod, indexed in memory.
 *
 * - `Gazetteer.load()`: reads, validates and indexes the shipped data.
 * - `resolvePlace(name)`: the Dutch place a name stands for ("Hoogvliet", "rdam zuid", "Den
 *   Bosch", "naaldwjik"), with its municipality, province and region, or null.
 * - `placeIn(text)`: the Dutch place a free-text message is about ("wij zitten in naaldwijk").
 * - `provinceIn(text)`: the first province named in a text.
 * - `resolveForeign(name)`: the city abroad a name stands for ("Warschau", "Cluj").
 * - Names used abroad for the larger Dutch cities ("Hága", "Гаага", "لاهاي") resolve to them
 *   (namesAbroad.ts); a country's name ("Philippines") is never read as a typo of a Dutch place.
 * - `findPlaces(text)`: every place named in a text, left to right, longest name first, in time
 *   linear in the text. Each span says whether its name is also an ordinary word ("best", "goes"),
 *   very short, or matched as a typo (`needsContext`), and whether a place word such as "in" or
 *   "uit" comes just before it (`cued`); `isLikelyPlace` applies the usual rule to that.
 *
 * Lookups ignore case, diacritics, apostrophes, hyphens and spaces between words ("'s-Gravenhage",
 * "s gravenhage", "Den Haag", "denhaag"). When a name fits several places, a municipality goes
 * before a town, a town before a neighbourhood, a Dutch place before one abroad, and a larger
 * place before a smaller one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { TypoIndex } from './fuzzy';
import { KeyTrie } from './keyTrie';
import { NAMES_ABROAD } from './namesAbroad';
import { nameKey, nameVariants, wordParts, type WordPart } from './normalise';
import { checkMunicipalities, foreignRows, gazetteerDataSchema, placeRows, TYPO_MIN_LENGTH, type GazetteerData } from './schema';

export interface Province {
  /** Two-letter code (ZH, NB, ...). */
  readonly code: string;
  readonly name: string;
}

/** A veiligheidsregio; each has its own Veilig Thuis organisation, so it is the referral region. */
export interface SafetyRegion {
  /** VR01 ... VR25. */
  readonly code: string;
  readonly name: string;
}

export interface Municipality {
  /** CBS gemeentecode, four digits ("0599"). */
  readonly code: string;
  /** The name as CBS writes it ("'s-Gravenhage", "Bergen (NH.)"). */
  readonly name: string;
  readonly province: Province;
  readonly region: SafetyRegion;
}

export type DutchPlaceKind = 'municipality' | 'town' | 'neighbourhood';

export interface DutchPlace {
  readonly kind: DutchPlaceKind;
  /** The place's own name (the municipality's name for a municipality). */
  readonly name: string;
  readonly municipality: Municipality;
  readonly province: Province;
  readonly region: SafetyRegion;
  /** Inhabitants where the source gives them, else 0. */
  readonly population: number;
}

export interface ForeignPlace {
  readonly kind: 'foreign';
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  /** The country's Dutch name. */
  readonly country: string;
  readonly population: number;
}

export type Place = DutchPlace | ForeignPlace;

export interface PlaceSpan {
  /** Offsets in the text passed to findPlaces: text.slice(start, end) is the name as written. */
  readonly start: number;
  readonly end: number;
  readonly place: Place;
  readonly dutch: boolean;
  /** The name as written is also an ordinary Dutch or English word ("Best", "Goes", "Hoorn"). */
  readonly ordinaryWord: boolean;
  /** Three letters or fewer ("Ede", "dh"): easily something else. */
  readonly short: boolean;
  /** Found one typo away from the name. */
  readonly typo: boolean;
  /**
   * One of the most frequent function words ("Een" in Drenthe, "Van" in Turkey). Found only when
   * written with a capital, and then a place word before it is not enough.
   */
  readonly functionWord: boolean;
  /** ordinaryWord, functionWord, short or typo: only a place when the context says so. */
  readonly needsContext: boolean;
  /** A place word comes just before it ("in", "uit", "naar", "te", "bij", "from", ...). */
  readonly cued: boolean;
  /** Written with a capital. */
  readonly capitalised: boolean;
  /** First word of the text or of a sentence, where a capital says nothing. */
  readonly sentenceStart: boolean;
}

export interface FindOptions {
  /**
   * Also find names one typo away (longer Dutch names, written with a capital or after a place word).
   * Default true. 'cued': only right after a place word ("in naaldwjik"), for a caller that drops
   * every other typo anyway; each look-up probes the typo index once per letter of the word.
   */
  readonly typos?: boolean | 'cued';
  /** Also find cities abroad. Default true. */
  readonly foreign?: boolean;
  /**
   * The caller's memo of typo look-ups: a word (folded) to the key of its nearest place, '' for
   * none. The gazetteer is shared by every conversation and keeps no memo of its own (the words it
   * checks are often names); a caller that serves one transcript may pass one it drops with it.
   */
  readonly typoMemo?: Map<string, string>;
}

/** A bound on a caller's typo memo, for a very long transcript. */
const TYPO_MEMO_LIMIT = 20_000;

/** Words that put a place after them. Dutch and English, as citizens write them. */
const CUES: ReadonlySet<string> = new Set([
  'in',
  'uit',
  'naar',
  'te',
  'bij',
  'rond',
  'rondom',
  'vanuit',
  'richting',
  'omgeving',
  'gemeente',
  'regio',
  'nabij',
  'from',
  'to',
  'near',
  'around',
  'at',
  'outside',
]);

/** A compass word or "centrum" after a city names a part of it ("rdam zuid", "Utrecht Oost"). */
const DISTRICT_WORDS: Readonly<Record<string, string>> = {
  noord: 'Noord',
  zuid: 'Zuid',
  oost: 'Oost',
  west: 'West',
  noordoost: 'Noordoost',
  noordwest: 'Noordwest',
  zuidoost: 'Zuidoost',
  zuidwest: 'Zuidwest',
  centrum: 'Centrum',
};

const KIND_ORDER: Readonly<Record<Place['kind'], number>> = { municipality: 0, town: 1, neighbourhood: 2, foreign: 3 };
const SENTENCE_END = /[.!?\n]\s*$/;

/** The languages whose country names are known (the chat's and those labour migrants often write in). */
const COUNTRY_NAME_LANGUAGES = ['nl', 'en', 'de', 'fr', 'pl', 'ro', 'bg', 'uk', 'ru', 'hu', 'tr', 'es', 'pt', 'ar', 'lt', 'lv', 'sk', 'cs'];

/** The country the gazetteer's Dutch places are in (ISO 3166-1 alpha-2), and the chat's own languages. */
const HOME_COUNTRY = 'NL';
const HOME_LANGUAGES = ['nl', 'en'];

/** Every country's name in those languages, folded, from the runtime's own locale data. */
function countryNames(codes: readonly string[], languages: readonly string[] = COUNTRY_NAME_LANGUAGES): Set<string> {
  const names = new Set<string>();
  for (const language of languages) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) for (const key of nameVariants(name)) names.add(key);
    }
  }
  return names;
}

/** The shipped data file. */
export function defaultDataFile(): string {
  return path.join(projectRoot(), 'src', 'geo', 'data', 'gazetteer.json');
}

function better(a: Place, b: Place): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.population - a.population;
}

export class Gazetteer {
  readonly provinces: readonly Province[];
  readonly regions: readonly SafetyRegion[];
  readonly municipalities: readonly Municipality[];
  /** Source, version and licence of every part of the data. */
  readonly sources: GazetteerData['sources'];
  /** Counts of what the data holds. */
  readonly counts: { municipalities: number; towns: number; neighbourhoods: number; foreign: number };

  private readonly byKey = new Map<string, Place[]>();
  /** The keys of `byKey` as paths of words, for the scan of a message's words (keyTrie.ts). */
  private readonly names = new KeyTrie<Place[]>();
  private readonly ordinary: ReadonlySet<string>;
  private readonly functionWords: ReadonlySet<string>;
  private readonly shadows: ReadonlySet<string>;
  private readonly typoKeys: readonly string[];
  /**
   * Country names in the languages the chat meets ("philippines"): never a typo of a Dutch place
   * ("Philippine"). Built on the first typo look-up, like the typo index: reading every country's
   * name in eighteen languages was a large part of the start, and most messages need no typo look-up.
   */
  private countryNameSet: ReadonlySet<string> | undefined;
  /** The Dutch and English names of the countries abroad (`countriesAbroad`). */
  private countryAbroadSet: ReadonlySet<string> | undefined;
  private readonly countryCodes: readonly string[];
  /** Built on the first typo look-up: exact look-ups, the common case, never pay for it. */
  private typoIndex: TypoIndex | undefined;
  private readonly municipalityByCode = new Map<string, Municipality>();
  private readonly provinceByKey = new Map<string, Province>();

  private constructor(data: GazetteerData) {
    this.sources = data.sources;
    this.provinces = data.provinces.map(([code, name]) => ({ code, name }));
    this.regions = data.regions.map(([code, name]) => ({ code, name }));
    const m = data.municipalities;
    this.municipalities = m.code.map((code, i) => ({
      code,
      name: m.name[i]!,
      province: this.provinces[m.province[i]!]!,
      region: this.regions[m.region[i]!]!,
    }));
    for (const p of this.provinces) this.provinceByKey.set(nameKey(p.name), p);
    // Names people use beside the official ones.
    this.provinceByKey.set('friesland', this.provinceByKey.get('fryslan')!);
    this.provinceByKey.set('brabant', this.provinceByKey.get('noord brabant')!);

    const municipalityKeys = checkMunicipalities(data);
    this.municipalities.forEach((municipality, i) => {
      this.municipalityByCode.set(municipality.code, municipality);
      this.add({ ...municipality, kind: 'municipality', municipality, population: 0 }, municipalityKeys[i]!);
    });
    const places = placeRows(data);
    let towns = 0;
    places.names.forEach((name, i) => {
      const municipality = this.municipalities[places.owner[i]!]!;
      const kind = places.kinds[i] === '0' ? 'town' : 'neighbourhood';
      if (kind === 'town') towns++;
      const { province, region } = municipality;
      this.add({ kind, name, municipality, province, region, population: places.population[i]! }, places.keys[i]!);
    });
    const foreign = foreignRows(data);
    foreign.names.forEach((name, i) => {
      const [countryCode, country] = data.countries[foreign.owner[i]!]!;
      this.add({ kind: 'foreign', name, countryCode, country, population: foreign.population[i]! }, foreign.keys[i]!);
    });
    // Names used abroad for the larger cities ("Hága", "Гаага", "لاهاي"): only where no place has the name.
    const abroad = new Set<string>();
    for (const [code, names] of Object.entries(NAMES_ABROAD)) {
      const municipality = this.municipalityByCode.get(code);
      if (!municipality) throw new Error(`namesAbroad: unknown municipality ${code}`);
      const keys = names.flatMap(nameVariants).filter((key) => !this.byKey.has(key));
      keys.forEach((key) => abroad.add(key));
      this.add({ ...municipality, kind: 'municipality', municipality, population: 0 }, keys);
    }
    for (const list of this.byKey.values()) if (list.length > 1) list.sort(better);
    for (const [key, list] of this.byKey) this.names.add(key, list);
    this.countryCodes = data.countries.map(([code]) => code);

    this.ordinary = new Set(data.ordinaryWords);
    this.functionWords = new Set(data.functionWords);
    this.shadows = new Set(data.typoShadows);
    const typoKeys: string[] = [];
    for (const [key, list] of this.byKey) {
      if (key.length >= TYPO_MIN_LENGTH && !key.includes(' ') && !this.ordinary.has(key) && !abroad.has(key) && isDutch(list[0]!))
        typoKeys.push(key);
    }
    this.typoKeys = typoKeys;
    this.counts = {
      municipalities: this.municipalities.length,
      towns,
      neighbourhoods: places.names.length - towns,
      foreign: foreign.names.length,
    };
  }

  /** Reads, validates (zod, then cross-references) and indexes a data file, by default the shipped one. */
  static load(file: string = defaultDataFile()): Gazetteer {
    return Gazetteer.fromData(JSON.parse(fs.readFileSync(file, 'utf8')));
  }

  /** Validates and indexes data already in memory (tests, or data from elsewhere). */
  static fromData(raw: unknown): Gazetteer {
    return new Gazetteer(gazetteerDataSchema.parse(raw));
  }

  private add(place: Place, keys: readonly string[]): void {
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [place]);
      else if (list[list.length - 1] !== place) list.push(place);
    }
  }

  municipality(code: string): Municipality | null {
    return this.municipalityByCode.get(code) ?? null;
  }

  /** A province by name, however written ("noord brabant", "Fryslân", "friesland"). */
  province(name: string): Province | null {
    return this.provinceByKey.get(nameKey(name)) ?? null;
  }

  /** The first province named in a text ("het is in zeeland", "Noord-Brabant"), or null. */
  provinceIn(text: string): Province | null {
    const parts = wordParts(text);
    for (let i = 0; i < parts.length; i++) {
      const one = this.provinceByKey.get(parts[i]!.key);
      const next = parts[i + 1];
      const two = next && next.joined ? this.provinceByKey.get(`${parts[i]!.key} ${next.key}`) : undefined;
      if (two ?? one) return (two ?? one)!;
    }
    return null;
  }

  /** Every place a name may stand for, best first (see the module comment for the order). */
  resolveAll(name: string): Place[] {
    const parts = stripLeadingCues(wordParts(name));
    if (parts.length === 0) return [];
    const key = parts.map((p) => p.key).join(' ');
    const exact = this.byKey.get(key) ?? this.byKey.get(key.replace(/ /g, ''));
    if (exact) return [...exact];
    // "rdam zuid", "Utrecht Oost": a city and a compass word.
    const last = parts[parts.length - 1]!.key;
    const district = DISTRICT_WORDS[last];
    if (district && parts.length > 1) {
      const city = this.resolveAll(name.slice(parts[0]!.start, parts[parts.length - 2]!.end)).find(isDutch);
      if (city) return [this.district(city, district)];
    }
    const joined = key.replace(/ /g, '');
    if (this.shadows.has(joined) || this.ordinary.has(joined) || this.countryNames().has(key)) return [];
    const near = this.typos()
      .lookup(joined)
      .flatMap((k) => this.byKey.get(k) ?? []);
    return near.filter((p, i) => near.indexOf(p) === i).sort(better);
  }

  /** The Dutch place a name stands for, or null. Tolerates case, accents, chat spellings and one typo in longer names. */
  resolvePlace(name: string): DutchPlace | null {
    return this.resolveAll(name).find(isDutch) ?? null;
  }

  /** The city abroad a name stands for, or null; a name that is also Dutch resolves to the Dutch place instead. */
  resolveForeign(name: string): ForeignPlace | null {
    const [best] = this.resolveAll(name);
    return best && best.kind === 'foreign' ? best : null;
  }

  /**
   * The Dutch place a free-text answer or message is about ("mijn dochter woont in Hoogvliet", "wij
   * zitten in naaldwijk"): the whole text as a name if it is one, else the first place in it that
   * counts by `isLikelyPlace`, else null.
   */
  placeIn(text: string): DutchPlace | null {
    const whole = this.resolvePlace(text);
    if (whole) return whole;
    const span = this.findPlaces(text, { foreign: false }).find(isLikelyPlace);
    return span && isDutch(span.place) ? span.place : null;
  }

  /** Every place named in a text, left to right, never overlapping; the longest name at a position wins. */
  findPlaces(text: string, options: FindOptions = {}): PlaceSpan[] {
    return this.findPlacesInParts(text, wordParts(text), options);
  }

  /**
   * `findPlaces` with the text's word parts given by a caller that has them already (they must be
   * `wordParts(text)`): the neutral words (src/nlu) build the text from words they hold (round 44).
   */
  findPlacesInParts(text: string, parts: readonly WordPart[], options: FindOptions = {}): PlaceSpan[] {
    const typos = options.typos ?? true;
    const foreign = options.foreign ?? true;
    const spans: PlaceSpan[] = [];
    let i = 0;
    while (i < parts.length) {
      const found =
        this.longestAt(parts, i, foreign) ??
        (typos === true || (typos === 'cued' && cuedAt(text, parts, i)) ? this.typoAt(parts, i, options.typoMemo) : null);
      if (!found) {
        i++;
        continue;
      }
      let { place, last } = found;
      // "rdam zuid": extend a Dutch city with a compass word that follows it.
      const next = parts[last + 1];
      const district = next && next.joined ? DISTRICT_WORDS[next.key] : undefined;
      if (district && isDutch(place) && place.kind !== 'neighbourhood') {
        place = this.district(place, district);
        last += 1;
      }
      const span = this.span(text, parts, i, last, place, found.typo);
      if (!span.functionWord || span.capitalised) spans.push(span);
      i = last + 1;
    }
    return spans;
  }

  /** The longest name that starts at part `i` and runs on over joined parts: a walk down the trie of names. */
  private longestAt(parts: readonly WordPart[], i: number, foreign: boolean): { place: Place; last: number; typo: false } | null {
    let node = this.names.first(parts[i]!.key);
    let best: { place: Place; last: number; typo: false } | null = null;
    for (let j = i; node !== undefined; j++) {
      const places = node.value;
      const place = places && (foreign ? places[0] : places.find(isDutch));
      if (place) best = { place, last: j, typo: false };
      const next = parts[j + 1];
      if (!next || !next.joined || node.next === undefined) break;
      node = node.next.get(next.key);
    }
    return best;
  }

  /**
   * A name one typo away, looked for only where a place is plausible at all: a capital, or a place
   * word just before ("in naaldwjik"). Lower-case words elsewhere are left alone, which also keeps
   * the scan fast on long texts.
   */
  private typoAt(
    parts: readonly WordPart[],
    i: number,
    memo: Map<string, string> | undefined,
  ): { place: Place; last: number; typo: true } | null {
    const part = parts[i]!;
    const key = part.key;
    if (key.length < TYPO_MIN_LENGTH - 1 || this.shadows.has(key) || /\d/.test(key)) return null;
    const previous = parts[i - 1];
    if (!part.capitalised && !(previous && CUES.has(previous.key))) return null;
    if (this.countryNames().has(key)) return null;
    // Only the caller's memo: the gazetteer is shared by every conversation, and its capitalised
    // words are often names, which must not outlive the caller's run in process state.
    let nearest = memo?.get(key);
    if (nearest === undefined) {
      nearest = this.typos().lookup(key)[0] ?? '';
      if (memo !== undefined) {
        if (memo.size >= TYPO_MEMO_LIMIT) memo.clear();
        memo.set(key, nearest);
      }
    }
    const place = nearest !== '' ? this.byKey.get(nearest)?.find(isDutch) : undefined;
    return place ? { place, last: i, typo: true } : null;
  }

  private countryNames(): ReadonlySet<string> {
    this.countryNameSet ??= countryNames(this.countryCodes);
    return this.countryNameSet;
  }

  /**
   * The Dutch and English names of the countries other than the Netherlands ("polen", "verenigde
   * staten", "nigeria"), as `nameKey` gives them (lower case, no marks, words apart), for a caller
   * that folds its words itself (src/nlu/model/neutralWords.ts). Only those two languages: the names
   * in the others meet their common words ("cada", "oma", "island", "grenade"), and in those
   * languages a country's name is mostly bent by its case ("w Polsce") anyway. Built on first use,
   * like the typo index.
   */
  countriesAbroad(): ReadonlySet<string> {
    this.countryAbroadSet ??= countryNames(
      this.countryCodes.filter((code) => code !== HOME_COUNTRY),
      HOME_LANGUAGES,
    );
    return this.countryAbroadSet;
  }

  private typos(): TypoIndex {
    this.typoIndex ??= new TypoIndex(this.typoKeys, TYPO_MIN_LENGTH);
    return this.typoIndex;
  }

  private district(city: DutchPlace, word: string): DutchPlace {
    const named = this.byKey.get(`${nameKey(city.name)} ${nameKey(word)}`)?.find(isDutch);
    if (named) return named;
    return { ...city, kind: 'neighbourhood', name: `${city.name}-${word}`, population: 0 };
  }

  private span(text: string, parts: readonly WordPart[], first: number, last: number, place: Place, typo: boolean): PlaceSpan {
    const head = parts[first]!;
    // Keep the apostrophe of "'s-Hertogenbosch" and "'t Harde" inside the span.
    const start = (head.key === 's' || head.key === 't') && /['’]/.test(text.charAt(head.start - 1)) ? head.start - 1 : head.start;
    const end = parts[last]!.end;
    const key = parts
      .slice(first, last + 1)
      .map((p) => p.key)
      .join(' ');
    const ordinaryWord = this.ordinary.has(key);
    const functionWord = this.functionWords.has(key);
    const short = key.replace(/ /g, '').length <= 3;
    const previous = parts[first - 1];
    // "te eten", "uit eten": after "te" or "uit" a lower-case ordinary word that reads as an
    // infinitive is the verb ("niks te eten", "uit eten gaan"), not the place it also names.
    // ("ik kom uit rijen" still tells where from.)
    const from = previous?.key === 'uit' && /^(?:kom|komt|komen|kwam|kwamen|afkomstig)$/.test(parts[first - 2]?.key ?? '');
    const verb = ordinaryWord && !head.capitalised && /en$/.test(key) && (previous?.key === 'te' || previous?.key === 'uit') && !from;
    const cued = previous !== undefined && CUES.has(previous.key) && /^\s+$/.test(text.slice(previous.end, head.start)) && !verb;
    const sentenceStart = first === 0 || SENTENCE_END.test(text.slice(Math.max(0, head.start - 4), head.start));
    return {
      start,
      end,
      place,
      dutch: place.kind !== 'foreign',
      ordinaryWord,
      functionWord,
      short,
      typo,
      needsContext: ordinaryWord || functionWord || short || typo,
      cued,
      capitalised: head.capitalised,
      sentenceStart,
    };
  }
}

/** A place word and nothing but spaces come just before part `i` (as `PlaceSpan.cued` asks, before its verb test). */
function cuedAt(text: string, parts: readonly WordPart[], i: number): boolean {
  const previous = parts[i - 1];
  return previous !== undefined && CUES.has(previous.key) && /^\s+$/.test(text.slice(previous.end, parts[i]!.start));
}

export function isDutch(place: Place): place is DutchPlace {
  return place.kind !== 'foreign';
}

/**
 * The usual rule for names that need context: a place word before it ("in Best", "uit goes"), or a
 * capital that is not just the start of a sentence ("we wonen nu in de buurt van Hoorn", "Best is
 * het dorp"). Names that need no context always count.
 */
export function isLikelyPlace(span: PlaceSpan): boolean {
  if (!span.needsContext) return true;
  if (span.cued && !span.functionWord) return true;
  return span.capitalised && !span.sentenceStart && !span.typo;
}

/** Leading place words of an answer ("in Naaldwijk", "gemeente Westland") say nothing about the place. */
function stripLeadingCues(parts: WordPart[]): WordPart[] {
  let i = 0;
  while (i < parts.length - 1 && CUES.has(parts[i]!.key)) i++;
  return parts.slice(i);
}
