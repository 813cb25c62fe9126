import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTrainingData, parseTrainingData, TrainingDataError } from '../../../src/nlu/local/trainingData';
import { loadEvalSet } from '../../../src/nlu/evaluation';
import { prepareText } from '../../../src/nlu/local/intentClassifier';
import { INTENTS } from '../../../src/nlu/recognizer';

const localesDir = path.resolve(__dirname, '../../../locales');

describe('training data', () => {
  it('loads valid Dutch and English examples for every intent', () => {
    for (const locale of ['nl', 'en'] as const) {
      const data = loadTrainingData(localesDir, locale);
      for (const intent of INTENTS) expect(data.intents[intent].length).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects a file with a missing intent or an empty example', () => {
    const intents = Object.fromEntries(INTENTS.map((i) => [i, ['a', 'b', 'c']]));
    expect(() => parseTrainingData({ intents: { ...intents, deny: undefined } })).toThrow(TrainingDataError);
    expect(() => parseTrainingData({ intents: { ...intents, thanks: ['a', 'b', ' '] } })).toThrow(/thanks/);
  });

  it('names the file when it is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlu-'));
    fs.mkdirSync(path.join(dir, 'nl'));
    fs.writeFileSync(path.join(dir, 'nl', 'nlu.json'), '{ not json');
    expect(() => loadTrainingData(dir, 'nl')).toThrow(path.join(dir, 'nl', 'nlu.json'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // One- and two-word formulas ("ja", "tot ziens") cannot avoid coinciding; anything longer must.
  it('never contains a message of the evaluation set of three words or more', () => {
    const training = new Set(
      (['nl', 'en'] as const).flatMap((l) => Object.values(loadTrainingData(localesDir, l).intents).flat().map(prepareText)),
    );
    const evalSet = loadEvalSet(path.resolve(__dirname, '../../eval/nlu.jsonl'));
    const leaked = evalSet
      .map((c) => ({ id: c.id, text: prepareText(c.text) }))
      .filter(({ text }) => text.split(' ').length >= 3 && training.has(text))
      .map(({ id }) => id);
    expect(leaked).toEqual([]);
  });
});
