/**
 * The screen that reads a citizen's turn after the first one (round 45, later45): the main screen's
 * rules and reader with the later-turn danger model and its thresholds (nlu/model/laterTurnModel.ts).
 * A first message is read by the main screen alone, so its reading is as it was.
 */
import { defaultLaterTurnFile, laterTurnBundle, readLaterTurnModel, type StoredLaterTurnModel } from '../nlu/model/laterTurnModel';
import { SafetyScreen } from './screen';

// Every understander (the bot's, each test's) asks for the later-turn screen: the file is read once.
const parsed = new Map<string, StoredLaterTurnModel>();

function storedAt(file: string): StoredLaterTurnModel {
  let stored = parsed.get(file);
  if (stored === undefined) {
    stored = readLaterTurnModel(file);
    parsed.set(file, stored);
  }
  return stored;
}

/**
 * The later-turn screen beside `main`, or null where the later-turn model was trained beside another
 * bundle than `main`'s: a screen built on a bundle of its own (a test's) reads every turn itself.
 * The shipped screen always has its later-turn model (tests/unit/nlu/laterTurnModel.test.ts).
 */
export function laterTurnScreen(main: SafetyScreen, file = defaultLaterTurnFile()): SafetyScreen | null {
  const stored = storedAt(file);
  if (stored.mainSourceHash !== main.bundle.sourceHash) return null;
  return new SafetyScreen(laterTurnBundle(main.bundle, stored, file), main.reader);
}

/** turnContext.ts's reason for a turn its conversation reads as none (dangerTurn.ts `explainedByConversation`). */
const READ_NONE_IN_CONVERSATION = 'turn.none';

/**
 * A later turn the later-turn screen reads as none is read as none in its conversation, as
 * turnContext.ts says of a doubt the conversation explains away: the bot then treats a main reading
 * of unsure alone as explained (dangerTurn.ts `explainedByConversation`), and a doubtful 112 of
 * before does not come back for it.
 */
export function readAsLaterTurn<D extends { level: string; reasons: string[] }>(danger: D): D {
  if (danger.level !== 'none' || danger.reasons.includes(READ_NONE_IN_CONVERSATION)) return danger;
  return { ...danger, reasons: [READ_NONE_IN_CONVERSATION, ...danger.reasons] };
}
