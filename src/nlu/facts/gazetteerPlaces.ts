/**
 * The facts' place finder over the shared gazetteer (src/geo): the first Dutch place a message
 * names with enough context to be a place ("in Best", "Hoogvliet", not the word "best"), as the
 * citizen wrote it, with its official municipality and its veiligheidsregio (one Veilig Thuis
 * organisation each). A bare answer to "In welke plaats?" is read as a whole ("den bosch").
 */
import { isDutch, isLikelyPlace, type DutchPlace, type Gazetteer } from '../../geo';
import type { PlaceFinder, PlaceMatch } from './facts';

const match = (place: DutchPlace, written: string): PlaceMatch => ({
  place: written.trim(),
  municipality: place.municipality.name,
  region: place.region.name,
});

export function gazetteerPlaces(gazetteer: Gazetteer): PlaceFinder {
  return {
    find(text: string, answering = false): PlaceMatch | null {
      if (answering) {
        const whole = gazetteer.placeIn(text);
        if (whole) return match(whole, whole.name);
      }
      for (const span of gazetteer.findPlaces(text, { foreign: false })) {
        if (isDutch(span.place) && isLikelyPlace(span)) return match(span.place, text.slice(span.start, span.end));
      }
      return null;
    },
    sameMunicipality(a: string, b: string): boolean {
      const ma = gazetteer.resolvePlace(a)?.municipality.code;
      return ma !== undefined && ma === gazetteer.resolvePlace(b)?.municipality.code;
    },
  };
}
