/**
 * Multinomial logistic regression over sparse binary features: small, fast to apply (a sum of
 * weights per present feature, so linear in the length of the message) and easy to inspect.
 * Models that read the same kind of features share one vocabulary; a message's features are
 * turned into vocabulary indices once and every model sums its own weights over them.
 * Training is deterministic: AdaGrad steps in an order set by each example's own key, L2
 * shrinkage, so the same corpus and seed give the same weights on every machine (trainingOrder).
 */
import { z } from 'zod';
import { fnv1a } from '../corpus';

const finiteNumbers = z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n)), {
  message: 'expected an array of finite numbers',
});
export const stringList = z.custom<string[]>((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'), {
  message: 'expected an array of strings',
});

/**
 * The stored form: dense weights over the vocabulary of its feature set, row-major, as 16-bit
 * integers (base64, little-endian) times `scale`. A fraction of a per cent of precision buys a
 * file that loads in milliseconds instead of parsing a million decimal numbers.
 */
export const softmaxModelSchema = z
  .object({
    classes: z.array(z.string().min(1)).min(2),
    bias: finiteNumbers,
    scale: z.number().positive(),
    weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .refine((m) => m.bias.length === m.classes.length, { message: 'bias does not match the classes' });
export type StoredSoftmaxModel = z.infer<typeof softmaxModelSchema>;

/** The form used at run time. */
export interface SoftmaxModel {
  readonly classes: readonly string[];
  readonly bias: Float64Array;
  readonly weights: Float64Array;
}

/**
 * `shared`: the weights in a SharedArrayBuffer, which reading threads map instead of copying (bundle.ts),
 * filled here at once rather than copied there from a first array.
 */
export function compileModel(stored: StoredSoftmaxModel, vocabularySize: number, shared = false): SoftmaxModel {
  const bytes = Buffer.from(stored.weights, 'base64');
  if (bytes.length !== vocabularySize * stored.classes.length * 2) throw new Error('Model weights do not match its vocabulary.');
  const count = bytes.length / 2;
  const weights = shared ? new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT)) : new Float64Array(count);
  const ints = littleEndianInt16s(bytes);
  if (ints) for (let i = 0; i < count; i++) weights[i] = ints[i]! * stored.scale;
  else for (let i = 0; i < count; i++) weights[i] = bytes.readInt16LE(i * 2) * stored.scale;
  return { classes: stored.classes, bias: Float64Array.from(stored.bias), weights };
}

/**
 * The stored 16-bit weights read through a typed array: every process start and every test file
 * that builds a screen compiles 1.7 million of them, and per-element `readInt16LE` was most of that
 * (round 40). A typed array
 * reads in the machine's byte order, so only where that is little-endian (else undefined: read
 * them one by one); it needs an even offset, which a slice of Buffer's pool may not have.
 */
function littleEndianInt16s(bytes: Buffer): Int16Array | undefined {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return undefined;
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Buffer.from(bytes);
  return new Int16Array(aligned.buffer, aligned.byteOffset, aligned.length / 2);
}

function encodeWeights(W: Float64Array, prune: number): { scale: number; weights: string } {
  let max = 0;
  for (const w of W) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const bytes = Buffer.alloc(W.length * 2);
  W.forEach((w, i) => bytes.writeInt16LE(Math.abs(w) < prune ? 0 : Math.round(w / scale), i * 2));
  return { scale, weights: bytes.toString('base64') };
}

/** Feature name to index; features outside it weigh nothing. */
export class Vocabulary {
  private readonly index: Map<string, number>;

  constructor(readonly features: readonly string[]) {
    // A loop, not new Map(features.map(…)): no pair array per feature (75,000 at each model load).
    this.index = new Map();
    for (let i = 0; i < features.length; i++) this.index.set(features[i]!, i);
  }

  get size(): number {
    return this.features.length;
  }

  /**
   * The known features' indices, kept between calls (a message has a few hundred): sorted in
   * place as numbers, so a message costs no set and no copy to sort. Never handed out.
   */
  private found = new Int32Array(256);

  /** The distinct known features of a message, as sorted indices. */
  indices(features: Iterable<string>): number[] {
    const sorted = this.sortedFound(features);
    const out = new Array<number>(distinctCount(sorted));
    let d = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out[d++] = sorted[k]!;
    return out;
  }

  /** How many distinct features of a message are known: `indices(features).length` without the list (round 45). */
  knownCount(features: Iterable<string>): number {
    return distinctCount(this.sortedFound(features));
  }

  /** The known features' indices with repeats, sorted, in the kept array (a view: read it before the next call). */
  private sortedFound(features: Iterable<string>): Int32Array {
    let found = this.found;
    let n = 0;
    for (const f of features) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      if (n === found.length) {
        const grown = new Int32Array(n * 2);
        grown.set(found);
        found = this.found = grown;
      }
      found[n++] = i;
    }
    return found.subarray(0, n).sort();
  }

  /** The features seen in at least `minCount` examples, in a stable order. */
  static fromExamples(examples: Iterable<readonly string[]>, minCount: number): Vocabulary {
    const counts = new Map<string, number>();
    for (const features of examples) for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    return new Vocabulary(
      [...counts.entries()]
        .filter(([, n]) => n >= minCount)
        .map(([f]) => f)
        .sort(),
    );
  }
}

export interface TrainingExample {
  /** Vocabulary indices (see Vocabulary.indices). */
  x: readonly number[];
  label: string;
  /**
   * What the example is, independent of the other examples (its text, with a tag for a second view
   * of the same text): its place in each epoch's order is a hash of this key (trainingOrder).
   */
  key: string;
}

export interface TrainOptions {
  classes: readonly string[];
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weights smaller than this in absolute value are stored as 0. */
  prune: number;
}

export function trainSoftmax(examples: readonly TrainingExample[], vocabularySize: number, options: TrainOptions): StoredSoftmaxModel {
  const K = options.classes.length;
  const classIndex = new Map(options.classes.map((c, i) => [c, i]));
  const rows = examples.map((ex) => {
    const y = classIndex.get(ex.label);
    if (y === undefined) throw new Error(`Training example labelled "${ex.label}", outside the classes.`);
    return { x: ex.x, y };
  });
  const W = new Float64Array(vocabularySize * K);
  const G = new Float64Array(vocabularySize * K).fill(1e-8);
  const b = new Float64Array(K);
  const Gb = new Float64Array(K).fill(1e-8);
  const keys = Uint32Array.from(examples, (ex) => fnv1a(ex.key));
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const r of trainingOrder(keys, options.seed, epoch)) {
      const row = rows[r]!;
      scores(W, b, K, row.x, p);
      for (let k = 0; k < K; k++) {
        const g = p[k]! - (k === row.y ? 1 : 0);
        Gb[k] += g * g;
        b[k] -= (options.learningRate * g) / Math.sqrt(Gb[k]!);
        for (const f of row.x) {
          const at = f * K + k;
          const grad = g + options.l2 * W[at]!;
          G[at] += grad * grad;
          W[at] -= (options.learningRate * grad) / Math.sqrt(G[at]!);
        }
      }
    }
  }
  return { classes: [...options.classes], bias: Array.from(b, round3), ...encodeWeights(W, options.prune) };
}

/**
 * The order of one epoch: the examples sorted by a hash of their own key, the seed and the epoch
 * (ties, equal keys, in their given order). Until round 40 this was a seeded Fisher-Yates shuffle,
 * in which adding or leaving out one example moved every later example to another place: five
 * corpus lines more or less then reshuffled the whole corpus and moved a message's danger score up
 * to tenfold. Sorted by their own hashes, the other examples keep their relative order.
 */
export function trainingOrder(keys: Uint32Array, seed: number, epoch: number): Uint32Array {
  const salt = mix32((seed >>> 0) ^ mix32(epoch + 0x9e3779b9));
  const rank = Uint32Array.from(keys, (k) => mix32(k ^ salt));
  const order = Uint32Array.from(keys, (_, i) => i);
  return order.sort((a, b) => rank[a]! - rank[b]! || a - b);
}

/** A 32-bit finaliser (murmur3 fmix32): every input bit moves every output bit. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function scores(W: Float64Array, b: Float64Array, K: number, x: readonly number[], out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = b[k]!;
  for (const f of x) for (let k = 0; k < K; k++) out[k] += W[f * K + k]!;
  softmaxInPlace(out);
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
}

// 0 + 0 keeps -0 out of the stored file.
const round3 = (n: number) => Math.round(n * 1e3) / 1e3 + 0;

/** The distinct values of a sorted list (counted first so a list can be made at its size: round 43). */
function distinctCount(sorted: Int32Array): number {
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  return distinct;
}

/** Class probabilities for a message's vocabulary indices. */
export function predictSoftmax(model: SoftmaxModel, x: readonly number[]): Float64Array {
  const out = new Float64Array(model.classes.length);
  scores(model.weights, model.bias, model.classes.length, x, out);
  return out;
}

/** The most probable class and its probability. */
export function argmax(model: SoftmaxModel, probabilities: Float64Array): { label: string; p: number } {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  return { label: model.classes[best]!, p: probabilities[best]! };
}
