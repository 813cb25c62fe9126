/**
 * Plays the citizen turns of scripted conversations through the first look, in order, as the bot
 * reads them: after a turn in the unsure band the next is read as the answer to "Is iemand op dit
 * moment in gevaar?", and (with `context`) each turn is read with the screen's readings of the
 * earlier turns. Shared by bench/eval-turns.ts and bench/train-turns.ts, so the figures and the
 * training see the same turns.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NluLocale } from '../../src/nlu/recognizer';
import type { ReadMessage } from '../../src/nlu/model/reader';
import { knownWordShare, READABLE_SHARE, type SafetyScreen } from '../../src/safety/screen';
import type { EarlierTurn } from '../../src/safety/turnContext';
import { lookAt, screenText, type Screened } from '../../src/understanding/firstLook';
import type { DangerAssessment } from '../../src/understanding/understanding';
import { loadScripts } from '../dialogs/script';
import { selectLines } from './lineRange';

export interface ReplayedTurn {
  set: string;
  id: string;
  text: string;
  /** The writer's label: danger now (acuteDanger or suicidal). */
  acute: boolean;
  suicidal: boolean;
  /** The message read alone. */
  own: DangerAssessment;
  /** The reading the bot acts on (in its conversation, or as the answer to the danger question). */
  said: DangerAssessment;
  /** Read as the answer to the danger question (the turn model does not apply). */
  answer: boolean;
  read: ReadMessage;
  readable: boolean;
  /** An earlier turn of the conversation is labelled acute: the danger was told before this turn. */
  toldBefore: boolean;
  /** What was said of the earlier turns of the conversation (passed to the screen only with `context`). */
  earlier: EarlierTurn[];
}

/** The tuning conversation sets, tests/eval/dialogs-dev*.jsonl, by file name. */
export function dialogSets(root: string): string[] {
  const dir = path.join(root, 'tests', 'eval');
  return fs
    .readdirSync(dir)
    .filter((f) => /^dialogs-dev(-[a-z]+)?\.jsonl$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * `screened`: messages already screened, by text (the screen is deterministic; training replays a set many times).
 * `lines`: only these conversations of the file (FROM-TO, 1-based, lineRange.ts), a held-out part.
 */
export function replayTurns(
  screen: SafetyScreen,
  file: string,
  context: boolean,
  screened = new Map<string, Screened>(),
  lines?: string,
): ReplayedTurn[] {
  const rows: ReplayedTurn[] = [];
  const set = path.basename(file, '.jsonl');
  const scripts = loadScripts(file);
  for (const script of lines === undefined ? scripts : selectLines(scripts, lines)) {
    let awaiting: 'dangerCheck' | null = null;
    const earlier: EarlierTurn[] = [];
    let toldBefore = false;
    script.turns.forEach((turn, i) => {
      const message = screened.get(turn.text) ?? screenText(screen, turn.text);
      screened.set(turn.text, message);
      const before = [...earlier];
      const { danger } = lookAt(screen, turn.text, script.page as NluLocale, awaiting, message, undefined, context ? before : []).look;
      rows.push({
        set,
        id: `${script.id}#${i + 1}`,
        text: turn.text,
        acute: turn.acuteDanger || turn.suicidal,
        suicidal: turn.suicidal,
        own: message.danger,
        said: danger,
        answer: awaiting === 'dangerCheck',
        read: message.read,
        readable: knownWordShare(message.read, screen.bundle.vocabulary.danger) >= READABLE_SHARE,
        earlier: before,
        toldBefore,
      });
      toldBefore ||= turn.acuteDanger || turn.suicidal;
      earlier.push({ level: danger.level, score: danger.score });
      awaiting = danger.level === 'unsure' ? 'dangerCheck' : null;
    });
  }
  return rows;
}

/**
 * The danger of an earlier turn is still in view: the bot answered an earlier turn of this
 * conversation with 112 (it stays in the conversation's danger view until denied), or asked the
 * danger question one or two turns before.
 */
export const dangerInView = (r: ReplayedTurn): boolean =>
  r.earlier.some((t) => t.level === 'acute') || r.earlier.slice(-2).some((t) => t.level === 'unsure');

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

/** The figures of issue 10 on conversation turns. */
export interface TurnFigures {
  turns: number;
  acuteTurns: number;
  /** Acute turns answered with 112 or the danger question. */
  acuteFound: number;
  /** Acute turns answered with 112 or the danger question, or with the danger of an earlier turn still in view (dangerInView). */
  acuteFoundOrInView: number;
  /** Acute turns where the danger is first told in the conversation, answered with 112 or the danger question. */
  firstToldFound: number;
  /** Acute turns answered with 112 at once. */
  directRecall: number;
  /** Of the turns answered with 112 at once, the share labelled acute. */
  directPrecision: number;
  /** The share of turns not labelled acute on which the danger question was asked. */
  unsureNonAcute: number;
  unsureNonAcuteCount: number;
  directFalseCount: number;
  suicidalTurns: number;
  suicidalRecall: number;
}

export function turnFigures(rows: readonly ReplayedTurn[]): TurnFigures {
  const acute = rows.filter((r) => r.acute);
  const calm = rows.filter((r) => !r.acute);
  const direct = rows.filter((r) => r.said.level === 'acute');
  const suicidal = rows.filter((r) => r.suicidal);
  return {
    turns: rows.length,
    acuteTurns: acute.length,
    acuteFound: ratio(acute.filter((r) => r.said.level !== 'none').length, acute.length),
    acuteFoundOrInView: ratio(acute.filter((r) => r.said.level !== 'none' || dangerInView(r)).length, acute.length),
    firstToldFound: ratio(acute.filter((r) => !r.toldBefore && r.said.level !== 'none').length, acute.filter((r) => !r.toldBefore).length),
    directRecall: ratio(acute.filter((r) => r.said.level === 'acute').length, acute.length),
    directPrecision: ratio(direct.filter((r) => r.acute).length, direct.length),
    unsureNonAcute: ratio(calm.filter((r) => r.said.level === 'unsure').length, calm.length),
    unsureNonAcuteCount: calm.filter((r) => r.said.level === 'unsure').length,
    directFalseCount: direct.filter((r) => !r.acute).length,
    suicidalTurns: suicidal.length,
    suicidalRecall: ratio(suicidal.filter((r) => r.said.suicidal).length, suicidal.length),
  };
}
