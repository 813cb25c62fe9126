/**
 * "wilma schaap", "dylan kortekaas", "mevrouw bianca vos", "tineke olthof-ter horst": chat writes a
 * whole name in lower case, and the names detector finds the first name (a listed name, after a cue)
 * but reads the lower-case word after it as the sentence's own. Once a name is settled, the
 * lower-case surname right after it goes under the same placeholder: a half-masked name still leaks.
 *
 * The word after the name joins it when a surname list holds it ("schaap", "vos", "bah"), or when no
 * dictionary knows it ("kortekaas", "slootweg") in a message written in Dutch or English, where most
 * words are dictionary words; in other languages an unknown word is as often the next verb
 * ("marek zabrał"). A particle may come first ("van der", "ter"). One surname word only, never a
 * function word or a word that another span holds; a surname that is a word too ("post", "vos")
 * only where the clause ends after it, not before a word of the sentence ("demi post foto").
 */
import { FUNCTION_WORDS } from './lexicons/commonWords';
import { SURNAMES, isDictionaryWord, isFunctionWord, isOrdinaryWord } from './lexicons/wordLists';
import { TUSSENVOEGSELS } from './lexicons/surnames';
import { isLowerCaseWord, tokenize } from './text';
import type { Candidate, Token } from './types';

const PARTICLES: ReadonlySet<string> = new Set('van de der den ter ten te'.split(' '));

/** A word without a capital. */
const isLower = (t: Token): boolean => isLowerCaseWord(t.text);

/**
 * Whether most words of three letters or more outside the message's names are dictionary words
 * (Dutch or English), so an unknown word stands out; in Polish or Darija most are unknown.
 */
function inDictionaryLanguage(tokens: readonly Token[], names: readonly Candidate[]): boolean {
  let known = 0;
  let words = 0;
  for (const t of tokens) {
    if (names.some((c) => c.type === 'NAAM' && c.start <= t.start && t.end <= c.end)) continue;
    // Words of one or two letters tell no language: "ta", "v", "na" are Ukrainian words and Dutch or
    // English abbreviations alike ("Andrii ta Maksym zhyvut v kontejneri na Bosweg").
    if (t.key.length < 3) continue;
    words++;
    // Dutch and English words only: the ordinary words also hold other languages' function words.
    if (isDictionaryWord(t.key) || FUNCTION_WORDS.has(t.key)) known++;
  }
  return words >= 3 && known >= 0.6 * words;
}

/**
 * A lower-case surname: listed, or (in a Dutch or English message) a word of three letters or more no
 * dictionary knows. `dictionaryLanguage` is asked only there: most words are answered before it.
 */
function isSurname(t: Token, dictionaryLanguage: () => boolean): boolean {
  if (!isLower(t) || isFunctionWord(t.key) || t.key.length < 3) return false;
  if (SURNAMES.has(t.key)) return true;
  return dictionaryLanguage() && t.key.length >= 3 && !isOrdinaryWord(t.key) && /^\p{L}+(?:-\p{L}+)*$/u.test(t.key);
}

export function withSurnamesJoined(text: string, accepted: Candidate[]): Candidate[] {
  if (!accepted.some((c) => c.type === 'NAAM')) return accepted;
  const tokens = tokenize(text);
  let dictionaryLanguage: boolean | undefined;
  let out: Candidate[] | undefined;
  for (let n = 0; n < accepted.length; n++) {
    const name = accepted[n]!;
    if (name.type !== 'NAAM') continue;
    let i = tokens.findIndex((t) => t.start >= name.end);
    if (i < 0 || !/^ $/.test(text.slice(name.end, tokens[i]!.start))) continue;
    // The name's own last word must be a word (not an initial's dot or a placeholder's bracket).
    if (!/\p{L}$/u.test(text.slice(name.start, name.end))) continue;
    const first = i;
    while (
      i < tokens.length &&
      i < first + 2 &&
      isLower(tokens[i]!) &&
      PARTICLES.has(tokens[i]!.key) &&
      TUSSENVOEGSELS.has(tokens[i]!.key)
    ) {
      if (!/^ $/.test(text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end))) break;
      i++;
    }
    const surname = tokens[i];
    if (surname === undefined) continue;
    if (!isSurname(surname, () => (dictionaryLanguage ??= inDictionaryLanguage(tokens, accepted)))) continue;
    // "… vos, de buurman": a particle without a surname after it is the next clause's article.
    if (i > first && !SURNAMES.has(surname.key) && isOrdinaryWord(surname.key)) continue;
    // "demi post foto op tiktok": a surname that is a word too, with a word of the sentence right after it, is that word (a verb here).
    const after = tokens[i + 1];
    if (
      isOrdinaryWord(surname.key) &&
      after !== undefined &&
      /^ +$/.test(text.slice(surname.end, after.start)) &&
      isLower(after) &&
      !isFunctionWord(after.key)
    )
      continue;
    const end = surname.end;
    const next = accepted[n + 1];
    if (next !== undefined && next.start < end) continue;
    out ??= [...accepted];
    out[n] = { ...name, end };
  }
  return out ?? accepted;
}
