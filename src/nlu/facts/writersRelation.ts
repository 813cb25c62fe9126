/**
 * The relation read from what the writer says they are, to the person or at their work, rather
 * than from a relation word with "mijn": "ik ben de oom van een meisje van 16" (the girl is family),
 * "I'm her teacher" (a pupil), "ik ben trainer ... een van mijn speelsters" (a pupil), "ik ben
 * fysiotherapeut ... een patiënte" (a client), "ik heb een bakkerij ... een jongen in dienst" (a
 * colleague to the employer), "de woning onder mij" (a neighbour), and a person the writer only
 * sees ("er zit een meisje met een man", "a girl came in"): a stranger. All on normalised text
 * (lower case, no diacritics).
 */
import type { Relation } from '../../understanding/understanding';

/** What the writer says they are to the person, and what that makes the person to them. */
const WRITER_IS: readonly [string, Relation][] = [
  ['oom|tante|oudoom|oudtante|uncle|aunt|great-uncle|great-aunt|neef|nicht|cousin', 'extended_family'],
  ['oma|opa|grootmoeder|grootvader|grandma|grandpa|grandmother|grandfather|granny|nan|nana', 'grandchild'],
  [
    'moeder|vader|mama|papa|stiefmoeder|stiefvader|pleegmoeder|pleegvader|mother|father|mum|mom|dad|stepmother|stepfather|foster mother|foster father',
    'child',
  ],
  ['zus|zuster|broer|sister|brother|stiefzus|stiefbroer|halfzus|halfbroer', 'sibling'],
  ['buurman|buurvrouw|buurmeisje|buurjongen|neighbou?r', 'neighbour'],
  ['collega|colleague|coworker|co-worker', 'colleague'],
  [
    `${'docent|leraar|lerares|leerkracht|juf|meester|mentor|mentrix|trainer|trainster|coach|begeleider|bijlesdocent|teacher|tutor|form tutor'}`,
    'pupil',
  ],
  [
    'huisarts|arts|dokter|verpleegkundige|fysiotherapeut|therapeut|hulpverlener|casemanager|consulent|doctor|gp|nurse|therapist|caseworker|case worker|social worker',
    'client',
  ],
  ['werkgever|baas|bazin|employer|boss|manager', 'colleague'],
  ['vriendin|friend', 'friend'],
];

const WRITER_IS_PATTERNS: readonly [RegExp, Relation][] = WRITER_IS.map(([nouns, relation]) => [
  new RegExp(
    // "ik ben de oom van een meisje", "ik ben vader van een dochter", "ik ben haar mentor",
    // "I am her uncle", "I'm the teacher of", "as her teacher".
    `\\b(?:ik ben|ben ik|i am|i'm|im|as)\\s+(?:haar|zijn|hun|her|his|their)\\s+(?:\\w+\\s+)?(?:${nouns})\\b|\\b(?:ik ben|ben ik|i am|i'm|im)\\s+(?:(?:de|het|een|the|a|an)\\s+)?(?:\\w+\\s+)?(?:${nouns})\\s+(?:van|of)\\s+(?:een|a|an|haar|hem|zijn|her|him|his|die|dat|this|that|the|de|het)\\b`,
  ),
  relation,
]);

/** The writer says what they are to the person: "ik ben de oom van een meisje van 16", "I'm her teacher". */
export function relationWriterIs(plain: string): Relation | null {
  let best: { at: number; relation: Relation } | null = null;
  for (const [re, relation] of WRITER_IS_PATTERNS) {
    const m = re.exec(plain);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, relation };
  }
  return best?.relation ?? null;
}

/**
 * The writer's work with people who learn, train or are cared for, said as their own: "ik ben
 * jeugdtrainer", "ik geef les aan nieuwkomers", "huiswerkbegeleiding", "ik ben fysiotherapeut",
 * "I coach a girls' team". The person the worry is about is then one of theirs.
 */
const TEACHES =
  /\b(?:ik ben (?:\w+\s+)?(?:\w*trainer|\w*trainster|coach|mentor|docent|leraar|lerares|leerkracht|juf|meester)|ik geef (?:\w+\s+){0,3}?(?:\w*les|\w*training|huiswerkbegeleiding)|ik (?:train|coach)|huiswerk(?:begeleiding|klas)|bijles|i am (?:a |an |the )?(?:\w+\s+)?(?:coach|trainer|teacher|tutor|mentor)|i'?m (?:a |an |the )?(?:\w+\s+)?(?:coach|trainer|teacher|tutor|mentor)|i (?:coach|teach|train|tutor)|(?:boksschool|sportschool|dansschool|vereniging|voetbalclub|hockeyclub|club)\b[^.!?]{0,60}\b(?:traint|trainen|les))\b/;
const CARES =
  /\b(?:ik ben (?:\w+\s+)?(?:huisarts|arts|dokter|verpleegkundige|praktijkverpleegkundige|fysiotherapeut|therapeut|apotheker|apothekersassistente|doktersassistente|tandarts|verloskundige|consulent|jongerenwerker|maatschappelijk werker|hulpverlener|casemanager|wijkverpleegkundige)|ik werk als (?:\w+\s+)?(?:huisarts|arts|verpleegkundige|fysiotherapeut|therapeut|apotheker|apothekersassistente|doktersassistente|consulent|jongerenwerker|hulpverlener)|i am (?:a |an )?(?:\w+\s+)?(?:doctor|gp|nurse|physio\w*|therapist|pharmacist|social worker|caseworker|case worker|youth worker)|i'?m (?:a |an )?(?:\w+\s+)?(?:doctor|gp|nurse|physio\w*|therapist|pharmacist|social worker|caseworker|case worker|youth worker))\b/;

/** The people a trainer or teacher has, and those a carer or a business serves, named as such. */
const PUPIL_NOUNS =
  'speler|spelers|speelster|speelsters|turnster|turnsters|turner|sporter|sporters|pupil|pupils|pupillen|leerling|leerlingen|cursist|cursisten|student|studente|studenten|students|junior|junioren|player|players|trainee|trainees';
const PUPIL_WORDS = new RegExp(`\\b(?:${PUPIL_NOUNS})\\b`);
/** "my student room", "mijn studentenkamer", "my student visa": the writer's own things, no pupil. */
const STUDENTS_THING =
  '(?!\\s+(?:room|rooms|kamer|huis|house|housing|flat|apartment|accommodation|loan|lening|card|kaart|pas|visa|visum|permit|job|baan|bijbaan|account|rekening|id|life|leven|city|stad|days?|years?|jaren|tijd|time|debt|debts|schuld\\w*|finance|finances|status|ov|discount|korting|association|vereniging|union|halls?|dorm\\w*))';
/** "een van mijn speelsters", "my players", "een student van mij": the pupil word said as the writer's. */
const PUPILS_OF_WRITER = new RegExp(
  `\\b(?:mijn|mn|onze|ons|my|our)\\s+(?:\\w+\\s+)?(?:${PUPIL_NOUNS})\\b${STUDENTS_THING}|\\b(?:${PUPIL_NOUNS})\\s+(?:van (?:mij|ons)|of (?:mine|ours))\\b`,
);
const CLIENT_WORDS =
  /\b(?:client|cliente|clienten|clients|patient|patiente|patienten|patients|klant|klante|klanten|customer|customers|huurder|huurders|huurster|tenant|tenants|bewoner|bewoonster|bewoners|resident|residents|gast|gasten|guest|guests)\b/;

/**
 * The writer employs the person or runs the place where they work: "ik heb een bakkerij ... een
 * jongen uit India in dienst", "een kok van mij", "werkt er een kok bij mij", "een van mijn
 * vakkenvullers", "I'm a shift supervisor ... the workers": a colleague to the writer.
 */
const EMPLOYS =
  /\b(?:in dienst|heb ik (?:\w+\s+){1,5}?via (?:een|het) (?:bemiddelingsbureau|uitzendbureau|bureau)|werkt (?:er )?(?:\w+\s+){0,3}?bij (?:mij|ons)|werken (?:er )?(?:\w+\s+){0,3}?bij (?:mij|ons)|bij (?:mij|ons) (?:in dienst|werkt|werken|vakkenvullen)|(?:kok|medewerker|medewerkster|werknemer|vakkenvuller|schoonmaker|afwasser|uitzendkracht|personeelslid|employee|worker|cook|dishwasher)s? van (?:mij|ons)|(?:mijn|onze|my|our) (?:\w+\s+)?(?:medewerkers?|medewerksters?|werknemers?|personeel|vakkenvullers?|uitzendkrachten|afwassers?|koks?|employees|staff|workers|cooks?|dishwashers?)|(?:filiaalmanager|bedrijfsleider|teamleider|leidinggevende|voorman|ploegleider|shift supervisor|supervisor|team leader|foreman|floor manager)\b)/;

/**
 * People who work beside the writer: "voor dezelfde aannemer als ik", "op mijn bouwplaats", "staat
 * naast me aan de band", "the same agency as me", "on my shift".
 */
const WORKS_BESIDE =
  /\b(?:(?:voor|bij|via) (?:dezelfde|hetzelfde) (?:aannemer|werkgever|baas|bedrijf|uitzendbureau|bureau|onderaannemer) als (?:ik|mij)|(?:op|bij|in) (?:mijn|onze|ons) (?:bouwplaats|klus|ploeg|afdeling|dienst|shift|lijn)|naast (?:me|mij) aan de (?:band|lijn)|(?:for|at|with) the same (?:agency|employer|boss|company|contractor) as (?:me|i)|(?:on|at|in) my (?:site|shift|line|crew|team at work))\b/;

/**
 * The writer runs a place where people come as customers, guests or tenants: "ik heb een garage",
 * "ik heb een camping", "wij beheren een vakantiepark", "nachtportier", "at the front desk". A person
 * who comes there is their client, unless the place trains people (then a pupil).
 */
const RUNS_A_PLACE =
  /\b(?:(?:ik heb|wij hebben|we hebben|ik run|ik beheer|wij beheren|we beheren|i have|i run|we run|i own|we own|i manage|we manage)\s+(?:een|a|an)\s+(?:\w+\s+)?(?:garage|camping|vakantiepark|hotel|pension|b&b|restaurant|cafe|bar|snackbar|winkel|avondwinkel|kapsalon|kapperszaak|kapper|salon|nagelsalon|massagesalon|tattooshop|tattoostudio|wasstraat|carwash|shop|store|campsite|holiday park|hostel|boksschool|sportschool|dansschool|rijschool)|ik ben eigenaar van|i am the owner of|i'?m the owner of|nachtportier|receptionist|receptie|night porter|front desk|reception desk|(?:ik|i) (?:verhuur|rent out|let out)\s+(?:\w+\s+)?(?:kamers|kamer|rooms|room))\b/;
/**
 * People who train or take lessons where the writer runs or works: "ik heb een boksschool", "ik werk
 * bij een dansschool", "die bij ons traint". A school of sport named alone is no more the writer's
 * than any other place: "een jongen van de sportschool vroeg of ik mijn bankrekening wilde uitlenen"
 * tells where the writer met the man, not that he is their pupil.
 */
const TRAINS_THERE =
  /\b(?:(?:ik heb|wij hebben|we hebben|ik run|ik beheer|ik werk|wij werken|we werken|i have|i run|we run|i own|we own|i manage|i work|we work)\s+(?:\w+\s+){0,2}?(?:een|a|an|de|the|op|bij|in|at|for)\s+(?:\w+\s+)?(?:boksschool|sportschool|dansschool|rijschool)|(?:die|who) (?:bij ons|here) (?:traint|trainen|les|trains))\b|\bbij ons (?:traint|trainen|op les)\b/;

/** "een meisje uit mijn selectiegroep", "a boy from my team": one of the group the writer leads. */
const FROM_MY_GROUP =
  /\b(?:uit|in|van) (?:mijn|mn|onze|ons) (?:\w*groep|\w*team|\w*ploeg|selectie|junioren)\b|\b(?:from|in|of) (?:my|our) (?:\w*group|\w*team|squad)\b/;

/** A volunteer at a church, a mosque, a food bank: the people they meet there are acquaintances. */
const VOLUNTEERS = /\b(?:vrijwilliger|vrijwilligster|vrijwilligerswerk|volunteer(?:s|ing)?)\b/;

/**
 * The writer tells of a person they only see, at their work or about town: "er zit een meisje met
 * een man", "a girl came in", "een jongen die bij mij aanbelde". No one the writer knows.
 */
const SEES_SOMEONE = /\b(?:een|a|an)\s+(?:\w+\s+)?(?:meisje|meid|jongen|vrouw|man|kind|girl|boy|woman|man|child|kid|guy)\b/;

export interface RelationContext {
  /** The writer is read as a professional (the models and writersRoleInMessage). */
  professional: boolean;
  /** The person the worry is about is someone else than the writer. */
  aboutAnother: boolean;
}

/**
 * The relation said through the writer's work: a pupil of a trainer or teacher, a client of a carer
 * or of someone who serves customers or tenants, a colleague of an employer. Null when it says none.
 */
export function relationThroughWork(plain: string): Relation | null {
  if (EMPLOYS.test(plain) || WORKS_BESIDE.test(plain)) return 'colleague';
  if (TEACHES.test(plain) || TRAINS_THERE.test(plain)) return 'pupil';
  if (PUPILS_OF_WRITER.test(plain)) return 'pupil';
  if (CARES.test(plain) || RUNS_A_PLACE.test(plain)) return 'client';
  if (/\b(?:mijn|mn|onze|ons|my|our|een|a|an)\s+(?:\w+\s+)?(?:client|cliente|patient|patiente|huurder|huurster|tenant)\b/.test(plain))
    return 'client';
  if (FROM_MY_GROUP.test(plain)) return 'pupil';
  if (VOLUNTEERS.test(plain)) return 'acquaintance';
  return null;
}

/** A person the writer only sees, when nothing else tells how they know them: a stranger. */
export function strangerSeen(plain: string, context: RelationContext): Relation | null {
  if (!context.aboutAnother || context.professional) return null;
  if (CLIENT_WORDS.test(plain) || PUPIL_WORDS.test(plain)) return null;
  return SEES_SOMEONE.test(plain) ? 'stranger' : null;
}
