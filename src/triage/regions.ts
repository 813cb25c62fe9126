import { plainWords } from '../safety/normalise';

/**
 * Regions with their own route (the Zeeland care coordinator serves 12 of the 13 Zeeland
 * municipalities; Tholen follows the Brabant approach). Only the region id is kept, never the
 * place the citizen named.
 */
const REGION_PLACES: Record<string, readonly string[]> = {
  zeeland: [
    'zeeland',
    'borsele',
    'goes',
    'hulst',
    'kapelle',
    'middelburg',
    'noord-beveland',
    'reimerswaal',
    'schouwen-duiveland',
    'sluis',
    'terneuzen',
    'veere',
    'vlissingen',
    'zierikzee',
    'yerseke',
    'axel',
    'oostburg',
    'kruiningen',
    'domburg',
    'westkapelle',
    'arnemuiden',
    'sas van gent',
    'kamperland',
  ],
};

/** The region id a free-text answer names, or null when it names none we route differently. */
export function regionOf(text: string): string | null {
  const padded = ` ${plainWords(text)} `;
  for (const [region, places] of Object.entries(REGION_PLACES)) {
    if (places.some((place) => padded.includes(` ${plainWords(place)} `))) return region;
  }
  return null;
}
