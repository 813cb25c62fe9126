import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTrainingData, parseTrainingData, TrainingDataError } from '../../../src/nlu/local/trainingData';
import { loadLabelledFile } from '../../../src/nlu/corpus';
import { dangerAndSuicideVocabularies, trainingSets, type TrainingInput } from '../../../src/nlu/model/training';
import type { LabelledMessage } from '../../../src/nlu/corpus';
import { INTENTS } from '../../../src/nlu/recognizer';
import { analyseText } from '../../../src/nlu/text/analyse';
import { shippedTrainingSources } from '../../support/trainingSources';

const prepareText = (text: string) =>
  analyseText(text)
    .tokens.filter((t) => t !== '|' && t !== ',')
    .join(' ');

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
  it('never trains on a message of the tuning set of three words or more (locale examples and corpus)', () => {
    const training = new Set([
      ...(['nl', 'en'] as const).flatMap((l) => Object.values(loadTrainingData(localesDir, l).intents).flat().map(prepareText)),
      ...shippedTrainingSources().train.map((m) => prepareText(m.text)),
    ]);
    const evalSet = loadLabelledFile(path.resolve(__dirname, '../../eval/nlu.jsonl'));
    const leaked = evalSet
      .map((c) => ({ id: c.id, text: prepareText(c.text) }))
      .filter(({ text }) => text.split(' ').length >= 3 && training.has(text))
      .map(({ id }) => id);
    expect(leaked).toEqual([]);
  });

  it('gives the form-only corpus lines to the form models alone, never split (round 24)', () => {
    const sources = shippedTrainingSources();
    const formOnlyIds = new Set((sources.formOnly ?? []).map((m) => m.id));
    expect(formOnlyIds.size).toBeGreaterThan(0);
    const elsewhere = [...sources.train, ...(sources.generalOnly ?? []), ...sources.dev, ...(sources.dangerOnly ?? [])];
    expect(elsewhere.filter((m) => formOnlyIds.has(m.id))).toEqual([]);
  });
});

describe('the messages each model learns from', () => {
  const message = (id: string): LabelledMessage => ({
    id,
    locale: 'nl',
    text: id,
    intent: 'describe_concern',
    form: 'unknown',
    acuteDanger: false,
    suicidal: false,
  });
  const input: TrainingInput = {
    train: [message('writer')],
    generalOnly: [message('general')],
    formOnly: [message('form')],
    dangerOnly: [message('danger')],
    suicideOnly: [message('suicide')],
    dev: [],
    tuning: [],
    intentExamples: [],
    sourceHash: 'test',
  };
  const ids = (messages: readonly LabelledMessage[]) => messages.map((m) => m.id);

  it('keeps the form-only lines out of every model but the form models', () => {
    const sets = trainingSets(input);
    expect(ids(sets.formTrain)).toEqual(['writer', 'general', 'form']);
    expect(ids(sets.generalTrain)).toEqual(['writer', 'general']);
    expect(ids(sets.dangerTrain)).toEqual(['writer', 'danger']);
    expect(ids(sets.suicideTrain)).toEqual(['writer', 'danger', 'suicide']);
  });

  it('builds the danger vocabulary from the danger lines alone, so suicide-only lines never add to it (round 27)', () => {
    // Each text stands for its features: "w:" words the danger model reads, "fr:" the frame only the
    // suicide model is given. "w:last" is seen once in a danger line and once in a suicide-only one.
    const danger = [message('w:pas w:last'), message('w:pas w:deur')];
    const suicide = [...danger, message('w:last w:weg fr:burden'), message('w:weg fr:burden')];
    const features = (text: string) => {
      const words = text.split(' ');
      return { danger: words.filter((f) => !f.startsWith('fr:')), suicideWhole: words };
    };
    const vocabulary = dangerAndSuicideVocabularies(danger, suicide, features);
    expect([...vocabulary.danger.features].sort()).toEqual(['w:pas']);
    expect([...vocabulary.suicide.features].sort()).toEqual(['fr:burden', 'w:last', 'w:pas', 'w:weg']);
    // More suicide-only lines leave the danger vocabulary as it was.
    const more = dangerAndSuicideVocabularies(danger, [...suicide, message('w:deur w:weg')], features);
    expect([...more.danger.features]).toEqual([...vocabulary.danger.features]);
  });
});
