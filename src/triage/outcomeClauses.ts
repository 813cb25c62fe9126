/**
 * A clause-level reading of what the citizen asks or fears will follow: each clause that asks (a
 * question, an indirect or a reported question, a wish or a fear; src/nlu/questions/clauses) is
 * read for its mood, for whom it is about (the writer or someone else) and for whether it speaks of
 * an outcome that befalls someone, and of which kind (trouble, a loss, being left without, damage or revenge, money or
 * a place to stay kept or not). A clause that asks about an outcome asks what telling would bring,
 * whatever its words: the topic model reads the shapes its corpus has, this reads the structure
 * ("ik wil niet dat meneer ineens zonder zorg zit", "of komen die jongens dan mijn zaak kapot
 * maken", "Oleksandr vraagt of hij zijn geld nog krijgt"). Pure; Dutch and English.
 */
import { questionClauses, type QuestionClause } from '../nlu/questions/clauses';
import { recallClauses } from './cueMemo';
import { cue, type Cue } from './cuePattern';
import { plainWords } from './questionCues';

export type OutcomeMood = 'question' | 'indirect' | 'reported' | 'worry';
export type OutcomeSubject = 'writer' | 'other' | 'unknown';

export interface OutcomeClause {
  readonly mood: OutcomeMood;
  /** Whom the outcome befalls, by the clause's own words. */
  readonly subject: OutcomeSubject;
  /** The kinds of outcome it names. */
  readonly kinds: readonly OutcomeKind[];
  /** Plain words of the clause. */
  readonly words: string;
}

/**
 * What befalls someone, by its kind rather than by a topic's words: trouble; a loss or being left
 * without; damage, revenge or anger turned on someone; money, work or a place to stay kept or not;
 * having to leave. Only in a clause that asks or fears.
 */
export type OutcomeKind = 'trouble' | 'without' | 'harm' | 'comes' | 'kept' | 'taken' | 'punished' | 'leave';

/** What one lives by and may lose: work, a home, money, papers, a business (not trust or a friend: the sets never ask those as a consequence). */
const THINGS = String.raw`(?:werk|baan|job|huis|kamer|woning|house|room|home|geld|loon|salaris|inkomen|money|wages|income|vergunning|verblijf\w*|papieren|permit|visa|papers|klant\w*|opdracht\w*|zaak|bedrijf|client\w*|customer\w*|business|uitkering)`;
/** The police or an inspectorate coming is what happens after a report, not harm done to the writer. */
const AUTHORITY = /\b(?:politie|police|inspectie|inspectorate|veilig thuis|jeugdzorg|agent|agenten|cops)\b/;

const OUTCOMES: Record<OutcomeKind, Cue> = {
  // Trouble, and being the one who pays for it.
  trouble: cue(
    String.raw`(?:in de |in )?(?:problemen|moeilijkheden|nesten|trouble)(?: \w+)? (?:komt|komen|kwam|raakt|raken|krijgt|krijgen|zit|zitten|get|gets|be|is|are|end up)|(?:komt|komen|raakt|raken|krijgt|krijgen|get|gets|got|be|is|are|in|into) (?:\w+ ){0,2}(?:problemen|moeilijkheden|trouble)|de (?:dupe|klos)`,
  ),
  // Left without what one depends on.
  without: cue(
    String.raw`zonder (?:\w+ )?(?:zorg|hulp|verzorging|werk|baan|huis|dak|inkomen|geld|eten|loon|opvang|papieren) (?:\w+ )?(?:zit|zitten|komt|komen|staat|staan|valt|vallen)|(?:zit|zitten|zat|sta|staat|staan|kom|komt|komen|val|valt|vallen) (?:\w+ ){0,3}zonder (?:\w+ )?(?:zorg|hulp|verzorging|werk|baan|huis|dak|inkomen|geld|eten|loon|opvang)|without (?:\w+ )?(?:care|help|work|a job|a home|a roof|income|money|food|wages)|op straat (?:\w+ )?(?:staat|staan|komt|komen|belandt|belanden)|on the street`,
  ),
  // Damage, revenge or anger turned on someone.
  harm: cue(
    String.raw`kapot (?:maken|maakt|gooien|gooit|slaan|slaat)|slopen|sloopt|in elkaar (?:slaan|slaat|trappen)|aanvallen|(?:hurt|harm|attack|beat up) (?:me|us|my \w+|our \w+)|vernielen|vernielt|vernield|in brand|wraak|revenge|smash\w*|wreck\w*|burn (?:\w+ )?down|get back at|(?:doen|doet) (?:\w+ )?(?:mij|me|ons|haar|hem) (?:\w+ )?(?:iets|wat) aan|(?:do|does|will do) (?:something|anything) to (?:me|us|her|him)`,
  ),
  // Those told about coming to the writer's door or business ("komen die jongens dan naar mijn zaak?");
  // not the police or an inspectorate coming (see AUTHORITY).
  comes: cue(
    String.raw`(?:komen|komt|staan|staat|come|comes|show up|turn up) (?:\w+ ){0,3}(?:naar|bij|aan|voor|to|at) (?:mijn|onze|my|our) (?:zaak|huis|deur|voordeur|winkel|werk|bedrijf|salon|shop|house|home|door|work|business|place)`,
  ),
  // Money or work kept or lost, a place to stay or to remain.
  kept: cue(
    String.raw`(?:krijgt|krijgen|krijg|get|gets) (?:\w+ ){0,4}(?:geld|loon|salaris|money|wages|pay)|(?:geld|loon|salaris) (?:\w+ ){0,3}(?:krijgt|krijgen|krijg|terugkrijgt|terugkrijgen)|(?:keep|keeps|houdt|houden|behoudt|behouden) (?:\w+ ){0,3}(?:geld|loon|salaris|money|wages|pay|baan|werk|job|kamer|huis|room)|(?:blijven|stay|remain) (?:werken|wonen|working|living)|(?:hier|in nederland|in holland|in the netherlands|in the country|here) (?:\w+ )?(?:blijven|stay|remain)|(?:blijven|stay|remain) (?:hier|in nederland|in holland|in the netherlands|here)|(?:kwijt\w*|verliest|verliezen|lose|loses|losing) (?:\w+ ){0,2}${THINGS}|${THINGS} (?:\w+ ){0,2}kwijt`,
  ),
  // Someone taken away or out of the home ("halen ze haar dan bij mij weg?").
  taken: cue(
    String.raw`(?:halen|haalt|nemen|neemt|pakken|pakt) (?:\w+ ){0,5}(?:weg|mee)|uit huis (?:\w+ )?(?:geplaatst|plaatsen|halen|gehaald)|(?:take|takes|taking|taken) (?:\w+ ){0,2}away`,
  ),
  // Punished as what follows from telling: only with "dan"/"then" ("zijn die meiden dan strafbaar?").
  punished: cue(
    String.raw`(?:dan|then) (?:\w+ ){0,4}(?:strafbaar|gestraft|opgepakt|gearresteerd|punished|arrested|in de cel|in jail|in prison)|(?:strafbaar|gestraft|opgepakt|gearresteerd|punished|arrested) (?:\w+ ){0,2}(?:dan|then)`,
  ),
  // Having to leave, being sent back.
  leave: cue(
    String.raw`(?:moet|moeten|must|has to|have to) (?:\w+ ){0,3}(?:terug|weg|vertrekken|leave|go back)\b|(?:teruggestuurd|weggestuurd|uitgezet|sent (?:back|away|home))`,
  ),
};
const KINDS = Object.keys(OUTCOMES) as OutcomeKind[];

function kindsOf(words: string): OutcomeKind[] {
  return KINDS.filter((k) => OUTCOMES[k].test(words) && (k !== 'comes' || !AUTHORITY.test(words)));
}

/** A reported question in the present, relayed by the writer: "Oleksandr vraagt of…", "she wants to know whether…". */
const REPORTED =
  /\b(?:vraagt|vragen|wil (?:graag )?weten|willen (?:graag )?weten|asks|is asking|are asking|wants to know|want to know) (?:(?!mij |me |ons |us )\w+ ){0,2}(?:of|whether|if|wat|what|hoe|how|wanneer|when|waar|where)\b/;

/** The writer as whom a clause is about. */
const WRITER = /\b(?:ik|mij|me|mijn|m'n|mn|wij|we|ons|onze|i|my|us|our|myself|mezelf|mijzelf)\b/;
/** Someone else: a third person, a person named by kin or role, or "iemand". */
const SOMEONE =
  /\b(?:hij|zij|ze|hem|haar|hen|hun|die|iemand|niemand|meneer|mevrouw|he|she|him|her|they|them|someone|somebody|anyone|anybody|the \w+|de \w+|die \w+|zijn \w+|haar \w+|his \w+|her \w+)\b/;
/** A frame of the writer's own ("ik wil niet dat…", "ik ben bang dat…"): its "ik" is the one who fears, not whom it befalls. */
const OWN_FRAME = /^(?:\w+ )?(?:ik|i|we|wij) (?:\w+ ){0,3}(?:dat|that|bang|afraid|scared|worried|want|wil|wilt)\b(?: dat| that)?/;

function subjectOf(words: string): OutcomeSubject {
  const told = words.replace(OWN_FRAME, ' ').trim();
  if (WRITER.test(told)) return 'writer';
  if (SOMEONE.test(told)) return 'other';
  return 'unknown';
}

function moodOf(clause: QuestionClause): OutcomeMood {
  if (clause.opening === 'worry') return 'worry';
  if (clause.opening === 'indirect') return 'indirect';
  return 'question';
}

/** The reported questions of a message ("X vraagt of hij…"), each from its frame to the end of its sentence. */
export function reportedClauses(text: string): OutcomeClause[] {
  return text
    .split(/(?<=[.!?¿؟\n])/u)
    .map((s) => plainWords(s))
    .flatMap((plain) => {
      const hit = REPORTED.exec(plain);
      if (!hit) return [];
      const words = plain.slice(hit.index + hit[0].length).trim();
      return [{ mood: 'reported' as const, subject: subjectOf(words), kinds: kindsOf(words), words }];
    });
}

/**
 * A wish or a fear about what will happen, also where the clause reader finds no question (chat drops
 * the "ik": "wil geen problemen krijgen"; "ik hoop niet dat…"). What follows the frame is the outcome.
 */
const WISH_OR_FEAR =
  /\b(?:(?:ik |we |wij )?(?:wil|willen|wou) (?:\w+ ){0,2}(?:niet|geen|niemand|nooit)|(?:ik |we |wij )?hoop (?:\w+ )?(?:niet )?dat|bang (?:\w+ )?(?:dat|voor|om)|i (?:do not|dont|don t|would not|wouldnt|really do not) want|i hope|(?:afraid|scared|worried) (?:that|of)|i fear)\b/;
/** "Die vrouw moet niet de klos worden", "she must not get into trouble": a wish that nobody comes to harm. */
const MUST_NOT = /\b(?:(?:moet|mag|mogen|moeten) (?:\w+ ){0,2}niet|(?:must|should|may) not|mustnt|shouldnt)\b/;

/** The sentences of a message that say a wish or a fear about an outcome (see WISH_OR_FEAR), from the frame on. */
function wishesAndFears(text: string): OutcomeClause[] {
  return text
    .split(/(?<=[.!?¿؟\n])/u)
    .map((s) => plainWords(s))
    .flatMap((plain) => {
      const wish = WISH_OR_FEAR.exec(plain);
      const must = MUST_NOT.exec(plain);
      const hit = wish ?? must;
      if (!hit) return [];
      const words = plain.slice(hit.index);
      // A duty said of someone ("ze mag niet weg") is a story; only trouble befalling them is a wish.
      const kinds = kindsOf(words).filter((k) => wish !== null || k === 'trouble');
      return [{ mood: 'worry' as const, subject: subjectOf(words), kinds, words }];
    });
}

/** The clauses of a message that ask about or fear an outcome that befalls someone. */
export function outcomeClauses(text: string): OutcomeClause[] {
  const direct = recallClauses(text, questionClauses).map((clause) => {
    const words = clause.words.join(' ');
    // Whom it befalls is told after the condition ("als ik bel, krijgt hij dan straf?").
    const outcome = clause.words.slice(clause.condition).join(' ');
    return { mood: moodOf(clause), subject: subjectOf(outcome), kinds: kindsOf(words), words };
  });
  return [...direct, ...reportedClauses(text), ...wishesAndFears(text)].filter((c) => c.kinds.length > 0);
}

/**
 * Whether the writer fears harm done to them for telling ("komen die jongens dan mijn zaak kapot
 * maken?", "will they take revenge on me?"): staying unknown and 112 are the answer, not "asking
 * has no consequences".
 */
export function harmToWriterFeared(text: string): boolean {
  return outcomeClauses(text).some((c) => c.subject === 'writer' && (c.kinds.includes('harm') || c.kinds.includes('comes')));
}

/** Whether the message asks or fears an outcome (see outcomeClauses). */
export function outcomeAsked(text: string): boolean {
  return outcomeClauses(text).length > 0;
}

/** Whether every outcome asked about befalls someone else, not the writer: the answer speaks of that person. */
export function outcomeOfSomeoneElse(text: string): boolean {
  const found = outcomeClauses(text);
  return found.length > 0 && found.every((c) => c.subject === 'other');
}

/**
 * Whether the message relays a question of someone else's ("hij vraagt of hij zijn loon nog
 * krijgt"): asked by that person through the writer, the clause reader does not read it as asking.
 */
export function reportedQuestionAsked(text: string): boolean {
  return reportedClauses(text).length > 0;
}
