/** The compiled models as a reading thread is sent them (bundle.ts shareBundle): shared weights, the same predictions. */
import { bundleFromShared, loadModelBundle, shareBundle, sharedModelBundleSchema } from '../../../src/nlu/model/bundle';
import { predictSoftmax } from '../../../src/nlu/model/logistic';

const bundle = loadModelBundle();

describe('shared model bundle', () => {
  it('crosses by structured clone with its weights in shared memory, and predicts exactly as the original', () => {
    const crossed = structuredClone(shareBundle(bundle));
    expect(sharedModelBundleSchema.safeParse(crossed).success).toBe(true);
    const rebuilt = bundleFromShared(crossed);
    // The same memory: a write through the original is seen through the clone (weights are never
    // written after compiling; this is the test of sharing, undone at once).
    const weights = bundle.models.intent.weights;
    const before = weights[0]!;
    weights[0] = before + 1;
    expect(rebuilt.models.intent.weights[0]).toBe(before + 1);
    weights[0] = before;
    expect(rebuilt.thresholds).toEqual(bundle.thresholds);
    expect(rebuilt.vocabulary.general.features).toEqual(bundle.vocabulary.general.features);
    const features = bundle.vocabulary.general.features.filter((_, i) => i % 97 === 0);
    const x = rebuilt.vocabulary.general.indices(features);
    expect(x).toEqual(bundle.vocabulary.general.indices(features));
    expect(Array.from(predictSoftmax(rebuilt.models.intent, x))).toEqual(Array.from(predictSoftmax(bundle.models.intent, x)));
  });

  it("is refused when a model's weights do not fit its vocabulary", () => {
    const shared = shareBundle(bundle);
    const short = { ...shared, models: { ...shared.models, form: { ...shared.models.form, weights: new Float64Array(3) } } };
    const parsed = sharedModelBundleSchema.safeParse(short);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['models', 'form']);
  });
});
