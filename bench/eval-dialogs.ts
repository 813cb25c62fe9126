/**
 * `npm run eval:dialogs [-- --set FILE [--lines FROM-TO]] [--verbose] [--transcript [--all]] [--json] [--danger-sources]`: plays scripted multi-turn
 * conversations through the real bot (HelplineBot's turn pipeline, the real dialogs, the real
 * local understanding, in process on botbuilder's TestAdapter with in-memory state) and reports
 * per set: the bot turn after the worry at which guidance came (per conversation and the median),
 * questions repeated, questions that did not fit, replies in the wrong language, acute turns
 * without 112, suicidal turns without 113, own questions not answered first, texts for another
 * role than the writer's, minor guidance when no minor was told, 112 or danger lines with no danger
 * in view, bubbles said again, bubbles per turn, reply length (bubbles and words per turn, per
 * conversation and summed, turns longer than a phone screen), whether each expected route was named, and how
 * many conversations went as a counsellor would want (and by the lenient scorer before round 14,
 * which counted none of role, minor guidance, danger lines or repeated bubbles). All from the
 * labels the sets carry, never from the bot's own reading.
 *
 * Default sets: tests/eval/dialogs-dev.jsonl, written beside the dialogs by the policy's developer,
 * and tests/eval/dialogs-dev-b.jsonl, dialogs-dev-c.jsonl, dialogs-dev-d.jsonl, dialogs-dev-e.jsonl, dialogs-dev-f.jsonl, dialogs-dev-g.jsonl, dialogs-dev-h.jsonl, dialogs-dev-i.jsonl, dialogs-dev-j.jsonl, dialogs-dev-k.jsonl, dialogs-dev-l.jsonl, dialogs-dev-m.jsonl, dialogs-dev-n.jsonl, dialogs-dev-o.jsonl, dialogs-dev-p.jsonl, dialogs-dev-q.jsonl, dialogs-dev-r.jsonl, dialogs-dev-s.jsonl, dialogs-dev-t.jsonl, dialogs-dev-u.jsonl, dialogs-dev-v.jsonl, dialogs-dev-w.jsonl, dialogs-dev-x.jsonl, dialogs-dev-y.jsonl, dialogs-dev-z.jsonl, dialogs-dev-aa.jsonl, dialogs-dev-ab.jsonl, dialogs-dev-ac.jsonl, dialogs-dev-ad.jsonl, dialogs-dev-ae.jsonl, dialogs-dev-af.jsonl, dialogs-dev-ag.jsonl, dialogs-dev-ah.jsonl, dialogs-dev-ai.jsonl, dialogs-dev-aj.jsonl, dialogs-dev-ak.jsonl, dialogs-dev-al.jsonl, dialogs-dev-am.jsonl, dialogs-dev-an.jsonl, dialogs-dev-ao.jsonl, dialogs-dev-ap.jsonl, dialogs-dev-aq.jsonl, dialogs-dev-ar.jsonl, dialogs-dev-as.jsonl and dialogs-dev-at.jsonl, each by a separate writer. All are
 * tuning sets (their figures say little about unseen writers). The counsellor desk answers as outside opening hours.
 */
import path from 'node:path';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';
import { catalog, playScript } from './dialogs/play';
import { LONG_TURN_WORDS, lengthFigures } from './dialogs/replyLength';
import { loadScripts, HELP_ROUTES, type Script } from './dialogs/script';
import { CatalogIndex, scoreConversation, type ConversationScore } from './dialogs/score';
import { linesOption, selectLines } from './support/lineRange';

const root = path.resolve(__dirname, '..');
/** The tuning sets: the policy developer's own, and sets B to Q by separate writers. */
const DEFAULT_SETS = [
  'tests/eval/dialogs-dev.jsonl',
  'tests/eval/dialogs-dev-b.jsonl',
  'tests/eval/dialogs-dev-c.jsonl',
  'tests/eval/dialogs-dev-d.jsonl',
  'tests/eval/dialogs-dev-e.jsonl',
  'tests/eval/dialogs-dev-f.jsonl',
  'tests/eval/dialogs-dev-g.jsonl',
  'tests/eval/dialogs-dev-h.jsonl',
  'tests/eval/dialogs-dev-i.jsonl',
  'tests/eval/dialogs-dev-j.jsonl',
  'tests/eval/dialogs-dev-k.jsonl',
  'tests/eval/dialogs-dev-l.jsonl',
  'tests/eval/dialogs-dev-m.jsonl',
  'tests/eval/dialogs-dev-n.jsonl',
  'tests/eval/dialogs-dev-o.jsonl',
  'tests/eval/dialogs-dev-p.jsonl',
  'tests/eval/dialogs-dev-q.jsonl',
  'tests/eval/dialogs-dev-r.jsonl',
  'tests/eval/dialogs-dev-s.jsonl',
  'tests/eval/dialogs-dev-t.jsonl',
  'tests/eval/dialogs-dev-u.jsonl',
  'tests/eval/dialogs-dev-v.jsonl',
  'tests/eval/dialogs-dev-w.jsonl',
  'tests/eval/dialogs-dev-x.jsonl',
  'tests/eval/dialogs-dev-y.jsonl',
  'tests/eval/dialogs-dev-z.jsonl',
  'tests/eval/dialogs-dev-aa.jsonl',
  'tests/eval/dialogs-dev-ab.jsonl',
  'tests/eval/dialogs-dev-ac.jsonl',
  'tests/eval/dialogs-dev-ad.jsonl',
  'tests/eval/dialogs-dev-ae.jsonl',
  'tests/eval/dialogs-dev-af.jsonl',
  'tests/eval/dialogs-dev-ag.jsonl',
  'tests/eval/dialogs-dev-ah.jsonl',
  'tests/eval/dialogs-dev-ai.jsonl',
  'tests/eval/dialogs-dev-aj.jsonl',
  'tests/eval/dialogs-dev-ak.jsonl',
  'tests/eval/dialogs-dev-al.jsonl',
  'tests/eval/dialogs-dev-am.jsonl',
  'tests/eval/dialogs-dev-an.jsonl',
  'tests/eval/dialogs-dev-ao.jsonl',
  'tests/eval/dialogs-dev-ap.jsonl',
  'tests/eval/dialogs-dev-aq.jsonl',
  'tests/eval/dialogs-dev-ar.jsonl',
  'tests/eval/dialogs-dev-as.jsonl',
  'tests/eval/dialogs-dev-at.jsonl',
];

function sum(values: readonly number[]): number {
  return values.reduce((n, v) => n + v, 0);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(name: string, scores: ConversationScore[], verbose: boolean, sources = false): string {
  const lines = [`set ${name}: ${scores.length} conversations`];
  const bubbles = scores.flatMap((s) => s.bubbles);
  const length = lengthFigures(scores);
  const after = scores.map((s) => s.guidanceAfter).filter((n): n is number => n !== null);
  const count = (f: (s: ConversationScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const convs = (f: (s: ConversationScore) => number) => scores.filter((s) => f(s) > 0).length;
  lines.push(
    `  guidance by bot turn after the worry: median ${median(after) ?? '-'}; never: ${scores.filter((s) => s.worryTurn !== null && s.guidanceAfter === null).length}; later than 2nd: ${after.filter((n) => n > 2).length}`,
    `  per conversation: ${scores.map((s) => `${s.id}=${s.guidanceAfter ?? (s.worryTurn === null ? 'n/a' : 'never')}`).join(' ')}`,
    `  questions repeated:            ${count((s) => s.repeated.length)} (in ${convs((s) => s.repeated.length)} conversations)`,
    `  questions that did not fit:    ${count((s) => s.unfit.length)} (in ${convs((s) => s.unfit.length)})`,
    `  replies in the wrong language: ${count((s) => s.wrongLanguage.length)} (in ${convs((s) => s.wrongLanguage.length)})`,
    `  acute replies missed (no 112): ${count((s) => s.acuteMissed.length)}`,
    `  suicidal turns without 113:    ${count((s) => s.suicidalMissed.length)}`,
    `  own questions not answered first: ${count((s) => s.ownQuestionsLate.length)} (in ${convs((s) => s.ownQuestionsLate.length)})`,
    `  "no answer here, a person can" (not scored): ${count((s) => s.noAnswerHere.length)} turns (in ${convs((s) => s.noAnswerHere.length)}; on labelled own questions ${count((s) => s.noAnswerHereLabelled.length)})`,
    `  texts for another role:        ${count((s) => s.roleUnfit.length)} (in ${convs((s) => s.roleUnfit.length)})`,
    `  minor guidance, no minor told: ${count((s) => s.minorUnfit.length)} (in ${convs((s) => s.minorUnfit.length)})`,
    `  112/danger lines, no danger:   ${count((s) => s.dangerWithout.length)} turns (in ${convs((s) => s.dangerWithout.length)})`,
    `  112/danger lines on calm turns after danger (not scored): ${count((s) => s.dangerOnCalmAfter.length)} turns (in ${convs((s) => s.dangerOnCalmAfter.length)})`,
    `  bubbles repeated:              ${count((s) => s.repeatedBubbles.length)} (in ${convs((s) => s.repeatedBubbles.length)})`,
    `  bubbles per turn: median ${median(bubbles) ?? '-'}, max ${bubbles.length ? Math.max(...bubbles) : '-'}`,
    `  reply length: ${length.bubbles} bubbles, ${length.words} words in ${length.turns} turns; words per turn median ${length.medianWords ?? '-'}, max ${length.maxWords ?? '-'}; turns over ${LONG_TURN_WORDS} words: ${length.longTurns}`,
    `  reply length per conversation (bubbles/words): ${scores.map((s) => `${s.id}=${sum(s.bubbles)}/${sum(s.words)}`).join(' ')}`,
  );
  const routeLine = HELP_ROUTES.map((route) => {
    const expected = scores.filter((s) => s.routesNamed[route] !== undefined);
    return expected.length ? `${route} ${expected.filter((s) => s.routesNamed[route]).length}/${expected.length}` : null;
  }).filter(Boolean);
  if (sources) {
    // Where the 112 and danger lines with no danger in view came from: per turn, the catalog keys of its lines.
    const bySource = new Map<string, number>();
    for (const key of scores.flatMap((s) => s.dangerWithoutSources)) bySource.set(key, (bySource.get(key) ?? 0) + 1);
    const table = [...bySource].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`);
    lines.push(`  turns with danger lines and no danger, by texts: ${table.join(', ') || '-'}`);
    const followUps = scores.flatMap((s) => s.dangerWithoutSources).filter((key) => key.split('+').some((k) => k !== 'danger.acute'));
    lines.push(`  of them with a line other than the screen's own reading (danger.acute): ${followUps.length}`);
    const after = new Map<string, number>();
    for (const key of scores.flatMap((s) => s.dangerOnCalmAfterSources)) after.set(key, (after.get(key) ?? 0) + 1);
    const afterTable = [...after].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`);
    lines.push(`  calm turns after danger with danger lines (not scored), by texts: ${afterTable.join(', ') || '-'}`);
  }
  lines.push(`  expected routes named: ${routeLine.join(', ')}`);
  lines.push(
    `  as a counsellor would want: ${scores.filter((s) => s.asCounsellorWants).length} of ${scores.length} (lenient scorer before round 14: ${scores.filter((s) => s.asCounsellorWantsLenient).length})`,
  );
  if (verbose) {
    for (const s of scores.filter((x) => !x.asCounsellorWants)) {
      const why = [
        ...s.repeated,
        ...s.unfit,
        ...s.wrongLanguage.map((t) => `turn ${t}: wrong language`),
        ...s.acuteMissed.map((t) => `turn ${t}: no 112`),
        ...s.suicidalMissed.map((t) => `turn ${t}: no 113`),
        ...s.ownQuestionsLate.map((t) => `turn ${t}: own question not answered first`),
        ...s.roleUnfit,
        ...s.minorUnfit,
        ...s.dangerWithout.map((t) => `turn ${t}: 112 with no danger in view`),
        ...s.repeatedBubbles,
        ...(s.guidanceAfter === null || s.guidanceAfter > 2 ? [`guidance: ${s.guidanceAfter ?? 'never'}`] : []),
      ];
      lines.push(`    ${s.id}: ${why.join('; ')}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--set');
  const files = at >= 0 ? [args[at + 1]] : DEFAULT_SETS.map((f) => path.join(root, f));
  let lines: string | undefined;
  try {
    lines = linesOption(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  if (files.some((f) => !f)) {
    process.stderr.write(
      'usage: eval:dialogs [-- --set FILE [--lines FROM-TO]] [--verbose] [--transcript [--all]] [--json] [--danger-sources]\n',
    );
    process.exit(2);
  }
  for (const file of files as string[]) await evaluate(file, args, lines);
}

async function evaluate(file: string, args: string[], lines: string | undefined): Promise<void> {
  let scripts: Script[];
  try {
    const all = loadScripts(path.resolve(file));
    // --lines: only those conversations (lines of the file), a held-out part of a tuning set.
    scripts = lines === undefined ? all : selectLines(all, lines);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  const screen = new SafetyScreen();
  const understander = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
  const index = new CatalogIndex(catalog);
  const scores: ConversationScore[] = [];
  const transcripts: string[] = [];
  for (const script of scripts) {
    const played = await playScript(script, understander);
    const score = scoreConversation(script, played, index);
    scores.push(score);
    // --transcript: what the citizen typed and what the bot said, for the conversations that went
    // wrong (with --all: for every conversation, as when probing the bot with new scripts).
    if (args.includes('--transcript') && (!score.asCounsellorWants || args.includes('--all'))) {
      transcripts.push(`== ${script.id} (${script.page}, ${script.form}, minor ${String(script.minor)})`);
      script.turns.forEach((turn, t) => {
        transcripts.push(
          `> ${turn.text}  [${turn.language}${turn.acuteDanger ? ' acute' : ''}${turn.questions.length ? ` q:${turn.questions.join(',')}` : ''}]`,
        );
        for (const reply of played[t]?.replies ?? []) transcripts.push(`    < ${reply.text.replace(/\n/g, ' / ').slice(0, 160)}`);
      });
    }
  }
  if (transcripts.length > 0) process.stdout.write(`${transcripts.join('\n')}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(scores)}\n`);
  else
    process.stdout.write(
      `${summarise(`${path.relative(root, path.resolve(file))}${lines === undefined ? '' : ` lines ${lines}`}`, scores, args.includes('--verbose'), args.includes('--danger-sources'))}\n`,
    );
}

void main();
