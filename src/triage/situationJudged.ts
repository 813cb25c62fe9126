/**
 * The writer asks us to judge what they told: "Is this safe?", "klinkt te mooi?", "Moet ik me zorgen
 * maken of ben ik een ouwe zeur?", "wie heeft gelijk?", "Hoe moet ik dit inschatten?", "ik weet
 * niet of het kwaad kan", "ben je dan al uitgebuit?". Writers who never saw
 * our rules ask whether their story is exploitation in such words far more often than with the
 * words "mensenhandel" or "uitbuiting", and the question model, trained on clauses that name the
 * category, reads no topic in them (round 43: 42 of the 150 labelled topics missed on the tuning NLU
 * sets were this one). A counsellor answers it as "is this trafficking?": what the told signs mean.
 *
 * Read by the shape of the sentence that asks, not by the story's words: a pointer back to what was
 * told (dit, dat, zoiets, this, that, it, what they did) judged by an evaluative word; a worry asked
 * to be warranted or dismissed; who is right; how to weigh it; a doubt said as a statement; someone's
 * being a victim asked. Not whether it is ours to handle ("is dit iets voor jullie of voor de
 * politie?", "is this something you deal with?"), whether it is allowed ("is that legal?") or
 * whether a rumour is true ("weet niet of het klopt"): the writers of the tuning sets label those
 * with no topic, or the police, far more often than this one. Pure; Dutch and English.
 */
import { cue } from './cuePattern';
import { askingSentences, plainWords } from './questionCues';

/** What was told, pointed back to. */
const POINTER = String.raw`(?:dit|dat|zoiets|zo iets|dit soort \w+|zulke \w+|this|that|this kind of thing|this sort of thing|what (?:he|she|they) (?:did|does|do|is doing|are doing)|wat (?:hij|zij|ze) (?:doet|doen|deed|deden))`;
/** Verbs that put a judgement on it. */
const JUDGING_VERB = String.raw`(?:is|was|zijn|klinkt|lijkt|voelt|oogt|sounds|seems|looks|feels|is it|isnt|isn't)`;
/** Words of a judgement of a situation: fine or not, safe or not, serious, legal, ours or not. */
const JUDGEMENT = String.raw`(?:ok|oke|oké|okay|goed|fijn|safe|veilig(?! thuis)|onveilig|unsafe|erg|ernstig|kwaad|serieus|serious|betrouwbaar|trustworthy|reliable|fout|verkeerd|wrong|fair|eerlijk|verdacht|suspicious|fishy|sketchy|te mooi|too good|iets(?! (?:om|voor|wat|dat|van))|anything|something(?! (?:you|the|i|to|that|we))|een ding|a thing|mijn probleem|my problem)`;

const JUDGED = cue(
  [
    // "is dit goed in Nederland", "is this safe", "is that a thing", "is dit mijn probleem"
    String.raw`${JUDGING_VERB} (?:${POINTER}|het|it) (?:\w+ ){0,2}${JUDGEMENT}`,
    // "dit is toch niet oke", "that sounds fishy"
    String.raw`${POINTER} (?:toch )?${JUDGING_VERB} (?:\w+ ){0,2}${JUDGEMENT}`,
    // The subject left out: "klinkt te mooi?", "sounds too good to be true?"
    String.raw`^(?:klinkt|lijkt|voelt|sounds|seems|looks|feels) (?:\w+ ){0,2}${JUDGEMENT}`,
    // A worry asked to be warranted or dismissed.
    String.raw`moet(?:en)? (?:ik|we|wij|je) (?:me|mij|ons|je) (?:\w+ ){0,2}zorgen maken(?! over)`,
    String.raw`(?:should|do|must) (?:i|we) (?:\w+ )?(?:be )?(?:worry|worried|concerned)`,
    String.raw`(?:ben|zijn) (?:ik|we|wij) (?:\w+ ){0,2}(?:overbezorgd|te bezorgd|paranoide|een (?:\w+ )?zeur|hysterisch)`,
    String.raw`(?:am|are) (?:i|we) (?:\w+ ){0,2}(?:overreacting|paranoid|imagining things|too worried|worrying too much)`,
    String.raw`(?:beeld|verbeeld) ik (?:me|mij|het) (?:\w+ ){0,2}in|(?:dat|of) ik (?:het|dat) (?:me|mij) (?:\w+ )?(?:inbeeld|verbeeld)|zie ik spoken`,
    // Who is right.
    String.raw`wie (?:heeft|had) (?:er )?(?:\w+ )?gelijk|who(?: is|s|'s) right`,
    // How to weigh it.
    String.raw`hoe (?:moet|kan|zou|moeten) (?:ik|we|wij) (?:${POINTER}|het) (?:\w+ )?(?:inschatten|zien|opvatten|beoordelen|duiden|plaatsen|wegen)`,
    String.raw`how (?:should|do|can|would) (?:i|we) (?:see|read|take|judge|interpret|understand|assess|weigh) (?:this|that|it)`,
    String.raw`wat (?:vinden|denken|vindt|denkt) (?:jullie|u|je|jij) (?:hiervan|ervan|daarvan|van (?:${POINTER}|het))|what do you (?:think|make) of (?:this|that|it)`,
    // Someone being a victim or exploited, asked: "ben je dan al uitgebuit", "is she a victim", "ben ik dan ook zo'n mensenhandelaar".
    String.raw`(?:ben|is|zijn|wordt|word|am|are|was|were) (?:ik|je|jij|hij|zij|ze|i|you|he|she|they|we|wij) (?:(?:\w|')+ ){0,4}(?:slachtoffer|slachtoffers|victim|victims|uitgebuit|exploited|trafficked|mensenhandelaar|trafficker|slaaf|slave)`,
    String.raw`(?:telt|counts|count) (?:${POINTER}|het|it)? ?(?:\w+ ){0,2}(?:als|as) (?:\w+ )?(?:mensenhandel|uitbuiting|trafficking|exploitation|gedwongen|forced)`,
    String.raw`(?:recognised|recognized|erkend) (?:\w+ )?(?:as|als) (?:a |een )?(?:victim|slachtoffer)`,
  ].join('|'),
);

/**
 * A doubt said as a statement, with no question mark: "ik weet niet of het kwaad kan", "I don't know
 * if this is anything", "weet niet of het zo erg is als ik denk".
 */
const DOUBTED = cue(
  String.raw`(?:ik )?(?:weet|snap) (?:\w+ )?niet (?:goed )?of (?:${POINTER}|het) (?:\w+ ){0,2}(?:${JUDGEMENT}|kan|normaal)|(?:i )?(?:do not|dont|don't) know (?:if|whether) (?:${POINTER}|it) (?:\w+ ){0,2}(?:${JUDGEMENT}|normal)`,
);

/**
 * The chat, a call or a step asked about ("is het veilig om te bellen?", "is this chat safe?", "is
 * it ok if I write in English?"): the judgement is of the talk or of the step, not of the story.
 */
const OF_THE_TALK = cue(
  String.raw`om (?:\w+ ){0,4}te \w+|to (?!be\b)\w+|(?:voor|for) (?:mij|me|ons|us|jullie|you)|(?:you|jullie) (?:\w+ )?(?:deal|handle|look|do|can|doen)|chat|chatten|hier|here|gesprek|conversation|site|website|bel|belt|bellen|call|schrijven|write|engels|english`,
);
/** Set phrases whose "om … te" or "to" is part of the judgement or of reporting, read before OF_THE_TALK. */
const JUDGEMENT_PHRASE =
  /\b(?:te mooi om waar te zijn|too good to be true|(?:om )?(?:\w+ )?te melden|to report|worth reporting|too late to be|te laat om)\b/g;

const ofTheTalk = (plain: string) => OF_THE_TALK.test(plain.replace(JUDGEMENT_PHRASE, ' '));

/** Whether a sentence of the message asks us to judge what was told (see JUDGED and DOUBTED). */
export function situationJudged(text: string): boolean {
  // A short question that points back comes with the sentence before it ("…voor werk hier? Is this
  // safe?"): the talk is looked for in the question's own words, not in the story's.
  const asked = askingSentences(text)
    .flatMap((s) => s.split(/(?<=[?¿؟])\s/u))
    .map((s) => plainWords(s))
    .some((plain) => JUDGED.test(plain) && !ofTheTalk(plain));
  if (asked) return true;
  return text
    .split(/(?<=[?¿؟.!\n])/u)
    .map((s) => plainWords(s))
    .some((plain) => DOUBTED.test(plain) && !ofTheTalk(plain));
}
