/**
 * The citizen's own questions, answered before the bot goes on with its own: which answers, in
 * which order. Pure (locale keys only); dialogs/ownAnswers.ts turns them into messages.
 */
import type { QuestionTopic } from '../understanding/understanding';
import { plainWords } from '../safety/normalise';

/** At most this many answers before the conversation goes on: more would bury the rest. */
export const MAX_ANSWERS = 2;

/** Questions about oneself come first: they are what holds a citizen back from going on. */
const ORDER: readonly QuestionTopic[] = [
  'anonymity',
  'after_report',
  'consequences',
  'privacy',
  'police',
  'is_it_trafficking',
  'signals',
  'counsellor',
];

/**
 * The questions to answer, in order. "What happens if I call?" is read as both a question about the
 * report and about consequences; without a job, a permit or a debt named, the answer about the
 * report says it all.
 */
export function topicsToAnswer(topics: readonly QuestionTopic[], text = '', plainlyAsked: readonly QuestionTopic[] = []): QuestionTopic[] {
  const named = consequencesAsked(text).length > 0;
  const vague = !named && topics.includes('after_report');
  // A named consequence (the job, the permit, the debt) is what holds the citizen back: first.
  const order = named ? ['consequences' as const, ...ORDER.filter((t) => t !== 'consequences')] : ORDER;
  const chosen = order.filter((t) => topics.includes(t) && !(vague && t === 'consequences'));
  // With more topics than answers, what the words plainly ask goes before a guess of the model.
  const plain = chosen.filter((t) => plainlyAsked.includes(t));
  return [...plain, ...chosen.filter((t) => !plainlyAsked.includes(t))].slice(0, MAX_ANSWERS);
}

export const CONSEQUENCES = ['job', 'permit', 'debt'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

const CONSEQUENCE_WORDS: Record<Consequence, RegExp> = {
  job: /\b(?:baan|werk|ontslag|ontslagen|job|jobs|fired|sacked|work|contract|kwijt)\b/,
  permit:
    /\b(?:send (?:me|him|her|them) back|sent back|terugsturen|teruggestuurd|verblijf\w*|papieren|vergunning|uitgezet|uitzetten|ind|permit|visa|visum|deport\w*|papers|residence|illegaal|illegal|undocumented)\b/,
  debt: /\b(?:schuld\w*|terugbetalen|terug betalen|betalen|lening|debt\w*|repay\w*|pay back|owe|loan)\b/,
};

/** Which consequences a question is about ("lose my job", "residence permit", "repay the debt"). */
export function consequencesAsked(text: string): Consequence[] {
  const plain = plainWords(text);
  return CONSEQUENCES.filter((c) => CONSEQUENCE_WORDS[c].test(plain));
}
