/**
 * The shape of `data/gazetteer.json`, checked with zod whenever it is loaded. The large tables are
 * stored column by column, names and keys as one line-per-row string each, so the file is small
 * and the check takes milliseconds; row counts and indexes into other tables are checked when the
 * columns are split (`placeRows`, `foreignRows`, `checkMunicipalities`), since zod cannot see
 * across columns.
 */
import { z } from 'zod';

/** Typo matching covers names of at least this many letters: shorter ones collide with ordinary words. */
export const TYPO_MIN_LENGTH = 7;

const text = z.string().min(1).max(120);
const index = z.number().int().nonnegative();
/** One name a row, rows separated by line breaks: one string instead of thousands keeps the check fast. */
const nameColumn = z.string().regex(/^[^|\x00-\x09\x0b-\x1f]+$/);
/**
 * The lookup keys of each row (its names folded by `nameVariants`, so start-up folds nothing),
 * "|"-separated, rows separated by line breaks. A row always has at least its own name's key.
 */
// Folded: no capitals, no punctuation but the separators (a plain class: Unicode classes cost ~20 ms here).
const keyColumn = z.string().regex(/^[^A-Z\x00-\x09\x0b-\x1f!-/:-@[-`{}~]*$/);
/** Whole numbers (indexes into another table, populations), space-separated, one a row. */
const numberColumn = z.string().regex(/^\d+(?: \d+)*$/);

export const sourceSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  licence: z.string().min(1),
  url: z.string().min(1),
  use: z.string().min(1),
});

export const gazetteerDataSchema = z.strictObject({
  format: z.literal(3),
  generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(sourceSchema).min(1),
  /** [code, name]: the twelve provinces. */
  provinces: z.array(z.tuple([z.string().regex(/^[A-Z]{2}$/), text])).length(12),
  /** [code, name]: the 25 veiligheidsregio's, each with its own Veilig Thuis organisation. */
  regions: z.array(z.tuple([z.string().regex(/^VR\d{2}$/), text])).length(25),
  municipalities: z.strictObject({
    code: z.array(z.string().regex(/^\d{4}$/)).min(300),
    name: z.array(text),
    province: z.array(index),
    region: z.array(index),
    keys: keyColumn,
  }),
  /** Towns and villages (kind 0, the woonplaatsen) and neighbourhoods (kind 1). */
  places: z.strictObject({
    name: nameColumn,
    municipality: numberColumn,
    kind: z.string().regex(/^[01]+$/),
    population: numberColumn,
    keys: keyColumn,
  }),
  /** [ISO 3166-1 alpha-2 code, Dutch name]. */
  countries: z.array(z.tuple([z.string().regex(/^[A-Z]{2}$/), text])),
  foreign: z.strictObject({
    name: nameColumn,
    country: numberColumn,
    population: numberColumn,
    keys: keyColumn,
  }),
  /** Folded one-word names that are also ordinary Dutch or English words ("best", "goes"). */
  ordinaryWords: z.array(text),
  /** Frequent function words ("een", "van", "de"): a place of that name needs a capital, whatever comes before it. */
  functionWords: z.array(text),
  /** Ordinary words one typo away from a place name ("woorden" ~ "Woerden"): never read as typos. */
  typoShadows: z.array(text),
});

export type GazetteerData = z.infer<typeof gazetteerDataSchema>;

/** The numbers of a number column; throws unless it has exactly `expected` rows. */
export function numbers(column: string, expected: number, what: string): number[] {
  const out = column.split(' ').map(Number);
  if (out.length !== expected) throw new Error(`Gazetteer data: ${what} has ${out.length} rows, expected ${expected}.`);
  return out;
}

/** Splits a line-per-row column; throws unless it has exactly `rows` rows. */
export function rows(column: string, expected: number, what: string): string[] {
  const out = column === '' ? [] : column.split('\n');
  if (out.includes('')) throw new Error(`Gazetteer data: ${what} has an empty row.`);
  if (out.length !== expected) throw new Error(`Gazetteer data: ${what} has ${out.length} rows, expected ${expected}.`);
  return out;
}

/** The lookup keys of every row of a key column. */
export function keyRows(column: string, expected: number, what: string): string[][] {
  return rows(column, expected, what).map((row) => {
    const keys = row.split('|');
    if (keys.some((k) => k === '' || k !== k.trim() || k.includes('  ')))
      throw new Error(`Gazetteer data: an empty or badly spaced key in ${what}.`);
    return keys;
  });
}

/** A table's rows, once its columns are split and their lengths checked against each other. */
export interface Rows {
  readonly names: string[];
  readonly owner: number[];
  readonly population: number[];
  readonly keys: string[][];
}

/** Splits the places table (owner = municipality index) and checks its columns agree and point at real municipalities. */
export function placeRows(data: GazetteerData): Rows & { readonly kinds: string } {
  const p = data.places;
  const count = p.kind.length;
  const owner = numbers(p.municipality, count, 'place municipalities');
  checkIndexes(owner, data.municipalities.code.length, 'place municipality');
  return {
    names: rows(p.name, count, 'place names'),
    owner,
    population: numbers(p.population, count, 'place populations'),
    keys: keyRows(p.keys, count, 'place keys'),
    kinds: p.kind,
  };
}

/** Splits the foreign table (owner = country index) and checks it likewise. */
export function foreignRows(data: GazetteerData): Rows {
  const f = data.foreign;
  const names = rows(f.name, f.name.split('\n').length, 'foreign names');
  const owner = numbers(f.country, names.length, 'foreign countries');
  checkIndexes(owner, data.countries.length, 'foreign place country');
  return {
    names,
    owner,
    population: numbers(f.population, names.length, 'foreign populations'),
    keys: keyRows(f.keys, names.length, 'foreign keys'),
  };
}

/** Checks what zod cannot see in the municipalities table: equal column lengths and real provinces and regions. */
export function checkMunicipalities(data: GazetteerData): string[][] {
  const m = data.municipalities;
  if (new Set([m.code.length, m.name.length, m.province.length, m.region.length]).size !== 1) {
    throw new Error('Gazetteer data: the columns of municipalities differ in length.');
  }
  checkIndexes(m.province, data.provinces.length, 'municipality province');
  checkIndexes(m.region, data.regions.length, 'municipality region');
  return keyRows(m.keys, m.code.length, 'municipality keys');
}

function checkIndexes(column: readonly number[], size: number, what: string): void {
  const row = column.findIndex((i) => i >= size);
  if (row >= 0) throw new Error(`Gazetteer data: ${what} in row ${row} points past the end of its table.`);
}
