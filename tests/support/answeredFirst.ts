/**
 * Which of the citizen's own questions a bot turn answers before anything else (after a 112 line, if
 * any), recognised by the catalog's answer texts: for the tests of answering the citizen's questions first.
 */
import { CatalogIndex } from '../../bench/dialogs/score';
import { QUESTION_TOPICS, type QuestionTopic } from '../../src/understanding/understanding';
import { catalog, type Turn } from './bot';

const index = new CatalogIndex(catalog);

/** The topics the replies answer before anything else (after a 112 line, if any). */
export function answeredFirst(turn: Turn): QuestionTopic[] {
  const rest = turn.texts.filter((t) => !index.isDanger(t));
  const leading: QuestionTopic[] = [];
  for (const text of rest) {
    const hit = QUESTION_TOPICS.filter((topic) => index.answers(text, topic));
    if (hit.length === 0) break;
    leading.push(...hit);
  }
  return leading;
}
