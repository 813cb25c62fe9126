/**
 * The gazetteer's public face. `sharedGazetteer()` loads the shipped data once per process for
 * callers that cannot be handed an instance (the data is immutable, so sharing it is safe);
 * anything built at the composition root should call `Gazetteer.load()` and pass it on.
 */
import { Gazetteer } from './gazetteer';

export {
  Gazetteer,
  defaultDataFile,
  isDutch,
  isLikelyPlace,
  type DutchPlace,
  type DutchPlaceKind,
  type FindOptions,
  type ForeignPlace,
  type Municipality,
  type Place,
  type PlaceSpan,
  type Province,
  type SafetyRegion,
} from './gazetteer';
export { wordParts, type WordPart } from './normalise';

let shared: Gazetteer | undefined;

export function sharedGazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}
