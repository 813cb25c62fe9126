import { detectPii } from '../../../src/anonymiser';

/** The detected spans as [type, text] pairs, easy to read in a failing test. */
export function found(text: string): [string, string][] {
  return detectPii(text).map((e) => [e.type, text.slice(e.start, e.end)]);
}

/** Only the spans of one type. */
export function foundOf(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, s]) => s);
}
