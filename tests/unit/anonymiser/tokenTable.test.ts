import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATES, PATTERNS_REPLACED } from '../../../src/anonymiser/detectors/organisations';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { fold, tokenize } from '../../../src/anonymiser/text';
import { ALL_CAPS, CAPITALISED, LOWER_ASCII, SPLIT, TokenTable, WordClasses, tokenTable } from '../../../src/anonymiser/tokenTable';

/** Lines of other scripts, emoji, combining marks, apostrophes and particles. */
const LINES = [
  "Mijn baas heet Jan van der Berg en woont in 's-Hertogenbosch.",
  "O'Neill, El-Amrani en Anna’s broer; van 't Hof",
  'José en Jose\u0301 (met een los accent), Zoë en Zoe\u0308',
  'Шеф Иван Петров з Києва 😀 👩‍👩‍👧 ok',
  'اسمي رنا الحسن وزوجي خالد',
  '我叫陈杰，老板王建国',
  'María de la Cruz y Đỗ Văn Hải',
  '𝐀𝐧𝐧𝐚 schrijft in wiskundige letters',
  "EEN ZIN IN HOOFDLETTERS, rock'n'roll -- a- -b x' 'T",
  '',
];

/** The oracle of letter runs: every longest stretch of `\p{L}`, folded as tokens are. */
function letterRunsByPattern(text: string): { key: string; start: number; end: number }[] {
  const folded = fold(text);
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({
    key: folded.slice(m.index, m.index + m[0].length),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('token table', () => {
  it.each(LINES)('has the letter runs of %j with offsets into the text', (line) => {
    const table = new TokenTable(line, tokenize(line));
    expect(table.runs().map((r) => ({ key: r.key, start: r.start, end: r.end }))).toEqual(letterRunsByPattern(line));
    for (const r of table.runs()) expect(fold(line.slice(r.start, r.end))).toBe(r.key);
  });

  it('gives each token its shape', () => {
    const line = "Jan JAN jan o'neill José Jose\u0301 ЕООД a 't";
    const table = new TokenTable(line, tokenize(line));
    const shapes = Object.fromEntries(table.tokens.map((t, i) => [t.text, table.shapes()[i]!]));
    expect(shapes).toEqual({
      Jan: CAPITALISED,
      JAN: CAPITALISED | ALL_CAPS,
      jan: LOWER_ASCII,
      "o'neill": SPLIT,
      José: CAPITALISED,
      'Jose\u0301': CAPITALISED | SPLIT,
      ЕООД: CAPITALISED | ALL_CAPS,
      a: LOWER_ASCII,
      "'t": SPLIT,
    });
  });

  it('looks up each letter run once in a detector’s word classes', () => {
    const classes = new WordClasses([
      [1, ['van', 'der']],
      [2, ['berg', 'van']],
    ]);
    const line = 'Jan van der Berg-van Dijk';
    const table = new TokenTable(line, tokenize(line));
    expect(table.runs().map((r) => r.key)).toEqual(['jan', 'van', 'der', 'berg', 'van', 'dijk']);
    expect([...table.runClasses(classes)]).toEqual([0, 3, 1, 2, 3, 0]);
    expect(table.classesInText(classes)).toBe(3);
    expect(new TokenTable('niets hier', tokenize('niets hier')).classesInText(classes)).toBe(0);
  });

  it('is built once per text within a run and kept by no module outside one', () => {
    const text = 'Ze werkt bij Jansen Transport B.V.';
    const memo = new RunMemo();
    const [a, b] = withMemo(memo, () => [tokenTable(text), tokenTable(text)]);
    expect(a).toBe(b);
    expect(tokenTable(text)).not.toBe(tokenTable(text));
  });
});

/** The tuning sets' lines (never the blind ones) and lines made to reach each pattern's odd corners. */
function linesToHoldGatesTo(): string[] {
  const evalDir = join(__dirname, '..', '..', 'eval');
  const tuning = readdirSync(evalDir)
    .filter((f) => /^anonymiser.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(evalDir, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const made = [
    'Jansen B.V. en Pietersen b.v. en Smit BV-JN-42',
    'N.V. Nederlandse Spoorwegen, V.O.F. Bakker, Müller GmbH, Kowalski Sp. z o.o., Nowak Sp. j.',
    'Ivanov ЕООД, Petrov ООД, Шевченко ТОВ, Tamm OÜ, Popescu S.R.L., Novák s.r.o., Dvořák a.s.',
    'Horvat d.o.o., Silva Lda., García S.L., Dupont S.A.R.L., Peeters BVBA, Groen & Zonen, Müller & Söhne',
    'Schmidt e.K., Holding, x\u0301BV en 3BV en x-BV',
    'Yıldız Döner, Agenția Muncă, Peelland Plantenkwekerij, Hanze Visverwerking, Work2 Staff',
    'ébij de zaak, x-bij het huis, BIJ Jansen, 3bij, works for Bright, at\u00a0home, via\tFlex',
    'ik ga naar huis',
    'SARL Nettoyage, S.C. Construct, P.H.U. Nowak, F.H.U. Kowal, ООО Рога, TOV Agro, UAB Baltic, xPHU Test',
    "bij Albert Heijn, Tempo-Team, Domino’s, Domino's, McDonalds, McDonald's, Bol.com, IKEA, Van der Valk, AH",
    'ABN AMRO, Royal FloraHolland, New York Pizza, Western Union, DekaMarkt en x-Jumbo, éJumbo',
    'Ze werkt in de bar, WERKEN IN het hotel, workſ in London, I work in a shop, werkte\tin Wok Paleis',
    'uitzendbureau X, Uitzendbureau Y, VV Rood, vv Rood, Coöperatie Z, coo\u0308peratie Q, 3bar Z, bar.',
  ];
  return [...tuning, ...made];
}

describe('the organisations detector’s gates', () => {
  it.each(GATES.map(([name, gate, pattern]) => [name, gate, pattern] as const))(
    'the %s gate is true wherever its pattern matches',
    (_name, gate, pattern) => {
      let matched = 0;
      for (const line of linesToHoldGatesTo()) {
        pattern.lastIndex = 0;
        const matches = pattern.test(line);
        pattern.lastIndex = 0;
        if (!matches) continue;
        matched++;
        expect([line, gate(new TokenTable(line, tokenize(line)))]).toEqual([line, true]);
      }
      expect(matched).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(PATTERNS_REPLACED.map(([name, test, pattern]) => [name, test, pattern] as const))(
    'the %s test is true where and only where its pattern matches',
    (_name, test, pattern) => {
      let matched = 0;
      for (const line of linesToHoldGatesTo()) {
        pattern.lastIndex = 0;
        const matches = pattern.test(line);
        if (matches) matched++;
        expect([line, test(new TokenTable(line, tokenize(line)))]).toEqual([line, matches]);
      }
      expect(matched).toBeGreaterThanOrEqual(3);
    },
  );

  it('say no to a line without the words their patterns need', () => {
    const line = 'ik ga naar huis en zij komt morgen';
    for (const [, gate] of GATES) expect(gate(new TokenTable(line, tokenize(line)))).toBe(false);
  });
});
