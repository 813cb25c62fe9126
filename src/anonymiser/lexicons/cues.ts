/** Words that announce a name: titles, relations and phrases such as "ik heet". Folded forms. */
import { fold } from '../text';

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

/** After a title the next word is a name even in lower case ("mevrouw jansen"). */
export const TITLES: ReadonlySet<string> = new Set(
  words(`mevrouw mevr mw meneer mnr dhr heer mr mrs ms miss dr drs ir ing prof juf juffrouw meester mister
  madam sir fam`),
);

/** After a relation a capitalised word or a known first name is a name ("mijn buurvrouw Sanne"). */
export const RELATIONS: ReadonlySet<string> = new Set(
  words(`buurvrouw buurman buurmeisje buurjongen vriend vriendin vriendje vriendinnetje zus zusje broer
  broertje dochter zoon nicht nichtje neef neefje tante oom opa oma moeder vader stiefvader stiefmoeder
  stiefbroer stiefzus schoonzus zwager schoonmoeder schoonvader collega baas chef leidinggevende
  voorman ploegleider klasgenoot klasgenote mentor docent leraar lerares partner ex loverboy
  pooier huisbaas eigenaar leerling client patient kleindochter kleinzoon kind ene familie gezin
  zuster broeder pastor pastoor pater imam dominee mama contact contactpersoon melder cliente bewoner bewoonster
  huurder verhuurder werkgever uitbuiter eigenaresse chauffeur
  bestuurder directeur directrice teamleider beheerder opzichter ronselaar tussenpersoon bemiddelaar
  hulp huishoudster werkster schoonmaakster oppas begeleider begeleidster voogd trainer coach`),
);

/**
 * Relations in the chat's other languages, folded (Polish, Romanian, Bulgarian, Ukrainian, Russian,
 * Turkish, Spanish, Portuguese, French, German, Italian, Czech and Slovak, Hungarian, Lithuanian,
 * Albanian, Vietnamese forms of address): a capitalised word after them is a name.
 */
export const FOREIGN_RELATIONS: ReadonlySet<string> = new Set(
  words(`siostra brat corka syn kolezanka kolega szef szefowa mama tata zona maz przyjaciolka przyjaciel
    sora fratele fiica fiul colega colegul seful sefa tata sotia sotul prietena prietenul
    сестра брат дъщеря син приятелка приятел шеф шефът шефа мама майка баща съпруга съпруг колега
    сестра брат дочка син подруга друг чоловік чоловiк дружина мати батько бос шеф колега
    сестра брат дочь сын подруга друг муж жена мать отец начальник
    ablam abim kizim oglum arkadasim patronum annem babam kocam karim
    patron patronul patronka patrona szefem szefa patronem kierownik brygadzista sefului
    jefe jefa patrón patrona hermana hermano prima primo tía tío amiga amigo novio novia esposo esposa marido encargado
    patrão chefe irmã irmão filha filho tia tio namorado namorada
    soeur frère cousine cousin oncle copain copine
    schwester bruder tochter onkel freundin freund vorarbeiter
    padrone sorella fratello cugina cugino zio zia
    šéf šéfka sestra bratr kamarád kamarátka
    főnök nővérem öcsém bátyám húgom barátom barátnőm
    viršininkas sesuo brolis
    shefi motra vëllai
    ông bà anh chị chú bác cô`).map((w) => fold(w)),
);

/** English relations: English verbs are too often lower-case names' look-alikes ("the boss took"). */
export const ENGLISH_RELATIONS: ReadonlySet<string> = new Set(
  words(`boyfriend girlfriend neighbour neighbor friend sister brother daughter son cousin aunt uncle boss
  colleague husband wife mother father mum mom dad landlord pimp classmate teacher student manager
  supervisor niece nephew grandma grandpa stepfather stepmother family employer recruiter`),
);

/**
 * Phrases after which the next word is taken as a name even in lower case, in the chat's languages:
 * "heet", "noemt zich", "my name is", "se numește", "nazywa się", "казва се", "звати", "adı", "se llama", "meu nome é".
 * Not after a business's compound kind word ("het uitzendbureau heet snelwerk": the business's name).
 * Global: the detector records where each one ends. After a thing as subject ("dat heet meldrecht",
 * "this is called the Meldcode") the word names a thing, not a person.
 */
export const STRONG_NAME_CUE =
  /(?<![\p{L}])(?<!(?<![\p{L}])(?:dat|dit|het|this|that|it|which)\s+(?:is\s+|was\s+|wordt\s+)?)(?<!\p{L}(?:bureau|bedrijf|bedrijfje|firma|zaak|winkel|salon|studio|kwekerij|fabriek)\s+)(?:heet|heette|heten|genaamd|genoemd|(?:kent|kennen|kende|kenden|ken)\s+(?:hem|haar|ze|hen)\s+als|bekend\s+als|known\s+as|aka|a\.k\.a\.|alias|noemt\s+zich(?:zelf)?|noemde\s+zich(?:zelf)?|noem(?:t|en|de|den)?\s+(?:(?:ze|zij|we|wij|jullie|ik|je)\s+)?(?:hem|haar|ze|zich|hij|zij)(?:zelf)?|(?:naam|name)\s+(?:on|op|aan|bij)\s+(?:the|de|het|hun|their)\s+(?:door|front\s+door|deur|voordeur|bel|deurbel|doorbell|brievenbus|mailbox|letterbox|huurcontract|contract|lease)\s+(?:is|was|says|zegt)|naam\s+is|naam\s*:|(?:echte|volledige|eigen|real|full)\s+(?:naam|name)|(?<=(?:^|[,;(/|\n])\s{0,2})naam|roepnaam|bijnaam(?:\s+is)?|(?:my|her|his|their)\s+name\s+is|(?:mijn|my)\s+(?:naam|name)(?!\s+(?:is|was|staat|stond|niet|not|geven|noemen|zeggen|give|say|tell)(?![\p{L}]))|name\s+is|name's|named|called|goes\s+by|call\s+(?:him|her|me)|calls?(?=\s+(?:himself|herself|themselves)(?![\p{L}]))|(?:call|bel)(?=\s+\p{L}+\s+(?:on|at|op)\s+[+(\d])|noem(?:en)?\s+(?:me|mij)|(?:smiti|smito|smitha|smitou|esmi|smiya)|se\s+nume(?:ș|s|ş)te|numele\s+(?:lui|ei|meu)\s+(?:este|e)|(?:nazywa|nazywam)\s+się|ma\s+na\s+imię|mam\s+na\s+imię|(?:се\s+)?казва(?:м)?\s+се|името\s+(?:му|ѝ|и|ми)\s+е|(?:мене|його|її|тебе)\s+звати|звуть|зовут|ad[ıi]|ismi|(?:se|me)\s+llama|s'appelle|m'appelle|hei(?:ß|ss)t|hei(?:ß|ss)e|(?:meu|seu|o)\s+nome\s+(?:é|e)|nome\s+(?:dele|dela)\s+(?:é|e)|(?:me|se)\s+chamo|chamo-me|(?:mi|su)\s+nombre\s+es|mi\s+chiamo)\s*:?\s+(?:(?:ze|hij|zij|die|eigenlijk|gewoon|volgens\s+mij|echt|is|ook|also|alleen|altijd|meestal|only|always|usually)\s+){0,2}/giu;

/**
 * Phrases that give a nickname or a name after a subject, run apart from `STRONG_NAME_CUE` (its first
 * words, "vraag", "onder", "ask", are common): "volgens mij heet de pooier osas", "ze noemen die gast
 * Kapitein", "iedereen zegt K-Dog", "wszyscy mowia GJ", "vraag naar Dido", "gebruikt ook de naam
 * B-Money". Global.
 */
export const MORE_NAME_CUE = new RegExp(
  `(?<![\\p{L}])(?:${[
    "(?:heet|heette)\\s+(?:de|die|haar|zijn|mijn|hun|d'r|z'n)\\s+(?:pooier|baas|man|vrouw|jongen|meisje|meid|gast|eigenaar|eigenares|chef|madam|vriend|vriendin|loverboy|broer|zus|dochter|zoon|buurman|buurvrouw|collega|chauffeur|werkgever|huisbaas|ronselaar)",
    '(?:noem|noemt|noemen|noemde|noemden)\\s+(?:die|deze|de)\\s+(?:gast|man|vrouw|jongen|meid|meisje|kerel|gozer|vent|baas|chef)',
    '(?:iedereen|everyone|everybody|wszyscy|ludzie|toată\\s+lumea|всички|всі|все)\\s+(?:zegt|zeggen|noemt|noemen|calls?|says|mowia|mówią|mowi|mówi|spune|spun|казват|кажуть|говорят|звуть|зовут)(?:\\s+(?:na\\s+(?:mnie|niego|nią|nia)|tegen\\s+(?:hem|haar|mij)|him|her|me))?',
    '(?:mowia|mówią|mowi|mówi)\\s+na\\s+(?:mnie|niego|nią|nia)',
    '(?:vraag|vragen|vroeg|ask|asked|asking)\\s+(?:naar|for)',
    '(?:gebruikt|gebruikte|gebruiken|onder|uses|used|under)\\s+(?:ook\\s+|also\\s+)?(?:de|een\\s+andere|the|another)\\s+(?:naam|name)',
    // "ik ken de jongen alleen als Sjonnie", "we know him only as Bobo": known by a name, a few words after the verb.
    "(?:ken|kent|kennen|kende|kenden|know|knew|knows)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:alleen|maar|only|just)?\\s*(?:als|as)",
  ].join('|')})\\s*:?\\s+(?:(?:ze|hij|zij|die|eigenlijk|gewoon|volgens\\s+mij|echt|is)\\s+){0,2}`,
  'giu',
);

/** Phrases after which a capitalised word or known first name is a name ("ik ben Fatima"). Global. */
export const WEAK_NAME_CUE =
  /(?<![\p{L}])(?:ik\s+ben|i'm|i\s+am|this\s+is|dit\s+is|zeg\s+maar|hallo|hoi|hi|hey|hee|beste|lieve|namens|groetjes|groeten|gr|mvg|kus|kusjes|liefs|xoxo|met\s+vriendelijke\s+groet|dank\s+je(?:\s+wel)?|dankjewel|dank\s+u(?:\s+wel)?|thank\s+you|bedankt|thanks|jestem|sunt|аз\s+съм|я|dzięki|dzieki|dziękuję|dziekuje|mulțumesc|multumesc|mersi|merci|danke|gracias|дякую|спасибо|благодаря)\s*[,:]?\s+/giu;

/** A name before the verb in a Dutch subordinate clause: "een jongen die mo heet", "ze zegt dat ze sara heet". */
export const NAME_BEFORE_VERB =
  /\b(?:die|dat|wie|iemand)\s+(?:(?:ze|zij|hij|ie)\s+)?([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+(?:heet|heette|genoemd\s+wordt|wordt\s+genoemd)\b/giu;

/** A nickname a person gives themself, before the verb: "laat zich Big Sam noemen", "die zich Prince noemt". */
export const NAME_BEFORE_NAMING =
  /\bzich(?:zelf)?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:(?:laat|laten|liet)\s+)?(?:noemen|noemt|noemde|noemden)\b/gu;
