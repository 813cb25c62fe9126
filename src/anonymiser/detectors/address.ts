/** Street addresses (street name, house number, addition) and Dutch postcodes. */
import type { Candidate } from '../types';

// Endings of Dutch street names. Capitalised names may use the long list; a lower-case word needs a
// strict ending, because "vergadering 3" or "supermarkt 2" are not addresses.
const STREET_END =
  'straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|park|hof|steeg|pad|dreef|baan|markt|burgwal|wal|ring|erf|plantsoen|boulevard|allee|haven|kanaal|veld|weide|akker|zoom|kamp|brink|donk|hoek|oord|rade|promenade|passage|galerij|vaart|tuin|tuinen|hoven|wijk|berg|dal|lei|hage|heuvel|horst|poort|schans|wetering|zijde|kwartier';
const STRICT_END = 'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|burgwal|plantsoen|boulevard|allee';
const PARTICLE = "(?:van|de|der|den|het|'t|la|le|ten|ter)";
const CAP_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const PREFIX = `(?:\\d{1,2}e\\s+)?(?:${CAP_WORD}\\s+(?:${PARTICLE}\\s+){0,2}){0,3}`;
const ADDITION_WORD = '(?:hs|huis|bis|bg|boven|beneden|zw|rood)';
const HOUSE_NUMBER = `\\d{1,5}(?:\\s?[-/]\\s?(?:\\d{1,3}|[a-zA-Z]{1,2}|[IVX]{1,4}|${ADDITION_WORD})(?![\\p{L}])|\\s?(?:[a-zA-Z]|[IVX]{2,4}|${ADDITION_WORD})(?![\\p{L}]))?`;

const STREET_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}\\d])(?:${PREFIX}[\\p{Lu}][\\p{L}'’-]+(?:${STREET_END})|Markt|Dam|Plein|Brink|Ring)\\s+${HOUSE_NUMBER}(?![\\p{L}\\d]|[.,:]\\d)`,
  'gu',
);
const STREET_LOWER_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}\\d])[\\p{Ll}][\\p{L}-]{2,}(?:${STRICT_END})\\s+${HOUSE_NUMBER}(?![\\p{L}\\d]|[.,:]\\d)`,
  'gu',
);
const STREET_NAME_ONLY = new RegExp(`(?<![\\p{L}\\d])${PREFIX}[\\p{Lu}][\\p{L}'’-]{2,}(?:${STRICT_END})(?![\\p{L}])`, 'gu');
const ENGLISH_ADDRESS =
  /(?<![\p{L}\d])\d{1,5}\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Court|Way)(?![\p{L}])/gu;
/** Common nouns with a street-like ending: not an address on their own. */
const NOT_A_STREET =
  /^(?:snelweg|uitweg|zijweg|achterweg|fietspad|voetpad|zijstraat|hoofdweg|parkeerplaats|speeltuin|moestuin|kinderboerderij|haven)$/i;

/** Drop a leading capitalised sentence word ("Het", "Ze", "In") that the prefix swallowed. */
function trimLead(match: string): number {
  const first = /^([\p{Lu}][\p{L}]*)\s+/u.exec(match);
  if (!first) return 0;
  const lead = first[1]!.toLowerCase();
  return [
    'het',
    'de',
    'in',
    'op',
    'ze',
    'hij',
    'zij',
    'wij',
    'ik',
    'bij',
    'aan',
    'naar',
    'uit',
    'mijn',
    'haar',
    'zijn',
    'adres',
    'the',
    'at',
    'on',
    'in',
    'address',
    'woont',
    'wonen',
  ].includes(lead)
    ? first[0].length
    : 0;
}

export function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, match: string, tier: 1 | 2): void => {
    let offset = trimLead(match);
    while (offset > 0) {
      const more = trimLead(match.slice(offset));
      if (more === 0) break;
      offset += more;
    }
    offset += /^(?:(?:de|het|'t|op|in|aan|bij)\s+)*/.exec(match.slice(offset))![0].length;
    const span = match.slice(offset);
    if (NOT_A_STREET.test(span.split(/\s/)[0]!)) return;
    out.push({ type: 'ADRES', start: start + offset, end: start + match.length, tier });
  };
  for (const m of text.matchAll(STREET_WITH_NUMBER)) push(m.index, m[0], 1);
  for (const m of text.matchAll(STREET_LOWER_WITH_NUMBER)) push(m.index, m[0], 1);
  for (const m of text.matchAll(ENGLISH_ADDRESS)) push(m.index, m[0], 1);
  for (const m of text.matchAll(STREET_NAME_ONLY)) push(m.index, m[0], 2);
  return out;
}

const POSTCODE = /(?<![\p{L}\d])[1-9]\d{3}(\s?)([A-Za-z]{2})(?![\p{L}\d])/gu;
const UNITS =
  /^(?:km|kg|cm|mm|ml|gr|kb|mb|gb|uur|jr|pp|st|am|pm|en|in|op|is|of|om|te|de|al|na|ik|je|ze|we|nu|zo|er|he|hi|so|to|at|on|or|an|as|by|if|it|me|my|no|up|us|eu)$/i;

export function findPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const [, space, letters] = m as unknown as [string, string, string];
    if (/^(?:SA|SD|SS)$/i.test(letters)) continue;
    const upper = letters === letters.toUpperCase();
    if (!upper && (space !== '' || UNITS.test(letters))) continue;
    if (upper && UNITS.test(letters) && space !== '') continue;
    out.push({ type: 'POSTCODE', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  return out;
}
