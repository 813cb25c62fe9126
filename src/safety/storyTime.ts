/**
 * The story's time as the conversation has set it. A citizen who told that it happened last year or
 * while she worked there, that she is safe now, or that no one is in danger now, has answered "is it
 * happening now?" for the details that follow: a counsellor does not say 112 or ask the danger
 * question at each of them. A detail that brings its own now (a "now" of a moment, a time for today,
 * a cry for help, 112 or the police named), someone held or hurt told in the present, a rule or a
 * "yes" to the danger question is a new situation and is read as before; a turn read acute in the
 * end (danger told now) opens the story's time again.
 *
 * Each earlier turn keeps what it told of the time (`EarlierTurn.time`, in the session); the
 * established time is the latest a turn told. Earlier turns kept before the field tell none (the
 * reading is then the one before round 36).
 *
 * Pure: reads the screen's reasons (`distance.*`, `situation.*`, the rule prefixes), never the text.
 */
import { z } from 'zod';
import { STORY_TIMES, type EarlierTurn, type StoryTime } from '../understanding/understanding';
import { conceptsInReasons } from './reasonConcepts';
import type { DistanceConcept } from './situations';

export type { StoryTime };
/** What a turn told of the story's time (the understanding port's type), as the session stores it. */
export const storyTimeSchema = z.enum(STORY_TIMES);

/**
 * Distances that put what a message names out of the present: the past (also a verb in the past),
 * a "what if", a feared outcome, a general question, a film or the news, someone safe now, a denial.
 * Not hearsay, somewhere else or weeks of it: those may be now.
 */
const AWAY: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>([
  'past',
  'past_verb',
  'hypothetical',
  'feared_consequence',
  'general',
  'media',
  'safe_now',
  'denied',
]);

/**
 * Distances that set the story's time for the turns after: the past. A "what if", a feared outcome
 * or a general question ("will I lose my room if I complain?", "moet je bewijs hebben?") puts only
 * that message out of the present, not the story told after it (on the dialog tuning sets such
 * openings came before stories happening now). "No one is in danger now" sets it by its own rule.
 */
const SETS_THE_TIME: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['past', 'past_verb']);

/**
 * Reasons that tell of now by themselves: a "now" in the message's own words (`distance.now`, the
 * screen's `now.event`), someone held or hurt or a danger for today in its own sentence
 * (`screen.never_silent`), a rule (a plain cry, an alarm, words the model reads poorly), danger told
 * now in the writer's words, an answer to the danger question, a window of acute turns.
 */
const NOW_OF_ITS_OWN_REASON = /^(distance\.now$|now\.event$|screen\.never_silent$|floor\.|told\.|answer\.|window\.|model\.suicidal$)/u;

/** Situations that are a now of their own whatever the tense: a time for today, a cry for help, 112 or the police named. */
const NOW_SITUATIONS: ReadonlySet<string> = new Set(['soon', 'call_for_help', 'alarm']);

/** The screen's reason for a "no" read as the answer to the danger question (dangerAnswer.ts `assessDangerAnswer`). */
const NO_TO_THE_QUESTION = 'answer.no_danger_now';

/** The message brings a now of its own (see the header): it is read alone, whatever time the story has. */
export function tellsANowOfItsOwn(reasons: readonly string[]): boolean {
  return reasons.some((r) => NOW_OF_ITS_OWN_REASON.test(r)) || conceptsInReasons(reasons, 'situation').some((s) => NOW_SITUATIONS.has(s));
}

/** The message sets what it names out of the present (see `AWAY`) and says nothing of now. */
export function toldAwayFromNow(reasons: readonly string[]): boolean {
  return !tellsANowOfItsOwn(reasons) && conceptsInReasons(reasons, 'distance').some((d) => AWAY.has(d));
}

/**
 * What a turn tells of the story's time, from its final reading: `now` when it was read acute, while
 * danger told before is still in view (`dangerInView`), or when it brings a now of its own (a
 * "now" of a moment, a time for today: "ze staat nu aan de balie" opens the present, calm or not);
 * `away` when the citizen says no one is in danger now, or a calm message tells the story in the past
 * and nothing of now; nothing otherwise (a calm detail in the present, an age, a question, a turn
 * still in doubt keep the time the story had).
 */
export function storyTimeOfTurn(
  danger: { level: string; reasons: readonly string[] },
  saysNoDangerNow: boolean,
  dangerInView = false,
): StoryTime | undefined {
  // Danger read now outweighs a "no" beside it ("nee, maar hij slaat haar nu").
  if (danger.level === 'acute') return 'now';
  // A "no" read as the answer to "is someone in danger now?" (dangerAnswer.ts) says what "nee, er is
  // nu niemand in gevaar" says (round 47): until then it counted as an answer, a now of its own, and a
  // danger told now after it was read against no time at all (laterTurnScreen.ts `keepsMainReading`).
  if (saysNoDangerNow || (danger.level === 'none' && danger.reasons.includes(NO_TO_THE_QUESTION))) return 'away';
  // Danger told before and still in view (not denied since): its time is now, whatever tense a detail
  // that repeats it is told in (a repeat is read as none, src/bot/dangerInView.ts `repeatsDangerInView`).
  if (dangerInView) return 'now';
  if (tellsANowOfItsOwn(danger.reasons)) return 'now';
  const distances = conceptsInReasons(danger.reasons, 'distance');
  return danger.level === 'none' && distances.some((d) => SETS_THE_TIME.has(d)) ? 'away' : undefined;
}

/**
 * The turn says no one is in danger now (round 48, calm48): the "no" that sets the time `away` in
 * `storyTimeOfTurn`, as against a calm message told in the past. Danger read now outweighs it.
 */
export function deniesDangerNowTold(danger: { level: string; reasons: readonly string[] }, saysNoDangerNow: boolean): boolean {
  return danger.level !== 'acute' && (saysNoDangerNow || (danger.level === 'none' && danger.reasons.includes(NO_TO_THE_QUESTION)));
}

/**
 * The story's time was set away by a "no one is in danger now" (`EarlierTurn.denied`), not only by a
 * story told in the past: the latest turn that told a time said so.
 */
export function timeSetAwayByDenial(earlier: readonly EarlierTurn[]): boolean {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const turn = earlier[i]!;
    if (turn.time !== undefined) return turn.time === 'away' && turn.denied === true;
  }
  return false;
}

/** The story's time the earlier turns set: the latest any of them told, or none. */
export function establishedTime(earlier: readonly { time?: StoryTime }[]): StoryTime | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const time = earlier[i]?.time;
    if (time !== undefined) return time;
  }
  return undefined;
}
