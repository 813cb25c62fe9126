/**
 * Whether a message points to a child before any age is told: the person's school or class ("zit
 * bij mij op school", "hij zit in de tweede klas", "his teacher"), or a young writer's own words
 * about a friend of theirs ("yo ik heb een vraag over me maat", "my bro from school"). A counsellor
 * who hears that does not ask about a passport or a debt first: they ask the age, and the questions
 * for an adult wait until it is told (src/triage/questionPolicy.ts). This is a pointer, not a
 * fact: nothing is said to the citizen as "under 18" on it. Pure; Dutch and English.
 */
import { cue } from './cuePattern';
import { plainWords } from './questionCues';

/** School or a class as part of someone's life now (not a driving school or a school run by adults). */
const SCHOOL = cue(
  String.raw`(?:zit|zitten|zat|gaat|ging|zit ze|zit hij|zit zij|is|goes|go|went|at|in|op|naar|bij|van|from|uit|to) (?:\w+ ){0,3}(?:school|middelbare|basisschool|brugklas|onderbouw|bovenbouw|vmbo|havo|vwo|gymnasium|high school|secondary school|middle school|primary school)|(?:de |het |zijn |haar |hun |onze |his |her |their |our |the )?(?:eerste|tweede|derde|vierde|first|second|third|fourth) klas|(?:in |zit in )(?:groep|klas) \d|brugklas\w*|schoolplein|huiswerk|mentor\w*|leerling\w*|klasgeno\w*|klasgenoot|klasgenote|classmate\w*|homework|year (?:7|8|9|10|11)|grade (?:6|7|8|9|10|11)`,
);
/**
 * A young writer's register, said about a friend or a classmate: the person is likely a peer. The
 * words of the youth, not a guess about anyone's age ("young", "boy", the model's minor guess does
 * that): bro, mattie, "me maat", wallah.
 */
const YOUTH_REGISTER = cue(
  String.raw`bro|bruh|broer(?:tje)?|mattie|matties|me maat|mn maat|m'n maat|mijn maat|wallah|wollah|fr fr|ngl|no cap`,
);
const PEER = cue(
  String.raw`maat|mattie|matties|vriend\w*|vriendin\w*|friend\w*|bestie|klasgeno\w*|classmate\w*|jongen|meisje|gozer|guy|girl|boy`,
);

/** Whether the message points to a child in the story (see above). */
export function pointsToChild(text: string): boolean {
  const plain = plainWords(text);
  return SCHOOL.test(plain) || (YOUTH_REGISTER.test(plain) && PEER.test(plain));
}
