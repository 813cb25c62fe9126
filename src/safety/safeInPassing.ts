/**
 * "No one is in danger now", said in passing inside a longer message: "Niet dat hij nu gevaar loopt
 * hoor, hij staat hier achter in de werkplaats", "but now is ok, they are not here today", "we are ok
 * now", "ze is doodmoe maar niet in direct gevaar". The answer reader (`saysNotNow`) hears it only at
 * the start of a reply ("nee, nu niet"), and the reader's `safe_now` lexicon, a model source, reads
 * where someone is ("is veilig", "now at home"), not how things stand now. A counsellor who is told
 * that things are all right at this moment does not ask "is the danger still there? call 112" at that
 * turn, nor the danger question (round 38).
 *
 * What it is not: a safe-now that a contrast follows ("we are ok now but he comes back tonight",
 * "nu is het rustig, maar…"), a question ("is ze nu veilig?"), not safe said in so many words
 * (`toldNotSafe`), or a negated safety ("we are not ok now": the patterns need the safe word right
 * after the verb or "now"). Where someone is ("hij is nu thuis") says nothing of danger: "ja hij is
 * nu thuis, hij durft niet naar buiten" is the danger going on. Pure, plain text, Dutch and English.
 */
import { normalisedLine } from './normalise';
import { toldNotSafe } from './unsafeNow';

const SAFE_WORD_NL = '(?:veilig|ok|oke|okay|goed|in orde|rustig)';
const SAFE_WORD_EN = '(?:ok|okay|fine|safe|alright|all right|calm|quiet)';
const NOW_NL = '(?:nu|op dit moment|momenteel|vandaag|vanavond|voorlopig|voor nu)';
const NOW_EN = '(?:now|right now|for now|at the moment|today|tonight|currently)';
const NO_DANGER_NL = '(?:geen|niet in|niet echt in)\\s+(?:(?:direct|directe|acuut|acute|echt|groot)\\s+)?gevaar';
const NO_DANGER_EN = '(?:no|not in|not in any)\\s+(?:(?:immediate|direct|acute|real)\\s+)?danger';

/** The sentences that say things are all right now, or that no one is in danger. */
const SAFE_NOW: readonly RegExp[] = [
  // "we zijn nu veilig", "ze is op dit moment gewoon ok", "het is vandaag rustig"
  new RegExp(`\\b(?:is|zijn|ben|gaat)\\s+(?:het\\s+|alles\\s+)?${NOW_NL}\\s+(?:(?:gewoon|wel|weer|even|echt)\\s+)?${SAFE_WORD_NL}\\b`),
  // "nu is het rustig", "nu gaat het goed", "op dit moment is alles ok"
  new RegExp(`\\b${NOW_NL}\\s+(?:is|gaat)\\s+(?:het|alles)\\s+(?:(?:gewoon|wel|weer)\\s+)?${SAFE_WORD_NL}\\b`),
  // "niet dat hij nu gevaar loopt", "hij loopt nu geen gevaar", "er is geen direct gevaar", "niet in acuut gevaar"
  new RegExp(`\\bniet dat\\s+(?:\\w+\\s+){1,3}gevaar\\b`),
  new RegExp(`\\bloopt\\s+(?:${NOW_NL}\\s+)?geen\\s+(?:\\w+\\s+)?gevaar\\b`),
  new RegExp(`\\b${NO_DANGER_NL}\\b`),
  new RegExp(`\\bniemand\\s+(?:is|zit)\\s+(?:${NOW_NL}\\s+)?in\\s+gevaar\\b`),
  // "we are ok now", "she's safe for now", "I am fine at the moment"
  new RegExp(`\\b(?:is|are|am|'s|'re|'m)\\s+(?:(?:all|just|totally|completely)\\s+)?${SAFE_WORD_EN}\\s+${NOW_EN}\\b`),
  // "now is ok", "now it's quiet", "right now everything is fine", "for now we are safe"
  new RegExp(
    `\\b${NOW_EN}\\s+(?:is|it is|it's|its|everything is|all is|we are|we're|she is|she's|he is|he's|they are|they're|i am|i'm)\\s+(?:(?:all|just)\\s+)?${SAFE_WORD_EN}\\b`,
  ),
  // "not that she is in danger", "she is not in immediate danger", "nobody is in danger now"
  new RegExp(`\\bnot that\\s+(?:\\w+\\s+){1,3}danger\\b`),
  new RegExp(`\\b${NO_DANGER_EN}\\b`),
  new RegExp(`\\b(?:nobody|no one|noone)\\s+is\\s+(?:${NOW_EN}\\s+)?in\\s+danger\\b`),
];

/** A turn of the story after the safe-now: the danger may be what follows ("…, maar vanavond komt hij terug"). */
const CONTRAST = /\b(?:maar|alleen|behalve|toch|but|except|however|though|although|only)\b/;

/**
 * Whether the message says in passing that no one is in danger now (see the header): a sentence that
 * says so, not a question, with no contrast after it in the message, and nothing said to be unsafe.
 */
export function saysSafeNowInPassing(text: string): boolean {
  if (toldNotSafe(text) !== null) return false;
  const said = normalisedLine(text);
  for (const pattern of SAFE_NOW) {
    const found = pattern.exec(said);
    if (found === null) continue;
    const rest = said.slice(found.index + found[0].length);
    const sentenceEnd = rest.search(/[.!?\n]/);
    if (sentenceEnd >= 0 && rest[sentenceEnd] === '?') continue;
    if (CONTRAST.test(rest)) continue;
    return true;
  }
  return false;
}
