/**
 * `npx tsx bench/late-questions.ts [--json]`: every own question of the citizen's that the bot did not
 * answer first (bench/dialogs/score.ts `ownQuestionsLate`), on the dialog tuning lines only (the
 * older sets whole, lines 1–15 of dialogs-dev-z onwards; the held-out lines 16–30 are never read
 * here), with the topics the writer marked, the topics the bot answered in that turn and where, and
 * the cause, so a round can see what kind of miss it is working on (issue 10, round 47):
 *
 * - `other-language`: the turn is in a language the bot does not chat in;
 * - `not-read`: a marked topic has no answer anywhere in the turn, and the question reader
 *   (src/triage/questionsToAnswer.ts, the message read alone) does not read it either;
 * - `read-not-answered`: the reader, on the message alone, reads the topic, yet the turn has no
 *   answer to it (the conversation's context or the number of answers left it out);
 * - `answered-late`: the turn answers it, but after a text of the bot's own (a question, guidance,
 *   the "no answer here" line);
 * - `answered-next`: not in this turn, but in the bot's next one.
 *
 * `--sets -ar,-as` plays only those sets' tuning lines (the whole list takes long on a shared machine).
 * `--files a.jsonl,b.jsonl` plays those files whole instead: the training conversations of corpus/dialogs
 * (round 51), which have no held-out part; played before the question model learns them, they show
 * how the bot meets writers it has not seen.
 */
import path from 'node:path';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { questionsToAnswer } from '../src/triage/questionsToAnswer';
import { QUESTION_TOPICS, type QuestionTopic } from '../src/understanding/understanding';
import { createUnderstander } from '../src/understanding/understander';
import { catalog, playScript } from './dialogs/play';
import { CatalogIndex, scoreConversation, type PlayedTurn } from './dialogs/score';
import { loadScripts, type Script } from './dialogs/script';
import { trainingSetsOnly } from './support/trainingSets';

const root = path.resolve(__dirname, '..');
const OLDER = ['', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-i', '-j', '-k', '-l', '-m', '-n', '-o', '-p', '-q', '-r', '-s', '-t'];
const OLDER_TOO = ['-u', '-v', '-w', '-x', '-y'];
const NEWER = [
  '-z',
  '-aa',
  '-ab',
  '-ac',
  '-ad',
  '-ae',
  '-af',
  '-ag',
  '-ah',
  '-ai',
  '-aj',
  '-ak',
  '-al',
  '-am',
  '-an',
  '-ao',
  '-ap',
  '-aq',
  '-ar',
  '-as',
];
/** The tuning lines: the older sets whole, the first 15 conversations of the newer ones. */
const TUNING: { file: string; upTo: number }[] = [
  ...[...OLDER, ...OLDER_TOO].map((s) => ({ file: `tests/eval/dialogs-dev${s}.jsonl`, upTo: Infinity })),
  ...NEWER.map((s) => ({ file: `tests/eval/dialogs-dev${s}.jsonl`, upTo: 15 })),
];

// `--sets -ar,-as`: only the tuning lines of those sets (suffixes as in the lists above; '' is dialogs-dev itself).
const setsArg = process.argv.indexOf('--sets');
const onlySets = setsArg >= 0 ? new Set((process.argv[setsArg + 1] ?? '').split(',').map((s) => `tests/eval/dialogs-dev${s}.jsonl`)) : null;
const filesArg = process.argv.indexOf('--files');
// Tuning sets go by --sets (their held-out lines are never played here), blind sets never.
const wholeFiles = filesArg >= 0 ? trainingSetsOnly((process.argv[filesArg + 1] ?? '').split(',').filter((f) => f !== '')) : null;
const toPlay: { file: string; upTo: number }[] =
  wholeFiles !== null
    ? wholeFiles.map((file) => ({ file, upTo: Infinity }))
    : TUNING.filter((t) => onlySets === null || onlySets.has(t.file));

type Cause = 'other-language' | 'not-read' | 'read-not-answered' | 'answered-late' | 'answered-next';

interface LateTopic {
  set: string;
  id: string;
  turn: number;
  text: string;
  marked: QuestionTopic[];
  topic: QuestionTopic;
  read: QuestionTopic[];
  answered: QuestionTopic[];
  cause: Cause;
  replies: string[];
}

const screen = new SafetyScreen();
const understander = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
const index = new CatalogIndex(catalog);

/** The topics answered by each reply of a turn, danger lines left out (as the scorer reads them). */
function answeredBy(played: PlayedTurn | undefined): QuestionTopic[][] {
  return (played?.replies ?? []).filter((r) => !index.isDanger(r.text)).map((r) => QUESTION_TOPICS.filter((t) => index.answers(r.text, t)));
}

async function readAlone(text: string, page: Script['page']): Promise<QuestionTopic[]> {
  const context = { locale: page };
  const u = await understander.understand(text, understander.firstLook(text, context), context);
  return u.language === 'other' ? [] : questionsToAnswer(u, text, null);
}

async function main(): Promise<void> {
  const late: LateTopic[] = [];
  for (const { file, upTo } of toPlay) {
    const scripts = loadScripts(path.join(root, file)).slice(0, upTo);
    for (const script of scripts) {
      const played = await playScript(script, understander);
      const score = scoreConversation(script, played, index);
      for (const turnNo of score.ownQuestionsLate) {
        const t = turnNo - 1;
        const turn = script.turns[t]!;
        const perReply = answeredBy(played[t]);
        const lead = perReply.findIndex((topics) => topics.length === 0);
        const leading = (lead < 0 ? perReply : perReply.slice(0, lead)).flat();
        const answered = [...new Set(perReply.flat())];
        const next = answeredBy(played[t + 1]).flat();
        const read = await readAlone(turn.text, script.page);
        for (const topic of turn.questions.filter((q) => !leading.includes(q))) {
          const cause: Cause =
            turn.language === 'other'
              ? 'other-language'
              : answered.includes(topic)
                ? 'answered-late'
                : next.includes(topic)
                  ? 'answered-next'
                  : read.includes(topic)
                    ? 'read-not-answered'
                    : 'not-read';
          late.push({
            set: path.basename(file, '.jsonl'),
            id: script.id,
            turn: turnNo,
            text: turn.text,
            marked: turn.questions,
            topic,
            read,
            answered,
            cause,
            replies: (played[t]?.replies ?? []).map((r) => r.text.replace(/\n/g, ' / ').slice(0, 90)),
          });
        }
      }
    }
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(late)}\n`);
    return;
  }
  const byCause = new Map<string, LateTopic[]>();
  for (const l of late) byCause.set(l.cause, [...(byCause.get(l.cause) ?? []), l]);
  const turns = new Set(late.map((l) => `${l.id}:${l.turn}`));
  process.stdout.write(`late own questions on the tuning lines: ${turns.size} turns, ${late.length} topics\n`);
  for (const [cause, items] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
    const topics = new Map<string, number>();
    for (const l of items) topics.set(l.topic, (topics.get(l.topic) ?? 0) + 1);
    process.stdout.write(`\n== ${cause}: ${items.length} (${[...topics].map(([t, n]) => `${t} ${n}`).join(', ')})\n`);
    for (const l of items) {
      process.stdout.write(
        `  ${l.id} t${l.turn} [${l.topic}] marked ${l.marked.join(',')} | read ${l.read.join(',') || '-'} | answered ${l.answered.join(',') || '-'}\n    > ${l.text.slice(0, 300)}\n`,
      );
      for (const r of l.replies) process.stdout.write(`    < ${r}\n`);
    }
  }
}

void main();
