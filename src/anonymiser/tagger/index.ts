/**
 * The learned span tagger as a detector: person names and organisations by the shape, letters,
 * position and neighbours of their words (features.ts), with the word lists as evidence rather than
 * as decisions. Its spans are weak guesses (tier 3): a rule's surer span wins where they overlap,
 * and what only the tagger finds is masked as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths';
import { capitalsAreNoise, looksGerman, tokenFacts } from '../detectors/names';
import { isCapitalised, isSentenceStart, tokenize } from '../text';
import type { Candidate, Token } from '../types';
import { placeFeatureIds, wordFeatureIds } from './wordFeatures';
import { activeMemo } from '../runMemo';
import { emissions, modelFromFile, spansOfTags, TaggerFileSchema, viterbi, type TaggerModel } from './model';

export const TAGGER_MODEL_FILE = join(projectRoot(__dirname), 'models', 'anonymiser-tagger.json');

let shared: TaggerModel | null | undefined;

export function loadTaggerModel(path = TAGGER_MODEL_FILE): TaggerModel {
  return modelFromFile(TaggerFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

/** The model the detector uses: the committed one, read on first use; `null` turns the tagger off. */
export function taggerModel(): TaggerModel | null {
  if (shared === undefined) shared = loadTaggerModel();
  return shared;
}

/** Replaces the model the detector uses (training and its leave-one-set-out runs); `undefined` restores the committed one. */
export function useTaggerModel(model: TaggerModel | null | undefined): void {
  shared = model;
}

/** An initial's full stop belongs to the name ("Kevin B."). */
function spanEnd(text: string, last: Token): number {
  return last.text.length === 1 && text[last.end] === '.' ? last.end + 1 : last.end;
}

/** Letters of scripts written without spaces (Chinese, Japanese, Thai): a token there is a whole clause, not a word. */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]/;

/** Fact bits of names.ts: a common word or public name; a dictionary word; a word the name lists hold. */
const STOP = 1 << 2;
const ORDINARY = 1 << 3;
const NAMED = 1 << 17;
const PARTICLE = 1 << 22;

/**
 * A span needs one word that says more than the tagger's context: a capital inside a sentence, or a
 * name the lists hold that no dictionary does. A capital that opens a sentence ("Toon de console",
 * "Wachttijd"), a lone letter ("plan B.") or a public name ("JavaScript") says nothing, whatever the
 * model learned from messages full of names.
 */
function isInformative(text: string, tokens: readonly Token[], facts: readonly number[], from: number, to: number): boolean {
  // In German ("Die Wohnung ist …"), or a message typed in capitals, a capital says nothing either.
  const capitalsSay = !capitalsAreNoise(tokens) && !looksGerman(tokens);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const f = facts[i]!;
    if (t.text.length < 2 || (f & STOP) !== 0) continue;
    // "else's": a possessive is read as its word.
    if ((f & ORDINARY) === 0 && (f & NAMED) !== 0 && !t.key.includes("'")) return true;
    if (capitalsSay && isCapitalised(t.text) && (!isSentenceStart(text, t.start) || afterInitial(tokens, i))) return true;
  }
  return false;
}

/** Model rows of feature ids (features the model never saw are left out). */
function rowsOfIds(model: TaggerModel, ids: readonly number[]): number[] {
  const rows: number[] = [];
  for (const id of ids) {
    const row = model.rows.get(id);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

const WORD_ROWS_LIMIT = 20_000;

/**
 * The rows of each word's features. What a word is by itself is looked up once per run (chat
 * repeats its words), in the run's memo; where it stands, per position.
 */
function positionRows(model: TaggerModel, text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>): Int32Array[] {
  const facts = tokenFacts(tokens);
  const memo = activeMemo();
  if (memo !== undefined && memo.taggerRowsOf !== model) {
    memo.taggerRows.clear();
    memo.taggerRowsOf = model;
  }
  return tokens.map((t, i) => {
    let own = memo?.taggerRows.get(t.text);
    if (own === undefined) {
      own = Int32Array.from(rowsOfIds(model, wordFeatureIds(t, facts[i]!)));
      if (memo !== undefined) {
        if (memo.taggerRows.size >= WORD_ROWS_LIMIT) memo.taggerRows.clear();
        memo.taggerRows.set(t.text, own);
      }
    }
    const place = rowsOfIds(model, placeFeatureIds(text, tokens, i, placeStarts));
    const rows = new Int32Array(own.length + place.length);
    rows.set(own);
    rows.set(place, own.length);
    return rows;
  });
}

/** Right after an initial ("S. Daalder", "mr. R. de Groot"): that full stop ends no sentence. */
function afterInitial(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.text.length === 1 && isCapitalised(previous.text) && previous.end + 1 <= tokens[i]!.start;
}

/** Spans the model tags in `text`, by token ranges. */
export function tagTokens(model: TaggerModel, text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>) {
  if (tokens.length === 0) return [];
  const rows = positionRows(model, text, tokens, placeStarts);
  return spansOfTags(viterbi(emissions(model, rows), tokens.length, model.tags, model.transitions));
}

/** The tagger's spans in `text` as weak candidates. */
export function findTaggedSpans(text: string, placeStarts: ReadonlySet<number>, model: TaggerModel | null = taggerModel()): Candidate[] {
  if (model === null) return [];
  const tokens = tokenize(text);
  const facts = tokenFacts(tokens);
  // Every span kept needs an informative word (below): a message without one is not tagged at all.
  if (!isInformative(text, tokens, facts, 0, tokens.length)) return [];
  const found = tagTokens(model, text, tokens, placeStarts);
  if (found.length === 0) return [];
  // A lower-case dictionary word at a span's edge is the context, not the name ("die gast Kapitein"); particles stay inside.
  const edge = (i: number): boolean => !isCapitalised(tokens[i]!.text) && (facts[i]! & ORDINARY) !== 0 && (facts[i]! & PARTICLE) === 0;
  for (const s of found) {
    while (s.to - s.from > 1 && edge(s.from)) s.from++;
    while (s.to - s.from > 1 && edge(s.to - 1)) s.to--;
  }
  const spans = found.filter(
    (s) =>
      !tokens.slice(s.from, s.to).some((t) => UNSPACED.test(t.text)) &&
      isInformative(text, tokens, facts, s.from, s.to) &&
      // A lone dictionary word as a person ("i am Happy from today on") needs the rules' cues, or the name lists ("Precious").
      !(model.types[s.type] === 'NAAM' && s.to - s.from === 1 && (facts[s.from]! & ORDINARY) !== 0 && (facts[s.from]! & NAMED) === 0),
  );
  return spans.map((s) => ({
    type: model.types[s.type]!,
    start: tokens[s.from]!.start,
    end: spanEnd(text, tokens[s.to - 1]!),
    tier: 3 as const,
    tagged: true as const,
  }));
}
