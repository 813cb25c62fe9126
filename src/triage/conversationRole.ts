/**
 * Who writes, read from the whole conversation rather than one message: each message's reading
 * (the facts readers' "self", "other", "professional") is weighed, and the conversation's role is
 * the side that weighs most so far. One message read alone is often the writer speaking inside a
 * story already told ("ben ik nou zelf strafbaar?" from a taxi driver telling of two women) or a
 * first line that said little ("I am from Syria"); the story messages say more. A later story that
 * tells another role outweighs an early reading, so the texts change when the conversation
 * corrects it. Pure.
 */
import { anothersSituationTold, ownSituation } from '../nlu/facts/facts';
import {
  namesOthers,
  roleSaid,
  tellsOnlyOwnWork,
  toldOfOthers,
  withoutWorkSaid,
  worryAboutAnother,
  writerHarmed,
} from '../nlu/facts/writerRole';
import type { QuestionTopic, ToldFacts } from '../understanding/understanding';
import type { Role } from './summary';

export interface RoleTally {
  self: number;
  other: number;
  professional: number;
  /** The writer introduced their work or business first ("ik ben hovenier, ik zit met iets"): what follows is often what they saw there. */
  atWork: boolean;
  /** What the latest message weighed for the role it read (0 when it read none). */
  lastWeight: number;
  /** The latest message only said the writer's work: it tells who writes, not whose story follows. */
  lastIntro?: boolean;
  /** The latest message, read as the writer's own by the readers, told what the writer saw at their work. */
  lastSeenAtWork?: boolean;
  /**
   * A message told the writer's own situation in its words (something done to them, their boss, pay
   * or papers), chose "about me" or said it outright: not only a line the readers took for the
   * writer's ("I am from Syria", "ik kom uit Polen en woon in Venlo").
   */
  ownToldInWords?: boolean;
  /** The last message said outright that the story told is the writer's own ("het gaat over mij", "it is me"). */
  lastSaidOwn?: boolean;
  /** The role the latest message read, when it was a story of its own (a story's weight); else absent. */
  lastStoryRole?: Role;
  /**
   * A message read as a bystander's said so in its words: a relation named ("mijn zus"), a telling
   * mostly of others or a worry about another, the role chosen or said outright, or what the writer
   * tells after saying their work; not
   * only a line the readers took for a bystander's ("ik ben chauffeur, uit Roemenië").
   */
  bystanderInWords?: boolean;
  /** A message told the writer's own part as over ("nu ben ik weg", "now I work other place"). */
  writerLeft?: boolean;
}

export function emptyTally(): RoleTally {
  return { self: 0, other: 0, professional: 0, atWork: false, lastWeight: 0 };
}

/** What one message shows of who writes. */
export interface RoleReading {
  /** The message normalised (lower case, no diacritics). */
  plain: string;
  /** The facts the message told (its role reading, a relation named). */
  told: Partial<Pick<ToldFacts, 'aboutWhom' | 'relation'>>;
  /** The role the citizen chose with a button or in those words ("over mij"). */
  chosen: Role | null;
  /** The message tells of the worry (a form, signals, a description), not only asks or greets. */
  story: boolean;
  /** The citizen's own questions in the message. */
  questions: readonly QuestionTopic[];
}

/**
 * Questions about what telling costs the writer (punishment, a permit, being found out, who reads
 * it): a bystander asks them about themselves as often as a victim does, so the "I" of such a
 * message says little of whose story it is.
 */
const WRITERS_OWN_RISK: ReadonlySet<QuestionTopic> = new Set(['consequences', 'anonymity', 'privacy', 'police']);

/** "ik heb een kapperszaak", "I run a hostel": the writer's business, where they see what they tell of. */
const OWNS_BUSINESS =
  /\b(?:ik heb|ik run|ik beheer|wij hebben|we hebben|i have|i own|i run|i manage|we run|we own)\s+(?:een|a|an|de|the)\s+(?:[a-z]+\s+)?[a-z]*(?:zaak|salon|winkel|shop|store|restaurant|cafe|bar|bedrijf|company|business|hotel|hostel|garage|bakkerij|bakery|camping|praktijk|kwekerij|boerderij|farm|manege|wasserette|stomerij|snackbar|kiosk|spa)\b/;

/**
 * Mostly "he", "she", "they" and nothing of the writer's own: "she work in the window, the boyfriend
 * say this is normal job, she send me never money". The models read the "me" of such a telling as
 * the writer's own story.
 */
const THIRD_PERSON = /\b(?:hij|zij|ze|he|she|they|hes|shes|theyre)\b/g;
const FIRST_PERSON = /\b(?:ik|i|im|ive|we|wij)\b/g;

/** Words in quotes are someone else's ("she whispered 'please help, he sells us'"). */
const QUOTED = /(?:^|[\s(:])['"‘“][^'"’”]{1,200}['"’”]/g;

/** How often the writer's own words (quotes left out) say "ik", "I" or "we", and "he", "she" or "they". */
function persons(plain: string): { first: number; third: number } {
  const own = plain.replace(QUOTED, ' ');
  return { first: own.match(FIRST_PERSON)?.length ?? 0, third: own.match(THIRD_PERSON)?.length ?? 0 };
}

/** A story with no "ik", "I" or "we" in it tells of others ("bij een adres wonen twaalf mannen die…"). */
const withoutTheWriter = (plain: string): boolean => persons(plain).first === 0;

function tellsOfAnother(plain: string): boolean {
  const { first, third } = persons(plain);
  return third > first;
}

/** Someone of the writer's own life named as theirs: "mijn man", "my little brother", "m'n dochter". */
const RELATION_NAMED =
  /\b(?:mijn|mn|m'n|my|our|onze|ons)\s+(?:[a-z]+\s+)?(?:man|vrouw|husband|wife|partner|vriend\w*|friends?|girlfriend|boyfriend|zus\w*|sisters?|broer\w*|brothers?|dochter\w*|daughters?|zoon|zonen|sons?|kind|kinderen|kids?|child|children|moeder|vader|mother|father|ouders|parents|nicht\w*|neef\w*|nieces?|nephews?|cousins?|oom|tante|uncle|aunt|collega\w*|colleagues?|buur\w*|neighbou?rs?)\b/g;

/** The same after "met", "with", "bij", "waar", "where": living or being with the writer, or where they live. */
const BESIDE_WRITER = /\b(?:met|with|bij|waar|where)\s+$/;

/**
 * The message tells of the writer, and the people of their life it names are only beside them:
 * "i live in netherlands 3 years with my husband and 2 children", "als ik wil stoppen zegt hij dat ze
 * weten waar mijn dochter woont". The writer tells ("ik", "I", "we"), and each relation named comes
 * after "with", "met", "bij" or "where": not
 * the one whose story it is, nor the subject of the telling ("mijn zus werkt daar"), nor the object of a
 * worry ("zorgen om mijn zus"). The models and the facts readers take any relation named for a
 * bystander's story.
 */
export function relationOnlyBesideWriter(plain: string): boolean {
  if (persons(plain).first === 0 || worryAboutAnother(plain) || toldOfOthers(plain) || roleSaid(plain) !== null) return false;
  const named = [...plain.matchAll(RELATION_NAMED)];
  return named.length > 0 && named.every((m) => BESIDE_WRITER.test(plain.slice(Math.max(0, m.index - 12), m.index)));
}

/**
 * The writer's own part told as over: "nu ben ik weg", "ik werk er niet meer", "now I work other
 * place", "I left". Whose worry it is then follows: the writer's past, or the people still there.
 */
const WRITER_LEFT =
  /\b(?:(?:nu )?ben ik (?:daar |er )?(?:weg|weggegaan|vertrokken|gestopt)|ik ben (?:daar |er )?(?:nu )?(?:weg|weggegaan|vertrokken|gestopt)\b|ik werk (?:daar |er )?niet meer|(?:now|today) i work (?:in |at )?(?:an? )?other|i (?:left|quit|escaped)\b|i (?:do not|dont|don't) work there)/;

/**
 * People of the writer's life still where the writer was: "mijn vrienden werken er nog", "my friends
 * still work there", "mijn collega's zitten er nog". Once the writer said they left, they are the
 * worry; said beside the writer's own story of then, either may be.
 */
const OTHERS_STILL_THERE =
  /\b(?:mijn|mn|m'n|my|our|onze|ons)\s+(?:[a-z]+\s+)?(?:vrienden|vriend|vriendin\w*|friends?|collega\w*|colleagues?|broer\w*|brothers?|zus\w*|sisters?|neef|neven|nicht\w*|cousins?|landgeno\w*|countrymen)\s+(?:(?:werk\w*|zitt?\w*|zijn|wonen|woont|slapen|blijven)\s+(?:er|daar)\s+(?:\w+\s+)?nog|(?:still|are still|is still)\s+(?:work\w*|live\w*|there|stay\w*)|(?:work|live|stay)s?\s+there\s+still)\b/;

/**
 * The message says where or as what the writer works and nothing else of a story: no hours or pay,
 * nothing done to them, no one named ("Goedemiddag, ik werk op de klantenservice van een bank in
 * Utrecht. Ik typ dit in mijn pauze"). Their work tells who writes, not whose story follows: a
 * bank clerk or a receptionist writes of a client as often as a worker of their own work. ("Ik werk
 * in een kas, 14 uur per dag" and "ik werk in een kas en de baas houdt mijn paspoort" tell their own.)
 */
export function onlyWorkSaid(plain: string): boolean {
  const rest = withoutWorkSaid(plain);
  return rest !== null && !ownSituation(rest) && !namesOthers(rest) && rest.match(RELATION_NAMED) === null && !tellsOfSomeoneElse(rest);
}

/** The writer's own story in the message's own words: something done to them, their boss, pay or papers. */
const ownStoryTold = (plain: string): boolean => writerHarmed(plain) || (ownSituation(plain) && !onlyWorkSaid(plain));

/** The weight of a message's reading: a story says more than a short line, a button most. */
function weightOf(reading: RoleReading, role: Role, saidOutright: boolean): number {
  if (reading.chosen !== null) return 4;
  if (!saidOutright && reading.told.aboutWhom === undefined) return 0.5;
  let weight = reading.story || saidOutright ? 2 : 1;
  if (role === 'self' && reading.questions.some((q) => WRITERS_OWN_RISK.has(q))) weight /= 4;
  return weight;
}

/** Friends or family still where the writer was, told in this message or after the writer said they left. */
const stillThere = (reading: RoleReading, tally: RoleTally): boolean =>
  OTHERS_STILL_THERE.test(reading.plain) && (tally.writerLeft === true || WRITER_LEFT.test(reading.plain));

/** Two stories' weight (weightOf). */
const TWO_STORIES = 4;

/**
 * The conversation is the writer's own story: at least two stories' weight, twice what any bystander's
 * reading weighs (one line of the writer's work, "ik werk zelf bij de politie", is not).
 */
const ownStoryBorneOut = (tally: RoleTally): boolean => tally.self >= TWO_STORIES && tally.self >= 2 * (tally.other + tally.professional);

/** The message tells of someone else, not only names them: a worry about them, a telling mostly of others. */
const tellsOfSomeoneElse = (plain: string): boolean =>
  worryAboutAnother(plain) || toldOfOthers(plain) || tellsOfAnother(plain) || anothersSituationTold(plain) || RELATIVE_MADE_TO.test(plain);

/** Someone of the writer's life as the one made to do something or kept: "mijn zus moet ook werken", "my brother is forced". */
const RELATIVE_MADE_TO =
  /\b(?:mijn|mn|m'n|my|our|onze|ons)\s+(?:[a-z]+\s+)?(?:man|vrouw|husband|wife|partner|vriend\w*|friends?|girlfriend|boyfriend|zus\w*|sisters?|broer\w*|brothers?|dochter\w*|daughters?|zoon|sons?|kind|kinderen|kids?|child|children|nicht\w*|neef\w*|nieces?|nephews?|cousins?|collega\w*|colleagues?)\s+(?:\w+\s+)?(?:moet|moeten|must|has to|have to|wordt|worden|is being|are being|werkt|werken|works|work|krijgt geen|gets no|kan niet|mag niet|cannot|can't|cant|is not allowed|zit vast|is stuck|is forced|is locked)\b/;

/** The role one message reads, before weighing: the choice, the words, the facts readers. */
function roleRead(reading: RoleReading, tally: RoleTally): Role | null {
  if (reading.chosen !== null) return reading.chosen;
  const said = roleSaid(reading.plain);
  if (said !== null) return said;
  // The writer's friends or family still where the writer was: theirs is the worry once the writer
  // said they left; else the writer's past may be the worry as well (not yet known).
  if (stillThere(reading, tally)) return 'other';
  if (OTHERS_STILL_THERE.test(reading.plain)) return null;
  const read = reading.told.aboutWhom ?? (reading.told.relation ? 'other' : null);
  // Someone of the writer's life named inside the writer's own story, with only their age, where they
  // are or what they know ("mn zusje is 12, ze is thuis bij mn moeder", "my daughter is in Poland, 8
  // years old", "mn moeder weet van niks"): the readers take any relation named for a bystander's
  // story. A worry about them, a telling of them or a role said outright still turns it.
  if (read === 'other' && ownStoryBorneOut(tally) && !tellsOfSomeoneElse(reading.plain)) return null;
  // The writer's own part told as over, nothing done to them in it: whose worry follows is not known yet.
  if (read === 'self' && WRITER_LEFT.test(reading.plain) && !writerHarmed(reading.plain)) return null;
  // A relation named only beside the writer telling of themselves says nothing yet of whose story it is.
  if (read === 'other' && relationOnlyBesideWriter(reading.plain)) return null;
  // A story with no "ik", "I" or "we" in it, after the writer said their work or business ("ik heb een
  // shoarmazaak …", then "er komt een zwarte Golf, die kleine jongens krijgen pakketjes"): what they
  // see there, told of the people it is about (nouns, not pronouns, so tellsOfAnother counts none).
  if (read !== 'other' && tally.atWork && reading.story && withoutTheWriter(reading.plain) && !ownStoryTold(reading.plain)) return 'other';
  if (read !== 'self' || ownStoryTold(reading.plain)) return read;
  // Mostly of someone else, with nothing done to the writer: the writer telling another's story. A
  // writer who said their work or business first tells what they saw there ("bij een van die families
  // werkt een vrouw…, ze mag nooit de deur uit"); anyone else's such message says little of who writes.
  if (tellsOfAnother(reading.plain)) return tally.atWork ? 'other' : null;
  return read;
}

/** The weight of a line that says outright the story is the writer's own: that of a story. */
const SAID_OWN_WEIGHT = 2;

/** The tally after one more message. */
export function addReading(tally: RoleTally, reading: RoleReading): RoleTally {
  const first = tally.self + tally.other + tally.professional === 0 && !tally.atWork;
  // The line that says the writer's work tells who writes, not yet whose story follows.
  if (
    first &&
    reading.chosen === null &&
    (tellsOnlyOwnWork(reading.plain) || onlyWorkSaid(reading.plain) || (OWNS_BUSINESS.test(reading.plain) && !writerHarmed(reading.plain)))
  ) {
    const said = roleSaid(reading.plain);
    return said === 'professional'
      ? { ...tally, atWork: true, professional: 1, lastWeight: 1, lastIntro: true, bystanderInWords: true }
      : { ...tally, atWork: true, lastWeight: 0, lastIntro: true };
  }
  const role = roleRead(reading, tally);
  const { lastStoryRole: _lastStoryRole, lastSaidOwn: _lastSaidOwn, ...kept } = tally;
  const before = WRITER_LEFT.test(reading.plain) ? { ...kept, writerLeft: true } : kept;
  // "ok eerlijk het gaat over mij", "it is me. I am the helper": the writer says the story told is
  // their own. That turns the conversation in this turn (round 42: it turned a turn late, the reply
  // of the turn worded for a bystander), whatever the weights of the lines before.
  if (reading.chosen === null && roleSaid(reading.plain) === 'self')
    return {
      ...before,
      self: tally.self + SAID_OWN_WEIGHT,
      lastWeight: SAID_OWN_WEIGHT,
      lastIntro: false,
      lastSeenAtWork: false,
      ownToldInWords: true,
      lastSaidOwn: true,
      ...(tally.bystanderInWords === true ? { bystanderInWords: true } : {}),
    };
  if (role === null) return { ...before, lastWeight: 0, lastIntro: false, lastSeenAtWork: false };
  const saidOutright = reading.chosen === null && roleSaid(reading.plain) === role;
  const weight = weightOf(reading, role, saidOutright);
  const seenAtWork = tally.atWork && role === 'other' && reading.told.aboutWhom === 'self';
  const ownInWords = role === 'self' && (reading.chosen === 'self' || saidOutright || ownStoryTold(reading.plain));
  const bystanderInWords =
    role !== 'self' &&
    (reading.chosen !== null ||
      saidOutright ||
      tally.atWork ||
      Boolean(reading.told.relation) ||
      tellsOfAnother(reading.plain) ||
      toldOfOthers(reading.plain) ||
      worryAboutAnother(reading.plain) ||
      stillThere(reading, tally) ||
      (reading.story && withoutTheWriter(reading.plain)));
  return {
    ...before,
    [role]: tally[role] + weight,
    lastWeight: weight,
    lastIntro: false,
    lastSeenAtWork: seenAtWork,
    ...(ownInWords || tally.ownToldInWords === true ? { ownToldInWords: true } : {}),
    ...(bystanderInWords || tally.bystanderInWords === true ? { bystanderInWords: true } : {}),
    // (A story the readers took for someone else's that tells what is done to the writer is not one.)
    // (The writer's own past told beside friends still there is theirs: "… maar mijn vrienden werken er nog".)
    ...(reading.story && weight >= 2 && (role === 'self' || !ownStoryTold(reading.plain) || stillThere(reading, tally))
      ? { lastStoryRole: role }
      : {}),
  };
}

type Side = 'self' | 'bystander';
const sideOf = (role: Role): Side => (role === 'self' ? 'self' : 'bystander');

/**
 * The role the bot's texts may be worded for: the conversation's role once a message of that side
 * said so in its words (the writer's own situation: something done to them, their boss, pay or
 * papers; a bystander's: a relation named, a telling of others) or the role was chosen or said
 * outright; else none, and the texts use the words that fit a writer telling their own story and a
 * bystander alike. A first line that tells no more than who writes ("I am from Syria, I live in
 * Enschede", "ik ben chauffeur, uit Roemenië", "ik weet niet waar ik anders moet zijn") or a story
 * read in a language the dialog cannot weigh leaves the readers a guess, and "can you leave?" to a
 * bystander or "look out for these signals" to a victim tells the writer they were not heard. The
 * summary keeps the guessed role for the counsellor and the routes.
 */
export function roleForTexts(tally: RoleTally, role: Role | null): Role | null {
  if (role === null) return null;
  return (role === 'self' ? tally.ownToldInWords : tally.bystanderInWords) === true ? role : null;
}

/**
 * The conversation's role. `read`: the role the summary reads after this message (its facts and
 * the settled role, summary.ts); `previous`: the conversation's role before it. A turn to the other
 * side (the writer's own story against a bystander's; a professional is a bystander at work) stands
 * where a story turned it or the messages of that side weigh twice what the old side weighs. A
 * writer who said their work first and tells, in the first person, what they saw there is a
 * bystander, whatever the readers made of the "I".
 */
export function roleOfConversation(tally: RoleTally, previous: Role | null, read: Role | null): Role | null {
  const weight = (side: Side) => (side === 'self' ? tally.self : tally.other + tally.professional);
  const bystander = (): Role =>
    read === 'professional' || previous === 'professional' || tally.professional > tally.other ? 'professional' : 'other';
  // A line that only says the writer's work ("ik heb een schoonheidssalon en ik zit met iets") leaves
  // the role to the story that follows (a professional's work said outright excepted).
  if (tally.lastIntro === true) return tally.professional > 0 ? 'professional' : previous;
  if (tally.lastSaidOwn === true) return 'self';
  let role = read;
  // The facts' "self" kept from a line that only said the writer's work (weighed as no story here)
  // settles nothing: what the writer told since decides, else it stays open.
  if (previous === null && role === 'self' && tally.atWork && tally.self === 0)
    role = tally.other + tally.professional > 0 ? bystander() : null;
  // A story about someone else after lines that only seemed the writer's own ("I am from Syria",
  // "ik kom uit Polen en woon in Venlo", given a form by the readers' guess): the story settles whose
  // worry it is. Once the writer told their own situation in words, a later "my niece" is someone in it.
  // (So too a first story the readers took for the writer's own that tells of others in its words:
  // "nu ben ik weg maar mijn vrienden werken er nog".)
  if (
    (previous === 'self' || previous === null) &&
    tally.ownToldInWords !== true &&
    tally.lastStoryRole !== undefined &&
    tally.lastStoryRole !== 'self' &&
    (role === null || role === 'self')
  )
    return tally.lastStoryRole;
  // A bystander's role that no message bore out in words (the readers' guess from a line such as
  // "it's about something I saw" or a story told mostly of "he") is turned by the writer's own story
  // told in words after it ("nu staan er rare bedragen op mijn rekening", "hij zegt dat ik hem geld
  // schuldig ben"), whatever the weights.
  // (Nor does such a guess, read again, turn the writer's story back; nor settle the role where a line
  // that only said the writer's work left it open: "I am a cleaner in a hotel and I have a question",
  // then "the agency keeps my passport".)
  if (
    tally.bystanderInWords !== true &&
    tally.ownToldInWords === true &&
    tally.lastStoryRole === 'self' &&
    // (previous is then the writer's own or still open)
    ((previous !== null && previous !== 'self') || (role !== null && role !== 'self'))
  )
    return 'self';
  // The reverse: a first line the readers took for a bystander's, often a worker saying their work ("I
  // am a care worker from Kenya…", "ik bezorg maaltijdboxen"), settles the facts' role once a form is
  // guessed, so the facts keep reading the bystander. The writer's own story told in words after it
  // ("they take 900 every month from my salary", "hij geeft mij de helft") turns the conversation to
  // theirs once the writer's side weighs twice the bystander's.
  if (
    previous !== null &&
    previous !== 'self' &&
    role !== 'self' &&
    tally.ownToldInWords === true &&
    tally.lastStoryRole === 'self' &&
    tally.self >= 2 * (tally.other + tally.professional)
  )
    return 'self';
  // A turn made by a message that is no story of its own (a line, a question about what telling
  // costs the writer) stands only with the weight of the conversation behind it.
  const weakTurn = tally.lastWeight < 2 && weight(sideOf(role ?? 'self')) < 2 * weight(sideOf(previous ?? 'self'));
  if (previous !== null && role !== null && sideOf(role) !== sideOf(previous) && weakTurn) role = previous;
  // What the writer saw at their work, told in the first person, is a bystander's story.
  if (tally.lastSeenAtWork === true && (role === null || sideOf(role) === 'self')) role = bystander();
  return role;
}
