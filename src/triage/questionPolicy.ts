/**
 * Which question the bot asks next, if any: at most two in a conversation, only what is still
 * unknown and matters for this form, role and age. A counsellor would not ask about a passport or
 * a debt when a 15-year-old is being groomed: for a minor the questions are about safety now and
 * school, and the routes are Veilig Thuis, the police and school. Pure, so each rule has a test.
 */
import type { TriageSummary } from './summary';

export const QUESTIONS = [
  /** The worry is still too vague to give guidance for: what is going on (work, money, housing)? */
  'more',
  'aboutWhom',
  'age',
  'safeNow',
  'school',
  'canLeave',
  'documentsHeld',
  'debts',
  'housingTiedToWork',
] as const;
export type Question = (typeof QUESTIONS)[number];

/** Yes / no / don't know questions whose answer is a triage field of the same name. */
export const YES_NO_FACTS = ['canLeave', 'documentsHeld', 'debts', 'housingTiedToWork'] as const;
export type YesNoFact = (typeof YES_NO_FACTS)[number];

export const MAX_QUESTIONS = 2;

/** Questions that only fit an adult's situation (never asked about a minor). */
export const ADULT_ONLY: ReadonlySet<Question> = new Set(['documentsHeld', 'debts', 'housingTiedToWork']);
/** Questions that only fit a minor's situation. */
export const MINOR_ONLY: ReadonlySet<Question> = new Set(['safeNow', 'school']);

/** Before guidance the bot may need the story itself; after guidance only what changes the help. */
export type Phase = 'beforeGuidance' | 'afterGuidance';

const FORM_QUESTIONS: Record<TriageSummary['form'], readonly Question[]> = {
  labour_exploitation: ['canLeave', 'documentsHeld', 'housingTiedToWork', 'debts'],
  sexual_exploitation: ['canLeave', 'documentsHeld'],
  criminal_exploitation: ['canLeave', 'debts'],
  organ_removal: ['canLeave', 'debts'],
  unknown: ['canLeave'],
};

/** Forms where being under 18 is common and changes the route (Veilig Thuis, police, school). */
const AGE_MATTERS: ReadonlySet<TriageSummary['form']> = new Set(['sexual_exploitation', 'criminal_exploitation', 'unknown']);

/** True when the conversation already knows the answer to `question`. */
export function isKnown(summary: TriageSummary, question: Question): boolean {
  switch (question) {
    case 'more':
      return summary.form !== 'unknown' || summary.signals.length > 0;
    case 'aboutWhom':
      return summary.role !== null || summary.facts.aboutWhom !== null;
    case 'age':
      return summary.facts.minor !== null || summary.facts.age !== null || summary.minorInvolved === false;
    case 'safeNow':
    case 'school':
      return false;
    default:
      return summary[question] !== null;
  }
}

export function isMinor(summary: TriageSummary): boolean | null {
  return summary.facts.minor ?? summary.minorInvolved;
}

/**
 * Under 18 told in the conversation (an age, "minderjarig", the button), not guessed by the model
 * from words like "young" or "boys": only then does the bot say "you are under 18" or "the person is
 * under 18" (said to an adult worker it tells them they were not heard).
 */
export function minorTold(summary: Pick<TriageSummary, 'facts'>): boolean {
  if (summary.facts.age !== null) return summary.facts.age < 18;
  return summary.facts.minor === true && summary.facts.minorGuessed !== true;
}

/**
 * Under 18 only guessed by the writer ("she looks maybe 16", "like 15 or 16", "een jonge jongen"):
 * the help for a minor comes (safety first), worded for "may be under 18", and only questions that
 * fit both readings are asked (not the school, not the passport).
 */
export function minorGuessedOnly(summary: Pick<TriageSummary, 'facts'>): boolean {
  return summary.facts.age === null && summary.facts.minor === true && summary.facts.minorGuessed === true;
}

/** Would a counsellor ask this about this case at all (regardless of what is known)? */
export function fits(summary: TriageSummary, question: Question): boolean {
  const minor = isMinor(summary);
  if (minor === true && ADULT_ONLY.has(question)) return false;
  if ((minor !== true || minorGuessedOnly(summary)) && MINOR_ONLY.has(question)) return false;
  // A teacher or mentor is the school: asking whether the school knows makes no sense.
  if (question === 'school') return summary.role !== 'professional' && summary.facts.relation !== 'pupil';
  return true;
}

/**
 * What the conversation's story shows beyond the summary's facts. `childPointed`: a school, a class
 * or a young writer's words about a peer (src/triage/childInStory.ts) point to a child while no age
 * or minor was told.
 */
export interface StoryPointers {
  childPointed?: boolean;
  /**
   * The conversation said an age in words no age fact is kept from (a guess, hearsay: "about 22",
   * "22 zei ze"; src/triage/ageSaid.ts): "about how old?" would ask for what was just given.
   */
  ageSaid?: boolean;
}

/** The questions still worth asking, best first. */
export function candidateQuestions(summary: TriageSummary, phase: Phase, story: StoryPointers = {}): Question[] {
  const role = summary.role ?? summary.facts.aboutWhom;
  const minor = isMinor(summary);
  const list: Question[] = [];
  if (phase === 'beforeGuidance') list.push('more');
  // "15. zit bij mij op school" comes only after the debt: while the story points to a child and no
  // age or minor is told, the age is asked (whatever the model guessed of minors) and the questions
  // for an adult (passport, debt, housing) wait for it; whether the person can leave fits both.
  if (story.childPointed === true && summary.facts.age === null && summary.facts.minor === null) {
    list.push('age', 'canLeave');
    return list.filter((q) => !ADULT_ONLY.has(q) && fits(summary, q) && (q === 'age' ? story.ageSaid !== true : !isKnown(summary, q)));
  }
  // "Under 18" read by the model from words like "young" or "boys", with no age told: ask the age
  // instead of taking the minor's questions (safe now, school) for an adult's situation.
  if (minor === true && summary.facts.minor === null && summary.facts.age === null) list.push('age', 'canLeave');
  // A guessed age or look: the age was guessed already ("looks maybe 16"), so not asked; whether the
  // person can leave fits a child and an adult alike.
  else if (minorGuessedOnly(summary)) list.push('canLeave');
  else if (minor === true) list.push('safeNow', 'school');
  else {
    if (AGE_MATTERS.has(summary.form)) list.push('age');
    list.push(...FORM_QUESTIONS[summary.form]);
    // Who it is about: the guidance and questions have words that fit both meanwhile (asked
    // earlier, it is often asked of a writer who just said who they are in words not read).
    if (role === null) list.push('aboutWhom');
  }
  return list.filter((q) => fits(summary, q) && !isKnown(summary, q) && !(q === 'age' && story.ageSaid === true));
}

/** The one question to ask now, or null: never more than MAX_QUESTIONS, never one asked before. */
export function nextQuestion(summary: TriageSummary, asked: readonly Question[], phase: Phase, story: StoryPointers = {}): Question | null {
  if (asked.length >= MAX_QUESTIONS) return null;
  // After thoughts of suicide a counsellor does not go on with a checklist: what matters is 113 and
  // a person to talk to. (The facts of such a message are often told in words the fact readers
  // miss, "he sleeps in the back of the car wash", and asking them again tells the citizen they
  // were not heard.)
  if (summary.suicidal) return null;
  return candidateQuestions(summary, phase, story).find((q) => !asked.includes(q)) ?? null;
}

/** The fact a free-text answer to `question` is read as ("15", "in Naaldwijk"). */
export function awaitedFact(question: Question): 'age' | 'aboutWhom' | null {
  if (question === 'age') return 'age';
  if (question === 'aboutWhom') return 'aboutWhom';
  return null;
}
