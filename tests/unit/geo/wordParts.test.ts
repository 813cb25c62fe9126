import { Gazetteer } from '../../../src/geo';
import { foldPart, wordParts, type WordPart } from '../../../src/geo/normalise';

/** Plain ASCII lines take the loop; a line with one character beyond ASCII takes the pattern. */
const ASCII_LINES = [
  'ik woon in Den Haag, bij de Kerkstraat 12a',
  "R'dam zuid en 's-Hertogenbosch",
  "van 't Hof -- Noord-Beveland\tBergen op Zoom\n\nUtrecht",
  'mail me at piet.jansen@gmail.com or call 06-12345678!!',
  "O`Neill, rock`n`roll, it's 3pm, a'b, 'quoted', end'",
  '  leading and trailing spaces  ',
  '',
  '...;;;',
  'ABC123def 4B X-ray x--y',
];

function withPatternPath(line: string): WordPart[] {
  // A trailing non-ASCII word sends the line through the pattern; its own part is dropped again.
  const parts = wordParts(`${line} é`);
  return parts.slice(0, -1);
}

describe("wordParts: the loop over plain ASCII gives the pattern's parts", () => {
  it.each(ASCII_LINES)('same parts both ways: %j', (line) => {
    expect(wordParts(line)).toEqual(withPatternPath(line));
  });

  it('gives offsets into the original text, folded keys and capitals', () => {
    const line = "Ik woon in R'dam-Zuid";
    expect(wordParts(line).map((p) => [line.slice(p.start, p.end), p.key, p.capitalised, p.joined])).toEqual([
      ['Ik', 'ik', true, false],
      ['woon', 'woon', false, true],
      ['in', 'in', false, true],
      ["R'dam", 'rdam', true, true],
      ['Zuid', 'zuid', true, true],
    ]);
  });

  it.each([
    ['Łódź en Kraków', ['Łódź', 'en', 'Kraków']],
    ['Харків і Київ', ['Харків', 'і', 'Київ']],
    ['we 🙂 gaan naar Zwolle 🚆 morgen', ['we', 'gaan', 'naar', 'Zwolle', 'morgen']],
    // A combining mark (text typed decomposed) is no letter to the pattern: it ends the part, as it always did.
    ['Zoe\u0308 woont in Gro\u0308ningen', ['Zoe', 'woont', 'in', 'Gro', 'ningen']],
    ['北京 en 東京', ['北京', 'en', '東京']],
  ])('keeps offsets on other scripts, emoji and combining marks: %j', (line, words) => {
    const parts = wordParts(line);
    expect(parts.map((p) => line.slice(p.start, p.end))).toEqual(words);
    for (const p of parts) expect(foldPart(line.slice(p.start, p.end))).toBe(p.key);
  });

  it('never misses a place the pattern would find in an ASCII line', () => {
    const g = Gazetteer.load();
    for (const line of ['we zitten in naaldwijk', 'Hij woont in Bergen op Zoom.', "ik kom uit 's-Hertogenbosch", 'rdam zuid']) {
      const ascii = g.findPlaces(line).map((s) => line.slice(s.start, s.end));
      const viaPattern = g.findPlaces(`${line} é`).map((s) => `${line} é`.slice(s.start, s.end));
      expect(ascii.length).toBeGreaterThan(0);
      expect(ascii).toEqual(viaPattern);
    }
  });
});
