/**
 * Names written in Cyrillic and with accents, read in plain Latin letters: one module for every
 * reader of names and places (the anonymiser's place detector and the build of its name lists, the
 * facts' second look for a place), so a letter is spelled the same way wherever it is read.
 *
 * Cyrillic has two spellings here, sharing the letters they agree on:
 * - the international (English-style) one that Ukrainian, Russian and Bulgarian names and places
 *   are written in on documents and in chat ("Харків" → "kharkiv", "Пловдив" → "plovdiv"), with the
 *   Russian and Bulgarian readings of г and и and German-style "ch" for х beside it (`latinSpellings`);
 * - the Dutch one a Dutch place name is spelled back from ("Роттердам", "Дронтен": х = "ch",
 *   ж = "zj", й = "j", ай = "ij"), which the facts use to find the Dutch town (`dutchLatinOf`).
 */

/** Letters both spellings write alike. */
const SHARED: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  ґ: 'g',
  д: 'd',
  е: 'e',
  з: 'z',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ц: 'ts',
  ь: '',
  ы: 'y',
  э: 'e',
};

/** The international spelling, Ukrainian readings (г = h, и = y). */
const INTERNATIONAL: Readonly<Record<string, string>> = {
  ...SHARED,
  г: 'h',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  и: 'y',
  ї: 'yi',
  й: 'y',
  х: 'kh',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  // Bulgarian ъ is a vowel ("Търговище" → "Targovishte").
  ъ: 'a',
  ю: 'yu',
  я: 'ya',
};

/** The Dutch spelling of the same letters. */
const DUTCH: Readonly<Record<string, string>> = {
  ...SHARED,
  г: 'g',
  є: 'je',
  ё: 'jo',
  ж: 'zj',
  и: 'i',
  ї: 'ji',
  й: 'j',
  х: 'ch',
  ч: 'tsj',
  ш: 'sj',
  щ: 'sjtsj',
  ъ: '',
  ю: 'ju',
  я: 'ja',
};

const MARKS = /\p{M}+/gu;

/** A text without its accents and other combining marks (compatibility decomposition): "Łódź" → "Łodz", "ﬁ" → "fi". */
export function withoutMarks(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}

export function hasCyrillic(word: string): boolean {
  return /[\u0400-\u04ff]/.test(word);
}

/** Each letter of `lower` through `table`, a letter it lacks kept as it is. */
function spelled(lower: string, table: Readonly<Record<string, string>>, swap?: (c: string) => string | undefined): string {
  let out = '';
  for (const c of lower) out += swap?.(c) ?? table[c] ?? c;
  return out;
}

/**
 * Latin spellings of a Cyrillic word, lower case: Ukrainian (г = h, и = y), Russian and Bulgarian
 * (г = g, и = i), and х written "h" or, German style, "ch" ("Утрехт" → "utrecht"). Empty for a
 * word without Cyrillic letters.
 */
export function latinSpellings(word: string): string[] {
  if (!hasCyrillic(word)) return [];
  const lower = word.toLowerCase();
  const ukrainian = spelled(lower, INTERNATIONAL);
  const russian = spelled(lower, INTERNATIONAL, (c) => (c === 'г' ? 'g' : c === 'и' ? 'i' : undefined));
  return [...new Set([ukrainian, russian, russian.replace(/kh/g, 'ch'), russian.replace(/kh/g, 'h')])];
}

/**
 * A Dutch name spelled back from Cyrillic, capitalised ("Роттердам" → "Rotterdam", "Дронтен" →
 * "Dronten"), with ай/яй read as "ij" and ей/эй as "ei", as Dutch "ij" and "ei" are written in Cyrillic.
 */
export function dutchLatinOf(cyrillic: string): string {
  const lower = cyrillic.toLowerCase().replace(/[ая]й/g, 'ij').replace(/[еэ]й/g, 'ei');
  const out = spelled(lower, DUTCH);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
