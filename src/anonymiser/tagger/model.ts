/**
 * The span tagger's model and decoder: a linear model over BIO tags (outside, begin and inside of
 * each span type) whose score for a word is the sum of the weights of its own features and of its
 * neighbours' (two before, two after, each in its own slot), plus a score for each pair of tags in a
 * row; the best sequence of tags (Viterbi) gives the spans. Trained by bench/train-anonymiser.ts.
 */
import { z } from 'zod';
import { PII_TYPES, type PiiType } from '../types';
import { PAD_AFTER, PAD_BEFORE } from './wordFeatures';

/** Slots: a word reads the features of the words at offsets -2 to +2. */
export const SLOTS = 5;
const REACH = 2;

/** Tags: 0 outside, then for type k: 1 + 2k begins a span, 2 + 2k continues it. */
export function tagCount(types: readonly PiiType[]): number {
  return 1 + 2 * types.length;
}

const finiteNumbers = z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n)), {
  message: 'expected an array of finite numbers',
});

/**
 * The model file. Weights are stored sparse and scaled to integers: `entries` holds pairs
 * (index into the dense table of features x slots x tags, weight x `scale`).
 */
export const TaggerFileSchema = z.strictObject({
  format: z.literal(1),
  featureVersion: z.number().int(),
  seed: z.number().int(),
  trainedOn: z.record(z.string(), z.number()),
  types: z.array(z.enum(PII_TYPES)).min(1),
  outsideBias: z.number(),
  scale: z.number().positive(),
  transitions: finiteNumbers,
  features: finiteNumbers,
  entries: finiteNumbers,
});
export type TaggerFile = z.infer<typeof TaggerFileSchema>;

/** The feature version the code computes: a model trained on other features is refused. */
export const FEATURE_VERSION = 1;

export interface TaggerModel {
  readonly types: readonly PiiType[];
  readonly tags: number;
  /** Feature id to row. */
  readonly rows: ReadonlyMap<number, number>;
  /** rows x SLOTS x tags. */
  readonly weights: Float32Array | Float64Array;
  /** (tags + 1) x tags: from the start (row 0) or from a tag (row 1 + tag) to a tag. */
  readonly transitions: Float32Array | Float64Array;
  readonly outsideBias: number;
}

export function modelFromFile(file: TaggerFile): TaggerModel {
  if (file.featureVersion !== FEATURE_VERSION)
    throw new Error(`tagger model has feature version ${file.featureVersion}, code ${FEATURE_VERSION}`);
  const tags = tagCount(file.types);
  if (file.transitions.length !== (tags + 1) * tags) throw new Error('tagger model: transitions of the wrong size');
  if (file.entries.length % 2 !== 0) throw new Error('tagger model: odd number of entries');
  const rows = new Map<number, number>();
  file.features.forEach((id, row) => rows.set(id, row));
  const weights = new Float32Array(file.features.length * SLOTS * tags);
  for (let i = 0; i < file.entries.length; i += 2) {
    const index = file.entries[i]!;
    if (!Number.isInteger(index) || index < 0 || index >= weights.length) throw new Error('tagger model: entry out of range');
    weights[index] = file.entries[i + 1]! / file.scale;
  }
  return { types: file.types, tags, rows, weights, transitions: Float32Array.from(file.transitions), outsideBias: file.outsideBias };
}

/** Each position's feature ids as model rows (features the model never saw are left out). */
export function rowsOf(model: Pick<TaggerModel, 'rows'>, features: readonly (readonly number[])[]): Int32Array[] {
  return features.map((ids) => {
    const rows: number[] = [];
    for (const id of ids) {
      const row = model.rows.get(id);
      if (row !== undefined) rows.push(row);
    }
    return Int32Array.from(rows);
  });
}

/** Per position and tag, the sum of the weights its slots read. */
export function emissions(model: TaggerModel, rows: readonly Int32Array[]): Float64Array {
  const n = rows.length;
  const tags = model.tags;
  const w = model.weights;
  const out = new Float64Array(n * tags);
  const padBefore = model.rows.get(PAD_BEFORE);
  const padAfter = model.rows.get(PAD_AFTER);
  for (let i = 0; i < n; i++) {
    const at = i * tags;
    for (let s = 0; s < SLOTS; s++) {
      const j = i + s - REACH;
      if (j < 0 || j >= n) {
        const pad = j < 0 ? padBefore : padAfter;
        if (pad === undefined) continue;
        const base = (pad * SLOTS + s) * tags;
        for (let c = 0; c < tags; c++) out[at + c]! += w[base + c]!;
        continue;
      }
      const r = rows[j]!;
      for (let k = 0; k < r.length; k++) {
        const base = (r[k]! * SLOTS + s) * tags;
        for (let c = 0; c < tags; c++) out[at + c]! += w[base + c]!;
      }
    }
    out[at]! += model.outsideBias;
  }
  return out;
}

/**
 * What one position's feature rows add at each slot: SLOTS x tags, the rows' weights summed once.
 * A position's emissions then read one such block per neighbour instead of every row of every
 * neighbour. The weights are float32 values of integers / `scale` (no smaller than 2^-10 in size),
 * so their float64 sums are exact and this order gives the very scores `emissions` gives.
 */
export function slotScores(model: TaggerModel, rows: ArrayLike<number>, into = new Float64Array(SLOTS * model.tags), at = 0): Float64Array {
  const width = SLOTS * model.tags;
  const w = model.weights;
  for (let k = 0; k < rows.length; k++) {
    const base = rows[k]! * width;
    for (let x = 0; x < width; x++) into[at + x]! += w[base + x]!;
  }
  return into;
}

/**
 * Scores of the message being tagged, reused from message to message: a typed array is costly to
 * create, and one message is scored at a time. They hold numbers worked out from the model, never
 * a word; each use overwrites what it reads.
 */
let emissionScratch = new Float64Array(64);

/**
 * The same scores as `emissions`, from each position's slot scores (`slots`: n x SLOTS x tags, as
 * `slotScores` fills them) and the padding rows' (`padBefore`, `padAfter`: SLOTS x tags, or undefined).
 * The result is valid until the next call.
 */
export function emissionsOfSlots(
  model: TaggerModel,
  slots: Float64Array,
  n: number,
  padBefore: Float64Array | undefined,
  padAfter: Float64Array | undefined,
): Float64Array {
  const tags = model.tags;
  const width = SLOTS * tags;
  if (emissionScratch.length < n * tags) emissionScratch = new Float64Array(2 * n * tags);
  const out = emissionScratch;
  out.fill(0, 0, n * tags);
  for (let i = 0; i < n; i++) {
    const at = i * tags;
    for (let s = 0; s < SLOTS; s++) {
      const j = i + s - REACH;
      let source: Float64Array | undefined = slots;
      let base = j * width + s * tags;
      if (j < 0 || j >= n) {
        source = j < 0 ? padBefore : padAfter;
        base = s * tags;
      }
      if (source === undefined) continue;
      for (let c = 0; c < tags; c++) out[at + c]! += source[base + c]!;
    }
    out[at]! += model.outsideBias;
  }
  return out;
}

/** A tag that continues a span may only follow the begin or continuation of the same type. */
function allowed(prev: number, tag: number): boolean {
  return tag === 0 || tag % 2 === 1 || prev === tag || prev === tag - 1;
}

/** The decoder's tables, reused like `emissionScratch`. */
let bestScratch = new Float64Array(64);
let backScratch = new Int32Array(64);

/** The best tag sequence for the emissions and transitions. */
export function viterbi(scores: Float64Array, n: number, tags: number, transitions: ArrayLike<number>): Int32Array {
  if (bestScratch.length < n * tags) {
    bestScratch = new Float64Array(2 * n * tags);
    backScratch = new Int32Array(2 * n * tags);
  }
  // Every cell read below is written first, so the buffers need no clearing.
  const best = bestScratch;
  const back = backScratch;
  // A span cannot open with its continuation tag.
  for (let c = 0; c < tags; c++) best[c] = c === 0 || c % 2 === 1 ? scores[c]! + transitions[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < tags; c++) {
      let top = -Infinity;
      let from = 0;
      for (let p = 0; p < tags; p++) {
        if (!allowed(p, c)) continue;
        const v = best[(i - 1) * tags + p]! + transitions[(p + 1) * tags + c]!;
        if (v > top) {
          top = v;
          from = p;
        }
      }
      best[i * tags + c] = top + scores[i * tags + c]!;
      back[i * tags + c] = from;
    }
  }
  const path = new Int32Array(n);
  if (n === 0) return path;
  let last = 0;
  for (let c = 1; c < tags; c++) if (best[(n - 1) * tags + c]! > best[(n - 1) * tags + last]!) last = c;
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * tags + path[i]!]!;
  return path;
}

/** Spans (token ranges, end exclusive) of a tag sequence, with their type index. */
export function spansOfTags(path: ArrayLike<number>): { type: number; from: number; to: number }[] {
  const out: { type: number; from: number; to: number }[] = [];
  for (let i = 0; i < path.length; i++) {
    const tag = path[i]!;
    if (tag === 0) continue;
    const type = (tag - 1) >> 1;
    if (tag % 2 === 1 || out.length === 0 || out[out.length - 1]!.to !== i || out[out.length - 1]!.type !== type)
      out.push({ type, from: i, to: i + 1 });
    else out[out.length - 1]!.to = i + 1;
  }
  return out;
}
