/**
 * The citizen's own questions, answered before the bot goes on with its own: which answers, in
 * which order. Pure (locale keys only); dialogs/ownAnswers.ts turns them into messages.
 */
import type { QuestionTopic } from '../understanding/understanding';
import { cue } from './cuePattern';
import type { Cue } from './cuePattern';
import { recallConsequences } from './cueMemo';
import {
  LIVING_KEPT,
  askingSentences,
  consequenceOfSomeoneElse,
  cuedTopics,
  plainWords,
  sentBackToACountry,
  withoutWhetherIllegal,
} from './questionCues';

/** At most this many answers before the conversation goes on: more would bury the rest. */
export const MAX_ANSWERS = 2;
/** A citizen who plainly asks three or four things ("is this saved? my name? my status?") gets them all answered. */
export const MAX_PLAIN_ANSWERS = 4;

/** Questions about oneself come first: they are what holds a citizen back from going on. */
const ORDER: readonly QuestionTopic[] = [
  'anonymity',
  'after_report',
  'consequences',
  'privacy',
  'police',
  'is_it_trafficking',
  'signals',
  'counsellor',
];
/** The order when the consequence asked befalls only someone else: whether it is exploitation first. */
const ORDER_SOMEONE_ELSES: readonly QuestionTopic[] = [
  'anonymity',
  'after_report',
  'is_it_trafficking',
  'consequences',
  'privacy',
  'police',
  'signals',
  'counsellor',
];

/**
 * The questions to answer, in order. Each topic was read from a clause that asks about it (see
 * src/nlu/questions), so a consequence asked beside a question about the report is answered too.
 * `alsoCued`: topics only the plain cues found in a sentence that asks (src/triage/questionCues);
 * they fill the answers left over, up to MAX_PLAIN_ANSWERS, and never push out a topic read from
 * the question itself.
 */
export function topicsToAnswer(
  topics: readonly QuestionTopic[],
  text = '',
  plainlyAsked: readonly QuestionTopic[] = [],
  alsoCued: readonly QuestionTopic[] = [],
): QuestionTopic[] {
  // A named consequence of the writer's own (the job, the permit, the debt) is what holds the citizen
  // back: first. One that befalls only someone else ("krijgt zij dan straf?") comes after whether it
  // is exploitation at all: that tells whether there is anything to befall them.
  const named = consequencesAsked(text);
  const own = named.some((c) => !consequenceIsSomeoneElses(text, c));
  const order = own
    ? ['consequences' as const, ...ORDER.filter((t) => t !== 'consequences')]
    : named.length > 0
      ? ORDER_SOMEONE_ELSES
      : ORDER;
  const chosen = order.filter((t) => topics.includes(t));
  // With more topics than answers, what the words plainly ask goes before a guess of the model.
  const plain = chosen.filter((t) => plainlyAsked.includes(t));
  const picked = [...plain, ...chosen.filter((t) => !plainlyAsked.includes(t))].slice(
    0,
    Math.max(MAX_ANSWERS, Math.min(plain.length, MAX_PLAIN_ANSWERS)),
  );
  const room = Math.max(0, MAX_PLAIN_ANSWERS - picked.length);
  const extra = order.filter((t) => alsoCued.includes(t) && !topics.includes(t)).slice(0, room);
  return inAskedOrder([...picked, ...extra], text);
}

/**
 * The answers in the order the citizen asked them, as a counsellor answers ("is dit anoniem? en
 * raak ik mijn baan kwijt?": first the name, then the job). The order above chooses which topics
 * are answered when there are more than fit; this one only orders them. A topic no asking sentence
 * names in plain words (read by the model alone) keeps its place; the topics found in the words
 * fill the other places in the order of the sentences that ask them.
 */
export function inAskedOrder(topics: readonly QuestionTopic[], text: string): QuestionTopic[] {
  // One topic or none has no order to change: the cues of the asking sentences are not read for it.
  if (topics.length < 2) return [...topics];
  return inOrderAsked(topics, askedAt(text));
}

/**
 * The topics with those found asked (`at`: where each is first asked) in the order asked; the others
 * keep their places. Shared by the Dutch and English reading (`inAskedOrder`) and the other
 * languages' (otherLanguageQuestions.ts `inOtherAskedOrder`), which find the places each in their own way.
 */
export function inOrderAsked(topics: readonly QuestionTopic[], at: ReadonlyMap<QuestionTopic, number>): QuestionTopic[] {
  const placed = topics.filter((t) => at.has(t)).sort((a, b) => at.get(a)! - at.get(b)!);
  let next = 0;
  return topics.map((t) => (at.has(t) ? placed[next++]! : t));
}

/**
 * For each topic the plain cues find in a sentence that asks, where it is first asked: the sentence,
 * then the part of it ("is het anoniem, en raak ik mijn baan kwijt?" asks two things in one).
 */
function askedAt(text: string): Map<QuestionTopic, number> {
  const at = new Map<QuestionTopic, number>();
  askingSentences(text).forEach((sentence, i) => {
    const asked = (words: string) => cuedTopics(words.includes('?') ? words : `${words}?`);
    const parts = sentence.split(ASKED_PARTS).filter((p) => /\p{L}/u.test(p));
    parts.forEach((part, j) => {
      for (const topic of asked(part)) if (!at.has(topic)) at.set(topic, i * PARTS + j);
    });
    // What the sentence asks only as a whole comes after its parts.
    for (const topic of asked(sentence)) if (!at.has(topic)) at.set(topic, i * PARTS + PARTS - 1);
  });
  return at;
}

/** Room for the parts of one sentence in the positions askedAt gives. */
const PARTS = 100;
/** Where one sentence goes on to ask something else: a comma, a semicolon, "en"/"and", "of"/"or", "maar"/"but". */
const ASKED_PARTS = /[,;]|\s(?:en|and|of|or|maar|but)\s/iu;

export const CONSEQUENCES = ['job', 'permit', 'debt', 'wages', 'punished', 'children', 'liability'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

// Dutch and English, and the plain words of the languages labour migrants often write in (French,
// Italian, German, Papiamento, Albanian and Somali since round 49).
const CONSEQUENCE_WORDS: Record<Consequence, Cue> = {
  // The job named as something to keep or lose, not every "work" of a story ("she work in massage").
  job: cue(
    String.raw`${LIVING_KEPT}|baan|ontslag\w*|ontslagen|job|jobs|(?:blijven|keep) (?:\w+ )?(?:werken|working)|fired|sacked|contract|eruit (?:vlieg\w*|gegooid|geschopt)|(?:mijn|m'n|mn|ons) brood|(?:my|our) (?:living|livelihood)|(?:mijn|my|m'n|mn|zijn|haar|his|her|our|onze|their|hun|het|the) (?:\w+ )?(?:werk|work)|werk (?:\w+ )?kwijt|(?:lose|losing|verlies\w*|kwijtraken) (?:\w+ ){0,2}(?:werk|work|uren|hours)|(?:werk|baan|huis|kamer|job|house|room) (?:\w+ )?weg|(?:throw\w*|threw|kick\w*|put\w*) (?:me|us|him|her|them) (?:\w+ )?out\b|(?:throw|kick|put|zet\w*|gooi\w*) (?:me|us|him|her|them|mij|ons|hem|haar) (?:\w+ )?(?:from|out of|uit) (?:the |my |het |mijn |de )?(?:house|room|home|huis|kamer)|(?:still )?works? for (?:him|her|them)|werkt (?:nog )?(?:steeds )?(?:voor|bij) (?:hem|haar|hen|die)|prac\w*|munca|trabajo|emprego|munka\w*|munkam\w*|darb\w*|робот\w*|работ\w*|travail|boulot|emploi|lavoro|arbeit|arbeitsplatz|trabou|punen|shaqad\w*`,
  ),
  permit: cue(
    String.raw`(?:het|dit|ons) land uit|(?:leave|out of|kicked out of|thrown out of) (?:the|this) country|send (?:me|him|her|them|us) (?:back|away|home)|sent (?:back|away|home)|(?:go|going) back to (?:my|his|her|their|our) country|terugsturen|teruggestuurd|terug (?:\w+ )?naar|verblijf\w*|papieren|vergunning|uitgezet|uitzetten|ind|permit|visa|visum|deport\w*|papers|residence|illegaal|illegal|undocumented|(?:not|no longer) (?:\w+ )?legal|niet (?:meer )?legaal|status|asiel|asylum|wiza|viza|vize|visado|karta pobytu|pozwolenie na pobyt|permis de sedere|oturum izn\w*|ikamet\w*|s[iı]n[iı]r d[iı]s[iı]|deportac\w*|депорт\w*|oturum\w*|geri gonder\w*|(?:ال)?اقام\w*|(?:ال)?لجوء|لاجئ\w*|asiel\w*|azil\w*|azyl\w*|asilo|iltica|s[iı]g[iı]nma|убежищ\w*|притулк\w*|притулок|тимчасов\w* захист\w*|временн\w* защит\w*|ochron\w* czasow\w*|ዑቕባ\w*|titre de sejour|permis de sejour|carte de sejour|sejour|papiers|permesso di soggiorno|soggiorno|aufenthalt\w*|abschieb\w*|abgeschoben|permiso|residensia|expuls\w*|renvoy\w*|rimpatri\w*|leje qendrimi`,
  ),
  debt: cue(
    String.raw`schuld\w*|terugbetalen|terug betalen|(?:hoeft|hoef|hoeven|moet|moeten) (?:\w+ ){1,8}(?:te )?betalen|(?:have|has|need|needs|got) to pay|must pay|boetes?|fines?|lening|debt\w*|repay\w*|pay back|owe|verschuldigd|loan|dlug\w*|dług\w*|spłac\w*|splac\w*|datori\w*|borc\w*|deuda\w*|divida\w*|adossag\w*|дълг\w*|борг\w*|долг\w*|върна парите|повернути гроші|вернуть деньги|skol\w*|(?:su)?moket\w*|parads|paradu|(?:sa)?maksat|dette|dettes|rembours\w*|debito|debiti|e debe|mi debe|paga bek|borxh\w*|deyn\w*|qarz|gharz|bedehi`,
  ),
  wages: cue(
    String.raw`loon|salaris|uitbetaald|minimumloon|wages?|salary|minimum wage|money back|geld terug|who pays|wie betaalt|achterstallig\w*|back ?pay|unpaid (?:wages|salary|money)|(?:zijn|haar|hun|mijn|m'n|mn|his|her|their|my) (?:\w+ )?geld (?:\w+ ){0,3}(?:krijg\w*|terug\w*)|(?:get|gets|getting) (?:his|her|their|my) (?:\w+ )?money|pensj\w*|wyplat\w*|salariu\w*|maas\w*|sueldo|salario|fizetes\w*`,
  ),
  punished: cue(
    String.raw`opgepakt|oppakken|oppakt|(?:pakken|pakt) (?:ze |zij |die |de politie )?(?:me|mij|ons|hem|haar) (?:\w+ ){0,3}op\b|gearresteerd|arrested|gevangenis|jeugdgevangenis|jeugdinrichting|jeugddetentie|cel|prison|jail|(?:in|de) (?:bak|bajes|lik|jeugdgevangenis|jeugdinrichting)|jji|juvie|locked up|gestraft|straf|strafbaar|strafblad|punished|criminal record|wiezienie|więzienie|inchisoare|hapis|carcel|prisao|borton|затвор\w*|в'язниц\w*|السجن|سجن|ukarany|ukarana|pedepsit\w*|ceza\w*|наказан\w*|arrete|arretee|punie|punir|amende|carcere|prigione|galera|arrestat\w*|gefangnis|knast|verhaftet|festgenommen|bestraft|xabsi|zendan`,
  ),
  // Youth care taking a child out of the home ("gaat jeugdzorg haar bij ons weghalen?", "uit huis plaatsen").
  children: cue(
    String.raw`(?:jeugdzorg|jeugdbescherming|kinderbescherming|youth care|child protection|social services) (?:\w+ ){0,4}(?:weg\w*|uit huis|afpakken|away|take|remove\w*)|uit huis (?:geplaatst|plaatsen|plaatsing|halen|gehaald)|(?:kind|kinderen|kids|children|child|son|zoon|dochter|daughter|baby)(?: \w+){0,4} (?:weg\w*|afgepakt|afgenomen|uit huis|kwijt|taken|take|away|removed)|(?:lose|kwijt\w*|afpakken|take away|take) (?:\w+ ){0,2}(?:kind|kinderen|kids|children|child|son|zoon|dochter|daughter)|(?:met|with) (?:mijn|my|een|a|our|onze) (?:kind|kinderen|kids|children|child|son|zoon|dochter|daughter)`,
  ),
  // The writer's own liability as the one who has people work ("krijg ik zelf een boete als inlener?",
  // "am I liable as the employer?"): a fine or a liability asked of the writer (the employer named
  // beside it, see EMPLOYER).
  liability: cue(
    String.raw`aansprakelijk\w*|liable|liability|(?:krijg|krijgen|kan|kunnen|get|could|can|will) (?:ik|we|wij|i) (?:\w+ ){0,3}(?:(?:een|a) )?(?:boete|boetes|fine|fines|fined)|(?:word|worden|be|get) (?:ik|we|wij|i )?(?:\w+ )?(?:beboet|fined)`,
  ),
};

/**
 * The writer as the one who has people work: a hirer or an employer, people working for them, their
 * business. Only beside a fine or a liability asked of the writer (see CONSEQUENCE_WORDS.liability).
 */
const EMPLOYER = cue(
  String.raw`inlener|werkgever|opdrachtgever|employer|hirer|(?:bij|voor) (?:mij|ons) (?:\w+ ){0,2}(?:werk\w*|in dienst)|(?:work\w*|employ\w*) for (?:me|us)|(?:mijn|m'n|ons|onze|my|our) (?:\w+ )?(?:bedrijf|zaak|kwekerij|boerderij|restaurant|salon|winkel|company|business|farm|shop|personeel|staff|werknemers|workers)|(?:via|through) (?:een |an |the |het )?(?:uitzend)?(?:bureau|agency)`,
);
/** A debt of one's own, not a fine: "schuld", "terugbetalen", "lening", "owe". */
const DEBT_NOT_FINE = cue(String.raw`schuld\w*|terugbetalen|terug betalen|lening|debt\w*|repay\w*|pay back|owe|loan|verschuldigd`);

/** "Do I need proof?", "moet ik het zeker weten?": asked about a report. */
const PROOF = cue(String.raw`bewijs\w*|proof|prove|evidence|zeker weten|zeker zijn|be sure|need to be sure|100 ?%`);

export function proofAsked(text: string): boolean {
  return PROOF.test(plainWords(text));
}

/**
 * Keeping what may be evidence: "moet ik haar laptop bewaren?", "should I keep the messages?", "mag
 * ik die foto's wissen?". A question for the police (what to keep for a report), not about what this
 * chat stores: the thing kept is the writer's or the person's, not their words here.
 */
const EVIDENCE_THING = String.raw`laptop|computer|telefoon|telefoontje|mobiel|phone|mobile|berichten|bericht|appjes|messages|texts|chats?|gesprekken|screenshots?|schermafbeelding\w*|foto\w*|photos?|pictures?|video\w*|spullen|things|bewijs\w*|evidence|kleren|kleding|clothes|brief|briefje|letter|note|notitie|contract|bonnetjes|receipts?|loonstroken|payslips?`;
const EVIDENCE_KEPT = cue(
  String.raw`(?:moet|mag|kan|zal|hoef|moeten|mogen|kunnen|should|must|can|shall|do|may) (?:ik|we|wij|i) (?:[^ ]+ ){0,4}(?:bewaren|houden|opslaan|weggooien|wissen|verwijderen|keep|save|store|delete|throw away|get rid of)|(?:bewaar|bewaren|houd|hou|wis|verwijder) (?:ik|we|wij) (?:\w+ ){0,3}(?:${EVIDENCE_THING})`,
);
const EVIDENCE_NAMED = cue(EVIDENCE_THING);
/** This chat itself ("mag ik dit gesprek wissen van mijn telefoon?"): what we keep, or the writer's own safety. */
const THIS_CHAT = cue(
  String.raw`(?:dit|deze|het|de|this|the|our|ons) (?:\w+ )?(?:gesprek|chat|chatgesprek|chatje|conversation)|\w*geschiedenis|history|gesprekscode`,
);

export function evidenceKeptAsked(text: string): boolean {
  return text.split(/(?<=[?.!\n])/u).some((sentence) => {
    const plain = plainWords(sentence);
    return EVIDENCE_KEPT.test(plain) && EVIDENCE_NAMED.test(plain) && !THIS_CHAT.test(plain);
  });
}

/** A professional's duty of confidentiality: "mag ik dat delen, gezien mijn beroepsgeheim?", "without my client's consent". */
const SECRECY = cue(
  String.raw`(?:mag|mogen|may) (?:\w+ ){0,2}(?:niks|niets|nothing|not|geen) (?:\w+ ){0,4}(?:zeggen|vertellen|delen|doorgeven|say|tell|share|disclose|pass on)|(?:not|never) allowed to (?:\w+ )?(?:say|tell|share|disclose|pass on|talk about)|beroepsgeheim|geheimhoudingsplicht|geheimhouding|zwijgplicht|toestemming|medische gegevens|patientgegevens|dossier van|confidentiality|confidential|consent|medical (?:details|data|records)|professional secrecy`,
);

export function secrecyAsked(text: string): boolean {
  return SECRECY.test(plainWords(text)) && !contractSecrecyAsked(text);
}

/**
 * Secrecy signed for at work, not a profession's duty: "without breaking my NDA", "ik heb een
 * geheimhoudingsverklaring getekend", "I signed a confidentiality agreement". The meldrecht of
 * a profession's duty (the Meldcode) is not what binds such a writer; whether they may tell at all is
 * the question, answered with what the chat can say about it (round 41).
 */
const CONTRACT_SECRECY = cue(
  String.raw`nda|ndas|non disclosure|nondisclosure|geheimhoudingsverklaring|geheimhoudingscontract|geheimhoudingsbeding|geheimhoudingsovereenkomst|confidentiality (?:agreement|clause|contract)`,
);

/** Whether the message names secrecy signed for at work (CONTRACT_SECRECY). */
export function contractSecrecyAsked(text: string): boolean {
  return CONTRACT_SECRECY.test(plainWords(text));
}

/**
 * Which consequences a question is about ("lose my job", "residence permit", "repay the debt", "my
 * wages", "arrested myself"): those the sentences that ask name, else those of the whole message
 * (a worry told beside the question).
 */
export function consequencesAsked(text: string): readonly Consequence[] {
  return recallConsequences(text, consequencesAfresh);
}

function consequencesAfresh(text: string): Consequence[] {
  const plain = plainWords(text);
  // A fine asked by someone who has people work is their own liability, not a debt; without an
  // employer in view, "krijg ik een boete?" stays what it was (a fine to pay).
  const readable = EMPLOYER.test(plain) ? CONSEQUENCES : CONSEQUENCES.filter((c) => c !== 'liability');
  // "Is that illegal?" judges what is done; it names no one's stay.
  const asked = askingSentences(text).map((s) => withoutWhetherIllegal(plainWords(s)));
  // "we all go back to Serbia?": a stay, named by the country one is sent back to.
  const said = (c: Consequence, s: string) => CONSEQUENCE_WORDS[c].test(s) || (c === 'permit' && sentBackToACountry(s));
  const inQuestion = readable.filter((c) => asked.some((s) => said(c, s)));
  const named = inQuestion.length > 0 ? inQuestion : readable.filter((c) => said(c, withoutWhetherIllegal(plain)));
  return named.includes('liability') ? named.filter((c) => c !== 'debt' || DEBT_NOT_FINE.test(plain)) : named;
}

/** Fear said in so many words: "she's scared about her visa", "ik ben bang voor mijn baan". */
const FEAR = cue(String.raw`bang|angst\w*|afraid|scared|fear\w*|worried|worries|zorgen|vrees\w*|terrified|nervous|zenuw\w*`);

/**
 * Whether a consequence (the job, the permit, a debt…) is named in a sentence that asks or in one
 * that fears it ("She's scared about her visa"), not only told as part of the story.
 */
export function consequenceFeared(text: string): boolean {
  const readable = CONSEQUENCES.filter((c) => c !== 'liability');
  const sentences = [...askingSentences(text), ...text.split(/(?<=[?.!\n])/u).filter((s) => FEAR.test(plainWords(s)))];
  return sentences.some((s) => readable.some((c) => CONSEQUENCE_WORDS[c].test(plainWords(s))));
}

/** Consequences whose answer speaks of the person they befall: the writer, or someone else. */
export const PERSONAL_CONSEQUENCES: readonly Consequence[] = ['job', 'punished', 'permit', 'debt', 'wages'];

/**
 * The consequences with a second, more concrete answer for when the writer asks about their own one
 * again ("so they will send me back?", "moet ik dat echt terugbetalen?"): what to do about it now,
 * not "asking has no consequences" once more.
 */
export const CONSEQUENCES_ASKED_AGAIN: readonly Consequence[] = ['job', 'permit', 'debt', 'wages', 'punished', 'children'];

/** Whether the consequence `c` is asked about someone else ("krijgt zij straf?"), not the writer. */
export function consequenceIsSomeoneElses(text: string, c: Consequence): boolean {
  return consequenceOfSomeoneElse(text, (plain) => CONSEQUENCE_WORDS[c].test(plain), { orStory: true });
}
