/**
 * Regions with their own route (the Zeeland care coordinator serves 12 of the 13 Zeeland
 * municipalities; Tholen follows the Brabant approach). Only the region id is kept, never the
 * place the citizen named.
 */
const REGION_PLACES: Record<string, readonly string[]> = {
  zeeland: [
    'zeeland', 'borsele', 'goes', 'hulst', 'kapelle', 'middelburg', 'noord-beveland', 'reimerswaal',
    'schouwen-duiveland', 'sluis', 'terneuzen', 'veere', 'vlissingen', 'zierikzee', 'yerseke', 'axel',
    'oostburg', 'kruiningen', 'domburg', 'westkapelle', 'arnemuiden', 'sas van gent', 'kamperland',
  ],
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\- ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The region id a free-text answer names, or null when it names none we route differently. */
export function regionOf(text: string): string | null {
  const padded = ` ${normalise(text).replace(/-/g, ' ')} `;
  for (const [region, places] of Object.entries(REGION_PLACES)) {
    if (places.some((place) => padded.includes(` ${place.replace(/-/g, ' ')} `))) return region;
  }
  return null;
}
