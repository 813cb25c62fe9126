/**
 * Sentences whose danger reading the dialog tests build on; each test asserts the band it needs in
 * its beforeAll. Kept in one place because a retrained model can move one across a threshold: then
 * one sentence is replaced here, not the same one in several tests.
 */
import { tentativeAlarm, FIRM_SCORE } from '../../src/bot/dangerInView';
import { testScreen } from './screen';
import type { DangerAssessment } from '../../src/understanding/understanding';

/**
 * Mild danger told of now, none of it said in plain words of alarm: shouting, anger, a threat of
 * the sack or of pay withheld. Each reads acute to the screen or near it; which lies just over the
 * acute threshold moves with every retraining.
 */
const MILD_DANGER_NOW = [
  'hij werkt op een kwekerij en de baas schreeuwt soms tegen hem',
  'de baas schreeuwt tegen haar en dreigt haar te ontslaan als ze klaagt',
  'ze werkt in een nagelsalon en de eigenaar wordt boos als ze wil stoppen',
  'de baas dreigt dat hij zijn loon niet krijgt als hij weggaat',
  'haar vriend kijkt steeds in haar telefoon en wordt dan kwaad',
  'de uitzendbaas zegt dat hij zijn kamer kwijt is als hij ziek thuisblijft',
] as const;

const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

/**
 * Of `candidates`, the one whose reading `fits` with the largest margin (in log-odds, from `margin`
 * of its score); `band` names the wanted reading in the error when none fits.
 */
function deepest(
  candidates: readonly string[],
  band: string,
  fits: (danger: DangerAssessment) => boolean,
  margin: (z: number) => number,
): string {
  const screen = testScreen();
  let best: { text: string; margin: number } | undefined;
  const seen: string[] = [];
  for (const text of candidates) {
    const danger = screen.assess(text);
    seen.push(`${danger.level} ${danger.score.toFixed(3)} "${text}"`);
    if (!fits(danger)) continue;
    const m = margin(logit(danger.score));
    if (!best || m > best.margin) best = { text, margin: m };
  }
  if (!best) throw new Error(`No sentence reads ${band}:\n${seen.join('\n')}`);
  return best.text;
}

/**
 * Of `candidates`, the one deepest inside the tentative band: acute, not suicidal, no firm reason
 * (tentativeAlarm), its score farthest in log-odds from both the acute threshold and FIRM_SCORE.
 * Round 28 (screen28): the literal sentence read 0.175 after a retraining moved the threshold to
 * 0.181, and 30 tests of five files failed on a fixture, not on the behaviour they prove.
 */
export function tentativeByMargin(candidates: readonly string[]): string {
  const acute = logit(testScreen().bundle.thresholds.acute);
  const firm = logit(FIRM_SCORE);
  return deepest(
    candidates,
    'tentatively acute',
    (danger) => danger.level === 'acute' && tentativeAlarm(danger),
    (z) => Math.min(z - acute, firm - z),
  );
}

/**
 * Of `candidates`, the one farthest under the unsure band: read as no danger, the lowest score.
 * Round 30: "ik werk in een distributiecentrum in tilburg" scored 0.052 after the retrain that took
 * in nlu-dev-z, at the plain unsure threshold, and a calm turn of three dialog tests read unsure.
 */
export function calmByMargin(candidates: readonly string[]): string {
  const screen = testScreen();
  const read = candidates.map((text) => ({ text, danger: screen.assess(text) }));
  const calm = read.filter((r) => r.danger.level === 'none').sort((a, b) => a.danger.score - b.danger.score);
  if (calm.length === 0)
    throw new Error(`No sentence reads calm:\n${read.map((r) => `${r.danger.level} ${r.danger.score.toFixed(3)} "${r.text}"`).join('\n')}`);
  return calm[0]!.text;
}

/**
 * Of `candidates`, the one deepest inside the unsure band: read unsure, its score farthest in
 * log-odds from the plain unsure threshold (the higher of the two, for a message naming no
 * situation) and from the acute threshold.
 */
export function unsureByMargin(candidates: readonly string[]): string {
  const { acute, unsure, unsurePlain } = testScreen().bundle.thresholds;
  const low = logit(Math.max(unsure, unsurePlain));
  const high = logit(acute);
  return deepest(
    candidates,
    'unsure',
    (danger) => danger.level === 'unsure',
    (z) => Math.min(z - low, high - z),
  );
}

/** Calm, readable: where the writer works (calmByMargin). */
export const CALM_WORK = calmByMargin([
  'ik werk in een distributiecentrum in tilburg',
  'ik werk bij een distributiecentrum in de buurt van tilburg',
  'ik werk in de logistiek in tilburg',
  'ik werk sinds april bij een distributiecentrum in tilburg',
]);

/** Acute to the screen, but only just (below FIRM_SCORE): mild danger told of now. */
export const TENTATIVE = tentativeByMargin(MILD_DANGER_NOW);
/**
 * Danger told in Polish, a language the bot does not read well (113 beside 112): a boss who took the
 * passport or withholds pay and threatens. Each reads acute but weakly; which lies farthest inside
 * the tentative band moves with every retraining (round 30: "Szef zabrał mi paszport, nie płaci od
 * trzech miesięcy i grozi mi" went to 0.727 when nlu-dev-z joined the threshold pool, over FIRM_SCORE).
 */
const WEAK_POLISH_ALARMS = [
  'Szef zabrał mi paszport, nie płaci od trzech miesięcy i grozi mi',
  'Szef zabrał mi paszport i grozi mi',
  'Szef trzyma mój paszport i grozi mi',
  'Szef nie oddaje paszportu i grozi mi',
  'Szef krzyczy na mnie i grozi mi',
] as const;

/** Acute to the screen but below FIRM_SCORE, in Polish: a weak alarm in a language the bot cannot read. */
export const WEAK_UNREAD_ALARM = tentativeByMargin(WEAK_POLISH_ALARMS);
/** Acute and firm: the phone taken and not allowed to go home. */
export const FIRM = 'de baas heeft zijn telefoon afgepakt en hij mag niet weg';
/** Calm facts of the story. */
export const CALM = 'hij is 19';
/**
 * In the unsure band alone, naming no danger situation and nothing distancing it; a statement of fear (safety19: "ze
 * durft niet naar huis te gaan" went to 0.505, over `sure`). Round 43: "ze durft niet terug naar haar kamer" fell to
 * 0.203 under the acute threshold 0.205 with the retrain; without "terug" it reads 0.266.
 */
export const FEAR = 'ze durft niet naar haar kamer';
