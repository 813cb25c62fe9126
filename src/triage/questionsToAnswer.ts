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
import { outcomeAsked, reportedClauses } from './outcomeClauses';
import { keptFromSomeone, keptFromTheirBoss, toldToOthersAsked } from './toldToOthers';
import { priceAsked, whatToDoAsked } from './questionWithoutAnswer';
import { situationJudged } from './situationJudged';
import { whyWeAskAsked } from './whyWeAsk';
import type { Consequence } from './ownQuestions';
import {
  consequenceFeared,
  consequencesAsked,
  contractSecrecyAsked,
  evidenceKeptAsked,
  secrecyAsked,
  topicsToAnswer,
} from './ownQuestions';
import {
  cuedTopics,
  askedCueTopics,
  askedOfTheWriterToo,
  continuesTheTurnBefore,
  detailsSeenInReportAsked,
  fearedOutcomeAsked,
  normalAsked,
  policeDealingAsked,
  whetherIllegalAsked,
  asksBackAboutThePolice,
  pointsBackFirst,
  askedUnderReport,
  askingSentences,
  asksForOwnLanguage,
  asksSomething,
  doubtsThePlace,
  punishableAskedOfWriter,
  punishableForAPerson,
  retaliationFeared,
  statedWorries,
} from './questionCues';

export interface ReadQuestions {
  /** The topics the question model read (src/nlu/questions), with the intent's topic. */
  questions: readonly QuestionTopic[];
  /** Part of the message is in another language the model does not read. */
  mixedWith?: string | undefined;
}

/**
 * What the writer's message before this one asked and told, as the dialog keeps it (topics and
 * consequence keys only, never the words): a message that goes on from it is read with it.
 */
export interface TurnBefore {
  /** The message before asked questions of the writer's own (answered in that turn). */
  asked?: boolean;
  /** The consequences (job, permit, punishment…) the message before named, asked or told. */
  consequences?: readonly Consequence[];
}

/** A sentence naming 112 (not inside a longer number). */
const ASKS_ABOUT_112 = /(?<!\d)112(?!\d)/;

export function questionsToAnswer(u: ReadQuestions, text: string, role: Role | null, before: TurnBefore = {}): QuestionTopic[] {
  // Every cue below reads the same message, its sentences and clauses again: one memo for them all.
  return withCueMemo(() => readQuestions(u, text, role, before));
}

function readQuestions(u: ReadQuestions, text: string, role: Role | null, before: TurnBefore): QuestionTopic[] {
  // "…komt de politie dan binnenvallen?" answered, then "en ze weten natuurlijk precies wie er naast
  // ze woont", "en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem": a
  // message that goes on from the writer's own question of the turn before states its worry without
  // asking again, and a counsellor answers it as part of that question. Being known as the one who
  // told, said so, asks whether they can stay anonymous.
  // "ik wil wel mijn baan houden he. de baas weet precies wie wat zegt hier": a worry about what
  // telling costs the writer, stated with no question of its own right after the writer's own
  // question, goes on from it just as well. (Other words of worry in a story line, "ze zegt alleen
  // 'no police'", are the story's.)
  const afterOwnQuestion = !u.mixedWith && before.asked === true;
  const goesOn =
    afterOwnQuestion &&
    (continuesTheTurnBefore(text) ||
      (u.questions.length === 0 &&
        !asksSomething(text) &&
        statedWorries(text, true).some((t) => t === 'consequences' || t === 'anonymity')));
  // Words in a language the question model does not read ("als ik politie ga… الشرطة"): their plain cues.
  // Asking to write in one's own language ("can I write Polish?") asks for a person who speaks it.
  // Worries stated beside a question ("zij wil geen politie", "I'd rather not get fired") are answered too.
  const cued = u.mixedWith
    ? otherLanguageQuestions(text)
    : [
        ...(asksForOwnLanguage(text) ? (['counsellor'] as const) : []),
        ...statedWorries(text, u.questions.length > 0 || goesOn),
        ...(goesOn && retaliationFeared(text) ? (['anonymity'] as const) : []),
      ];
  // A question the model reads for one topic may ask a second in words it was not trained on
  // ("komt dat in een politiesysteem?"): the plain cues of the sentences that ask fill up the answers.
  const alsoCued = u.mixedWith ? [] : askedCueTopics(text);
  // "Oleksandr vraagt of hij zijn geld nog krijgt", "she wants to know if it is anonymous": a
  // question of someone else's, relayed by the writer, is asked all the same; its words are read as
  // a question's.
  if (!u.mixedWith) for (const relayed of reportedClauses(text)) alsoCued.push(...cuedTopics(`${relayed.words}?`));
  // "Is dat strafbaar?" from a writer telling about their own deeds: will I be punished. A writer
  // who says it is their own deed ("ik geef alleen mn pas") is asking it whoever the story is about.
  const ownDeed =
    role !== 'other' && role !== 'professional' ? punishableAskedOfWriter(text) : punishableAskedOfWriter(text, { said: true });
  if (!u.mixedWith && ownDeed) alsoCued.push('consequences');
  // "Is that illegal for the students who do it?", "heb ik toen iets strafbaars gedaan?": punishable
  // for a person named, or the writer's own past deed: whether they will be punished, whoever it is.
  const punishableForSomeone = !u.mixedWith && punishableForAPerson(text);
  if (punishableForSomeone) alsoCued.push('consequences');
  // "Is it true? If he go to hospital they call police?" after "boss say … he go to jail and all of us
  // lose job": a message that opens by asking whether what was told before is so asks about the
  // consequences that message named, however it goes on.
  if (!u.mixedWith && pointsBackFirst(text) && (before.consequences ?? []).length > 0) alsoCued.push('consequences');
  // "Zit ik hier goed?", "am I in the right place?": the dialog says what this chat is for. What the
  // model reads from such a sentence (privacy, is this trafficking) is a misreading (its training
  // text labels it with no topic); only a topic the plain cues find beside it is asked.
  const onlyThePlace = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => doubtsThePlace(s));
  // "Is het niet overdreven om 112 te bellen?": whether to call 112 now, the police question; what
  // the model reads beside it from such a sentence (is this trafficking?) is not asked.
  const only112 = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => ASKS_ABOUT_112.test(s));
  // "Wat kan ik als beveiliging nou doen behalve ze eruit zetten?": asking only what to do, which the
  // guidance (or after it a short answer of its own) answers; a topic the model reads beside it that
  // no words of the message bear out (a person to talk to, what telling costs) is not asked (round 41).
  const onlyWhatToDo = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => whatToDoAsked(s));
  // "Hoeveel kost een advocaat voor die mannen?": only a price asked, which no answer of ours gives
  // (the line that says so comes instead); the model's topic from the other words is not asked.
  const onlyPrice = !u.mixedWith && askingSentences(text).length > 0 && askingSentences(text).every((s) => priceAsked(s));
  const modelRead =
    only112 || onlyWhatToDo || onlyPrice
      ? u.questions.filter((t) => (only112 && t === 'police') || askedCueTopics(text).includes(t))
      : u.questions;
  // "Moet ik haar laptop bewaren?": keeping what may be evidence is a question for the police; the
  // model and the privacy cue read "bewaren" as what this chat stores.
  const evidence = !u.mixedWith && evidenceKeptAsked(text);
  // "Should I tell her parents?": whether to tell someone around the person is the question (privacy,
  // below); the model's anonymity from its words ("tell", "know") is not asked unless words ask it.
  const tellingOnly =
    !u.mixedWith &&
    toldToOthersAsked(text) === 'writer' &&
    !askedCueTopics(text).includes('anonymity') &&
    !statedWorries(text, true).includes('anonymity');
  // "Ik ben bang dat ze uit ons gezin gehaald wordt. Gebeurt dat als jullie dit weten?": an outcome
  // feared and asked about is what telling would bring; the model reads "als jullie dit weten" as
  // what this chat keeps.
  const feared = !u.mixedWith && fearedOutcomeAsked(text);
  // "Why do you need my city?": why we ask what we asked (whyWeAsk.ts), a question of privacy; staying
  // unknown the model reads in such words is not asked unless words of the message ask it.
  const whyWeAsk = !u.mixedWith && whyWeAskAsked(text);
  const read = [...new Set([...(onlyThePlace ? [] : modelRead), ...cued])].filter(
    (t) =>
      !(whyWeAsk && t === 'anonymity' && !askedCueTopics(text).includes('anonymity')) &&
      !(evidence && t === 'privacy') &&
      !(tellingOnly && t === 'anonymity') &&
      !(feared && t === 'privacy' && !askedCueTopics(text).includes('privacy')),
  );
  if (feared && !read.includes('consequences')) read.push('consequences');
  // "Is that illegal?": whether what is done is against the law, a judgement of the case; the model
  // reads a consequence in "illegal" (a stay, a punishment) that no other word of the message names.
  if (!u.mixedWith && whetherIllegalAsked(text)) {
    if (!read.includes('is_it_trafficking')) read.unshift('is_it_trafficking');
    const namesConsequence = consequencesAsked(text).length > 0 || askedCueTopics(text).includes('consequences') || punishableForSomeone;
    if (!namesConsequence && read.includes('consequences')) read.splice(read.indexOf('consequences'), 1);
  }
  if (evidence && !read.includes('police')) read.push('police');
  // A professional's duty of confidentiality asks both whether what they tell stays with us (privacy)
  // and whether they may report without getting into trouble (consequences): the writers of the
  // conversation sets label it either way. The other half fills a place left over, never pushing
  // out a question read from the words.
  // Asked with another topic read ("mag ik dan wel iets melden?" read as anonymity), the duty is still
  // what is asked about: the privacy answer for it (advice without a name) comes too.
  if (!u.mixedWith && secrecyAsked(text) && (read.includes('privacy') || read.includes('consequences'))) {
    alsoCued.push(read.includes('privacy') ? 'consequences' : 'privacy');
  } else if (!u.mixedWith && secrecyAsked(text) && askingSentences(text).length > 0) alsoCued.push('privacy', 'consequences');
  // "Can I report this without breaking my NDA?": secrecy signed for at work, asked about, is whether
  // they may tell at all (privacy, its own answer); the model reads staying unknown in such words.
  if (!u.mixedWith && !read.includes('privacy') && contractSecrecyAsked(text) && askingSentences(text).length > 0) alsoCued.push('privacy');
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
  // "Can you tell me what happens with her after this? She's scared about her visa": what follows a
  // report, with a consequence asked or feared beside it, asks what the report would cost too. (A
  // consequence word of the story alone, "he keeps their papers", is not a fear; nor is an authority
  // asked about as where this chat goes, "does it go to the IND?", read as privacy.)
  else if (
    !u.mixedWith &&
    read.includes('after_report') &&
    !read.includes('consequences') &&
    !read.includes('privacy') &&
    consequenceFeared(text)
  )
    alsoCued.push('consequences');
  // "Als ik meld, raak ik dan mijn werk kwijt?", "if we report it, does she get sent home?": what a
  // report brings is asked together with what happens after one; the writers of the conversation
  // sets ask both answers of it.
  // "Dat is toch niet normaal voor een jongen van 14?": whether it is exploitation, and its signs.
  // The signs are for recognising it in someone else: a writer telling their own story (or whose
  // role is not known yet) is told whether it may be exploitation, not what to look out for.
  if (!u.mixedWith && normalAsked(text))
    alsoCued.push('is_it_trafficking', ...(role === 'other' || role === 'professional' ? (['signals'] as const) : []));
  // "Is this safe?", "klinkt te mooi?", "moet ik me zorgen maken?", "wie heeft gelijk?", "valt zoiets
  // onder jullie?": the writer asks us to judge what they told, in words that name no category;
  // a counsellor answers it as whether it may be exploitation (src/triage/situationJudged, round 43).
  if (!u.mixedWith && !read.includes('is_it_trafficking') && situationJudged(text)) alsoCued.push('is_it_trafficking');
  // "…staan ze dan morgen bij hem op het erf? En bij mij?": what telling brings, asked of the writer too.
  if (
    !u.mixedWith &&
    read.length + alsoCued.length > 0 &&
    !read.includes('consequences') &&
    !alsoCued.includes('consequences') &&
    askedOfTheWriterToo(text)
  )
    alsoCued.push('consequences');
  // "Als ik aangifte doe, krijgen die gasten dan mijn naam en adres te zien?": besides staying
  // anonymous, what a report to the police keeps of the writer (privacy, its own answer).
  if (!u.mixedWith && !read.includes('privacy') && detailsSeenInReportAsked(text)) alsoCued.push('privacy');
  // "Moet de school het weten?", "mogen wij als school de ouders erbuiten laten?": whether to tell
  // someone around the person, read from the clause that asks (src/triage/toldToOthers), is a
  // question of privacy with an answer of its own. (Someone in the writer's life hearing of it by the
  // report, "will my employer hear about this?", the writers of the sets read as anonymity.)
  if (!u.mixedWith && !read.includes('privacy') && toldToOthersAsked(text) === 'writer') alsoCued.push('privacy');
  if (whyWeAsk && !read.includes('privacy')) alsoCued.push('privacy');
  // "Can I ask something and my boss not know?": staying unknown to the one the writer depends on.
  if (!u.mixedWith && !read.includes('anonymity') && keptFromTheirBoss(text)) alsoCued.push('anonymity');
  // "can I ask something here without my teacher finding out", "zonder dat het naar me ouders gaat",
  // "mag ik voor haar melden zonder dat zij het weet?": whether it reaches someone, whoever they are,
  // read from the clause's shape. Where nothing else read staying unknown, it is what we tell (privacy).
  const keptAsked = [...read, ...alsoCued].some((t) => t === 'anonymity' || t === 'privacy');
  if (!u.mixedWith && !keptAsked && keptFromSomeone(text)) alsoCued.push('privacy');
  // A clause that asks or fears an outcome befalling someone ("ik wil niet dat meneer zonder zorg
  // zit", "of komen die jongens dan mijn zaak kapot maken?", "hij vraagt of hij zijn geld nog
  // krijgt"), read by its structure where neither the model nor the cues read a topic: what telling
  // would bring.
  if (!u.mixedWith && !read.includes('consequences') && !alsoCued.includes('consequences') && outcomeAsked(text))
    alsoCued.push('consequences');
  // "Wat doet de politie met zulke kinderen als ze ze pakken?": what befalls the people of the story.
  if (!u.mixedWith && !read.includes('consequences') && !alsoCued.includes('consequences') && policeDealingAsked(text))
    alsoCued.push('consequences');
  if (!u.mixedWith && (read.includes('consequences') || alsoCued.includes('consequences')) && askedUnderReport(text))
    alsoCued.push('after_report');
  const topics = topicsToAnswer(read, text, read, evidence ? alsoCued.filter((t) => t !== 'privacy') : alsoCued);
  // "Ik bel 112 nu. Wat moet ik zeggen?", "toen zei de politie dat ze niks konden doen. Kunnen ze echt
  // niks doen?": a question that names no topic of its own asks about the police the message names.
  if (!u.mixedWith && topics.length === 0 && asksBackAboutThePolice(text)) return ['police'];
  return topics;
}
