/**
 * `npx tsx bench/unsure-curve.ts [T...]`: the trade-off of the unsure threshold, for evaluation only.
 * For each T the shipped model is read with `unsure` = T (and `unsurePlain` by plainUnsureThreshold
 * from it), nothing else changed, and the danger screen's first look is scored on the conversation
 * turns of the dialog tuning sets (in their conversation, as bench/eval-turns.ts reads them) and on
 * the first messages of the nlu tuning sets: acute found (112 or the question), acute missed, and
 * the danger question on calm turns or messages. The held-out parts of the newest sets
 * (HELD_OUT_DIALOGS, HELD_OUT_NLU) are printed apart and as counts only. Without T: the shipped
 * threshold and a range around it.
 */
import path from 'node:path';
import { loadLabelledFile } from '../src/nlu/corpus';
import { loadModelBundle, type ModelBundle } from '../src/nlu/model/bundle';
import { laterTuningSets, TUNING_SET } from '../src/nlu/model/sources';
import { plainUnsureThreshold } from '../src/nlu/model/training';
import { SafetyScreen } from '../src/safety/screen';
import { lookAt } from '../src/understanding/firstLook';
import { selectLines } from './support/lineRange';
import { dialogSets, replayTurns } from './support/turnReplay';

const root = path.resolve(__dirname, '..');
/** Held out this round: read as figures only. */
const HELD_OUT_DIALOGS = { set: 'dialogs-dev-x', lines: '16-30', tuningLines: '1-15' };
const HELD_OUT_NLU = { set: 'nlu-dev-x', lines: '101-200', tuningLines: '1-100' };

/** The bundle with another unsure threshold: for evaluation only, never written. */
export function withUnsure(bundle: ModelBundle, unsure: number): ModelBundle {
  const { acute } = bundle.thresholds;
  return { ...bundle, thresholds: { ...bundle.thresholds, unsure, unsurePlain: plainUnsureThreshold(unsure, acute) } };
}

interface Row {
  acute: boolean;
  suicidal: boolean;
  level: string;
  said113: boolean;
}

function firstMessages(screen: SafetyScreen, held: boolean): Row[] {
  return [TUNING_SET, ...laterTuningSets(root)].flatMap((file) => {
    const all = loadLabelledFile(path.resolve(root, file));
    const isX = path.basename(file, '.jsonl') === HELD_OUT_NLU.set;
    if (held && !isX) return [];
    const messages = isX ? selectLines(all, held ? HELD_OUT_NLU.lines : HELD_OUT_NLU.tuningLines) : all;
    return messages.map((m) => {
      const { danger } = lookAt(screen, m.text, m.locale).look;
      return { acute: m.acuteDanger || m.suicidal === true, suicidal: m.suicidal === true, level: danger.level, said113: danger.suicidal };
    });
  });
}

function turns(screen: SafetyScreen, held: boolean): Row[] {
  return dialogSets(root).flatMap((file) => {
    const isX = path.basename(file, '.jsonl') === HELD_OUT_DIALOGS.set;
    if (held && !isX) return [];
    const lines = isX ? (held ? HELD_OUT_DIALOGS.lines : HELD_OUT_DIALOGS.tuningLines) : undefined;
    const rows = replayTurns(screen, file, true, new Map(), lines);
    return rows.map((r) => ({ acute: r.acute, suicidal: r.suicidal, level: r.said.level, said113: r.said.suicidal }));
  });
}

function figures(rows: readonly Row[]): string {
  const acute = rows.filter((r) => r.acute);
  const calm = rows.filter((r) => !r.acute);
  const found = acute.filter((r) => r.level !== 'none').length;
  const asked = calm.filter((r) => r.level === 'unsure').length;
  const s = rows.filter((r) => r.suicidal);
  return [
    `found ${(found / Math.max(1, acute.length)).toFixed(3)}`,
    `missed ${acute.length - found}/${acute.length}`,
    `asked-calm ${asked}/${calm.length}`,
    `112-calm ${calm.filter((r) => r.level === 'acute').length}`,
    `113-missed ${s.filter((r) => !r.said113).length}/${s.length}`,
  ].join('  ');
}

function main(): void {
  const shipped = loadModelBundle();
  const given = process.argv.slice(2).map(Number);
  const grid = given.length > 0 ? given : [0.02, 0.025, 0.029, 0.034, 0.04, 0.045, 0.05, 0.06, 0.07];
  console.log(
    `shipped unsure ${shipped.thresholds.unsure}, unsurePlain ${shipped.thresholds.unsurePlain}, acute ${shipped.thresholds.acute}`,
  );
  for (const t of grid) {
    const screen = new SafetyScreen(withUnsure(shipped, t));
    console.log(`\nunsure ${t} (plain ${screen.bundle.thresholds.unsurePlain})`);
    console.log(`  turns, tuning      ${figures(turns(screen, false))}`);
    console.log(`  turns, held-out    ${figures(turns(screen, true))}`);
    console.log(`  first msgs, tuning ${figures(firstMessages(screen, false))}`);
    console.log(`  first msgs, held   ${figures(firstMessages(screen, true))}`);
  }
}

if (require.main === module) main();
