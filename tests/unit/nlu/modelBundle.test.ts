/**
 * The shipped models (models/nlu.json) must come from the corpus, the intent examples and the
 * feature and training code as they are now; training must be deterministic. When this fails
 * after a change to any of them, run `npm run train:nlu` and commit models/nlu.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a, splitCorpus, type LabelledMessage } from '../../../src/nlu/corpus';
import { defaultModelFile, loadModelBundle, parseModelBundle } from '../../../src/nlu/model/bundle';
import { seededRandom } from '../../../src/seededRandom';
import { Vocabulary, compileModel, predictSoftmax, trainSoftmax, trainingOrder } from '../../../src/nlu/model/logistic';
import { loadCorpus, sourceHash } from '../../../src/nlu/model/sources';
import {
  isSituationFeature,
  onGrid,
  plainUnsureThreshold,
  PLAIN_FLOOR,
  THRESHOLD_STEP,
  thresholdForPrecision,
  thresholdForRecall,
} from '../../../src/nlu/model/training';

const root = path.resolve(__dirname, '../../..');

describe('shipped models', () => {
  it('match the corpus, examples and code they were trained from', () => {
    const raw = JSON.parse(fs.readFileSync(defaultModelFile(), 'utf8')) as { sourceHash: string };
    expect(raw.sourceHash).toBe(sourceHash(root));
  });

  it('load, and keep the unsure band below the acute threshold', () => {
    const bundle = loadModelBundle();
    expect(bundle.thresholds.unsure).toBeLessThanOrEqual(bundle.thresholds.acute);
    expect(bundle.vocabulary.danger.size).toBeGreaterThan(1000);
  });

  it('give the suicide model a vocabulary of its own, with the frame features the danger model never reads (round 27)', () => {
    const bundle = loadModelBundle();
    const frames = (features: readonly string[]) => features.filter((f) => f.startsWith('fr:')).length;
    expect(frames(bundle.vocabulary.suicide.features)).toBeGreaterThan(0);
    expect(frames(bundle.vocabulary.danger.features)).toBe(0);
  });

  it('refuse a file of the wrong shape with a message naming the file', () => {
    expect(() => parseModelBundle({ format: 1 }, 'x.json')).toThrow(/x\.json.*train:nlu/);
  });
});

describe('corpus split', () => {
  it('holds out about a fifth, stratified, and the same fifth every time', () => {
    const corpus = loadCorpus(root);
    const { train, dev } = splitCorpus(corpus);
    expect(train.length + dev.length).toBe(corpus.length);
    expect(dev.length / corpus.length).toBeGreaterThan(0.17);
    expect(dev.length / corpus.length).toBeLessThan(0.23);
    const acuteShare = (set: readonly LabelledMessage[]) => set.filter((m) => m.acuteDanger).length / set.length;
    expect(Math.abs(acuteShare(dev) - acuteShare(train))).toBeLessThan(0.03);
    expect(
      splitCorpus([...corpus].reverse())
        .dev.map((m) => m.id)
        .sort(),
    ).toEqual(dev.map((m) => m.id).sort());
  });
});

describe('logistic regression', () => {
  const examples = [['locked', 'door'], ['locked', 'phone'], ['door', 'open'], ['hello'], ['hello', 'there'], ['thanks']].map(
    (features, i) => ({ features, label: i < 2 ? 'yes' : 'no' }),
  );
  const vocabulary = Vocabulary.fromExamples(
    examples.map((e) => e.features),
    1,
  );
  const options = { classes: ['no', 'yes'], epochs: 30, learningRate: 0.3, l2: 1e-4, seed: 7, prune: 0 };
  const train = () =>
    trainSoftmax(
      examples.map((e) => ({ x: vocabulary.indices(e.features), label: e.label, key: e.features.join(' ') })),
      vocabulary.size,
      options,
    );

  it('learns a separable toy problem', () => {
    const model = compileModel(train(), vocabulary.size);
    expect(predictSoftmax(model, vocabulary.indices(['locked']))[1]).toBeGreaterThan(0.7);
    expect(predictSoftmax(model, vocabulary.indices(['hello', 'unknown-word']))[1]).toBeLessThan(0.3);
  });

  it('is deterministic for a seed', () => {
    expect(train()).toEqual(train());
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('orders an epoch by the own key of each example, so leaving one out keeps the order of the others', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `message ${i}`);
    const hashed = (list: string[]) => Uint32Array.from(list, (k) => fnv1a(k));
    const named = (list: string[], epoch: number) => Array.from(trainingOrder(hashed(list), 7, epoch), (i) => list[i]!);
    const all = named(keys, 0);
    const fewer = keys.filter((_, i) => i % 50 !== 3);
    expect(named(fewer, 0)).toEqual(all.filter((k) => fewer.includes(k)));
    // A shuffle all the same: not the given order, and another one each epoch and seed.
    expect(all).not.toEqual(keys);
    expect(named(keys, 1)).not.toEqual(all);
    expect(Array.from(trainingOrder(hashed(keys), 8, 0), (i) => keys[i]!)).not.toEqual(all);
    expect([...all].sort()).toEqual([...keys].sort());
  });

  it('gives the distinct known features as ascending indices, however many and in whatever order', () => {
    const many = new Vocabulary(Array.from({ length: 1000 }, (_, i) => `f${String(i).padStart(4, '0')}`));
    expect(many.indices(['f0007', 'nope', 'f0002', 'f0007', 'f0999', 'f0002'])).toEqual([2, 7, 999]);
    // More features than the indices kept between calls: every one counts, once.
    const shuffled = Array.from({ length: 1000 }, (_, i) => `f${String((i * 7919) % 1000).padStart(4, '0')}`);
    expect(many.indices([...shuffled, ...shuffled])).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // A call after a larger one sees nothing of it.
    expect(many.indices(['f0010'])).toEqual([10]);
    expect(many.indices([])).toEqual([]);
  });

  it('refuses a label outside its classes', () => {
    expect(() => trainSoftmax([{ x: [0], label: 'maybe', key: 'maybe' }], 1, options)).toThrow(/maybe/);
  });
});

describe('threshold choice', () => {
  const scored = [0.9, 0.8, 0.7, 0.3, 0.2]
    .map((p) => ({ p, positive: true }))
    .concat([0.75, 0.1, 0.05].map((p) => ({ p, positive: false })));

  it('finds the highest threshold that keeps a recall', () => {
    expect(thresholdForRecall(scored, 0.8)).toBe(0.3);
    expect(thresholdForRecall(scored, 1)).toBe(0.2);
  });

  it('finds the lowest threshold that reaches a precision', () => {
    expect(thresholdForPrecision(scored, 0.8)).toBe(0.2);
    expect(thresholdForPrecision(scored, 1)).toBe(0.8);
  });
});

describe('training from situations alone', () => {
  it('keeps situations, distance, topics, form concepts, signals and shape, and drops the words', () => {
    expect(
      [
        's:confined',
        'd:past',
        'sc:phone+taken',
        't:police',
        'm:work_boss',
        'mc:sex_control+earnings_taken',
        'sig:underpaid',
        'f:len8',
        'f:q',
      ].every(isSituationFeature),
    ).toBe(true);
    expect(['w:baas', 'b:de_baas', 'p:paspo', 'f:first=hallo'].some(isSituationFeature)).toBe(false);
  });
});

describe('the unsure band for messages that name no situation', () => {
  it('is twice the unsure threshold, whatever single message lies near it', () => {
    expect(plainUnsureThreshold(0.05, 0.5)).toBe(0.1);
  });
  it('never rises above the acute threshold', () => {
    expect(plainUnsureThreshold(0.15, 0.2)).toBe(0.2);
    expect(plainUnsureThreshold(0.01, 0.03)).toBe(0.03);
  });
  it('never falls under the floor a message the model reads nothing of stays below', () => {
    expect(plainUnsureThreshold(0.019, 0.2)).toBe(PLAIN_FLOOR);
  });
});

describe('thresholds on a fixed grid', () => {
  it('rounds a recall threshold down and a precision threshold up, to log-odds steps of THRESHOLD_STEP', () => {
    // logit(0.041) = -3.15 and logit(0.038) = -3.23 lie in the same step [-3.25, -3.0).
    expect(onGrid(0.041, 'down')).toBe(onGrid(0.038, 'down'));
    expect(onGrid(0.041, 'down')).toBeLessThanOrEqual(0.038);
    expect(onGrid(0.179, 'up')).toBe(onGrid(0.173, 'up'));
    expect(onGrid(0.173, 'up')).toBeGreaterThanOrEqual(0.179);
  });
  it('moves by one step when the chosen score crosses a grid line', () => {
    const lower = onGrid(0.036, 'down');
    const upper = onGrid(0.038, 'down');
    expect(Math.log(upper / (1 - upper)) - Math.log(lower / (1 - lower))).toBeCloseTo(THRESHOLD_STEP, 1);
  });
  it('leaves 0 and 1 as they are', () => {
    expect(onGrid(0, 'down')).toBe(0);
    expect(onGrid(1, 'up')).toBe(1);
  });
});
