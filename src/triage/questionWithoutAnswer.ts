/**
 * A question put to the helpline that no answer of the catalogue is for: "hoe lang duurt zo'n
 * onderzoek?", "krijg ik mijn borg terug?", "wat zegt de rechter dan?", "moet ik die brief van de
 * belasting betalen?". A counsellor does not go on as if nothing was asked: they say plainly that
 * this chat cannot answer it and offer a person. Read by the clause's structure (src/nlu/questions/
 * clauses), so that a question told inside a story is not taken for one put to us:
 *
 * - a "why" about what someone else does ("waarom doet hij dit?", "hoe kan iemand zoiets doen?",
 *   "why would they do that") is the writer's dismay, not a question to the helpline: no "ik", "we"
 *   or "jullie" in it, a question word of reason or of "how can";
 * - a question about the bot's own words ("wat bedoel je?", "how should I know?") and asking
 *   whether this is the place (src/triage/questionCues doubtsThePlace) are part of the talk;
 * - asking what to do or where to turn is what the guidance and its routes answer;
 * - a wish or a fear said as a statement, and a tag ("…, toch?") are read elsewhere.
 *
 * Pure; Dutch and English. The caller asks only when no topic was read in the message.
 */
import { questionClauses, type QuestionClause } from '../nlu/questions/clauses';
import { recallClauses } from './cueMemo';
import { cue } from './cuePattern';
import { doubtsThePlace } from './questionCues';

/** A person of the talk: the writer or the helpline. A question with one in it is put to us. */
const PERSON_OF_THE_TALK = new Set([
  'ik',
  'me',
  'mij',
  'mijn',
  'mn',
  'we',
  'wij',
  'ons',
  'onze',
  'jullie',
  'u',
  'je',
  'jij',
  'i',
  'my',
  'our',
  'us',
  'you',
  'your',
]);
/** Question words of reason or of possibility, whose question about someone else's deed is dismay. */
const GENERIC_YOU = /^(?:wie|who) (?:doet|doen|deed|does|did)\b/;
const REASON = new Set(['waarom', 'hoezo', 'why']);
const HOW_CAN =
  /^(?:hoe (?:kan|kun|kunnen|kon|konden|durf\w*)|how (?:can|could|dare))\b|^(?:wie|who) (?:doet|doen|deed|does|did|would do|would)\b/;
/** Asking about the talk itself: the bot's words, whether it is a person, how the writer should know. */
const ABOUT_THE_TALK = cue(
  String.raw`(?:mag|kan|kun|can|may|could) (?:ik|i|we|wij) (?:\w+ ){0,5}(?:vragen|vraag stellen|stellen|ask|kwijt|vertellen|tell|terecht|voorleggen|advies|praten|talk|schrijven|write|continue|verder)\b|(?:help|helpen|helpt) (?:jullie|you|u) (?:\w+ ){0,2}(?:ook|also|people|mensen)|(?:do|can|will) (?:you|jullie) (?:\w+ )?help (?:people|someone|me)|(?:kan|mag|can|may) (?:het|it|ik|i|we) (?:\w+ ){0,3}(?:in het |in )?(?:english|engels|nederlands|dutch)|(?:ik|i) (?:\w+ )?(?:schrijf|write|spreek|speak|praat|talk) (?:\w+ ){0,2}(?:english|engels|nederlands|dutch)|(?:denk|geloof|gok) ik$|(?:i think|i guess|i believe)$|(?:want|wil|wilde|would like|like|need|moet) (?:\w+ ){0,2}(?:to ask|vragen|vraag stellen)|(?:ok|okay|oke|oké|goed|fine|allowed) (?:\w+ )?(?:i|ik|to|dat ik) (?:\w+ )?(?:ask|vragen|vraag|write|schrijf|here|hier)|(?:chat|chatten|bellen|call|praten) (?:\w+ )?(?:hier|here)|(?:hier|here) (?:\w+ )?(?:chat|chatten|bellen|praten)|(?:this|dit|deze|het) (?:\w+ ){0,3}(?:chat|site|plek|place|service|helpline|lijn|website) (?:\w+ ){0,3}(?:for|voor)\b|(?:had|should have|moest) (?:ik|i) (?:\w+ ){0,3}(?:moeten|kunnen|done|gedaan|doen)|(?:write|schrijven|schrijf|typen|typ|type)\b|(?:english|engels|nederlands|dutch) (?:\w+ )?(?:ok|okay|oke|oké|goed|fine|good|allowed)|(?:you|jullie|u) (?:\w+ ){0,2}(?:help|helpen|helpt)\b|overthinking|overreacting|paranoid|overdrijf|overdreven|spoken|aanstel\w*|(?:dom|stom|stupid|silly|wrong|fout) (?:van|of) (?:me|mij)|bedoel\w*|mean|meant|(?:hoe|how) (?:moet|zou|kan|should|would|could) (?:ik|i) (?:dat|het|that|it) (?:weten|know)|(?:ben|is|are) (?:je|jij|u|dit|this|you|it) (?:een |a )?(?:bot|robot|computer|mens|echt\w*|real|person|human)|(?:hoe|how) (?:gaat|is|are) (?:het|it|you)|wat zei je|what did you say|sorry`,
);
/** What to do or where to turn: the guidance and its routes answer it. */
const WHAT_TO_DO = cue(
  String.raw`(?:wat|what) (?:\w+ ){0,5}(?:doen|do|ondernemen)|(?:waar|where|wie|who|welke|which) (?:\w+ ){0,3}(?:terecht|heen|naartoe|melden|bellen|helpen|hulp|go|turn|report|call|help|contact)|(?:kan|kun|kunt|kunnen|can|could) (?:\w+ ){0,3}(?:helpen|help)|(?:wat|what) (?:moet|kan|zal|should|do|can|shall) (?:ik|i|we) (?:\w+ ){0,7}(?:zeggen|vertellen|say|tell)|(?:of|whether|if) (?:ik|i|we|wij) (?:\w+ ){0,3}(?:moet|should|must|kan|can) (?:\w+ ){0,2}(?:doen|do|melden|report|bellen|call)|(?:wat|what) (?:moet|kan|should|can|do) (?:ik|i|we) (?:\w+ )?(?:met|with|about)\b|(?:kan|kun|mag|can|may) (?:ik|i|we|wij) (?:\w+ ){0,4}(?:melden|report|aangeven)\b|(?:heeft|has|had) (?:dat|het|dit|that|it|this) (?:\w+ )?(?:zin|nut)|(?:is|would be|was) (?:that|this|it|dat|dit|het) (?:\w+ )?(?:useful|helpful|nuttig)|(?:helpt|does) (?:dat|that|it) (?:\w+ )?help|wat nu|what now|next step|volgende stap`,
);
/**
 * Verbs that open a Dutch yes/no question without a question mark ("moet ik het tegen de mentor
 * zeggen of niet"); other verbs before "ik" with no mark are a statement whose first part was left
 * out ("(dat) weet ik niet precies", "neem ik aan").
 */
const ASKING_VERB = new Set(
  'moet moeten mag mogen kan kun kunt kunnen zal zullen zou zouden hoef hoeft hoeven wil wilt willen should must may can could will would shall do does'.split(
    ' ',
  ),
);
const ENGLISH_HEAD = new Set('do does did should must may can could will would shall am are have has'.split(' '));
const ARTICLE = new Set(['the', 'a', 'an']);
const REPORTING = /\b(?:vroeg|vroegen|zei|zeiden|zegt|zeggen|asked|said|says|told)\b/;
/** A statement said with a question mark ("zij praten ook engels?") is short; a story sentence is longer. */
const MAX_MARKED_STATEMENT = 10;
const TELLS_NEXT = /\b(?:wat|what|waarom|why|hoe|how)\b[^.?!:\n]{0,60}:/giu;
const NEGATION = /\b(?:niet|geen|nooit|not|never|no)\b/;
const OR_NOT = /\b(?:of niet|or not)\b/;
const DOUBT = /\b(?:twijfel\w*|doubt\w*|unsure)\b/;
const ANNOUNCES =
  /\b(?:mijn|my) (?:vraag|question) (?:is|gaat)\b|\b(?:heb|hebben|have|got|had) (?:\w+ ){0,2}(?:vraag|vragen|question|questions)\b/;
/** Fewer words than this ("echt?", "really?", "en nu?") is a reaction, not a question of its own. */
const MIN_WORDS = 3;

/** Whether a clause asks the helpline something (see the rules above). */
function putToTheHelpline(clause: QuestionClause): boolean {
  if (clause.opening === 'worry' || clause.opening === 'tag') return false;
  const asked = clause.words.slice(clause.condition);
  if (asked.length < MIN_WORDS) return false;
  const words = asked.join(' ');
  // (The question word may stand before the condition the clause reader sets apart: "…, where can she go?")
  const whole = clause.words.join(' ');
  if (ABOUT_THE_TALK.test(whole) || WHAT_TO_DO.test(whole)) return false;
  if (!clause.marked && clause.opening === 'verb_first' && !ASKING_VERB.has(clause.head)) return false;
  // "(dat) heeft hij echt niet", "hoe oud weet ik niet, jong", "wat voor werk ze doet weet ik niet":
  // with no mark, a negated clause is a statement; an unmarked question with a negation says "of niet".
  if (!clause.marked && NEGATION.test(words) && !OR_NOT.test(words)) return false;
  // "ik heb een vraag over mijn maat": announcing a question, not asking one (also before a "?"
  // that ends the sentence asking whether one may ask it).
  if (ANNOUNCES.test(words)) return false;
  // "do the laundry of the parents and…": an English verb before an article with no mark is a verb
  // phrase, not an inverted question (those have a pronoun or a name after the auxiliary).
  if (!clause.marked && clause.opening === 'verb_first' && ENGLISH_HEAD.has(clause.head) && ARTICLE.has(clause.subject ?? '')) return false;
  // "een collega vroeg hoe oud ze is en … dus 62??": a story sentence with a question mark, told
  // with a reporting verb or at a story's length, is the writer's doubt about what they tell.
  if (clause.opening === 'mark' && (REPORTING.test(words) || asked.length > MAX_MARKED_STATEMENT)) return false;
  // "ik weet niet of ze weg kunnen", "I'm not sure if this is the right place": not knowing, said;
  // often the answer to the bot's own question ("ik vraag me af of…", "weet u of…" ask).
  if (clause.opening === 'indirect' && (NEGATION.test(words) || DOUBT.test(words))) return false;
  const ofTheTalk = clause.words.some((w) => PERSON_OF_THE_TALK.has(w));
  // "…en ze mist trainingen, wat ze nooit deed": a question word with no mark and no person of the
  // talk opens a relative clause of the story.
  if (!clause.marked && clause.opening === 'wh' && !ofTheTalk) return false;
  // "oh en wat ik vergat, mijn collega zag…": with no mark, a question word asks only with a verb that asks.
  if (!clause.marked && clause.opening === 'wh' && !clause.words.some((w) => ASKING_VERB.has(w))) return false;
  const dismay = (clause.opening === 'wh' && REASON.has(clause.head)) || HOW_CAN.test(words);
  // "wie doet dat op je 15e??": "je" there is anyone, not the writer.
  return !(dismay && (!ofTheTalk || GENERIC_YOU.test(words)));
}

/** Whether the message puts a question to the helpline (its topic is for the caller to have found none). */
export function questionPutToTheHelpline(text: string): boolean {
  if (doubtsThePlace(text)) return false;
  // "en wat me echt dwarszat: op de deuren zaten sloten": a question word before a colon opens what
  // the writer tells next, not a question.
  return recallClauses(text.replace(TELLS_NEXT, ' '), questionClauses).some(putToTheHelpline);
}

/**
 * Whether a clause that asks is about what the writer can do or where to turn ("wat kan ik als
 * buurvrouw nou doen?", "what can I do?", "wat moet ik nu?"): before the guidance, the guidance answers it; after it, a short
 * answer of its own (the dialog), not "what would you like to do now?" back. Not a question of
 * another's dismay ("wat doen ze met haar?"): the writer or we are in it.
 */
export function whatToDoAsked(text: string): boolean {
  return recallClauses(text.replace(TELLS_NEXT, ' '), questionClauses).some(
    (clause) =>
      clause.opening !== 'worry' &&
      clause.opening !== 'tag' &&
      (clause.marked || clause.opening === 'wh' || clause.opening === 'verb_first') &&
      clause.words.some((w) => WRITER_OR_US.has(w)) &&
      WHAT_CAN_I_DO.test(clause.words.join(' ')),
  );
}

/**
 * Only what to do, in so many words ("wat kan ik doen", "what should we do", "wat nu"): not the
 * other shapes of WHAT_TO_DO ("kan ik melden zonder dat mijn vrouw het merkt?" asks how a step stays
 * unknown, "waar kan ik heen?" where to turn).
 */
const WHAT_CAN_I_DO = cue(String.raw`(?:wat|what) (?:\w+ ){0,5}(?:doen|do|ondernemen)|wat nu|what now`);

/** The writer (or the writer's side) as the one who would act. */
const WRITER_OR_US = new Set(['ik', 'we', 'wij', 'i', 'me', 'mij']);

/** A price asked: "hoeveel kost een advocaat", "wat kost dat", "how much does a lawyer cost". */
const PRICE_ASKED = cue(String.raw`(?:hoeveel|wat) (?:\w+ ){0,2}(?:kost|kosten)|how much (?:\w+ ){0,4}(?:cost|costs|charge)`);

/**
 * Whether a sentence asks what something costs: none of our answers gives a price, so a topic the
 * model reads beside such a sentence from its other words ("…voor die mannen" as what befalls them,
 * round 47) is not what is asked unless the plain cues bear it out.
 */
export function priceAsked(sentence: string): boolean {
  return PRICE_ASKED.test(
    sentence
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' '),
  );
}
