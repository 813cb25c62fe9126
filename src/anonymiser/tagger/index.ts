/**
 * The learned span tagger as a detector: person names and organisations by the shape, letters,
 * position and neighbours of their words (features.ts), with the word lists as evidence rather than
 * as decisions. Its spans are weak guesses (tier 3): a rule's surer span wins where they overlap,
 * and what only the tagger finds is masked as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths';
import { FUNCTION_WORDS } from '../lexicons/commonWords';
import { capitalsAreNoise, isLoneSurnameOpeningSentence, listedFactsOf, looksGerman, tokenFacts } from '../detectors/names';
import { fold, isCapitalised, isSentenceStart, tokenize } from '../text';
import type { Candidate, Token } from '../types';
import {
  CAP_MID_ID,
  IN_PLACE_ID,
  PAD_AFTER,
  PAD_BEFORE,
  asciiOpeningShape,
  gapAfterId,
  gapBeforeId,
  gapClassOfCode,
  gapCode,
  gapEndsSentence,
  openingShapeOfCode,
  shapeOf,
  startCapId,
  wordFeatureIds,
} from './wordFeatures';
import { activeMemo } from '../runMemo';
import { emissionsOfSlots, modelFromFile, SLOTS, slotScores, spansOfTags, TaggerFileSchema, viterbi, type TaggerModel } from './model';

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

/**
 * Feature id to model row as an open-addressing table of 32-bit integers. The ids are unsigned
 * 32-bit hashes, most of them above the small-integer range, so a Map keyed by them hashed a boxed
 * number on each of the dozens of look-ups per word; here the id is read as an int32 and probed.
 */
class RowTable {
  private readonly keys: Int32Array;
  /** Row + 1; 0 marks an empty slot. */
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(rows: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < rows.size * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [id, row] of rows) {
      let at = this.slotOf(id | 0);
      while (this.values[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = id | 0;
      this.values[at] = row + 1;
    }
  }

  private slotOf(key: number): number {
    return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 15)) & this.mask;
  }

  /** The row of a feature id, or -1 when the model never saw the feature. */
  rowOf(id: number): number {
    const key = id | 0;
    for (let at = this.slotOf(key); ; at = (at + 1) & this.mask) {
      const value = this.values[at]!;
      if (value === 0) return -1;
      if (this.keys[at] === key) return value - 1;
    }
  }
}

const rowTables = new WeakMap<TaggerModel, RowTable>();

function rowTable(model: TaggerModel): RowTable {
  let table = rowTables.get(model);
  if (table === undefined) {
    table = new RowTable(model.rows);
    rowTables.set(model, table);
  }
  return table;
}

const WORD_ROWS_LIMIT = 20_000;

/** The padding rows' slot scores of a model, summed once per model. */
const paddingSlots = new WeakMap<TaggerModel, [Float64Array | undefined, Float64Array | undefined]>();

function padSlots(model: TaggerModel): [Float64Array | undefined, Float64Array | undefined] {
  let pads = paddingSlots.get(model);
  if (pads === undefined) {
    const of = (id: number): Float64Array | undefined => {
      const row = model.rows.get(id);
      return row === undefined ? undefined : slotScores(model, [row]);
    };
    pads = [of(PAD_BEFORE), of(PAD_AFTER)];
    paddingSlots.set(model, pads);
  }
  return pads;
}

/**
 * The slot scores of the message being tagged, reused from message to message (a typed array is
 * costly to create): numbers from the model, never a word; each message overwrites what it reads.
 */
let slotScratch = new Float64Array(256);

/** Adds the model rows of feature ids (features the model never saw are left out) to `into` at `at`, in order. */
function addRowsOfIds(model: TaggerModel, table: RowTable, ids: readonly number[], into: Float64Array, at: number): void {
  const width = SLOTS * model.tags;
  const w = model.weights;
  for (const id of ids) {
    const row = table.rowOf(id);
    if (row < 0) continue;
    const base = row * width;
    for (let x = 0; x < width; x++) into[at + x]! += w[base + x]!;
  }
}

/** Function words' own slot scores: where each form's scores start in `pool`. */
interface CommonWordSlots {
  readonly at: ReadonlyMap<string, number>;
  readonly pool: Float64Array;
}

const commonWordSlots = new WeakMap<TaggerModel, CommonWordSlots>();

/**
 * The own slot scores of the function words ("de", "ik", "niet"), in lower case and capitalised,
 * summed once per model: they are about half of a message's words, and a run's memo summed them
 * again in every transcript. Made from the word list alone: no word of a message is kept here.
 */
function commonWords(model: TaggerModel, table: RowTable): CommonWordSlots {
  let common = commonWordSlots.get(model);
  if (common !== undefined) return common;
  const width = SLOTS * model.tags;
  const forms = new Map<string, Token>();
  for (const key of FUNCTION_WORDS) {
    const facts = listedFactsOf(key);
    if (facts === undefined) continue;
    for (const text of [key, key.charAt(0).toUpperCase() + key.slice(1)])
      if (fold(text) === key && !forms.has(text)) forms.set(text, { text, key, start: 0, end: text.length });
  }
  const at = new Map<string, number>();
  const pool = new Float64Array(forms.size * width);
  let used = 0;
  for (const [text, t] of forms) {
    addRowsOfIds(model, table, wordFeatureIds(t, listedFactsOf(t.key)!), pool, used);
    at.set(text, used);
    used += width;
  }
  common = { at, pool };
  commonWordSlots.set(model, common);
  return common;
}

/**
 * Writes a word's own slot scores into `slots` at `at`: a function word's from the model's table of
 * them, any other word's summed once per run (chat repeats its words) into the run's pool of them,
 * and copied from there. Within a run one look-up per word: the run's map also points to the
 * function words' table (as -1 - offset), once a word was met.
 */
function ownSlots(
  model: TaggerModel,
  table: RowTable,
  common: CommonWordSlots,
  t: Token,
  facts: number,
  slots: Float64Array,
  at: number,
): void {
  const width = SLOTS * model.tags;
  const memo = activeMemo();
  if (memo === undefined) {
    const commonAt = common.at.get(t.text);
    if (commonAt !== undefined) copySlots(common.pool, commonAt, slots, at, width);
    else {
      slots.fill(0, at, at + width);
      addRowsOfIds(model, table, wordFeatureIds(t, facts), slots, at);
    }
    return;
  }
  let from = memo.taggerRows.get(t.text);
  if (from === undefined) {
    const commonAt = common.at.get(t.text);
    if (commonAt !== undefined) {
      // The same word as written has the same key and facts, so the same scores.
      from = -1 - commonAt;
    } else {
      from = memo.taggerPoolUsed;
      if (memo.taggerPool.length < from + width) {
        const grown = new Float64Array(Math.max(64 * width, 2 * (from + width)));
        grown.set(memo.taggerPool.subarray(0, from));
        memo.taggerPool = grown;
      }
      memo.taggerPool.fill(0, from, from + width);
      addRowsOfIds(model, table, wordFeatureIds(t, facts), memo.taggerPool, from);
      memo.taggerPoolUsed = from + width;
    }
    memo.taggerRows.set(t.text, from);
  }
  if (from < 0) copySlots(common.pool, -1 - from, slots, at, width);
  else copySlots(memo.taggerPool, from, slots, at, width);
}

function copySlots(pool: Float64Array, from: number, slots: Float64Array, at: number, width: number): void {
  for (let x = 0; x < width; x++) slots[at + x] = pool[from + x]!;
}

/**
 * The model rows of the features of where a word stands (wordFeatures.ts `placeFeatureIds`), by
 * numeric codes of their values: classes of the marks around a word and of its first two letters'
 * shapes, never a word. Keyed so, a word's place costs no strings and no hashing.
 */
interface PlaceRows {
  /** By `gapCode`, plus FIRST for the message's first word ("^" before its class). */
  readonly before: Map<number, number>;
  /** By `gapCode`, plus LAST for the message's last word ("$" after its class). */
  readonly after: Map<number, number>;
  /** By `asciiOpeningShape`, plus OPENS when the word opens a sentence. */
  readonly startCap: Map<number, number>;
  readonly capMid: number;
  readonly inPlace: number;
}

const FIRST = 1 << 16;
const LAST = 1 << 16;
const OPENS = 1 << 8;
const placeRowTables = new WeakMap<TaggerModel, PlaceRows>();

function placeRowsOf(model: TaggerModel, table: RowTable): PlaceRows {
  let rows = placeRowTables.get(model);
  if (rows === undefined) {
    rows = { before: new Map(), after: new Map(), startCap: new Map(), capMid: table.rowOf(CAP_MID_ID), inPlace: table.rowOf(IN_PLACE_ID) };
    placeRowTables.set(model, rows);
  }
  return rows;
}

/** Adds one model row (none when negative) to `into` at `at`. */
function addRow(model: TaggerModel, row: number, into: Float64Array, at: number): void {
  if (row < 0) return;
  const width = SLOTS * model.tags;
  const w = model.weights;
  const base = row * width;
  for (let x = 0; x < width; x++) into[at + x]! += w[base + x]!;
}

/**
 * Adds the rows of `placeFeatureIds(text, tokens, i, placeStarts)` to `into` at `at`, in its order
 * (gap before, gap after, opening and shape, capital mid-sentence, in a place), so the sums are
 * those of `addRowsOfIds` on its ids to the last bit.
 */
function addPlaceRows(
  model: TaggerModel,
  table: RowTable,
  rows: PlaceRows,
  text: string,
  tokens: readonly Token[],
  i: number,
  placeStarts: ReadonlySet<number>,
  into: Float64Array,
  at: number,
): void {
  const t = tokens[i]!;
  const first = i === 0;
  const last = i === tokens.length - 1;
  const before = gapCode(text, first ? 0 : tokens[i - 1]!.end, t.start);
  const beforeKey = first ? before | FIRST : before;
  let row = rows.before.get(beforeKey);
  if (row === undefined) {
    row = table.rowOf(gapBeforeId((first ? '^' : '') + gapClassOfCode(before)));
    rows.before.set(beforeKey, row);
  }
  addRow(model, row, into, at);
  const after = gapCode(text, t.end, last ? text.length : tokens[i + 1]!.start);
  const afterKey = last ? after | LAST : after;
  row = rows.after.get(afterKey);
  if (row === undefined) {
    row = table.rowOf(gapAfterId(gapClassOfCode(after) + (last ? '$' : '')));
    rows.after.set(afterKey, row);
  }
  addRow(model, row, into, at);
  const opens = first || gapEndsSentence(before);
  const shape = asciiOpeningShape(t.text);
  let capital: boolean;
  if (shape >= 0) {
    const shapeKey = opens ? shape | OPENS : shape;
    row = rows.startCap.get(shapeKey);
    if (row === undefined) {
      row = table.rowOf(startCapId(opens, openingShapeOfCode(shape)));
      rows.startCap.set(shapeKey, row);
    }
    addRow(model, row, into, at);
    capital = (shape > 15 ? shape >> 4 : shape) === 1;
  } else {
    const written = shapeOf(t.text.slice(0, 2));
    addRow(model, table.rowOf(startCapId(opens, written)), into, at);
    capital = written[0] === 'X';
  }
  if (capital && !opens) addRow(model, rows.capMid, into, at);
  if (placeStarts.has(t.start)) addRow(model, rows.inPlace, into, at);
}

/**
 * Each word's slot scores (n x SLOTS x tags): what it adds to its own and its neighbours' scores,
 * from what it is by itself (`ownSlots`) and where it stands. Valid until the next message.
 * Exported for the tests, which hold it to `slotScores` of `positionFeatures` to the last bit.
 */
export function positionSlots(model: TaggerModel, text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>): Float64Array {
  const facts = tokenFacts(tokens);
  const table = rowTable(model);
  const width = SLOTS * model.tags;
  if (slotScratch.length < tokens.length * width) slotScratch = new Float64Array(2 * tokens.length * width);
  const slots = slotScratch;
  const common = commonWords(model, table);
  const places = placeRowsOf(model, table);
  const memo = activeMemo();
  // Checked once per message: the rows a run summed are the same whenever they were summed.
  if (memo !== undefined && (memo.taggerRowsOf !== model || memo.taggerRows.size >= WORD_ROWS_LIMIT)) {
    memo.taggerRows.clear();
    memo.taggerPoolUsed = 0;
    memo.taggerRowsOf = model;
  }
  for (let i = 0; i < tokens.length; i++) {
    const at = i * width;
    ownSlots(model, table, common, tokens[i]!, facts[i]!, slots, at);
    addPlaceRows(model, table, places, text, tokens, i, placeStarts, slots, at);
  }
  return slots;
}

/** Right after an initial ("S. Daalder", "mr. R. de Groot"): that full stop ends no sentence. */
function afterInitial(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.text.length === 1 && isCapitalised(previous.text) && previous.end + 1 <= tokens[i]!.start;
}

/** Spans the model tags in `text`, by token ranges. */
export function tagTokens(model: TaggerModel, text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>) {
  if (tokens.length === 0) return [];
  const [padBefore, padAfter] = padSlots(model);
  const scores = emissionsOfSlots(model, positionSlots(model, text, tokens, placeStarts), tokens.length, padBefore, padAfter);
  return spansOfTags(viterbi(scores, tokens.length, model.tags, model.transitions));
}

/**
 * A lower-case dictionary word at a span's edge is the context, not the name ("die gast Kapitein");
 * particles stay inside. A module function, not a closure in `findTaggedSpans`: tsx keeps function
 * names, which cost a property definition per closure made.
 */
function isEdge(tokens: readonly Token[], facts: readonly number[], i: number): boolean {
  return !isCapitalised(tokens[i]!.text) && (facts[i]! & ORDINARY) !== 0 && (facts[i]! & PARTICLE) === 0;
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
  for (const s of found) {
    while (s.to - s.from > 1 && isEdge(tokens, facts, s.from)) s.from++;
    while (s.to - s.from > 1 && isEdge(tokens, facts, s.to - 1)) s.to--;
  }
  const spans = found.filter(
    (s) =>
      !tokens.slice(s.from, s.to).some((t) => UNSPACED.test(t.text)) &&
      isInformative(text, tokens, facts, s.from, s.to) &&
      // A lone dictionary word as a person ("i am Happy from today on") needs the rules' cues, or the name lists ("Precious").
      !(model.types[s.type] === 'NAAM' && s.to - s.from === 1 && (facts[s.from]! & ORDINARY) !== 0 && (facts[s.from]! & NAMED) === 0) &&
      // A lone surname-list word opening a sentence ("Boję się"): the rules' reading (names.ts) holds here too.
      !(
        model.types[s.type] === 'NAAM' &&
        s.to - s.from === 1 &&
        isLoneSurnameOpeningSentence(text, tokens[s.from]!, facts[s.from]!, tokens[s.from + 1])
      ),
  );
  // Pushed, not mapped: one kind of array whether the builtin or optimised code makes it (names.ts, round 43).
  const out: Candidate[] = [];
  for (const s of spans)
    out.push({
      type: model.types[s.type]!,
      start: tokens[s.from]!.start,
      end: spanEnd(text, tokens[s.to - 1]!),
      tier: 3,
      tagged: true,
    });
  return out;
}
