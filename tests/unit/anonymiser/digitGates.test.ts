import { digitRuns, hasCapitalBeforeRun, hasRunBeforeRun, hasRunBetween, hasRunOf } from '../../../src/anonymiser/digitRuns';
import {
  HAS_STREET_WORD,
  STREET_NAME_ONLY,
  STREET_NAME_ONLY_CORE,
  STREET_WITH_NUMBER,
  STREET_WITH_NUMBER_CORE,
  mayHoldStreetWord,
} from '../../../src/anonymiser/detectors/address';
import { MANY_PARTS, joinsAtLeast } from '../../../src/anonymiser/detectors/web';
import { ARABIZI_DIGIT_BESIDE_LETTER, mayHoldArabizi } from '../../../src/anonymiser/detectors/arabizi';
import { found, tuningTexts } from './helpers';

/**
 * Lines of our own for the one-pass scanners: odd groupings, other countries' formats, digits in
 * words, digits of other scripts (which `\d` does not read), dashes of every kind.
 */
const LINES = [
  '',
  'ok',
  'ze is 15',
  'bel 06-12345678 of +31 (0)6 1234 5678',
  '5181 909 36 is zijn nummer',
  '1 2 3 4 5 6 7 8 2',
  'PL 31-147 Kraków, Hlavná 12, 040 01 Košice',
  'NW1 6XE London, W1A 1AA',
  'kamer2b en flat12 en a1b2c3',
  'Arabisch ٣٤٥ en Devanagari ४५६ zijn geen \\d, ＡＢ１２ ook niet',
  '12–03–2021 en 12—03 en 12‐03 en 12-03-2021',
  'RX 123456 en AB12CD en 123456789012',
  '9',
  '2023',
  'einde 77',
];

/** The runs as the pattern `\d+` finds them: the reference for the scanner. */
function patternRuns(text: string): { starts: number[]; ends: number[] } {
  const ms = [...text.matchAll(/\d+/g)];
  return { starts: ms.map((m) => m.index), ends: ms.map((m) => m.index + m[0].length) };
}

describe('digit runs found in one pass', () => {
  it.each(LINES)('finds the runs `\\d+` finds in "%s"', (line) => {
    const runs = digitRuns(line);
    const reference = patternRuns(line);
    expect({ starts: runs.starts, ends: runs.ends }).toEqual(reference);
    const lengths = reference.starts.map((s, i) => reference.ends[i]! - s);
    expect(runs.total).toBe(lengths.reduce((a, b) => a + b, 0));
    expect(runs.longest).toBe(Math.max(0, ...lengths));
    for (let n = 1; n <= 12; n++) expect(hasRunOf(runs, n)).toBe(lengths.includes(n));
    expect(hasRunBetween(runs, 4, 6)).toBe(lengths.some((n) => n >= 4 && n <= 6));
  });

  it.each(LINES)('answers the shape questions as the patterns they stand for ("%s")', (line) => {
    const runs = digitRuns(line);
    // Patterns that say the same as each question, for the lines above.
    expect(hasRunBeforeRun(runs, 2)).toBe(/(?<!\d)\d{2}[^\d]\d/.test(line));
    expect(hasRunBeforeRun(runs, 3)).toBe(/(?<!\d)\d{3}[^\d]\d/.test(line));
    expect(hasCapitalBeforeRun(line, runs)).toBe(/[A-Z]\d/.test(line));
  });

  it('reads no digit of another script and no full-width digit', () => {
    expect(digitRuns('٣٤٥ ४५६ １２').total).toBe(0);
  });
});

describe('the street-word look-up before the foreign-street pattern', () => {
  const streets = [
    'ul. Kwiatowa 5',
    'Ulica Długa 3',
    'ulicą Polną',
    'al. Jerozolimskie 12',
    'str. Florilor nr 5',
    'Strada Mare 9',
    'B-dul Unirii 3',
    'bd. Carol 4',
    'șos. Kiseleff 2',
    'Sos. Kiseleff 2',
    'şoseaua Nordului 5',
    'Piața Unirii 1',
    'Piaţa Romană',
    'Náměstí Míru 4',
    'nám. SNP 7',
    'ж.к. Люлин, бл. 305',
    'ж. к. Младост',
    'вул. Хрещатик 22',
    'Вулиця Шевченка 3',
    'ул. Витоша 15',
    'Улица Ленина 2',
    'бул. Витоша 1',
    'просп. Миру 5',
    'пр. Победы 10',
    'Zh.k. Lyulin',
    'Am Markt 4',
    'An der Alster 12',
    'Auf dem Berg 5',
    'Zum Hafen 3',
    'Rue de la Paix 12',
    'rue des Lilas',
    'Avenue Louise 54',
    'Av. Paulista 1000',
    'Avda. de América 3',
    'Chaussée de Wavre 10',
    'Drève du Caporal',
    'Quai des Orfèvres 36',
    'Calle Mayor 5',
    'C/ Mayor 5',
    'Avenida da Liberdade 20',
    'Plaza Mayor 1',
    'Paseo del Prado 8',
    'Via Roma 12',
    'ViaRoma 12',
    'Viale Monza 3',
    'Piazza Navona 2',
    'Corso Buenos Aires 5',
    'Rua Augusta 100',
    'Travessa do Carmo 2',
    'Praça da Sé 1',
    'Gül Sokak 7',
    'Sok. 7',
    'Atatürk Caddesi 45',
    'Cad. 3',
    'Kaya Richardson',
    'Kaminda Santa Rosa 4',
    'Jean-Rue 5',
    "d'Avenue 3",
    'Placement 4',
    'Trieda SNP 5',
    'Osiedle Tysiąclecia 3',
    'os. Piastów 12',
    'Aleja Róż 4',
    'Aleea Rozelor 4',
    'Calea Victoriei 120',
    'Splaiul Independenței 1',
    'Intrarea Florilor 2',
    'Bulevardul Unirii 1',
    'Impasse des Lilas',
    'Chemin Vert',
    'Boulevard Haussmann 12',
    'Place Vendôme 1',
    'Im Winkel 3',
    'Zur Linde 2',
    'провулок Тихий 3',
    'пров. Тихий 3',
    'площа Ринок 1',
    'проспект Миру 5',
    'булевард Витоша 1',
  ];

  it.each(streets)('lets "%s" through to the pattern', (line) => {
    expect(HAS_STREET_WORD.test(line)).toBe(true);
    expect(mayHoldStreetWord(line)).toBe(true);
    expect(mayHoldStreetWord(`ze woont ${line}`)).toBe(true);
  });

  it('skips plain Dutch and English chat, where the pattern finds nothing', () => {
    for (const line of ['ik weet niet goed wat ik moet doen', 'hij werkt in de kas en krijgt weinig geld', 'they took her passport']) {
      expect(HAS_STREET_WORD.test(line)).toBe(false);
      expect(mayHoldStreetWord(line)).toBe(false);
    }
  });

  it('never skips a tuning text that the pattern matches', () => {
    const missed = tuningTexts().filter((t) => HAS_STREET_WORD.test(t) && !mayHoldStreetWord(t));
    expect(missed).toEqual([]);
  });
});

describe('the cores of the Dutch street patterns, tried before them', () => {
  const numbered = [
    'ze woont op de Kerkstraat 12',
    'Gedempte Oude Gracht 60',
    'Grote Markt 19',
    'Laan van Meerdervoort 200',
    'Bos en Lommerweg 190',
    "'s-Gravendijkwal 12",
    'v.d. Mondestraat 4',
    'Ringbaan-Oost 8',
    'Hauptstr. 5',
    'Kerkstraat nr. 7',
    'Dorpsweg № 3',
    'Jan-Pieter-Heijestraat 12-hs',
    "X'-straat 4",
  ];
  it.each(numbered)('lets "%s" through to the pattern of a street with its number', (line) => {
    expect(new RegExp(STREET_WITH_NUMBER.source, 'u').test(line)).toBe(true);
    expect(STREET_WITH_NUMBER_CORE.test(line)).toBe(true);
  });

  it.each(['in de Kerkstraat', 'Van Hallstraat', 'Oude Molenlaan', "X'-straat", 'Hoofdstraße'])(
    'lets "%s" through to the pattern of a street name',
    (line) => {
      expect(new RegExp(STREET_NAME_ONLY.source, 'u').test(line)).toBe(true);
      expect(STREET_NAME_ONLY_CORE.test(line)).toBe(true);
    },
  );

  it.each(['ga weg 3 keer', 'mijn paspoort 2 weken', 'de gang 4', 'KERKSTRAAT 4'])('skips "%s", where neither pattern matches', (line) => {
    expect(new RegExp(STREET_WITH_NUMBER.source, 'u').test(line)).toBe(false);
    expect(STREET_WITH_NUMBER_CORE.test(line)).toBe(false);
  });

  it('never skips a tuning text that either pattern matches', () => {
    const withNumber = new RegExp(STREET_WITH_NUMBER.source, 'u');
    const nameOnly = new RegExp(STREET_NAME_ONLY.source, 'u');
    const texts = tuningTexts();
    expect(texts.filter((t) => withNumber.test(t) && !STREET_WITH_NUMBER_CORE.test(t))).toEqual([]);
    expect(texts.filter((t) => nameOnly.test(t) && !STREET_NAME_ONLY_CORE.test(t))).toEqual([]);
  });
});

describe('the digit flag before the Arabizi pattern', () => {
  /** A seeded variant of `text`: a digit Arabizi uses, a digit of another script or a full-width one put beside a letter. */
  function variant(text: string, seed: number): string {
    let x = seed;
    const next = (n: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % n;
    };
    const digits = ['2', '3', '5', '7', '8', '9', '٣', '४', '３', '¹'];
    const at = next(text.length + 1);
    return text.slice(0, at) + digits[next(digits.length)]! + text.slice(at);
  }

  it.each(['Mo7amed', 'smito 3abdelkrim', 'wa7ed', 'Sa3id komt', 'ok'])('answers "%s" as the pattern does', (line) => {
    expect(mayHoldArabizi(line)).toBe(ARABIZI_DIGIT_BESIDE_LETTER.test(line));
  });

  it('never skips a line, a tuning text or a seeded variant of one that the pattern matches', () => {
    const texts = [...LINES, ...tuningTexts()];
    const all = [...texts, ...texts.map((t, i) => variant(t, i + 1))];
    expect(all.filter((t) => ARABIZI_DIGIT_BESIDE_LETTER.test(t) && !mayHoldArabizi(t))).toEqual([]);
    // The variants do put a digit beside a letter: the test reads both answers.
    expect(all.filter((t) => ARABIZI_DIGIT_BESIDE_LETTER.test(t)).length).toBeGreaterThan(100);
  });
});

describe('the count of joining dots and underscores before the many-parts pattern', () => {
  it.each(['sugar.daddy.ams', 'mo_regelt_alles', 'a.b_c', 'łódź.trans.pl', '12.34.56'])('lets "%s" through', (line) => {
    expect(new RegExp(MANY_PARTS.source, 'u').test(line)).toBe(true);
    expect(joinsAtLeast(line, 2)).toBe(true);
  });

  it.each(['Klaar. Tot morgen. Doei.', 'www.nl', '. . .', 'a._b'])('skips "%s"', (line) => {
    expect(joinsAtLeast(line, 2)).toBe(false);
  });

  it('never skips a tuning text that the pattern matches', () => {
    const pattern = new RegExp(MANY_PARTS.source, 'u');
    expect(tuningTexts().filter((t) => pattern.test(t) && !joinsAtLeast(t, 2))).toEqual([]);
  });
});

/**
 * Spans the gated rules must still find: each line holds just enough digits, runs or capitals for
 * its rule, so a gate that asked for one more would lose it.
 */
const GATED: [rule: string, line: string, span: [string, string]][] = [
  ['BSN typed one digit at a time (nine digits, nine runs)', 'mijn bsn is 1 1 1 2 2 2 3 3 3', ['BSN', '1 1 1 2 2 2 3 3 3']],
  ['KvK number of six digits and more in groups', 'KvK-nummer: 12 34 56 78', ['KVK', '12 34 56 78']],
  ['document number with two digits', 'haar paspoortnummer is NX4K82L19', ['DOCUMENTNUMMER', 'NX4K82L19']],
  ['long number of seven digits', 'klantnummer 1234567 staat erop', ['DOCUMENTNUMMER', '1234567']],
  ['mobile of nine digits in threes', 'numer szefa: 601 234 567', ['TELEFOON', '601 234 567']],
  ['Dutch mobile decided without libphonenumber', 'bel 06 1234 5678 nu', ['TELEFOON', '06 1234 5678']],
  ['Dutch postcode (a run of four)', 'Kerkstraat 12, 8011 AB Zwolle', ['POSTCODE', '8011 AB']],
  ['Polish postcode (two, a hyphen, three)', 'ul. Długa 5, 31-147 Kraków', ['POSTCODE', '31-147']],
  ['Slovak postcode (three, a space, two)', 'Hlavná 12, 040 01 Košice', ['POSTCODE', '040 01']],
  ['British postcode (a capital before a run)', 'Flat 2, 10 Baker Street, London NW1 6XE', ['POSTCODE', 'NW1 6XE']],
  ['postcode area (a run of four after where someone lives)', 'ze woont ergens in 1102 denk ik', ['POSTCODE', '1102']],
  ['date of three runs', 'geboren op 05.06.1995', ['DATUM', '05.06.1995']],
  ['day and month of one digit each', 'ze kwam op 3/4 aan', ['DATUM', '3/4']],
];

describe('rules asked only when the digits they need are there', () => {
  it.each(GATED)('%s: "%s"', (_rule, line, span) => {
    expect(found(line)).toContainEqual(span);
  });

  it('keeps the helpline numbers, an age after a verb and 112 (their patterns gated by what they spell out)', () => {
    expect(found('bel 0800 2000 of 112, ze is 15')).toEqual([]);
    expect(found('CoMensha: 033 448 11 86')).toEqual([]);
  });
});
