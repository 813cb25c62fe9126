/**
 * The citizen says that help is on its way or has come: "Gebeld, ze komen eraan", "politie is er, ze
 * zit achter bij mij", "ambulance is coming", "the police are on their way", "police came". The
 * 112 of the danger turn was heard and acted on; a counsellor answers what comes next and does not say
 * "is the danger still there? call 112" again (round 39: on the dialog tuning sets such turns came
 * after a real danger and the writers marked all but one of them calm, while each got the still-now
 * line or the reminder).
 *
 * What it is not: a call weighed or planned ("moet ik de politie bellen?", "ok ik bel nu", "if police
 * come, will they arrest me?", "als ik 112 bel"): the citizen is still in it, and writers mark "ok ik bel
 * nu 112" acute; a call made with no word of help coming ("ambulance is gebeld", "heb gebeld": one
 * writer marked that turn acute); a call not made ("nog niet gebeld"); a sentence that asks. Whether the reading names a danger beside it is the caller's to
 * check. Pure, plain text, Dutch and English.
 */
import { normalisedLine } from './normalise';

/** Who is called or comes: the emergency services. */
const SERVICE_NL = '(?:112|(?:de )?politie|(?:de )?ambulance|(?:de )?hulpdiensten|agenten)';
const SERVICE_EN = '(?:112|(?:the )?police|(?:an |the )?ambulance|(?:the )?cops)';

/** Sentences that say help is on its way or there. */
const HELP_COMING: readonly RegExp[] = [
  // "politie is er", "ambulance komt eraan", "agenten zijn er", "politie is onderweg"
  new RegExp(`\\b${SERVICE_NL}\\s+(?:is|zijn|komt|komen)\\s+(?:er|eraan|onderweg|hier|er heen)\\b`),
  // "Gebeld, ze komen eraan", "gebeld, ze sturen iemand": the call made and its answer
  /\bgebeld\W+(?:en\s+)?ze\s+(?:komen|komt|sturen|zijn)\b/,
  // "police is here", "ambulance is coming", "the police are on their way", "police came"
  new RegExp(`\\b${SERVICE_EN}\\s+(?:is|are|'s|'re)\\s+(?:here|coming|there|on (?:the|their|its) way)\\b`),
  new RegExp(`\\b${SERVICE_EN}\\s+(?:came|arrived|has arrived|have arrived)\\b`),
  /\bcalled\W+(?:and\s+)?they\s+(?:are coming|come|send|will come)\b/,
];

/** A call weighed, not made, or made by someone else than the helpers. */
const NOT_MADE = /\b(?:nog niet|niet|niemand|nooit|not|never|nobody|no one|if|als|moet ik|should i|can|kan|kunnen|zou)\b/;

/** Whether a sentence of the message says help is on its way or has come (see the header). */
export function tellsHelpComing(text: string): boolean {
  const sentences = normalisedLine(text).split(/(?<=[.!?\n])\s*/);
  return sentences.some((sentence) => {
    if (sentence.includes('?')) return false;
    const found = HELP_COMING.map((pattern) => pattern.exec(sentence)).find((m) => m !== null);
    if (!found) return false;
    // What stands before the call in its clause: "als de politie komt", "niet gebeld", "if police come".
    const before =
      sentence
        .slice(0, found.index + found[0].length)
        .split(/[,;:]/)
        .pop() ?? '';
    return !NOT_MADE.test(before);
  });
}
