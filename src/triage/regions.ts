import { sharedGazetteer, type DutchPlace, type Gazetteer } from '../geo';

/** CBS code of Tholen: a Zeeland municipality that follows the Brabant approach to victim care. */
const THOLEN = '0716';

/**
 * The region with its own referral route that a Dutch place falls in: the Zeeland care coordinator
 * serves 12 of the 13 Zeeland municipalities (Tholen follows the Brabant approach). Null for
 * places without a route of their own. Only the region id is kept, never the place.
 */
export function routeRegionOf(place: DutchPlace): string | null {
  return place.province.code === 'ZE' && place.municipality.code !== THOLEN ? 'zeeland' : null;
}

/**
 * The region id a free-text answer names ("Middelburg", "het is in noord beveland", "ZEELAND"), or
 * null when it names none we route differently. Any place the gazetteer knows counts: a
 * municipality, a village or a neighbourhood, however written.
 */
export function regionOf(text: string, gazetteer: Gazetteer = sharedGazetteer()): string | null {
  const place = gazetteer.placeIn(text);
  // A place named like a province (the village Zeeland in Brabant, the city of Utrecht) is read as the province.
  if (place && !gazetteer.province(place.name)) return routeRegionOf(place);
  const province = gazetteer.provinceIn(text);
  if (province) return province.code === 'ZE' ? 'zeeland' : null;
  return place ? routeRegionOf(place) : null;
}
