/**
 * The citizen's own questions as plain words show them, beside the topic model. The model reads
 * the whole message and misses a question worded in a way its training did not have ("will the
 * owner hear it was me?", "am I overreacting?", "will he be arrested himself?"), a question in the
 * middle of a story, one without a question mark, or one in a language it was not trained on. A
 * counsellor hears what is asked from a few words that always mean the same thing; these cues are
 * those words, read only in a message that asks something (also indirectly: "ik vraag me af of…",
 * "I don't want my agency to know"). The words of the other languages labour migrants write in
 * are few and plain on purpose (police, permit or status, debt, prison, trouble, anonymous,
 * exploitation, legal, someone who speaks my language): enough to answer in English and Dutch what
 * was asked. Pure.
 */
import { plainWords as plainWordsOf } from '../safety/normalise';
import { asksToConfirm, withoutConfirmationParticle } from '../nlu/text/confirmationSought';
import { opensWithACountry } from './countryNamed';
import { cue } from './cuePattern';
import type { Cue } from './cuePattern';
import { recallAskingSentences, recallAsks, recallCued, recallPlain } from './cueMemo';
import type { QuestionTopic } from '../understanding/understanding';

/**
 * Dutch chat spelling of the short words written out ("dat ik t was", "weet ie het", "da k het zeg",
 * "zn nummer", "d'r ouders", "ik wil nie dat", "ik weet nix"), so that a cue names each word once and a question typed in chat
 * spelling is read as the same question.
 */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  t: 'het',
  "'t": 'het',
  k: 'ik',
  "'k": 'ik',
  ie: 'hij',
  zn: 'zijn',
  "z'n": 'zijn',
  mn: 'mijn',
  "m'n": 'mijn',
  "d'r": 'haar',
  "'n": 'een',
  nie: 'niet',
  nix: 'niks',
};

/** Plain words (lower case, no diacritics, single spaces) with Dutch chat spelling written out. */
export function plainWords(text: string): string {
  return recallPlain(text, writtenOut);
}

function writtenOut(text: string): string {
  return plainWordsOf(text)
    .split(' ')
    .map((word) => CONTRACTIONS[word] ?? word)
    .join(' ');
}

type CuedTopic = Exclude<QuestionTopic, 'counsellor'>;

/** The police named in Dutch, English and the languages labour migrants often write in. */
const POLICE = String.raw`(?:politie|police|popo|smeris|smerissen|wouten|cops|feds|policj\w*|policij\w*|politia|politiei|polis(?!h)\w*|policia|polizei|policie|rendorseg\w*|полиц\w*|поліці\w*|شرطة|الشرطة|بالشرطة)`;
const POLICE_NAMED = cue(POLICE);
/**
 * How to tell it apart from something harmless ("is het gewoon een puber? Hoe zie ik het verschil?",
 * "how do I tell the difference?"): what to recognise it by, the signals.
 */
const TELL_THE_DIFFERENCE = String.raw`(?:hoe|waaraan|waar aan) (?:zie|merk|weet|herken|kan|kun|kunt) (?:ik|je|jij|u|men|we|wij) (?:\w+ ){0,2}(?:het |dat |een )?verschil|(?:how|how do|how can|how would) (?:i|you|one|we)? ?(?:\w+ )?(?:tell|see|know|spot) (?:\w+ )?the difference`;
/**
 * Calling the police in a Dutch clause that puts its verb last ("als ik politie bel is morgen mijn
 * ruit kapot", "wanneer we de politie inschakelen", "als ik de politie erbij haal"): the subordinate
 * clause of a condition, where the verb comes after the police.
 */
const POLICE_VERB_LAST = String.raw`(?:als|wanneer|zodra|stel dat) (?:ik|we|wij|je|jij|u|hij|zij|ze|mijn \w+) (?:\w+ ){0,2}(?:de )?${POLICE} (?:\w+ )?(?:bel|belt|bellen|inschakel|inschakelt|inschakelen|waarschuw|waarschuwt|waarschuwen|erbij haal|erbij haalt|erbij halen|tip|tipt|tippen)\b`;
/**
 * "What can I do?" in a language the bot cannot chat in: the answer it can give is where to turn
 * (Veilig Thuis, the police, 112). In Dutch or English the guidance answers it.
 */
const WHAT_CAN_I_DO = String.raw`ce pot face|ce sa fac|co moge zrobic|co mam robic|que puedo hacer|que hago|ne yapabilirim|ne yapmal[iı]y[iı]m|o que posso fazer|mit tehetek|mit csinaljak|какво мога|какво да правя|що (?:я )?можу|що робити|что (?:мне )?делать|что я могу|ماذا افعل|ماذا يمكنني`;

/** Losing the job or the room, or being locked up, in the languages labour migrants write in. */
const OTHER_LOSS = String.raw`strac\w* (?:\w+ )?(?:prac\w*|mieszkan\w*)|perco|perder (?:o |meu |mi |el )?(?:\w+ )?(?:trabalho|emprego|trabajo)|pierd\w* (?:\w+ )?(?:munca|locul)|isimi kaybed\w*|işimi kaybed\w*|втрат\w* (?:\w+ )?робот\w*|загуб\w* (?:\w+ )?работа\w*|потеря\w* (?:\w+ )?работ\w*|elvesz\w* (?:\w+ )?munk\w*|prarad\w* (?:\w+ )?darb\w*|prarasi\w* (?:\w+ )?darb\w*|اخسر عملي|أخسر عملي|inchid\w*|închid\w*|aresz\w*|arest\w*|prend\w*|prision|detien\w*|hapse\w*|tutukla\w*|посад\w*|арешт\w*|арест\w*|يحبسو\w*|بيحبسو\w*|يسجن\w*`;

/** The children taken away, in the languages labour migrants write in. */
const CHILDREN_TAKEN_OTHER = String.raw`(?:tir\w*|perd\w*) (?:\w+ ){0,2}filhos|(?:quit\w*|perd\w*) (?:\w+ ){0,2}hijos|(?:zabior\w*|odbior\w*|odebr\w*|strac\w*) (?:\w+ ){0,2}dzieci|(?:ia|iau|lua|pierd\w*) (?:\w+ ){0,2}copii\w*|cocuk\w* (?:\w+ ){0,2}al\w*|çocuk\w* (?:\w+ ){0,2}al\w*|заберут (?:\w+ )?детей|заберуть (?:\w+ )?дітей|вземат (?:\w+ )?деца\w*|gyerek\w* (?:\w+ ){0,2}elvesz\w*|elvesz\w* (?:\w+ ){0,2}gyerek\w*|(?:ياخذ|يأخذ)\w* (?:\S+ ){0,2}(?:اطفال|أطفال|اولاد|أولاد)\w*`;

/** "This chat" and reading or seeing it, in the languages labour migrants write in: who else sees it is a privacy question. */
const OTHER_CHAT = String.raw`czat\w*|czyta\w*|чат\w*|читає|читать|чете|бачить|видит|вижда|sohbet\w*|okuy\w*|okur|conversa|conversatie|conversația|conversacion|citeste|citește|leer|lee|le isso|ler isso|المحادثة|الدردشة|يقرأ|beszelgetes\w*|olvas\w*`;

/**
 * "Not my name": withholding one's name in those languages, said as a wish ("lütfen benim adım hiç
 * geçmesin") as often as asked; it asks to stay anonymous.
 */
const NAME_WITHHELD = String.raw`(?:nie chce|bez) (?:\w+ )?(?:imienia|nazwiska)|(?:nao quero|sem) (?:dar )?(?:o )?(?:meu )?nome|(?:no quiero (?:dar )?|sin )(?:mi )?nombre|(?:nu vreau|fara) (?:\w+ )?(?:numele|nume)|ad[iı]m[iı]? (?:\w+ ){0,2}(?:gecmesin|yazmay\w*|vermek istemiyorum|bilinmesin)|ismim (?:\w+ ){0,2}(?:gecmesin|bilinmesin)|без (?:\w+ )?(?:імені|имени|името)|(?:не хочу|не искам) (?:\w+ )?(?:ім'я|имя|името|імені)|(?:لا اريد|بدون) (?:\w+ )?اسمي|nevem nelkul|ne (?:\w+ )?nevem`;

/** Someone finding out (who told), in the languages labour migrants write in. */
const FOUND_OUT_OTHER = String.raw`знатиме\w*|знатимуть|ще знае|будет знать|dowie\w* sie|sie dowie\w*|afl[ae]\w*|am fost eu|fui yo|fui eu|to ja bylam|to ja bylem|ben oldugum\w*|benim oldugum\w*|en voltam|ogren\w*|öğren\w*|se entere?\w*|descobr\w*|megtud\w*|разбер\w*|дізна\w*|узна\w*|عرف|يعرف|تعرف|يعلم`;

/**
 * What the writer types or tells here, named by a clause instead of a noun ("wat ik hier allemaal
 * typ", "what I write here"): the chat's contents all the same (round 46).
 */
const WHAT_I_WRITE_HERE = String.raw`wat (?:ik|we|wij) (?:hier |nu |allemaal |zo |net |daar |je |jou |jullie |u )*(?:typ|type|typen|schrijf|schrijven|vertel|vertellen|zeg|zeggen|deel|delen|stuur|sturen)|what (?:i|we) (?:\w+ )?(?:type|write|tell|say|share|send)`;

/** This chat and what was told or sent in it: what is done with it is a privacy question. */
const CHAT_OR_DATA = String.raw`(?:dit|deze|mijn|de|die|het|this|my|the|these) (?:\w+ )?(?:gesprek|chat|gegevens|informatie|info|screenshots?|berichten|foto'?s|data|information|messages|conversation|photos)|${WHAT_I_WRITE_HERE}`;

/** The report itself or what was told ("wat gebeurt er met mijn melding?"), not a person. */
const THE_REPORT = String.raw`(?:mijn|de|het|die|deze|een|my|the|a|this|that|our|onze) (?:\w+ )?(?:melding|verhaal|zaak|aangifte|report|case|complaint|story)|(?:it|that|this|dit|dat|het)(?! ?\w)`;

/**
 * "Wat gebeurt er met mij als…", "what happens to the girls if the police raid the place?": what
 * happens to a person is a question about consequences, not about the report.
 */
/** The report, or data or a message ("met zijn gegevens", "to the screenshots"): a thing, not a person. */
const NOT_A_PERSON = String.raw`${THE_REPORT}|(?:\w+ ){0,2}(?:gesprek|chat|gegevens|informatie|info|screenshots?|berichten|foto'?s|data|information|messages|conversation|photos|details|nummer|number|adres|address)(?!\w)`;

const HAPPENS_TO_SOMEONE = String.raw`(?:wat gebeurt er|wat (?:zal|gaat) er (?:\w+ )?gebeuren) (?:\w+ ){0,2}met (?!${NOT_A_PERSON})\w+|what (?:will |would )?happen\w* to (?!${NOT_A_PERSON})\w+`;

/** "Is het gevaarlijk voor mij als ik meld?", "is it safe for her?": what telling means for someone's safety. */
const UNSAFE_FOR = String.raw`(?:gevaarlijk|onveilig|veilig|riskant|dangerous|unsafe|safe|risky) (?:\w+ )?(?:voor|for) (?:mij|me|ons|us|haar|hem|her|him|them|hen|(?:mijn|my|zijn|haar|his|her) \w+)`;

/**
 * What the helpline or the inspection will do ("halen jullie haar uit huis?", "als jullie iets gaan
 * doen", "the inspectie they come to the bakery?"): a question about what happens after a report.
 * (What the police will do, the writers of the question sets read as a question about the police.)
 */
/**
 * Someone coming to a person once the writer tells ("als ik de arbeidsinspectie bel, staan ze dan
 * morgen bij hem op het erf?", "als ik iets meld komen ze dan bij mij vragen stellen?", "if I report,
 * will they come to her house?"): what happens after a report, whoever comes.
 */
const COMING_AFTER_TELLING = String.raw`(?:als|if|when|wanneer|once) (?:ik|i|we|wij) (?:\w+ ){0,3}(?:meld|bel|call|report|tip|tell|vertel|licht)\w* (?:\w+ ){0,4}(?:komen|komt|staan|staat|gaan|gaat|come|comes|go|goes|show up|shows up|will|would) (?:ze|zij|die|they|de \w+|the \w+|jullie|you) (?:\w+ ){0,3}(?:bij|naar|to|at|on) (?:hem|haar|hen|mij|ons|him|her|them|me|us|zijn|mijn|onze|his|my|our)\b`;

const WHAT_THEY_DO = String.raw`(?:ga|gaat|gaan|komt|komen|kom) (?:je|jij|u|jullie) (?:\w+ ){0,3}(?:naar (?:\w+ ){1,3}toe|langs)|(?:jullie|veilig thuis|(?:de |the )?\w*inspectie|(?:de |the )?inspection|(?:the )?inspectorate|(?:the )?labour authority) (?:\w+ ){0,4}(?:langs\w*|binnen ?vallen|binnenvall\w*|uit huis|confronter\w*|opnemen|kijken|(?:gaan|gaat) doen|iets doen|come|comes|coming|komen|komt|visit\w*|raid\w*|take (?:her|him|them|the \w+) away)`;

/**
 * The police coming as what follows one's own report ("als ik het meld, staat dan morgen de politie
 * bij die salon?", "doet de politie dat?"): what happens after a report, beside the police question.
 * ("Als ik bel, komt de politie dan?" the writers of the question sets read as the police alone.)
 */
const POLICE_AFTER_REPORT = String.raw`(?:als|if|when|wanneer) (?:ik|i|we|wij) (?:\w+ ){0,2}(?:meld|melden|report|doorgeef|doorgeven|aangeef|aangeven)\w* (?:\w+ ){0,6}(?:politie|police) (?:\w+ ){0,4}(?:langs\w*|binnen ?vallen|binnenvall\w*|komt|komen|come|comes|staat|staan|raid\w*)|(?:als|if|when|wanneer) (?:ik|i|we|wij) (?:\w+ ){0,2}(?:meld|melden|report)\w* (?:\w+ ){0,3}(?:komt|komen|staat|staan|come|comes|will) (?:\w+ ){0,3}(?:politie|police)|(?:doet|doen|does|do) (?:de politie|jullie|veilig thuis|the police|you) (?:dat|het|that|it)`;

/**
 * Shelter asked for the person ("kunnen jullie zorgen dat er voor vannacht opvang is?", "comensha,
 * they help also with a bed?"): the help that follows telling, with an answer of its own. Asked for,
 * not gone to as the condition of another question ("if she goes to a shelter, will she lose her visa?").
 */
const SHELTER = String.raw`(?:is er|zijn er|komt er|is there|are there|krijgt|krijgen|krijg|regelen|regelt|regel|zorgen (?:dat er|voor)|zorgt (?:dat er|voor)|help\w* (?:\w+ )?(?:with|met)|get|gets|find|give|geven|vinden) (?:\w+ ){0,3}(?:opvang|opvangplek\w*|onderdak|slaapplek\w*|plek om te slapen|shelter|bed|place to (?:sleep|stay)|somewhere to (?:sleep|stay))\b`;
const SHELTER_CUE = cue(SHELTER);

/** Whether a sentence that asks is about shelter or a place to sleep for the person (see SHELTER). */
export function shelterAsked(text: string): boolean {
  return askingSentences(text).some((s) => SHELTER_CUE.test(plainWords(s)));
}

/** Authorities and institutions a citizen fears hear of the chat ("does it go to the IND or uni?"). */
const AUTHORITY = String.raw`(?:ind|immigration|gemeente|municipality|uni|university|universiteit|school|werkgever|employer|uwv)`;

/** The writer's own family ("mn moeder", "my parents"): whether they hear of this chat is a privacy question. */
const OWN_FAMILY = String.raw`(?:mijn|m'n|mn|my) (?:ouders|moeder|vader|mama|papa|mam|pap|familie|parents|mum|mom|mother|father|dad|family)`;

/**
 * Whether what the writer tells here reaches others: their own family hearing of it ("komen mijn
 * ouders het te weten?", "leest mn moeder dit mee?"), the helpline calling someone ("gaan jullie haar
 * bellen?"), someone reading along, what is done with this chat, or it going to an authority or
 * institution ("does it go to the IND or uni?"). Who told, the writers of the sets read as anonymity.
 */
const FAMILY_TOLD = String.raw`${OWN_FAMILY} (?:(?!(?:als|if|when|wanneer|dat|that) )\w+ ){0,3}(?:te weten|te horen|find out|finds out|know|knows|hear|hears|see|sees|read|reads|gebeld|called|told|ingelicht)(?! (?:\w+ )?(?:dat|that) (?:ik|i|we|wij|het|it))|(?:komen|komt|krijgen|krijgt|weten|weet|horen|hoort|zien|ziet|lezen|leest|merken|merkt) (?:\w+ )?${OWN_FAMILY}|(?:gaan|gaat|zullen|zal) (?:jullie|u|veilig thuis) (?:dan |ook |meteen |nu )?(?:haar|hem|(?:mijn|m'n|mn|zijn|haar) \w+) (?:\w+ )?(?:bellen|vertellen|inlichten|informeren|contacteren|schrijven)|(?:will|would|do|are) (?:you|they) (?:\w+ ){0,2}(?:call|tell|inform|contact|ring|phone|write to)\w* (?:my|her|him|his)`;
/**
 * Contact kept from someone ("kan zij jullie bellen zonder dat haar vriend het merkt?", "can someone
 * visit her without her husband knowing?"): whether the person she lives with hears of it. (The
 * writer reporting without being known, "can I report without them finding out", is anonymity.)
 */
const WITHOUT_THEM_KNOWING = String.raw`(?:kan|kun|mag|can|could|may) (?:zij|ze|hij|she|he|they|iemand|someone|somebody|jullie|you|(?:mijn|my|m'n|mn|haar|her|zijn|his|onze|our) \w+) (?:\w+ ){0,6}(?:zonder dat (?:\w+ ){1,3}(?:het |dit |dat |er )?(?:weet|weten|merkt|merken|hoort|horen|ziet|zien|doorheeft|doorhebben|achter komt)|without (?:\w+ ){1,3}(?:knowing|noticing|finding out|seeing|hearing))`;
const FAMILY_TOLD_CUE = cue(`${FAMILY_TOLD}|${WITHOUT_THEM_KNOWING}`);

/** Whether a sentence that asks is about the writer's family hearing of this, or the helpline calling someone. */
export function familyToldAsked(text: string): boolean {
  return askingSentences(text).some((s) => FAMILY_TOLD_CUE.test(plainWords(s)));
}

/**
 * What was told here passed on to an authority or the police ("geven jullie dit gesprek door aan de
 * politie?", "do you tell immigration what I write here", "gaat wat ik vertel naar de IND?"): where
 * the writer's words go (round 46).
 */
const PASSED_ON = String.raw`(?:geven|geeft|sturen|stuurt|delen|deelt) (?:jullie|u|veilig thuis) (?:\w+ ){0,3}(?:door )?(?:aan|naar|met) (?:de |het )?(?:politie|${AUTHORITY}|overheid|immigratie(?:dienst)?)|(?:wordt|worden) (?:dit|dat|het|dit gesprek|deze chat|mijn \w+|wat ik \w+) (?:\w+ )?(?:doorgegeven|doorgestuurd|gedeeld) (?:aan|met|naar) (?:de |het )?(?:politie|${AUTHORITY}|overheid)|(?:gaat|komt) (?:${WHAT_I_WRITE_HERE}) (?:\w+ )?(?:naar|bij) (?:de |het )?(?:politie|${AUTHORITY}|overheid)|(?:do|does|will|would|are) (?:you|they|this chat) (?:\w+ )?(?:tell|telling|share|sharing|pass|passing|send|sending|give|giving|report|reporting) (?:this |it |that |my \w+ |what i \w+ )?(?:\w+ )?(?:with |to )?(?:the )?(?:police|government|immigration|${AUTHORITY})\b`;

const TOLD_TO_OTHERS = String.raw`${PASSED_ON}|${FAMILY_TOLD}|${WITHOUT_THEM_KNOWING}|(?:leest|lezen|lees|kijkt|kijken|luistert|luisteren) (?:\w+ ){0,2}mee|meelezen|meekijken|(?:anyone|someone|somebody|anybody) (?:else )?(?:reading|read|see|sees|watching)|(?:wat gebeurt er|what happens|what will happen) (?:\w+ ){0,2}(?:met|with|to) (?:${CHAT_OR_DATA})|(?:(?:does|will|would) (?:this|it|that|the chat|this chat|my (?:story|report|data|information|info))|(?:gaat|komt|gaan|komen) (?:dit|dat|het|deze chat|dit gesprek|mijn (?:verhaal|gegevens|melding))) (?:\w+ ){0,2}(?:go |be (?:passed |shared |sent |given ))?(?:to|naar|bij) (?:the |de |het )?${AUTHORITY}|(?:doorgegeven|gedeeld|gestuurd|passed on|shared|sent) (?:\w+ ){0,2}(?:aan|met|naar|to|with) (?:the |de |het )?${AUTHORITY}`;

/**
 * What is told staying with the helpline ("of blijft het bij jullie?", "does it stay between us?"):
 * whether it goes further, asked as where it stays.
 */
const STAYS_WITH_US = String.raw`(?:blijft|blijven|stays?|remains?|kept|keep) (?:het|dit|dat|alles|it|this|that|everything)? ?(?:\w+ )?(?:bij jullie|bij u|tussen ons|onder ons|between us|with you)\b`;
/** "Is this chat secret?", "blijft dit geheim?": whether what is told here stays here. */
const SECRET_CHAT = String.raw`(?:is|blijft|stays|remains|kept|be|wordt|being|keep|houden) (?:\w+ ){0,2}(?:secret|geheim|private|prive)|${STAYS_WITH_US}`;

/** "Who is reading this?", "who else can see it?": who reads along. */
const WHO_READS = String.raw`who(?:'s| is| are)? (?:\w+ )?(?:reading|seeing|watching|looking at)|(?:nobody|no one|noone|niemand) (?:else )?(?:will |can |could |kan |gaat )?(?:see|sees|read|reads|know|knows|zien|ziet|lezen|leest|weten|weet)$|who else (?:\w+ )?(?:reads?|sees?|has access)|wie (?:leest|lezen|ziet|zien|kijkt|kijken) (?:er |dit |het |nog )*(?:mee|dit|het|deze)`;

/**
 * "Mag ik zijn nummer aan jullie geven?", "can I share her address with you?": someone's details
 * told to the helpline, a question about what happens with them.
 */
const DETAILS = String.raw`(?:telefoonnummer|nummer|adres|gegevens|naam|number|phone number|address|details|name)`;
const MAY_I_GIVE = String.raw`(?:mag|kan|kun|moet|can|may|should) (?:ik|i) (?:\w+ ){0,4}(?:geven|doorgeven|delen|sturen|give|share|send|pass on)`;
const SOMEONES = String.raw`(?:zijn|haar|hun|his|her|their) (?:\w+ )?${DETAILS}`;
const DETAILS_GIVEN = String.raw`${SOMEONES}(?: \w+){0,8} ${MAY_I_GIVE}|${MAY_I_GIVE} (?:\w+ ){0,3}${SOMEONES}|(?:mag|kan|kun|can|may) (?:ik|i) (?:\w+ )?${SOMEONES} (?:\w+ ){0,3}(?:geven|doorgeven|delen|sturen|noemen)`;

/**
 * "Zijn dit nou die signalen?", "are these the signs?": the case weighed against the signals asks
 * whether it is exploitation as well as what the signals are.
 */
const SIGNALS_OF_THE_CASE = String.raw`(?:is|zijn|are) (?:dit|dat|deze|die|this|that|these|those|het|it) (?:\w+ ){0,2}(?:signalen|signaal|tekenen|signs|red flags|a sign|een teken|warning signs)|(?:is|zijn|are) (?:[^ ]+ ){1,5}(?:echt |wel |really |actually )?(?:een |a )?(?:teken|signaal|sign) (?:van|of|for) (?:\w+ )?(?:mensenhandel|uitbuiting|trafficking|exploitation|loverboy\w*|pooier\w*|pimp\w*)`;

/**
 * "Was it a crime?", "is it legal?" in the languages labour migrants write in, said with a copula
 * (the bare word names a crime to report as often as it judges one).
 */
const CRIME_OR_LEGAL_OTHER = String.raw`(?:era|e|es|este|eo|foi|fue|a fost|jest|to) (?:un |uma |a |o |el )?(?:crime|crimen|delito|infractiune|przestepstw\w*)|(?:это|це|това) (?:\w+ )?(?:преступлени\w*|злочин\w*|престъплени\w*)|suc mu|bun\w*cselekmeny|(?:e|es|este|eo|ist|jest|to) (?:\w+ )?legal|legal (?:asta|isso|esto)`;

/** Someone who speaks the writer's language, asked in it ("есть кто-то кто говорит по-русски?"). */
const SPEAKS_OTHER = String.raw`говор\w* по \w+|розмовля\w* \w+ою|vorbe\w* (?:in )?(?:romana|limba)|habla\w* (?:en )?espanol|fala\w* (?:em )?portugues|mowi\w* po \w+|konusan|beszel\w* (?:\w+ )?magyarul`;

/** "Can I call you?" in those languages: the phone line, where an interpreter can be arranged. */
const MAY_I_CALL_OTHER = String.raw`можно (?:вам )?(?:позвонить|звонить)|можу (?:я )?(?:вам )?(?:подзвонити|зателефонувати)|мога (?:ли )?да (?:ви )?се обадя|pot sa (?:va |te )?sun|puedo llamar\w*|posso ligar|moge zadzwonic|mogę zadzwonić|arayabilir miyim|felhivhat\w*`;

/**
 * "What happens next?", "what will you do?" in the languages labour migrants write in (in Dutch
 * and English the other cues and the question model read it).
 */
const WHAT_NEXT_OTHER = String.raw`que pasa despues|que (?:va a|vais a|van a) (?:pasar|hacer)|que pasara|que haran|o que (?:acontece|vai acontecer|voces (?:vao )?fazem|vao fazer)|co (?:sie stanie|dalej|zrobicie|bedzie)|ce se (?:va )?intampla|ce (?:veti|o sa) face\w*|ce urmeaza|какво (?:ще )?(?:стане|направите|правите|последва|следва)|що (?:буде|станеться|ви зробите|далі)|что (?:будет|дальше|вы сделаете)|ne olacak|ne yapacaks\w*|sonra ne|mi (?:fog )?tortenik|mi lesz|ماذا سيحدث|ماذا ستفعلون`;

/**
 * A bare question for what comes next ("en dan?", "wat nu?", "and then?", "what next?"), put in a
 * short reply to what the bot just said: what happens after a report.
 */
const WHAT_NEXT = String.raw`hoe (?:gaat (?:dat|het) )?(?:nu |dan )?verder|what (?:comes|happens) next`;
/**
 * Only "en dan?", "wat nu?", "and then?" ("nu" or "ja nu" alone answers a question of the bot): it
 * goes on with the sentence before it when there is one ("my friend will lose her job… what then?"),
 * else with what the bot just said.
 */
const WHAT_NEXT_BARE = cue(
  String.raw`^(?:(?:ok|oke|okay|ja|yes) )?(?:en|and|maar|but|so|dus|wat|what)(?: (?:en|and|wat|what))? (?:dan|nu|daarna|verder|then|now|next|after that)$|^(?:(?:ok|oke|okay|and|en) )?then what$`,
);

/** "Waar ligt de grens?", "where is the line?": what makes it exploitation, asked as what to look for. */
const WHERE_THE_LINE = String.raw`waar ligt (?:\w+ ){0,3}de grens|waar (?:trek|leg) (?:je|ik|u|jij|men) de grens|where (?:is|lies|do you draw|does one draw|would you draw) the line`;

/** Hearing later how it went ("is there any way to hear later if she's ok?", "hoor ik nog hoe het afloopt?"): what happens after a report. */
const HEAR_BACK = String.raw`(?:hear|horen|hoor|know|weten|find out|told|informed|verteld) (?:\w+ ){0,2}(?:later|back|afterwards|achteraf|daarna|nog) (?:\w+ ){0,3}(?:if|whether|how|of|hoe|what|wat)|hear back|terugkoppeling|(?:get|krijg|krijgen|krijgt|receive|give|geven) (?:\w+ ){0,2}(?:an |een )?updates?\b|(?:wat is|hoe gaat|hoe ziet) (?:\w+ ){0,2}(?:de |die )?procedure|what is the procedure|what is going on with (?:it|my report|the report)|op de hoogte (?:\w+ )?(?:houden|gehouden|blijven)|keep me (?:posted|updated|informed)|hoe (?:het )?(?:afloopt|is afgelopen)|how (?:it|this|things) (?:ends|ended|turns out|turned out|went)`;

/**
 * Whether a report can still be made (later, from abroad, after leaving the job: "kan ik nog melden?",
 * "heeft het nog zin om dit later te melden?", "can I still report it from home?"), and what the
 * police or the helpline do after one ("wat doet de politie als ik dit meld?"): what happens after a report.
 */
const STILL_REPORT = String.raw`(?:kan|kun|kunt|mag|moet|kunnen|mogen) (?:ik|je|jij|u|we|wij) (?:\w+ ){0,3}(?:nog|alsnog|later|ook later) (?:\w+ ){0,3}(?:melden|aangeven|aangifte doen|doorgeven)|(?:nog|alsnog) (?:\w+ )?zin (?:om )?(?:\w+ ){0,5}(?:te )?(?:melden|aangeven)|(?:can|could|may) (?:i|we|you) (?:still|later|also later) (?:\w+ ){0,2}report|(?:is it|is there) (?:\w+ )?(?:still )?(?:worth|any point|use) (?:\w+ ){0,4}report\w*|report (?:it |this |that )?(?:later|afterwards|from (?:abroad|home|the \w+))|wat (?:doet|doen|gaat|gaan) (?:de politie|jullie|veilig thuis|de inspectie) (?:\w+ ){0,3}(?:als|wanneer|nadat|na) (?:ik|we|wij|iemand) (?:\w+ ){0,3}(?:meld|melden|aangifte)|what (?:do|does|will|would) (?:the police|you|the inspectorate) (?:\w+ )?do (?:\w+ ){0,2}(?:if|when|after|once) (?:i|we) (?:\w+ ){0,2}report`;

/**
 * Whether to tell someone around the person ("moet ik haar ouders inlichten?", "mogen wij zijn
 * ouders inlichten als hij dat niet wil?", "should I tell her employer?"): who may hear of it, a
 * question of privacy with an answer of its own (the person's safety first, talk it over first).
 */
/**
 * The writer's name or details written down or kept in a file ("you will write my name somewhere?",
 * "komt mijn naam dan in een dossier terecht?", "noteren jullie mijn nummer?"): what this chat keeps
 * of them, privacy (round 43: the writers of nlu-dev-ah label it so beside staying anonymous).
 */
const WRITTEN_DOWN = String.raw`(?:write|writes|written|note|notes|noted|record|records|recorded|store|stores|register|registers|schrijf|schrijft|schrijven|noteer|noteert|noteren|vastleggen|registreer\w*|opslaan|slaan) (?:\w+ ){0,3}(?:mijn|my) (?:naam|name|nummer|number|gegevens|details|adres|address)|(?:mijn|my) (?:naam|name|nummer|number|gegevens|details|adres|address) (?:\w+ ){0,3}(?:opgeschreven|genoteerd|vastgelegd|geregistreerd|opgeslagen|written|recorded|noted|stored|registered|in (?:een|het|jullie|a|the|your|any) (?:dossier|file|files|system|systeem|database|record|records|bestand|register))|(?:write|writes|schrijf|schrijft|schrijven|noteer|noteren) (?:\w+ ){0,2}(?:name|naam|nummer|number) (?:\w+ )?(?:somewhere|down|ergens|op)`;
/**
 * Asking for a person of the helpline by their place in it ("can I bring her to talk to one of your
 * counsellors?", "een gesprek met iemand van jullie", "met een van jullie medewerkers sparren"): a
 * person to talk to, the counsellor.
 */
const ONE_OF_YOU = String.raw`(?:talk|speak|chat|meet) (?:\w+ ){0,2}(?:to|with) (?:one of )?(?:your|you) (?:\w+ )?(?:counsellors?|counselors?|staff|advisers?|advisors?|colleagues|people|team)|(?:met|with) (?:een van jullie|iemand van jullie|één van jullie|one of you|one of your \w+)\b`;
/** Signs asked in words of noticing: "what could a tourist like me notice?", "de tekens van uitbuiting", "waaraan merk je het?". */
const NOTICED = String.raw`(?:what|which things) (?:\w+ ){0,6}(?:notice|spot)|(?:wat|welke dingen) (?:\w+ ){0,5}(?:opmerken|opvallen)|waaraan (?:\w+ ){0,3}(?:herkennen|zien|merken)|(?:de|welke|wat zijn de|zijn er) tekens`;
/**
 * Hoping the writer or their place goes unnamed ("ik neem aan dat jullie de apotheek niet noemen",
 * "you won't mention me?"): staying unknown.
 */
const NOT_NAMED = String.raw`(?:niet|nooit|not|never|don'?t|dont|won'?t|wont) (?:\w+ ){0,3}(?:noemen|noemt|vermelden|vermeldt|mention|name)\b|(?:noemen|noemt|vermelden|vermeldt|mention|name) (?:\w+ ){0,3}(?:niet|nooit)\b`;
/**
 * Whether telling is still of use ("heeft het zin om dat nu nog te melden?", "is it even useful to
 * report something from that long ago?", "is there any point after so many years?"): what a report
 * brings, after_report (round 43; the writers of several sets label it so).
 */
const STILL_OF_USE = String.raw`(?:heeft|had|hebben) (?:het|dat|dit) (?:\w+ ){0,2}(?:zin|nut)|(?:is|was) (?:het|dat|dit) (?:\w+ ){0,2}nuttig|(?:is there|is it|would it be|would there be|is that|is this) (?:\w+ ){0,2}(?:any )?(?:point|use|useful|worth)`;
/**
 * A name passed on or put in a file ("wordt zijn naam dan doorgegeven aan de IND?", "zonder dat je
 * naam in het dossier komt"): staying unknown.
 */
const NAME_PASSED = String.raw`(?:mijn|zijn|haar|je|jouw|uw|my|his|her|your) naam (?:\w+ ){0,3}(?:doorgegeven|doorgeven|gegeven|in het dossier|in een dossier)|(?:my|his|her|your) name (?:\w+ ){0,3}(?:passed on|given|handed)`;
const TELL_OTHERS = String.raw`(?:moet|mag|kan|kun|zal|moeten|mogen|kunnen|zullen) (?:ik|je|jij|u|we|wij) (?:\w+ ){0,3}(?:ouders|moeder|vader|familie|school|werkgever|baas|mentor|leiding|bestuur|trainer|coach|docent|leraar) (?:\w+ ){0,3}(?:inlichten|informeren|vertellen|waarschuwen|op de hoogte (?:brengen|stellen))|(?:should|must|may|can|could|do) (?:i|we) (?:\w+ ){0,2}(?:tell|inform|warn) (?:\w+ ){0,2}(?:parents|mother|father|mum|mom|dad|family|school|employer|boss|manager|teacher|coach)`;
const TELL_OTHERS_CUE = cue(TELL_OTHERS);

/** Whether a sentence that asks is whether to tell someone around the person (parents, school, employer). */
export function tellOthersAsked(text: string): boolean {
  return askingSentences(text).some((s) => TELL_OTHERS_CUE.test(plainWords(s)));
}

/** Where to report, weighed between two ("moet ik dit bij Veilig Thuis melden of bij de politie?", "report to you or to the police?"). */
const WHERE_TO_REPORT = String.raw`(?:bij|to|aan) (?:\w+ ){1,3}(?:melden|report|reporten|doorgeven) (?:\w+ ){0,2}(?:of|or) (?:bij|to|aan|de|the)|(?:melden|report|reporten) (?:\w+ ){0,3}(?:bij|to) (?:\w+ ){1,3}(?:of|or) (?:bij|to) |(?:of|or) (?:allebei|beide|both)$`;

/**
 * Whether the writer is part of it by their own work ("am I part of it if I keep driving them?",
 * "ben ik medeplichtig?", "maakt dat mij schuldig?"): what it means for them, a consequence.
 */
const COMPLICIT = String.raw`medeplichtig\w*|complicit\w*|accomplice|(?:ben|word|wordt|zijn|worden) (?:ik|wij|we) (?:\w+ ){0,2}(?:deel|onderdeel) van|(?:am|are|would|will) (?:i|we) (?:\w+ ){0,2}(?:be )?(?:part of|involved in|guilty|an accomplice)|(?:maakt|maken) (?:dat|dit|het) (?:me|mij|ons) (?:\w+ )?(?:medeplichtig|schuldig|strafbaar)|(?:make|makes) (?:me|us) (?:\w+ )?(?:complicit|guilty|part of)|doe ik (?:dan )?(?:\w+ )?mee aan`;

/** The writer traced from the report ("zonder dat het op mij terugvalt", "terug te leiden naar mijn zaak", "traced back to my shop"). */
const TRACED_TO_WRITER = String.raw`(?:op|naar) (?:mij|ons|mijn \w+|onze \w+) (?:\w+ )?(?:terug ?valt|terug ?vallen|terug te leiden|terug ?leidt|terug ?komt|terug ?komen)|terug ?(?:valt|vallen) op (?:mij|ons)|terug te leiden (?:\w+ )?(?:naar|tot) (?:mij|ons|mijn|onze)|herleidbaar|(?:traced|traceable) (?:\w+ )?(?:back )?to (?:me|us|my|our)`;

/** The helpline calling the writer's family ("jullie bellen mn moeder toch niet?", "moeten ze dan mn ouders bellen?"). */
const FAMILY_CALLED = String.raw`(?:jullie|ze|zij|you|they) (?:\w+ ){0,2}${OWN_FAMILY} (?:\w+ )?(?:bellen|inlichten|informeren|vertellen|op de hoogte brengen|call|tell|inform|contact)|(?:bellen|inlichten|informeren|call|tell|inform|contact) (?:jullie|ze|zij|you|they) (?:\w+ ){0,2}${OWN_FAMILY}`;

/** Someone the writer's living hangs on, or who they live with: their boss, the owner, the agency, a partner. */
const THOSE_IN_THE_WRITERS_LIFE = String.raw`(?:(?:(?:mijn|m'n|mn|my|onze|our|de|het|die|the) )?(?:baas|boss|werkgever|employer|eigenaar|owner|chef|manager|leidinggevende|uitzendbureau|agency|huisbaas|landlord|madam|madame)|(?:mijn|m'n|mn|my) (?:man|vrouw|husband|wife|partner|vriend|boyfriend|vriendin|girlfriend))`;
/**
 * The helpline passing on what is told here to someone in the writer's life, asked as broken
 * English or Dutch often asks it: a statement with a tag or a question mark ("you not tell my owner,
 * yes?", "jullie zeggen het toch niet tegen mijn baas?", "you no say nothing to agency, ok?"). What
 * happens to what they tell here is a privacy question.
 */
const HELPLINE_TELLS = String.raw`(?:jullie|u|you|veilig thuis|this chat|deze chat) (?:\w+ ){0,3}(?:bellen|bel|belt|inlichten|informeren|vertellen|vertelt|vertel|zeggen|zegt|zeg|doorgeven|geven|call|calls|tell|tells|inform|informs|contact|say|says|ring|phone|give|pass)\w* (?:(?!(?:of|wat|if|what|whether|hoe|how|why|waarom|wie|who|dat|that) )\w+ ){0,3}(?:tegen |aan |bij |naar |to |with )?${THOSE_IN_THE_WRITERS_LIFE}\b`;
const HELPLINE_TELLS_CUE = cue(HELPLINE_TELLS);

/**
 * Asking whether one may pass on what one knows of someone else ("mag ik zijn naam en kenteken zomaar
 * doorgeven?", "can I share his address with you?"): another person's details, not one's own.
 */
const SHARE_OTHERS_DETAILS = cue(
  String.raw`(?:mag|mogen|kan|kun|kunnen|may|can|could|allowed to|ok to|okay to) (?:\w+ ){0,6}(?:doorgeven|delen|geven|noemen|opsturen|sturen|vertellen|pass on|share|give|send|hand over)`,
);
const OTHERS_DETAILS = cue(
  String.raw`(?:zijn|haar|hun|his|her|their|die|dat|het|the|that) (?:\w+ ){0,2}(?:naam|namen|name|names|kenteken|nummerbord|licen[cs]e plate|number plate|plate|adres|address|telefoonnummer|phone number|gegevens|details|foto|foto's|photo|photos|boeking|booking)`,
);

/** Whether the message asks if the writer may pass on another person's details (a name, a number plate). */
export function shareOthersDetailsAsked(text: string): boolean {
  return askingSentences(text).some((s) => SHARE_OTHERS_DETAILS.test(plainWords(s))) && OTHERS_DETAILS.test(plainWords(text));
}

/**
 * The other side seeing the writer's details through a report to the police ("als ik aangifte doe,
 * krijgen die gasten dan mijn naam en adres te zien?", "will he read my address in the police
 * report?"): what a report to the police keeps of them, a privacy question with its own answer.
 */
const DETAILS_SEEN = cue(
  String.raw`(?:krijg\w*|zie\w*|zien|lees\w*|lezen|weten|weet|hoort|horen|see|sees|read|reads|get|gets|know|knows|find out|finds out) (?:\w+ ){0,4}(?:mijn|m'n|mn|my|ons|our) (?:\w+ )?(?:naam|name|adres|address|woonadres|gegevens|details|telefoonnummer|nummer|phone number|number)|(?:mijn|m'n|mn|onze) (?:\w+ )?(?:naam|adres|woonadres|gegevens|telefoonnummer|nummer) (?:\w+ ){0,3}(?:te zien|zien|lezen|weten|horen|krijgen|kennen|opvragen|inzien)`,
);
const POLICE_REPORT = cue(
  String.raw`aangifte|police report|report (?:\w+ ){0,2}to (?:the )?police|(?:bij|naar|to) (?:de |the )?(?:politie|police)`,
);

/** Whether a sentence that asks is about the other side seeing the writer's details in a report to the police. */
export function detailsSeenInReportAsked(text: string): boolean {
  return askingSentences(text).some((s) => DETAILS_SEEN.test(plainWords(s))) && POLICE_REPORT.test(plainWords(text));
}

/** Whether a sentence that asks is about the helpline telling someone in the writer's life of this chat (not the family: see familyToldAsked). */
export function helplineTellsAsked(text: string): boolean {
  return askingSentences(text).some((s) => HELPLINE_TELLS_CUE.test(plainWords(s)));
}

/** Whether the writer was allowed to read someone's phone or messages ("mocht ik die telefoon wel lezen?"): what may be done with what was found. */
const READING_THEIR_PHONE = String.raw`(?:mag|mocht|mogen|mochten|may|might|am|was|is|allowed)(?: ik| i| we| het| it)? (?:\w+ ){0,4}(?:telefoon|mobiel|phone|berichten|messages|chats?|whatsapp|dagboek|diary|mail) (?:\w+ ){0,3}(?:lezen|bekijken|doorzoeken|doorlezen|read|reading|look at|check|go through)`;

/** The police at a door or questioning after a report ("komt de politie dan meteen aan de deur?", "gaat de politie haar dan ondervragen?", "if the police show up"). */
const POLICE_AT_THE_DOOR = String.raw`(?:komt|komen|staat|staan|gaat|gaan|zal|zullen) (?:\w+ ){0,3}(?:de )?politie (?:\w+ ){0,5}(?:aan de deur|voor de deur|over de vloer|op de stoep|aan huis|binnen\w*|ondervragen|verhoren|meenemen|ophalen)|politie (?:\w+ ){0,3}(?:ondervra\w*|verhoor\w*)|(?:if|when|once) (?:the )?police (?:\w+ )?(?:show up|shows up|come|comes|arrive|arrives|raid|raids|turn up)|police (?:\w+ ){0,2}(?:question|interview|interrogate) (?:her|him|them|me|us)`;

/** What those told will do then ("en wat doet de Arbeidsinspectie dan?", "doet die dan iets?", "can CoMensha help her then?"). */
const WHAT_THEY_DO_THEN = String.raw`wat (?:doet|doen|does|do|will) (?:de |het |the )?(?:politie|inspectie|arbeidsinspectie|veilig thuis|comensha|jullie|mentor|school|police|inspectorate|labour authority|you|they) (?:\w+ )?(?:dan|daarna|daarmee|then|next|after that)|(?:doet|doen) (?:die|hij|zij|ze|jullie|de \w+) (?:dan |daar |er |daarna |ook )*iets|(?:kan|kunnen|can|could|will) (?:\w+ ){0,2}(?:comensha|veilig thuis|jullie|you|they|iemand|someone) (?:\w+ )?(?:haar|hem|hen|her|him|them) (?:\w+ )?(?:helpen|help)|(?:can|could|will) (?:\w+ ){0,2}(?:comensha|veilig thuis|you|they|someone|somebody) (?:\w+ )?(?:help|support|protect) (?:her|him|them)|wat (?:moet|kan) ik (?:nu |dan )?(?:hierna|daarna) (?:\w+ )?doen|what (?:should|do|can) i do (?:next|after that)`;

/**
 * Seen as the offender ("wordt hij dan als dader gezien?", "will she be treated as a criminal?"), or
 * made one by telling ("want dan is hij de crimineel", "then he is the criminal"): the "dan"/"then"
 * ties it to what telling brings, not to who did it in the story ("hij is de dader").
 */
const SEEN_AS_OFFENDER = String.raw`(?:dan|then) (?:is|wordt|ben|zijn|worden|becomes?|am|are) (?:hij|zij|ze|ik|wij|we|he|she|they|i) (?:\w+ )?(?:de|een|the|a) (?:crimineel|dader|verdachte|criminal|perpetrator|offender|suspect)|(?:hij|zij|ze|ik|wij|we|he|she|they|i) (?:is|wordt|ben|becomes?|am|are|will be|would be) (?:dan|then) (?:de|een|the|a) (?:crimineel|dader|verdachte|criminal|perpetrator|offender|suspect)|(?:als|as) (?:een |a )?(?:dader|crimineel|verdachte|criminal|perpetrator|offender|suspect) (?:\w+ )?(?:gezien|behandeld|beschouwd|aangemerkt|seen|treated|regarded)|(?:gezien|behandeld|beschouwd|seen|treated|regarded) (?:\w+ )?(?:als|as) (?:een |a )?(?:dader|crimineel|verdachte|criminal|perpetrator|offender|suspect)`;

/**
 * Telling making it worse for someone ("ik wil niet dat het erger wordt voor haar als er politie
 * voor de deur staat", "it will only get worse for him"): a consequence of telling, whoever it befalls.
 */
const WORSE_FOR = String.raw`(?:erger|worse) (?:\w+ ){0,2}(?:voor|for) (?:haar|hem|hen|hun|mij|me|ons|us|her|him|them|(?:mijn|m'n|mn|zijn|haar|onze|my|his|her|our|their) \w+)`;

/**
 * Losing something of one's own ("i can lose my route", "dan verlies ik mijn plek", "we lose our
 * spot", Dutch with the verb last: "kan ze daardoor haar kamer verliezen?"): what is lost varies with the writer's living (a delivery route, a stand, a place to
 * sleep), so any possession lost beside a question is a cost of telling; not a state of mind.
 */
const OWN_LOST = String.raw`(?:lose|losing|verlies|verliest|verliezen|kwijtraken|kwijt raken) (?:ik |we |wij |hij |zij |ze )?(?:my|our|his|her|their|mijn|m'n|mn|onze|ons|zijn|haar|hun) (?!(?:mind|head|temper|patience|nerve|nerves|cool|verstand|hoofd|geduld|zelfbeheersing)\b)\w+|(?:mijn|m'n|mn|onze|ons|zijn|haar|hun) (?!(?:verstand|hoofd|geduld|zelfbeheersing)\b)\w+ (?:\w+ )?(?:verliezen|kwijtraken|kwijt raken)`;

/** A person taken away ("nemen ze haar dan mee?", "halen ze hem weg?", "will they take her away?"). */
const TAKEN_AWAY = String.raw`(?:nemen|neemt|halen|haalt|pakken|pakt) (?:ze|zij|jullie|de politie) (?:dan |meteen |ook )*(?:haar|hem|hen|(?:mijn|zijn|haar|onze) \w+) (?:\w+ )?(?:mee|weg|af)\b|(?:take|takes|taking) (?:her|him|them|my \w+) away`;

/** Someone from the story at the writer's own door ("staat die gast dan straks bij mij aan de deur?", "will he come to my house?"). */
const AT_THE_WRITERS_DOOR = String.raw`(?:staat|staan|komt|komen) (?:die|de|deze|hij|zij|ze) (?:\w+ ){0,3}bij (?:mij|ons) (?:\w+ )?(?:aan|voor) de (?:voor)?deur|(?:will|would) (?:he|she|they|the \w+) (?:\w+ )?(?:come|show up|turn up) (?:\w+ )?(?:to|at) my (?:door|house|home|shop|place)`;

/** A fear said of the person ("hij is bang dat hij zelf wordt opgepakt", "she is scared they send her back"): beside a question, asked as the writer's own would be. */
const THEIR_FEAR_CUE = cue(
  String.raw`(?:hij|zij|ze|he|she|they) (?:is|zijn|are|was|waren|were) (?:zo |heel |erg |echt |so |very |really )?(?:bang|afraid|scared|worried|terrified) (?:dat|that|om|to|of|voor)`,
);

/** What exploiters are said to do, asked whether it is so ("ik las dat pooiers hun meiden merken, klopt dat?", "I heard loverboys give presents first"): what to look out for. */
const WHAT_EXPLOITERS_DO = String.raw`(?:gelezen|gehoord|las|hoorde|read|heard) (?:\w+ ){0,3}(?:dat |that )?(?:\w+ )?(?:pooier\w*|pimps?|loverboys?|mensenhandelaars?|traffickers?|uitbuiters?|exploiters?)|(?:pooier\w*|pimps?|loverboys?|mensenhandelaars?|traffickers?|uitbuiters?|exploiters?) (?:'?\w+'? ){0,5}'?(?:doen|do|does|merken|brand\w*|mark\w*|gebruiken|use|werken|work)`;

/** Someone to go along or a place to go to be heard ("can someone come with me?", "ergens heen waar ze eerst luisteren"): a person, not a text. */
const GO_WITH_SOMEONE = String.raw`(?:come|go) with (?:me|us)|met (?:mij|me|ons) mee(?:gaan|komen|gaat|komt)|ergens (?:heen|naartoe) (?:\w+ ){0,2}waar|(?:waar|where) (?:ze|they|iemand|someone) (?:\w+ ){0,2}(?:luisteren|luistert|listen|listens)`;

/**
 * Round 45 (ownq45): shapes of a second question in a later turn that the model reads as another
 * topic or not at all, read from how the clause is built.
 *
 * Someone learning that the writer is in touch here or went to the police ("kan de politie zien dat
 * ik dit typ?", "will my boss know that I wrote to you?", "als zij merken dat wij naar de politie
 * zijn gegaan"): whether they can stay unknown, whoever would learn it. Not the writer's own knowing
 * ("ik weet dat ik naar de politie kan gaan").
 */
const CONTACT_SEEN = String.raw`(?<!(?:ik|i|we|wij) )(?:zien|ziet|zag|weten|weet|wist|merken|merkt|horen|hoort|see|sees|saw|know|knows|notice|notices|find out|finds out) (?:dat|that) (?:ik|wij|we|i) (?:\w+ ){0,3}(?:typ|type|typen|typt|typing|schrijf|schrijven|write|wrote|writing|chat|chatte|chatten|chatting|bel|belde|gebeld|call|called|calling|contact|contacted|gemeld|meld|reported|report|(?:met|with|to) (?:jullie|u|you|veilig thuis)|(?:naar|bij) (?:de )?(?:politie|jullie|veilig thuis) (?:\w+ )?(?:gegaan|geweest|gestapt|gaan|ga|gaat)|(?:went|gone|go|going|talked|spoke) to (?:the )?(?:police|you|veilig thuis))\b`;

/**
 * Where else to go or what to gather once the police are there or told ("moet ik dat van die
 * bewoning nog ergens anders melden?", "wat moet ik nog vastleggen voor de Arbeidsinspectie?", "what
 * should I write down?"): what a report needs and what comes after it. Not "welke signalen moet ik vastleggen?" (the signs).
 */
const ELSEWHERE_OR_RECORDED = String.raw`ergens anders (?:\w+ )?(?:melden|aangeven|doorgeven|aankaarten)|(?:report|tell) (?:\w+ )?(?:anywhere|somewhere) else|(?:wat|welke dingen|what|which things) (?:moet|moeten|kan|kunnen|should|must|can|do) (?:ik|we|wij|i) (?:\w+ ){0,3}(?:vastleggen|noteren|opschrijven|verzamelen|documenteren|bijhouden|fotograferen|write down|note down|record|document|collect|keep track of)\b`;

/**
 * An inquiry into the writer or the writer's household ("komt er dan ook een onderzoek naar ons als
 * pleeggezin?", "worden wij dan zelf onderzocht?", "will they investigate us?"): what telling would
 * bring them, beside what a report brings (the word "onderzoek" alone is that).
 */
const INQUIRY_INTO_THE_WRITER = String.raw`onderzoek (?:\w+ ){0,2}(?:naar|tegen|bij) (?:ons|mij|me|mijzelf|onszelf|(?:mijn|onze) \w+)\b|(?:word|wordt|worden) (?:ik|wij|we) (?:dan |ook |zelf |straks )*onderzocht|investigat\w* (?:into )?(?:me|us|my \w+|our \w+)\b|(?:will|would|do|could) (?:i|we) (?:\w+ )?(?:be|get) investigated`;

/** "Hier via de chat", "here in this chat": where the help is asked, between "someone" and "help". */
const HERE_IN_THE_CHAT = String.raw`(?:hier |nu |verder |here |now |further |(?:via|in|op|over|through|on) (?:de |deze |dit |het |the |this )?(?:chat|gesprek) )+`;

/**
 * Being sent back to a country named ("we all go back to Serbia?", "will they send me back to
 * Ghana?"): a stay at stake. The Dutch "terug naar …" is a cue of its own; English names the
 * country only after "back to".
 */
const BACK_TO =
  /(?:^| )(?:go|goes|going|gone|went|sent|send (?:me|us|him|her|them)|be sent|get sent|fly|flown|put on a plane) back (?:home )?to ([a-z]+(?: [a-z]+){0,2})/;

/** Words of saying right before ("he says go back…", "zei: go back…"). */
const SAID_BEFORE =
  /(?:^| )(?:say|says|said|tell|tells|told|zegt|zei|zeggen|roept|shouts?|shouted)(?: (?:me|us|them|him|her|to me|to us))?$/;

/** Whether a sentence (plain words) says someone goes or is sent back to a country it names. */
export function sentBackToACountry(plain: string): boolean {
  const m = BACK_TO.exec(plain);
  // "he say go back to Romania": a threat told in someone's words is the story's, not asked.
  return m !== null && !SAID_BEFORE.test(plain.slice(0, m.index)) && opensWithACountry(m[1]!);
}

/**
 * Someone in the writer's life coming to know of the telling: "will my employer hear about this?",
 * "does the agency find out?", "komt mijn baas hierachter?", "hoort de eigenaar hiervan?". Asked in
 * a message that tells a story, the intent of the whole message is the story's, and only the words
 * of the question say it asks whether the writer stays unknown. Not the writer's own family (the
 * privacy answer for family, FAMILY_TOLD) nor the police (whether the police hear of it is what
 * happens after a report).
 */
const NOT_FAMILY_OR_POLICE = String.raw`(?!(?:ouders|moeder|vader|mama|papa|mam|pap|familie|parents|mum|mom|mother|father|dad|family|politie|police|cops|wijkagent)\b)`;
const COMES_TO_KNOW = String.raw`(?:will|would|could|can|does|do|did|is|are) (?:(?:my|our|the|his|her|their) ${NOT_FAMILY_OR_POLICE}\w+|he|she|they|anyone|someone|somebody) (?:\w+ )?(?:ever |then |also |even )?(?:hear|learn|know|find out|get to know|be told) (?:about|of) (?:this|it|that|me|us|what i)|(?:komt|komen|hoort|horen|weet|weten) (?:(?:mijn|m'n|mn|onze|de|die|zijn|haar) ${NOT_FAMILY_OR_POLICE}\w+|hij|zij|ze|iemand) (?:\w+ )?(?:dan |ooit |ook |toch )?(?:hier|er|daar)(?:achter|van)\b`;

/**
 * Finding out that the writer told, with the separable verb split over the clause ("komt die man er
 * dan achter dat ik het gemeld heb?", "als hij er ooit achter komt dat ik het was"): being known as
 * the one who told (round 46).
 */
const FINDS_OUT_SPLIT = String.raw`(?:komt|komen|kwam|kwamen) (?:\w+ ){0,3}(?:er|hier|daar) (?:\w+ ){0,2}achter (?:dat|wie) (?:ik|wij|we|het|er)\b|(?:er|hier|daar) (?:\w+ ){0,2}achter (?:komt|komen|kwam|kwamen) (?:dat|wie) (?:ik|wij|we|het|er)\b`;

/**
 * The case held up against a name or a suspicion ("is dat wat jullie een loverboy noemen?", "is this
 * what I think it is?", "is dit wat ze grooming noemen?"): whether it is what the writer fears it is.
 */
const WHAT_IT_IS_CALLED = String.raw`(?:is|zijn|was|are|were) (?:dit|dat|het|zoiets|this|that|it) (?:\w+ )?(?:wat|what) (?:jullie|men|ze|zij|mensen|je|you|they|people|one) (?:\w+ ){0,3}(?:noemen|noemt|call|calls)\b|(?:is|zijn|was|are|were) (?:dit|dat|het|this|that|it) (?:\w+ )?(?:wat|what) (?:ik|i|we|wij) (?:\w+ )?(?:denk|think|dacht|thought|vermoed|suspect|vrees|fear)\b`;

/** Being the one left in trouble, in the idiom ("ben ik dan zelf de sjaak?", "is hij dan de pineut?"). */
const LEFT_HOLDING_IT = String.raw`(?:ben|is|zijn|word|wordt|worden) (?:ik|wij|we|hij|zij|ze|jij|je) (?:\w+ ){0,3}de (?:sjaak|lul|klos|pineut|sigaar)\b`;

/**
 * Who the writer is coming out ("vragen ze dan wie ik ben?", "weten jullie wie ik ben als ik hier
 * typ?", "would the info be linked to me?", "wordt de melder bekend gemaakt?", "herkennen ze mijn
 * stem?"): whether they stay unknown (round 46).
 */
const WHO_I_AM = String.raw`(?:vragen|vraagt|weten|weet|zien|ziet|know|knows|ask|asks|see|sees|find out) (?:\w+ ){0,2}wie (?:ik|wij|we) (?:ben|zijn)\b|(?:know|knows|ask|asks|see|sees|find out) (?:\w+ ){0,2}who (?:i am|we are)\b|(?:linked|connected|traced) (?:\w+ ){0,3}to (?:me|us)\b|(?:gekoppeld|verbonden) (?:\w+ ){0,2}aan (?:mij|ons)\b|(?:de|het|een) melder (?:\w+ ){0,3}(?:bekend|genoemd)|(?:herkennen|herkent|recogni[sz]e|recogni[sz]es) (?:\w+ )?(?:mijn|my) (?:stem|voice)\b|(?:mijn|my) (?:stem|voice) (?:\w+ )?(?:herkennen|herkent|herkend|recogni[sz]e|recogni[sz]es|recogni[sz]ed)\b`;

const CUES: Record<CuedTopic, Cue> = {
  anonymity: cue(
    String.raw`anoniem\w*|${FINDS_OUT_SPLIT}|${WHO_I_AM}|anonymous\w*|anonim\w*|anonymn\w*|${TRACED_TO_WRITER}|(?:weet|weten|know|knows) (?:\w+ )?(?:het|dat|it) (?:is|was|ben) (?:ik|mij|me)|(?:komt|komen) (?:\w+ ){0,2}(?:bij|naar) (?:mij|ons) terug|(?:come|comes|traced?) back to (?:me|us)|zonder (?:mijn|zijn|haar) naam|without (?:my|his|her) name|mijn naam (?:ergens|erbij|bij)|my name (?:in|on|anywhere)|dat ik het (?:was|ben)|dat het van mij|van mij komt|it was me|it came from me|came from me|ziet (?:\w+ ){1,2}dit|niet dat iemand \w+ weet|(?:don'?t|do not|doesn'?t) want (?:\w+ ){1,3}to (?:know|find out|hear)|wil (?:liever )?niet dat (?:\w+ ){1,4}(?:weet|weten|hoort|horen|ziet|komt)|sees? this|find out|finds out|achter komen|te horen|(?:will|would|gonna|going to) (?:\w+ )?know|(?:weet|weten|hoort|horen) (?:hij|zij|ze|die|de \w+|mijn \w+|haar \w+|zijn \w+) (?:dan|het|dat)|${NAME_WITHHELD}|${FOUND_OUT_OTHER}|${COMES_TO_KNOW}|${NOT_NAMED}|${NAME_PASSED}|${CONTACT_SEEN}`,
  ),
  privacy: cue(
    String.raw`opgeslagen|bewaard|bewaren|saved|stored|gegevens|data|privacy\w*|avg|gdpr|ip|ip adres|ip address|traceer\w*|traceren|getraceerd|(?:krijgt|krijgen|komt|komen) (?:\w+ ){0,3}(?:dit|dat|het) te (?:weten|horen)|(?:wat|what) (?:doen|doet|doe|do|does|will|gaan|gaat) (?:jullie|u|je|jij|you|ze|they|veilig thuis) (?:\w+ ){0,2}(?:met|with) (?:${CHAT_OR_DATA})|(?:geven|geeft|give|gives|delen|share|noemen) (?:\w+ )?(?:mijn|my) (?:naam|name|gegevens|details) (?:\w+ ){0,2}(?:aan|to|with|met) (?:de |mijn |the |my )?(?:baas|boss|werkgever|employer|manager|uitzendbureau|agency)|beroepsgeheim|geheimhouding|confidential\w*|wie leest|${FAMILY_CALLED}|${HELPLINE_TELLS}|${READING_THEIR_PHONE}|${SECRET_CHAT}|${WHO_READS}|${DETAILS_GIVEN}|ziet (?:\w+ ){1,2}dit|(?:sees?|can see) this|who (?:reads|can read)|systeem|system|${OTHER_CHAT}|${TOLD_TO_OTHERS}|${TELL_OTHERS}|${WRITTEN_DOWN}|(?:kunnen|kan|kun|kunt|can|could|will) (?:jullie|u|you) (?:\w+ ){0,3}(?:weghalen|verwijderen|wissen|delete|remove|erase)\b`,
  ),
  police: cue(
    String.raw`(?:naar|bij) de ${POLICE}|politie (?:bellen|inschakelen)|${POLICE_VERB_LAST}|aangifte|(?:go|going|went) to (?:the )?police|tell(?:s)? (?:the )?police|report (?:it )?to (?:the )?police|call(?:ing)? (?:the )?police|stay for the police|(?:wil|willen) (?:\w+ )?(?:niet|geen) (?:naar )?(?:de )?${POLICE}|(?:don't|dont|do not) want (?:the |any )?${POLICE}|no ${POLICE}|${WHAT_CAN_I_DO}`,
  ),
  after_report: cue(
    String.raw`wat gebeurt er(?! (?:\w+ ){0,2}met (?:${CHAT_OR_DATA}))(?! (?:\w+ ){0,2}met (?!${NOT_A_PERSON}))|what (?:will |would )?(?:actually |really |exactly )?happen\w*(?! (?:to|with) (?:${CHAT_OR_DATA}))(?! (?:to|with) (?!${NOT_A_PERSON}))|wat doen jullie(?! (?:\w+ )?met (?:${CHAT_OR_DATA}))|(?:kunnen|kan|kunt) jullie (?:\w+ ){0,2}(?:doen|iets)|what can you do|(?:doet|doen|gebeurt|wordt) (?:\w+ ){0,5}(?:iets|wat) mee|(?:gaat|gaan|zal|zullen) (?:\w+ ){0,6}(?:iets|wat) mee (?:doen|gedaan)|in een la|in(?:to)? a drawer|follow\w* up|verhoor\w*|verhoord|(?:be|get|being) (?:\w+ )?(?:questioned|interviewed|interrogated)|(?:naar|voor) (?:de )?(?:rechtbank|rechter)|(?:go|going|have to go) to court|(?:wat|what) (?:doet|doen|do|does|will) (?:de politie|jullie|veilig thuis|de inspectie|the police|they|you) (?:\w+ ){0,2}(?:met|with) (?:\w+ |zo'n |zon ){0,2}(?:aangifte|melding|tip|report|information|info)|(?:do|does|will) (?:\w+ ){0,3}anything with|what (?:do|will) you do(?! with (?:${CHAT_OR_DATA}))|bij jullie melden|direct melden|eerst \w+ (?:met \w+ )?bespreken|checks? on|onderzoek\w*|investigat\w*|(?:krijgen|krijgt) (?:zij|ze|hij) (?:dan )?(?:\w+ )?problemen|${WHAT_THEY_DO}|${COMING_AFTER_TELLING}|${POLICE_AFTER_REPORT}|contact (?:\w+ ){0,2}opnemen|(?:is het|is it|ben ik|am i) (?:\w+ ){0,2}te laat|(?:is het|is it|am i) (?:\w+ ){0,2}too late|na (?:een|de|mijn) melding|after (?:a|the|my) report|(?:after|nadat) (?:i|we|ik|wij) (?:\w+ ){0,2}(?:report|reported|meld|melden|gemeld)|(?:report|melding) (?:is )?(?:made|gedaan)|bewijs\w*|proof|evidence|(?:moet|hoef) ik (?:het )?zeker (?:weten|zijn)|(?:do|must) i (?:need to )?be sure|${WHAT_NEXT}|${WHAT_NEXT_OTHER}|${HEAR_BACK}|${SHELTER}|${WHERE_TO_REPORT}|${STILL_REPORT}|${POLICE_AT_THE_DOOR}|${WHAT_THEY_DO_THEN}|${STILL_OF_USE}|${ELSEWHERE_OR_RECORDED}`,
  ),
  is_it_trafficking: cue(
    String.raw`slachtoffer of (?:een )?dader|dader of (?:een )?slachtoffer|victim or (?:a |the )?(?:perpetrator|criminal|offender)|ben ik (?:nou |dan |wel |echt )?(?:een )?slachtoffer|am i (?:really |even )?(?:a )?victim|overdrijf\w*|overdreven|overdrijven|overreact\w*|overprotective|paranoid|valt (?:dit|dat|het) onder|is (?:dit|dat|het) (?:nog )?(?:normaal|strafbaar)|is (?:this|that|it) (?:normal|a crime|legal)|(?:is|are) (?:this|that|it|dit|dat|het|what they do|wat ze doen|wat hij doet) (?:\w+ )?(?:illegal|illegaal|verboden|against the law|tegen de wet)|hoort (?:dat|dit|het) (?:zo|normaal)|is (?:dat|dit|het) (?:wel )?(?:ok|oke|okay|toegestaan|toegestaan hier)|mag (?:dat|dit) (?:zomaar|zo|eigenlijk|wel)$|(?:dit|dat) is mag|(?:is|are) (?:this|that|it) (?:ok|okay|allowed)|allowed (?:here|in (?:the )?netherlands)|reden (?:voor|tot) zorg|reason to worry|what is this$|bestaat (?:dat|dit|zoiets)|gebeurt (?:dat|dit|zoiets) (?:echt|hier|in nederland)|iets dat (?:echt )?gebeurt|(?:does|do) (?:this|that|such things?) (?:really )?happen|is (?:this|that) (?:a )?real(?: thing)?|telt (?:dit|dat|het) (?:\w+ )?als|(?:does|would) (?:this|that|it) count as|(?:gewoon|just) (?:\w+ )?(?:slecht|bad) (?:werk|job|employer|werkgever|baas|boss)|handel ludzmi|trafic de persoane|insan ticaret\w*|trata de personas|trafico de pessoas|emberkereskedelem|торгівл\w* людьми|торговля людьми|трафик|wyzysk\w*|exploat\w*|somuru\w*|istismar\w*|explotacion\w*|exploracao|kizsakmanyol\w*|експлуатац\w*|эксплуатац\w*|експлоатац\w*|استغلال|الاستغلال|اتجار|legaln\w*|legalis|legale|легальн\w*|законн\w*|yasal\w*|قانوني|(?:is|valt|hoort) (?:dit|dat|het) (?:dan |ook |wel |eigenlijk |nou |echt )*(?:iets )?(?:voor|bij) (?:jullie|u|veilig thuis)|(?:is|are) (?:this|that|it) (?:even |really |also |actually )*(?:something )?for (?:you|this chat|this helpline)|zie (?:ik )?(?:het |dit |dat )?(?:verkeerd|spoken)|(?:seeing|reading) (?:this|it|things) wrong|${SIGNALS_OF_THE_CASE}|${CRIME_OR_LEGAL_OTHER}|${WHAT_IT_IS_CALLED}`,
  ),
  signals: cue(
    String.raw`${WHERE_THE_LINE}|${WHAT_EXPLOITERS_DO}|signalen|signaal|signs|warning signs|(?:a|any) sign\b|(?:a|any|een) (?:known |typical |common |clear |real |bekend |bekende |typisch |typische |duidelijk |duidelijke |soort )(?:\w+ )?(?:sign|signaal|teken|merkteken)\b|(?:een|het|dat|dit) (?:\w+ )?merkteken|red flags?|tekenen|(?:een|al een) teken|${NOTICED}|op (?:\w+ ){0,2}letten|look (?:out )?for|in de gaten houden|watch for|herken\w*|recogni[sz]e|hoe weet (?:je|ik|u)|how (?:do|can|would|could) (?:i|you|one|we) (?:know|tell|see|recogni[sz]e)|hoe (?:kan|kun|kunt|zie) (?:je|ik|u|jij|men) (?:\w+ ){0,3}(?:zien|herkennen|merken)|hoe zie je|${TELL_THE_DIFFERENCE}|make me (?:\w+ )?(?:suspicious|worried)|(?:wat|welke dingen|what|which things) (?:\w+ ){0,4}(?:controleren|checken|check)|waar (?:let|letten) (?:je|ik|u|jij|jullie|men|we|wij) (?:\w+ ){0,2}op|waarop (?:let|letten) (?:je|ik|u|jij|jullie|men|we|wij)`,
  ),
  consequences: cue(
    String.raw`${HAPPENS_TO_SOMEONE}|${INQUIRY_INTO_THE_WRITER}|${LEFT_HOLDING_IT}|${UNSAFE_FOR}|${COMPLICIT}|${SEEN_AS_OFFENDER}|${TAKEN_AWAY}|${AT_THE_WRITERS_DOOR}|opgepakt|gearresteerd|arrested|gevangenis|cel|prison|jail|straf|straffen|gestraft|strafblad|strafrechtelijk\w*|strafzaak|(?:ben|word|wordt|zijn|worden|kan|kunnen) (?:ik|mij|me|wij|we|hij|zij|ze) (?:\w+ ){0,2}strafbaar|punished|verweten|aansprakelijk\w*|liable|blamed|vervolgd|prosecuted|verdachte|be (?:a )?suspect|in (?:de )?problemen|(?:krijg\w*|kom\w*|raak\w*|get|gets|be) (?:\w+ ){0,2}(?:in )?(?:de )?(?:problemen|trouble|gedoe|moeilijkheden)|(?:problemen|gedoe|moeilijkheden) (?:\w+ )?(?:krijgen|krijg|krijgt|komen)|aangesproken (?:worden|word|kan worden)|held (?:responsible|accountable|liable)|(?:moet|must|have to|do) (?:ik|i) (?:\w+ ){0,3}(?:betalen|pay)|(?:hoeft|hoef|hoeven|moet|moeten) (?:\w+ ){1,8}(?:te )?(?:terug ?)?betalen|(?:does|do|has|have|must|will) (?:\w+ ){1,3}(?:still )?(?:have to|need to|got to)? ?pay (?:\w+ )?(?:back|her|him|them|it|that|the \w+)?|(?:ik|i|we|wij) (?:\w+ )?(?:must|moet|moeten|have to|need to) (?:\w+ ){0,2}(?:betalen|pay)|(?:am i|ben ik|are we|zijn we) (?:\w+ ){0,2}(?:a criminal|een crimineel|criminals|criminelen)|temporary protection|tijdelijke bescherming|boetes?|fines|in trouble|(?:have|need|got) to (?:stay|testify|come back|appear|give (?:my|a) statement)|moet ik (?:dan )?(?:\w+ )?(?:blijven|getuigen|terugkomen|verklaren|een verklaring)|testify|getuigen|(?:kind|kinderen|kids|children|child|son|zoon|dochter|daughter)(?: \w+){0,4} (?:weg\w*|afgepakt|afgenomen|uit huis|kwijt\w*|taken|take|away|removed)|(?:lose|kwijt\w*|afpakken|take away) (?:\w+ ){0,2}(?:kind|kinderen|kids|children|child|son|zoon|dochter|daughter)|sent home|sends? (?:me|him|her|them|us) (?:home|back)|sent back|uit het land (?:gezet|gestuurd|zetten|sturen)|teruggestuurd|terug (?:naar|moet)|uitgezet|illegaal|illegal|deport\w*|visa|visum|permit|verblijf\w*|status|ontslag\w*|baan kwijt|werk kwijt|kwijt ?raken|lose (?:my|his|her|their|the|our) (?:job|work|house|room|visa|status|permit|money)|mag ik (?:dat|dit|het)? ?(?:\w+ )?(?:als \w+ )?(?:eigenlijk |wel |zomaar ){0,2}melden|tuchtklacht\w*|tuchtrecht\w*|disciplinary|allowed to report|(?:schuld|debt) (?:\w+ )?(?:terug ?betalen|repay|pay back)|terug ?betalen|pay (?:it )?back|repay\w*|owe|verschuldigd|(?:geld|money|loon|wages?|salary|salaris) (?:\w+ )?(?:terug|back)|who pays|wie betaalt|wiezienie|więzienie|inchisoare|hapis|carcel|prisao|borton|затвор\w*|в'язниц\w*|السجن|سجن|ukarany|ukarana|pedepsit\w*|ceza\w*|наказан\w*|deportac\w*|депорт\w*|s[iı]n[iı]r d[iı]s[iı]|oturum\w*|geri gonder\w*|geri gönder\w*|ikamet\w*|wiza|viza|vize|visado|karta pobytu|pozwolenie na pobyt|permis de sedere|الإقامة|إقامة|اقامة|dlug\w*|dług\w*|spłac\w*|splac\w*|datori\w*|borc\w*|deuda\w*|divida\w*|adossag\w*|дълг\w*|борг\w*|долг\w*|върна парите|повернути гроші|вернуть деньги|دين|статус\w*|kłopot\w*|klopot\w*|necaz\w*|bajba|bajban|belaya|problemas con|problemas com|проблем\w*|مشاكل|مشكلة|${OTHER_LOSS}|${CHILDREN_TAKEN_OTHER}|weg ?(?:stuur\w*|gestuurd)|eruit (?:gooi\w*|gegooid|gezet|zet\w*)|(?:throw|throws|threw|thrown|kick|kicks|kicked|put|puts) (?:me|us|him|her|them) (?:\w+ )?out\b|(?:throw|throws|kick|kicks|put) (?:me|us|him|her|them) (?:\w+ )?(?:from|out of|out from) (?:the |my |our |his |her )?(?:house|room|home)|${OWN_LOST}|op straat (?:zet\w*|gezet)|probleme|fire (?:me|him|her|us|them)|fired|sacked|ontslagen|skol\w*|(?:su)?moket\w*|parads|paradu|(?:sa)?maksat`,
  ),
};

/** "Zijn dit signalen", "is this a sign", "dit is toch…": the sentence asks about the case told. */
const CASE_ASSESSED = cue(
  String.raw`(?:is|zijn|was|are|were|isn'?t) (?:dit|dat|het|deze|this|that|it|these|those)|(?:dit|dat|this|that|it) (?:is|zijn|are|was)|${SIGNALS_OF_THE_CASE}`,
);

/** The names of the thing in Dutch and English ("mensenhandel", "arbeidsuitbuiting", "exploited"). */
const NAMED = cue(String.raw`\w*mensenhandel|\w*uitbuiting|\w*uitgebuit|trafficking|trafficked|exploitation|exploited`);

/**
 * The name used as a judgement of the case: "is dit uitbuiting?", "of het mensenhandel is", "wordt
 * ze uitgebuit?", "does it count as trafficking?", "sounds like exploitation". Not the name as the
 * matter of another question: "signalen van uitbuiting", "straf op mensenhandel", "aangifte doen
 * van mensenhandel", "red flags for labour exploitation".
 */
const NAME_AS_JUDGEMENT = cue(
  String.raw`(?:is|zijn|was|waren|are|were|isn'?t|of|if|whether) (?:\w+ )?(?:dit|dat|het|deze|die|this|that|it|these|those|she|he|they|zij|ze|hij|ik|i|we|wij|iemand|someone|hem|haar|him|her|them)|(?:dit|dat|het|this|that|it) (?:\w+ ){0,3}(?:is|zijn|was|are)$|(?:word|wordt|worden|werd|werden|being|been|is|are|get|gets|getting) (?:\w+ ){0,2}(?:\w*uitgebuit|exploited|trafficked)|valt|vallen|telt|tellen|klinkt|lijkt|noem\w*|kwalific\w*|count\w*|sounds?|seems?|looks? like|qualif\w*|a case of|sprake van|gaat het (?:hier )?om|(?:heeft|hebben|has|have) (?:\w+ )?(?:dit|dat|het|this|that|it|hij|zij|ze|he|she|they) (?:\w+ ){0,3}(?:met|to do with)|te maken (?:heeft|hebben|had)|to do with|wat (?:ik )?(?:net )?beschre\w*|what i (?:just )?descri\w*`,
);

/**
 * The case weighed against an innocent reading: "en niet gewoon…", "of dat het gewoon…", "or is it
 * just…", "or just a bad boss", and "or only" in the languages labour migrants write in.
 */
const ALTERNATIVE_READING = cue(
  String.raw`(?:en|and) niet (?:gewoon|alleen maar|just|simply)|(?:or|of) (?:is )?(?:dat )?(?:it|this|that|het|dit|dat|ze|zij|hij|they|he|she)(?:'s| is| zijn| are| was)? (?:\w+ )?(?:gewoon|just|simply|only)|or (?:just|simply|only) (?:a |an )?(?:bad|normal|strict|tough|hard|cheap|stupid)|ou (?:so|apenas)|o (?:solo|solamente|simplemente)|sau (?:doar|numai)|czy (?:tylko|po prostu)|или просто|або просто|или само|yoksa sadece|vagy csak`,
);

/** The name set against another reading: "… of gewoon X", "de grens tussen X en …", "the difference between". */
const NAME_WEIGHED = cue(
  String.raw`(?:of|or) (?:\w+ )?(?:gewoon|simpelweg|alleen maar|just|simply|merely)|${WHERE_THE_LINE}|(?:verschil|grens|difference|line) (?:\w+ ){0,2}(?:tussen|between)`,
);

/** How to know for sure whether this case is it ("hoe kan ik weten of…", "how can I know if…"); not "how do I recognise". */
const KNOW_WHETHER = cue(
  String.raw`(?:hoe|how) (?:kan|kun|kunt|can|could|do|would|should|will) (?:ik|je|u|i|you|we|wij|one) (?:\w+ )?(?:weten|know|be sure|zeker weten) (?:of|if|whether)\b`,
);

/** How to recognise it: the question is about signals, whatever word names the thing recognised. */
const HOW_TO_RECOGNISE = cue(
  String.raw`herken\w*|recogni[sz]e|hoe weet (?:je|ik|u)|${TELL_THE_DIFFERENCE}|how (?:do|can|would|could) (?:i|you|one|we) (?:know|tell|see|recogni[sz]e)|op (?:\w+ ){0,2}letten|waar (?:let|letten) (?:je|ik|u|jij|jullie|men|we|wij) (?:\w+ ){0,2}op|look (?:out )?for|watch for`,
);

/**
 * "Can I write Polish?", "pot să scriu în română?", "hablar en español": a citizen asking to use their own language
 * asks for a person who can (the phone line with an interpreter).
 */
const LANGUAGE_NAMES = String.raw`polish|pools|romanian|roemeens|bulgarian|bulgaars|ukrainian|oekraiens|russian|russisch|arabic|arabisch|turkish|turks|spanish|spaans|portuguese|portugees|hungarian|hongaars|tigrinya|tigrinya|eritrean|my (?:own )?language|mijn (?:eigen )?taal`;
const OWN_LANGUAGE = String.raw`(?:write|speak|talk|chat|type|schrijven|spreken|praten|typen)(?: \w+){0,2} (?:in )?(?:het )?(?:${LANGUAGE_NAMES})|(?:in (?:het )?|someone who speaks |iemand die )(?:${LANGUAGE_NAMES})|po polsku|pisac po\w*|habla\w* (?:en )?espanol|fala\w* (?:em )?portugues|vorbi\w* (?:in )?romana|beszel\w* magyarul|говорите (?:по-русски|русски|на русском|українською|на български)|تتكلم\w* (?:العربية|عربي)|pisać po\w*|scriu in roman\w*|scriu în român\w*|in romana|în română|turkce yaz\w*|türkçe yaz\w*|turkce konus\w*|em portugues|escrever em|en espanol|escribir en|بالعربي\w*|العربية|на български|українською|по-русски|po russki|magyarul`;

const OWN_LANGUAGE_CUE = cue(OWN_LANGUAGE);

/**
 * Asking to write or speak in one's own language ("can I write Polish?", "kan ik in het Arabisch
 * schrijven?"), in any language: a request for a person who speaks it, which the question model
 * does not read in Dutch or English.
 */
export function asksForOwnLanguage(text: string): boolean {
  return asksSomething(text) && OWN_LANGUAGE_CUE.test(plainWords(text));
}

/** "Kan ik met iemand praten", "someone who speaks Hindi", "czy mogę porozmawiać z kimś po polsku": a person, not a text. */
const COUNSELLOR = cue(
  String.raw`(?:spreek|praat|chat) ik (?:nu |hier )?(?:\w+ )?met (?:een )?(?:computer|bot|robot|chatbot|mens|echt mens)|(?:am i|are you) (?:\w+ )?(?:talking|chatting|speaking|writing) (?:to|with) (?:a )?(?:bot|computer|robot|human|real person)|is (?:dit|this) (?:\w+ )?(?:automatisch|automated|automatic|een bot|a bot|een computer|a computer)|aan de andere kant|on the other (?:side|end)|bereikbaar|reachable|whatsapp|openingstijden|opening hours|tot hoe laat|how late|(?:telefoon)?nummer (?:waar|om) (?:\w+ ){0,2}(?:bellen|kan)|(?:have|heb\w*) (?:\w+ )?(?:a |een )?(?:phone |telefoon)?(?:number|nummer)|(?:echt|echte|real) (?:persoon|mens|person|human)|met iemand (?:te )?(?:praten|spreken|overleggen|bespreken)|(?:mag|kan|kun|kunt|can|may|could) (?:ik|i|we|wij) (?:\w+ ){0,2}(?:u|jullie|you|iemand|someone) (?:\w+ )?(?:bellen|spreken|call|phone|ring|speak to)|(?:met|with) (?:een |a )?(?:mens|person|human|vrouw|woman) (?:\w+ )?(?:praten|spreken|talk|speak)|(?:praten|spreken|talk|speak) (?:\w+ ){0,2}(?:met|with|to) (?:een |a )?(?:mens|person|human|vrouw|woman)\b|(?:can|could|kan|kunnen|kun) (?:\w+ )?(?:someone|somebody|anyone|iemand) (?:${HERE_IN_THE_CHAT})?(?:\w+ )?(?:help|helpen) (?:me|us)|(?:kan|kunnen|kun) (?:\w+ )?iemand (?:me|mij|ons) (?:${HERE_IN_THE_CHAT})?(?:\w+ )?helpen|(?:(?:do|does|can) )?(?:they|you|someone|anyone|somebody) (?:\w+ )?speak (?:english|engels|\w+ish|\w+ese|\w+ian)|spreken (?:ze|jullie|zij) (?:ook )?(?:engels|\w+s)$|iemand (?:die|spreken)|hulpverlener|(?:speak|talk) (?:with|to) (?:someone|somebody|anyone|anybody|a person|a human)|someone who (?:speaks|understands)|a person in|counsell?or|${GO_WITH_SOMEONE}|porozmawia\w*|z kims|z kimś|cineva care|konusabil\w*|konuşabil\w*|hablar con alguien|alguien que hable|falar com alguem|aki beszel|aki beszél|beszel\w* valaki|konusan (?:biri\w*|kimse)|${OWN_LANGUAGE}|ktos kto mowi|ktoś kto mówi|care vorbeste|vorbi\w* cu cineva|комусь|кому-нибудь|${SPEAKS_OTHER}|${MAY_I_CALL_OTHER}|поговори\w*|хтось|когось|кто-то|някой|شخص يتحدث|^(?:\w+ )?(?:is er|is hier|zit er|is daar) (?:nog |wel )?iemand$|^(?:\w+ )?(?:is )?(?:anyone|anybody|someone|somebody) (?:there|here|online)$|^(?:\w+ )?iemand(?: daar| hier| online)?$|^(?:\w+ )?(?:anyone|anybody|someone|somebody)$|${ONE_OF_YOU}`,
);

/** A question word after its preposition ("tot hoe laat zijn jullie bereikbaar", "met wie praat ik", "until when are you open"). */
const PREPOSITION_WH = String.raw`(?:tot|om|met|voor|bij|aan|van|naar|sinds|vanaf|until|till|with|to|for|from|since) (?:hoe laat|hoelang|hoe lang|wie|wanneer|welke|what time|whom|who|when|which|how long)`;

/** A clause that opens as a question, in plain words. */
// A correction or an afterthought before the question ("sorry, ik bedoel krijg ik zelf een boete…",
// "oh and I mean will they…") does not hide the clause that opens as a question; nor does the "or"
// of a second alternative ("…gaat dat naar de politie? Of blijft het bij jullie").
const INTERROGATIVE = cue(
  String.raw`(?:(?:en|and|maar|but|dus|so|of|or|ok|oke|hi|hoi|hallo|hello|hey|hee|yo|sorry|oh|oja|o ja) )*(?:(?:honestly|seriously|really|btw|wait|eerlijk gezegd|eerlijk|eigenlijk|serieus|nou|ff|even|ik bedoel|wat ik bedoel is|i mean|i meant|what i mean is) )?(?:wat|wie|waar|wanneer|hoe|waarom|welke|mag|kan|kun|kunnen|kunt|moet|word|wordt|ben|is|zijn|krijgt|krijg|krijgen|ziet|weet|hoort|horen|merkt|merken|leest|lezen|overdrijf|doet|doen|gaat|gaan|komt|komen|zal|zullen|zou|heeft|hebben|blijft|what|who|where|when|how|why|which|can|could|may|must|should|will|would|is|are|am|do|does|czy|pot|cum|puedo|posso|${PREPOSITION_WH})`,
  { atStart: true },
);

/**
 * A question the person of concern asks through the writer ("hij vraagt of hij zijn vergunning
 * kwijtraakt", "she wants to know if she can stay"): asked as if by the writer, answered the same.
 */
const ASKED_BY_SOMEONE = String.raw`(?:hij|zij|ze|he|she|they|\w+) (?:\w+ )?(?:vraagt|vroeg|asks|asked|wil weten|wilde weten|wants to know|wanted to know) (?:me |mij |ons |us |zich af )?(?:of|if|whether|wat|what|hoe|how)`;

/**
 * A question without its grammar: "ik vraag me af of…", "ik wil graag weten…", "ik wil niet dat
 * mijn baas het weet", "I wonder if…", "I don't want my agency to know", and a fear said in the
 * first person ("ik ben bang dat ik terug moet", "tengo miedo de perder mi visa"): a counsellor
 * answers it as the question it is.
 */
const INDIRECT = cue(
  String.raw`vraag (?:me|mij|ik me) (?:\w+ )?af|ik wil (?:graag |even |eigenlijk )?weten|ik wil (?:liever )?niet dat|${ASKED_BY_SOMEONE}|ik zou (?:graag )?willen weten|weet (?:iemand|u|jij) of|ik twijfel|i wonder|wondering|i (?:want|would like|'d like|need) to know|i (?:don'?t|do not) want (?:\w+ ){1,3}to (?:know|find out|hear|see)|not sure (?:if|whether)|tell me (?:if|whether|what|how)|vertel (?:me|mij) (?:of|wat|hoe)|(?:zou|wil) (?:\w+ )?graag (?:willen )?weten|(?:of niet|or not)$|ik ben (?:zo |heel |erg |echt )?bang(?: (?:dat|om|voor))?|(?:maar|en|but|and) (?:ik )?weet (?:\w+ )?niet (?:goed |zeker )?of|ben ik (?:zo |heel |erg |echt |wel )?bang(?: (?:dat|om|voor))?|(?:mijn )?(?:grootste |enige |echte )?(?:zorg|angst) is (?:dat|of)|my (?:biggest |main |only |real )?(?:worry|fear|concern) is (?:that|if|whether)|(?:i (?:feel|think)(?: like)?|maybe|perhaps|misschien|ik denk (?:dat )?|volgens mij) (?:that )?(?:i'?m|im|i am|ik) (?:\w+ )?(?:overreact\w*|overdrijf|overdrijven|paranoid|spoken zie)|misschien (?:overdrijf ik|zie ik (?:spoken|het verkeerd|dit verkeerd|dat verkeerd))|i(?:'m| am) (?:so |very |really )?(?:afraid|scared|worried)|ik weet (?:\w+ )?niet (?:goed |zeker |eens |echt )?of|i (?:\w+ )?(?:don'?t|do not) (?:really )?know (?:if|whether)|nem tudom hogy|nie wiem czy|nu stiu daca|no se si|nao sei se|(?:nunca )?entendi se|(?:nunca )?entend\w* si|nu (?:am )?inteles daca|nie rozumiem czy|bilmiyorum|не знам дали|не знаю чи|не знаю ли|لا اعرف|لا أعرف|اخاف|أخاف|خائف|خائفة|tengo (?:mucho )?miedo|tenho medo|boje sie|boję się|mi e frica|mi-e frica|korkuyorum|felek|боюся|боюсь|страхувам`,
);

const NAME_WITHHELD_CUE = cue(NAME_WITHHELD);

/** The frames of an indirect question, to read the question without them. */
const INDIRECT_FRAME = cue(
  String.raw`(?:ik )?vraag (?:me|mij|ik me) (?:\w+ )?af|ik wil (?:graag |even |eigenlijk )?weten|ik zou (?:graag )?willen weten|ik twijfel|ik weet (?:\w+ )?niet (?:goed |zeker )?|i wonder|i(?:'m| am) wondering|i (?:want|would like|'d like|need) to know|(?:i(?:'m| am) )?not sure|i (?:don'?t|do not) know|ff checken|even checken`,
);

/** Whether the message asks something: a question mark, a clause that opens as a question, or an indirect question. */
export function asksSomething(text: string): boolean {
  return recallAsks(text, asks);
}

function asks(text: string): boolean {
  if (/[?¿؟]/u.test(text)) return true;
  const plain = plainWords(text);
  if (WHAT_NEXT_BARE.test(plain)) return true;
  if (INDIRECT.test(plain) || NAME_WITHHELD_CUE.test(plain)) return true;
  // "mijn naam komt toch niet in een rapport", "this stays between us, yes": a statement that asks to be confirmed.
  if (text.split(/(?<=[.!\n])/u).some((s) => asksToConfirm(s.replace(/[.!\s]+$/u, '')))) return true;
  return text
    .split(/[.!\n,;:]+/)
    .map((s) => plainWords(s))
    .some((s) => INTERROGATIVE.test(s));
}

/** A message's sentences in plain words (a question mark ends one). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?¿؟\n])\s*/u)
    .map((s) => plainWords(s))
    .filter((s) => s !== '');
}

/** A question about what was just said: "is dat niet raar…", "is that normal", "moet dat echt". */
const ABOUT_THAT = cue(String.raw`(?:is|was|moet|kan|mag|klopt|would|should|is) (?:dat|dit|het|that|this|it)`, { atStart: true });

/** The topics the words of a question point to; nothing for a message that asks nothing. */
export function cuedTopics(text: string): readonly QuestionTopic[] {
  return recallCued(text, cuedTopicsAfresh);
}

function cuedTopicsAfresh(text: string): QuestionTopic[] {
  if (!asksSomething(text)) return [];
  const found = new Set<QuestionTopic>();
  // "dat blijft toch wel tussen ons": the particle that asks to be confirmed is no word of the topic.
  for (const sentence of sentencesOf(text).map(withoutConfirmationParticle)) {
    if (WHAT_NEXT_BARE.test(sentence)) {
      if (found.size === 0) found.add('after_report');
      continue;
    }
    // The name of the thing asks whether the case is it only when it judges the case ("is dit
    // uitbuiting?"), or when it is all the sentence says ("uitbuiting?").
    const judged = NAMED.test(sentence) && (NAME_AS_JUDGEMENT.test(sentence) || sentence.split(' ').length <= 3);
    // "Is that illegal?" asks whether what is done is against the law, not about anyone's stay.
    const lawful = withoutWhetherIllegal(sentence);
    const topics = (Object.keys(CUES) as CuedTopic[]).filter(
      (topic) => CUES[topic].test(topic === 'consequences' ? lawful : sentence) || (topic === 'is_it_trafficking' && judged),
    );
    // "Hoe herken ik of het uitbuiting is?": the word names what to recognise; the question is how.
    // ("Zijn dit signalen van uitbuiting?" asks both.)
    // "Welke signalen zijn er dat een student wordt uitgebuit?": signals of it in general, not
    // whether this case is it (that needs "zijn dit", "is this").
    const recognising = HOW_TO_RECOGNISE.test(sentence) || (topics.includes('signals') && !CASE_ASSESSED.test(sentence));
    for (const topic of topics) if (!(recognising && topic === 'is_it_trafficking')) found.add(topic);
    // "How can I know if they are forced?", "hoe kan ik weten of het werkelijk zo is?": knowing
    // whether this case is it asks whether it is, beside how to tell.
    if (KNOW_WHETHER.test(sentence)) found.add('is_it_trafficking').add('signals');
    // Two readings of the case weighed against each other ("…en niet gewoon stoer doen", "or just a
    // bad boss") ask whether it is exploitation, also inside "how do I know for sure that…".
    if (ALTERNATIVE_READING.test(sentence)) found.add('is_it_trafficking');
    // The name weighed against a lesser reading in a question of how to tell ("hoe herken je of het
    // mensenhandel is of gewoon illegale onderhuur?", "waar ligt de grens tussen slechte huisvesting
    // en uitbuiting?"): where this case falls is asked beside the signs (round 46).
    if (NAMED.test(sentence) && NAME_WEIGHED.test(sentence)) found.add('is_it_trafficking');
    if (sentBackToACountry(sentence)) found.add('consequences');
  }
  // The police asked about in a sentence that asks: "kan ik met iemand praten die niet meteen de politie belt?".
  // Asking about 112 ("is het niet overdreven om 112 te bellen?") is asking whether to call the police now.
  if (
    !found.has('police') &&
    text.split(/(?<=[?¿؟.!\n])/u).some((s) => asksSomething(s) && (POLICE_NAMED.test(plainWords(s)) || /(?<!\d)112(?!\d)/.test(s)))
  )
    found.add('police');
  if (COUNSELLOR.test(plainWords(text))) found.add('counsellor');
  return [...found];
}

/** Words of a question that point back at what was told: those who acted, calling, saying, doing, any use. */
const POINTS_AT_THEM = cue(String.raw`ze|zij|die|they|them|bellen|bel|call|calling|zin|zeggen|zeg|say|tell|doen|do|vertellen|weten|know`);

/**
 * Whether a question that ends in "?" or opens as one points back at the police or 112 named in
 * the message ("Ik bel 112 nu. Wat moet ik zeggen?", "toen zei de politie dat ze niks konden doen.
 * Kunnen ze echt niks doen?"): asked about the police, whatever its own words.
 */
export function asksBackAboutThePolice(text: string): boolean {
  const sentences = text.split(/(?<=[?¿؟.!\n])/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const named = (s: string) => POLICE_NAMED.test(plainWords(s)) || /(?<!\d)112(?!\d)/.test(s);
  return sentences.some(
    (s, i) =>
      (/[?¿؟]/u.test(s) || INTERROGATIVE.test(plainWords(s))) &&
      POINTS_AT_THEM.test(plainWords(s)) &&
      sentences.slice(0, i + 1).some(named),
  );
}

/** "Klopt dat?", "is that true?": a short question that asks about the sentence before it. */
const POINTS_BACK = cue(String.raw`dit|dat|het|this|that|it|waar|true|zo|so`);

/**
 * The topics the plain cues find in the sentences that themselves ask (a question mark, a clause
 * that opens as a question, an indirect question, a first-person fear) or that open with a
 * condition ("if I call the police they will send me back"), not in the story around them; a
 * short question that points back ("klopt dat?") is read with the sentence before it. Beside the
 * topic model, for a question worded as its training never had it.
 */
export function askedCueTopics(text: string): QuestionTopic[] {
  const found = new Set<QuestionTopic>();
  for (const read of askingSentences(text)) for (const topic of cuedTopics(read.includes('?') ? read : `${read}?`)) found.add(topic);
  return [...found];
}

/**
 * The sentences of a message that ask (see asksSomething) or open with a condition, each as it is
 * read: a short question that points back ("klopt dat?") with the sentence before it, unless it has
 * a topic of its own ("is that a crime?").
 */
export function askingSentences(text: string): readonly string[] {
  return recallAskingSentences(text, sentencesThatAsk);
}

function sentencesThatAsk(text: string): readonly string[] {
  const sentences = text.split(/(?<=[?¿؟.!\n])/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.flatMap((sentence, i) => {
    const plain = plainWords(sentence);
    // A fear said of the person ("hij is bang dat hij wordt opgepakt") beside a question is asked too.
    if (!asksSomething(sentence) && !CONDITION_FIRST.test(plain) && !(THEIR_FEAR_CUE.test(plain) && asksSomething(text))) return [];
    // So is one that opens on what was just said ("ik bel die 112. is dat niet raar als het nog niet gebeurd is?").
    const short =
      ((plain.split(' ').length <= 4 || ABOUT_THAT.test(plain)) && POINTS_BACK.test(plain) && cuedTopics(`${sentence}?`).length === 0) ||
      WHAT_NEXT_BARE.test(plain);
    return [short && i > 0 ? `${sentences[i - 1]!.replace(/[.!\n]+$/u, ' ')}? ${sentence}` : sentence];
  });
}

/**
 * A message that opens by going on from the one before ("en ze weten…", "en dan is hij…", "maar dan
 * verlies ik…", "and then they…", "want hij…"), after a word of assent or doubt at most.
 */
const GOES_ON = cue(
  String.raw`(?:(?:ja|jawel|nee|ok|oke|okay|yes|yeah|no|hmm|tja|nou) )?(?:en|and|maar|but|dan|then|want|because|cause|omdat|ook|also|plus|alleen|only)`,
  { atStart: true },
);

/** Whether the message opens by going on from the writer's message before it (see GOES_ON). */
export function continuesTheTurnBefore(text: string): boolean {
  return GOES_ON.test(plainWords(text));
}

/**
 * Whether the message opens with a short question about what was said before it ("is it true? if he
 * go to hospital…", "klopt dat? …"): that question is about the message before, not this one.
 */
export function pointsBackFirst(text: string): boolean {
  const first = text.split(/(?<=[?¿؟.!\n])/u).find((s) => /[\p{L}\p{N}]/u.test(s));
  if (first === undefined || !/[?¿؟]/u.test(first)) return false;
  const plain = plainWords(first);
  return plain.split(' ').length <= 4 && POINTS_BACK.test(plain) && cuedTopics(first).length === 0;
}

/** "En bij mij?", "en ik?", "and me?", "what about me?": the question before, asked again of the writer. */
const AND_THE_WRITER = cue(
  String.raw`(?:en|and|maar|but|ook|what about|how about|en hoe zit het met|hoe zit het met|en wat als het om|en wat met) (?:\w+ )?(?:bij|voor|met|naar|to|for|with|at)? ?(?:mij|me|ik|mezelf|mijzelf|myself|ons|us|wij|we)(?: (?:dan|ook|zelf|then|too|also))?$`,
  { atStart: true },
);

/**
 * Whether a question about what telling brings is asked again of the writer in a short sentence
 * after it ("…staan ze dan morgen bij hem op het erf? En bij mij?"): what it costs the writer.
 */
export function askedOfTheWriterToo(text: string): boolean {
  const sentences = text.split(/(?<=[?¿؟.!\n])/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.some((s, i) => i > 0 && /[?¿؟]/u.test(s) && AND_THE_WRITER.test(plainWords(s)));
}

/**
 * Whether what was told is normal ("dat is toch niet normaal voor een jongen van 14?", "is this
 * normal for a job?", "is dat raar?"): the writers of the conversation sets label it as asking
 * whether it is exploitation or which signs to look at, and a counsellor answers both.
 */
const IS_IT_NORMAL = cue(
  String.raw`(?:is|was|zijn|are|lijkt|klinkt|seems|sounds) (?:\w+ ){0,3}(?:normaal|normal|gebruikelijk|usual|raar|vreemd|strange|weird|ok\w* normaal)|(?:niet|not) (?:\w+ )?(?:normaal|normal)`,
);

/** Whether a sentence that asks asks whether what was told is normal (see IS_IT_NORMAL). */
export function normalAsked(text: string): boolean {
  return askingSentences(text).some((s) => (/[?¿؟]/u.test(s) || SUBJECT_DROPPED.test(plainWords(s))) && IS_IT_NORMAL.test(plainWords(s)));
}

/**
 * Broken English or Dutch drops the subject and the question mark ("is normal in holland that boss
 * keep passport"): "is normal" opening a sentence with more after it asks. ("Is goed", "is waar" agree.)
 */
const SUBJECT_DROPPED = cue(String.raw`(?:is|isnt) (?:normaal|normal) \w+ \w+`, { atStart: true });

/** "Ik wil niet dat…", "ik ben bang dat…", "als ik bel…", "if I report…": the writer framing a question about someone else. */
// The writer's opinion said beside it ("she's scared about her visa, I think it expired", "denk ik")
// is a frame too: the writer thinks it, it does not befall them.
const WRITER_FRAME = cue(
  String.raw`(?:i|ik) (?:think|guess|believe|suppose|denk|geloof|gok)|denk ik|volgens mij|ik wil (?:liever )?niet dat|i (?:don'?t|do not) want|ik ben bang dat|i(?:'m| am) (?:afraid|scared|worried) (?:that )?|(?:als|wanneer|if|when) (?:ik|i|we|wij) (?:\w+ ){0,3}(?:meld|melden|bel|report|call|tell|vertel|zeg|praat|talk|aangifte|inschakel|waarschuw|warn|contact)\w*`,
);
/** The writer as the cause, not the one it befalls: "dat ze door mij hun werk kwijtraken", "because of me". */
const BY_THE_WRITER = cue(String.raw`door (?:mij|ons)|because of (?:me|us)|through me`);
/** Someone other than the writer: a third person, or a person named by kin or role. */
const THIRD_PERSON = cue(
  String.raw`hij|zij|ze|hem|haar|hen|he|she|him|her|they|them|(?:my|mijn|m'n|mn|his|her|zijn|haar|the|de|die) (?:\w+ )?(?:son|zoon|dochter|daughter|kind|child|broer|brother|zus|sister|vriend|vriendin|friend|neef|nicht|cousin|man|vrouw|husband|wife|moeder|mother|vader|father|mum|mom|dad|buurman|buurvrouw|neighbour|collega|colleague|meisjes|girls|jongen|jongens|boy|boys|mannen|men|kinderen|kids|children|vrouwen|women|werknemers|workers|arbeiders|klant|client|leerling|pupil|student)`,
);

/**
 * Whether the consequence asked about in the sentences that ask is someone else's ("krijgt zij
 * straf?", "ik wil niet dat hij opgepakt wordt", "will my son be arrested?") rather than the
 * writer's own ("word ik zelf opgepakt?", "will they arrest me?"): the answer then speaks of that
 * person. `asks`: whether a sentence names the consequence.
 */
export function consequenceOfSomeoneElse(text: string, asks: (plain: string) => boolean, how: { orStory?: boolean } = {}): boolean {
  const naming = (sentences: readonly string[]) => sentences.map((s) => plainWords(s)).filter(asks);
  const asked = naming(askingSentences(text));
  // `orStory`: a consequence the question does not name but the story beside it does ("wat gebeurt
  // er dan met die mannen? Ik wil niet dat ze hun werk kwijtraken") is read where it is named.
  const named = asked.length === 0 && how.orStory === true ? naming(sentencesOf(text)) : asked;
  const about = named.map((s) => BY_THE_WRITER.replace(WRITER_FRAME.replace(s, ' '), ' '));
  return about.length > 0 && about.every((s) => !WRITER.test(s) && THIRD_PERSON.test(s));
}

/**
 * Whether a question about consequences names no consequence of its own but asks it about someone
 * else ("wat gebeurt er met hem als ik dit meld?", "will she get in trouble?"), so that the answer
 * speaks of that person, not of the writer.
 */
export function consequenceAskedOfSomeoneElse(text: string): boolean {
  // Getting someone into trouble said beside a question that names no consequence of its own ("is dat
  // al mensenhandel? ik wil niemand onterecht in de problemen brengen"): what it brings that person.
  if (sentencesOf(text).some((s) => INTO_TROUBLE_CUE.test(s)) && !askingSentences(text).some((s) => CUES.consequences.test(plainWords(s))))
    return true;
  // A worry stated without asking ("dat maakt het toch alleen maar erger voor hem", going on from a
  // question the turn before) is read where it is stated.
  if (askingSentences(text).length === 0)
    return consequenceOfSomeoneElse(text, (plain) => STATED.consequences!.test(plain), { orStory: true });
  return consequenceOfSomeoneElse(text, (plain) => CUES.consequences.test(plain));
}

/** "Is dat strafbaar?", "is this illegal?", "is that a crime?": whether something is punishable. */
const PUNISHABLE = cue(String.raw`strafbaar|illegaal|illegal|a crime|een misdrijf|against the law|tegen de wet`);

/**
 * Punishable for a person ("is that illegal for the students who do it?", "is dit strafbaar voor mij
 * of voor hem", "a crime for him or only for the boss?"): the one it would be punishable for, named
 * after "for"/"voor", is who the question is about. Not the law or court it is measured by.
 */
const PUNISHABLE_FOR = cue(
  String.raw`(?:strafbaar|illegaal|illegal|a crime|crime|een misdrijf|misdrijf|against the law|tegen de wet) (?:\w+ ){0,2}(?:for|voor) (?!(?:de |het |the )?(?:wet|law|rechter|court|nederland|netherlands|holland)(?: |$))(?:me|mij|myself|mezelf|him|her|them|hem|haar|hen|us|ons|you|jou|jullie|zichzelf|themselves|himself|herself|(?:the|de|het|die|deze|those|these|my|mijn|m'n|mn|his|zijn|her|haar|our|onze|their|hun) \w+|\w+ (?:or|of) (?:only |alleen |just )?(?:for|voor))`,
);
/**
 * A past deed of the writer's asked about as punishable ("heb ik toen iets strafbaars gedaan?",
 * "did I do something illegal?", "have I committed a crime?"): whether it will be held against them.
 */
const OWN_DEED_PUNISHABLE = cue(
  String.raw`(?:heb|had|hebben) (?:ik|wij|we) (?:\w+ ){0,3}(?:iets )?(?:strafbaars|illegaals|strafbare feiten) (?:\w+ ){0,2}(?:gedaan|begaan|gepleegd)|(?:did|have|had) (?:i|we) (?:\w+ ){0,2}(?:do|done|commit|committed) (?:\w+ )?(?:something |anything )?(?:illegal|a crime|crimes|an offence|an offense)`,
);

/**
 * Whether a sentence that asks is whether something is punishable for a person, or whether the
 * writer's own past deed was (PUNISHABLE_FOR, OWN_DEED_PUNISHABLE): what befalls them, the
 * consequences, beside whether the case is exploitation.
 */
export function punishableForAPerson(text: string): boolean {
  return askingSentences(text).some((s) => {
    const plain = plainWords(s);
    return PUNISHABLE_FOR.test(plain) || OWN_DEED_PUNISHABLE.test(plain);
  });
}

/** The writer as the one who acts: "ik", "I", "we", "me". A possessive ("mijn buurman") names someone else. */
const WRITER = cue(String.raw`ik|i|we|wij|me|mij|myself|mezelf|mijzelf`);
/** Someone else as the one who acts in the question ("als je broertje…", "dat hij…", "if the boss…", "om iemand te…"). */
const SOMEONE_ELSE_ACTS = cue(
  String.raw`(?:als|dat|om|wanneer|if|that|when|for) (?:\w+ )?(?:je|jij|hij|zij|ze|iemand|een|de|het|die|they|he|she|someone|the|a|an|his|her|their|zijn|haar|hun|mijn|my|your|people|mensen)`,
);
/** The writer opening the sentence as the one who acts ("ik doe toch niks", "I only gave my card"), not who thinks ("ik denk het wel"). */
const WRITER_FIRST = cue(
  String.raw`^(?:\w+ )?(?:ik|i|we|wij)(?! (?:denk|dacht|vind|vond|weet|hoop|vraag|twijfel|geloof|bedoel|think|thought|guess|hope|wonder|know|believe|mean|feel)(?: |$))`,
);
/** Someone else opening the sentence as its subject ("my cousin has to…", "hij laat haar…"). */
const SOMEONE_ELSE_FIRST = cue(
  String.raw`^(?:\w+ )?(?:hij|zij|ze|he|she|they|iemand|someone|(?:my|mijn|m'n|mn|his|her|zijn|haar|the|de) \w+)`,
);
/** "Hij zegt (dat)…", "they say…": the words of someone else, not their deed. */
const SAYS = cue(String.raw`(?:hij|zij|ze|he|she|they|iedereen|everyone) (?:zegt|zeggen|zei|say|says|said|told me)(?: dat| that)?`);

/**
 * "Is dat strafbaar?" about the writer's own deeds ("ik heb mijn rekening uitgeleend. Is dat
 * strafbaar?", "ben ik strafbaar als ik…"): whether they will be punished. About someone else's
 * ("is het strafbaar als je broertje drugs moet verkopen", "my cousin has to pay back… Is that a
 * crime?", "ik vraag me af of het strafbaar is dat mijn buurman…"), it asks whether that is
 * exploitation. When the words do not say whose deed it is, the writer may be telling about
 * themselves. `said`: only when the words say it is the writer's deed (the question itself, or the
 * sentence after it with the writer as its subject), whoever the conversation is about.
 */
export function punishableAskedOfWriter(text: string, how: { said?: boolean } = {}): boolean {
  const sentences = text.split(/(?<=[?¿؟.!\n])/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const bare = (s: string): string => SAYS.replace(INDIRECT_FRAME.replace(plainWords(s), ' '), ' ').trim();
  return sentences.some((sentence, i) => {
    if (!asksSomething(sentence) || !PUNISHABLE.test(plainWords(sentence))) return false;
    // The frame of an indirect question ("ik vraag me af of") is the writer asking, not acting.
    const asked = bare(sentence);
    if (WRITER.test(asked)) return true;
    if (SOMEONE_ELSE_ACTS.test(asked)) return false;
    // "Is dat strafbaar? ik doe toch niks, ik geef alleen mn pas": the writer's own deed, said right after.
    const after = i + 1 < sentences.length ? bare(sentences[i + 1]!) : '';
    if (WRITER_FIRST.test(after)) return true;
    // (The sentence before may tell what the writer found out about someone else: "ik zag dat hij…".)
    if (how.said) return false;
    // "Is dat strafbaar?": about the deed told just before.
    const before = i > 0 ? bare(sentences[i - 1]!) : '';
    return WRITER.test(before) || !SOMEONE_ELSE_FIRST.test(before);
  });
}

/**
 * Worries said as statements beside a question ("Zij wil absoluut geen politie. Wordt ze uitgezet?",
 * "my NDA is strict and I'd rather not get fired over this", "moet ik een verklaring afleggen met
 * naam en alles"): the clause reader reads only questions, but a counsellor answers these as well.
 * Only plain, unambiguous shapes, in Dutch and English.
 */
/** Trouble with the employer, the agency, the landlord or a client ("ik zit niet te wachten op gedoe met mijn werkgever"). */
const TROUBLE_WITH_THOSE_I_DEPEND_ON = String.raw`(?:gedoe|problemen|ruzie|gezeik|trouble|problems|issues) (?:\w+ )?(?:met|with) (?:mijn|my|de|the|onze|our) (?:werkgever|baas|chef|employer|boss|manager|uitzendbureau|agency|huisbaas|landlord|klant\w*|client\w*|customer\w*)`;

/** A self-employed writer's livelihood: losing a client or an order, having to close the business. */
const LIVELIHOOD_LOST = String.raw`(?:klant|klanten|opdracht\w*|inkomen|client\w*|customer\w*|business|income) (?:\w+ )?kwijt\w*|(?:lose|losing|verlies\w*|kwijtraken|kwijt raken) (?:\w+ ){0,2}(?:klant\w*|opdracht\w*|client\w*|customer\w*|business|income|inkomen)|(?:zaak|winkel|bedrijf|business|shop|salon) (?:\w+ )?(?:sluiten|opdoeken|close|shut)|(?:handel|zaak|winkel|bedrijf|klanten|business|shop|clients|customers) (?:\w+ )?(?:wel )?vergeten|(?:can|could) (?:\w+ )?forget (?:about )?(?:my|our) (?:business|shop|clients|customers|job)`;

/** The writer's family must not hear of this ("my mother cannot know", "mijn ouders mogen dit nooit weten"). */
const FAMILY_MUST_NOT_KNOW = String.raw`${OWN_FAMILY} (?:\w+ ){0,2}(?:mag|mogen|kan|kunnen|cannot|can'?t|must not|mustn'?t|may not|should not|shouldn'?t|can never) (?:\w+ ){0,4}(?:weten|horen|know|find out|hear)`;

/**
 * A fear of what the writer's telling brings ("ik ben bang dat ze dan stopt met roeien", "I'm
 * afraid she will hate me then", "mijn zus gaat me dit nooit vergeven"): a consequence of telling,
 * answered as one. The fear must point at what follows ("dan", "then", "daardoor") or name a loss;
 * "will that make it worse for her?" fears the same.
 */
const FEARED_OUTCOME = String.raw`(?:ik ben|ben ik|(?:maar|en|but|and) ben|we zijn|wij zijn|zijn we|i'?m|i am|im|we are|we'?re) (?:\w+ )?(?:bang|afraid|scared|worried|terrified) (?:dat|that)? ?(?:\w+ ){0,6}(?:dan|then|daardoor|daarna|as a result|kwijt|lose|losing|verlies\w*)|(?:maakt|maken|make|makes|making) (?:\w+ ){0,3}(?:erger|worse)|never (?:\w+ ){0,2}forgive me|(?:me|mij) (?:\w+ ){0,2}nooit (?:meer )?vergeven|vergeeft (?:\w+ )?(?:me|mij) nooit`;

/** Being told off or worse by those one depends on ("straks krijg ik op mijn donder van mijn werkgever", "I'll get it from my boss"). */
const FROM_THOSE_I_DEPEND_ON = String.raw`(?:krijg|krijgen|get|gets|catch) (?:ik |we |i )?(?:\w+ ){0,5}(?:van|from) (?:mijn|my|m'n|mn|de|the|onze|our) (?:werkgever|baas|chef|employer|boss|manager|uitzendbureau|agency|huisbaas|landlord|leidinggevende|supervisor)`;

/**
 * The writer known to the people told about ("die eigenaar weet wie ik ben", "he knows who I am"),
 * or the police seen at their own door or business ("staat de politie dan bij mijn zaak?", "will
 * the police come to my house?"): beside a question about telling, the fear of being seen as the
 * one who told, which the writers of the conversation sets label as anonymity.
 */
/**
 * The people told about knowing who told ("dan weten die jongens toch meteen wie er gepraat heeft?",
 * "die jongens weten precies wie er belt", "they will know who called"): being known as the one who
 * told, said in a later turn beside a question about the police or a report (round 44).
 */
const WHO_TOLD = String.raw`(?:weet|weten|wist|wisten|kent|kennen|zien|ziet|snapt|snappen|knows?|know|find out|figure out) (?!(?:jij|je|u|jullie|you)\b)(?:\w+ ){0,8}wie (?:er |het |dat |dit )?(?:\w+ )?(?:gepraat|gemeld|gebeld|verteld|gezegd|geklikt|getipt|gelekt|belt|meldt|praat|klikt|vertelt|tipt)\b|(?:knows?|know|find out|figure out|found out) (?!(?:you)\b)(?:\w+ ){0,3}who (?:\w+ )?(?:called|reported|told|talked|snitched|tipped|calls|reports|tells|talks)\b`;
/**
 * Not wanting the person told about to notice the writer ("ik wil liever niet dat die man mij in de
 * gaten krijgt", "I don't want him to notice me"): staying unknown to them.
 */
const NOTICED_AS_TELLER = String.raw`(?:wil|wilt|willen) (?:\w+ )?niet dat (?:\w+ ){1,4}(?:mij|me|ons) (?:\w+ )?in de gaten (?:krijgt|krijgen|heeft|hebben|houdt|houden)|(?:don'?t|do not|doesn'?t|does not) want (?:\w+ ){1,3}to (?:notice|spot|clock) (?:me|us)\b`;

const KNOWN_AS_THE_ONE = String.raw`(?:weet|weten|kent|kennen|knows?|know) (?:\w+ ){0,2}wie (?:ik|wij|we) (?:ben|zijn|is)|${WHO_TOLD}|${NOTICED_AS_TELLER}|knows? (?:\w+ )?who (?:i am|we are)|(?:staat|staan|komt|komen) (?:\w+ ){0,3}politie (?:\w+ ){0,2}(?:(?:bij|aan|voor) (?:mijn|onze) (?:voordeur|deur|zaak|huis|winkel|salon|bedrijf)|bij (?:mij|ons) (?:aan|voor) de (?:voor)?deur)|police (?:\w+ ){0,2}(?:come|comes|show up|turn up|knock|be) (?:\w+ ){0,2}(?:to|at|on) (?:my|our) (?:door|house|home|shop|place|business)`;

/**
 * A doubt whether the case is what the writer takes it for, without naming it ("ik weet niet eens
 * zeker of het is wat ik denk", "not sure it is what I think it is", "of ik het wel goed zie"): beside
 * a question, whether it is exploitation is asked too.
 */
const WHAT_I_THINK = String.raw`(?:weet|weten|know|sure|zeker) (?:\w+ ){0,3}(?:of|if|whether|that|dat)? ?(?:het|dit|dat|it|this|that) (?:\w+ ){0,2}(?:is|was|are) (?:\w+ )?(?:wat|what) (?:ik|i|we|wij) (?:denk|think|dacht|thought|vermoed|suspect)|(?:of|if|whether) (?:ik|i) (?:het |dit |dat |it |this |that )?(?:wel |echt |really )?(?:goed|right|correctly) (?:zie|see|lees|read|interpret\w*|inschat|begrijp|understand)|(?:zie|lees|begrijp) (?:ik )?(?:het|dit|dat) (?:\w+ )?(?:verkeerd|fout)|reading too much into|(?:seeing|reading) (?:it|this|things|that) wrong`;

/** Being known as the one it came from ("is dan duidelijk dat het van ons kwam?", "will he see it came from us?"). */
const FROM_THE_WRITER = String.raw`dat (?:het|dit|dat|de melding|die melding|de tip|die tip|de klacht) (?:\w+ )?van (?:mij|ons|me) (?:komt|kwam|afkomstig)|(?:it|this|that|the (?:report|tip|complaint)) (?:\w+ )?(?:came|comes|come) from (?:me|us)`;

/**
 * Getting someone else into trouble by telling ("ik wil niemand onterecht in de problemen brengen",
 * "I don't want to get anyone in trouble for nothing", "ik wil niet dat zij er de dupe van wordt",
 * "she will pay for it"): what a report would bring that person.
 */
const INTO_TROUBLE = String.raw`in de (?:problemen|moeilijkheden|nesten) (?:\w+ )?(?:brengen|helpen|storten|werken)|(?:get|getting|put|putting) (?:anyone|anybody|someone|somebody|him|her|them|people|(?:the|those|these|that|this) \w+) (?:\w+ ){0,2}(?:in|into) trouble|(?:hij|zij|ze|die|hem|haar|hun) (?:er )?(?:niet )?de (?:dupe|klos) (?:van )?(?:\w+ )?(?:wordt|worden|is|zijn|werd)|(?:he|she|they) (?:will |would |could |might |may )?(?:not )?(?:suffer|pay) for (?:it|this|that)`;
const INTO_TROUBLE_CUE = cue(INTO_TROUBLE);

/**
 * Keeping one's living, said as a wish or a need ("ik wil wel mijn baan houden he", "we need this
 * work, really", "we hebben dit werk nodig"): what telling might cost, the job.
 */
export const LIVING_KEPT = String.raw`(?:mijn|m'n|mn|zijn|haar|onze|ons|hun|dit|deze|dat|het|die) (?:\w+ )?(?:baan|werk|job|inkomen) (?:\w+ ){0,2}(?:houden|behouden|nodig)\b|(?:need|needs|keep|keeping) (?:\w+ )?(?:my|our|his|her|their|this|the|that) (?:\w+ )?(?:job|jobs|work|income)\b`;

/**
 * Being seen as the one who told by the person told about ("ik wil nie dat ze boos op me wordt als
 * ik het doorvertel", "wil nie dat hij denkt ik ben een snitch", "she will be mad at me if I tell"):
 * the fear of being known as the teller, which the writers of the sets answer with staying anonymous.
 * (Someone else called a snitch, "dan is hij een verklikker", is what telling costs them.)
 */
const SEEN_AS_TELLER = String.raw`(?:ik|i|im|me|mij|myself) (?:\w+ ){0,2}(?:snitch\w*|verklikker\w*|klikspaan|verrader|nark)|(?:boos|kwaad|angry|mad|furious|pissed) (?:\w+ )?(?:op|at|with) (?:me|mij|ons|us) (?:\w+ ){0,3}(?:als|if|when|omdat|because|for)\b`;

/**
 * The person told about knowing that the writer told ("dan weet ze dat ik het heb verteld", "he will
 * know I reported him"): being known as the one who told (round 46).
 */
const KNOWN_TO_HAVE_TOLD = String.raw`(?:weet|weten|hoort|horen|ziet|zien|merkt|merken) (?:\w+ ){0,2}dat (?:ik|wij|we) (?:het |dit |dat |hem |haar |hen |ze )?(?:\w+ )?(?:heb|hebben|had|hadden) (?:\w+ )?(?:gemeld|verteld|gezegd|doorgegeven|gebeld|getipt|aangegeven|verraden|geklikt)\b|(?:know|knows|find out|finds out|found out|hear|hears) (?:\w+ )?(?:that )?(?:i|we) (?:\w+ )?(?:reported|told|called|tipped|snitched|talked)\b`;

/** Someone feared to tell the writer's or the person's family ("she is scared they will tell her parents"). */
const FAMILY_TOLD_FEARED = String.raw`(?:bang|doodsbang|afraid|scared|worried|terrified) (?:\w+ ){0,2}(?:dat |that )?(?:jullie|ze|zij|they|you|de politie|the police|de school|the school) (?:\w+ ){0,2}(?:tell|call|inform|contact|vertellen|vertelt|bellen|belt|inlichten|informeren) (?:\w+ )?(?:mijn|haar|zijn|hun|m'n|mn|my|her|his|their) (?:ouders|familie|moeder|vader|parents|family|mother|father|mum|mom|dad)\b`;

const STATED: Partial<Record<QuestionTopic, Cue>> = {
  // Someone else going through the phone: who can see this chat. The family must not know.
  // The word itself said beside a question ("Mag ik dat zomaar doorgeven? Privacy enzo."): that is what is asked.
  privacy: cue(
    String.raw`${FAMILY_MUST_NOT_KNOW}|${FAMILY_TOLD_FEARED}|privacy|avg|gdpr|(?:check\w*|controle\w*|kijk\w*|leest|lezen|reads?|look\w* (?:at|in|through)|go\w* through|doorzoek\w*) (?:\w+ ){0,2}(?:my|mijn|m'n|mn|his|her|zijn|haar) (?:phone|telefoon|mobiel|gsm|berichten|messages|chats?)`,
  ),
  // Going to the police as the condition of what is feared, anywhere in the sentence ("madam say if i
  // go to police i go to jail"): whether the police is a way for them.
  police: cue(
    String.raw`(?:wil|wilt|willen|durf|durft|durven|kan|kunnen) (?:\w+ ){0,2}(?:geen|niet) (?:\w+ ){0,2}politie|(?:afraid|scared) (?:\w+ ){0,2}(?:to go to|of) (?:the )?police|(?:can'?t|cannot|can not) go to (?:the )?police|geen politie|(?:don'?t|doesn'?t|do not|does not) want (?:\w+ ){0,2}(?:police|cops)|no police|(?:komt|komen|staat|staan) (?:er )?(?:dan )?(?:\w+ ){0,2}(?:met )?(?:de )?politie|(?:will|would) (?:the )?police come|police (?:will )?come|^(?:als|if|wat als|what if|stel) (?:\w+ ){0,4}(?:call\w*|bel\w*|go\w*|ga|gaat|gaan|naar) (?:\w+ ){0,2}(?:police|politie)|(?:als|if|when|wanneer) (?:ik|i|we|wij) (?:\w+ )?(?:call\w*|bel|bellen|go|going|ga|gaan|naar) (?:\w+ ){0,2}(?:police|politie)|${POLICE_VERB_LAST}|(?:police|politie) (?:\w+ ){0,2}(?:will|would|gaat|zal|gaan|zullen)? ?(?:take|put|arrest|lock up|pakt|pakken|oppakken|opsluiten|meenemen|opgesloten|arresteren) (?:\w+ )?(?:me|mij|us|ons)`,
  ),
  consequences: cue(
    String.raw`${INTO_TROUBLE}|${LIVING_KEPT}|${TROUBLE_WITH_THOSE_I_DEPEND_ON}|${FROM_THOSE_I_DEPEND_ON}|${FEARED_OUTCOME}|${LIVELIHOOD_LOST}|${WORSE_FOR}|${OWN_LOST}|${SEEN_AS_OFFENDER}|(?:wil|wilt) (?:\w+ )?(?:mijn|zijn|haar|onze|hun) (?:\w+ )?(?:baan|werk|huis|kamer|vergunning|verblijfsvergunning|uitkering) (?:\w+ ){0,2}niet kwijt\w*|(?:rather not|don'?t want to|do not want to) (?:get |be )?(?:fired|sacked|deported|arrested|lose (?:my|his|her|our|their) (?:job|work|house|room|visa|permit))|(?:hun|zijn|haar|mijn|m'n|ons|onze) (?:werk|baan|huis|kamer|vergunning|uitkering) kwijt|(?:lose|losing) (?:their|his|her|my|our) (?:job|work|house|room|permit|visa)|(?:als|if|when|wanneer) (?:\w+ ){0,3}(?:erachter komen|achter komen|find out|finds out|hoort|horen|weet|weten|knows?) (?:\w+ ){0,2}(?:dat |that )?(?:ik|i|we|wij)|blacklist\w*|zwarte lijst|(?:can|could|will|would|might) (?:\w+ )?fire (?:me|us|him|her|them)|(?:kan|kunnen|zal|zullen|gaat|gaan) (?:me|mij|ons|hem|haar) (?:\w+ )?(?:ontslaan|eruit gooien|eruit zetten)|(?:i|we|ik|wij|he|she|hij|zij|ze) (?:\w+ )?(?:have|has|heb|hebben|heeft) (?:\w+ )?(?:no|geen) (?:\w+ )?(?:visa|visum|papers|papieren|verblijfsvergunning|permit|contract|documents)|(?:my|mijn|his|her|zijn|haar|our|onze) (?:visa|visum|permit|vergunning|verblijfsvergunning|papers|papieren|contract) (?:is |was |zijn |are )?(?:\w+ )?(?:finish\w*|expired|verlopen|afgelopen|over|gone|ended|weg)|(?:\w*bang|afraid|scared|terrified) (?:\w+ ){0,2}(?:voor|of|om) (?:\w+ ){0,2}(?:uitzetting|uitgezet|deportation|deported|ontslag|ontslagen|fired|opgepakt|arrested|jail|prison|cel|gevangenis)|(?:mijn|my) (?:werkgever|baas|chef|employer|boss|manager|leidinggevende) (?:\w+ ){0,2}(?:vermoordt|vermoord|kills?|will kill|ontslaat|fires|will fire)|(?:er|daar|hier) (?:\w+ )?last van (?:krijgt|krijgen|heeft|hebben)|(?:ik|wij|we|hij|zij|ze|i|he|she|they|us) (?:\w+ )?(?:problemen|problem|trouble)|(?:^|wil|wilt|willen) (?:\w+ )?geen (?:\w+ )?(?:problemen|gedoe|moeilijkheden) (?:\w+ )?(?:krijgen|hebben)|(?:wil|wilt|willen) (?:\w+ )?geen (?:\w+ )?(?:tuchtklacht|klacht|aangifte) (?:\w+ ){0,3}(?:krijgen|hebben|broek)|(?:don'?t|do not|doesn'?t|does not) want (?:\w+ ){0,3}(?:trouble|problems)|(?:werk|baan|job) weg|is problem for|(?:we|i|ik|wij) (?:must|moet|moeten) (?:\w+ ){0,2}(?:pay|betalen)|(?:must|moet|moeten) (?:we|i|ik|wij) (?:\w+ ){0,2}(?:pay|betalen)|(?:uitgegooid|ontslagen|opgepakt|uitgezet) (?:\w+ )?(?:worden|wordt)|op straat (?:komen te )?staan`,
  ),
  is_it_trafficking: cue(
    String.raw`(?:vraag (?:me|mij|ik me) (?:\w+ )?af|i wonder|ik twijfel|not sure) (?:\w+ ){0,3}(?:of|if|whether) (?:\w+ ){0,4}(?:uitbuiting|mensenhandel|kinderarbeid|trafficking|exploitation|child labour|loverboy|grooming)|${WHAT_I_THINK}|misschien (?:is het|is dit|zie ik) (?:\w+ )?(?:gewoon|spoken)|maybe (?:it'?s|it is|this is) (?:\w+ )?(?:just|nothing)`,
  ),
  anonymity: cue(
    String.raw`(?:weet|weten|hoort|horen|ziet|zien|merkt|merken|know|knows|find out|finds out|see|sees) (?:\w+ ){0,2}(?:dat (?:ik|wij|we) (?:het )?(?:was|ben|waren)|dat het (?:\w+ ){0,3}(?:was|is)|(?:that )?it was (?:me|us))|it was me|dat ik het was|${FROM_THE_WRITER}|${SEEN_AS_TELLER}|${FINDS_OUT_SPLIT}|${KNOWN_TO_HAVE_TOLD}|${KNOWN_AS_THE_ONE}|met (?:mijn |zijn |haar )?naam en (?:alles|toenaam)|(?:zeggen|vertellen) (?:ze|zij|jullie) (?:dan )?(?:\w+ )?wie (?:het )?(?:gemeld|verteld|gezegd)|wie het gemeld heeft|who (?:reported|told) (?:it|them|him|her)|(?:erachter komen|merken|horen) dat (?:ik|wij|we)|find out (?:that )?(?:i|we) (?:reported|told|went)|never (?:\w+ ){0,2}forgive me|(?:me|mij) (?:\w+ ){0,2}nooit (?:meer )?vergeven|vergeeft (?:\w+ )?(?:me|mij) nooit`,
  ),
};

/**
 * Why being known would cost the writer, said beside a question about staying anonymous: their name
 * where the other side sees it ("mijn bedrijfsnaam staat op de factuur"), people not to be trifled
 * with ("met die gasten valt niet te spotten", "ik wil geen ruit eruit"), revenge, living next door.
 * The writers of the conversation sets ask both answers of such a message: anonymity and what
 * telling may bring.
 */
const RETALIATION = cue(
  String.raw`(?:mijn|my|onze|our) (?:\w+ )?(?:naam|bedrijfsnaam|adres|nummer|kenteken|name|address|number|company name) (?:\w+ ){0,3}(?:staat|stands|is|zit|are) (?:\w+ )?(?:op|on|in)|valt niet te spotten|(?:ruit|ruiten|raam|ramen) (?:\w+ )?(?:eruit|ingegooid|in gooien|kapot)|(?:stenen|steen|brick|rock) (?:\w+ )?(?:door|through)|wraak|revenge|get back at (?:me|us)|${SEEN_AS_TELLER}|(?:weten|weet|kennen|kent|know|knows) (?:\w+ )?(?:precies|exactly|heus|best|wel) wie|(?:gevaarlijke|dangerous) (?:gasten|mannen|types|mensen|people|men|guys)|(?:ik|wij|we|i) (?:\w+ )?(?:woon|wonen|live) (?:\w+ )?(?:naast|next to|next door|tegenover|across from)`,
);

/** Whether the message says what being known as the one who told would cost the writer (see RETALIATION). */
export function retaliationFeared(text: string): boolean {
  return sentencesOf(text).some((s) => RETALIATION.test(s));
}

/**
 * Doubting whether one is in the right place ("ik weet niet of ik hier goed zit", "zit ik hier wel
 * goed?", "is dit de juiste chat?", "am I in the right place?"): the writer's own place in this chat,
 * not the case ("of dat hier hoort" asks whether the case is for us, see is_it_trafficking).
 */
const RIGHT_PLACE = cue(
  String.raw`(?:zit|ben) (?:ik|je) (?:hier |nu |wel |dan |eigenlijk )*(?:goed|juist|fout|verkeerd)(?: bij (?:jullie|u))?$|(?:zit|ben) (?:ik|je) (?:hier |nu |wel |dan |eigenlijk )*(?:goed|juist|fout|verkeerd) (?:hier|bij (?:jullie|u))|ik (?:\w+ )?hier (?:\w+ )?(?:goed|juist|fout|verkeerd) (?:zit|ben)|ik (?:zit|ben) (?:\w+ )?hier (?:\w+ )?(?:goed|juist|fout|verkeerd)|(?:hoor ik|ik) (?:\w+ )?hier (?:\w+ )?(?:thuis)?hoor$|(?:aan het|op de|is dit de|is dit het|in de|is this the|in the|at the) (?:juiste|goede|verkeerde|right|wrong|correct) (?:adres|plek|plaats|chat|kanaal|place|site|website|address|chat)|do i belong here|(?:am|are) (?:i|we) (?:\w+ )?(?:in the (?:right|wrong)|at the (?:right|wrong)) `,
);

/** Whether a sentence of the message doubts that the writer is in the right place. */
export function doubtsThePlace(text: string): boolean {
  return sentencesOf(text).some((s) => RIGHT_PLACE.test(s));
}

/**
 * Telling someone as the condition of what is asked ("als ik Veilig Thuis bel, halen ze haar dan
 * weg?", "if we report it, does she get sent home?", "anoniem melden dus. gaan die jongens dan de
 * cel in?", the helpline coming to know of it: "gebeurt dat als jullie dit weten?"): what follows
 * from it for a person is also what happens after a report.
 */
const REPORT_CONDITION = cue(
  String.raw`(?:als|wanneer|if|when|once|after|nadat|zodra) (?:\w+ ){0,3}(?:meld\w*|report\w*|aangifte|aangeven|bel|belt|bellen|call|calls|tell|tells|vertel\w*|praat|praten|talk|talks)|(?:als|wanneer|if|when|once) (?:jullie|u|you|veilig thuis) (?:\w+ ){0,2}(?:dit|dat|het|this|that|it|ervan|about (?:it|this)) (?:\w+ )?(?:weten|horen|hoort|know|hear)|(?:melden|melding|aangifte|report|reported|reporting) (?:\w+ ){0,2}(?:dus|dan|then)?$|^(?:\w+ )?(?:anoniem )?melden dus`,
);

/** Whether a sentence that asks, or the sentence before it, sets telling someone as its condition. */
export function askedUnderReport(text: string): boolean {
  const sentences = text.split(/(?<=[?¿؟.!\n])/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.some(
    (sentence, i) =>
      asksSomething(sentence) &&
      (REPORT_CONDITION.test(plainWords(sentence)) || (i > 0 && REPORT_CONDITION.test(plainWords(sentences[i - 1]!)))),
  );
}

/** A message that asks, or one that opens with a condition ("if my brother calls the police…"). */
// Also after a word that links it to what was said before ("maar als ik 112 bel dan weet ze…", "and if I tell…").
const CONDITION_FIRST = cue(String.raw`^(?:(?:maar|en|dus|of|oke|ok|but|and|so|or) )?(?:als|stel|wat als|if|what if|when)`);

/**
 * The topics of worries stated beside a question in a Dutch or English message (see STATED);
 * `asked`: the question reader found a question in it already.
 */
export function statedWorries(text: string, asked = false): QuestionTopic[] {
  const plain = plainWords(text);
  if (!asked && !asksSomething(text) && !CONDITION_FIRST.test(plain)) return [];
  // Each sentence on its own: plain words lose the full stops, and a shape read across two
  // sentences ("…of dat hier hoort. Hij zegt dat het werk is") is a worry nobody stated.
  const sentences = sentencesOf(text);
  return (Object.keys(STATED) as QuestionTopic[]).filter((topic) => sentences.some((s) => STATED[topic]!.test(s)));
}

/**
 * What the police do with the people of the story ("wat doet de politie met zulke kinderen als ze ze
 * pakken?", "what will the police do with those girls?"): whether they are punished or sent away, a
 * consequence for them; the model reads only the police in it.
 */
const POLICE_DEAL_WITH = cue(
  String.raw`wat (?:doet|doen|gaat|gaan) (?:de )?(?:politie|agenten|justitie|jullie|ze|zij) (?:\w+ ){0,2}met (?:zulke|zo'n|die|deze|de|dat|dit|haar|hem|hen|ze|hun|mijn|mn)|what (?:do|does|will|would|are) (?:the )?(?:police|cops|they|you) (?:\w+ ){0,2}(?:do|doing|going to do) with (?:her|him|them|the|those|these|such|that|this|my)\b`,
);

/** Whether a sentence that asks is what the police do with the people of the story (POLICE_DEAL_WITH). */
export function policeDealingAsked(text: string): boolean {
  return askingSentences(text).some((s) => POLICE_DEAL_WITH.test(plainWords(s)));
}

/** A fear said as what may befall someone ("ik ben bang dat ze uit huis geplaatst wordt", "I'm scared they'll send him back"). */
const OUTCOME_FEARED = cue(
  String.raw`(?:bang|doodsbang|angst|vrees|vrezen|afraid|scared|frightened|fear|worried) (?:\w+ ){0,2}(?:dat|that|they'?ll|they will|she'?ll|he'?ll|she will|he will)`,
);
/** A question pointing back at it: "gebeurt dat als jullie dit weten?", "will that happen if I report?". */
const THAT_HAPPENS = cue(
  String.raw`^(?:(?:en|and|maar|but|dus|so) )?(?:gebeurt (?:dat|dit|zoiets)|gaat (?:dat|dit) (?:\w+ )?gebeuren|kan (?:dat|dit|zoiets) (?:\w+ )?gebeuren|(?:will|would|could|does|can) (?:that|this) (?:\w+ )?happen|is that what happens)`,
);

/** Whether the message fears an outcome and asks whether it happens ("… bang dat ze uit ons gezin gehaald wordt. Gebeurt dat als jullie dit weten?"). */
export function fearedOutcomeAsked(text: string): boolean {
  return OUTCOME_FEARED.test(plainWords(text)) && askingSentences(text).some((s) => THAT_HAPPENS.test(plainWords(s)));
}

/** "is that illegal?", "is dit illegaal?": whether what is done is against the law (a judgement of the case). */
const WHETHER_ILLEGAL = cue(
  String.raw`(?:is|are|was) (?:this|that|it|dit|dat|het|what (?:he|she|they) (?:does|do|did)|wat (?:hij|zij|ze) doet|wat (?:hij|zij|ze) doen) (?:\w+ )?(?:illegal|illegaal)`,
);

/** The plain words of a sentence without a "whether it is illegal" (WHETHER_ILLEGAL): what is left may still name a stay. */
export function withoutWhetherIllegal(plain: string): string {
  return WHETHER_ILLEGAL.replace(plain, ' ');
}

/** Whether a sentence that asks is whether what is done is illegal ("is that illegal?", "is dit illegaal wat hij doet?"). */
export function whetherIllegalAsked(text: string): boolean {
  return askingSentences(text).some((s) => WHETHER_ILLEGAL.test(plainWords(s)));
}

/** The outcome feared befalls someone else: "bang dat ze uit ons gezin gehaald wordt", "afraid that they'll send him back". */
const FEARED_FOR_ANOTHER = cue(
  String.raw`(?:bang|doodsbang|vrees|afraid|scared|frightened|worried) (?:\w+ ){0,2}(?:dat|that) (?:ze|zij|hij|she|he|(?:mijn|m'n|mn|my|haar|zijn|her|his|onze|our|de|die|the) \w+)|(?:afraid|scared|worried) (?:that )?(?:she'?ll|he'?ll|she will|he will)`,
);

/** Whether an outcome feared and asked about (fearedOutcomeAsked) befalls someone else: the answer speaks of them. */
export function fearedOutcomeOfSomeoneElse(text: string): boolean {
  return fearedOutcomeAsked(text) && FEARED_FOR_ANOTHER.test(plainWords(text));
}
