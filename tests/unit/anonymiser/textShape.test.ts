import {
  APOSTROPHE_OR_HYPHEN,
  AT_OR_OPENING,
  CAPITAL_NEAR_DIGIT,
  CAPITAL_PAIR,
  CAPITAL_THEN_CAPITAL_OR_DOT,
  CYRILLIC,
  DIGIT,
  LOWER_BEFORE_DIGIT,
  NON_ASCII,
  QUOTE,
  WEB_MARK,
  WIDE,
  textShape,
} from '../../../src/anonymiser/textShape';
import { countCapitals, countDigits, digitJustBefore, fold, isSpaceCode, splitOnSpaces } from '../../../src/anonymiser/text';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { WEB_CUE } from '../../../src/anonymiser/detectors/web';
import { tuningTexts } from './helpers';

/**
 * Lines of our own for the one-pass scan: odd groupings, other countries' formats, digits in words,
 * digits and dashes of other scripts (which `\d` and `-` do not read), quotes of every kind,
 * Cyrillic at the block's edges, combining marks, names in lower case.
 */
const LINES = [
  '',
  'ok',
  'ze heet piet en woont in ede',
  'bel 06-12345678 of +31 (0)6 1234 5678',
  'kamer2b en flat12 en a1b2c3 en B2 en Z9',
  'Arabisch ٣٤٥ en Devanagari ४५६ zijn geen \\d, ＡＢ１２ ook niet',
  '12–03–2021 en 12—03 en 12‐03 en 12−03',
  'ze heet "Big Mike" of „Anka” of ‘Jo’ of “Mo”',
  "van 't Hof en O'Neill",
  'Đỗ Văn Hải en Nguyễn',
  'Іван з Києва, Ѐ and ӿ at the edges, Ԁ just past them',
  'mail piet[at]gmail(dot)com of @pietje',
  'José e\u0301 Zoë, café',
  'emoji 😀 en \u00a0nbsp\u2009thin',
  'ﬁ ligature and ß and µ',
  'RX 123456, NW92BD7P4, 1234567-Z, AB 12 34 56 C, 12 Maart, 7\nB, O1, OO, OK, KO, A.B., ПИ, Ёж, ДЖ.',
  'x 1 y, 9 Q, Q\u00a09, Z-7, 7-Z, ab12cd, 1a2b, AOB, ZZ',
  'zie www.example.nl of WwW, ww1w, HTTPS://x en httpſ: of om 14:00; punt.nl, punt. Nl, 1.5, .ü, .😀, w.',
];

/** Each flag's pattern, as the gates it replaced wrote them. */
const PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [DIGIT, /\d/],
  [NON_ASCII, /[^\x00-\x7f]/],
  [WIDE, /[^\x00-\xff]/],
  [CYRILLIC, /[\u0400-\u04ff]/],
  [QUOTE, /["“'‘„]/],
  [AT_OR_OPENING, /[@[(]/],
  [LOWER_BEFORE_DIGIT, /[a-z]\d/],
  [APOSTROPHE_OR_HYPHEN, /['’-]/],
  [CAPITAL_NEAR_DIGIT, /[A-Z]\d|\d[A-Z]|[A-Z][^]\d|\d[^][A-Z]/],
  [CAPITAL_PAIR, /[A-NP-Z]{2}/],
  [CAPITAL_THEN_CAPITAL_OR_DOT, /[A-ZА-Я][A-ZА-Я.]/],
  [WEB_MARK, /\.[A-Za-z\u0080-\uffff]|[wW]{3}|:/],
];

function flagsByPattern(text: string): number {
  let flags = 0;
  for (const [flag, pattern] of PATTERNS) if (pattern.test(text)) flags |= flag;
  return flags;
}

describe('a message read in one pass for its kinds of character', () => {
  it.each(LINES)('sets a flag exactly where its pattern matches in "%s"', (line) => {
    expect(textShape(line).flags).toBe(flagsByPattern(line));
  });

  it('agrees with the patterns on every tuning text', () => {
    const wrong = tuningTexts().filter((t) => textShape(t).flags !== flagsByPattern(t));
    expect(wrong).toEqual([]);
  });

  it('sets the web mark wherever the cue of the web detector matches', () => {
    const missed = [...LINES, ...tuningTexts()].filter((t) => WEB_CUE.test(t) && (textShape(t).flags & WEB_MARK) === 0);
    expect(missed).toEqual([]);
  });

  it('finds the runs `\\d+` finds', () => {
    for (const line of LINES) {
      const ms = [...line.matchAll(/\d+/g)];
      const runs = textShape(line).runs;
      expect(runs.starts).toEqual(ms.map((m) => m.index));
      expect(runs.ends).toEqual(ms.map((m) => m.index + m[0].length));
    }
  });

  it('keeps one shape per run for the last text asked about, and reads a new text afresh', () => {
    const memo = new RunMemo();
    withMemo(memo, () => {
      const first = textShape('bel 0612345678');
      expect(textShape('bel 0612345678')).toBe(first);
      expect(textShape('geen nummer').flags & DIGIT).toBe(0);
      expect(textShape('bel 0612345678').flags & DIGIT).toBe(DIGIT);
    });
  });
});

describe('character helpers without patterns', () => {
  const SAMPLES = ['', '7', 'a', '17 ', '17\u00a0', '17\u2009', '1a', ' 1', '1\n', 'x9', '٣ ', '12  ', 'NW12AB', 'ab-12-CD', 'ＡＢ１２'];

  it.each([...SAMPLES, ' lead', 'trail ', '  two  gaps\there ', 'Kerk\u00a0straat\u2003 12', '\n', 'één\u3000twee'])(
    'splits "%s" where `/\\s+/` splits it',
    (s) => {
      expect(splitOnSpaces(s)).toEqual(s.split(/\s+/));
    },
  );

  it('folds a long text as a short one', () => {
    const word = 'Ĳsselmeer Café ŁÓDŹ ';
    expect(fold(word.repeat(40))).toBe(fold(word).repeat(40));
  });

  it.each(SAMPLES)('reads "%s" as the patterns do', (s) => {
    expect(countDigits(s)).toBe(s.replace(/\D/g, '').length);
    expect(countCapitals(s)).toBe(s.replace(/[^A-Z]/g, '').length);
    for (let end = 1; end <= s.length; end++) expect(digitJustBefore(s, end)).toBe(/\d\s?$/.test(s.slice(Math.max(0, end - 2), end)));
  });

  it('reads every code unit of the Basic Multilingual Plane as `\\s` does', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});
