/**
 * `npx tsx bench/eval-turns.ts [--verbose] FILE...`: the danger screen on every citizen turn of
 * scripted conversations (the dialog sets' format, bench/dialogs/script.ts), scored against each
 * turn's `acuteDanger` and `suicidal` labels. Turns are read in order through the real first look;
 * after a turn in the unsure band the next turn is read as the answer to "Is iemand op dit moment
 * in gevaar?", as the bot does. eval-dialogs counts acute turns without 112; this also counts the
 * false alarms and the questions asked, so precision and the unsure band can be tuned.
 */
import path from 'node:path';
import type { NluLocale } from '../src/nlu/recognizer';
import { SafetyScreen } from '../src/safety/screen';
import { lookAt } from '../src/understanding/firstLook';
import type { DangerLevel } from '../src/understanding/understanding';
import { loadScripts } from './dialogs/script';

interface Row {
  id: string;
  text: string;
  acute: boolean;
  suicidal: boolean;
  level: DangerLevel;
  saidSuicidal: boolean;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const fmt = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(3));

function score(rows: readonly Row[]): Record<string, string | number> {
  const acute = rows.filter((r) => r.acute);
  const saidAcute = rows.filter((r) => r.level === 'acute');
  const caught = rows.filter((r) => r.level !== 'none');
  const suicidal = rows.filter((r) => r.suicidal);
  const saidSuicidal = rows.filter((r) => r.saidSuicidal);
  return {
    turns: rows.length,
    acuteTurns: acute.length,
    'acute recall (acute+unsure)': fmt(ratio(acute.filter((r) => r.level !== 'none').length, acute.length)),
    'acute recall (acute only)': fmt(ratio(acute.filter((r) => r.level === 'acute').length, acute.length)),
    'acute precision (acute only)': fmt(ratio(saidAcute.filter((r) => r.acute).length, saidAcute.length)),
    'acute precision (acute+unsure)': fmt(ratio(caught.filter((r) => r.acute).length, caught.length)),
    'unsure rate': fmt(ratio(rows.filter((r) => r.level === 'unsure').length, rows.length)),
    suicidalTurns: suicidal.length,
    'suicidal recall': fmt(ratio(suicidal.filter((r) => r.saidSuicidal).length, suicidal.length)),
    'suicidal precision': fmt(ratio(saidSuicidal.filter((r) => r.suicidal).length, saidSuicidal.length)),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) throw new Error('usage: eval-turns [--verbose] FILE...');
  const screen = new SafetyScreen();
  for (const file of files) {
    const rows: Row[] = [];
    for (const script of loadScripts(path.resolve(file))) {
      let awaiting: 'dangerCheck' | null = null;
      script.turns.forEach((turn, i) => {
        const { danger } = lookAt(screen, turn.text, script.page as NluLocale, awaiting).look;
        rows.push({
          id: `${script.id}#${i + 1}`,
          text: turn.text,
          acute: turn.acuteDanger || turn.suicidal,
          suicidal: turn.suicidal,
          level: danger.level,
          saidSuicidal: danger.suicidal,
        });
        awaiting = danger.level === 'unsure' ? 'dangerCheck' : null;
      });
    }
    console.log(`\n== ${file} ==`);
    for (const [k, v] of Object.entries(score(rows))) console.log(`${k.padEnd(32)}${v}`);
    if (!verbose) continue;
    for (const r of rows) {
      const miss =
        r.acute && r.level === 'none'
          ? 'MISSED'
          : !r.acute && r.level === 'acute'
            ? 'FALSE'
            : r.acute && r.level === 'unsure'
              ? 'ASKED+'
              : !r.acute && r.level === 'unsure'
                ? 'ASKED-'
                : '';
      const sMiss = r.suicidal !== r.saidSuicidal ? (r.suicidal ? ' 113-MISSED' : ' 113-FALSE') : '';
      if (miss || sMiss) console.log(`${miss}${sMiss} ${r.id} ${r.level}: ${r.text.slice(0, 200)}`);
    }
  }
}

main();
