import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPii } from '../../../src/anonymiser';

/**
 * The class of error behind "Overslaan" masked on the review page (issue 12): the anonymiser must
 * leave the helpline's own words alone. Every text the bot, the pages and the buttons show (not the
 * recognizer's training phrases) goes through it with its {placeholders} filled, and only the
 * filled-in name and code may come out as personal data.
 */
const LOCALES = join(__dirname, '..', '..', '..', 'locales');
const FILLED: Record<string, string> = { name: 'Sanne', code: 'K7P-2QX' };

function texts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value.replace(/\{(\w+)\}/g, (_, key: string) => FILLED[key] ?? '3')]);
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out);
  return out;
}

const shown: [string, string][] = ['nl', 'en'].flatMap((locale) =>
  readdirSync(join(LOCALES, locale))
    .filter((file) => file.endsWith('.json') && file !== 'nlu.json')
    .flatMap((file) => texts(JSON.parse(readFileSync(join(LOCALES, locale, file), 'utf8')) as unknown, `${locale}/${file}`, [])),
);

describe("the helpline's own texts", () => {
  it('are many (the test reads the real locale files)', () => {
    expect(shown.length).toBeGreaterThan(300);
  });

  it('pass unchanged', () => {
    const offenders = shown.flatMap(([path, text]) =>
      detectPii(text)
        .map((e) => text.slice(e.start, e.end))
        .filter((s) => !Object.values(FILLED).includes(s))
        .map((s) => `${path}: "${s}"`),
    );
    expect(offenders).toEqual([]);
  });
});
