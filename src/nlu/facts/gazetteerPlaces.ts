/**
 * The facts' place finder over the shared gazetteer (src/geo): the first Dutch place a message
 * names with enough context to be a place ("in Best", "Hoogvliet", not the word "best"), as the
 * citizen wrote it, with its official municipality and its veiligheidsregio (one Veilig Thuis
 * organisation each). A bare answer to "In welke plaats?" is read as a whole ("den bosch").
 *
 * Messages in other languages bend the Dutch name: a case ending ("Naaldwijkban", "Rotterdam'da",
 * "w Amsterdamie") or Cyrillic letters ("в Роттердаме", "Дронтені"). When the plain look finds no
 * place, a second look tries the name without such an ending and Cyrillic spelled in Latin letters,
 * and only accepts a whole Dutch town or municipality (a name the gazetteer knows as written, or
 * one letter off for Cyrillic). Names people use abroad for the larger cities ("Hága", "Гаага",
 * "لاهاي") are in the gazetteer (src/geo/namesAbroad.ts).
 */
import { isDutch, isLikelyPlace, type DutchPlace, type Gazetteer } from '../../geo';
import { dutchLatinOf as latinOf, withoutMarks } from '../../geo/transliterate';
import type { PlaceFinder, PlaceMatch } from './facts';

const match = (place: DutchPlace, written: string): PlaceMatch => ({
  place: written.trim(),
  municipality: place.municipality.name,
  region: place.region.name,
});

/** The words right before a place that make it where someone goes: "naar", "to", "richting". */
const DESTINATION =
  /(?:^|[^\p{L}])(?:naar|to|towards|richting)\s+(?:(?:het|de|the)\s+|(?:een|a|an|het|de|the)\s+\p{L}+\s+(?:in|bij|near|at)\s+)?$/u;
/** Moving to a place, or going back to it, makes it where someone lives. */
const SETTLED =
  /(?:^|[^\p{L}])(?:moved|moving|move|verhuisd|verhuizen|verhuist|verhuisde|terug|back|brought|came|come|kwam|kwamen|komen|woont|wonen|live|lives|living)(?:[^\p{L}]+\p{L}+){0,6}[^\p{L}]+(?:naar|to|towards|richting)\s+(?:(?:het|de|the)\s+|(?:een|a|an|het|de|the)\s+\p{L}+\s+(?:in|bij|near|at)\s+)?$/u;

export function gazetteerPlaces(gazetteer: Gazetteer): PlaceFinder {
  return {
    find(text: string, answering = false): PlaceMatch | null {
      if (answering) {
        const whole = gazetteer.placeIn(text);
        if (whole) return match(whole, whole.name);
      }
      // A place someone is taken or sent to ("moet vanavond een tas naar rdam brengen, ... hier in
      // spijkenisse", "the train to Groningen ... I live in Zwolle") is not where the writer or the
      // person of concern is: another place named wins. A destination alone is still the place the
      // worry is about (the writers label it so: "naar een huis in Almere gegaan"). Moving there or
      // coming back to it ("moved to Hoorn", "terug naar Den Helder") is no destination.
      let destination: PlaceMatch | null = null;
      for (const span of gazetteer.findPlaces(text, { foreign: false })) {
        if (!isDutch(span.place) || !isLikelyPlace(span)) continue;
        const found = match(span.place, text.slice(span.start, span.end));
        const before = text.slice(Math.max(0, span.start - 60), span.start).toLowerCase();
        if (!DESTINATION.test(before) || SETTLED.test(before)) return found;
        destination ??= found;
      }
      return destination ?? bentName(gazetteer, text);
    },
    sameMunicipality(a: string, b: string): boolean {
      const ma = gazetteer.resolvePlace(a)?.municipality.code;
      return ma !== undefined && ma === gazetteer.resolvePlace(b)?.municipality.code;
    },
  };
}

/**
 * Case endings of the languages labour migrants write in, longest first: Hungarian (-ban, -ból,
 * -hoz, ...), Polish, Czech and Slovak locatives (-ie, -u), Romanian and Bulgarian articles (-ul),
 * and the Cyrillic endings once spelled in Latin letters (-e, -i, -u, -om, -ach). Turkish writes
 * its endings after an apostrophe, which is cut off whatever it is.
 */
const ENDINGS = [
  'ban',
  'ben',
  'bol',
  'bel',
  'rol',
  'rel',
  'hoz',
  'hez',
  'hoz',
  'nal',
  'nel',
  'tol',
  'tel',
  'ach',
  'om',
  'ie',
  'ul',
  'ba',
  'be',
  'on',
  'en',
  'ig',
  'e',
  'i',
  'u',
  'a',
  'y',
];

/** A capitalised word, with an apostrophe ending kept apart ("Rotterdam'da"). */
const WORD = /(\p{Lu}[\p{L}]+)(?:['’][\p{L}]+)?/gu;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/u;
const MIN_STEM = 4;

/** Capitalised words a second look tries: a long story's names come early, and each try costs a look-up. */
const MAX_TRIED = 24;

function bentName(gazetteer: Gazetteer, text: string): PlaceMatch | null {
  let tried = 0;
  for (const m of text.matchAll(WORD)) {
    if (++tried > MAX_TRIED) break;
    const written = m[1]!;
    // A capital at the start of a sentence says nothing; an apostrophe ending or a case ending does.
    const apostrophe = m[0].length > written.length;
    const cyrillic = CYRILLIC_WORD.test(written);
    const word = cyrillic ? latinOf(written) : written;
    const plain = withoutMarks(word);
    const stems = apostrophe ? [plain] : [plain, ...ENDINGS.filter((e) => plain.endsWith(e)).map((e) => plain.slice(0, -e.length))];
    for (const stem of stems) {
      if (stem.length < MIN_STEM) continue;
      const place = wholeTown(gazetteer, stem, cyrillic);
      if (place) return match(place, cyrillic ? written : stem === plain ? written : written.slice(0, stem.length));
    }
  }
  return null;
}

/** A Dutch town or municipality the whole stem names; one letter off only for names from Cyrillic. */
function wholeTown(gazetteer: Gazetteer, stem: string, typos: boolean): DutchPlace | null {
  const [span] = gazetteer.findPlaces(stem, { foreign: false, typos });
  if (!span || span.start !== 0 || span.end !== stem.length || !isDutch(span.place)) return null;
  if (span.place.kind === 'neighbourhood' || span.ordinaryWord || span.functionWord || span.short) return null;
  if (span.typo && stem.length < 6) return null;
  return span.place;
}
