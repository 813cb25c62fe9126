/**
 * Danger said in passing inside a long story ("... she just texted me that she is locked in.
 * Anyway, about her contract ..."): the words around it weigh it down in the reading of the whole
 * message. Each pair of sentences of a long story is read on its own as well; a pair that says it
 * is happening now, with no distance of its own (past, a question, news, safe now), and reads acute
 * where the whole does not makes the message unsure, so the bot asks the direct question with 112
 * instead of going on silently. Not acute: without the rest of the story a part can read as more
 * than it is. Kept outside the screen itself, whose code the shipped model is tied to.
 */
import type { DistanceConcept } from './situations';
import type { SafetyScreen } from './screen';

/** Words from which a message is a long story whose parts are also read on their own. */
export const LONG_STORY_WORDS = 50;

/** Distance that makes a part of a story not about now. */
const DISTANCE: ReadonlySet<DistanceConcept> = new Set(['past', 'hypothetical', 'general', 'media', 'third_hand', 'safe_now']);

export function dangerInPassing(screen: SafetyScreen, text: string): boolean {
  const sentences = text.split(/(?<=[.!?\n])\s+/u).filter((s) => /\p{L}/u.test(s));
  // In a few sentences the reading of the whole already weighs each of them.
  if (sentences.length < 3 || (text.match(/\p{L}+/gu) ?? []).length < LONG_STORY_WORDS) return false;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const { danger, read } = screen.look(`${sentences[i]} ${sentences[i + 1]}`);
    if (danger.level !== 'acute') continue;
    const now = read.distances.some((d) => !d.negated && d.concept === 'now');
    if (now && !read.distances.some((d) => !d.negated && DISTANCE.has(d.concept))) return true;
  }
  return false;
}
