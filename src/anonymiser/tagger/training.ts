/**
 * Training of the span tagger: a structured averaged perceptron (Collins 2002) over marked-up
 * messages, seeded and byte-reproducible. Each message with a name is also seen a second time with
 * its names swapped for others (from the name lists, or made-up words no list holds), so the model
 * learns what around a word makes it a name rather than which names the tuning sets happen to use.
 */
import { findPlaces, placeWordStarts } from '../detectors/places';
import { TUSSENVOEGSELS } from '../lexicons/surnames';
import { FIRST_NAMES, SURNAMES } from '../lexicons/wordLists';
import { tokenize } from '../text';
import type { PiiEntity, PiiType } from '../types';
import { PAD_AFTER, PAD_BEFORE, positionFeatures } from './wordFeatures';
import { FEATURE_VERSION, SLOTS, emissions, rowsOf, tagCount, viterbi, type TaggerFile, type TaggerModel } from './model';
import { seededRandom } from '../../seededRandom';

export interface MarkedText {
  text: string;
  entities: readonly PiiEntity[];
}

export interface TrainOptions {
  types: readonly PiiType[];
  epochs: number;
  seed: number;
  /** Swapped-name copies of each message with a name. */
  copies: number;
  outsideBias: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  types: ['NAAM', 'ORGANISATIE'],
  epochs: 8,
  seed: 20261204,
  copies: 1,
  outsideBias: 0,
};

const ONSETS = [
  'b',
  'd',
  'k',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'v',
  'z',
  'h',
  'j',
  'g',
  'f',
  'p',
  'sh',
  'ch',
  'dr',
  'kr',
  'tr',
  'br',
  'y',
  'w',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'ou', 'ai', 'ie', 'ei', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'k', 'l', 'm', 'd', 't', 'sh', 'v'];

/** A made-up word of two or three syllables: a name no list holds. */
function madeUpName(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let word = '';
  const syllables = 2 + Math.floor(random() * 2);
  for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS);
  return word + pick(CODAS);
}

/** The case of `model` ("jan", "JAN", "Jan") given to `word`. */
function inCaseOf(model: string, word: string): string {
  if (model === model.toLowerCase()) return word.toLowerCase();
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

interface NamePools {
  first: readonly string[];
  surnames: readonly string[];
}

let pools: NamePools | undefined;
function namePools(): NamePools {
  pools ??= { first: [...FIRST_NAMES].sort(), surnames: [...SURNAMES].sort() };
  return pools;
}

const NAME_WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;

/** `record` with the words of its names swapped for others; particles and initials stay. */
export function withNamesSwapped(record: MarkedText, random: () => number): MarkedText {
  const { first, surnames } = namePools();
  const sorted = [...record.entities].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  const entities: PiiEntity[] = [];
  for (const e of sorted) {
    text += record.text.slice(at, e.start);
    const start = text.length;
    const surface = record.text.slice(e.start, e.end);
    if (e.type !== 'NAAM') text += surface;
    else {
      let index = 0;
      text += surface.replace(NAME_WORD, (word) => {
        const position = index++;
        if (word.length < 2 || TUSSENVOEGSELS.has(word.toLowerCase())) return word;
        const r = random();
        const source =
          r < 0.4
            ? madeUpName(random)
            : position === 0 && r < 0.75
              ? first[Math.floor(random() * first.length)]!
              : surnames[Math.floor(random() * surnames.length)]!;
        return inCaseOf(word, source);
      });
    }
    entities.push({ type: e.type, start, end: text.length });
    at = e.end;
  }
  text += record.text.slice(at);
  return { text, entities };
}

interface Example {
  rows: Int32Array[];
  gold: Int32Array;
}

/** The gold tag of each token: the first token of a span of a tagged type begins it, the others continue it. */
export function goldTags(text: string, entities: readonly PiiEntity[], types: readonly PiiType[]): Int32Array {
  const tokens = tokenize(text);
  const tags = new Int32Array(tokens.length);
  for (const e of entities) {
    const k = types.indexOf(e.type);
    if (k < 0) continue;
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start < e.end && e.start < t.end) {
        tags[i] = first ? 1 + 2 * k : 2 + 2 * k;
        first = false;
      }
    });
  }
  return tags;
}

/** The feature ids of each token of `text`, as the detector computes them. */
export function textFeatures(text: string): number[][] {
  return positionFeatures(text, tokenize(text), placeWordStarts(text, findPlaces(text)));
}

/** Trains a model on `records`; returns the model file (weights averaged, scaled and sparse). */
export function trainTagger(records: readonly MarkedText[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TaggerFile {
  const random = seededRandom(options.seed);
  const tags = tagCount(options.types);
  const all: MarkedText[] = [];
  for (const r of records) {
    all.push(r);
    if (r.entities.some((e) => e.type === 'NAAM')) for (let c = 0; c < options.copies; c++) all.push(withNamesSwapped(r, random));
  }
  const rowOf = new Map<number, number>([
    [PAD_BEFORE, 0],
    [PAD_AFTER, 1],
  ]);
  const featured = all.map((r) => ({ features: textFeatures(r.text), gold: goldTags(r.text, r.entities, options.types) }));
  for (const { features } of featured) for (const ids of features) for (const id of ids) if (!rowOf.has(id)) rowOf.set(id, rowOf.size);
  const model = {
    types: options.types,
    tags,
    rows: rowOf,
    weights: new Float64Array(rowOf.size * SLOTS * tags),
    transitions: new Float64Array((tags + 1) * tags),
    outsideBias: 0,
  } satisfies TaggerModel;
  const examples: Example[] = featured.filter((f) => f.gold.length > 0).map((f) => ({ rows: rowsOf(model, f.features), gold: f.gold }));
  const sumW = new Float64Array(model.weights.length);
  const sumT = new Float64Array(model.transitions.length);
  let step = 1;
  const order = examples.map((_, i) => i);
  const bump = (index: number, delta: number): void => {
    model.weights[index]! += delta;
    sumW[index]! += step * delta;
  };
  const bumpTransition = (index: number, delta: number): void => {
    model.transitions[index]! += delta;
    sumT[index]! += step * delta;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { rows, gold } = examples[index]!;
      const n = gold.length;
      const predicted = viterbi(emissions(model, rows), n, tags, model.transitions);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : predicted[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          bumpTransition((gPrev + 1) * tags + g, 1);
          bumpTransition((pPrev + 1) * tags + p, -1);
        }
        if (g === p) continue;
        for (let s = 0; s < SLOTS; s++) {
          const j = i + s - 2;
          const slotRows = j < 0 ? [0] : j >= n ? [1] : rows[j]!;
          for (const r of slotRows) {
            const base = (r * SLOTS + s) * tags;
            bump(base + g, 1);
            bump(base + p, -1);
          }
        }
      }
      step++;
    }
  }
  return toFile(model, sumW, sumT, step, options, records.length);
}

const SCALE = 1000;

function toFile(
  model: TaggerModel,
  sumW: Float64Array,
  sumT: Float64Array,
  step: number,
  options: TrainOptions,
  messages: number,
): TaggerFile {
  const per = SLOTS * model.tags;
  const averaged = (w: number, sum: number): number => Math.round((w - sum / step) * SCALE);
  const ids = [...model.rows.entries()].sort((a, b) => a[0] - b[0]);
  const features: number[] = [];
  const entries: number[] = [];
  for (const [id, row] of ids) {
    const kept: number[] = [];
    for (let k = 0; k < per; k++) {
      const q = averaged(model.weights[row * per + k]!, sumW[row * per + k]!);
      if (q !== 0) kept.push(k, q);
    }
    if (kept.length === 0) continue;
    const newRow = features.length;
    features.push(id);
    for (let k = 0; k < kept.length; k += 2) entries.push(newRow * per + kept[k]!, kept[k + 1]!);
  }
  const transitions = Array.from(model.transitions, (w, i) => averaged(w, sumT[i]!) / SCALE);
  return {
    format: 1,
    featureVersion: FEATURE_VERSION,
    seed: options.seed,
    trainedOn: { messages, epochs: options.epochs, copies: options.copies },
    types: [...options.types],
    outsideBias: options.outsideBias,
    scale: SCALE,
    transitions,
    features,
    entries,
  };
}
