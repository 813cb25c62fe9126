/**
 * What a number followed by one of these words counts: hours, days, money, people, things, times,
 * distances, in the languages people write in. "12 godzin", "16 persoane", "14 uur", "15 mensen",
 * "11 matrassen" are no one's age. One list for the two readers of numbers: the features of the
 * learned models (reader.ts, where such a number is "#count" instead of "#teen") and the age rules
 * of the facts (facts.ts). Until safety13 each kept its own list and they had drifted apart (the
 * facts knew "collega's" and "telefoons", the features "dni" and "saat").
 *
 * Years are left out: "15 jaar", "15 lat", "15 ani" are as often an age as a stretch of time. Words
 * that are also common words after an age in Dutch or English are left out or narrowed (Hungarian
 * "het", week, only in its inflected forms: "ze is 15 het is ..." is an age).
 */
const UNIT_WORDS = [
  // Dutch and English
  'uur|uren|u|hours?|hrs?|h|min|minuten|minutes|dagen|days?|weken|weeks?|maanden|months?',
  'euro|eur|€|\\$|dollars?|pond|pounds|km|kilo|kg|%|procent|percent|keer|times',
  'man|mensen|people|personen|persons|mannen|men|vrouwen|women|jongens|boys|meisjes|girls|kinderen|kids|children',
  "klanten|clients|collega'?s|colleagues|werknemers|workers|arbeiders",
  "bedden|beds?|kamers?|rooms?|matrassen|mattresses|auto'?s|cars|huizen|houses|stuks|pieces|telefoons|phones|pakketjes|packages",
  // Polish, Romanian, Spanish, Portuguese
  'godzin\\p{L}*|godziny|dni|dniach|tygodni\\p{L}*|miesi\\p{L}*|osob|osoby|osobami|euro\\p{L}*',
  'ore|zile|saptamani|luni|oameni|persoane|horas|dias|semanas|meses|personas|pessoas',
  // Bulgarian, Ukrainian, Russian
  'часа|часов|годин|дни|днів|дней|тижн\\p{L}*|недел\\p{L}*|месец\\p{L}*|місяц\\p{L}*|месяц\\p{L}*|евро|євро|души|человек|людей|осіб',
  // Turkish, Hungarian
  'saat|gun|hafta|ay|kisi|ora\\p{L}*|nap\\p{L}*|hete|hetet|heti|hetig|honap\\p{L}*|ember|fo',
  // Arabic
  'ساعة|ساعات|يوم|ايام|شهر|اشهر|يورو|شخص|اشخاص',
].join('|');

/** A token (as written, lower case) that makes the number before it a count. */
export const COUNT_UNIT = new RegExp(`^(?:${UNIT_WORDS})$`, 'u');

/** Text right after a number that starts with a count unit ("11 matrassen", " uur per dag"). */
export const COUNT_UNIT_AFTER = new RegExp(`^\\s*(?:${UNIT_WORDS})(?!\\p{L})`, 'u');

/**
 * "11.000", "2,5", "10.30", "1,500": digits written right against a separator and more digits are
 * part of an amount, a decimal or a time, never an age on their own. `at` and `length` give the
 * digits in `text`.
 */
export function partOfLargerNumber(text: string, at: number, length: number): boolean {
  return /\p{N}[.,:]$/u.test(text.slice(Math.max(0, at - 2), at)) || /^[.,:]\p{N}/u.test(text.slice(at + length, at + length + 2));
}
