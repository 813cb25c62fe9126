/**
 * Patterns for text that V8 stores two bytes a character: text with a character beyond Latin-1
 * (a curly apostrophe, "ł", "ș", Cyrillic, an emoji). On such text V8 tests a Unicode property
 * class (`\p{L}`, `[\p{L}\d]`) on each character by a call out of the compiled pattern, which made
 * a pattern 5 to 30 times slower than on the same text in plain ASCII. Most characters of such a
 * message are ASCII all the same, so the twin of a pattern made here tries a class's ASCII
 * characters first, written out, and reaches the property class only for a character beyond
 * ASCII:
 *
 *   `[\p{L}\d]`  becomes  `(?:[0-9A-Za-z]|(?![\x00-\x7f])[\p{L}\d])`
 *
 * which matches the same characters, so the twin finds the same matches with the same groups
 * (only non-capturing groups are added). Inside a look-behind the parts run from right to left,
 * so there the ASCII test follows the class. Text stored one byte a character needs no twin: V8
 * cuts the classes down to Latin-1 there, and the twin would only be longer.
 */

/** Any character beyond Latin-1: V8 then stores the string two bytes a character. */
const WIDE = /[^\x00-\xff]/;
/** Any character beyond ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Up to this length a loop over the characters answers `WIDE` or `NON_ASCII` faster than a pattern
 * call costs (a word, a chat message); a longer text is left to the pattern.
 */
const LOOP_LENGTH = 256;

/** `/[^\x00-\xff]/.test(text)`. */
export function isWide(text: string): boolean {
  if (text.length > LOOP_LENGTH) return WIDE.test(text);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

/** `/[^\x00-\x7f]/.test(text)`. */
export function hasNonAscii(text: string): boolean {
  if (text.length > LOOP_LENGTH) return NON_ASCII.test(text);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** The ASCII characters an atom (a class or a property escape) matches under `flags`, as the body of a class. */
function asciiMembers(atom: string, flags: string): string {
  const whole = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, ''));
  let body = '';
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (!whole.test(ch)) continue;
    body += /[0-9A-Za-z]/.test(ch) ? ch : `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return body;
}

function withFastPath(atom: string, flags: string, backward: boolean): string {
  if (!/\\[pP]\{/.test(atom)) return atom;
  const ascii = asciiMembers(atom, flags);
  const beyondAscii = backward ? `${atom}(?<![\\x00-\\x7f])` : `(?![\\x00-\\x7f])${atom}`;
  return ascii === '' ? `(?:${beyondAscii})` : `(?:[${ascii}]|${beyondAscii})`;
}

/**
 * The source of a `u`-flag pattern with an ASCII fast path before each Unicode property class;
 * other patterns are returned as they are.
 */
export function asciiFastPathSource(source: string, flags: string): string {
  if (!flags.includes('u')) return source;
  let out = '';
  // Per open group: whether it matches from right to left (a look-behind, or inside one).
  const backward: boolean[] = [false];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const inBehind = backward[backward.length - 1]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
        const end = source.indexOf('}', i) + 1;
        out += next === 'u' ? source.slice(i, end) : withFastPath(source.slice(i, end), flags, inBehind);
        i = end;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
    } else if (ch === '[') {
      let j = i + 1;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += withFastPath(source.slice(i, j + 1), flags, inBehind);
      i = j + 1;
    } else if (ch === '(') {
      const lookBehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      const lookAhead = source.startsWith('(?=', i) || source.startsWith('(?!', i);
      backward.push(lookBehind ? true : lookAhead ? false : inBehind);
      const opener = lookBehind ? 4 : lookAhead ? 3 : 1;
      out += source.slice(i, i + opener);
      i += opener;
    } else {
      if (ch === ')') backward.pop();
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * Twins made so far, by pattern object and by source and flags (a pattern written inside a
 * function is a new object on every call): the detectors' own patterns only, never a message.
 */
const twinOf = new WeakMap<RegExp, RegExp>();
/** By flags and source; null for a pattern without a property class, which is its own twin. */
const twinBySource = new Map<string, RegExp | null>();

/** The pattern to run on `text`: its ASCII-first twin when `wide` (see `isWide`), else the pattern itself. */
export function patternFor(pattern: RegExp, wide: boolean): RegExp {
  if (!wide || !pattern.unicode) return pattern;
  let twin = twinOf.get(pattern);
  if (twin === undefined) {
    const key = `${pattern.flags}/${pattern.source}`;
    let known = twinBySource.get(key);
    if (known === undefined) {
      const source = asciiFastPathSource(pattern.source, pattern.flags);
      known = source === pattern.source ? null : new RegExp(source, pattern.flags);
      twinBySource.set(key, known);
    }
    twin = known ?? pattern;
    twinOf.set(pattern, twin);
  }
  return twin;
}
