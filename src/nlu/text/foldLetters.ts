/**
 * Letters that Unicode does not take apart into a base letter and a mark, so the normalisation of
 * the tokens (safety/normalise.ts: NFKD, marks dropped) leaves them: Polish "ł", Turkish dotless
 * "ı", Vietnamese "đ", Danish and Norwegian "ø". The phrase lexicons of the other languages are
 * written without diacritics, as most people type them, so "wypłaty", "hırsızlık" and "maaşımı"
 * typed with their letters met no phrase ("wyplat*", "hirsizlik", "maasim*") while the same words
 * typed plain did (forms23).
 *
 * Folded only for the form reading (model/reader.ts): the danger reading keeps its tokens as they
 * are. Each of these letters is one code unit and so is its base letter, so the token offsets
 * (`tokenAtChar`) stay valid.
 */
import type { TextAnalysis } from './analyse';

const UNFOLDED = /[łıđø]/u;
const FOLD: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o' };
const fold = (s: string): string => s.replace(/[łıđø]/gu, (c) => FOLD[c] ?? c);

/** The analysis with those letters as their base letter in the tokens (the written forms stay as written). */
export function foldLetters(analysis: TextAnalysis): TextAnalysis {
  if (!UNFOLDED.test(analysis.joined)) return analysis;
  return { ...analysis, tokens: analysis.tokens.map(fold), joined: fold(analysis.joined) };
}
