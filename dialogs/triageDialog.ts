import { Dialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import { awaitedFact, minorGuessedOnly, minorTold, nextQuestion, YES_NO_FACTS } from '../src/triage/questionPolicy';
import type { Phase, Question, StoryPointers, YesNoFact } from '../src/triage/questionPolicy';
import { askedCueTopics, asksSomething, cuedTopics, doubtsThePlace } from '../src/triage/questionCues';
import { callingUnsafe } from '../src/triage/callingNow';
import { SUICIDE_TOLD_AWAY } from '../src/safety/screen';
import {
  asksDangerQuestion,
  dangerSituations,
  onlyWhoOrWhere,
  saysNoDangerNow,
  tellsSafeNow,
  tellsWhoOrWhere,
} from '../src/triage/dangerQuestion';
import { lostContactAfterCall, tellsOfGroup } from '../src/triage/situation';
import { consequencesAsked } from '../src/triage/ownQuestions';
import { questionsToAnswer, type TurnBefore } from '../src/triage/questionsToAnswer';
import { questionPutToTheHelpline, whatToDoAsked } from '../src/triage/questionWithoutAnswer';
import { pointsToChild } from '../src/triage/childInStory';
import { ageSaidInOtherWords } from '../src/triage/ageSaid';
import { cueReading } from '../src/triage/cueMemo';
import { referralsFor, type Referral } from '../src/triage/nextSteps';
import { addWorkFacts, tellsOfWork, type WorkTold } from '../src/triage/workStory';
import { guidanceForm, mergeUnderstood, recordAnswer, rememberFacts } from '../src/triage/summary';
import type { TriageSummary } from '../src/triage/summary';
import { factsInStory, minorPointedNotTold } from '../src/triage/factsInStory';
import { tellsOfAdultsSchool, tellsOfChildrensSchool } from '../src/triage/minorEvidence';
import { addReading, emptyTally, roleForTexts, roleOfConversation, type RoleTally } from '../src/triage/conversationRole';
import { normaliseText } from '../src/safety/normalise';
import { FROM_SOMEWHERE, VOLUNTEER } from '../src/nlu/facts/writerRole';
import { isAcute, type QuestionTopic, type ToldFacts, type Understanding } from '../src/understanding/understanding';
import { describesConcern, roleAnswer, saysUnsure, yesNoAnswer } from './answers';
import { saidExactly, type Said } from './commands';
import { guidanceActivities, routesActivity, signalsActivity } from './guidance';
import { HelplineDialog } from './helplineDialog';
import { consequencesSaidAfter, ownAnswer } from './ownAnswers';
import type { Replies } from './replies';
import type { CounsellorDesk } from './counsellorDesk';
import type { TriageAccess } from './triageAccess';
import { saidIn, turnFacts } from './turn';
import type { RetentionFacts } from './welcome';
import { letterWordCount } from '../src/nlu/text/letterWords';

export const TRIAGE_DIALOG = 'triageDialog';
const STORY = 'story';

/** Where the conversation is: before the worry is told, after it, after the guidance. */
type Stage = 'opening' | 'story' | 'guided';
type Pending = Question | 'dangerNow';

interface Prompt {
  key: string;
  choices: string[];
}

interface StoryState {
  stage: Stage;
  /** Bot turns since the citizen described the worry: guidance comes by the second. */
  turnsSinceWorry: number;
  /** Follow-up questions asked so far (at most two in a conversation). */
  asked: Question[];
  /** What the last bot turn asked, read as the answer to the next message. */
  pending: Pending | null;
  /** The last question, asked again after an interruption ("politie", "privacy"). */
  prompt: Prompt | null;
  /** The bot said hello back once: a second "hallo" (or a message the model takes for one) is not greeted again. */
  greeted?: boolean;
  /** The story is about a group ("12 arbeiders", "the girls"): the follow-up questions ask in the plural. */
  group?: boolean;
  /** Someone asked the writer for help and cannot be reached: the guidance is 112 and the police, not signals. */
  lostContact?: boolean;
  /** The citizen's own questions answered so far: asked again, they get a shorter answer that adds something. */
  answered?: QuestionTopic[];
  /** Those answered twice (the shorter answer given too): asked again, a third wording, then round again. */
  answeredTwice?: QuestionTopic[];
  /** Those given the third wording too: asked once more, a person is offered (no answer helped), then round again. */
  answeredThrice?: QuestionTopic[];
  /** The consequences answered so far (job, permit, debt…): the same one asked again gets the short answer. */
  consequencesSaid?: string[];
  /** The routes named so far in this conversation: named again, they are pointed back to, not listed. */
  routesNamed?: Referral[];
  /** The routes were pointed back to once: not again at every turn. */
  pointedBack?: boolean;
  /** What the conversation told of work so far (src/triage/workStory.ts): the labour routes for a story about work. */
  work?: WorkTold;
  /**
   * Danger was told in this conversation and not denied since ("nee" to "is anyone in danger right
   * now?"): asking whether to call the police or 112 is answered with "call 112 now".
   */
  dangerInView?: boolean;
  /** The direct danger question was asked (asked again, it has other words). */
  dangerAsked?: boolean;
  /** The danger score of the message the direct question was first asked about: asked again only for a higher one. */
  dangerAskedAt?: number;
  /** Citizen messages this dialog has read, this one included. */
  messages?: number;
  /** The citizen said no one is in danger now: the direct question is asked again only for a danger not told before. */
  dangerDenied?: boolean;
  /** "She is safe now" told in the story: as a "no" to the direct question. */
  safeTold?: boolean;
  /** 113 was named for thoughts of suicide told away (the past, in care): once in a conversation. */
  suicideEarlierSaid?: boolean;
  /** The danger situations the screen read in the conversation so far (for "a danger not told before"). */
  situationsTold?: string[];
  /** The writer said they help as a volunteer ("ik ben vrijwilliger bij de voedselbank"): no Meldcode. */
  volunteer?: boolean;
  /** The closing lines said so far (each once: the same closer at every turn reads as a form). */
  closers?: string[];
  /** The warm close was said: a second thanks gets a short "you're welcome". */
  closed?: boolean;
  /** The forms whose list of signals was said in this conversation: not read out again with the guidance. */
  signalsSaid?: TriageSummary['form'][];
  /** What the messages so far showed of who writes (src/triage/conversationRole.ts). */
  roleTally?: RoleTally;
  /**
   * What the citizen's message before this one asked and named (topics and consequence keys, never
   * the words): a message that goes on from it is read with it (src/triage/questionsToAnswer.ts).
   */
  before?: TurnBefore;
  /** A school, a class or a young writer's words about a peer were told: questions for an adult wait for the age. */
  childPointed?: boolean;
  /** The story's school is one for adults (a language school, a university): no school route for a child. */
  adultsSchool?: boolean;
  /** The story named a school for children (a vmbo, a primary school): its pupils named later are children. */
  childrensSchool?: boolean;
  /** A question with no answer in the catalogue was met with the honest line: the next one gets it in fewer words. */
  unknownSaid?: boolean;
  /** "What can I do?" was answered after the guidance: asked again, the answer in fewer words. */
  whatToDoSaid?: boolean;
  /** An age was said as a guess or hearsay ("about 22", "22 zei ze"; src/triage/ageSaid.ts): the age is not asked. */
  ageSaid?: boolean;
}

/**
 * What the bot says at the end of a turn after the guidance, each once and in this order: what the
 * citizen wants to do now (with the next steps as buttons), whether there is anything else. A turn
 * that has nothing else to say gets the next one still unsaid, or a short "thank you".
 */
const CLOSERS = ['triage.nextQuestion', 'triage.anythingElse', 'triage.listening'] as const;

const YES_NO = ['answers.yes', 'answers.no', 'answers.unknown'];
const NEXT_STEPS = ['choices.counsellor', 'answers.police', 'answers.anonymous', 'answers.restart', 'answers.stop'];
const CHOICES: Partial<Record<Question, string[]>> = {
  more: [],
  age: ['answers.under18', 'answers.adult', 'answers.unknown'],
  aboutWhom: ['answers.aboutMe', 'answers.aboutOther', 'answers.forWork'],
};

/**
 * A person named ("my neighbour"), or a message long enough to be about something ("hello, english
 * ok? I am truck driver", "ik weet niet of ik hier goed zit"): not a greeting, a choice of role
 * ("it is for my work") or one short question about us. Whoever starts to tell has started: the story that
 * follows gets the guidance, not one more question first.
 */
function pointsAtSituation(told: Partial<ToldFacts>, text: string): boolean {
  // The writer saying who they are ("goedenavond, ik ben taxichauffeur", "I'm a conductor on the
  // train") has started: what they saw follows, and gets the guidance without one more question.
  if (told.relation || told.aboutWhom === 'professional' || INTRODUCES_WRITER.test(text)) return true;
  const words = letterWordCount(text);
  // A question about us ("can I stay anonymous here?") is not yet a situation; whether this is
  // exploitation or what to look for is asked about one ("vraagje, misschien overdrijf ik hoor").
  return words >= 9 || (words >= 6 && cuedTopics(text).every((t) => t === 'is_it_trafficking' || t === 'signals'));
}

/** The writer introducing themselves by their work: "ik ben postbezorger", "ik werk als nanny", "I am a train conductor". */
const INTRODUCES_WRITER =
  /(?:^|[.,!]\s*|\b(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good (?:morning|afternoon|evening))\b[\s,.!]*)(?:ik ben|ik werk als|ik zit in|i am|i'm|im|i work as) (?:een |a |an )?(?!bang|blij|benieuwd|afraid|scared|worried|not|niet|het|\d)\p{L}{4,}/iu;

/** Small talk: not a message that goes on with the worry. */
const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye']);

/** The list of signals of this form was said: not read out again with the guidance. */
function markSignalsSaid(state: StoryState, form: TriageSummary['form']): void {
  state.signalsSaid = [...new Set([...(state.signalsSaid ?? []), form])];
}

/**
 * A message that goes on after the worry was pointed at: a few words that neither ask something of
 * their own nor are small talk or an "ok" ("nee, niet acuut. ze was gisteren hier", "geen gevaar nee").
 */
function goesOn(u: Pick<Understanding, 'intent'>, text: string, topics: readonly QuestionTopic[]): boolean {
  return topics.length === 0 && !SMALL_TALK.has(u.intent) && letterWordCount(text) >= 3 && !doubtsThePlace(text);
}

/** The emergency number in the citizen's own words ("ok ik bel 112", "thanks, calling 112 now"). */
const NAMES_EMERGENCY = /\b112\b/;

/** Routes the danger reply names at the moment danger is told (112, 113). */
const ANSWERED_BY_DANGER_REPLY: ReadonlySet<Referral> = new Set(['emergency', 'suicide']);

/**
 * The follow-up questions with a wording for a writer whose role is not known yet (or only guessed:
 * roleForTexts); a minor's safety and school too, as a child writing and a worried adult ask them alike.
 */
const NEUTRAL_QUESTIONS: ReadonlySet<Question> = new Set([
  'age',
  'canLeave',
  'documentsHeld',
  'debts',
  'housingTiedToWork',
  'safeNow',
  'school',
]);

/** The follow-up questions with a plural wording for a group. */
const GROUP_QUESTIONS: ReadonlySet<Question> = new Set(['age', 'safeNow', 'canLeave', 'documentsHeld', 'debts', 'housingTiedToWork']);

const isYesNoFact = (q: Pending): q is YesNoFact => (YES_NO_FACTS as readonly string[]).includes(q);

/**
 * The conversation a counsellor would have, one turn at a time: the citizen's own question is
 * answered first; what the message told is remembered; at most two follow-up questions, only those
 * that fit the form, role and age, each answerable with a button or in free text; guidance and the
 * fitting next step by the second bot turn after the worry is told. The unsure band of the danger
 * screen gets one direct question. Danger (112, 113) is answered by the bot before this runs.
 */
class StoryDialog extends Dialog<object> {
  constructor(
    private readonly replies: Replies,
    private readonly retention: RetentionFacts,
    private readonly triage: TriageAccess,
    private readonly desk: CounsellorDesk,
  ) {
    super(STORY);
  }

  override async beginDialog(dc: DialogContext, options?: { commandOnly?: boolean }): Promise<DialogTurnResult> {
    const state: StoryState = { stage: 'opening', turnsSinceWorry: 0, asked: [], pending: null, prompt: null };
    dc.activeDialog!.state = state;
    if (options?.commandOnly) {
      // The first message was a request the base dialog answered: now the open question.
      await this.ask(dc, state, { key: 'welcome.question', choices: [] }, null);
      return Dialog.EndOfTurn;
    }
    return this.turn(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.turn(dc, dc.activeDialog!.state as StoryState);
  }

  override async repromptDialog(context: DialogContext['context'], instance: DialogInstance): Promise<void> {
    const state = instance.state as StoryState;
    if (state.prompt) await context.sendActivity(this.render(turnFacts(context).locale, state.prompt));
  }

  private async turn(dc: DialogContext, state: StoryState): Promise<DialogTurnResult> {
    const facts = turnFacts(dc.context);
    const { locale, text, understanding: u } = facts;
    // The message in plain words for the answer readings (the bot's, one a turn), and in lower case
    // without accents for the role tally and the school readings: each made once here.
    const said = saidIn(facts);
    const lowerText = normaliseText(text);
    const pending = state.pending;
    const before = await this.triage.get(dc.context);
    const out: Partial<Activity>[] = [];
    state.messages = (state.messages ?? 0) + 1;

    // What this message told, read as the answer to the last question where it is one.
    const told: Partial<ToldFacts> = { ...u.facts };
    if (pending === 'age') this.readAgeButtons(said, told);
    if (pending === 'aboutWhom') {
      const role = roleAnswer(this.replies, said);
      if (role) told.aboutWhom = role;
    }
    // "Ik ben loodgieter, …", "I work as a nanny": the writer saying who they are by their work tells
    // who writes, not yet whom the worry is about (what they saw at work, or what happens to them):
    // the story that follows tells the role. ("I am from Eritrea" is where they come from: their own.)
    if (before.role === null && told.aboutWhom === 'self' && INTRODUCES_WRITER.test(text) && !FROM_SOMEWHERE.test(text))
      delete told.aboutWhom;
    let summary = rememberFacts(
      mergeUnderstood(before, u),
      factsInStory(before, told, text, { childrensSchool: state.childrensSchool === true && before.role !== 'self' }),
    );
    const role = roleAnswer(this.replies, said);
    if (role) summary = { ...summary, role };
    // Who writes, weighed over the whole conversation: a later story corrects an early reading, and
    // one line of the writer speaking inside the story told does not turn it round.
    state.roleTally = addReading(state.roleTally ?? emptyTally(), {
      plain: lowerText,
      told,
      chosen: role,
      story: describesConcern(u, said),
      questions: u.questions,
    });
    summary = { ...summary, role: roleOfConversation(state.roleTally, before.role, summary.role) };
    // The texts are worded for a role only once a story or the writer's own words bear it out; a
    // guess from a first line gets the words that fit every writer (the summary keeps the guess).
    const textRole = roleForTexts(state.roleTally, summary.role);
    const worded = (s: TriageSummary): TriageSummary => (s.role === textRole ? s : { ...s, role: textRole });

    // The message's question cues in one memo (cueMemo.ts): these readings ask for the plain words of
    // the same sentences and clauses again and again; each stays a pure function of the text. The
    // question put to the helpline, further on, reads the same clauses in the same memo.
    const reading = cueReading();
    const cues = reading(() => ({
      asked: questionsToAnswer(u, text, summary.role, state.before ?? {}),
      consequences: consequencesAsked(text),
      work: addWorkFacts(state.work, text),
      group: tellsOfGroup(text),
      lostContactNow: lostContactAfterCall(text),
    }));
    const asked = cues.asked;
    state.before = { asked: asked.length > 0, consequences: cues.consequences };
    const describes = describesConcern(u, said);
    const dangerNow = isAcute(u.danger);
    // Danger in view: told now, or before and not denied since ("nee" to the direct question).
    if (dangerNow) state.dangerInView = true;
    else if (pending === 'dangerNow') {
      const answer = yesNoAnswer(this.replies, said, u);
      if (answer !== 'unknown') state.dangerInView = answer === 'yes';
      if (answer === 'no') state.dangerDenied = true;
    }
    // Calling told to be not safe or not possible while danger is in view, beside a question or a
    // call for what to do ("moet ik echt bellen? ik ben bang dat ze t horen", "I can not call, only
    // write here. what I do"): the question is about calling 112, and what can be done when calling
    // is not safe is its answer (round 42, ownAnswers.ts). Staying unknown, read by the model from
    // "horen", is not what is asked unless the words ask it.
    const unsafeCall = state.dangerInView === true && reading(() => asksSomething(text) && callingUnsafe(text));
    const kept: QuestionTopic[] = unsafeCall
      ? [
          'police',
          ...asked.filter((t) => t !== 'police' && (t !== 'anonymity' || reading(() => askedCueTopics(text)).includes('anonymity'))),
        ]
      : asked;
    // With danger in view, "should I call the police / 112?" is answered first: yes, call 112 now.
    const topics = state.dangerInView && kept.includes('police') ? ['police' as const, ...kept.filter((t) => t !== 'police')] : kept;
    // Kept before anything else of this turn, also when danger is all it answers: the next turn's
    // questions and guidance depend on it.
    // A group told ("12 arbeiders", "the girls") until one person is named on their own ("mijn zus").
    if (VOLUNTEER.test(text)) state.volunteer = true;
    // A school or a class, or an "under 18" the model read from words said of young adults too ("een
    // meisje", "the kids", "one of my pupils") and the story did not take as told: the age is asked
    // before the questions for an adult. (Not in the writer's own story: "I have wife and 2 kids".)
    if (pointsToChild(text) || (summary.role !== 'self' && minorPointedNotTold(told, text))) state.childPointed = true;
    if (ageSaidInOtherWords(text)) state.ageSaid = true;
    if (tellsOfAdultsSchool(lowerText)) state.adultsSchool = true;
    else if (tellsOfChildrensSchool(lowerText)) state.childrensSchool = true;
    state.work = cues.work;
    if (cues.group) state.group = true;
    else if (u.facts.relation) state.group = false;
    const lostContactNow = cues.lostContactNow;
    if (lostContactNow) state.lostContact = true;

    // Only danger, nothing else: the 112/113 answer stands alone and the question still waits.
    const answers = pending !== null && (yesNoAnswer(this.replies, said, u) !== 'unknown' || Object.keys(told).length > 0);
    // (After a story told with danger no question waits: the guidance is due, and comes.)
    const guidanceDue = state.stage === 'story' && pending === null;
    // A question put to the helpline that no answer of ours is for is said to be so, never skipped;
    // with danger now, after the 112 and pointing to it (round 40: "ik heb gebeld, hoelang duurt het
    // voor ze er zijn?" got the 112 line and nothing for the question).
    const unknownAsked = topics.length === 0 && reading(() => questionPutToTheHelpline(text));
    const unknownLine = () => {
      const wording = dangerNow ? 'danger' : state.unknownSaid === true ? 'again' : this.desk.chatOpen() ? 'open' : 'closed';
      out.push(this.replies.text(locale, `ownQuestionsUnknown.${wording}`));
      state.unknownSaid = true;
    };
    if (dangerNow && topics.length === 0 && !describes && !answers && !role && !guidanceDue) {
      if (u.danger.suicidal) out.push(this.replies.text(locale, 'danger.afterSuicidal'));
      if (unknownAsked) unknownLine();
      // A first message that points at a situation, answered with 112 alone, still starts the clock:
      // the story that follows gets the guidance, not one more question first.
      if (state.stage === 'opening' && state.turnsSinceWorry === 0 && !role && pointsAtSituation(u.facts, text)) state.turnsSinceWorry = 1;
      await this.triage.set(dc.context, summary);
      if (out.length > 0) await dc.context.sendActivities(out);
      facts.expect(pending === null ? null : this.awaitingFor(pending));
      return Dialog.EndOfTurn;
    }

    // The citizen's own questions first; one asked again gets a shorter answer that adds something.
    const answered = new Set(state.answered ?? []);
    // Two or three questions in one message: each answered in a sentence or two, in the order asked,
    // and the rest offered ("wil je meer weten?"), as a chat window on a phone wants it.
    const short = topics.filter((t) => t !== 'counsellor').length > 1;
    const privacyWithAnonymity = topics.includes('privacy') && topics.includes('anonymity');
    // Where the last own answer of this turn stands in `out` (none once the queue's turn sent them).
    let lastOwn: number | null = null;
    for (const topic of topics) {
      if (topic === 'counsellor') {
        if (out.length > 0) await dc.context.sendActivities(out.splice(0));
        lastOwn = null;
        summary = { ...summary, nextStep: 'counsellor' };
        await this.triage.set(dc.context, summary);
        await this.desk.request(dc.context, locale);
      } else {
        const given = ownAnswer(this.replies, locale, topic, {
          text,
          summary,
          retention: this.retention,
          again: answered.has(topic),
          third: (state.answeredTwice ?? []).includes(topic),
          fourth: (state.answeredThrice ?? []).includes(topic),
          consequencesSaid: state.consequencesSaid ?? [],
          dangerNow,
          dangerInView: state.dangerInView === true,
          onlySuicidal: facts.onlySuicidalInView === true,
          short,
          privacyWithAnonymity,
        });
        // Two questions asked a fourth time get one offer of a person, not the same bubble twice.
        const fresh = given.filter((a) => !out.some((o) => o.text === a.text));
        out.push(...fresh);
        if (fresh.length > 0) lastOwn = out.length - 1;
      }
    }
    // The rest of the short answers on request, said once after the last of them.
    const lastAnswer = lastOwn === null ? undefined : out[lastOwn];
    if (short && lastOwn !== null && lastAnswer && typeof lastAnswer.text === 'string')
      out[lastOwn] = { ...lastAnswer, text: `${lastAnswer.text}\n\n${this.replies.t(locale, 'ownQuestionsShort.more')}` };
    // A question put to the helpline that no answer of ours is for ("hoe lang duurt een onderzoek?",
    // "krijg ik mijn borg terug?"): said plainly, first, with a person offered (the chat within
    // opening hours, the phone line outside them), before the bot goes on with its own questions.
    // Beside the 112 of this turn it comes after the danger reply and names 112 as the place to ask.
    if (unknownAsked) unknownLine();
    // The writer saying outright that the story told is their own, after it was read as someone
    // else's or not known ("ok eerlijk het gaat over mij", "it is me. I am the helper"): said back
    // after their own questions (those first), so they know they were heard; the texts of this turn
    // are worded for them (round 42).
    if (before.role !== 'self' && summary.role === 'self' && state.roleTally.lastSaidOwn === true)
      out.push(this.replies.text(locale, 'triage.ownStory'));
    // Thoughts of suicide told away (the past, in care; screen.ts suicideToldAway): no 112 and no 113
    // at once, which are for danger and thoughts of now, but 113 named once with care, after the
    // citizen's own question, as a counsellor who hears "last year I wanted to die" would (round 32).
    // Not when this turn named 113 already (thoughts of now, the other-language line).
    if (
      u.danger.reasons.includes(SUICIDE_TOLD_AWAY) &&
      !u.danger.suicidal &&
      facts.linesNamed?.suicide !== true &&
      state.suicideEarlierSaid !== true
    ) {
      out.push(this.replies.text(locale, 'triage.suicideEarlier'));
      state.suicideEarlierSaid = true;
    }
    // The list of signals given as the answer (not the short one of a second time): not read out again with the guidance.
    if (topics.includes('signals') && !answered.has('signals')) markSignalsSaid(state, guidanceForm(summary));
    // Answered twice now: the next time the third wording; then a person offered; after that the
    // shorter one again (round again).
    const twice = new Set(state.answeredTwice ?? []);
    const thrice = new Set(state.answeredThrice ?? []);
    for (const topic of topics) {
      if (!answered.has(topic)) continue;
      if (thrice.has(topic)) thrice.delete(topic);
      else if (twice.has(topic)) {
        twice.delete(topic);
        thrice.add(topic);
      } else twice.add(topic);
    }
    state.answeredTwice = [...twice];
    state.answeredThrice = [...thrice];
    state.answered = [...new Set([...answered, ...topics])];
    if (topics.includes('consequences')) state.consequencesSaid = consequencesSaidAfter(text, state.consequencesSaid ?? []);

    if (pending) summary = this.readAnswer(pending, summary, text, said, u, out, locale, state.stage);

    let prompt: Prompt | null = null;
    let phase: Phase | null = null;
    let leaving = false;
    // "What can I do?" answered after the guidance: not asked back with "what would you like to do now?".
    let whatToDoAnswered = false;
    const guide = (how: 'full' | 'form' | 'routes') => {
      // "What are the signs?" answered in this turn already gave the signals: not twice in one reply.
      const signalsGiven = topics.includes('signals');
      if (how === 'full') {
        const guidance = guidanceActivities(this.replies, locale, worded(summary), {
          lostContact: state.lostContact === true,
          signalsGiven,
          signalsSaidBefore: (state.signalsSaid ?? []).includes(guidanceForm(summary)),
          volunteer: state.volunteer === true,
          guessedRole: summary.role,
        });
        out.push(...guidance);
        // The signals given with the guidance: "what are the signs?" asked later gets the short answer.
        if (guidance.some((a) => a.text?.startsWith(this.replies.t(locale, 'guidance.signalsTitle')))) {
          state.answered = [...new Set([...(state.answered ?? []), 'signals' as const])];
          markSignalsSaid(state, guidanceForm(summary));
        }
      }
      // A form that becomes clear later: what it is and its signals; the rest was said already.
      // The signals are for recognising it in someone else (as in the full guidance): who lives it,
      // or whose role is not known, is told what it may be, not what to look out for.
      if (how === 'form') {
        const withSignals = !signalsGiven && textRole !== 'self' && textRole !== null;
        out.push(
          this.replies.text(locale, `guidance.intro.${guidanceForm(summary)}`),
          ...(withSignals ? [signalsActivity(this.replies, locale, guidanceForm(summary))] : []),
        );
        // As with the full guidance: "what are the signs?" asked later gets the short answer.
        if (withSignals) {
          state.answered = [...new Set([...(state.answered ?? []), 'signals' as const])];
          markSignalsSaid(state, guidanceForm(summary));
        }
      }
      // The routes in full once; after that only what the situation adds, or a short pointer back
      // (a counsellor does not read the whole list out again at every turn).
      // 112 or 113 named a moment ago in this turn (the danger reply) is not listed again below it.
      const justNamed = (route: Referral) =>
        (route === 'emergency' && facts.linesNamed?.emergency === true) || (route === 'suicide' && facts.linesNamed?.suicide === true);
      // 112 among the routes while the danger told still calls for it (not after "no one is in danger now").
      const dangerGone = (route: Referral) => route === 'emergency' && facts.emergencyInView === false;
      const routing = { ...summary, workTold: tellsOfWork(state.work), adultsSchool: state.adultsSchool === true };
      const routes = referralsFor(routing).filter((route) => !dangerGone(route) && (how !== 'full' || !justNamed(route)));
      const named = how === 'full' ? [] : (state.routesNamed ?? []);
      // 112 and 113 were named by the danger reply when danger was told: not listed again as news.
      const fresh = routes.filter((route) => !named.includes(route) && !ANSWERED_BY_DANGER_REPLY.has(route));
      // Nothing new to name: the pointer back to the list once, not at every turn.
      if (named.length === 0 || fresh.length > 0 || !state.pointedBack) {
        out.push(routesActivity(this.replies, locale, named.length === 0 ? routes : fresh, named));
        if (named.length > 0 && fresh.length === 0) state.pointedBack = true;
      }
      state.routesNamed = [...new Set([...named, ...referralsFor(routing)])];
      if (how === 'full' && facts.conversationCode) out.push(this.replies.text(locale, 'triage.code', { code: facts.conversationCode }));
      state.stage = 'guided';
      facts.heard?.();
      phase = 'afterGuidance';
    };

    // The unsure band of the danger screen: one direct question instead of a silent guess; not about
    // a story the message itself puts in the past or in general, and once the citizen said no one is
    // in danger now only for a danger not told before (asked again then, it reads as not listening).
    // Nor in a turn whose first words asked it already ("is the danger still there? call 112").
    // Nor when the message itself says no one is in danger now ("nee nu niet, ik ben thuis", or in
    // passing: "niet dat hij nu gevaar loopt hoor", round 38). Once
    // asked, only again for a message that reads higher; not about a message that only tells who or
    // where, nor about a thank-you or goodbye after the guidance (see asksDangerQuestion).
    const checkDanger =
      u.danger.level === 'unsure' &&
      !dangerNow &&
      pending !== 'dangerNow' &&
      !saysNoDangerNow(text, u.danger) &&
      facts.linesNamed?.emergency !== true &&
      asksDangerQuestion(u.danger, {
        safeTold: state.dangerDenied === true || state.safeTold === true,
        situationsBefore: state.situationsTold ?? [],
        ...(state.dangerAsked === true && state.dangerAskedAt !== undefined ? { firstAskedAt: state.dangerAskedAt } : {}),
        // The first message is the opening: whoever starts with who they are ("mijn zusje is weg",
        // "ik ben 16") may be in danger, and nothing else is known yet.
        onlyWhoOrWhere:
          state.messages > 1 && onlyWhoOrWhere({ told, form: u.form, reasons: u.danger.reasons, words: letterWordCount(text) }),
        closing: state.stage === 'guided' && SMALL_TALK.has(u.intent) && u.intent !== 'greeting' && !NAMES_EMERGENCY.test(text),
        questions: asked,
        justAsked: facts.dangerAskedJustBefore === true,
        opensWithNo: yesNoAnswer(this.replies, said, u) === 'no',
        storyHeard: state.stage === 'guided' && !before.acute && !before.suicidal,
        storyOpening: state.messages > 1 && state.stage !== 'guided' && !before.acute && !before.suicidal,
      });
    if (!dangerNow && (tellsSafeNow(u.danger.reasons) || saysNoDangerNow(text, u.danger))) state.safeTold = true;
    state.situationsTold = [...new Set([...(state.situationsTold ?? []), ...dangerSituations(u.danger.reasons)])];

    const opening = state.stage === 'opening';
    if (opening && describes) state.stage = 'story';
    if (opening && facts.storyInOtherLanguage) {
      // The story was told before, in a language the bot cannot chat in: the first message in Dutch or
      // English gets the guidance at once (in the language the citizen now reads), not one more question.
      state.stage = 'story';
      state.turnsSinceWorry = Math.max(state.turnsSinceWorry, 1);
    } else if (opening && !describes && !role && state.turnsSinceWorry >= 1 && (tellsWhoOrWhere(told) || goesOn(u, text, topics))) {
      // The worry was pointed at ("een van mijn spelers zit in de problemen") and the citizen goes on
      // with its facts ("15", "heerlen") or with anything else that is not a question of their own
      // ("nee, geen acuut gevaar", "ze was gisteren hier"): the story is being told, and the guidance
      // (what fits so far, and where to go) is due; asking "tell me in your own words" again would
      // put it off a turn and say the same bubble twice.
      state.stage = 'story';
    }
    if (state.stage === 'opening') {
      // A first message that already points at a situation ("if I report something, will the owner
      // hear it was me?") starts the clock: the story that follows gets the guidance, not one more question.
      if (state.turnsSinceWorry === 0 && !role && pointsAtSituation(u.facts, text)) state.turnsSinceWorry = 1;
      if (!pending && doubtsThePlace(text)) {
        // "Ik weet niet of ik hier goed zit": yes, briefly what this chat is for (after the answer to
        // a question asked beside it), then the story.
        out.push(this.replies.text(locale, 'triage.rightPlace'));
      } else if (topics.length === 0 && !pending && u.intent === 'greeting' && !state.greeted) {
        out.push(this.replies.text(locale, 'small.greeting'));
        state.greeted = true;
      }
      const who = role ?? textRole;
      const key = topics.length > 0 || pending ? 'triage.continueOpen' : `triage.askDescription.${who ?? 'unknown'}`;
      prompt = { key, choices: [] };
    } else if (state.stage === 'story') {
      state.turnsSinceWorry += 1;
      // A story told with "is this exploitation?" is answered in full by the guidance (the signals
      // and where to go): a question first would put the answer off a turn. ("What should I look
      // for?" already had the signals as its own answer.)
      const judgementAsked = topics.includes('is_it_trafficking');
      const question =
        state.turnsSinceWorry === 1 && !checkDanger && !dangerNow && !judgementAsked
          ? nextQuestion(summary, state.asked, 'beforeGuidance', this.pointers(state))
          : null;
      if (dangerNow && state.turnsSinceWorry === 1) {
        // The 112 (and 113) answer is the one thing of this turn: no question after it. Guidance next.
      } else if (question) {
        out.push(this.replies.text(locale, 'triage.thanks'));
        prompt = this.questionPrompt(question, summary, state, textRole);
        state.asked.push(question);
        state.pending = question;
      } else guide('full');
    } else {
      // Under 18 told (an age, "minderjarig", the button), not a model's guess from "young" or "boys".
      const becameMinor = minorTold(summary) && !minorTold(before);
      // Only guessed ("one looks like 15 or 16"): the same help, said as the guess it is.
      const guessedMinor = minorGuessedOnly(summary) && !minorGuessedOnly(before) && !minorTold(before);
      // A form told, or asked about, that the guidance has not followed yet (a story of the form a
      // question already asked about has had its guidance).
      if (guidanceForm(summary) !== guidanceForm(before)) guide('form');
      else if (lostContactNow && !before.acute) {
        // Told after the guidance: the fitting next steps now, with 112 named.
        out.push(this.replies.text(locale, 'guidance.lostContact'));
        guide('routes');
      } else if (becameMinor) {
        // Under 18 changes the help: say so, with the routes for a minor.
        out.push(this.replies.text(locale, summary.role === 'self' ? 'guidance.minorSelf' : 'guidance.minor'));
        guide('routes');
      } else if (guessedMinor) {
        out.push(this.replies.text(locale, 'guidance.minorGuessed'));
        guide('routes');
      } else if (describes) guide('routes');
      else if (topics.length === 0 && !answers && reading(() => whatToDoAsked(text))) {
        // "Wat kan ik nou doen?" after the guidance: a short answer of its own, for the writer's role,
        // not "what would you like to do now?" asked back (round 41).
        const wording = state.whatToDoSaid === true ? 'again' : summary.role === 'self' ? 'self' : 'other';
        out.push(this.replies.text(locale, `ownQuestions.whatToDo.${wording}`));
        state.whatToDoSaid = true;
        whatToDoAnswered = true;
      } else if (!answers && topics.length === 0 && (u.intent === 'thanks' || u.intent === 'goodbye')) {
        // Leaving: a warm, short close, once (112 was named when danger was told; a goodbye is not
        // the moment to read it out again). A second thanks gets "you're welcome".
        out.push(this.replies.text(locale, state.closed ? 'small.thanks' : u.intent === 'thanks' ? 'triage.closeThanks' : 'triage.done'));
        state.closed = true;
        leaving = true;
      }
      phase = 'afterGuidance';
    }

    if (phase === 'afterGuidance' && !leaving) {
      const question = checkDanger ? null : nextQuestion(summary, state.asked, phase, this.pointers(state));
      if (question) {
        prompt = this.questionPrompt(question, summary, state, textRole);
        state.asked.push(question);
        state.pending = question;
      } else {
        state.pending = null;
        prompt = checkDanger || whatToDoAnswered ? null : this.closer(state, out.length > 0);
      }
    }

    if (checkDanger) {
      prompt = { key: state.dangerAsked ? 'triage.dangerCheckAgain' : 'triage.dangerCheck', choices: YES_NO };
      state.pending = 'dangerNow';
      if (state.dangerAsked !== true) state.dangerAskedAt = u.danger.score;
      state.dangerAsked = true;
    }

    await this.triage.set(dc.context, summary);
    if (out.length > 0) await dc.context.sendActivities(out);
    if (prompt) await this.ask(dc, state, prompt, state.pending);
    else facts.expect(null);
    if (!prompt) state.pending = null;
    return Dialog.EndOfTurn;
  }

  /** What the story so far shows beyond the summary's facts, for the next question. */
  private pointers(state: StoryState): StoryPointers {
    return { childPointed: state.childPointed === true, ageSaid: state.ageSaid === true };
  }

  /** "Jonger dan 18" / "18 of ouder" are answers, not the age 18. */
  private readAgeButtons(said: Said, told: Partial<ToldFacts>): void {
    if (saidExactly(this.replies, said, 'under18')) {
      delete told.age;
      told.minor = true;
      told.minorGuessed = false;
    } else if (saidExactly(this.replies, said, 'adult')) {
      delete told.age;
      told.minor = false;
      told.minorGuessed = false;
    }
  }

  private readAnswer(
    pending: Pending,
    summary: TriageSummary,
    text: string,
    said: Said,
    u: Understanding,
    out: Partial<Activity>[],
    locale: Locale,
    stage: Stage,
  ): TriageSummary {
    if (isYesNoFact(pending)) {
      // A fact the message itself told ("nee, hij houdt haar paspoort") wins over its first word.
      if (u.facts[pending] !== undefined && u.facts[pending] !== null) return summary;
      const answer = yesNoAnswer(this.replies, said, u);
      const next = recordAnswer(summary, pending, answer === 'unknown' ? null : answer === 'yes');
      if (stage === 'guided' && answer !== 'unknown') out.push(this.replies.text(locale, 'triage.noted'));
      return next;
    }
    const answer = yesNoAnswer(this.replies, said, u);
    if (pending === 'dangerNow') {
      // "Weet ik niet" to the danger question; a message about something else is not an answer to it.
      if (saysUnsure(this.replies, said)) out.push(this.replies.text(locale, 'triage.dangerUnsure'));
    } else if (pending === 'safeNow') {
      // "Nee, geen gevaar nu, ze slaapt": the "no" denies the danger, not the safety asked about.
      const deniesDanger = saysNoDangerNow(text, u.danger);
      if (answer === 'no' && !deniesDanger)
        out.push(this.replies.text(locale, summary.role === 'self' ? 'triage.notSafeNowSelf' : 'triage.notSafeNow'));
    } else if (pending === 'school') {
      out.push(this.replies.text(locale, answer === 'yes' ? 'triage.noted' : 'triage.schoolTip'));
    }
    return summary;
  }

  /** `textRole`: the role the texts may be worded for (roleForTexts); a question with a neutral wording uses it. */
  private questionPrompt(question: Question, summary: TriageSummary, state: StoryState, textRole: TriageSummary['role']): Prompt {
    // A story about a group ("4 jonge vrouwen") is asked about in the plural.
    // (Only of a writer the conversation bears out as telling about others, textRole: "we are 8
    // women" may be the writer's own group, "I live here with my husband and 2 children" their family.)
    const group = state.group === true && (textRole === 'other' || textRole === 'professional') && GROUP_QUESTIONS.has(question);
    // Who it is about not known: words that fit a writer telling their own story and a bystander alike.
    // "Tell me more" is asked before a story is told: whose story it is, is not known yet.
    const who = group
      ? 'group'
      : question === 'more'
        ? 'unknown'
        : NEUTRAL_QUESTIONS.has(question)
          ? textRole === 'self'
            ? 'self'
            : textRole === null
              ? 'unknown'
              : 'other'
          : summary.role === 'self'
            ? 'self'
            : 'other';
    return { key: `triage.question.${question}.${who}`, choices: CHOICES[question] ?? YES_NO };
  }

  /** The next closing line still unsaid; when all were said, none after a turn that said something, else a short thanks. */
  private closer(state: StoryState, saidSomething: boolean): Prompt | null {
    const said = state.closers ?? [];
    const next = CLOSERS.find((key) => !said.includes(key));
    if (!next) return saidSomething ? null : { key: 'triage.thanks', choices: [] };
    state.closers = [...said, next];
    return { key: next, choices: next === 'triage.nextQuestion' ? NEXT_STEPS : [] };
  }

  private awaitingFor(pending: Pending): 'dangerCheck' | 'age' | 'aboutWhom' | null {
    return pending === 'dangerNow' ? 'dangerCheck' : awaitedFact(pending);
  }

  private async ask(dc: DialogContext, state: StoryState, prompt: Prompt, pending: Pending | null): Promise<void> {
    state.prompt = prompt;
    turnFacts(dc.context).expect(pending === null ? null : this.awaitingFor(pending));
    await dc.context.sendActivity(this.render(turnFacts(dc.context).locale, prompt));
  }

  private render(locale: Locale, prompt: Prompt): Partial<Activity> {
    return prompt.choices.length > 0 ? this.replies.withChoices(locale, prompt.key, prompt.choices) : this.replies.text(locale, prompt.key);
  }
}

/**
 * The triage conversation inside the base dialog that answers requests at any moment (counsellor,
 * police, anonymity, privacy, help, start again, stop).
 */
export class TriageDialog extends HelplineDialog {
  constructor(replies: Replies, retention: RetentionFacts, triage: TriageAccess, desk: CounsellorDesk) {
    super(TRIAGE_DIALOG, replies, retention, triage, desk);
    this.addDialog(new StoryDialog(replies, retention, triage, desk));
    this.initialDialogId = STORY;
  }
}
