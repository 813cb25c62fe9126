/**
 * `npx tsx bench/eval-turns.ts [--verbose] [--alone] [FILE...]`: the danger screen on every citizen
 * turn of scripted conversations (the dialog sets' format, bench/dialogs/script.ts), scored against
 * each turn's `acuteDanger` and `suicidal` labels. Turns are read in order through the real first
 * look (bench/support/turnReplay.ts): after a turn in the unsure band the next turn is read as the
 * answer to "Is iemand op dit moment in gevaar?", as the bot does, and each turn is read with the
 * screen's readings of the earlier turns (`--alone`: each message alone, as before the turn model).
 * Without FILE: every tuning conversation set, pooled into the older sets (read while writing the
 * turn rules, src/safety/turnContext.ts) and the newest ones (HELD_OUT, not read for them), each read
 * alone and in its conversation.
 * eval-dialogs counts acute turns without 112; this also counts the false alarms and the questions
 * asked, so precision and the unsure band can be tuned.
 */
import path from 'node:path';
import { SafetyScreen } from '../src/safety/screen';
import { dialogSets, replayTurns, turnFigures, type ReplayedTurn } from './support/turnReplay';

/** The newest writers' sets, not read while the turn rules were written. */
const HELD_OUT = new Set(['dialogs-dev-j', 'dialogs-dev-k', 'dialogs-dev-l', 'dialogs-dev-m', 'dialogs-dev-n']);

const fmt = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(3));

function print(title: string, rows: readonly ReplayedTurn[]): void {
  const f = turnFigures(rows);
  console.log(`\n== ${title} ==`);
  console.log(`turns ${f.turns}, acute ${f.acuteTurns}, suicidal ${f.suicidalTurns}`);
  console.log(`acute found (112 or question)           ${fmt(f.acuteFound)}`);
  console.log(`acute found, or danger still in view     ${fmt(f.acuteFoundOrInView)}`);
  console.log(`acute found where first told             ${fmt(f.firstToldFound)}`);
  console.log(`direct 112 recall                        ${fmt(f.directRecall)}`);
  console.log(`direct 112 precision                     ${fmt(f.directPrecision)}  (${f.directFalseCount} on calm turns)`);
  console.log(`unsure rate on non-acute turns           ${fmt(f.unsureNonAcute)}  (${f.unsureNonAcuteCount} turns)`);
  console.log(`suicidal recall                          ${fmt(f.suicidalRecall)}`);
}

function list(rows: readonly ReplayedTurn[]): void {
  for (const r of rows) {
    const level = r.said.level;
    const miss =
      r.acute && level === 'none'
        ? 'MISSED'
        : !r.acute && level === 'acute'
          ? 'FALSE'
          : r.acute && level === 'unsure'
            ? 'ASKED+'
            : !r.acute && level === 'unsure'
              ? 'ASKED-'
              : '';
    const sMiss = r.suicidal !== r.said.suicidal ? (r.suicidal ? ' 113-MISSED' : ' 113-FALSE') : '';
    if (miss || sMiss) console.log(`${miss}${sMiss} ${r.id} ${level} (alone ${r.own.level}): ${r.text.slice(0, 200)}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const alone = args.includes('--alone');
  const files = args.filter((a) => !a.startsWith('--'));
  const screen = new SafetyScreen();
  if (files.length > 0) {
    for (const file of files) {
      const rows = replayTurns(screen, path.resolve(file), !alone);
      print(`${file}${alone ? ' (each message alone)' : ''}`, rows);
      if (verbose) list(rows);
    }
    return;
  }
  const root = path.resolve(__dirname, '..');
  const sets = dialogSets(root);
  const groups = [
    ['older sets (dialogs-dev to -i)', sets.filter((f) => !HELD_OUT.has(path.basename(f, '.jsonl')))],
    [`held-out sets (${[...HELD_OUT].join(', ')})`, sets.filter((f) => HELD_OUT.has(path.basename(f, '.jsonl')))],
  ] as const;
  for (const [title, group] of groups) {
    const before = group.flatMap((f) => replayTurns(screen, f, false));
    const after = group.flatMap((f) => replayTurns(screen, f, true));
    print(`${title}: each message alone`, before);
    print(`${title}: in its conversation`, after);
    if (verbose) list(after);
  }
}

main();
