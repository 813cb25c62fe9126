/**
 * What a citizen asks about calling the police while danger is in view (round 42): a counsellor
 * answers the question itself beside the 112, briefly and truthfully, not the 112 lines alone.
 *
 * - whether the police come for the writer too ("is police coming also for me?", "pakken ze mij
 *   dan ook op?"): the police as the ones who act, the writer as whom they act on;
 * - what to tell them ("wat moet ik zeggen als ik de politie bel?", "what do I tell 112?");
 * - calling that is not safe or not possible ("ik ben bang dat ze t horen", "I can not call, only
 *   write here"): being overheard or seen, or no way to call.
 *
 * Read from the sentences that ask (src/triage/questionCues askingSentences) or, for calling that is
 * not safe, from the message beside a question or a call for what to do. Pure; Dutch and English.
 */
import { cue } from './cuePattern';
import { askingSentences, plainWords } from './questionCues';

const POLICE = String.raw`(?:de )?(?:politie|agenten|police|cops|officers|112)`;
const WRITER = String.raw`(?:mij|me|ons|us|mijzelf|mezelf|myself)`;

/** The police acting on the writer: coming for, taking, arresting, sending away the writer. */
const POLICE_FOR_WRITER = cue(
  [
    String.raw`${POLICE} (?:\w+ ){0,2}(?:also |ook |too |dan |then )?(?:for|voor|after) ${WRITER}\b`,
    String.raw`(?:komt|komen|coming|come|comes) (?:\w+ ){0,2}(?:ook |also )?(?:for|voor|naar) ${WRITER} (?:\w+ )?(?:ook|also|too)\b`,
    String.raw`(?:pakken|pakt|nemen|neemt|arrest|arrests|take|takes|catch) (?:ze|zij|die|they|he|she|${POLICE}) (?:\w+ ){0,2}${WRITER} (?:\w+ ){0,2}(?:ook|too|also|mee|op|away)\b`,
    String.raw`(?:word|worden|will|am|are|get) (?:ik|wij|we|i) (?:\w+ ){0,2}(?:ook |also |then |dan )?(?:opgepakt|meegenomen|gearresteerd|arrested|taken|caught|picked up)`,
  ].join('|'),
);

/** Asking what to say: "wat moet ik zeggen", "wat zeg ik", "what do I say / tell them". */
const WHAT_TO_SAY = cue(
  String.raw`wat (?:moet|kan|zal|zou) (?:ik|we|wij) (?:\w+ ){0,3}(?:zeggen|vertellen|noemen)|wat (?:zeg|vertel|noem) (?:ik|we|wij)|what (?:do|should|can|must|shall) (?:i|we) (?:\w+ ){0,2}(?:say|tell)|what to (?:say|tell)|hoe (?:moet|kan) (?:ik|we) (?:het|dat) (?:\w+ )?(?:zeggen|uitleggen)|how (?:do|should|can) (?:i|we) (?:explain|say)`,
);
const NAMES_THE_POLICE = cue(POLICE);

/**
 * Calling that is not safe or not possible: heard or seen by those who hold or threaten, or no way
 * to call ("ze horen het", "they can hear", "ik kan niet bellen", "cannot call", "no phone").
 */
const CALLING_UNSAFE = cue(
  [
    String.raw`(?:ze|zij|hij|die|iemand) (?:(?:het|t|me|mij|ons) )?(?:(?:kunnen|kan|zullen|gaan) )?(?:horen|hoort|zien|ziet|merken|merkt)\b(?! (?:bij|tot|er)\b)`,
    String.raw`(?:they|he|she|someone) (?:(?:can|could|will|might) )?(?:hear|hears|see|sees|notice|notices) (?:me|it|us|that|my)\b`,
    String.raw`(?:kan|kun|can|cannot|could) (?:ik |i )?(?:niet|not|nt|t) (?:\w+ )?(?:bellen|praten|call|talk|speak)\b`,
    String.raw`(?:can not|cannot|can't|cant|unable to) (?:\w+ )?(?:call|talk|speak)\b`,
    String.raw`(?:geen|no) (?:telefoon|phone|mobiel)\b`,
  ].join('|'),
);

/** The police called, or asked to be called, on the writer's behalf ("kunnen jullie de politie voor me bellen?", "call the police for me"). */
const CALLED_FOR_WRITER = cue(
  String.raw`${POLICE} (?:\w+ ){0,2}(?:voor|for) ${WRITER} (?:\w+ )?(?:bellen|bel|belt|roepen|waarschuwen|inschakelen)|(?:call|calls|ring|phone|contact|get|alert|bel|bellen|belt) (?:\w+ ){0,2}${POLICE} (?:\w+ ){0,2}(?:for|voor) ${WRITER}`,
);

/** Whether a sentence that asks has the police (or 112) act on the writer ("komt de politie ook voor mij?"). */
export function policeForWriterAsked(text: string): boolean {
  return askingSentences(text).some((s) => POLICE_FOR_WRITER.test(plainWords(s)) && !CALLED_FOR_WRITER.test(plainWords(s)));
}

/** Whether a sentence that asks asks what to say to the police or 112, named there or before it. */
export function whatToSayAsked(text: string): boolean {
  return NAMES_THE_POLICE.test(plainWords(text)) && askingSentences(text).some((s) => WHAT_TO_SAY.test(plainWords(s)));
}

/** Whether the message says calling is not safe or not possible (see CALLING_UNSAFE). */
export function callingUnsafe(text: string): boolean {
  return CALLING_UNSAFE.test(plainWords(text));
}
