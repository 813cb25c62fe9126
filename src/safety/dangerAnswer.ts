/**
 * The citizen's answer to the bot's own question "Is iemand op dit moment in gevaar?" (asked in
 * the unsure band). The question is about now, so the answer weighs more than the words alone:
 * - yes ("ja", "yes", "ja nu") is acute;
 * - "weet ik niet" stays unsure, never none: the citizen cannot rule danger out, so the dialog
 *   names 112 for the doubt ("Twijfel je? Bij direct gevaar bel je altijd 112") and the
 *   conversation goes on; made acute, the alarm alone would end the turn with nothing asked;
 * - no ("nee", "nee hoor, ze is nu veilig", "No, I am not in danger now") is no danger, unless
 *   the rest of the answer tells a danger of its own that reads acute without the "no"
 *   ("nee, maar hij staat nu voor de deur met een mes");
 * - anything else is read as any other message.
 */
import type { DangerAssessment } from '../understanding/understanding';
import { harmOnlyUnderCondition } from './conditionalThreat';
import { BACKGROUND_SITUATIONS, NOT_NOW, type DistanceConcept, type SituationConcept } from './situations';
import type { SafetyScreen, ScreenedMessage } from './screen';
import { WEAK_NAMED } from './turnContext';
import { SaidText, clauseAfterNo, controlledNow, toldNotSafe, watchedNow } from './unsafeNow';
import { clauseAround } from './clauses';
import { AGE_TOLD } from './noWithStateNow';

const YES =
  /^[^\p{L}\p{N}]*(?:ja|jaa+|jawel|jazeker|yes|yess+|yeah|yep|yup|klopt|zeker|ja nu|yes now|ja,? nu|tak|da|evet|si|sim|igen)[^\p{L}\p{N}]*$/iu;
const DONT_KNOW =
  /^[^\p{L}\p{N}]*(?:(?:ik )?weet (?:ik )?(?:het )?niet|weet niet|geen idee|(?:i )?(?:do ?n[o']?t|dunno) know|not sure|no idea|dunno|idk|nie wiem|nu stiu|не знам|не знаю|bilmiyorum|no se|nao sei|nem tudom)[^\p{L}\p{N}]*$/iu;
/** A "no" that opens the answer; what follows it is read on its own. */
const NO_OPENING =
  /^[^\p{L}\p{N}]*(?:nee+n?|neuh?|nope|nah|no+|niet|niemand|nobody|no one|nie|nu|не|ні|hayir|hayır|nem|nao|não)(?![\p{L}\p{N}])(?:\s+(?:hoor|joh|hoor,|hoor\.|sorry|really|not really|eigenlijk niet))?[\s,.!:;-]*/iu;

/** Distance that says the danger is not there now. */
const DENIAL: ReadonlySet<DistanceConcept> = new Set(['denied', 'safe_now']);
/** Situations that make danger now whatever was denied before them. */
export const DANGER_NOW: ReadonlySet<SituationConcept> = new Set([
  'confined',
  'violence',
  'sounds',
  'threat',
  'weapon',
  'injury',
  'no_care',
  'pursued',
  'hiding',
  'silence',
  'forced_sex_now',
  'explicit_alarm',
]);

export type DangerAnswer = 'yes' | 'no' | 'dont_know' | null;

/** What the answer says about danger now, before the rest of it is weighed. */
export function dangerAnswer(text: string, screened: ScreenedMessage): DangerAnswer {
  if (YES.test(text) || yesWithDetail(text)) return 'yes';
  // "Nee, ze is nu niet veilig", "no not now, he is next to me": the "no" answers another question.
  if (toldNotSafe(text) === 'now' || controlledNow(text)) return 'yes';
  if (DONT_KNOW.test(text)) return 'dont_know';
  if (opensWithNo(text)) return 'no';
  return screened.read.distances.some((d) => !d.negated && DENIAL.has(d.concept)) ? 'no' : null;
}

/** A "yes" that opens the answer, what follows it read for what it adds. */
const YES_OPENING = /^[^\p{L}\p{N}]*(?:ja+|jawel|jazeker|yes+|yeah|yep|yup|klopt|zeker)(?![\p{L}\p{N}])[^\p{L}\p{N}]*/iu;
/** Who is still there, in an answer: "ze", "hij", "she", "they", "ik". */
const PERSON = '(?:ze|zij|hij|die|ik|she|he|they|i)';
/** What follows the "yes" only tells an age ("ja 15.", "ja, ze is pas 15", "yes she is 16 years old"). */
const AGE_ONLY = new RegExp(`^${AGE_TOLD}[^\\p{L}\\p{N}]*$`, 'iu');
/**
 * What follows the "yes" says the person or the danger is still there: "ja ze is er nog", "ja, nog
 * steeds", "yes he is still there", "ja ze zijn er nog steeds".
 */
const STILL_THERE = new RegExp(
  `^(?:(?:${PERSON}|het|it)\\s+(?:is|zijn|zit|zitten|staat|staan|are|'s|'re)\\s+)?(?:(?:er|daar|hier)\\s+)?(?:nog(?:\\s+(?:steeds|altijd))?|still)(?:\\s+(?:er|daar|hier|there|here))?[^\\p{L}\\p{N}]*$`,
  'iu',
);

/**
 * "Ja" to the danger question with a detail that does not take it back (round 47, dcheck47): an
 * age ("ja 15.": the number is how old the person is, not another answer) or the person or danger
 * still there ("ja ze is er nog"). Both were read as any other message: the detail alone reads calm,
 * so a "yes, someone is in danger now" got no 112. Anything else after the "ja" ("ja gaat om mij, ben
 * 16 en woon in rotterdam", "ja maar nu niet meer") is read as before: it may answer another
 * question, or turn the "yes".
 */
export function yesWithDetail(text: string): boolean {
  const opening = YES_OPENING.exec(text);
  if (opening === null) return false;
  const rest = text.slice(opening[0].length).trim();
  return rest !== '' && (AGE_ONLY.test(rest) || STILL_THERE.test(rest));
}

/** The message opens with a "no" ("nee", "no", "niemand"...). Romanian "nu" only with a comma: without one it is Dutch "nu" (now). */
function opensWithNo(text: string): boolean {
  return NO_OPENING.test(text) && !/^[^\p{L}\p{N}]*nu(?![\p{L}\p{N}])(?!\s*,)/iu.test(text);
}

/**
 * The message opens with a "no" that is not "no, she is not safe now" or "no, he is next to me now"
 * (as `dangerAnswer` reads them): its "now" is most often the answer to a question of the bot or of
 * the citizen's own ("nee nu is ze er niet, school is al dicht", "no, right now she is working").
 */
export function opensWithPlainNo(text: string): boolean {
  return opensWithNo(text) && toldNotSafe(text) !== 'now' && !controlledNow(text);
}

/** The danger assessment of a message that answers the danger question. */
export function assessDangerAnswer(screen: SafetyScreen, text: string, screened: ScreenedMessage): DangerAssessment {
  const { danger } = screened;
  const answer = dangerAnswer(text, screened);
  if (answer === 'yes') return { ...danger, level: 'acute', reasons: [...danger.reasons, 'answer.danger_now'] };
  if (answer === 'dont_know')
    return { ...danger, level: danger.level === 'acute' ? 'acute' : 'unsure', reasons: [...danger.reasons, 'answer.danger_unknown'] };
  if (answer === null) return dangerToldAsAnswer(danger, screened);
  if (danger.suicidal) return danger;
  const rest = text.slice(NO_OPENING.exec(text)?.[0].length ?? 0);
  const own = rest.trim() === '' ? null : screen.look(rest);
  const dangerOfItsOwn =
    own !== null &&
    (own.danger.suicidal || (own.danger.level === 'acute' && own.read.situations.some((h) => !h.negated && DANGER_NOW.has(h.concept))));
  if (dangerOfItsOwn) return { ...own.danger, reasons: [...own.danger.reasons, 'answer.no_but_danger'] };
  // "Nee nu niet, maar ik mag het huis niet uit": what follows the "maar" is read as told.
  const later = dangerAfterNo(screen, new SaidText(text));
  if (later !== null) return { ...later, reasons: [...later.reasons, 'answer.no_but_danger'] };
  return { ...danger, level: 'none', reasons: [...danger.reasons, 'answer.no_danger_now'] };
}

/**
 * An answer that tells what is going on instead of saying yes or no ("my cleaner saw two very young
 * girls there and men coming and going all evening; they're in the flat right now"): a danger
 * situation of now, named to the question whether anyone is in danger right now, is that "yes" even
 * where the words alone read only unsure (round 28: the question was just asked, so an unsure
 * reading got neither it again nor 112). Only a reading already in the unsure band, with a danger
 * situation of now not negated and nothing that takes it out of the present (past, a what-if, safe
 * now, ...); a calm detail or background (pay, papers, a phone) stays as it reads.
 */
function dangerToldAsAnswer(danger: DangerAssessment, screened: ScreenedMessage): DangerAssessment {
  const { read } = screened;
  if (danger.level === 'acute') {
    // The model's own 112 for a past event told as the answer ("hij heeft haar in maart geslagen"):
    // the question, as the screen gives a danger it reads in the past (screen.ts `awayFromNow`).
    if (!answerMayLower(danger) || !pastEventOnly(read)) return danger;
    return { ...danger, level: 'unsure', reasons: [...danger.reasons, 'answer.past_event'] };
  }
  if (danger.level !== 'unsure') return danger;
  const situationNow = read.situations.some((h) => !h.negated && DANGER_NOW.has(h.concept));
  const awayFromNow = read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept));
  // A harm only under a condition ("if i run away the juju will kill my mother back home", round 49,
  // calm49: conditionalThreat.ts) answers "is someone in danger now?" with the hold, not a moment.
  if (!situationNow || awayFromNow || pastEventOnly(read) || harmOnlyUnderCondition(read)) return danger;
  return { ...danger, level: 'acute', reasons: [...danger.reasons, 'answer.danger_told_now'] };
}

/**
 * The answer tells a danger that happened at a past time, and nothing of now (round 34, reader34;
 * mend32's dj-12: "ze heeft in de zomer ook een blauw oog gehad", told after "Is iemand op dit moment
 * in gevaar?", read as "yes"). The answer's time decides: every danger it names (`DANGER_NOW`) stands
 * in a clause told in the past — a past time the reader names there ("vorig jaar", "last summer"), or a
 * past verb (the reader's `past_verb`, the Dutch perfect "heeft … gehad", "heeft … geslagen") with a
 * time of the past in its sentence ("in de zomer", "in maart", "ooit", "once"). A past verb without a
 * time ("she was beaten") may be of minutes ago and is no such answer; a mark of now, a time today or
 * later, or a danger named in a clause of its own in the present ("… en hij houdt haar vast") keeps
 * the answer as it reads: "nee, vorig jaar sloeg hij me, maar nu staat hij voor de deur" is a danger.
 */
export function pastEventOnly(read: ScreenedMessage['read']): boolean {
  const live = (c: string) => read.distances.some((d) => !d.negated && d.concept === c);
  if (live('now') || live('future') || read.situations.some((h) => !h.negated && h.concept === 'soon')) return false;
  const dangers = read.situations.filter((h) => !h.negated && DANGER_NOW.has(h.concept));
  if (dangers.length === 0) return false;
  const { written, sentenceOf } = read.analysis;
  return dangers.every((hit) => {
    const [from, to] = clauseAround(written, hit.start, hit.end, CLAUSE_WORDS);
    const inClause = (c: string) => read.distances.some((d) => !d.negated && d.concept === c && d.start >= from && d.end <= to);
    if (inClause('past')) return true;
    const clause = written.slice(from, to + 1).join(' ');
    const sentence = written.filter((_, i) => sentenceOf[i] === hit.sentence).join(' ');
    if ((inClause('past_verb') || PERFECT.test(clause)) && PAST_TIME.test(sentence)) return true;
    return timedByNeighbour(read, from, to);
  });
}

/**
 * The clause just before or after a danger's clause tells only when it was, in the past: "one time
 * they beat him, that was in january", "hij heeft haar geslagen. dat was vorig jaar", "vorig jaar,
 * hij sloeg haar toen" (round 48, calm48: the answer told its time in a clause of its own, and the
 * danger's clause alone read as now). Only a short clause that names no situation of its own and
 * tells a past time (`past`, or a time of the past in words) counts: a clause with more in it tells
 * its own story, not the time of the one beside it.
 */
function timedByNeighbour(read: ScreenedMessage['read'], from: number, to: number): boolean {
  const { written } = read.analysis;
  const after =
    to + 1 < written.length ? clauseAround(written, skipEnd(written, to + 1, 1), skipEnd(written, to + 1, 1), CLAUSE_WORDS) : null;
  const before = from > 0 ? clauseAround(written, skipEnd(written, from - 1, -1), skipEnd(written, from - 1, -1), CLAUSE_WORDS) : null;
  return [after, before].some((range) => range !== null && onlyAPastTime(read, range[0], range[1]));
}

/** The first token past clause ends ("|", ",") from `at`, going the way of `step`. */
function skipEnd(written: readonly string[], at: number, step: 1 | -1): number {
  let i = at;
  while (i + step >= 0 && i + step < written.length && (written[i] === '|' || written[i] === ',')) i += step;
  return i;
}

/**
 * The words a clause may have beside its past time and still tell only the time of the clause beside
 * it: "(maar) dat was (al) in januari", "that was last year", "it happened in the summer". Not "maar
 * vorig jaar was het erger": "erger" tells something of its own (and the danger beside it is now).
 */
const TIME_FRAME: ReadonlySet<string> = new Set(
  'maar en of but and dat dit het die that it this was waren is gebeurde gebeurd happened were al pas wel ook nog already only also in de een the a keer time one 1 ongeveer about around rond zo so'.split(
    ' ',
  ),
);

function onlyAPastTime(read: ScreenedMessage['read'], from: number, to: number): boolean {
  const { written } = read.analysis;
  const within = (h: { start: number; end: number }) => h.start >= from && h.end <= to;
  if (read.situations.some((h) => !h.negated && within(h))) return false;
  // The past time's own words: the reader's `past` hits, or a time of the past in words.
  const timeWords = new Set<number>();
  for (const d of read.distances)
    if (!d.negated && d.concept === 'past' && within(d)) for (let i = d.start; i <= d.end; i++) timeWords.add(i);
  const clause = written.slice(from, to + 1).join(' ');
  const said = PAST_TIME.exec(clause);
  if (said !== null) {
    const first = from + clause.slice(0, said.index).split(' ').length - 1;
    for (let i = first; i < first + said[0].split(' ').length; i++) timeWords.add(i);
  }
  if (timeWords.size === 0) return false;
  for (let i = from; i <= to; i++) {
    const w = written[i]!;
    if (w !== '|' && w !== ',' && !timeWords.has(i) && !TIME_FRAME.has(w)) return false;
  }
  return true;
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['maar', 'en', 'want', 'but', 'and', 'because']);

/** The Dutch perfect: a finite "heeft", "had", "is" … and a participle after it ("heeft … gehad", "is … geslagen", "heeft … opgesloten"). */
const PERFECT = /\b(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\b.*\b\w*ge\w+(?:d|t|en)\b/;

/** A time of the past said in words ("in de zomer", "in maart", "ooit", "toen", "in 2023", "once", "back then"). */
const PAST_TIME =
  /\b(?:in de (?:zomer|winter|lente|herfst|vakantie)|(?:in|afgelopen|vorige?) (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|ooit|toen|vroeger|jaren geleden|lang geleden|in (?:19|20)\d\d|in the (?:summer|winter|spring|autumn|fall|holidays)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|once|back then|years ago|long ago)\b/;

/**
 * "Nee" with "not now" in the citizen's own words: "nee nu niet, ik ben thuis", "nee vandaag niet",
 * "nee, ze zijn weer weg", "no, not tonight, he comes on saturday", "nee, acuut gevaar is er niet",
 * "nee niks acuuts", "ok nee, vandaag is het rustig", "no, I'm not there anymore" (the writer's
 * own "not there": "she is not there anymore" may be someone moved), "nee, ze zit nu in de les",
 * "niet dat ik weet, ze is gewoon thuis", "no, she is still at home" (where the person is now, at
 * home, at school or in their room, as the answer); or a message that opens with "geen gevaar"
 * ("geen gevaar nu nee, het is gewoon een werkdag").
 * An answer that no one is in danger now, whatever the screen reads in the rest of it (a later
 * date, "he comes back saturday", is a worry for then, not danger now). Plain text, Dutch and English.
 */
export function saysNotNow(text: string): boolean {
  const plain = text.toLowerCase();
  return (STARTS_WITH_NO.test(plain) && NOT_NOW_SAID.test(plain)) || STARTS_WITH_NO_DANGER.test(plain);
}

/**
 * A message that answers "no, not now" in the citizen's own words (`saysNotNow`: "Nee, ze zijn er
 * nu niet. Ze komen meestal op vrijdag", "Nee, vandaag is het rustig, ik ben net weg bij het gezin.
 * Morgen ben ik er weer") and names no situation of danger beside it, read alone (round 24,
 * answer24). The bot says 112 on the message alone, before it knows what it asked, so the answer
 * reader above never saw these when they answered "is the danger still there?" or the danger reply
 * while the dialog waited for a fact: the model read "nu" and "vandaag" as now (up to 0.61) and
 * 112 went out on a denial. A danger named beside the "no" keeps the reading: someone held, hurt or
 * threatened, a weapon, a child moved ("niet nu, morgen brengen ze haar weg"), a deadline; only a
 * time, a plea, 112 named, a means or the background of the story (a phone, pay, papers) do not.
 * Suicidal thoughts and a reading by rule (an alarm in plain words, a cry unread) are never lowered.
 */
export function deniesDangerNow(text: string, screened: ScreenedMessage): boolean {
  const { danger, read } = screened;
  return (
    !danger.suicidal &&
    toldNotSafe(text) === null &&
    !controlledNow(text) &&
    !danger.reasons.some((r) => BY_RULE.test(r)) &&
    saysNotNow(text) &&
    !read.situations.some((h) => !h.negated && !BACKGROUND_SITUATIONS.has(h.concept) && !WEAK_NAMED.has(h.concept))
  );
}

/** Reasons of a reading that come from a rule, not from the model's score (screen.ts acuteByOtherRoute). */
const BY_RULE = /^(?:floor\.|model\.suicidal$)/u;

/** A "no" that opens the message, after an "ok" or "sorry" at most. */
const STARTS_WITH_NO = /^\W*(?:(?:ok|oke|okay|sorry|nou)\W+)?(?:nee|neen|nope|no|niet dat ik weet|not that i know)\b/;
/** "Geen gevaar" or "no danger" as the message's first words: the answer itself, "no" or not. */
const STARTS_WITH_NO_DANGER = /^\W*(?:geen (?:acuut |direct )?gevaar|no (?:acute |immediate )?danger)\b/;
const NOT_NOW_SAID =
  /\b(?:nu niet|niet nu|op dit moment niet|vandaag niet|niet vandaag|vanavond niet|niet vanavond|vannacht niet|geen (?:acuut |direct )?gevaar|(?:acuut |direct )?gevaar is er niet|niemand (?:is )?in gevaar|pas (?:morgen|volgende)|weer weg|al weg|not now|not right now|not today|not tonight|no (?:acute |immediate )?danger|(?:nobody|no one|noone) (?:is )?in danger|not in danger|already gone|gone now|left again|(?:niks|niets) (?:acuuts?|gevaarlijks|aan de hand|gebeurd)|nothing happened|niks gevaar|(?:vandaag|nu) (?:is het )?rustig|ik (?:ben|zit|woon|werk) (?:er|daar) niet meer(?! (?:veilig|zeker|welkom))|ik (?:ben|zit|woon|werk) niet meer (?:daar|bij (?:hem|haar|ze))|(?:i'?m|im|i am) (?:not|no longer) there(?: anymore)?|nothing (?:acute|urgent|happening)|(?:ze|zij|hij) (?:is|zit|ligt) (?:nu |nog )?(?:gewoon |nog )?(?:thuis|op school|in de les|op (?:haar|zijn) kamer)|(?:she|he)(?: is|'s) (?:still |now |just )?(?:at home|at school|in class|in (?:her|his) room))\b/;

/**
 * After thoughts of suicide were told and 113 was given, the citizen's next words say the thoughts
 * are not over: doubt ("weet niet", "idk"), a "no" with a "but" after it ("nee geen plan ofzo. maar
 * het is er wel", "no plan, but I still think about it"), or thoughts that keep coming back ("een
 * gedachte die steeds terugkomt", "it keeps coming back"). A plain answer that closes it ("nee, ik
 * doe niks", "no plan, I am just tired", "ik zit op mn kamer") says none of these: a counsellor goes
 * on with the story there instead of naming 113 again. Plain text, Dutch and English.
 */
export function thoughtsNotOver(text: string): boolean {
  const plain = text.toLowerCase();
  return DONT_KNOW.test(plain) || STARTS_UNSURE.test(plain) || CONTRAST.test(plain) || RECURRING.test(plain);
}

/** Doubt that opens a longer answer: "weet niet, ..." "idk ...". */
const STARTS_UNSURE = /^\W*(?:(?:ik )?weet (?:ik )?(?:het )?niet|weet nie|idk|i don'?t know|dunno|not sure)\b/;
/** A turn within the answer: what comes after "maar" or "but" is what is still there. */
const CONTRAST = /\b(?:maar|but|toch|though|however)\b/;
/** Thoughts that come back or go on. */
const RECURRING =
  /\b(?:steeds|telkens|nog steeds|nog altijd|komt terug|terugkomt|komen terug|terugkomen|keeps? coming|comes? back|come back|all the time|every night|elke nacht|still (?:there|think|thinking|have|feel))\b/;

const RANK = { none: 0, unsure: 1, acute: 2 } as const;

/**
 * The clause after "maar"/"but" of a message that opens with a "no" or "not now" (unsafeNow.ts
 * clauseAfterNo), read alone, when it reads some danger: "nee nu niet maar vanavond komen ze haar
 * halen" is acute as "vanavond komen ze haar halen" is. Null when there is no such clause or it reads none.
 */
function dangerAfterNo(screen: SafetyScreen, said: SaidText): DangerAssessment | null {
  const later = clauseAfterNo(said);
  if (later === null) return null;
  const { danger, read } = screen.look(later);
  const told = dangerToldNow(screen, later, danger);
  // Only of now. "Nee nu niet, maar hij heeft voor zaterdag een rit geboekt" and "maybe later" are a
  // worry for then, as `saysNotNow` reads them; a restriction hedged ("ze mag bijna niet naar
  // buiten") is the story told after the danger was denied, not a danger of its own.
  if (LATER.test(later)) return null;
  if (told.level === 'acute') return told;
  const forLater = read.situations.some((h) => h.concept === 'soon') || read.distances.some((d) => d.concept === 'future');
  // The background of the story after the "no" ("maar hij heeft haar paspoort") is no danger now,
  // as `deniesDangerNow` reads it; words the lexicons name nothing in ("ik mag het huis niet uit") are the model's to weigh.
  const named = read.situations.filter((h) => !h.negated);
  const backgroundOnly = named.length > 0 && named.every((h) => BACKGROUND_SITUATIONS.has(h.concept) || WEAK_NAMED.has(h.concept));
  return told.level === 'unsure' && !forLater && !backgroundOnly && !HEDGED.test(later) ? told : null;
}

/** A restriction softened: "bijna niet", "hardly", "soms". */
const HEDGED = /\b(?:bijna|nauwelijks|amper|haast|soms|almost|hardly|barely|sometimes)\b/iu;

/** A time after now in the clause after the "no". */
const LATER =
  /\b(?:later|straks|morgen|overmorgen|volgende|weekend|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|tomorrow|next|saturday|sunday|monday|tuesday|wednesday|thursday|friday|maybe|misschien)\b/iu;

/**
 * A reading raised by what the message tells of danger now that the screen reads the wrong way
 * round (unsafeNow.ts), never lowered: safety negated of a person now ("ze is nu niet veilig") and
 * the person feared beside a writer who cannot talk ("nee niet nu, hij staat naast me") are acute;
 * safety negated otherwise ("ik voel me niet veilig") and someone watching along ("hij kijkt mee")
 * are asked about; a "no" or "not now" opening does not take away a danger told after "maar".
 */
export function dangerToldNow(screen: SafetyScreen, text: string, danger: DangerAssessment): DangerAssessment {
  if (danger.level === 'acute') return danger;
  // Normalised once for the four checks below (unsafeNow.ts SaidText).
  const said = new SaidText(text);
  const notSafe = toldNotSafe(said);
  const raise = (level: 'acute' | 'unsure', reason: string): DangerAssessment =>
    // Also where the model's score gave the same level: the reason keeps it in a conversation (turnContext.ts).
    RANK[level] >= RANK[danger.level] ? { ...danger, level, reasons: [...danger.reasons, reason] } : danger;
  if (notSafe === 'now') return raise('acute', 'told.not_safe_now');
  if (controlledNow(said)) return raise('acute', 'told.controlled_now');
  const later = dangerAfterNo(screen, said);
  if (later !== null && RANK[later.level] > RANK[danger.level])
    return {
      ...danger,
      level: later.level,
      suicidal: danger.suicidal || later.suicidal,
      reasons: [...danger.reasons, 'told.danger_after_no'],
    };
  if (notSafe === 'said') return raise('unsure', 'told.not_safe');
  if (watchedNow(said)) return raise('unsure', 'told.watched_now');
  return danger;
}

/**
 * What the bot asked at its last turn, for reading the next message as its answer (round 26,
 * asked26). The bot says 112 on the reading this gives, so it is read before the first 112 goes out.
 */
export interface AskedBefore {
  /** The question the dialog waits an answer to: the danger question itself, or a fact ("hoe oud?"). */
  awaiting: string | null;
  /**
   * The last bot turn asked whether anyone is in danger now in other words: its danger reply ("Is er
   * nu gevaar? Bel meteen 112.") or "is the danger still there?".
   */
  dangerNow: boolean;
}

/** Reasons of an acute reading that no answer lowers: suicidal thoughts, an alarm or cry read by rule, danger now told in the writer's own words. */
const NEVER_LOWERED = /^(?:floor\.|model\.suicidal$|told\.)/u;

/**
 * An acute reading that what the bot asked may still lower: not suicidal and not read by a rule
 * (`NEVER_LOWERED`). Only these are read again as an answer before the bot says 112; the others
 * get it on the message alone.
 */
export function answerMayLower(danger: DangerAssessment): boolean {
  return danger.level === 'acute' && !danger.suicidal && !danger.reasons.some((r) => NEVER_LOWERED.test(r));
}

/** The floor for a situation named in words the danger model reads poorly (screen.ts `situationUnread`). */
const UNREAD_FLOOR = 'floor.situation_unread';

/** The suicide model's reason: thoughts of suicide read in the message (screen.ts). */
const SUICIDAL = 'model.suicidal';

/**
 * An acute reading that a later turn's reading in its conversation may still lower (round 46,
 * acute46): the ones an answer may lower, and one made acute only by the unread-situation floor.
 * That floor is the main model's: it reads a later detail of a story told in words it knows poorly
 * ("her teeth were broken", "blaren, blauwe plekken") as a first message's danger, and held the
 * turn from the later-turn model, whose screen keeps the same floor over its own thresholds. And
 * (round 47, acute47) a suicidal reading with no other rule beside it: in its conversation it stays
 * suicidal unless its thoughts are held away from now, past and over or someone else's and over
 * (firstLook.ts `lookAt`, thoughtsInTheirTime.ts); nothing else of the conversation lowers it. Not:
 * an alarm or cry read by rule, danger now told in the writer's own words.
 */
export function laterTurnMayLower(danger: DangerAssessment): boolean {
  return (
    (danger.level === 'acute' || danger.suicidal) &&
    !danger.reasons.some((r) => r !== UNREAD_FLOOR && r !== SUICIDAL && NEVER_LOWERED.test(r))
  );
}

/**
 * An acute reading of a message that answers what the bot asked last, lowered only where the
 * answer reader says so, never raised (`current` is the reading so far, `screened` the message read
 * alone): a message that opens with a "no" after the bot asked "is er nu gevaar?" in other words (its
 * danger reply, "is the danger still there?") is read as a "no" to the danger question
 * (`assessDangerAnswer`: a danger of its own beside the "no", or after "maar", keeps it). The answer
 * to the danger question itself is `assessDangerAnswer`'s, which the first look now reads before
 * the 112 too (firstLook.ts `lookAt`).
 *
 * Not lowered: a reading that `answerMayLower` keeps (suicidal thoughts, a rule, danger told now),
 * a "no" read only from words of safety later in the message ("ze zit nu thuis" after "hij haalt me
 * vannacht op" is no answer), and a story told as the answer (tried: read in its conversation as
 * turnContext.ts reads a later turn, it took 112 from a first story of a 15-year-old taken to an
 * address, told as the answer to the danger question, for three calm turns).
 */
export function readAsAnswer(
  screen: SafetyScreen,
  text: string,
  screened: ScreenedMessage,
  current: DangerAssessment,
  asked: AskedBefore,
): DangerAssessment {
  if (!answerMayLower(screened.danger) || !answerMayLower(current)) return current;
  if (!asked.dangerNow || asked.awaiting === 'dangerCheck' || !opensWithNo(text)) return current;
  const answered = assessDangerAnswer(screen, text, screened);
  return RANK[answered.level] < RANK[current.level] ? answered : current;
}
