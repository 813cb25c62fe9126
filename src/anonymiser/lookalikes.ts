/**
 * Numbers typed with look-alike characters: a letter O for a zero ("06-1O 22 83 91", "+40 721 o94
 * 338", "RABO 03O1 2345 67"), or a Bulgarian or Ukrainian plate in Cyrillic capitals that look like
 * Latin ones ("СВ 3381 НК"). The structured detectors read a copy of the text with those characters
 * replaced, one for one so every offset stays valid.
 */
import { hasDigit, isWideText } from './text';

/** Cyrillic capitals used on plates for the Latin letters they look like. */
const CYRILLIC_AS_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};

// An "o" beside a digit needs a digit; a Cyrillic capital needs a character beyond Latin-1. Both are
// asked of the message once already, so most messages are answered before either pattern runs.
const O_BESIDE_DIGIT = /[oO]\d|\d[oO]/;
const CYRILLIC_LOOKALIKE = /[АВЕКМНОРСТУХ]/;

function mayHoldLookalike(text: string): boolean {
  return (hasDigit(text) && O_BESIDE_DIGIT.test(text)) || (isWideText(text) && CYRILLIC_LOOKALIKE.test(text));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/**
 * The text with look-alikes read as what they stand for, or undefined when it has none. An O counts
 * as a zero only touching a digit and between no letters ("o94" and "1O" yes, "Bo3" and "NO1" no).
 */
export function withLookalikesRead(text: string): string | undefined {
  if (!mayHoldLookalike(text)) return undefined;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    let read = ch;
    if ((ch === 'o' || ch === 'O') && (isDigit(before) || isDigit(after)) && !isLetter(before) && !isLetter(after)) read = '0';
    else if (CYRILLIC_AS_LATIN[ch] !== undefined) read = CYRILLIC_AS_LATIN[ch];
    if (read !== ch) changed = true;
    out += read;
  }
  return changed ? out : undefined;
}

/** True when `variant` differs from `text` somewhere in [start, end). */
export function readDifferently(text: string, variant: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== variant.charCodeAt(i)) return true;
  return false;
}
