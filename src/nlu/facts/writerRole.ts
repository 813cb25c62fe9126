/**
 * Who writes, read from the structure of a message rather than its words alone: the person the
 * worry verbs are about ("ik maak me zorgen om een collega": the colleague, not the writer), people
 * at the writer's work ("Poolse mannen bij mijn werk": the men, colleagues to the writer), a writer
 * who says what they are ("ik ben vrijwilliger", "ik ben huisarts") or where they come from ("I am
 * from Eritrea": no work at all), and a writer saying whom the chat is about after all ("het gaat om
 * mij", "it's about my sister"). The models read words and pairs and take a first-person telling for
 * the writer's own story, or any working writer for a professional; these readings are what the
 * sentence itself says. All on normalised text (lower case, no diacritics).
 */
import type { AboutWhom } from '../../understanding/understanding';
import { demandedOfWriter } from './demandOnWriter';

/** The writer helps as a volunteer: "ik ben vrijwilliger bij …", "ik geef als vrijwilliger les", "I volunteer at …". */
export const VOLUNTEER = /\b(?:vrijwilliger|vrijwilligster|vrijwilligerswerk|volunteer(?:s|ing)?)\b/i;

/** "I am from …", "ik ben uit …": where the writer comes from, not their work. */
export const FROM_SOMEWHERE = /\b(?:i am|i'm|im|ik ben|ik kom) (?:from|uit)\b/i;

/** "niet voor mezelf hoor", "het gaat niet om mij", "this isn't about me": the worry is someone else's. */
export const NOT_ABOUT_ME =
  /\b(?:niet (?:voor|over|om) (?:mezelf|mijzelf|mij|me)\b|(?:gaat|ging) niet (?:om|over) mij(?:zelf)?\b|not (?:for|about) (?:me|myself)\b|(?:it|this) (?:is not|isnt|isn't) about me)/;

/** "het gaat (eigenlijk) over mij", "it's about me", "ik ben het zelf": the worry turns out to be the writer's own. */
export const ABOUT_ME_AFTER_ALL =
  /\b(?:(?:gaat|ging) (?:\w+ ){0,2}(?:om|over) mij(?:zelf)?|ik ben het zelf|het is mij|het is ik|het ben ik|dat ben ik|that'?s me|that is me|ik ben (?:die|dat|diegene|degene|zelf die|zelf dat) (?:\w+ )?(?:vrouw|meisje|meid|man|jongen|persoon|vriendin|vriend|dame|au ?pair|hulp|werkster|arbeider|medewerker|student|studente)|i am (?:that|this) (?:\w+ )?(?:woman|girl|man|boy|person|friend|helper|worker|student|au ?pair)|(?:it'?s|it is|its) (?:\w+ )?(?:about )?me\b|about myself|i am the one|im the one)\b/;

/** "het gaat over mijn zus", "it's about my sister": the writer says the worry is someone else's. */
export const ABOUT_SOMEONE_ELSE =
  /\b(?:(?:het )?(?:gaat|ging) (?:(?!niet\b|nooit\b|geen\b)\w+ ){0,2}(?:om|over) (?:(?:mijn|mn|m'n|onze|ons) \w+|me (?:\w+ )?(?:vriend\w*|maat|mattie|zus\w*|broer\w*|moeder|vader|neef\w*|nicht\w*|dochter|zoon|collega\w*|buur\w*|klasgeno\w*))|(?:it'?s|it is|its|this is) (?:(?!not\b|never\b)\w+ )?about (?:my|our) \w+|(?:ik )?schrijf (?:\w+ )?(?:voor|over) (?:mijn|mn|m'n) \w+|(?:i )?(?:am )?writ\w* (?:\w+ )?(?:for|about) my \w+)\b/;

/** Words that point back at the writer after "om", "over", "about": the worry is then theirs. */
const WRITER_HIMSELF = /^(?:mij|mezelf|mijzelf|me|myself|ons|onszelf|us|ourselves)$/;

/**
 * The one the worry is about, as the object of the worrying: "ik maak me zorgen om een collega",
 * "bezorgd over mijn zus", "het gaat over me vriend", "I am worried about my friend", "I want to ask
 * for my friend", "overdrijf ik als ik me zorgen maak om het appartement onder mij". The captured
 * word is the first after the preposition; "om mij", "about me" are the writer's own.
 */
const WORRY_OBJECT =
  /\b(?:zorgen (?:\w+ ){0,2}?(?:om|over)|bezorgd (?:om|over)|ongerust (?:om|over)|(?:het )?(?:gaat|ging) (?:(?!niet\b|nooit\b|geen\b)\w+ ){0,2}?(?:om|over)|vraag (?:\w+ ){0,2}?(?:over|voor|namens)|worried (?:about|for)|concerned (?:about|for)|worry about|(?:it'?s|it is|its|this is) (?:(?!not\b|never\b)\w+ )?about|(?:ask|asking|write|writing|here) (?:\w+ ){0,2}?(?:for|about|on behalf of)|(?:help|hulp) (?:nodig )?(?:for|voor)|(?:something|smth|sth)(?:'?s| is) (?:\w+ )?(?:off|wrong|weird|strange|odd|not right) (?:with|about)|(?:er )?(?:klopt|is) (?:er )?iets (?:niet |mis |raar |vreemd )(?:met|aan))\s+(\w+)/g;

/** A possessive or article before the person the worry is about; "me" is the spoken "mijn" ("me vriend"). */
const PERSON_LEAD =
  /^(?:mijn|mn|m'n|me|onze|ons|een|de|het|die|dat|deze|my|our|a|an|the|this|that|his|her|zijn|haar|iemand|someone|somebody)$/;

/** The object of the worrying is another person than the writer (WORRY_OBJECT). */
export function worryAboutAnother(plain: string): boolean {
  WORRY_OBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORRY_OBJECT.exec(plain)) !== null) {
    const word = m[1]!;
    if (WRITER_HIMSELF.test(word)) {
      // "het gaat over me vriend": "me" before a person word is the spoken possessive.
      const next = /^\s+(\w+)/.exec(plain.slice(m.index + m[0].length))?.[1];
      if (word === 'me' && next && PERSON_NOUN.test(next)) return true;
      continue;
    }
    if (!PERSON_LEAD.test(word)) continue;
    // "about my work situation", "over een baan", "om het geld": a thing, not a person.
    // "a bunch of guys", "een paar jongens": the words after a quantity tell whether it is people.
    const after = plain
      .slice(m.index + m[0].length)
      .replace(/^\s+(?:bunch|couple|lot|lots|group|few|number|paar|stel|groep|aantal|boel)\s+(?:of|van)\b/, '');
    const next = after.match(/^(?:\s+\w+){1,2}/)?.[0] ?? '';
    if (!next.split(/\s+/).some((w) => NOT_A_PERSON.test(w))) return true;
  }
  return false;
}

const NOT_A_PERSON =
  /^(?:werk\w*|work\w*|baan|job|jobs|situatie|situation|geld|money|loon|salaris|salary|wages?|papieren|papers|visum|visa|verblijf\w*|permit|rechten|rights|contract|huis|house|kamer|room|schuld\w*|debts?|vraag|question|melding|report|privacy|anonim\w*|anonym\w*|aanbod|offer|advertentie|ad|advert|bericht\w*|messages?|situaties|things?|dingen|iets|something|hoe|how|wat|what|of|whether|if)$/;

const PERSON_NOUN =
  /^(?:vriend\w*|vriendin\w*|zus\w*|broer\w*|dochter\w*|zoon\w*|kind\w*|nicht\w*|neef\w*|collega\w*|buur\w*|moeder|vader|maat|friend\w*|sister|brother|daughter|son|cousin|colleague\w*|neighbou?r\w*)$/;

/**
 * People at the writer's work who are the worry: "Poolse mannen bij mijn werk die …", "er werken
 * meisjes op mijn werk", "some guys at my job". The writer works there too, but tells of them.
 */
const PEOPLE = '(?:mannen|vrouwen|jongens|meisjes|meiden|mensen|arbeiders|werknemers|men|women|guys|girls|boys|people|workers|lads)';
const MY_WORK = "(?:mijn|mn|m'n|ons|onze|my|our)\\s+(?:werk|werkplek|bedrijf|afdeling|work|job|workplace|company)";
const PEOPLE_AT_MY_WORK = new RegExp(
  [
    `\\b${PEOPLE}\\s+(?:\\w+\\s+)?(?:bij|op|in|van|at|from)\\s+${MY_WORK}\\b`,
    // "bij mijn werk zijn er mannen die …", "at my job there are girls who …"
    `\\b(?:bij|op|in|at)\\s+${MY_WORK}\\s+(?:\\w+\\s+){0,3}?(?:\\w+\\s+)?${PEOPLE}\\b`,
  ].join('|'),
);

export function peopleAtWritersWork(plain: string): boolean {
  return PEOPLE_AT_MY_WORK.test(plain);
}

/**
 * The writer's work, where the Meldcode reaches them: education, care, youth work, social work,
 * police and the like, or the people they serve there ("mijn leerling", "a patient of mine", "in
 * mijn praktijk"). A writer who only says they work somewhere (a plumber, a taxi driver, a hotel
 * night porter) sees the story as a bystander does; the models read any working writer as a
 * professional, and a bystander's words fit a professional too, not the other way round.
 */
const PROFESSIONAL_WORDS =
  '(?:docent\\w*|leraar|lerares|leerkracht\\w*|juf|meester|mentor|mentrix|schoolleider|directeur van (?:een|de) school|intern begeleider|zorgco(?:o)?rdinator|vertrouwenspersoon|verpleegkundige\\w*|verpleger|verpleegster|verzorgende|huisarts\\w*|arts|dokter|tandarts\\w*|mondhygienist\\w*|fysiotherapeut\\w*|verloskundige\\w*|kraamverzorg\\w*|apotheker|apotheek|doktersassistente|praktijkondersteuner|psycholoog|psychiater|therapeut\\w*|jeugdwerker\\w*|jongerenwerker\\w*|jeugdarts|jeugdverpleegkundige|jeugdzorg\\w*|jeugdbescherm\\w*|gezinsvoogd\\w*|maatschappelijk werk\\w*|wijkteam\\w*|sociaal werk\\w*|hulpverlen\\w*|casemanager\\w*|consulent\\w*|ambulant begeleider\\w*|begeleider\\w*|pedagogisch medewerker\\w*|kinderopvang|gastouder|wijkagent\\w*|politieagent\\w*|boa|leerplicht\\w*|vluchtelingenwerk|teamleider|bedrijfsleider|filiaalmanager|teacher|teaching|tutor|headteacher|nurse|doctor|gp|dentist|midwife|pharmacist|pharmacy|physio\\w*|therapist|social worker|youth worker|caseworker|case worker|care worker|counsellor|counselor|police officer)';
const PROFESSIONAL_WORK = new RegExp(`\\b${PROFESSIONAL_WORDS}\\b`);

/** The people a professional serves, said as theirs: "mijn leerling", "een cliënte van ons", "my patient". */
const SERVED =
  /\b(?:(?:mijn|mn|m'n|onze|ons|een|my|our|a)\s+(?:\w+\s+)?(?:leerling\w*|cliente?n?|client\w*|patient\w*|pupil\w*|pupillen)|(?:leerling\w*|client\w*|cliente\w*|patient\w*|pupil\w*)\s+(?:van (?:mij|ons)|of (?:mine|ours))|in (?:mijn|onze|my|our) (?:praktijk|spreekkamer|klas|practice|surgery|clinic|class(?:room)?))\b/;

export function professionalSaid(plain: string): boolean {
  return !HOBBY_TEACHING.test(plain) && !PRIVATE_CAPACITY.test(plain) && (PROFESSIONAL_WORK.test(plain) || SERVED.test(plain));
}

/** The writer saying that work is theirs: "ik ben (haar) docent", "ik werk als verpleegkundige", "I'm a nurse", "as her teacher". */
const SAYS_OWN_WORK = new RegExp(
  `\\b(?:ik ben|ik werk als|ik werk in de|ik werk bij de|ik zit in het|als|i am|im|i'm|i work as|as)\\s+(?:(?:een|de|a|an|the|haar|zijn|her|his|hun|their)\\s+)?(?:\\w+\\s+)?${PROFESSIONAL_WORDS}\\b`,
);

/**
 * The writer's work said, and that they write outside it: "ik werk zelf bij de politie maar dit is
 * privé", "ik ben wijkagent maar ik schrijf als privépersoon", "I'm a nurse but this is off duty". The
 * Meldcode is for what they see at work; here they write as anyone would.
 */
export const PRIVATE_CAPACITY =
  /\b(?:(?:dit|het) is (?:\w+ )?prive|(?:als|as a) (?:prive ?persoon|particulier|burger|private (?:person|citizen|individual))|prive ?persoon|buiten (?:mijn |de )?(?:dienst|werktijd|werkuren)|niet (?:vanuit|via|voor|namens) (?:mijn|m'n|mn|het) werk|off duty|off-duty|in (?:a |my )?private capacity|not (?:for|through|as part of|from) (?:my )?work|in my own time|(?:this|it) is (?:\w+ )?private(?:ly)?)\b/;

/** "ik verhuur een woning", "I rent out a flat": a landlord sees the story as a bystander, not at work. */
const LETS_OUT = /\b(?:ik verhuur|wij verhuren|we verhuren|ik verhuurde|i rent out|we rent out|i let (?:a|my|the))\b/;

/**
 * The writer at their work, seeing something there: "ik werk bij de receptie van een hotel en ik zie
 * nu iets raars", "ben loodgieter, had een klus ... het zit me niet lekker", "night porter at a
 * hotel, need advice". Their job is told to say where they saw it, not to tell their own story.
 */
const AT_WORK_INTRO =
  /(?:^|[.,!?]\s*|\b(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|goedendag|dag)\b[\s,.!]*)(?:ik werk (?:bij|in|op|als)|ik ben|ben|i work (?:at|in|as)|i am a|i'm a|im a)\s+(?:een\s+|a\s+|an\s+|de\s+|the\s+)?(?!bang|blij|benieuwd|afraid|scared|worried|not|niet|het|zelf|\d)\p{L}{3,}|^\p{L}{4,}(?:\s+\p{L}+)?\s+(?:at|in|hier|here)\b/u;
/**
 * The writer saying what or where they work in any words ("ik werk schoonmaak in een hotel", "i work
 * cleaning in a hospital", "i am cook in a restaurant"): wider than AT_WORK_INTRO, so only ever read
 * as "not yet known", never as someone else's story.
 */
const WORK_INTRO =
  /(?:^|[.,!?]\s*|\b(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|goedendag|goeiedag|goeiemorgen|goeiemiddag|goeienavond|dag|yo|salam|salaam|hee|good (?:morning|afternoon|evening))\b[\s,.!]*)(?:ik werk(?: (?:bij|in|op|als|voor))?|ik ben|ben|i work(?: (?:at|in|as|for))?|i am(?: a| an)?|i'm(?: a| an)?|im(?: a| an)?)\s+(?:een\s+|a\s+|an\s+|de\s+|the\s+)?(?!(?:bang|blij|benieuwd|bezorgd|ongerust|afraid|scared|worried|concerned|not|niet|het|zelf|from|uit|van|so|zo|erg|heel|very|really|still|nog|sorry|writing|looking|here|hier|in|op|at|on|alone|alleen|ziek|sick|moe|tired|pregnant|zwanger|slachtoffer|victim|confused|lost|kwijt|weg|stuck|locked|opgesloten|trapped|thinking|going|gonna|just|net|ook|also|wel|geen|no|nu|now)\b|\d)\p{L}{3,}|^\p{L}{4,}(?:\s+\p{L}+)?\s+(?:at|in|hier|here)\b/u;
const SAW_SOMETHING =
  /\b(?:zag|zie|gezien|zien|saw|see|seen|seeing|iets raars|rare|raar|vreemd|niet lekker|not right|weird|strange|odd|need advice|vraag over|question about)\b/;

export interface MessageParts {
  /** The message names a person other than the writer (a relation, "een meisje", "the workers"). */
  namesAnother: (plain: string) => boolean;
  /** The message tells the writer's own situation (their boss, pay, papers, housing). */
  ownStory: (plain: string) => boolean;
  /** The message tells another person's situation ("her boss", "she works", "hij moet werken"). */
  anothersSituation: (plain: string) => boolean;
}

/**
 * A relative as the subject of the telling: "my cousin he works in a car wash", "My sister is in
 * Netherlands and I am in Bulgaria", "mijn broer werkt bij ...". The writer tells of them.
 */
const RELATIVE_AS_SUBJECT =
  /\b(?:my|mijn|mn|m'n|me|our|onze|ons)\s+(?:[a-z]+\s+)?(?:schoon|half|stief)?(?:zwager|zus\w*|broer\w*|dochter\w*|zoon\w*|nicht\w*|neef\w*|oom|tante|vriendin\w*|vriend|collega\w*|buurman|buurvrouw|klasgeno\w*|teamgeno\w*|huisgeno\w*|sister|brother|daughter|son|cousin|niece|nephew|uncle|aunt|friend|colleague|neighbou?r|classmate|teammate|housemate|roommate|wife|husband|vrouw|man)\s*,?\s+(?:(?:he|she|hij|zij|ze)\s+)?(?:is|was|works?|worked|werkt|werkte|woont|lives?|lived|zit|zat|went|ging|came|kwam|has|heeft|had|moet|must|sleeps?|slaapt|gets|krijgt|called|belde|says|zegt|said|zei|appte|appt|texted|texts|messaged|stuurde|sent|schreef|wrote|vertelde|told)\b/;

/** "hij zegt dat ik hem geld schuldig ben", "they say I owe them": a debt laid on the writer. */
const WRITER_OWES = /\b(?:ik (?:\w+ ){0,4}schuldig ben|ben ik (?:\w+ ){0,4}schuldig|(?:that )?i owe)\b/;

/**
 * The writer as the one something is done to: "mijn vriend laat mij met mannen afspreken", "he
 * forces me", "ze dwingen ons", "they are cheating me", "a man promised me a club", "van mijn 17e
 * moest ik voor iemand werken", and someone in charge of the writer's life ("mijn vriend regelt mijn
 * 'afspraken'", "he controls my money"): a relation named as the one who does it does not make it
 * that person's story. Their own story, whoever does it ("liet me niet verder dan de gang" keeps a
 * witness out, not the writer in).
 */
const DONE_TO_WRITER =
  /\b(?:(?:laat|laten|liet)\s+(?:mij|me|ons)\b(?!(?:\s+\w+){0,6}?\s+(?:zien|lezen|horen|weten)\b)(?!\s+niet\s+(?:verder|binnen|naar binnen|erin|in)\b)|(?:dwingt|dwingen|dwong|verplicht|verkoopt|verkocht|bedreigt|chanteert|slaat|sloeg|bracht|brengt|haalde|force|forces|forced|make|makes|made|sell|sells|sold|threatens|threatened|blackmails|hits|hit|pimps|brought|bring|brings|offered|offers|bood|biedt|promised|beloofde|beloofden|cheat|cheats|cheated|cheating|exploit|exploits|exploited|exploiting|bedriegt|bedriegen|bedroog|bedrogen|belazert|belazeren)\s+(?:mij|me|ons|us)\b|\bbuit\w* (?:mij|me|ons) uit\b|\b(?:give|gives|gave|giving|geeft|geven|gaf|gaven)\s+(?:mij|me|ons|us)\s+(?:\d[\d.,]*\s*(?:euro|eur)|€\s*\d)|\b(?:regelt|regelde|regelen|bepaalt|bepaalde|beheert|beheerde|controleert|controleerde|boekt|boekte|arranges|arranged|controls|controlled|manages|managed|books|booked)\s+(?:al\s+|all\s+)?(?:mijn|mn|m'n|my)\b|\b(?:(?:moest|moesten)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:moest|moesten))\s+(?:\w+\s+){0,3}?(?:werken|betalen|terugbetalen|afbetalen|slapen|blijven|seks|sex)\b)/;

/**
 * What is done to the writer at their work, beyond having it: "mijn baas houdt mijn paspoort", "ik
 * moet 14 uur werken", "I don't get paid", "they keep my passport". "Ik werk bij een hotel" alone is not.
 */
const HARM_TO_WRITER =
  /\b(?:(?:my|mijn|mn|m'n)\s+(?:[a-z]+\s+)?(?:baas|bazin|boss|werkgever|employer|paspoort|passport|papieren|papers|id|loon|salaris|salary|wages?|schuld\w*|debts?|huisbaas|landlord|pooier|pimp)|(?:ik|i)\s+(?:moet|must|have to|mag niet|kan niet|cannot|cant|can't|am not allowed|krijg geen|krijg maar|get no|get only|dont get|don't get|owe|ben .{0,20}schuldig)|(?:betaalt|betalen|pays|pay|paid|houdt|houden|keeps|keep|kept|took|nam|pakte)\s+(?:me|mij|my|mijn)\b|(?:zegt|zei|zeggen|zeiden|eist|eisen|eiste|wil|wilt|willen)\s+dat\s+(?:ik|we|wij)\s+(?:\w+\s+){0,6}?(?:moet|moeten|moest)\b|(?:sends|sent|send|stuurt|stuurde|stuurden)\s+(?:me|mij|us|ons)\s+(?:to|om)\s+(?:te\s+)?(?:\w+\s+)?(?:clean\w*|work\w*|cook\w*|sell\w*|deliver\w*|schoonmaken|poetsen|werken|koken|verkopen|bezorgen)\b)/;

/**
 * The writer says where or as what they work, and nothing done to them there ("hallo ik werk
 * schoonmaak in een hotel", "ben gasmonteur, moest vandaag een lek checken", "i am cook in a
 * restaurant"): who writes, not yet whose story it is. ("Ik werk 12 uur per dag en de baas houdt mijn
 * paspoort" is their own.)
 */
export function tellsOnlyOwnWork(plain: string): boolean {
  const harmed = writerHarmed(plain);
  return WORK_INTRO.test(plain) && ANNOUNCES_MORE.test(plain) && !harmed && !FROM_SOMEWHERE.test(plain);
}

/** Hours, days or pay beside the work ("14 uur per dag", "for 5 euro", "6 days a week"): the work's terms are the writer's own story. */
const WORKS = /\b(?:ik werk|i work|i'm working|im working|i am working)\b/;
const WORK_TERMS = /\b\d[\d.,]*\s*(?:uur|uren|hours?|hrs|dagen|days?|weken|weeks?|euro|eur)\b|€\s*\d/;

/**
 * The message with the writer's saying of their work taken out ("Goedemiddag, ik werk op de
 * klantenservice van een bank in Utrecht. Ik typ dit in mijn pauze" → "… van een bank in Utrecht. Ik
 * typ dit in mijn pauze"), for reading whether anything else in it tells a story; null when it says
 * no work, or the work's hours or pay, or something done to the writer, or where they come from.
 */
export function withoutWorkSaid(plain: string): string | null {
  // The work said with the verb: "ik ben Syrische man", "I'm an international student" say who the writer is.
  if (!WORKS.test(plain) || writerHarmed(plain) || FROM_SOMEWHERE.test(plain) || WORK_TERMS.test(plain)) return null;
  const sentences = plain.split(/[.!?;]+/);
  if (!sentences.some((sentence) => WORK_INTRO.test(sentence))) return null;
  return sentences.map((sentence) => sentence.replace(WORK_INTRO, ' ')).join('. ');
}

/** People other than the writer named in words ("een jongen", "the workers", "de man die opendeed"). */
export function namesOthers(plain: string): boolean {
  return (plain.replace(QUOTED_WORDS, ' ').match(OTHERS_NAMED)?.length ?? 0) > 0;
}

/**
 * Someone asks the writer to do something for money, or finds them a room or a job: "hij vroeg of ik
 * een vriendin mee kan nemen, dan krijgen we allebei 150 euro", "iemand zegt dat ik 500 kan verdienen
 * als ik mijn bankrekening uitleen", "a man from church found us a room and a job", "a woman from my
 * church said she has a job for me". The one named is
 * the recruiter and the story is the writer's, where the models took the person named for the worry.
 */
const ASKS_WRITER =
  /\b(?:(?:vroeg|vraagt|vragen|vroegen|zegt|zei|zeggen|zeiden)\s+(?:of|dat)\s+(?:ik|we|wij)|(?:asked|asks|ask|wants|wanted|told)\s+(?:me|us)\s+to|(?:said|says)\s+(?:that\s+)?(?:i|we)\s+(?:can|could))\b/;
const PAID_TO_WRITER =
  /\b(?:krijg ik|krijgen we|krijgen wij|kan ik \w+ verdienen|kan (?:\w+ )?verdienen|verdien ik|i get|we get|i would get|i'?d get|i can earn|i could earn|(?:betalen|betaalt|pays?|paid)\s+(?:me|mij|ons|us))\b|\b\d+\s*(?:euro|eur)\b|€\s*\d/;
const FINDS_FOR_WRITER =
  /\b(?:found|find|got|promised)\s+(?:me|us)\s+(?:a\s+|an\s+)?(?:room|job|work|house|place|apartment|flat)|(?:vond|regelde|beloofde)\s+(?:voor\s+)?(?:mij|me|ons)\s+(?:een\s+)?(?:kamer|baan|werk|huis|plek|woning)\b|\b(?:has|had|have|heeft|had|hebben)\s+(?:a\s+|an\s+|een\s+)?(?:good\s+|goede\s+)?(?:job|work|room|baan|werk|kamer)\s+(?:for|voor)\s+(?:me|us|mij|ons)\b|\b(?:een\s+)?(?:baan|werk|kamer)\s+voor\s+(?:mij|ons)\s+(?:had|heeft|hadden|hebben|wist|wisten)\b/;

export function recruitsWriter(plain: string): boolean {
  return (ASKS_WRITER.test(plain) && PAID_TO_WRITER.test(plain)) || FINDS_FOR_WRITER.test(plain);
}

/** Words in quotes are someone else's ("ze appte 'ze laten me niet gaan'"), not what is done to the writer. */
const QUOTED_WORDS = /(?:^|[\s(:])['"‘“][^'"’”]{1,200}['"’”]/g;

/** Something is done to the writer, or laid on them, outside the words they quote from someone else. */
export function writerHarmed(plain: string): boolean {
  const own = plain.replace(QUOTED_WORDS, ' ');
  return HARM_TO_WRITER.test(own) || DONE_TO_WRITER.test(own) || WRITER_OWES.test(own) || demandedOfWriter(own);
}

/**
 * The writer says where they live or work beside the place the worry is about: "ik woon boven een
 * nagelstudio", "ik woon naast een carwash", "my studio is right above a massage place". A vantage,
 * not their own story.
 */
const WRITERS_VANTAGE =
  /\b(?:ik woon|wij wonen|we wonen|ik werk|i live|we live|i work|(?:mijn|mn|my|onze|our) (?:\w+ )?(?:huis|woning|flat|appartement|studio|praktijk|winkel|zaak|kantoor|werkplek|kamer|house|apartment|shop|office|store|room) (?:is|zit|ligt|staat))\s+(?:[a-z]+\s+){0,3}?(?:boven|onder|naast|tegenover|achter|above|below|under|beneath|next to|across from|opposite|behind)\s+(?:een|het|de|die|dat|a|an|the|that|this)\s+\w+/;

/** "vandaag zag ik iets in een huis", "I saw something at the station", "heb iets raars gezien": the writer as a witness. */
const WITNESSED =
  /\b(?:zag ik|ik zag|zie ik|ik zie|heb ik|ik heb)\s+(?:\w+\s+)?iets(?:\s+\w+)?\s+(?:gezien|gehoord|gemerkt|in|bij|op|aan)\b|\b(?:zag ik|ik zag|ik heb)\s+(?:vandaag\s+|gisteren\s+)?iets\b|\bi (?:saw|have seen|noticed|heard|witnessed) something\b/;

/** "een van mijn cursisten", "one of my players": a person from a group the writer has. */
const ONE_OF_MINE = /\b(?:een van|eentje van|one of) (?:mijn|mn|m'n|onze|ons|my|our) (\w+)/;
const BOSSES = /^(?:baas|bazen|boss|bosses|werkgever\w*|employers?|chef\w*|managers?|pooier\w*|pimps?)$/;

export function oneOfMine(plain: string): boolean {
  const word = ONE_OF_MINE.exec(plain)?.[1];
  return word !== undefined && !NOT_A_PERSON.test(word) && !BOSSES.test(word);
}

/**
 * Teaching or coaching a sport, a dance, music or driving ("ik geef kickboksles", "I'm a yoga
 * teacher", "zwemjuf"): the Meldcode binds schools and carers, not these teachers, whom the writers
 * label as bystanders ("other"); their pupils stay pupils.
 */
const HOBBY_TEACHING =
  /\b(?:yoga|dans|dance|ballet|muziek|music|piano|gitaar|guitar|zang|singing|zwem|swim(?:ming)?|rij|driving|kickboks|kickboxing|boks|boxing|fitness|tennis|voetbal|football|soccer|hockey|sport|vecht|karate|judo|taekwondo|turn|paardrij|riding|surf|schaak|chess|drum|viool|violin|teken|art)\s*-?\s*(?:les|lessen|lessons?|classe?s?|docent\w*|leraar|lerares|teacher|instructeur|instructor|trainer|trainster|coach|juf|meester|school|studio)\b|\b(?:ik geef|i give|i teach|ik train|i coach)\s+(?:\w+\s+)?(?:yoga|kickboks\w*|boks\w*|dans\w*|zwem\w*|muziek\w*|piano\w*|gitaar\w*|fitness|sport\w*|tennis\w*|voetbal\w*|judo\w*|karate\w*|dance|swimming|football|boxing|kickboxing)\b/;

/**
 * The writer announcing that what matters is still to come ("ik zit met iets", "I want to ask
 * something", "ben nu op mijn werk", "moest vandaag een lek checken", "i found a note"): beside their
 * work, the message has not yet told whose story it is. (Without it, "i work as a nanny for a family, i look after their kids" tells their own.)
 */
const ANNOUNCES_MORE =
  /\b(?:(?:ik )?zit (?:ik )?(?:ergens )?mee|(?:waar|wat) ik me (?:\w+ )?zorgen over maak|ik maak me (?:\w+ )?zorgen|(?:een|a) (?:dossier|zaak|case|file) (?:waar|wat|that|which|i)|i(?:'m| am) (?:\w+ )?worried|zit met iets|ik heb een vraag|vraagje|ik wil (?:iets |je iets |jullie iets )?(?:vragen|vertellen|melden)|i (?:want|would like) (?:to )?(?:ask|tell|report)|(?:i'?d|i would) like to (?:ask|tell|report)|i want tell|can i ask|(?:need|want|looking for) (?:some )?advice|advies nodig|something (?:to tell|happened|weird|strange)|iets (?:raars|vreemds|gezien|gebeurd|vragen|melden|vertellen)|zit me niet lekker|not sure (?:who|if|what|whether)|weet niet of|(?:ben|zit) (?:nu )?op (?:mijn|mn|m'n|het) werk|at work (?:now|right now)|(?:now|right now) at work|i found|(?:ik )?vond (?:ik )?|gevonden|(?:moest|had|was) (?:ik )?vandaag|today i (?:had|was|went|found))\b/;

/**
 * People other than the writer as the subjects of a telling: "de man die opendeed", "een jongen",
 * "andere meisjes doen de deur open", "about 20 people", "one guy pays", "hij belt ze", "they". A
 * courier, a meter reader or a receptionist telling what they saw says "I" once or twice (I went, ik
 * telde) and the others many times; the models read the first person as the writer's own story.
 */
const OTHERS_NAMED =
  /\b(?:(?:een|a|an|the|de|die|deze|dat|this|that|those|these|one|twee|two|drie|three|vier|four|some|sommige|veel|many|andere|other|jonge|young|\d{1,3})\s+(?:[a-z]+\s+)?(?:meisjes?|meid|meiden|jongens?|vrouw|vrouwen|man|mannen|kerel|vent|girls?|boys?|guys?|woman|women|men|kinderen|kids|children|mensen|people|arbeiders|workers|werknemers))\b/g;
const OTHERS_AS_SUBJECT = /\b(?:hij|zij|he|she|they)\s+(?!(?:zegt|zei|zeggen|says|said|told|asked|vroeg)\b)\w+/g;
const WRITERS_OWN_THINGS =
  /\b(?:my|mijn|mn|m'n|our|onze|ons)\s+(?:\w+\s+)?(?:card|cards|pin|pincode|pinpas|bankpas|pas|bank|rekening|bankrekening|account|accounts|money|geld|phone|telefoon|foto\w*|photos?|pictures?|picture|nudes|loon|salaris|salary|wages?|paspoort|passport|papieren|papers|id|contract|schuld\w*|debts?|name|naam|farm|boerderij|werk|work|job|baan)\b/;
/** "we are 12 people in one container", "wij zijn met 8": the people counted are the writer's own group. */
const WRITERS_GROUP = /\b(?:we|wij)\s+(?:are|were|zijn|waren)\s+(?:met\s+)?(?:\w+\s+)?\d{1,3}\b/;
/**
 * "boss take 90 euro", "baas zegt": a boss named without "his", "her" or "their" is the writer's,
 * however many others the telling names ("we are 20 people", "my friend has pain").
 */
const BOSS_UNOWNED =
  /(?<!\b(?:his|her|their|haar|zijn|zn|hun|d'?r|der|de|het|a|an|een)\s)\b(?:boss|baas|bazin|werkgever|employer|agency boss)\b/;
/** The writer as a subject: "ik", "I", "we" (not "me", "my": a witness is spoken to and handed things). */
const WRITER_SUBJECT = /\b(?:ik|i|we|wij)\b/g;

/** The telling is about others: named in words, its subjects at least twice and more often than the writer is. */
export function toldOfOthers(plain: string): boolean {
  const own = plain.replace(QUOTED_WORDS, ' ');
  // One "he" told of many times is as often the man in the writer's own story ("hij wacht na school
  // bij het hek. hij is 22"): people named in words are needed.
  // The writer's own card, account, money or photos in the telling ("they need my debit card and
  // pin", "ik heb mijn fotos gestuurd"): what is done with them is done to the writer.
  if (WRITERS_OWN_THINGS.test(own) || WRITERS_GROUP.test(own) || BOSS_UNOWNED.test(own)) return false;
  const named = own.match(OTHERS_NAMED)?.length ?? 0;
  const others = named + (own.match(OTHERS_AS_SUBJECT)?.length ?? 0);
  const writer = own.match(WRITER_SUBJECT)?.length ?? 0;
  return named >= 1 && others >= 2 && others > writer;
}

/**
 * The message's reading of who writes, corrected by what the sentence says: another person as the
 * object of the worry or at the writer's work is the one the chat is about; a writer who says their
 * work is in care, school, youth work or the like is a professional, a volunteer, a landlord or a
 * writer telling where they are from never; a worker telling what they saw at work is a bystander.
 * `aboutWhom` is the models' reading; the result replaces it (undefined: nothing said).
 */
export function writersRoleInMessage(plain: string, aboutWhom: AboutWhom | undefined, parts: MessageParts): AboutWhom | undefined {
  const another = worryAboutAnother(plain) || peopleAtWritersWork(plain) || NOT_ABOUT_ME.test(plain);
  const ownStory = parts.ownStory(plain);
  if (aboutWhom === 'self' && another && (!ABOUT_ME_AFTER_ALL.test(plain) || NOT_ABOUT_ME.test(plain))) return 'other';
  const harmed = writerHarmed(plain);
  // A writer who says their work and that they write outside it ("ik werk zelf bij de politie maar dit
  // is privé") tells who writes, not their own story: what they saw follows.
  if (aboutWhom === 'self' && !harmed && PRIVATE_CAPACITY.test(plain)) return parts.namesAnother(plain) ? 'other' : undefined;
  // Where the writer lives or works beside the place of the worry, or a person from a group of theirs
  // ("een van mijn cursisten"), with nothing done to them: the models read the first person as their story.
  if (aboutWhom === 'self' && !harmed && !ownStory && (WRITERS_VANTAGE.test(plain) || oneOfMine(plain)))
    return parts.namesAnother(plain) || oneOfMine(plain) ? 'other' : undefined;
  if (aboutWhom === 'self' && !harmed && RELATIVE_AS_SUBJECT.test(plain) && (parts.anothersSituation(plain) || !ownStory)) return 'other';
  // A message that tells another person's situation ("they work in nail salons", "ze mag nooit de
  // deur uit") and nothing of the writer's, or what the writer saw ("vandaag zag ik iets in een
  // huis", below), is a bystander's however much "I" it has.
  if (aboutWhom === 'self' && !harmed && !ownStory && parts.anothersSituation(plain) && parts.namesAnother(plain)) return 'other';
  // The doer's own doings ("hij houdt al het geld", "his debts") do not make it their story.
  const unquoted = plain.replace(QUOTED_WORDS, ' ');
  if (
    aboutWhom !== 'self' &&
    !another &&
    (DONE_TO_WRITER.test(unquoted) ||
      demandedOfWriter(unquoted) ||
      recruitsWriter(unquoted) ||
      (WRITER_OWES.test(unquoted) && !parts.anothersSituation(plain)))
  )
    return 'self';
  // "I am from Afghanistan, 24 years, in camp Ter Apel": the writer telling who they are, and no one else.
  if (
    (aboutWhom === 'other' || aboutWhom === undefined) &&
    FROM_SOMEWHERE.test(plain) &&
    !another &&
    !parts.namesAnother(plain) &&
    !parts.anothersSituation(plain)
  )
    return 'self';
  const notAtWork =
    VOLUNTEER.test(plain) ||
    LETS_OUT.test(plain) ||
    FROM_SOMEWHERE.test(plain) ||
    HOBBY_TEACHING.test(plain) ||
    PRIVATE_CAPACITY.test(plain);
  if ((SAYS_OWN_WORK.test(plain) || SERVED.test(plain)) && !notAtWork && !(aboutWhom === 'self' && ownStory)) return 'professional';
  if (aboutWhom === undefined && another) return 'other';
  // Saying where they work tells where they saw it ("ik werk schoonmaak in een hotel en zag…"); said
  // alone ("hallo, ik werk als bijbaan bij een DC en ik zit met iets") it tells not yet whose story
  // follows: a bystander's as often as their own. The story that follows tells the role.
  if (aboutWhom === 'self' && tellsOnlyOwnWork(plain)) return AT_WORK_INTRO.test(plain) && SAW_SOMETHING.test(plain) ? 'other' : undefined;
  if (aboutWhom === 'professional' && !(professionalSaid(plain) && !notAtWork)) {
    // Not at work in that sense: a bystander where another person is named, else not yet known
    // ("ik ben lasser, werk via bureau", "I'm a master's student": their own story may follow).
    return (another || parts.namesAnother(plain)) && !FROM_SOMEWHERE.test(plain) ? 'other' : undefined;
  }
  if (aboutWhom === 'self' && !harmed && !ownStory && WITNESSED.test(plain)) return parts.namesAnother(plain) ? 'other' : undefined;
  if (aboutWhom === 'self' && !harmed && !ownStory && !recruitsWriter(unquoted) && toldOfOthers(plain)) return 'other';
  return aboutWhom;
}

/**
 * The role a message says outright, strong enough to change the role a conversation has settled:
 * "het gaat eigenlijk om mij" (self), "het gaat over mijn zus", "ik maak me zorgen om een collega"
 * (other), "ik ben haar docent", "mijn leerling" (professional). Null when it says none: then a
 * later message's first person ("ik ben zelf 19", "krijg ik problemen op mijn werk?") or a model's
 * guess from a word ("clients", "hotel") is the writer speaking inside the story already told.
 */
export function roleSaid(plain: string): AboutWhom | null {
  if (NOT_ABOUT_ME.test(plain)) return 'other';
  if (ABOUT_ME_AFTER_ALL.test(plain)) return 'self';
  if (
    (SAYS_OWN_WORK.test(plain) || SERVED.test(plain)) &&
    !VOLUNTEER.test(plain) &&
    !HOBBY_TEACHING.test(plain) &&
    !PRIVATE_CAPACITY.test(plain)
  )
    return 'professional';
  if (ABOUT_SOMEONE_ELSE.test(plain) || worryAboutAnother(plain) || peopleAtWritersWork(plain)) return 'other';
  return null;
}
