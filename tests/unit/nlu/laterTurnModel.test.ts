/**
 * The later-turn danger model (round 45, src/nlu/model/laterTurnModel.ts): a second danger model,
 * trained with the dialog turns of conversations 1–15, that reads the turns after the first one;
 * a first message is read by the main model as before. When the first test fails after a change to
 * the corpus, the features or the dialog sets' first fifteen conversations, run `npm run train:nlu`
 * and then `npx tsx bench/train-later-turns.ts`, and commit both models.
 */
import path from 'node:path';
import { loadLabelledFile } from '../../../src/nlu/corpus';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { laterTurnBundle, readLaterTurnModel } from '../../../src/nlu/model/laterTurnModel';
import { laterTurnSourceHash } from '../../../src/nlu/model/laterTurnTraining';
import { joinedTuningSets, laterTurnLines, sourceHash } from '../../../src/nlu/model/sources';
import { laterTurnScreen, readAsLaterTurn } from '../../../src/safety/laterTurnScreen';
import { SafetyScreen } from '../../../src/safety/screen';
import { screenText } from '../../../src/understanding/firstLook';
import { createUnderstander } from '../../../src/understanding/understander';
import type { EarlierTurn } from '../../../src/understanding/understanding';
import { testBundle, testScreen } from '../../support/screen';

const root = path.resolve(__dirname, '../../..');
const stored = () => readLaterTurnModel();
const main = testScreen();
const later = laterTurnScreen(main)!;
const understander = createUnderstander({ safety: main, recognizer: createLocalRecognizer({ screen: main }) });
/** A story told, read unsure, and a calm answer after it. */
const EARLIER: readonly EarlierTurn[] = [
  { level: 'unsure', score: 0.1 },
  { level: 'none', score: 0.01 },
];

describe('the shipped later-turn model', () => {
  it('matches the main bundle and the dialog turns it was trained from', () => {
    const model = stored();
    const tuning = joinedTuningSets(root).map((f) => loadLabelledFile(path.resolve(root, f)));
    expect(model.mainSourceHash).toBe(sourceHash(root));
    expect(model.sourceHash).toBe(laterTurnSourceHash(model.mainSourceHash, laterTurnLines(root, { tuning })));
    expect(model.trainedOn.turns).toBeGreaterThan(1000);
  });

  it('keeps every part of the main bundle but the danger weights and the four danger thresholds', () => {
    expect(later).not.toBeNull();
    expect(later.bundle.vocabulary).toBe(main.bundle.vocabulary);
    expect(later.bundle.models.suicidal).toBe(main.bundle.models.suicidal);
    expect(later.bundle.thresholds.suicidal).toBe(main.bundle.thresholds.suicidal);
    expect(later.bundle.thresholds.question).toBe(main.bundle.thresholds.question);
    expect(later.bundle.models.danger).not.toBe(main.bundle.models.danger);
    expect(later.bundle.thresholds.unsure).toBeLessThanOrEqual(later.bundle.thresholds.acute);
  });

  it('names the file it cannot read or that has the wrong shape', () => {
    expect(() => readLaterTurnModel(path.join(root, 'models', 'no-such-later.json'))).toThrow(/no-such-later\.json/);
    expect(() => readLaterTurnModel(path.join(root, 'package.json'))).toThrow(/package\.json/);
  });

  it('is refused beside another bundle: its weights are rows of that bundle’s danger vocabulary', () => {
    const other = { ...testBundle(), sourceHash: 'f'.repeat(64) };
    expect(() => laterTurnBundle(other, stored(), 'x.json')).toThrow(/x\.json/);
    expect(laterTurnScreen(new SafetyScreen(other, main.reader))).toBeNull();
  });
});

describe('which model reads a turn (understander.ts)', () => {
  const FIRST_MESSAGES = [
    'mijn dochter van 15 wordt vanavond opgehaald door een man van 30',
    'oh wacht, hij stuurt me net een bericht',
    'ze moet hem nog 3000 euro terugbetalen voor de reis',
    'he took our passports and locks the door at night',
    'hallo, ik wil iets vragen over mijn buurvrouw',
  ];

  it.each(FIRST_MESSAGES)('%p as a first message, or as the first account of the story, reads as the main screen reads it', (text) => {
    const alone = screenText(main, text).danger;
    expect(understander.firstLook(text, { locale: 'nl' }).danger).toEqual(alone);
    const untold = understander.firstLook(text, { locale: 'nl', earlier: EARLIER, storyUntold: true }).danger;
    expect(untold).toEqual(main.inConversation(screenText(main, text), EARLIER, true));
  });

  it('a calm detail after a told story, acute read alone, is not acute read as a later turn', () => {
    const text = 'oh wacht, hij stuurt me net een bericht';
    expect(understander.firstLook(text, { locale: 'nl' }).danger.level).toBe('acute');
    const turn = understander.firstLook(text, { locale: 'nl', earlier: EARLIER }).danger;
    expect(turn.level).not.toBe('acute');
    expect(turn.score).toBe(later.look(text).danger.score);
  });

  it.each(['hij staat nu voor haar deur met een mes', 'they are at the door now and kicking it'])(
    '%p: a danger of now told in a later turn stays acute',
    (text) => {
      expect(understander.firstLook(text, { locale: 'nl', earlier: EARLIER }).danger.level).toBe('acute');
    },
  );
});

describe('a later turn read as none (laterTurnScreen.ts readAsLaterTurn)', () => {
  it('is none in its conversation (turn.none), once; a reading of danger is left as it is', () => {
    const none = { level: 'none', suicidal: false, reasons: ['situation.payment'], score: 0.03 };
    expect(readAsLaterTurn(none).reasons).toEqual(['turn.none', 'situation.payment']);
    expect(readAsLaterTurn(readAsLaterTurn(none)).reasons).toEqual(['turn.none', 'situation.payment']);
    const unsure = { ...none, level: 'unsure', reasons: ['model.unsure'] };
    expect(readAsLaterTurn(unsure)).toBe(unsure);
  });
});
