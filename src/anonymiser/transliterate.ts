/**
 * Cyrillic to Latin letters, as Ukrainian, Russian and Bulgarian names and places are written in
 * Dutch chat and in the word lists ("Харків" → "kharkiv", "Пловдив" → "plovdiv"). One table for
 * the place detector and for the build of the name lists, so a name found at build time is
 * spelled the same way at run time.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  // Bulgarian ъ is a vowel ("Търговище" → "Targovishte").
  ъ: 'a',
  ю: 'yu',
  я: 'ya',
  ы: 'y',
  э: 'e',
};

export function hasCyrillic(word: string): boolean {
  return /[\u0400-\u04ff]/.test(word);
}

/**
 * Latin spellings of a Cyrillic word, lower case: Ukrainian (г = h, и = y), Russian and Bulgarian
 * (г = g, и = i), and х written "h" or, German style, "ch" ("Утрехт" → "utrecht"). Empty for a
 * word without Cyrillic letters.
 */
export function latinSpellings(word: string): string[] {
  if (!hasCyrillic(word)) return [];
  const lower = word.toLowerCase();
  const ukrainian = [...lower].map((c) => CYRILLIC[c] ?? c).join('');
  const russian = [...lower].map((c) => (c === 'г' ? 'g' : c === 'и' ? 'i' : (CYRILLIC[c] ?? c))).join('');
  return [...new Set([ukrainian, russian, russian.replace(/kh/g, 'ch'), russian.replace(/kh/g, 'h')])];
}
