/**
 * `npx tsx bench/eval-questions.ts [--as-answered] [--misses] <file>…`: scores the question reader and topic
 * model on files of `topics | message` lines (the corpus/questions format; `-` = a question on
 * another matter), for sets held out of training such as tests/eval/questions-w2.txt. Prints
 * micro-F1 over topics, the share of messages whose topic set is exactly right, and the messages
 * not read as a question.
 *
 * `--as-answered` scores what the citizen gets instead of the model alone: the topics the dialog
 * answers (src/triage/questionsToAnswer.ts: the model with the intent's topic, the plain cues,
 * stated worries; for a message in another language src/triage/otherLanguageQuestions.ts, as the
 * bot answers it), read by the real understander in the message's language, and adds the share
 * of messages with a question whose every topic is answered.
 *
 * A `.jsonl` file is read as labelled messages or scripted conversations (the NLU and dialog sets:
 * `text`, `language`, `questions` per message or per turn); `--other` keeps only the messages in
 * another language than Dutch or English.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { detectLanguageDetail } from '../src/nlu/language';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { questionClauses } from '../src/nlu/questions/clauses';
import { loadQuestionModel, parseQuestionFile } from '../src/nlu/questions/questionModel';
import { SafetyScreen } from '../src/safety/screen';
import { otherLanguageQuestions } from '../src/triage/otherLanguageQuestions';
import { topicsToAnswer } from '../src/triage/ownQuestions';
import { questionsToAnswer } from '../src/triage/questionsToAnswer';
import { QUESTION_TOPICS, type QuestionTopic } from '../src/understanding/understanding';
import { createUnderstander } from '../src/understanding/understander';

const args = process.argv.slice(2);
const asAnswered = args.includes('--as-answered');
const files = z
  .array(z.string().min(1))
  .min(1)
  .parse(args.filter((a) => a !== '--as-answered' && a !== '--other' && a !== '--misses'));
const otherOnly = args.includes('--other');
// `--misses`: print each message with a labelled topic that was not found (gold and found topics).
const showMisses = args.includes('--misses');
const model = loadQuestionModel();
const screen = new SafetyScreen();
const recognizer = createLocalRecognizer({ screen });
const understander = createUnderstander({ safety: screen, recognizer, local: recognizer, questions: model });

async function topicsOf(text: string): Promise<QuestionTopic[]> {
  if (!asAnswered) return model.topicsIn(text);
  const language = detectLanguageDetail(text, 'nl').language;
  const context = { locale: language === 'en' ? ('en' as const) : ('nl' as const) };
  const u = await understander.understand(text, understander.firstLook(text, context), context);
  if (u.language === 'other') {
    const asked = otherLanguageQuestions(text);
    return topicsToAnswer(asked, text, asked);
  }
  return questionsToAnswer(u, text, null);
}

const setLine = z.object({ text: z.string(), language: z.enum(['nl', 'en', 'other']), questions: z.array(z.enum(QUESTION_TOPICS)) });
const setFile = z.union([z.object({ turns: z.array(setLine) }), setLine]);

/** The labelled messages of a `topics | message` file, or of the messages or turns of a JSON-lines set. */
function messagesOf(file: string): { topics: QuestionTopic[]; text: string }[] {
  if (!file.endsWith('.jsonl')) return parseQuestionFile(file);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .flatMap((line) => {
      // Lines without question labels (the oldest NLU set) are not scored.
      const parsed = setFile.safeParse(JSON.parse(line));
      if (!parsed.success) return [];
      return 'turns' in parsed.data ? parsed.data.turns : [parsed.data];
    })
    .filter((m) => !otherOnly || m.language === 'other')
    .map((m) => ({ topics: m.questions, text: m.text }));
}

async function main(): Promise<void> {
  for (const file of files) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let exact = 0;
    let unread = 0;
    let asked = 0;
    let allAnswered = 0;
    const lines = messagesOf(file);
    for (const { topics, text } of lines) {
      const gold = new Set(topics);
      const found = new Set(await topicsOf(text));
      if (questionClauses(text).length === 0) unread++;
      for (const t of found)
        if (gold.has(t)) tp++;
        else fp++;
      for (const t of gold) if (!found.has(t)) fn++;
      if (showMisses && [...gold].some((t) => !found.has(t)))
        console.log(`  missed [${[...gold].join(',')}] found [${[...found].join(',')}]: ${text}`);
      if (found.size === gold.size && [...found].every((t) => gold.has(t))) exact++;
      if (gold.size > 0) {
        asked++;
        if ([...gold].every((t) => found.has(t))) allAnswered++;
      }
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    const answered = asAnswered ? `, every topic answered ${allAnswered}/${asked} (${(allAnswered / (asked || 1)).toFixed(3)})` : '';
    console.log(
      `${file}: ${lines.length} messages, topics micro-F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}), exact set ${(exact / lines.length).toFixed(3)}${answered}, not read as a question ${unread}`,
    );
  }
}

void main();
