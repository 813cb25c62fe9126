/**
 * The citizen's own questions in one Dutch or English message (or one mixed with another
 * language), as the dialog answers them: what the question model read, the plain cues beside it,
 * worries stated beside a question, and asking for one's own language. Pure; shared by the triage
 * dialog and `bench/eval-questions.ts --as-answered`, so the bench scores what the citizen gets.
 */
import type { QuestionTopic } from '../understanding/understanding';
import { withCueMemo } from './cueMemo';
import type { Role } from './summary';
import { otherLanguageQuestions } from './otherLanguageQuestions';
import { consequencesAsked, secrecyAsked, topicsToAnswer } from './ownQuestions';
import {
  askedCueTopics,
  askedUnderReport,
  askingSentences,
  asksForOwnLanguage,
  doubtsThePlace,
  punishableAskedOfWriter,
  retaliationFeared,
  statedWorries,
} from './questionCues';

export interface ReadQuestions {
  /** The topics the question model read (src/nlu/questions), with the intent's topic. */
  questions: readonly QuestionTopic[];
  /** Part of the message is in another language the model does not read. */
  mixedWith?: string | undefined;
}

/** A sentence naming 112 (not inside a longer number). */
const ASKS_ABOUT_112 = /(?<!\d)112(?!\d)/;

export function questionsToAnswer(u: ReadQuestions, text: string, role: Role | null): QuestionTopic[] {
  // Every cue below reads the same message, its sentences and clauses again: one memo for them all.
  return withCueMemo(() => readQuestions(u, text, role));
}

function readQuestions(u: ReadQuestions, text: string, role: Role | null): QuestionTopic[] {
  // Words in a language the question model does not read ("als ik politie ga… الشرطة"): their plain cues.
  // Asking to write in one's own language ("can I write Polish?") asks for a person who speaks it.
  // Worries stated beside a question ("zij wil geen politie", "I'd rather not get fired") are answered too.
  const cued = u.mixedWith
    ? otherLanguageQuestions(text)
    : [...(asksForOwnLanguage(text) ? (['counsellor'] as const) : []), ...statedWorries(text, u.questions.length > 0)];
  // A question the model reads for one topic may ask a second in words it was not trained on
  // ("komt dat in een politiesysteem?"): the plain cues of the sentences that ask fill up the answers.
  const alsoCued = u.mixedWith ? [] : askedCueTopics(text);
  // "Is dat strafbaar?" from a writer telling about their own deeds: will I be punished. A writer
  // who says it is their own deed ("ik geef alleen mn pas") is asking it whoever the story is about.
  const ownDeed =
    role !== 'other' && role !== 'professional' ? punishableAskedOfWriter(text) : punishableAskedOfWriter(text, { said: true });
  if (!u.mixedWith && ownDeed) alsoCued.push('consequences');
  // "Zit ik hier goed?", "am I in the right place?": the dialog says what this chat is for. What the
  // model reads from such a sentence (privacy, is this trafficking) is a misreading (its training
  // text labels it with no topic); only a topic the plain cues find beside it is asked.
  const onlyThePlace = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => doubtsThePlace(s));
  // "Is het niet overdreven om 112 te bellen?": whether to call 112 now, the police question; what
  // the model reads beside it from such a sentence (is this trafficking?) is not asked.
  const only112 = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => ASKS_ABOUT_112.test(s));
  const modelRead = only112 ? u.questions.filter((t) => t === 'police' || askedCueTopics(text).includes(t)) : u.questions;
  const read = [...new Set([...(onlyThePlace ? [] : modelRead), ...cued])];
  // A professional's duty of confidentiality asks both whether what they tell stays with us (privacy)
  // and whether they may report without getting into trouble (consequences): the writers of the
  // conversation sets label it either way. The other half fills a place left over, never pushing
  // out a question read from the words.
  // Asked with another topic read ("mag ik dan wel iets melden?" read as anonymity), the duty is still
  // what is asked about: the privacy answer for it (advice without a name) comes too.
  if (!u.mixedWith && secrecyAsked(text) && (read.includes('privacy') || read.includes('consequences'))) {
    alsoCued.push(read.includes('privacy') ? 'consequences' : 'privacy');
  } else if (!u.mixedWith && secrecyAsked(text) && askingSentences(text).length > 0) alsoCued.push('privacy', 'consequences');
  // "Will they know it was me? I still have to work for him": being found out is feared for what it
  // would cost. A cost named in the message (the job, the permit, the house tied to the work…) is the
  // second question a counsellor answers beside the one about anonymity.
  // The same for what being known would bring, said beside it ("my company name is on his invoice").
  if (
    !u.mixedWith &&
    (read.includes('anonymity') || alsoCued.includes('anonymity')) &&
    !read.includes('consequences') &&
    (consequencesAsked(text).length > 0 || retaliationFeared(text))
  )
    alsoCued.push('consequences');
  // "If I call the police they ask for my papers. I have no papers. Will they deport me?", "als ik het
  // tegen de politie zeg, gaat hij dan naar de jeugdgevangenis?": a question about the police with a
  // consequence named in it or told beside it (a stay, the job, a debt, a punishment) asks what going
  // to the police would cost; the model often reads only the police in such a message. (Not beside
  // what happens after a report: "does this chat go to the IND?" asks where the words go.)
  else if (!u.mixedWith && read.includes('police') && !read.includes('consequences') && consequencesAsked(text).length > 0)
    alsoCued.push('consequences');
  // "Als ik meld, raak ik dan mijn werk kwijt?", "if we report it, does she get sent home?": what a
  // report brings is asked together with what happens after one; the writers of the conversation
  // sets ask both answers of it.
  if (!u.mixedWith && (read.includes('consequences') || alsoCued.includes('consequences')) && askedUnderReport(text))
    alsoCued.push('after_report');
  return topicsToAnswer(read, text, read, alsoCued);
}
