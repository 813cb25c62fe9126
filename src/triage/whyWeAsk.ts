/**
 * A question about the bot's own question: "waarom wil je weten waar ik woon?", "why do you need my
 * city?", "waarom vraag je dat?", "wat heb je aan mijn leeftijd?". The writer asks what the helpline
 * does with what it asks for, before telling it. A counsellor says why they ask, that it may be left
 * unsaid and who reads it: a question of privacy with an answer of its own (dialogs/ownAnswers.ts).
 * Read by the clause's structure (a reason asked for the helpline asking or needing something of
 * the writer), not by what is asked for. Pure; Dutch and English.
 */
import { askingSentences, plainWords } from './questionCues';
import { cue } from './cuePattern';

/** A reason asked for the helpline ("je", "jullie", "you") asking, needing or wanting to know something. */
const WHY_YOU_ASK = cue(
  String.raw`(?:waarom|waarvoor|why) (?:\w+ )?(?:wil|wilt|willen|moet|moeten|vraag|vraagt|vragen|heb|hebt|hebben|do|would|did|are|must) (?:je|jij|u|jullie|you) (?:\w+ ){0,5}(?:weten|vragen|nodig|know|need|ask|asking|want)\b|(?:waarom|why) (?:vraag|vraagt|vragen|ask|need|want|wants) (?:je|jij|u|jullie|you)\b|(?:waarom|why) (?:is|moet|does|do) (?:dat|dit|het|that|this|it|mijn \w+|my \w+) (?:\w+ )?(?:belangrijk|nodig|relevant|important|needed|necessary|matter)\b|wat (?:heb|hebt|hebben) (?:je|jij|u|jullie) (?:\w+ ){0,4}aan\b|what do (?:you|u) (?:\w+ ){0,3}(?:need|want) (?:\w+ ){0,3}for\b`,
);

/**
 * What the writer was asked to tell, pointed at ("dat", "that") or named (their place, age, name…):
 * "why do you need a permit to work here?" asks about the rules, not about our question.
 */
const WHAT_WE_ASKED = cue(
  String.raw`dat|dit|het|that|this|it|mijn|my|mn|me|mij|waar|where|hoe oud|how old|wie|who|wanneer|when|naam|name|leeftijd|age|woonplaats|stad|city|town|plaats|place|adres|address|gemeente|regio|region|telefoonnummer|nummer|number|land|country|nationaliteit|nationality`,
);

/** Whether a sentence that asks is why the helpline asks or needs what it asked the writer for. */
export function whyWeAskAsked(text: string): boolean {
  return askingSentences(text).some((s) => {
    const plain = plainWords(s);
    return WHY_YOU_ASK.test(plain) && WHAT_WE_ASKED.test(plain);
  });
}
