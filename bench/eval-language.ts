/**
 * `npx tsx bench/eval-language.ts [--verbose]`: the language reading (src/nlu/language.ts) against
 * every tuning text whose language is labelled, and the conversation's language (src/bot/languagePolicy.ts)
 * against the language the citizen wrote each turn in.
 * - messages: each text of tests/eval/nlu.jsonl and nlu-dev-*.jsonl read alone on its page, and each
 *   turn of the dialog sets (dialogs-dev*.jsonl) read with the conversation's language so far;
 * - replies: for the dialog turns labelled Dutch or English, is the conversation's language after the
 *   turn the one the citizen wrote in (the language the bot answers in)?
 * Printed: accuracy per labelled language, the confusion (label -> read) and, with --verbose, every
 * wrong reading. Tuning sets only: their figures say little about unseen writers.
 */
import path from 'node:path';
import { loadLabelledFile } from '../src/nlu/corpus';
import { detectLanguageDetail } from '../src/nlu/language';
import { laterTuningSets, TUNING_SET } from '../src/nlu/model/sources';
import { followLanguage, type LanguageState } from '../src/bot/languagePolicy';
import type { Language } from '../src/nlu/recognizer';
import { loadScripts } from './dialogs/script';
import { dialogSets } from './support/turnReplay';

const root = path.resolve(__dirname, '..');
const LANGUAGES: readonly Language[] = ['nl', 'en', 'other'];

interface Figures {
  confusion: Map<string, number>;
  replies: { n: number; right: number };
  misses: string[];
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 120);

function readMessages(into: Figures): void {
  for (const file of [path.join(root, TUNING_SET), ...laterTuningSets(root)]) {
    for (const m of loadLabelledFile(file)) {
      if (m.language === undefined) continue;
      const read = detectLanguageDetail(m.text, m.locale).language;
      bump(into.confusion, `${m.language} -> ${read}`);
      if (read !== m.language) into.misses.push(`${m.id} (page ${m.locale}) ${m.language} read ${read}: ${short(m.text)}`);
    }
  }
}

function readConversations(into: Figures): void {
  for (const file of dialogSets(root)) {
    for (const script of loadScripts(file)) {
      let state: LanguageState = { locale: script.page, leaning: null, messages: 0 };
      let lastOther = false;
      script.turns.forEach((turn, t) => {
        const guess = detectLanguageDetail(turn.text, state.locale);
        // As the bot reads it: a reply with no language of its own after one in another language goes on in that one.
        const read = guess.unclear && lastOther ? 'other' : guess.language;
        lastOther = read === 'other';
        state = followLanguage(state, read, turn.text);
        bump(into.confusion, `${turn.language} -> ${read}`);
        const where = `${script.id} turn ${t + 1} (page ${script.page})`;
        if (read !== turn.language) into.misses.push(`${where} ${turn.language} read ${read}: ${short(turn.text)}`);
        if (turn.language === 'other') return;
        into.replies.n += 1;
        if (state.locale === turn.language) into.replies.right += 1;
        else into.misses.push(`${where} reply in ${state.locale} to ${turn.language}: ${short(turn.text)}`);
      });
    }
  }
}

function print(name: string, f: Figures, verbose: boolean): void {
  const lines = [`== ${name} ==`];
  let n = 0;
  let right = 0;
  for (const label of LANGUAGES) {
    const row = LANGUAGES.map((r) => f.confusion.get(`${label} -> ${r}`) ?? 0);
    const total = row.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const ok = f.confusion.get(`${label} -> ${label}`) ?? 0;
    n += total;
    right += ok;
    lines.push(
      `  ${label.padEnd(6)} ${((100 * ok) / total).toFixed(1).padStart(5)}% of ${String(total).padStart(4)}   read as ${LANGUAGES.map((r, i) => `${r} ${row[i]}`).join('  ')}`,
    );
  }
  if (n > 0) lines.push(`  all    ${((100 * right) / n).toFixed(1).padStart(5)}% of ${n}`);
  if (f.replies.n > 0)
    lines.push(
      `  replies in the citizen's language (nl/en turns): ${((100 * f.replies.right) / f.replies.n).toFixed(1)}% of ${f.replies.n} (${f.replies.n - f.replies.right} wrong)`,
    );
  if (verbose) lines.push(...f.misses.map((m) => `    ${m}`));
  console.log(lines.join('\n'));
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const messages: Figures = { confusion: new Map(), replies: { n: 0, right: 0 }, misses: [] };
  readMessages(messages);
  print('nlu tuning sets, each message on its page', messages, verbose);
  const dialogs: Figures = { confusion: new Map(), replies: { n: 0, right: 0 }, misses: [] };
  readConversations(dialogs);
  print('dialog tuning sets, turn by turn in the conversation', dialogs, verbose);
}

main();
