/**
 * `npx tsx bench/leave-answers.ts [--set FILE [--lines FROM-TO]] [--list]`: the citizen turns that
 * answer the bot's own "can the person leave if they want to?" (triage.question.canLeave.*), by the
 * writer's acuteDanger label, and what the bot did on them: 112 at once (a danger reply, `danger.*`),
 * the danger question or another danger line, or nothing of danger (calm). Round 51 (leave51, ADR
 * 0006): these answers were read as messages of their own, so "nee" read as someone held now.
 *
 * Without --set: the tuning conversations (dialogs-dev, -b … -y whole, lines 1–15 of -z … -as).
 * --list prints each answer with its label and the bot's danger lines: tuning material only (never
 * with a held-out part).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';
import { catalog, playScript } from './dialogs/play';
import { loadScripts, type Script } from './dialogs/script';
import { CatalogIndex } from './dialogs/score';
import { linesOption, selectLines } from './support/lineRange';

const root = path.resolve(__dirname, '..');

/** The tuning part: the older sets whole, the first fifteen conversations of the newer ones. */
function tuningParts(): { file: string; lines?: string }[] {
  const names = fs.readdirSync(path.join(root, 'tests/eval')).filter((f) => /^dialogs-dev(?:-[a-z]+)?\.jsonl$/.test(f));
  return names.map((name) => {
    const tag = /^dialogs-dev-([a-z]+)\.jsonl$/.exec(name)?.[1];
    // Sets z, aa, ab, …: lines 16–30 are held out (figures only), never played here.
    const newer = tag !== undefined && (tag === 'z' || tag.length === 2);
    return { file: path.join(root, 'tests/eval', name), ...(newer ? { lines: '1-15' } : {}) };
  });
}

type Outcome = '112' | 'dangerLine' | 'calm';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--set');
  const lines = linesOption(args);
  const parts = at >= 0 ? [{ file: path.resolve(args[at + 1] ?? ''), ...(lines === undefined ? {} : { lines }) }] : tuningParts();
  const list = args.includes('--list');
  const screen = new SafetyScreen();
  const understander = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
  const index = new CatalogIndex(catalog);
  const counts = new Map<string, number>();
  const sources = new Map<string, number>();
  let conversations = 0;
  for (const part of parts) {
    const all = loadScripts(part.file);
    const scripts: Script[] = part.lines === undefined ? all : selectLines(all, part.lines);
    for (const script of scripts) {
      conversations++;
      const played = await playScript(script, understander);
      script.turns.forEach((turn, t) => {
        if (t === 0) return;
        const askedLeave = (played[t - 1]?.replies ?? []).some((r) => index.question(r.text) === 'canLeave');
        if (!askedLeave) return;
        const replies = played[t]?.replies ?? [];
        const keys = [...new Set(replies.filter((r) => index.isDangerLine(r.text)).flatMap((r) => index.dangerSources(r.text)))];
        const outcome: Outcome = keys.some((k) => k.startsWith('danger.')) ? '112' : keys.length > 0 ? 'dangerLine' : 'calm';
        const label = turn.suicidal ? 'suicidal' : turn.acuteDanger ? 'acute' : 'calm';
        const key = `${label} -> ${outcome}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (keys.length > 0 && label === 'calm') for (const k of keys) sources.set(k, (sources.get(k) ?? 0) + 1);
        if (list) process.stdout.write(`${script.id}#${t + 1} [${label}] ${outcome} ${keys.join('+')}: ${turn.text}\n`);
      });
    }
  }
  const table = [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  process.stdout.write(`${conversations} conversations; answers to canLeave by label -> bot:\n`);
  for (const [key, n] of table) process.stdout.write(`  ${key}: ${n}\n`);
  process.stdout.write(`  danger lines on calm answers, by text: ${[...sources].map(([k, n]) => `${k} ${n}`).join(', ') || '-'}\n`);
}

void main();
