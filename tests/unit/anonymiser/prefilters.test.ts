import { Pseudonymiser } from '../../../src/anonymiser';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { hasDigit } from '../../../src/anonymiser/text';
import { found } from './helpers';

/**
 * The cheap questions a detector asks of a message before its patterns run (a digit, an "@", a
 * Vietnamese letter, an apostrophe or hyphen inside a word) must never skip a message that holds a
 * span. One line per detector whose question is asked this way, with the span it must still find.
 */
const LINES: [detector: string, line: string, span: [string, string]][] = [
  ['phone', 'bel me op 06-12345678 na acht uur', ['TELEFOON', '06-12345678']],
  ['phone, read with look-alikes', 'zijn nummer is O6-12345678 zegt ze', ['TELEFOON', 'O6-12345678']],
  ['numbers', 'zijn BSN is 111222333 zei hij', ['BSN', '111222333']],
  ['numbers', 'IBAN NL91 ABNA 0417 1643 00 graag', ['IBAN', 'NL91 ABNA 0417 1643 00']],
  ['numbers', 'haar paspoortnummer is NX4K82L19', ['DOCUMENTNUMMER', 'NX4K82L19']],
  ['dates', 'ze kwam op 12-03-2021 aan', ['DATUM', '12-03-2021']],
  ['plates', 'een witte bus met kenteken VX-123-B', ['KENTEKEN', 'VX-123-B']],
  ['addresses', 'ze woont op de Kerkstraat 12 in Zwolle', ['ADRES', 'Kerkstraat 12']],
  ['postcodes', 'Kerkstraat 12, 8011 AB Zwolle', ['POSTCODE', '8011 AB']],
  ['e-mail typed with spaces', 'mail naar d e s i . i v a n o v a @ abv . bg', ['EMAIL', 'd e s i . i v a n o v a @ abv . bg']],
  ['handle with @', 'volg @lily.dance maar niet', ['HANDLE', '@lily.dance']],
  ['handle after part of a word', 'op haar insta’s profiel staat lilydance2009', ['HANDLE', 'lilydance2009']],
  ['names in Vietnamese letters', 'mijn baas heet Đỗ Văn Hải', ['NAAM', 'Đỗ Văn Hải']],
  [
    'camel-case brand (words of lower-case ASCII letters only are skipped)',
    'ze werkt via CleanTeam Zeeland in de kassen',
    ['ORGANISATIE', 'CleanTeam Zeeland'],
  ],
  ['camel-case brand beyond ASCII', 'werkt bij ŁódźTrans al jaren', ['ORGANISATIE', 'ŁódźTrans']],
  ['name before "heet echt" (asked only with "heet" or "real")', 'ricky heet echt Ricardo Martis', ['NAAM', 'ricky']],
];

/** A message with none of the characters the questions look for. */
const PLAIN = 'ik weet niet goed wat ik moet doen';

describe('the questions detectors ask before their patterns run', () => {
  it.each(LINES)('%s: finds its span in "%s"', (_detector, line, span) => {
    expect(found(line)).toContainEqual(span);
  });

  it.each(LINES)('%s: finds its span after and before other messages of the conversation ("%s")', (_detector, line, [type, surface]) => {
    const p = new Pseudonymiser();
    p.anonymise(PLAIN);
    const { entities } = p.anonymise(line);
    expect(entities.map((e) => [e.type, line.slice(e.start, e.end)])).toContainEqual([type, surface]);
    // The message after it is asked again, not answered from the line before.
    expect(p.anonymise(PLAIN).entities).toEqual([]);
  });

  it('asks for a digit once per message and answers each message for itself', () => {
    const texts = ['geen cijfers hier', 'wel 1 cijfer', 'Arabisch ٣ is geen \\d', 'nog eens 7', 'geen cijfers hier'];
    const answers = withMemo(new RunMemo(), () => texts.flatMap((t) => [hasDigit(t), hasDigit(t)]));
    expect(answers).toEqual(texts.flatMap((t) => [/\d/.test(t), /\d/.test(t)]));
    expect(texts.map((t) => hasDigit(t))).toEqual([false, true, false, true, false]);
  });
});
