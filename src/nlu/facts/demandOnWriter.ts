/**
 * Someone else's demand or threat put on the writer, read from the shape of the sentence: the
 * writer is the one who must ("hij zegt steeds dat ik moet bewijzen dat ik van hem hou", "nu zeggen
 * ze dat het tasje weg is en dat ik 1500 moet betalen", "vanavond moet ik mee naar een hotel zegt
 * ie", "he says I have to pay it back", "they want me to drive"), or the one a threat hangs on ("als
 * ik nie kom dan stuurt ie die fotos naar iedereen", "om 8 uur moet ik er zijn met het geld anders
 * komen ze naar ons huis", "if I don't pay they will come"). A young writer tells their own story so,
 * with the one who demands named by a relation ("mn vriendje"), someone they threaten ("mn zusje")
 * or in the third person throughout; the models and the facts readers took those for a bystander's
 * story. Not what a bystander is told to do to get help ("mijn zus zegt dat ik het moet melden"), nor
 * an errand whose act falls on someone else ("zei dat ik haar naar een adres moest brengen": the
 * writer is a go-between). The idea was first tried on branch role46 (not merged). Pure; plain text
 * (normaliseText).
 */

/** Words in quotes are someone else's, not what is laid on the writer. */
const QUOTED = /(?:^|[\s(:])['"‘“][^'"’”]{1,200}['"’”]/g;

const SAYS_NL = '(?:zegt|zei|zeggen|zeiden|eist|eisen|eiste|wil|willen|wou|wilde|wilden)';
const MUST_NL = '(?:moet|moeten|moest|moesten)';
const WRITER_NL = '(?:ik|we|wij)';
/** A speaker that is someone else: not the writer, nor the helpline addressed ("ik wil dat", "jij zei dat ik moet"). */
const OTHER_SPEAKER_NL = "(?:hij|ie|ze|zij|die|men|[a-z]+je|mijn \\w+|mn \\w+|m'n \\w+|de \\w+|die \\w+)";
const ADVERBS_NL = '(?:\\s+(?:steeds|altijd|nu|telkens|ook|dan|gewoon|echt|elke dag))*';

/** Reported speech: "<someone> zegt (steeds) (…) dat ik … moet", "zeggen ze (…) dat ik … moet", "zeggen ze ik moet". */
const REPORTED_NL = new RegExp(
  `\\b(?:${OTHER_SPEAKER_NL}\\s+${SAYS_NL}|${SAYS_NL}\\s+(?:ie|hij|ze|zij|die))\\b${ADVERBS_NL}\\s+(?:(?:[^.!?]{0,60}?\\s)?dat\\s+)?${WRITER_NL}\\s+(?:[^\\s.!?]+\\s+){0,5}?${MUST_NL}\\b[^.!?]*`,
  'g',
);
/** Inverted, the speaker after it: "vanavond moet ik mee naar een hotel zegt ie". */
const INVERTED_NL = new RegExp(`\\b${MUST_NL}\\s+${WRITER_NL}\\b[^.!?]{0,80}?\\b${SAYS_NL}\\s+(?:ie|hij|ze|zij|die)\\b`, 'g');

const SAYS_EN = '(?:says|said|say|tells me|told me|tell me|keeps saying|kept saying|demands|demanded|insists|insisted)';
const OTHER_SPEAKER_EN = '(?:he|she|they|him|them|[a-z]+(?<!\\bi)(?<!\\byou)(?<!\\bwe))';
const REPORTED_EN = new RegExp(
  `\\b${OTHER_SPEAKER_EN}\\s+(?:always\\s+|now\\s+|still\\s+)?${SAYS_EN}\\s+(?:that\\s+)?(?:i|we)\\s+(?:\\w+\\s+)?(?:have to|has to|must|need to|gotta|owe|should)\\b[^.!?]*|\\b${OTHER_SPEAKER_EN}\\s+(?:wants|want|wanted|expects|expected|pushes|pushed|pressures|pressured)\\s+(?:me|us)\\s+to\\b[^.!?]*`,
  'g',
);

/** What the one threatened would do: the harm is done by "he", "she" or "they". */
const HARM_NL =
  '(?:stuurt|sturen|komt|komen|slaat|slaan|doet|doen|vermoordt|vermoorden|maakt|maken|zet|zetten|post|posten|verkoopt|verkopen|vertelt|vertellen|laat|laten|pakt|pakken|vindt|vinden|weten)';
const THREAT = new RegExp(
  [
    // "als ik nie kom dan stuurt ie …", "als we niet betalen komen ze …"
    `\\bals\\s+${WRITER_NL}\\s+(?:[^\\s.!?]+\\s+){0,4}?(?:niet|nie|geen|weiger\\w*|stop\\w*)\\b[^.!?]{0,60}?\\b(?:(?:hij|ze|zij|ie)\\s+(?:\\w+\\s+)?${HARM_NL}|${HARM_NL}\\s+(?:ie|hij|ze|zij))\\b`,
    // "(om 8 uur) moet ik er zijn met het geld anders komen ze …", "ik moet 800 hebben anders …"
    `\\b(?:${MUST_NL}\\s+${WRITER_NL}|${WRITER_NL}\\s+(?:[^\\s.!?]+\\s+){0,4}?${MUST_NL})\\b[^.!?]{0,80}?\\b(?:anders|zo niet)\\s+(?:(?:hij|ze|zij|ie)\\b|${HARM_NL}\\s+(?:ie|hij|ze|zij)\\b)`,
    "\\bif\\s+(?:i|we)\\s+(?:don'?t|do not|dont|won'?t|wont|refuse|say no|stop)\\b[^.!?]{0,60}?\\b(?:they|he|she)\\s*(?:'ll|will|would|are going to|is going to|gonna)\\b",
    '\\b(?:i|we)\\s+(?:have to|must|need to|gotta)\\b[^.!?]{0,80}?\\bor (?:else|they|he|she)\\b',
  ].join('|'),
);

/**
 * What a bystander is told to do to get help ("zegt dat ik het moet melden", "wants me to call you",
 * "zegt ik moet het opschrijven"), to be easy ("zegt dat ik me geen zorgen moet maken") or to do
 * nothing ("hij zegt dat ik niks moet doen"): advice, no demand on a victim.
 */
const SEEKING_HELP =
  /\b(?:zorgen|rustig|worry|relax|calm|niks|niets|nothing|opschrijven|opschrijf\w*|meld\w*|bel(?:len)?|chatten|praten|vertellen|schrijv\w*|schrijf\w*|aangifte|aangeven|hulp|politie|veilig thuis|report\w*|call\w*|talk\w*|chat\w*|reach out|get help|police|tell (?:you|someone|somebody|the)|write (?:to )?(?:you|here))\b/;

/**
 * The demanded act falls on someone else, the writer its go-between or the one asked to serve them:
 * "dat ik haar naar een adres moest brengen", "wanted me to tattoo his name on her neck", "I have to
 * drive them". ("Him" is left out: the one who demands is often the one paid, "dat ik hem moet betalen".)
 */
const ACT_ON_ANOTHER = /\b(?:haar|hen|die meid|dat meisje|die vrouw|her|them|the girl|the woman|the girls|the women)\b/;

/** Whether the message lays someone else's demand or threat on the writer (see above). */
export function demandedOfWriter(plain: string): boolean {
  const own = plain.replace(QUOTED, ' ');
  if (THREAT.test(own)) return true;
  const said = [...own.matchAll(REPORTED_NL), ...own.matchAll(INVERTED_NL), ...own.matchAll(REPORTED_EN)];
  return said.some((m) => !SEEKING_HELP.test(m[0]) && !ACT_ON_ANOTHER.test(m[0]));
}
