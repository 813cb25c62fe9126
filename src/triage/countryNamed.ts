/**
 * Whether a few plain words name a country, in Dutch or English: "serbia", "servie", "the
 * philippines". The names come from the runtime's own region names (Intl.DisplayNames), so no list
 * is kept here; read only where a sentence already says where someone goes ("back to …"). Pure.
 */
import { plainWords } from '../safety/normalise';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes the runtime knows that are no country: the world, Europe's union, unknown, pseudo-regions. */
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB', 'QO']);

let names: ReadonlySet<string> | undefined;

function countryNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  for (const language of ['nl', 'en']) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const code = `${a}${b}`;
        if (NOT_A_COUNTRY.has(code)) continue;
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (!name) continue;
        found.add(plainWords(name));
      }
  }
  names = found;
  return found;
}

/** Whether the words that open `words` (one to three of them, after an article) name a country. */
export function opensWithACountry(words: string): boolean {
  // "back to the Philippines", "terug naar de Filipijnen": the region names carry no article.
  const split = words.replace(/^(?:the|de|het) /, '').split(' ');
  const all = countryNames();
  for (let n = 1; n <= Math.min(3, split.length); n++) if (all.has(split.slice(0, n).join(' '))) return true;
  return false;
}
