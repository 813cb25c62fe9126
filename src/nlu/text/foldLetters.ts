/**
 * Letters that Unicode does not take apart into a base letter and a mark, so the normalisation of
 * the tokens (safety/normalise.ts: NFKD, marks dropped) leaves them: Polish "ł", Turkish dotless
 * "ı", Vietnamese "đ", Danish and Norwegian "ø". Citizens type these words with and without them
 * ("çıkamıyorum" and "cikamiyorum", "wypłaty" and "wyplaty"), so both spellings must meet one
 * phrase.
 *
 * Folded in one place for every reading: the tokens of the analysis (analyse.ts) and the phrase
 * words of the lexicons (concepts.ts), so a phrase is written once, with or without the letters.
 * Until forms23 only the form reading folded, and until fold26 the danger reading kept "ı" and "ł"
 * ("çıkamıyorum" missed "cikamiyorum"). Each of these letters is one code unit and so is its base
 * letter, so lengths and offsets stay as they were.
 */
const UNFOLDED_ALL = /[łıđø]/gu;
const FOLD: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o' };

/** The word with those letters as their base letter (lower case: the tokens and phrase words are). */
export function foldLetters(word: string): string {
  return hasUnfolded(word) ? word.replace(UNFOLDED_ALL, (c) => FOLD[c] ?? c) : word;
}

/** `/[łıđø]/u.test(word)` by code units (each of the four is one unit): every token asks it (round 39). */
function hasUnfolded(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit === 0x142 || unit === 0x131 || unit === 0x111 || unit === 0xf8) return true;
  }
  return false;
}
