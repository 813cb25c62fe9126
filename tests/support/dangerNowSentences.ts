/**
 * Later turns that tell a danger happening at this moment, built from parts (who, what, a mark of
 * now, Dutch and English), for the property tests of round 47: a danger told now on a later turn
 * keeps its 112 whatever the later-turn model's weights (src/safety/laterTurnScreen.ts).
 */

const combine = (subjects: readonly string[], acts: readonly string[]) =>
  acts.flatMap((act) => subjects.map((subject) => act.replace('{S}', subject)));

/** Someone held, hurt or threatened, told with a mark of now. */
export const HELD_OR_HURT_NOW: readonly string[] = [
  ...combine(
    ['hij', 'de baas', 'die man', 'haar vriend'],
    [
      'nu slaat {S} haar',
      '{S} slaat haar op dit moment',
      'op dit moment houdt {S} haar vast in de kamer',
      '{S} sluit haar nu op in de kelder',
      '{S} staat nu met een mes voor de deur',
      '{S} laat haar nu niet weg',
      '{S} dreigt haar nu te vermoorden',
      'nu schopt {S} hem',
    ],
  ),
  ...combine(
    ['he', 'the boss', 'that man'],
    [
      '{S} is hitting her right now',
      'right now {S} has locked her in the room',
      '{S} is at the door with a knife now',
      '{S} will not let her leave right now',
    ],
  ),
];

/** Something done to someone at this moment that names no one held or hurt: only the moment and the act. */
export const DONE_NOW: readonly string[] = combine(
  ['hij', 'de baas', 'haar vriend'],
  [
    'nu heeft {S} haar telefoon afgepakt',
    'nu pakt {S} haar paspoort af',
    'nu zet {S} haar in een busje',
    'nu neemt {S} haar mee naar een adres',
  ],
);
