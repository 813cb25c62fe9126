/**
 * What a story tells about its situation, beyond form and facts, where it changes how the bot
 * speaks or which next step fits: a group of people rather than one ("twaalf arbeiders in één huis",
 * "4 jonge vrouwen"), and someone who asked the writer for help and can no longer be reached. Read
 * from structure (a plural person noun, a lost contact after a call), Dutch and English. Pure.
 */
import { cue } from './cuePattern';
import { plainWords } from './questionCues';

/** Plural nouns for people, the ones stories of exploitation tell about as a group. */
const PEOPLE = String.raw`arbeiders|werknemers|medewerkers|werkers|arbeidsmigranten|seizoenwerkers|seizoensarbeiders|uitzendkrachten|mannen|vrouwen|meisjes|meiden|jongens|jongeren|kinderen|mensen|personen|polen|roemenen|bulgaren|hongaren|oekrainers|workers|employees|labourers|laborers|migrants|men|women|girls|boys|children|kids|people|persons|guys|staff|pickers|cleaners|drivers`;

/** A count or quantifier before the people ("12", "vier", "veel", "a group of"). */
const COUNT = String.raw`\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veel|vele|meerdere|allemaal|een paar|een groep|een stel|groepjes?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|many|several|some|lots of|a lot of|a few|a group of|a bunch of`;
/** Words before the people as the subject of what is told ("er wonen", "there are", "een busje dat mannen…", "the girls"). */
const SUBJECT = String.raw`er|zijn|waren|are|were|dat|die|deze|de|the|these|those|who|that`;

/**
 * A group told as the people it is about: a plural person noun after a count or quantifier ("12
 * Poolse arbeiders", "four young women"), or as the subject ("een busje dat mannen ophaalt", "the
 * girls never leave", "there are workers"). Not the people someone is sent to or works for ("ze
 * moet met die mannen mee", "she works for men"): those are the story, the person is one.
 */
const GROUP = cue(
  String.raw`(?:${COUNT}) (?:\w+ ){0,2}(?:${PEOPLE})|(?<!(?:met|with|voor|for|aan|to|by|door|naar|van|of|bij) )(?:${SUBJECT}) (?:\w+ ){0,2}(?:${PEOPLE})|^(?:\w+ ){0,2}(?:${PEOPLE})`,
);
/** One of the writer's own ("mijn kinderen", "my kids"): family, not a group of victims. */
const OWN = cue(String.raw`(?:mijn|m'n|mn|onze|my|our) (?:\w+ )?(?:${PEOPLE})`);

/** Whether a message tells of a group of people rather than one person. */
export function tellsOfGroup(text: string): boolean {
  const plain = plainWords(text);
  return GROUP.test(plain) && !OWN.test(plain);
}

/**
 * Contact lost with someone: cannot reach, not answering, the phone off, gone, nothing heard since
 * ("ik kan haar niet meer bereiken", "she is not answering", "sindsdien niks meer gehoord").
 */
const LOST = cue(
  String.raw`(?:kan|kon|krijg|kreeg) (?:\w+ ){0,3}niet (?:meer )?(?:bereiken|te pakken|te spreken|in contact)|niet (?:meer )?bereikbaar|onbereikbaar|neemt (?:\w+ ){0,2}(?:niet|nooit) (?:meer )?op|(?:telefoon|mobiel|gsm) (?:\w+ ){0,2}(?:staat )?uit|geen contact meer|niks meer gehoord|niets meer gehoord|niet meer gehoord|spoorloos|verdwenen|vermist|(?:cannot|cant|can not|could not|couldnt|unable to) (?:\w+ ){0,2}(?:reach|contact|get hold of|get through to)|not (?:\w+ )?(?:answering|picking up|responding|replying)|(?:doesnt|does not|didnt|did not|wont|will not) (?:\w+ )?(?:answer|pick up|respond|reply)|(?:phone|mobile) (?:is |was )?(?:\w+ )?(?:off|dead)|no contact (?:any ?more|since)|(?:not|nothing) heard (?:from \w+ )?since|havent heard|have not heard|disappeared|missing|vanished|gone quiet`,
);
/** Someone asked the writer for help: a message, a call, "help me", SOS. */
const CALL_FOR_HELP = cue(
  String.raw`(?:vroeg|vraagt|smeekte|riep) (?:\w+ ){0,4}(?:om )?hulp|help (?:me|mij|ons)|sos|noodkreet|stuurde (?:\w+ ){0,4}(?:bericht|berichtje|appje|app|sms)|(?:asked|asking|begged|begging|called|calling|cried|crying) (?:\w+ ){0,4}(?:for )?help|help me|help us|sent (?:\w+ ){0,4}(?:message|text|voice ?message|sms)|texted me|messaged me|called me`,
);

/**
 * Someone who asked the writer for help and can no longer be reached ("my friend abroad sent me a
 * message asking for help and now I cannot reach her"). That may be danger now: the next steps are
 * 112, the police (also for someone abroad), and keeping the message, not a list of signals.
 */
export function lostContactAfterCall(text: string): boolean {
  const plain = plainWords(text);
  return LOST.test(plain) && CALL_FOR_HELP.test(plain);
}
