/**
 * What a message says of danger now that the situation lexicons read the wrong way round, found by
 * the lead in review (round 25, unsafe25), each read on the message alone:
 * - safety negated: "ze is nu niet veilig", "she is not safe now", "ik voel me niet veilig". The
 *   distance lexicon reads "is ~2 veilig" as safety and "not ~1 now" as a denial, so the negation
 *   turned a danger told into a danger denied;
 * - a "no" or "not now" with a later clause after "maar" or "but": "nee nu niet maar vanavond komen
 *   ze haar halen". The negation before "maar" reached the later danger, and `saysNotNow` took the
 *   whole message for a denial;
 * - the person the writer fears near the writer now, which is why the writer cannot talk: "nee niet
 *   nu, hij staat naast me", "no not now, he is in the other room, i cant talk long". "Not now" there
 *   is not now for the danger, but not now for talking.
 *
 * Plain text, Dutch and English, typos and no diacritics. Not in the model's sources
 * (src/nlu/model/sources.ts): these readings are applied after the screen (firstLook.ts screenText,
 * dangerAnswer.ts), so the model's features stay the same.
 */
import { normaliseText } from './normalise';

/**
 * A message's text as the checks below read it, normalised once. The first look asks `toldNotSafe`,
 * `controlledNow`, `clauseAfterNo` and `watchedNow` of one message one after the other
 * (dangerAnswer.ts `dangerToldNow`), and each normalised all of it again (four times on a
 * 2,000-character message, screen36): that caller makes one and passes it on. Each check also takes
 * the text itself, for the callers that ask one thing.
 */
export class SaidText {
  /** The normalised text (normalise.ts). */
  readonly plain: string;
  private stripped: string | undefined;
  private watchingNow: boolean | undefined;

  constructor(text: string) {
    this.plain = normaliseText(text);
  }

  /** Without apostrophes ("she's" as "shes"), as the expressions below are written. */
  get withoutApostrophes(): string {
    this.stripped ??= this.plain.replace(/'/gu, '');
    return this.stripped;
  }

  /**
   * Whether someone watches along with the writer (WATCHING), tested once: `controlledNow` and
   * `watchedNow` both ask it of the same message (dangerAnswer.ts `dangerToldNow`).
   */
  get watching(): boolean {
    this.watchingNow ??= WATCHING.test(this.withoutApostrophes);
    return this.watchingNow;
  }
}

const saidOf = (text: string | SaidText): SaidText => (typeof text === 'string' ? new SaidText(text) : text);

/** How a negated safety was told: of now (a person, in the present tense or with "now") or otherwise. */
export type NotSafeTold = 'now' | 'said';

const NEGATION = String.raw`(?:niet|nie|niej|nooit|not|nt|no longer|never|isnt|arent|aint|is not|are not|am not)`;
/** Words that may stand between the negation and "veilig"/"safe": "niet meer veilig", "not really safe". */
const BETWEEN = String.raw`(?:\s+(?:meer|echt|nu|zo|helemaal|langer|really|at all|very|so|totally|anymore|now|feeling|feel|fully))*`;
const SAFE_WORD = String.raw`(?:veilig|veillig|veilg|vielig|veiliig|veiig|in veiligheid|safe|safe{2}|sav(?:e)?(?=\s*(?:$|[.,!]|now|there|here|anymore|at home)))`;
const NOT_SAFE = new RegExp(String.raw`\b${NEGATION}${BETWEEN}\s+${SAFE_WORD}\b|\bon(?:veilig|veilg|veillig)\b|\bunsafe\b`, 'u');
/** "Als het niet veilig is", "if you feel unsafe": a condition, not a telling. */
const CONDITION = /\b(?:als|wanneer|indien|zodra|mocht|if|when|in case|unless|tenzij)\b/u;
/** Told of the past: "ik voelde me daar niet veilig", "it was not safe". */
const PAST = /\b(?:was|waren|voelde|voelden|werd|were|felt|had|used to)\b/u;
/** Told of now: a present tense of being, or a mark of now. */
const NOW =
  /\b(?:is|ben|zijn|zit|zitten|am|are|nu|nou|now|op dit moment|momenteel|right now|anymore|meer|no longer|still|nog steeds|nog altijd|shes|hes|theyre|im|youre)\b/u;
/** An explicit mark of now, as opposed to a present tense that may tell a lasting state. */
const MARK_OF_NOW = /\b(?:nu|nou|now|op dit moment|momenteel|right now|vannacht|vanavond|tonight)\b/u;
/**
 * A guess about the state ("my friend is not safe at her work i think", "ze is niet veilig denk ik"):
 * a worry the citizen cannot vouch for is asked about (the danger question), not answered with 112 at
 * once, unless it is told of now in so many words.
 */
const HEDGE =
  /\b(?:denk ik|ik denk|volgens mij|misschien|geloof ik|ik geloof|lijkt|lijkt me|vermoed|i think|i guess|maybe|perhaps|probably|i feel like|seems|it seems|not sure|weet niet zeker)\b/u;
/** A thing or a place as the subject ("het is niet veilig om te bellen", "it is not safe there"): no person told unsafe. */
const THING_SUBJECT = /^(?:het|dat|dit|daar|hier|it|that|this|there|here|its|thats)\b/u;

/** The clause (between sentence marks) a match stands in, and the part of it before the match. */
function clauseAround(text: string, index: number, length: number): { before: string; clause: string } {
  const start =
    Math.max(text.lastIndexOf('.', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index), text.lastIndexOf(';', index)) + 1;
  const endMarks = ['.', '!', '?', ';'].map((m) => text.indexOf(m, index + length)).filter((i) => i >= 0);
  const end = endMarks.length > 0 ? Math.min(...endMarks) : text.length;
  return { before: text.slice(start, index), clause: text.slice(start, end) };
}

/**
 * Safety negated in the citizen's words: 'now' when told of a person now ("ze is nu niet veilig",
 * "she's not safe anymore", "i am not safe"), 'said' otherwise ("ik voel me niet veilig"), null when
 * not told, told as a condition ("bel 112 als het niet veilig is"), as a question or of the past.
 */
export function toldNotSafe(text: string | SaidText): NotSafeTold | null {
  const plain = saidOf(text).withoutApostrophes;
  let best: NotSafeTold | null = null;
  for (const match of plain.matchAll(new RegExp(NOT_SAFE.source, 'gu'))) {
    const { before, clause } = clauseAround(plain, match.index, match[0].length);
    if (CONDITION.test(before) || clause.includes('?') || plain.charAt(plain.indexOf(clause) + clause.length) === '?') continue;
    if (PAST.test(clause)) continue;
    // "het is niet veilig om te bellen" says how to reach the writer, not that someone is unsafe.
    const subject = before.replace(/^[\s,:-]*(?:(?:nee+|no|nope|ja|yes|maar|but|en|and|ok|oke)\b[\s,]*)*/u, '');
    if (THING_SUBJECT.test(subject)) {
      best ??= 'said';
      continue;
    }
    const toldOfNow =
      NOW.test(before) || NOW.test(match[0]) || /^\s*(?:nu|now|meer|anymore)\b/u.test(plain.slice(match.index + match[0].length));
    if (toldOfNow && (!HEDGE.test(clause) || MARK_OF_NOW.test(clause))) return 'now';
    best = 'said';
  }
  return best;
}

/** A bare "no" right before the turn: "nee, maar ...". */
const BARE_NO = /^\W*(?:(?:ok|oke|okay|sorry|nou)\W+)?(?:nee+|neen|nope|no+|nah)\W*(?=(?:maar|but)\b)/u;
/**
 * A "not now" that opens the message, after a "no", "ok" or "sorry" at most: "nee nu niet", "niet nu",
 * "no not now". Not "nee, ik ben niet in gevaar": a danger denied in words, with the story after its
 * "maar" (a boss who shouts, a passport kept), is the common calm answer, which the screen reads.
 */
const NOT_NOW_OPENING =
  /^\W*(?:(?:ok|oke|okay|sorry|nou|uh|eh)\W+)?(?:(?:nee+|neen|nope|no+|nah)\W+)?(?:nu niet|niet nu|nu even niet|nu ff niet|niet nu even|not now|not right now|not rn|not atm)\b/u;

/**
 * The clause after "maar"/"but" in a message that opens with a "no" or "not now": what it tells is
 * read on its own, as the answer reader reads the rest of a "no" (dangerAnswer.ts). Null when the
 * message opens otherwise or has no such clause.
 */
export function clauseAfterNo(text: string | SaidText): string | null {
  const plain = saidOf(text).plain;
  const opening = NOT_NOW_OPENING.exec(plain) ?? BARE_NO.exec(plain);
  if (!opening) return null;
  const rest = plain.slice(opening[0].length);
  const turn = /\b(?:maar|but|though|however)\b/u.exec(rest);
  if (!turn) return null;
  const later = rest.slice(turn.index + turn[0].length).replace(/^[\s,.:;-]+/u, '');
  return later.split(/\s+/u).filter(Boolean).length >= 2 ? later : null;
}

/**
 * Someone near the writer now, in the same room or just beside it: "hij staat naast me", "he is in
 * the other room", "ze zitten naast me". Not "bij me" or "hier bij mij" (in the writer's care), and
 * not "naast mij woont" (a neighbour).
 */
const NEAR_WRITER =
  /\b(?:hij|ze|zij|die|he|she|they|hes|shes|theyre|(?:mijn|mn|m'n|de|die|my|the|her|his|haar|zijn) (?:man|vriend|vriendje|baas|pooier|eigenaar|chef|vader|stiefvader|broer|oom|partner|husband|boyfriend|boss|pimp|owner|father|stepfather|brother|uncle|guy|man))\s+(?:(?:is|zit|zitten|staat|staan|ligt|liggen|loopt|lopen|are|is|sits|stands|s|re)\s+)?(?:(?:nu|nou|hier|er|nog|gewoon|echt|now|right|here|just|still|even|ff)\s+)*(?:naast (?:me|mij)|achter (?:me|mij)|in de (?:andere|volgende) kamer|in andere kamer|in de kamer (?:ernaast|hiernaast)|hiernaast|next to me|beside me|behind me|in (?:the )?(?:other|next) room|in the room with me|right here)\b/u;
/** Watching or listening along with the writer now: "hij kijkt mee", "the boss listens". */
const WATCHING =
  /\b(?:kijkt|kijken|leest|lezen|luistert|luisteren) (?:(?:nu|nou|altijd|steeds|soms|vaak|gewoon) )*mee\b|\b(?:is|are|s|re) (?:(?:always|now|still) )*(?:watching|listening to|reading) (?:me|us|my (?:phone|messages|screen))\b|\b(?:watches|reads|checks) my (?:phone|messages|screen) (?:now|right now)\b/u;
/** The writer cannot talk, type or call freely now: "i cant talk long", "ik kan niet bellen", "ik typ stiekem". */
const CANNOT_TALK =
  /\b(?:ik|i|ikke)\s+(?:kan|kn|can|cannot|cant|can't|could not|mag)\s*(?:nu\s+|now\s+|hier\s+)?(?:niet|nie|not|t)?\s*(?:nu\s+|now\s+|lang\s+|long\s+|veel\s+|much\s+|goed\s+|really\s+)*(?:praten|bellen|typen|tikken|schrijven|talk|call|type|write|speak)\b|(?:^|[.,!;:]\s*)(?:cant|cannot|kan niet|kan nu niet) (?:talk|call|type|speak|praten|bellen|typen)\b|\bstiekem\b|\bsecretly\b|\bin secret\b|\bhe (?:can )?hears? me\b|\bhij (?:kan )?hoort me\b/u;

/**
 * The person feared near the writer now, which is why the writer cannot talk: someone beside the
 * writer or in the next room with a "not now" opening or the writer unable to talk, or someone
 * watching along with the writer unable to talk. Someone beside the writer alone is no danger (the
 * friend the writer helps often is: "ze zit naast me, ze typt zelf even").
 */
export function controlledNow(text: string | SaidText): boolean {
  const said = saidOf(text);
  const plain = said.withoutApostrophes;
  const near = NEAR_WRITER.test(plain);
  const cannotTalk = CANNOT_TALK.test(plain);
  return ((near || said.watching) && cannotTalk) || (near && NOT_NOW_OPENING.test(plain));
}

/** Someone watching along with the writer ("hij kijkt mee"), without more: asked about, not answered with 112. */
export function watchedNow(text: string | SaidText): boolean {
  return saidOf(text).watching;
}
