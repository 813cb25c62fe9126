import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import {
  CONSEQUENCES_ASKED_AGAIN,
  PERSONAL_CONSEQUENCES,
  consequenceIsSomeoneElses,
  consequencesAsked,
  evidenceKeptAsked,
  proofAsked,
  secrecyAsked,
  contractSecrecyAsked,
} from '../src/triage/ownQuestions';
import type { Consequence } from '../src/triage/ownQuestions';
import { callingUnsafe, policeForWriterAsked, whatToSayAsked } from '../src/triage/callingNow';
import { harmToWriterFeared, outcomeOfSomeoneElse } from '../src/triage/outcomeClauses';
import { keptFromSomeone, keptFromThePersonReportedFor, toldToOthersAsked } from '../src/triage/toldToOthers';
import {
  consequenceAskedOfSomeoneElse,
  detailsSeenInReportAsked,
  familyToldAsked,
  fearedOutcomeOfSomeoneElse,
  helplineTellsAsked,
  shareOthersDetailsAsked,
  shelterAsked,
  tellOthersAsked,
} from '../src/triage/questionCues';
import { guidanceForm, type TriageSummary } from '../src/triage/summary';
import { whyWeAskAsked } from '../src/triage/whyWeAsk';
import type { QuestionTopic } from '../src/understanding/understanding';
import { signalsActivity } from './guidance';
import type { Replies } from './replies';
import type { RetentionFacts } from './welcome';
import { retentionParams } from './welcome';

/**
 * The answer to one of the citizen's own questions, in their language. `counsellor` is not here:
 * asking for a person puts the chat in the counsellor queue (the desk answers).
 */
export function ownAnswer(
  replies: Replies,
  locale: Locale,
  topic: Exclude<QuestionTopic, 'counsellor'>,
  context: {
    text: string;
    summary: TriageSummary;
    retention: RetentionFacts;
    again?: boolean;
    /** The shorter answer was given too: asked a third time, a third wording, not the same bubble again. */
    third?: boolean;
    /** The third wording was given too: asked a fourth time, no wording has helped; a person is offered. */
    fourth?: boolean;
    /** The consequences answered before in this conversation (the keys `consequenceKeys` gives). */
    consequencesSaid?: readonly string[];
    dangerNow?: boolean;
    /** Danger told in this conversation and not denied since. */
    dangerInView?: boolean;
    /** The danger in view is thoughts of suicide alone, with no danger from others read (the bot's DangerView.onlySuicidal). */
    onlySuicidal?: boolean;
    /**
     * More than one question is answered in this turn: each answer in one or two sentences with the
     * fact that matters (ownQuestionsShort), where such a wording exists, so the turn stays short.
     */
    short?: boolean;
    /** Staying anonymous and what becomes of this chat are both asked in this turn: one answer for both. */
    privacyWithAnonymity?: boolean;
  },
): Partial<Activity>[] {
  // The shorter wording of an answer, when the turn answers more than one question and there is one.
  const worded = (key: string): string => {
    const shorter = key.replace(/^ownQuestions\./, 'ownQuestionsShort.');
    return context.short === true && replies.has(locale, shorter) ? shorter : key;
  };
  // Danger in this message, or told before and not denied since: "can you call the police for me?",
  // "is 112 not overdone?" is answered with 112 now, which the citizen must call themselves (the bot
  // cannot), not with the route for later, unless they ask about later ("moet ik later ook nog…").
  const dangerNow = context.dangerNow === true || (context.dangerInView === true && !LATER_ASKED.test(context.text));
  // With thoughts of suicide alone in view the police are not the help: 113 is, and 112 only for
  // a life in danger right now ("moet ik de politie bellen?" after "ik wil er niet meer zijn").
  if (topic === 'police' && dangerNow && context.onlySuicidal === true)
    return [replies.text(locale, context.again ? 'ownQuestionsAgain.policeSuicidal' : 'ownQuestions.policeSuicidal')];
  // "Moet ik haar laptop bewaren?": what to keep for the police, with danger in view or not (the
  // danger lines of the turn say 112).
  if (topic === 'police' && evidenceKeptAsked(context.text)) return [replies.text(locale, 'ownQuestions.policeEvidence')];
  // With danger in view the question itself is answered beside the 112 of the turn (round 42):
  // whether the police come for the writer too (victims get protection, not treated as the
  // offender), what to tell them, what to do when calling is not safe.
  if (topic === 'police' && dangerNow && policeForWriterAsked(context.text)) return [replies.text(locale, 'ownQuestions.policeForMe')];
  if (topic === 'police' && whatToSayAsked(context.text)) return [replies.text(locale, 'ownQuestions.policeWhatToSay')];
  if (topic === 'police' && dangerNow && callingUnsafe(context.text)) return [replies.text(locale, 'ownQuestions.policeNowUnsafe')];
  // Asked again with danger still in view: 112 again, in fewer words than the first time.
  if (topic === 'police' && dangerNow)
    return [replies.text(locale, context.again ? 'ownQuestionsAgain.policeNow' : 'ownQuestions.policeNow')];
  // Asked once more after every wording was given (three for the topics with a third one, two for
  // the police and privacy): another wording would not help either; a counsellor can go into the
  // writer's own situation.
  const wordingsUsed = THIRD.has(topic) ? context.fourth === true : (AGAIN.has(topic) || topic === 'privacy') && context.third === true;
  // A consequence not answered before ("and my job?" after the permit) is a new question, not a repeat.
  const newConsequence =
    topic === 'consequences' && consequenceKeys(context.text).some((k) => !(context.consequencesSaid ?? []).includes(k));
  if (context.again && wordingsUsed && !newConsequence) return [replies.text(locale, 'ownQuestionsFourth')];
  // Asked again: the first answer word for word would not help; a shorter one that adds something does.
  if (context.again && AGAIN.has(topic) && (topic !== 'consequences' || generalConsequence(context.text))) {
    return [replies.text(locale, context.third && THIRD.has(topic) ? `ownQuestionsThird.${topic}` : `ownQuestionsAgain.${topic}`)];
  }
  // "Is dit anoniem en wat gebeurt er met mijn gegevens?": whether one can stay unknown and what
  // becomes of the chat are one worry; a counsellor answers them together, once (the dialog drops
  // the same bubble a second time). Not when the privacy question is a particular one (the family,
  // a contract, a report's file), which has its own answer.
  if (
    (topic === 'privacy' || topic === 'anonymity') &&
    context.privacyWithAnonymity === true &&
    !context.again &&
    privacyKey(context.text, false) === 'ownQuestions.privacy.general'
  )
    return [replies.text(locale, 'ownQuestionsShort.privacyAnonymity', retentionParams(context.retention))];
  switch (topic) {
    case 'signals': {
      return [signalsActivity(replies, locale, guidanceForm(context.summary))];
    }
    case 'is_it_trafficking': {
      const general = replies.text(locale, worded('ownQuestions.is_it_trafficking.general'));
      if (context.summary.form === 'unknown') return [general];
      // Short: the one fact that matters, what the story fits, in one sentence.
      if (context.short === true)
        return [
          replies.text(locale, worded('ownQuestions.is_it_trafficking.fits'), {
            form: replies.t(locale, `formNames.${context.summary.form}`),
          }),
        ];
      // One answer in one message: what the story fits belongs to it, and a message of its own would
      // stand between this answer and the next one asked in the same turn.
      const form = replies.t(locale, `formNames.${context.summary.form}`);
      return [{ ...general, text: `${general.text ?? ''}\n\n${replies.t(locale, 'ownQuestions.is_it_trafficking.fits', { form })}` }];
    }
    case 'after_report': {
      // "Kunnen jullie zorgen dat er opvang is?": where the person can sleep, not the steps of a report.
      if (shelterAsked(context.text)) return [replies.text(locale, 'ownQuestions.after_report.shelter')];
      const general = replies.text(locale, worded('ownQuestions.after_report.general'));
      // "Do I need proof?" first: what holds someone back from telling is having to be sure.
      if (!proofAsked(context.text)) return [general];
      return [{ ...general, text: `${replies.t(locale, 'ownQuestions.after_report.proof')}\n\n${general.text ?? ''}` }];
    }
    case 'consequences': {
      const named = consequenceKeys(context.text);
      // The same consequence asked again ("so I lose my permit?"): its answer stands above; the
      // short one says what can be done, a consequence not answered before gets its own answer.
      const said = context.consequencesSaid ?? [];
      const keys = named.filter((k) => !said.includes(k));
      // The writer's own consequence asked again ("so they send me back?"): once more, in fewer words
      // and with what to do about it now; only after that the short answer for every consequence.
      const again = againKeys(named, said);
      if (named.length > 0 && keys.length === 0 && again.length > 0) {
        const text = again.map((k) => replies.t(locale, `ownQuestions.consequences.${k}`)).join('\n\n');
        return [{ ...replies.text(locale, 'ownQuestions.consequences.general'), text }];
      }
      if (named.length > 0 && keys.length === 0) return [replies.text(locale, 'ownQuestionsAgain.consequences')];
      // "Wat gebeurt er met hem als ik dit meld?", "ik wil niet dat meneer zonder zorg zit": no named
      // consequence, asked or feared about someone else.
      if (keys.length === 0)
        return [
          replies.text(
            locale,
            worded(
              consequenceAskedOfSomeoneElse(context.text) || outcomeOfSomeoneElse(context.text) || fearedOutcomeOfSomeoneElse(context.text)
                ? 'ownQuestions.consequences.generalOther'
                : 'ownQuestions.consequences.general',
            ),
          ),
        ];
      const text = keys.map((k) => replies.t(locale, worded(`ownQuestions.consequences.${k}`))).join('\n\n');
      return [{ ...replies.text(locale, 'ownQuestions.consequences.general'), text }];
    }
    case 'privacy': {
      return [replies.text(locale, worded(privacyKey(context.text, context.again === true)), retentionParams(context.retention))];
    }
    default:
      return [replies.text(locale, worded(`ownQuestions.${topic}`), retentionParams(context.retention))];
  }
}

/** The answer to a question about privacy: a particular one (the family, a contract, a report's file…) or the general one. */
function privacyKey(text: string, again: boolean): string {
  // A professional asking about their duty of confidentiality needs advice without a name, not our
  // retention; a citizen asking whether their family hears of this, who reads and who is called.
  // Whether to tell the person's parents or employer: their safety first, talked over first.
  // Someone in their life the helpline might tell (the boss, the owner, a partner) is not the family;
  // another person's details to pass on (a name, a number plate) are not the writer's own data;
  // the other side reading the writer's details in a report to the police has its own answer.
  // Read from the clause's structure where the cues read none of these: whether the school, the
  // parents or the employer must be told (the writer's choice), or hear of it by the report.
  const teller = toldToOthersAsked(text);
  const key = contractSecrecyAsked(text)
    ? 'ownQuestions.privacy.contract'
    : secrecyAsked(text)
      ? 'ownQuestions.privacy.secrecy'
      : detailsSeenInReportAsked(text)
        ? 'ownQuestions.privacy.reportData'
        : shareOthersDetailsAsked(text)
          ? 'ownQuestions.privacy.shareOthers'
          : // "Why do you need my city?": why we ask, that it may be left unsaid, who reads it (once; asked again, the short general answer).
            whyWeAskAsked(text) && !again
            ? 'ownQuestions.privacy.whyAsked'
            : tellOthersAsked(text)
              ? 'ownQuestions.privacy.tellOthers'
              : helplineTellsAsked(text)
                ? 'ownQuestions.privacy.told'
                : familyToldAsked(text)
                  ? 'ownQuestions.privacy.family'
                  : // Kept from the one reported for: whether to tell her is the question; from anyone else: whether we tell them.
                    keptFromThePersonReportedFor(text)
                    ? 'ownQuestions.privacy.tellOthers'
                    : keptFromSomeone(text)
                      ? 'ownQuestions.privacy.told'
                      : teller === 'writer'
                        ? 'ownQuestions.privacy.tellOthers'
                        : teller === 'report'
                          ? 'ownQuestions.privacy.told'
                          : // Asked again in general words: the whole answer once more would be the same bubble.
                            again
                            ? 'ownQuestions.privacy.again'
                            : 'ownQuestions.privacy.general';
  return key;
}
/**
 * The consequences a question names, as the keys of their answers: "Krijgt zij straf?" speaks of that
 * person (`punishedOther`), not of "ik"; a professional's duty of confidentiality is `secrecy` (may I
 * report without consent); harm feared for telling is `harm`.
 */
export function consequenceKeys(text: string): string[] {
  const asked = consequencesAsked(text);
  const key = (c: (typeof asked)[number]): string =>
    PERSONAL_CONSEQUENCES.includes(c) && consequenceIsSomeoneElses(text, c) ? `${c}Other` : c;
  const keys = [...(secrecyAsked(text) ? ['secrecy'] : []), ...asked.map(key)];
  // "Komen die jongens dan mijn zaak kapot maken?": harm done to the writer for telling, with no
  // consequence named, is answered with how to stay unknown, not with "asking has no consequences".
  return keys.length === 0 && harmToWriterFeared(text) ? ['harm'] : keys;
}

/**
 * The second answers due for consequences asked again: the writer's own ones (not someone else's, not
 * a duty of confidentiality) answered before whose second answer was not given yet.
 */
function againKeys(named: readonly string[], said: readonly string[]): string[] {
  return named
    .filter((k): k is Consequence => (CONSEQUENCES_ASKED_AGAIN as readonly string[]).includes(k))
    .filter((k) => said.includes(k) && !said.includes(`${k}Again`))
    .map((k) => `${k}Again`);
}

/**
 * The keys of the consequences answered by this message, to keep for the conversation: those answered
 * for the first time, and the second answers of those asked again (see `againKeys`).
 */
export function consequenceKeysSaid(text: string, said: readonly string[]): string[] {
  const named = consequenceKeys(text);
  return named.some((k) => !said.includes(k)) ? named : againKeys(named, said);
}

/** The consequences said in the conversation after this message answered: those before and those it said (`consequenceKeysSaid`). */
export function consequencesSaidAfter(text: string, said: readonly string[]): string[] {
  return [...new Set([...said, ...consequenceKeysSaid(text, said)])];
}

/** Asking about what comes after ("later", "morgen", "afterwards"): not about calling now. */
const LATER_ASKED = /\b(?:later|daarna|achteraf|na afloop|morgen|volgende week|afterwards|after that|tomorrow|next week|eventually)\b/i;

/** Topics with a second answer for when they are asked again. */
const AGAIN: ReadonlySet<QuestionTopic> = new Set(['after_report', 'anonymity', 'police', 'is_it_trafficking', 'consequences', 'signals']);

/** Topics with a third wording, for when the shorter answer was given already. */
const THIRD: ReadonlySet<QuestionTopic> = new Set(['after_report', 'anonymity', 'is_it_trafficking', 'consequences', 'signals']);

/** A consequence asked without naming one (job, permit, debt…) or a duty of confidentiality: the general answer. */
function generalConsequence(text: string): boolean {
  // (An outcome feared for someone else, "bang dat ze uit huis geplaatst wordt. Gebeurt dat?", gets
  // its own answer about that person, also when the writer's own consequences were answered before.)
  return consequenceKeys(text).length === 0 && !consequenceAskedOfSomeoneElse(text) && !fearedOutcomeOfSomeoneElse(text);
}

/**
 * The answers to a question asked in a language the bot cannot chat in: each topic once, in
 * English and then Dutch in one message, so the citizen (or whoever translates for them) reads
 * both. Asking for a person gets the phone line, where an interpreter can be arranged.
 */
export function bilingualAnswers(
  replies: Replies,
  topics: readonly QuestionTopic[],
  context: {
    text: string;
    summary: TriageSummary;
    retention: RetentionFacts;
    dangerNow?: boolean;
    /** Topics answered before in this conversation: asked again, the shorter answer that adds something. */
    answered?: readonly QuestionTopic[];
    /** The consequences answered before in this conversation (`consequenceKeys`): named again, the answer that adds something. */
    consequencesSaid?: readonly string[];
  },
): Partial<Activity>[] {
  // Every answer is said twice (English, then Dutch): two or more questions in one message get the
  // short wordings, as in a Dutch or English turn (round 48), or the turn no longer fits a phone
  // screen before the interpreter line; anonymity and what becomes of the chat asked together get
  // their one joint answer, once.
  const short = topics.filter((t) => t !== 'counsellor').length > 1;
  const privacyWithAnonymity = topics.includes('privacy') && topics.includes('anonymity');
  const answers: Partial<Activity>[] = [];
  for (const topic of topics) {
    const again = context.answered?.includes(topic) === true;
    const [en, nl] = (['en', 'nl'] as const).map((locale) =>
      topic === 'counsellor'
        ? [replies.text(locale, again ? 'ownQuestionsAgain.counsellor' : 'ownQuestions.counsellor')]
        : ownAnswer(replies, locale, topic, { ...context, again, short, privacyWithAnonymity }),
    );
    const text = [...en!, ...nl!].map((a) => a.text ?? '').join('\n\n');
    if (!answers.some((a) => a.text === text)) answers.push({ ...en![0], text });
  }
  return answers;
}
