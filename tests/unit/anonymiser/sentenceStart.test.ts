import { isSentenceStart } from '../../../src/anonymiser/text';
import { tuningTexts } from './helpers';

/** The definition the code-point switches replaced: sets of the characters skipped and of those that end a sentence. */
const SKIPPED = new Set([...' \t\r\n\u00a0"\'“”‘’([*_']);
const ENDS = new Set([...'.!?…:;\n-–•']);

function byTheSets(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && SKIPPED.has(text[i]!)) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  if (ENDS.has(ch)) return true;
  return ch.charCodeAt(0) >= 0x2600 && /\p{Extended_Pictographic}/u.test(text.slice(Math.max(0, i - 1), i + 1));
}

describe('isSentenceStart', () => {
  it('answers as the sets of characters did, before every character of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [`x${ch}Anna`, `x.${ch}Anna`, `x${ch} Anna`, `${ch}Anna`])
        if (isSentenceStart(text, text.length - 4) !== byTheSets(text, text.length - 4)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('answers as the sets did at every offset of every tuning text', () => {
    const differ: string[] = [];
    for (const text of tuningTexts())
      for (let i = 0; i <= text.length; i++) if (isSentenceStart(text, i) !== byTheSets(text, i)) differ.push(`${i}: ${text}`);
    expect(differ).toEqual([]);
  });

  it('reads full stops, dashes, quotes, brackets and emoji before a word', () => {
    expect(isSentenceStart('Hoi. "Anna', 6)).toBe(true);
    expect(isSentenceStart('ik zag (Anna', 8)).toBe(false);
    expect(isSentenceStart('ok – Anna', 5)).toBe(true);
    expect(isSentenceStart('top 😀 Anna', 7)).toBe(true);
    expect(isSentenceStart('met Anna', 4)).toBe(false);
  });
});
