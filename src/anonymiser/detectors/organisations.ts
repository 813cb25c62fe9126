/**
 * Organisations as quasi-identifiers: employers, agencies, schools, clubs. Found by a legal form
 * ("BV", "Sp. z o.o."), a kind-of-business word before or after a capitalised name ("Kwekerij
 * Verhoef", "Da Vinci College"), a capitalised compound ending in "school", a cue such as
 * "werkt bij", or a short list of large employers.
 */
import { FUNCTION_WORDS, NON_PII_PROPER } from '../lexicons/commonWords';
import { FIRST_NAMES, SURNAMES, isDictionaryWord, isFunctionWord, isOrdinaryWord } from '../lexicons/wordLists';
import { allMatches, fold, mentionsAny, splitOnSpaces, tokenize, testText } from '../text';
import { CAPITAL_THEN_CAPITAL_OR_DOT, LOWER_BEFORE_DIGIT, QUOTE, hasAny } from '../textShape';
import { tokenTable, WordClasses, type TokenTable } from '../tokenTable';
import { capitalsAreNoise } from './names';
import { isPlaceName } from './places';
import type { Candidate, Token } from '../types';

const NAME_WORD = "(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*|&|en|and|de|het|van|der|den|des|'t|of|voor|for|by)(?![\\p{L}\\d])";
const CAP_SEQ = `[\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?:\\s+${NAME_WORD}){0,4}`;
const LEGAL_FORM =
  '(?:B\\.\\s?V\\.?|BV|bv|b\\.v\\.|N\\.V\\.?|NV|V\\.O\\.F\\.?|VOF|vof|Holding|GmbH|AG|UG|KG|e\\.K\\.|Ltd\\.?|LLC|Inc\\.?|[Ss]p\\.\\s?z\\s?o\\.\\s?o\\.?|[Ss]p\\.\\s?[jk]\\.|S\\.R\\.L\\.?|SRL|S\\.A\\.|SA|EOOD|OOD|ЕООД|ООД|ТОВ|Kft\\.?|Bt\\.?|Zrt\\.?|s\\.r\\.o\\.|a\\.s\\.|UAB|OÜ|SIA|d\\.o\\.o\\.|Lda\\.?|S\\.L\\.|SARL|S\\.A\\.R\\.L\\.|BVBA|bvba|VZW|vzw|ApS|(?:&|en)\\s+(?:Zonen|Zn\\.?|Co\\.?|Partners|Sons|Söhne))';
const KIND_BEFORE =
  'wijkteam|buurtteam|maatschap|coöperatie|cooperatie|uitzender|limpieza|limpiezas|empresa|agence|kapper|kapperszaak|barbier|zaak|winkeltje|shop|store|pakhuis|koelhuis|veiling|loods|VV|SV|RKSV|RKVV|FC|SC|AFC|HSV|CSV|voetbalvereniging|sportvereniging|agentia|agenția|firma|uitzendbureau|bureau|bedrijf|stichting|kwekerij|tuinderij|tuinbouwbedrijf|slachterij|vleesbedrijf|vleesverwerker|distributiecentrum|fabriek|restaurant|hotel|cafe|café|snackbar|cafetaria|frituur|eetcafé|eetcafe|ijssalon|nagelstudio|nailstudio|nagelsalon|salon|kapsalon|massagesalon|carwash|wasstraat|schoonmaakbedrijf|transportbedrijf|bouwbedrijf|camping|club|sportclub|voetbalclub|vereniging|basisschool|school|ROC|MBO|OBS|CBS|PCBS|RKBS|IKC|roc|mbo|obs|cbs|pcbs|rkbs|ikc|CSG|csg|RSG|rsg|OSG|osg|ISK|isk|AZC|azc|kas|hogeschool|universiteit|supermarkt|winkel|agency|company|factory|farm|recruitment|werkgever|uitzendorganisatie|detacheerder|pizzeria|lounge|shishalounge|bar|spa|bakkerij|slagerij|kebabzaak|barbershop|lunchroom|bistro|brasserie|hostel|motel|garage|boerderij|tuincentrum|studio|beautysalon|sauna|privehuis|privéhuis|escortbureau|koeriersdienst|pakketdienst|schoonmaakdienst|cleaning|bouwbedrijfje|rederij|moskee|mosque|church|wellness|pluktuin|zorgbemiddeling|reisbureau|thuiszorg|zorgbureau|escortbureau|modellenbureau|kledingwinkel|belwinkel|telefoonwinkel|toko|ziekenhuis|kliniek|huisartsenpraktijk|praktijk|apotheek|tandartspraktijk|zorginstelling|verpleeghuis|woonzorgcentrum|agencja|agencji|agencje|agencją|agencia|agentur|firmy|firmie|firma|compania|firmă|фирма|фірма|агенция|агенція|компания|компанія|company|kebab|shoarma|grillroom|woningcorporatie|corporatie|woningbouwvereniging|drogisterij|tankstation|recreatiepark|vakantiepark|bungalowpark|sportschool|slijterij|nachtwinkel|avondwinkel|bloemist|groenteboer|fietsenmaker|autobedrijf|autogarage|wasserette|stomerij|kinderdagverblijf|kinderopvang|zorgboerderij|pension|manege|strandpaviljoen|paviljoen|strandtent|champignonkwekerij|benzinepomp|pompstation|fundacja|fundacji|fundacją|fundația|fundatia|fondation|fundación|fundacion|stiftung|foundation|magazin|magazinul|sklep|étterem|cég|restauracja|restoran|şirket|ферма|фермата|ферми|фабрика|фабриката|завод|ферму|фермі';
const KIND_AFTER =
  'Partners|Payroll|Agency|Agencja|Agentie|Agenția|Company|Industries|Personnel|Staff|Jobs|Job|Work|Works|College|Lyceum|Gymnasium|Academie|Scholengemeenschap|School|Uitzendbureau|Uitzendgroep|Uitzendorganisatie|Personeelsdiensten|Staffing|Logistics|Logistiek|Transport|Services|Service|Solutions|Group|Groep|Flex|Cleaning|Schoonmaak|Bouw|Kwekerij|Nails|Carwash|Tuinbouw|Agri|Agro|Recruitment|Detachering|Import|Export|Trading|Farms|Farm|Foods|Food|Vastgoed|Beheer|Holding|Bemiddeling|Workforce|Personeel|Uitzendkrachten|Plant|Plants|Fresh|Massage|Grill|Spa|Beauty|Shop|Market|Pizzeria|Kebab|Döner|Doner|Bakery|Store|Garage|Catering|Security|Handel|Express|Logistik|Bau|Reinigung|Barbershop|Barber|Kapsalon|Shoarma|Snackbar|Lunchroom|Bistro|Brasserie|Hotel|Hostel|Motel|Restaurant|Salon|Studio|Nagelstudio|Wellness|Autoservice|Autobedrijf|Bloemen|Flowers|Tuinbouw|Champignons|Growers|Vegetables|Meat|Vlees|Poultry|Pluimvee|Sushi|Wok|Thai|Noodles|Kitchen|Keuken|Lounge|Events|Placement|Placements|Overseas|Facilitair|Facility|Reizen|Travel|Tours|Imports|Renovatie|Renovaties|Detailing|Housing|Zorg|Thuiszorg|Church|Ministries|Ministry|Moskee|Mosque|Verhuur|Rental|Rentals|Techniek|Installaties|Onderhoud|Montage|Productions|Entertainment|Modeling|Models|Escort|Staffing|Recruiters|Consultancy|Consulting|Projects|Projecten|MC|UMC|Ziekenhuis|Kliniek|Zorggroep|Praktijk|Apotheek|Zorg|Welzijn|Opvang|Verpakking|Verpakkingen|Teelt|Tuinderij|Kwekerijen|Advocaten|Notarissen|Accountants|Makelaardij|Hoveniers|Loonbedrijf|Uitzendservice|Taxi|Taxicentrale|Limpiezas|Limpieza|Verwerking|Recycling|Vleeswaren|Praca|Grillroom|Grillhouse|Steakhouse|Asperges|Aardbeien|Tomaten|Paprika|Fruit|Groenten|Groente|Bloembollen|Houderij|Audits|Audit|Keuringen|Foundation|Magazin|Sklep|Club|Nightclub|Bar|Sauna|Casino|University|Universiteit|Academy|Institute|Instituut|Mavo|Havo|Vmbo|Distributie|Distribution|Wonen|Woningen|Makelaardij|Makelaars';

/**
 * Kind words (round 51) whose business is named in capitals only: a greenhouse ("kas Van der Lugt"), a
 * reception centre ("azc Heidezicht") and school boards' abbreviations ("csg Reggedal", "obs De Klimop").
 * In lower case after them are the sentence's words ("in de kas staan"), and a town after "azc" is the
 * place the centre stands in ("azc Budel"), which stays a place.
 */
const CAPITALISED_NAME_KINDS: ReadonlySet<string> = new Set('kas azc csg rsg osg isk obs cbs pcbs rkbs ikc'.split(' '));

/** "uitzendbureau" → "[Uu]itzendbureau": case-insensitive first letter without the `i` flag, which would make \p{Lu} match lower case too. */
function anyCaseStart(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

// "kenteken BV-JN-42": a legal form joined by a dash to letters or digits is the start of a code.
const WITH_LEGAL_FORM = new RegExp(
  `(?<![\\p{L}\\d])(?:${CAP_SEQ}|[\\p{Ll}\\d][\\p{L}\\d&-]*)\\s+${LEGAL_FORM}(?![\\p{L}\\d])(?!\\s+\\d|-[\\p{L}\\d])`,
  'gu',
);
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:${anyCaseStart(KIND_BEFORE)})\\s+\\(?(?:(?:de|het|'t|van|van de|van het)\\s+)?${CAP_SEQ}`,
  'gu',
);
/**
 * "heeft een bedrijf, AK Flexwerk, en …": two or more capitalised words set off by a comma after a kind
 * word; a small joining word may stand between them ("een nagelsalon, Nails by Joy").
 */
const KIND_COMMA_NAME = new RegExp(
  `(?<![\\p{L}])(?:${anyCaseStart(KIND_BEFORE)}),\\s+([\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?:\\s+(?:(?:&|by|of|en|and|de|van)\\s+)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){1,3})`,
  'gu',
);
const KIND_THEN_LOWER = new RegExp(
  `(?<![\\p{L}])(?:${anyCaseStart('uitzendbureau|bureau|bedrijf|firma|stichting|kwekerij|werkgever')})\\s+(?:heet\\s+([\\p{Ll}\\d][\\p{L}\\d_&-]{2,})|([\\p{Ll}]*\\d[\\p{L}\\d_&-]*))`,
  'gu',
);
/** A business named after a compound kind word: "shoarmazaak Sultan Grill", "massagesalon, Lotus Thai Massage". */
const COMPOUND_KIND =
  '(?:zaak|salon|studio|winkel|bedrijf|bedrijfje|kwekerij|tuinderij|bureau|shop|fabriek|centrum|kantoor|restaurant|hotel|gemeente|gemeenschap|kerk|bemiddeling|rederij|tuin|wasstraat|verhuur|verhuurder|boerderij|hoeve|super|combinatie|houderij|service|bar|pomp|stichting|corporatie|vereniging|paviljoen|manege)';
/** A name in quotes after a kind word or "genaamd": "uitzendbureau 'Work4You'", "bedrijf genaamd “CleanPro”". */
const QUOTED_NAME = new RegExp(
  `(?<![\\p{L}])(?:[\\p{L}]*${COMPOUND_KIND}|${KIND_BEFORE.split('|')
    .filter((k) => /^[a-z]/.test(k))
    .join('|')})(?:\\s+(?:genaamd|heet|heette|called|named))?\\s+(['"“‘„])([^'"”’“\\n]{2,40})['"”’“]`,
  'giu',
);
const COMPOUND_KIND_THEN_NAME = new RegExp(`(?<![\\p{L}])[\\p{L}]{2,}${COMPOUND_KIND},?\\s+(?:(?:de|het|'t)\\s+)?(${CAP_SEQ})`, 'gu');
const COMPOUND_KIND_END = new RegExp(`\\p{L}{2}${COMPOUND_KIND}$`, 'u');
/**
 * What a business does, as the end of a capitalised compound that opens its name: "Aspergeteelt Van
 * Rijswijk", "Akkerbouw Smeenge", "Flexwerk Westland", "TaxiCentrale Arnhem". Capitalised, since
 * "huiswerk" or "opbouw" before a name in lower case describe no business.
 */
const ACTIVITY_COMPOUND = 'teelt|bouw|werk|centrale|verpakking|verpakkingen|transport|techniek|handel|kwekerij|tuinderij|houderij';
const ACTIVITY_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\d])\\p{Lu}\\p{L}{2,}(?:${anyCaseStart(ACTIVITY_COMPOUND)})\\s+(?:(?:[Vv]an\\s+(?:de\\s+|der\\s+|den\\s+)?|[Dd]e\\s+|Het\\s+|'t\\s+)?)\\p{Lu}[\\p{L}'’-]+`,
  'gu',
);
const ACTIVITY_ENDS = ACTIVITY_COMPOUND.split('|');
/** Words that give a name, in the chat's languages ("az étterem neve", "la empresa se llama", "firma nazywa się"). */
const NAMING =
  '(?:genaamd|heet|heette|called|named|met\\s+de\\s+naam|neve|nev[eé]t|se\\s+llama|(?:se\\s+)?chama|chama-se|nazywa\\s+się|se\\s+nume[șsş]te|hei(?:ß|ss)t|ad[ıi])';
/**
 * "een kapsalon genaamd Hair by Esra", "het uitzendbureau heet Eurowork", "haar school is Het Polderlicht":
 * the capitalised name after the naming word, or after "is" alone (then checked more strictly).
 */
const KIND_NAMED = new RegExp(
  `(?<![\\p{L}])(?:[\\p{L}]*${COMPOUND_KIND}|${KIND_BEFORE.split('|')
    .filter((k) => /^\p{Ll}/u.test(k))
    .join(
      '|',
    )})\\s+(?:(?:is|was|are|were)\\s+(?:${NAMING}\\s+)?|${NAMING}\\s+)(?:(?:letterlijk|gewoon|eigenlijk|nu|dus|echt|literally)\\s+)?([\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?:\\s+(?:by|bij|of|de|la|le|van|&|en|and)?\\s*[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){0,3})`,
  'gu',
);
/** Ends of a capitalised compound that says what a business does, after its name: "Peelland Plantenkwekerij", "Hanze Visverwerking". */
const KIND_AFTER_COMPOUND =
  '\\p{Lu}\\p{Ll}{2,}(?:kwekerij|kwekerijen|verwerking|boerderij|hoeve|recycling|handel|bedrijf|transport|logistiek)';
// "Snel & Schoon Schoonmaak", "Van der Linden Facilitair": "&" and particles after a capitalised word go on with the name.
const NAME_THEN_KIND = new RegExp(
  `(?<![\\p{L}\\d])(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+(?:(?:&|van|de|der|den|het|'t)\\s+){0,2}){0,3}(?:${KIND_AFTER}|${KIND_AFTER_COMPOUND})(?![\\p{L}])`,
  'gu',
);
const SCHOOL_COMPOUND = /(?<![\p{L}])[\p{Lu}][\p{L}-]{2,}(?:school|college|lyceum|gymnasium)(?![\p{L}])/gu;
const EMPLOYER_CUE =
  /(?:\b(?:werkt|werkte|werken|werk|werkzaam|in\s+dienst|stage|works?|worked|working|employed|schoonmaker|schoonmaakster|chauffeur|bezorger|koerier|kok|afwasser|serveerster|ober|magazijnmedewerker|orderpicker|heftruckchauffeur|inpakker|inpakster|productiemedewerker|vakkenvuller|kassi[eè]re|caissi[eè]re|kapster|kapper|nagelstyliste?|masseuse|stagiair[e]?|vrijwilliger|oppas|au\s+pair|nanny|monteur|lasser|timmerman|bouwvakker|stukadoor|schilder|tuinman|plukker|slachter|uitbener|medewerker|medewerkster|werknemer|uitzendkracht|flexkracht|cleaner|driver|waiter|waitress|cook|picker|worker|contactpersoon|contact|planner|baas|manager|directeur|eigenaar|eigenaresse|leidinggevende|chef|boss|drive|drives|drove|driving|deliver|delivers|delivered|rij|rijd|rijdt|bezorg|bezorgt)|(?:consulent|medewerker|medewerkster|begeleider|co[oö]rdinator|adviseur|verpleegkundige|assistent|werker|werkster))(?:\s+(?:zelf|nu|al|ook|nog|toen|daar|inmiddels|tijdelijk|sinds\s+kort|gewoon|still|now|also))?(?:\s+(?:sinds|since|vanaf|al|pas|for|ruim|bijna|\d{1,2}|een|twee|drie|vier|vijf|zes|half|halve|jaar|jaren|maand|maanden|week|weken|years?|months?|weeks?|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vorig\w*|last)){0,3}\s+(?:bij|voor|via|for|at|by)\s+(?:(?:de|het|een|the)\s+)?$/i;
const CAP_RUN = new RegExp(`^${CAP_SEQ}`, 'u');
const MULTI_CAP_RUN = new RegExp(`^[\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?:\\s+(?:&\\s+)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){1,3}`, 'u');
/**
 * "ze kwam via Eurowork": one capitalised word after "via" is the agency or the person who brought
 * someone; as a weak guess, a person name or place found there wins.
 */
const SINGLE_CAP = /^[\p{Lu}][\p{L}\d&'’-]{2,}(?![\p{L}\d])/u;
const COMMON_AFTER_BIJ =
  /^(?:vrienden|familie|kennissen|iemand|anderen|buren|hem|haar|hen|ons|mij|jou|jullie|elkaar|hetzelfde|dezelfde|een|thuis|nacht|dag|dagen|nachten|elke|zijn|mijn|free|nothing|niks|niets|money|geld|food|eten|fam|mevrouw|meneer)$/i;
const LOWER_BRAND = /^[\p{Ll}\d][\p{L}\d_-]{2,}/u;
const KNOWN_EMPLOYERS =
  /(?<![\p{L}])(?:Albert Heijn|AH|Jumbo|Lidl|Aldi|Hoogvliet|Dirk van den Broek|PostNL|DHL|DPD|GLS|Bol\.com|Amazon|Randstad|Tempo-Team|Adecco|Manpower|Otto Workforce|Covebo|Start People|Flexspecialisten|Primark|McDonald'?s|Burger King|KFC|Deliveroo|Thuisbezorgd|Uber Eats|Flink|Picnic|Coolblue|Zalando|Vion|Action|HEMA|Kruidvat|Ikea|IKEA|Tata Steel|Schiphol|KLM|Philips|Heineken|FrieslandCampina|Unilever|Vomar|Dekamarkt|DekaMarkt|Spar|Coop|Plus|Gamma|Praxis|Karwei|Intratuin|Blokker|Xenos|Wibra|Zeeman|Etos|Subway|Domino'?s|New York Pizza|Starbucks|Van der Valk|Fletcher|Bastion|Ibis|Hilton|Marriott|Mercure|Holiday Inn|UPS|FedEx|TNT|Just Eat|Gorillas|Getir|Crisp|HelloFresh|YoungCapital|Olympia|Unique|Timing|Synergie|Royal FloraHolland|FloraHolland|Plukon|Van Rooi Meat|Westfort|Lamb Weston|Farm Frites|Aviko|McCain|Wehkamp|Bol|Western Union|MoneyGram|WorldRemit|Remitly|Shell|Esso|Texaco|TotalEnergies|Tango|Tinq|Rabobank|ABN AMRO|ABN Amro|SNS Bank|ASN Bank|Triodos|ING|Revolut|Bunq|Knab)(?![\p{L}])/gu;

const KIND_AFTER_WORD = new RegExp(`^(?:${KIND_AFTER})$`, 'u');

/** Where the capitalised words right before `start` begin ("Chinees-Indisch Restaurant"), past any article or pronoun. */
function capitalisedLead(text: string, start: number): number {
  let at = start;
  for (;;) {
    const before = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!before || FUNCTION_WORDS.has(fold(before[1]!)) || NON_PII_PROPER.has(fold(before[1]!))) return at;
    at -= before[0].length;
  }
}

/**
 * "mijn school is Penta college", "op het Lorentz lyceum", "bij de Fatih moskee", "in de Sunny
 * nagelsalon", "Saint Mary school": one to three capitalised words, one of them a word no dictionary
 * knows, right before a kind word written in lower case, are the school's, mosque's or shop's own name
 * (the compound "Pentacollege" is `SCHOOL_COMPOUND`'s). An adjective ("de Engelse school") is a
 * dictionary word; a compound opening a sentence ("Contactpersoon school:") is no name; a town before
 * the kind word ("een Rotterdam restaurant") is a place.
 */
/** Kind words written in lower case after a name of its own: schools, places of worship, shops and eateries. */
const LOWER_KIND_AFTER = `school college lyceum gymnasium moskee mosque kerk church tempel temple mandir gurdwara
  restaurant snackbar bakkerij salon nagelsalon kapsalon nagelstudio winkel supermarkt garage carwash`.split(/\s+/);
const LOWER_KIND_AFTER_SET: ReadonlySet<string> = new Set(LOWER_KIND_AFTER);
const NAME_THEN_LOWER_KIND = new RegExp(
  `(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)\\s+(?:${LOWER_KIND_AFTER.join('|')})(?![\\p{L}\\d])`,
  'gu',
);
/** How adjectives of a people, faith or kind end ("Engelse", "Turkish", "Chinese", "Catholic", "Pentecostal", "Christian"). */
const ADJECTIVE_END = /(?:e|ish|ic|al|ist|an|ch)$/;
/** Articles and prepositions before such a name: after them the name and its kind word are one thing, surer than a person's name. */
const BEFORE_NAMED_KIND = /(?:^|[^\p{L}])(?:de|het|the|bij|op|in|naar|van|voor|at|to|from)\s+$/iu;

function findNameBeforeLowerKind(text: string, tokens: readonly Token[], out: Candidate[]): void {
  if (capitalsAreNoise(tokens)) return;
  for (const m of allMatches(NAME_THEN_LOWER_KIND, text)) {
    const words = m[1]!.split(/\s+/);
    const keys = words.map((w) => fold(w));
    if (keys.some((key) => FUNCTION_WORDS.has(key) || NON_PII_PROPER.has(key))) continue;
    if (isPlaceName(m[1]!)) continue;
    const afterArticle = BEFORE_NAMED_KIND.test(text.slice(Math.max(0, m.index - 8), m.index));
    // "de Sunny nagelsalon": after an article a dictionary word that is no adjective names the place too.
    if (keys.every((key) => isDictionaryWord(key)) && !(afterArticle && keys.every((key) => !ADJECTIVE_END.test(key)))) continue;
    // "Contactpersoon school:": a word that opens a sentence has its capital from its place, not from a name.
    if (/(?:^|[.!?:;]\s*)$/u.test(text.slice(0, m.index).trimEnd())) continue;
    const surer = words.length > 1 || afterArticle;
    pushFound(out, text, m.index, m[0].length, surer ? 2 : 3);
  }
}

/** Length of the capitalised words (at most two) right after an organisation: "Vondelcollege West", "Gymnasium Leiden". */
function capitalisedTail(text: string, end: number): number {
  // "Yıldırım Bouw en Onderhoud", "Smit Transport and Logistics": "en"/"and" and a capitalised kind word go on with the name.
  const joined = /^\s(?:en|and)\s(\p{Lu}[\p{L}'’-]*)(?![\p{L}\d])/u.exec(text.slice(end, end + 40));
  if (joined !== null && KIND_AFTER_WORD.test(joined[1]!)) return joined[0].length;
  // "British School of Utrecht", "Church of Pentecost": English "of" and a capitalised word after a kind word.
  const of = /^\sof\s\p{Lu}[\p{L}'’-]*(?![\p{L}\d])/u.exec(text.slice(end, end + 40));
  if (of !== null && KIND_AFTER_WORD.test(/[\p{L}]+$/u.exec(text.slice(Math.max(0, end - 30), end))?.[0] ?? '')) return of[0].length;
  // "Sparkle Carwash & Detailing": "&" and a capitalised word go on with the name.
  const after = /^(?:\s(?:&\s)?\p{Lu}[\p{L}\d'’&-]*){1,2}(?![\p{L}\d])/u.exec(text.slice(end, end + 40))?.[0];
  if (after === undefined) return 0;
  const words = splitOnSpaces(after.trim());
  // "Clean Solutions Holland", "Payroll Partners Zuid": a country or compass word right after the name is part of it.
  const dropped = (w: string): boolean => !NAME_TAILS.has(fold(w)) && (FUNCTION_WORDS.has(fold(w)) || NON_PII_PROPER.has(fold(w)));
  while (words.length > 0 && dropped(words[words.length - 1]!)) words.pop();
  return words.length === 0 ? 0 : after.indexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
}

const NAME_TAILS: ReadonlySet<string> = new Set(
  `holland nederland nl benelux europe europa international internationaal polska romania noord zuid oost west limburg brabant
  zeeland friesland drenthe overijssel gelderland flevoland twente`.split(/\s+/),
);

const PERSON_BEFORE_SURNAME = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s+(?:van\s+(?:de|der|den)|van|de|der|den|ter|ten|te|el|al)\s+$/u;

/**
 * Words of a sentence's frame (pronouns, articles, conjunctions, prepositions, auxiliaries), which a
 * writer who capitalises at random may capitalise anywhere: a capital on them names nothing.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set(
  `ik je jij u hij zij ze wij we jullie mij me mijn m'n jouw zijn haar hun hem ons onze het de een en of maar want dus omdat
  als dan toen dat die dit deze wat wie waar hoe niet geen wel nog al ook er hier daar nu in op aan bij met van voor naar uit
  om te tot door over na is was ben bent zijn waren heeft hebben had kan kon moet moest wil wilde zal zou wordt werd ja nee
  i you he she we they it me him her us them my your his our their the a an and or but so if then when that this what who
  where how not no yes in on at by for with from to of is was are were be been have has had can could must will would`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * "uitzendbureau Nu Werk", "stichting Thuis", "hotel Centrum" (round 51): after a kind word written in
 * lower case, capitals on common words name the business, since a sentence goes on in lower case there.
 * Only when no word of the name is a frame word, the message's capitals are not noise, and the name is
 * no place and no public body ("bij Politie"). A weak guess.
 */
function capitalisedCommonName(match: string, name: string, text: string): boolean {
  if (!/^\p{Ll}/u.test(match)) return false;
  const words = splitOnSpaces(name).filter((w) => !/^(?:en|and|&|van|de|het|of)$/.test(w));
  if (words.length === 0 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !FRAME_WORDS.has(fold(w)) && !NON_PII_PROPER.has(fold(w))))
    return false;
  return !isPlaceName(name) && !capitalsAreNoise(tokenize(text));
}

/** Drop words at the end or start of a run that are not part of the name ("Club Paradise en"). */
function trimRun(run: string): string {
  const parts = splitOnSpaces(run);
  // "manege De Vossenberg voor eten": a name may hold "voor" ("Stichting Hulp voor Dieren"), never end with it.
  while (parts.length > 1 && /^(?:en|and|de|het|van|der|den|'t|of|&|voor|for|by)$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(' ');
}

/** A sentence's full stop is not part of the name; the dots of "B.V." or "Sp. z o.o." are. */
function withoutFullStop(span: string): string {
  let trimmed = span;
  while (/[.,;:!?]$/.test(trimmed) && !/(?:\b\p{L}\.){2,}$|\b(?:Inc|Ltd|Co)\.$/u.test(trimmed)) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

/** True when every word of the run is a common word or a public name ("De Politie", "Ik"). */
function isOrdinary(run: string): boolean {
  return splitOnSpaces(run)
    .map((w) => fold(w))
    .filter((k) => !/^(?:b\.?v\.?|n\.?v\.?|vof|&)$/.test(k))
    .every((k) => FUNCTION_WORDS.has(k) || NON_PII_PROPER.has(k));
}

/**
 * A capitalised run that names a business: not only common words, or common words joined by "&"
 * ("Werk & Wonen BV", "Mooi & Zo"), which no sentence writes capitalised.
 */
function namesSomething(run: string): boolean {
  return !isOrdinary(run) || /\p{Lu}[\p{L}'’-]*\s+&\s+\p{Lu}/u.test(run);
}

/** Cheap tests that decide whether the costly patterns need to run at all. */
const KIND_BEFORE_WORDS: ReadonlySet<string> = new Set(KIND_BEFORE.split('|').map((w) => fold(w)));
const SCHOOL_WORDS = ['school', 'college', 'lyceum', 'gymnasium'];
const COMPOUND_KIND_WORDS = COMPOUND_KIND.slice(3, -1).split('|');

/**
 * A test for the end of a folded word, from a list of endings indexed by their last letter: it
 * runs on every word of every message, and most words end in a letter none of the endings ends in.
 */
function endsWithOneOf(suffixes: readonly string[]): (key: string) => boolean {
  const byLastLetter = new Map<number, string[]>();
  for (const suffix of suffixes) {
    const last = suffix.charCodeAt(suffix.length - 1);
    byLastLetter.set(last, [...(byLastLetter.get(last) ?? []), suffix]);
  }
  return (key) => {
    const candidates = byLastLetter.get(key.charCodeAt(key.length - 1));
    if (candidates === undefined) return false;
    for (const suffix of candidates) if (key.endsWith(suffix)) return true;
    return false;
  };
}
const endsLikeCompoundKind = endsWithOneOf(COMPOUND_KIND_WORDS);

/**
 * A capitalised word that says what kind of business a name is: a kind word ("Bakkerij", "Restaurante",
 * "Transport", "Hotels") or a compound of one ("Nagelstudio", "Champignonkwekerij"), never a word the
 * name lists hold (a surname such as "Bakker" or "Visser" says nothing about a business).
 */
export function isBusinessKindWord(word: string): boolean {
  // "Bakkerij'de", "Market'te": a Turkish case ending after an apostrophe is no part of the kind.
  const bare = word.replace(/['’]\p{Ll}{1,4}$/u, '');
  if (!/^\p{Lu}\p{Ll}/u.test(bare)) return false;
  const key = fold(bare);
  if (FIRST_NAMES.has(key) || SURNAMES.has(key)) return false;
  return (
    KIND_BEFORE_WORDS.has(key) ||
    KIND_AFTER_WORD.test(bare) ||
    NAMING_KIND_WORDS.has(key) ||
    (key.length >= 6 && (endsLikeCompoundKind(key) || endsLikeTrade(key)))
  );
}

/**
 * Kinds of business in a business's own name that the rules above do not start from, in the chat's
 * languages (they only tell a business from a person once a name rule has read the words as a person).
 */
const NAMING_KIND_WORDS: ReadonlySet<string> = new Set(
  `restaurante restaurantes ristorante trattoria pizzeria cafetaria cafeteria brasserie visserij rederij hotels hostels
  shawarma kebab doner lokanta kuafor kasap bakkal tekstil oto discount advisory processing chapel parish church ministries
  tweewielers uitzendingen uitzendgroep recrutamento recrutamiento trabalho temporario limpezas limpiezas fabrica fábrica
  boulangerie boucherie nettoyage mat3am sportpark manege`
    .split(/\s+/)
    .map((w) => fold(w)),
);
/** The end of a compound that names a trade: "Pluimveeslachterij", "Vleesverwerking", "Kassenbouw", "Groenteteelt". */
const endsLikeTrade = endsWithOneOf([
  'slachterij',
  'verwerking',
  'kassenbouw',
  'teelt',
  'handel',
  'kwekerij',
  'bakkerij',
  'transport',
  'logistiek',
]);
const endsLikeActivity = endsWithOneOf(ACTIVITY_ENDS);
const endsLikeSchool = endsWithOneOf(SCHOOL_WORDS);

/**
 * Whether `ACTIVITY_THEN_NAME` could start inside this word: it starts with a capital after no
 * letter or digit, so a word of lower-case ASCII letters only ("netwerk", "huiswerk") cannot hold
 * its start; a word with a hyphen, apostrophe or other letter might.
 */
function mayOpenWithCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return true;
  }
  return false;
}
const EMPLOYER_HEADS: ReadonlySet<string> = new Set(
  `albert ah jumbo lidl aldi hoogvliet dirk postnl dhl dpd gls bol amazon randstad tempo-team adecco manpower otto covebo start
  flexspecialisten primark mcdonald's mcdonalds mcdonald burger kfc deliveroo thuisbezorgd uber flink picnic coolblue zalando vion
  action hema kruidvat ikea tata schiphol klm philips heineken frieslandcampina unilever vomar dekamarkt spar coop plus gamma
  praxis karwei intratuin blokker xenos wibra zeeman etos subway domino's dominos new starbucks van fletcher bastion ibis hilton
  marriott mercure holiday ups fedex tnt just gorillas getir crisp hellofresh youngcapital olympia unique timing synergie royal
  floraholland plukon westfort lamb farm aviko mccain wehkamp western moneygram worldremit remitly shell esso texaco totalenergies
  tango tinq rabobank abn sns asn triodos ing revolut bunq knab`.split(/\s+/),
);
/**
 * "Logistiek Zuidwest", "Woonzorg Noord", "Schoonmaak Oost": a capitalised word that says what a
 * business does (or ends so), then a compass or country word, is the business's name.
 */
const REGION_TAIL = 'Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Midden|Holland|Nederland|Brabant|Limburg';
const REGION_TAIL_WORDS: ReadonlySet<string> = new Set(REGION_TAIL.toLowerCase().split('|'));
const REGION_KINDS =
  'zorg|logistiek|logistics|schoonmaak|cleaning|transport|bouw|techniek|uitzendbureau|flex|staffing|personeel|services|detachering|recruitment|payroll|werk';
const KIND_THEN_REGION = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}\\p{Ll}*(?:${REGION_KINDS})|${REGION_KINDS.split('|')
    // Alone, "Zorg", "Bouw" and "Werk" are too often a sentence's own word.
    .filter((k) => !/^(?:zorg|bouw|werk)$/.test(k))
    .map((k) => k[0]!.toUpperCase() + k.slice(1))
    .join('|')})\\s+(?:${REGION_TAIL})(?![\\p{L}\\d])`,
  'gu',
);
const HAS_LEGAL_FORM = new RegExp(`(?<![\\p{L}\\d])${LEGAL_FORM}(?![\\p{L}\\d])`, 'u');
const HAS_KIND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyCaseStart(KIND_BEFORE)})\\s`, 'u');
// A kind word in `NAME_THEN_KIND` always follows a space or a non-letter: the long list is tried at word starts only.
const HAS_KIND_AFTER = new RegExp(`(?<![\\p{L}\\d])(?:${KIND_AFTER}|${KIND_AFTER_COMPOUND})(?![\\p{L}])`, 'u');

/**
 * Word classes that the costly patterns need, looked up per letter run of the message (tokenTable.ts)
 * instead of running the patterns' long alternations over every message to find out:
 * - `LEGAL_START`: the first letters of a legal form (`LEGAL_FORM`: "BV", "GmbH", "Sp", "Zonen" after
 *   "&"), a whole run since the form stands between `(?<![\p{L}\d])` and a non-letter;
 * - `LEGAL_INITIAL`: the same for the forms that open with one letter and a dot ("B.V.", "a.s.");
 * - `KIND_AFTER_CLASS`: a word of `KIND_AFTER`, which all open with an ASCII capital.
 */
const LEGAL_START = 1;
const LEGAL_INITIAL = 2;
const KIND_AFTER_CLASS = 4;
/** The first letters of a legal form written before the name (`LEGAL_FORM_BEFORE`), whole or as an initial with a dot. */
const LEGAL_BEFORE_START = 8;
const LEGAL_BEFORE_INITIAL = 16;
/** The first letters of a chain's name (`KNOWN_EMPLOYERS`: "Albert", "Tempo" of "Tempo-Team", "Domino" of "Domino's"). */
const EMPLOYER_START = 32;
/** A word of `KIND_BEFORE` (folded; the pattern wants it as written, but for the case of its first letter). */
const KIND_BEFORE_CLASS = 64;
/** A verb of `WORK_IN`, folded. */
const WORK_VERB = 128;
const LEGAL_FORM_STARTS =
  `bv vof holding gmbh ag ug kg ltd llc inc sp srl sa eood ood еоод оод тов kft bt zrt uab ou sia lda sarl bvba vzw aps nv
  zonen zn co partners sons sohne`.split(/\s+/);
const LEGAL_FORM_INITIALS = 'b n v e s a d'.split(' ');
const ORGANISATION_WORDS = new WordClasses([
  [LEGAL_START, LEGAL_FORM_STARTS],
  [LEGAL_INITIAL, LEGAL_FORM_INITIALS],
  [KIND_AFTER_CLASS, KIND_AFTER.split('|').map((w) => fold(w))],
  [LEGAL_BEFORE_START, 'sarl sas eurl uab sia ooo ооо тов tov тоо eood еоод phu fhu'.split(' ')],
  [LEGAL_BEFORE_INITIAL, ['s', 'p', 'f']],
  [EMPLOYER_START, [...EMPLOYER_HEADS].map((w) => w.split(/['’-]/)[0]!)],
  [KIND_BEFORE_CLASS, KIND_BEFORE_WORDS],
  [WORK_VERB, 'werkt werkte werken werkten work works worked working'.split(' ')],
]);

/** Each word of `KIND_BEFORE` as written, by its folded form. */
const KIND_BEFORE_SPELLINGS = new Map<string, string[]>();
for (const w of KIND_BEFORE.split('|')) KIND_BEFORE_SPELLINGS.set(fold(w), [...(KIND_BEFORE_SPELLINGS.get(fold(w)) ?? []), w]);

/** Whether a run is a word of a class and, for an initial, has its dot right after it. */
function hasRun(table: TokenTable, whole: number, initial: number): boolean {
  if ((table.classesInText(ORGANISATION_WORDS) & (whole | initial)) === 0) return false;
  const runs = table.runs();
  const bits = table.runClasses(ORGANISATION_WORDS);
  for (let i = 0; i < runs.length; i++) {
    if ((bits[i]! & whole) !== 0) return true;
    if ((bits[i]! & initial) !== 0 && table.text.charCodeAt(runs[i]!.end) === 46) return true;
  }
  return false;
}

/**
 * `HAS_KIND_BEFORE` without the pattern: a word of `KIND_BEFORE` as written (its first letter in
 * either case) after no letter and before a space. Such a word is a whole letter run, which is
 * compared with the list's spellings of it.
 */
function hasKindBefore(table: TokenTable): boolean {
  if ((table.classesInText(ORGANISATION_WORDS) & KIND_BEFORE_CLASS) === 0) return false;
  const text = table.text;
  const runs = table.runs();
  const bits = table.runClasses(ORGANISATION_WORDS);
  for (let i = 0; i < runs.length; i++) {
    if ((bits[i]! & KIND_BEFORE_CLASS) === 0 || !SPACE.test(text.charAt(runs[i]!.end))) continue;
    const { start, end } = runs[i]!;
    for (const w of KIND_BEFORE_SPELLINGS.get(runs[i]!.key)!) {
      if (w.length !== end - start || text.slice(start + 1, end) !== w.slice(1)) continue;
      const first = text.charAt(start);
      if (first === w[0] || first === w[0]!.toUpperCase()) return true;
    }
  }
  return false;
}

/** Whether `KNOWN_EMPLOYERS` may match: a chain's first letters, opening with the capital every chain's name has. */
function mayHoldEmployer(table: TokenTable): boolean {
  if ((table.classesInText(ORGANISATION_WORDS) & EMPLOYER_START) === 0) return false;
  const runs = table.runs();
  const bits = table.runClasses(ORGANISATION_WORDS);
  for (let i = 0; i < runs.length; i++) {
    const code = table.text.charCodeAt(runs[i]!.start);
    if ((bits[i]! & EMPLOYER_START) !== 0 && code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Whether `WORK_IN` may match: one of its verbs and the word "in". */
function mayHoldWorkIn(table: TokenTable): boolean {
  // Under the pattern's `iu` flags a long s ("ſ") is an "s" ("workſ"), which folding leaves as it is.
  const verb = (table.classesInText(ORGANISATION_WORDS) & WORK_VERB) !== 0 || table.text.includes('ſ');
  return verb && table.tokens.some((t) => t.key === 'in');
}
const KIND_AFTER_COMPOUND_ENDS = 'kwekerij kwekerijen verwerking boerderij hoeve recycling handel bedrijf transport logistiek'.split(' ');
const endsLikeKindAfterCompound = endsWithOneOf(KIND_AFTER_COMPOUND_ENDS);

/** Whether `HAS_LEGAL_FORM` may match: a letter run that opens a legal form. Never false where it matches. */
function mayHoldLegalForm(table: TokenTable): boolean {
  return hasRun(table, LEGAL_START, LEGAL_INITIAL);
}

/** Whether `HAS_LEGAL_FORM_BEFORE` may match. */
function mayHoldLegalFormBefore(table: TokenTable): boolean {
  return hasRun(table, LEGAL_BEFORE_START, LEGAL_BEFORE_INITIAL);
}

/** A capital (`\p{Lu}`) may open the run at `start`: an ASCII capital, or a letter beyond ASCII. */
function mayOpenCapital(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return (code >= 65 && code <= 90) || code > 127;
}

/**
 * Whether `HAS_KIND_AFTER` may match: a run that is a capitalised word of `KIND_AFTER`, or a
 * capitalised compound of three letters or more before one of `KIND_AFTER_COMPOUND`'s ends.
 */
function mayHoldKindAfter(table: TokenTable): boolean {
  const runs = table.runs();
  const bits = table.runClasses(ORGANISATION_WORDS);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!mayOpenCapital(table.text, run.start)) continue;
    if ((bits[i]! & KIND_AFTER_CLASS) !== 0) return true;
    if (endsLikeKindAfterCompound(run.key))
      for (const end of KIND_AFTER_COMPOUND_ENDS) if (run.key.length >= end.length + 3 && run.key.endsWith(end)) return true;
  }
  return false;
}

/** A business found at `start`, `length` long, without a sentence's full stop at its end. */
function pushFound(out: Candidate[], text: string, start: number, length: number, tier: 1 | 2 | 3 = 2): void {
  out.push({ type: 'ORGANISATIE', start, end: start + withoutFullStop(text.slice(start, start + length)).length, tier });
}

/** "een bedrijf dat Handige Harry heet", "het bureau die Flex Plus heette": the business named in a clause after its kind word. */
const KIND_CLAUSE_NAMED = new RegExp(
  `(?<![\\p{L}])(?:\\p{L}*(?:bureau|bedrijf|bedrijfje|firma|zaak|winkel|salon|studio|kwekerij|fabriek|restaurant|hotel))\\s+(?:dat|die)\\s+(${CAP_SEQ})\\s+(?:heet|heette)(?![\\p{L}])`,
  'giu',
);

/** The naming part of a `KIND_NAMED` match when it is "is" or "was" alone. */
const BARE_IS = /\s(?:is|was|are|were)\s+$/;
const KIND_WORD_AFTER = /^\s+(?:school|college|lyceum|gymnasium|academie|bv|b\.v\.|vof)(?![\p{L}])/iu;
/** A naming verb that agrees with its subject ("heet", "is"), unlike "genaamd" or "called", which name the nearest noun. */
const FINITE_NAMING = /\s(?:is|was|are|were|heet|heette)\s+$/;
/** The kind word inside "… van die", "… from the": it belongs to someone named before it. */
const OWNED_KIND_BEFORE = /(?:^|[^\p{L}])(?:van|from|of|uit|bij|at)\s+(?:(?:de|het|die|dat|deze|dit|een|the|that|this|a|an)\s+)?$/iu;

function namedAfterIs(name: string): boolean {
  const words = splitOnSpaces(name);
  if (/^(?:Het|De|'t|The)$/.test(words[0]!) && words.length > 1) return !isOrdinaryWord(fold(words[1]!)) || words.length > 2;
  if (words.some((w) => FIRST_NAMES.has(fold(w)))) return false;
  return words.some((w) => !isOrdinaryWord(fold(w)) && !isPlaceName(w));
}

export function findOrganisations(text: string, table: TokenTable = tokenTable(text)): Candidate[] {
  const out: Candidate[] = [];
  if (mayHoldLegalForm(table) && testText(HAS_LEGAL_FORM, text))
    for (const m of allMatches(WITH_LEGAL_FORM, text)) {
      let lead = /^(?:(?:Ze|Hij|Zij|Het|De|Mijn|Ik|Bij|Via|Voor|Dat|Die|The|At)\s+)+/.exec(m[0])?.[0].length ?? 0;
      // "Gerrit ter Beek van Ter Beek Agro B.V.": when the run opens with the end of a person's name
      // (a first name and a particle before it), the business starts after "van".
      if (PERSON_BEFORE_SURNAME.test(text.slice(Math.max(0, m.index + lead - 30), m.index + lead)))
        lead += /^\S+(?:\s+\S+)?\s+van\s+/u.exec(m[0].slice(lead))?.[0].length ?? 0;
      const run = m[0].slice(lead);
      const end = m.index + m[0].length;
      // "Groen en Zonen Hoveniers": capitalised words right after the legal form still belong to the name.
      if (/^\p{Lu}|\d/u.test(run) ? namesSomething(run) : !FUNCTION_WORDS.has(fold(splitOnSpaces(run)[0]!)))
        // "VOF Jansen & Zn": a capitalised kind or legal word right before belongs to it too.
        pushFound(
          out,
          text,
          capitalisedLead(text, m.index + lead),
          end - capitalisedLead(text, m.index + lead) + capitalisedTail(text, end),
          1,
        );
    }
  const kindBefore = mentionsAny(text, KIND_BEFORE_WORDS) && hasKindBefore(table);
  if (kindBefore)
    for (const m of allMatches(KIND_THEN_NAME, text)) {
      // "Zij Werkt In Een Bar En Moet Mee": in a message of capitals a capitalised kind word names nothing.
      if (/^\p{Lu}/u.test(m[0]) && capitalsAreNoise(tokenize(text))) continue;
      const run = trimRun(m[0]);
      const name = run.slice(run.search(/\s/) + 1).replace(/^(?:de|het|'t|van|van de|van het)\s+/, '');
      // After a kind word a region or town is part of the name: "ROC van Twente", "FC Twente".
      // "Shisha Lounge Dubai": capitalised words right before a capitalised kind word belong to the name.
      const start = /^\p{Lu}/u.test(m[0]) ? capitalisedLead(text, m.index) : m.index;
      // "in paviljoen 3", "loods 2": a number alone after a lower-case kind word counts buildings or units,
      // it names no business ("Telecom Shop 2000" has its name in capitals).
      if (!/\p{L}/u.test(name) && !/^\p{Lu}/u.test(m[0])) continue;
      if (fold(m[0].slice(0, 3)) === 'azc' && (isPlaceName(name) || isPlaceName(name.split('-')[0]!))) continue;
      if (!splitOnSpaces(name).every((w) => FUNCTION_WORDS.has(fold(w)))) pushFound(out, text, start, m.index + run.length - start);
      else if (capitalisedCommonName(m[0], name, text)) pushFound(out, text, start, m.index + run.length - start, 3);
    }
  if (kindBefore)
    for (const m of allMatches(KIND_THEN_LOWER, text)) {
      const word = (m[1] ?? m[2])!;
      // "huis van bureau 110 per week": a number alone is an amount, not a name written with digits ("flex4u").
      if (!/\p{L}/u.test(word)) continue;
      if (!FUNCTION_WORDS.has(fold(word)) && !/^(?:in|op|aan|met|van|die|dat|waar)$/.test(word)) {
        pushFound(out, text, m.index + m[0].length - word.length, word.length, 3);
      }
    }
  if (kindBefore) findLowerAfterKind(text, out);
  if (text.includes(',') && mentionsAny(text, KIND_BEFORE_WORDS))
    for (const m of allMatches(KIND_COMMA_NAME, text)) {
      const name = trimRun(m[1]!);
      if (!isOrdinary(name) && !capitalsAreNoise(tokenize(text))) pushFound(out, text, m.index + m[0].length - m[1]!.length, name.length);
    }
  const tokens = tokenize(text);
  const compoundKind = tokens.some((t) => t.key.length >= 6 && endsLikeCompoundKind(t.key) && COMPOUND_KIND_END.test(t.key));
  if (kindBefore || compoundKind || (text.includes(',') && mentionsAny(text, KIND_BEFORE_WORDS))) findLowerNameAtKind(text, out);
  if (kindBefore || compoundKind)
    for (const m of allMatches(KIND_NAMED, text)) {
      const name = trimRun(m[1]!);
      if (!namesSomething(name)) continue;
      // "het bedrijf is Nederlands", "de school is Dicht": after "is" alone a capital may be the sentence's
      // own word, so the name must open with an article or hold a word no dictionary knows or no place.
      const naming = m[0].slice(0, m[0].length - m[1]!.length);
      // "mijn school is Penta college": with the kind word after it the name is the other rules' to take whole.
      if (
        BARE_IS.test(naming) &&
        (!namedAfterIs(name) || KIND_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
      )
        continue;
      // "de eigenaresse van die nagelsalon heet Nguyen Thi Linh", "the man from the agency is Kwame Boateng":
      // a finite verb names the phrase's head, the person before "van"/"from", not the business after it.
      if (FINITE_NAMING.test(naming) && OWNED_KIND_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      pushFound(out, text, m.index + m[0].length - m[1]!.length, name.length);
    }
  if (kindBefore || compoundKind)
    for (const m of allMatches(KIND_CLAUSE_NAMED, text)) {
      const name = trimRun(m[1]!);
      if (/^\p{Lu}/u.test(name) && namesSomething(name))
        pushFound(out, text, m.index + m[0].indexOf(m[1]!, m[0].search(/\s/)), name.length);
    }
  if (hasAny(text, QUOTE))
    for (const m of allMatches(QUOTED_NAME, text)) {
      const name = m[2]!;
      if (!isOrdinary(name)) pushFound(out, text, m.index + m[0].length - name.length - 1, name.length);
    }
  if (compoundKind)
    for (const m of allMatches(COMPOUND_KIND_THEN_NAME, text)) {
      const name = trimRun(m[1]!);
      if (isOrdinary(name)) continue;
      const nameStart = m.index + m[0].length - m[1]!.length;
      // "Bakkerij Demir & Zonen", "Chinees-Indisch Restaurant Golden Dragon": a capitalised kind word
      // right before the name is part of it, and so are the capitalised words before that.
      const joined = /^[\p{L}-]+\s+$/u.test(text.slice(m.index, nameStart));
      // A lower-case kind word right before the name is read as part of it ("de champignonkwekerij
      // Heijmans"): masking it costs the reader little, leaving it may leave half a name.
      const start = joined && /^\p{Lu}/u.test(m[0]) ? capitalisedLead(text, m.index) : joined ? m.index : nameStart;
      pushFound(out, text, start, nameStart + name.length - start);
    }
  if (tokens.some((t) => t.key.length >= 6 && mayOpenWithCapital(t.text) && endsLikeActivity(t.key)))
    for (const m of allMatches(ACTIVITY_THEN_NAME, text)) {
      const words = splitOnSpaces(m[0]);
      if (isOrdinary(words[words.length - 1]!) || capitalsAreNoise(tokens)) continue;
      pushFound(out, text, m.index, m[0].length + capitalisedTail(text, m.index + m[0].length));
    }
  const kindAfter = mayHoldKindAfter(table) && testText(HAS_KIND_AFTER, text);
  // "Zij Werkt In Een Bar": in a message of capitals a capitalised kind word names nothing.
  if (kindAfter && !capitalsAreNoise(tokens))
    for (const m of allMatches(NAME_THEN_KIND, text)) {
      let lead = /^(?:(?:Ze|Hij|Zij|Het|De|Mijn|Ik|Op|In|Bij|Naar)\s+)+/.exec(m[0])?.[0].length ?? 0;
      // "mr. A. Demir van Demir & Kılıç Advocaten": after an initial the first word is the person's
      // surname, and the business starts after "van".
      if (lead === 0 && /(?:^|\s)\p{Lu}\.\s$/u.test(text.slice(Math.max(0, m.index - 4), m.index)))
        lead = /^\S+\s+van\s+/u.exec(m[0])?.[0].length ?? 0;
      // "Zaandam'da Yılmaz Bouw": a word with a case ending after an apostrophe closes the phrase before the name.
      // "Bram's Bouw & Sloop": a possessive "'s" is no case ending, the owner's name opens the business's.
      const cased = /^.*['’](?!s\s)\p{Ll}{1,6}\s+/u.exec(m[0].slice(lead))?.[0].length ?? 0;
      lead += cased;
      // "Ruud de la Croix van Kwekerij De Zonnehoek": a capitalised kind word right after "van" opens the
      // business, and the words before it are the person who is from there.
      const kindAfterVan = /^(.*\s)van\s+\S+$/u.exec(m[0].slice(lead));
      const tail = capitalisedTail(text, m.index + m[0].length);
      if (kindAfterVan !== null && tail > 0) lead += kindAfterVan[0].length - /\S+$/u.exec(m[0])![0].length;
      let run = m[0].slice(lead);
      // "Agri-Staff Limburg": a kind word joined by a hyphen to the capitalised word before it.
      const joined = /(?<![\p{L}\d])\p{Lu}[\p{L}\d]*-$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0];
      if (joined !== undefined && !/\s/.test(run) && joined.length > 3) {
        lead -= joined.length;
        run = joined + run;
      }
      if ((/\s/.test(run) || run.includes('-')) && !isOrdinary(run)) pushFound(out, text, m.index + lead, run.length + tail);
    }
  if (mentionsAny(text, REGION_TAIL_WORDS))
    for (const m of allMatches(KIND_THEN_REGION, text)) {
      if (!capitalsAreNoise(tokens)) pushFound(out, text, m.index, m[0].length);
    }
  if (tokens.some((t) => t.key.length > 6 && endsLikeSchool(t.key)))
    for (const m of allMatches(SCHOOL_COMPOUND, text))
      pushFound(out, text, m.index, m[0].length + capitalisedTail(text, m.index + m[0].length));
  if (tokens.some((t) => LOWER_KIND_AFTER_SET.has(t.key))) findNameBeforeLowerKind(text, tokens, out);
  // A shop or brand is an employer only after "bij", "voor", "via", "at", "for" ("werkt bij Action", not "een Albert Heijn tas").
  if (mentionsAny(text, EMPLOYER_HEADS) && mayHoldEmployer(table))
    for (const m of allMatches(KNOWN_EMPLOYERS, text)) {
      // "at Physio Plus": capitalised words right before a chain's name make another business's fuller name.
      const fuller = capitalisedLead(text, m.index);
      // "het Van der Valk daar", "naar het Ibis": an article before a chain's name makes it one building, a place someone goes to.
      // "voor Paprika Plus": before a fuller name the article or preposition stands before its first word.
      const employer = /(?:^|\s)(?:bij|voor|via|van|at|for|in\s+de|de|het|'t|op|the)\s+$/i.test(
        text.slice(Math.max(0, fuller - 12), fuller),
      );
      // A shop with its place ("de Action in Venlo", "Lidl aan de Markt") is a workplace someone can be found at.
      const located = /^\s+(?:in|aan|op|te|bij|at|on)\s+(?:de\s+)?\p{Lu}/u.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 20),
      );
      // "gezien in Hoogvliet": a brand that is also a place, right after a place word, is the place.
      const placeCued = /(?:^|\s)(?:in|uit|naar|te|vanuit|richting)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
      if (placeCued && !employer && !located) continue;
      const lead = fuller;
      // "het Ibis Budget", "de Jumbo Foodmarkt": the capitalised words right after the chain's name are its branch or format.
      if (employer || located) pushFound(out, text, lead, m.index + m[0].length - lead + capitalisedTail(text, m.index + m[0].length));
      // Otherwise a shop or brand, which no other detector may take for a person ("een Albert Heijn tas").
      else out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
  findAfterEmployerCue(text, table, out);
  if (text.includes('&')) findAmpersandNames(text, out);
  if (hasAny(text, LOWER_BEFORE_DIGIT)) findBrandsWithDigits(text, out);
  // Every legal form written before a name is in capitals: most messages have no two capitals side by side.
  if (hasAny(text, CAPITAL_THEN_CAPITAL_OR_DOT) && mayHoldLegalFormBefore(table) && testText(HAS_LEGAL_FORM_BEFORE, text))
    findLegalFormBefore(text, out);
  if (text.includes('noem') || text.includes('heet')) findNamedThing(text, out);
  if (kindAfter) findKindBeforeParticleName(text, out);
  // The apposition needs a kind word after the comma: any word ending like one, or a kind word itself.
  if (
    (text.includes(',') || text.includes('(')) &&
    (kindBefore || tokens.some((t) => endsLikeCompoundKind(t.key) || KIND_BEFORE_WORDS.has(t.key)))
  )
    findAppositions(text, out);
  if (mentionsAny(text, REGISTER_WORDS)) findBeforeRegister(text, out);
  if (text.includes('gevestigd') || text.includes('headquartered')) findEstablished(text, out);
  if (hasCamelWord(tokenize(text))) findCamelCaseBrands(text, out);
  // A school role stands before "op": the words are looked at only where "op" is.
  if (tokens.some((t) => t.key === 'op') && tokens.some((t) => isSchoolRole(t.key))) findAfterSchoolRole(text, out);
  if (mentionsAny(text, CLUB_WORDS)) findSportsClubs(text, out);
  return out;
}

/**
 * "CleanTeam Zeeland", "FlexPlus": a word with a capital inside it after lower-case letters is a
 * brand's spelling, which no sentence word and few surnames have ("McBride", "DeVries" open with a
 * particle); a region or kind word right after it goes with it. A weak guess: a person, place or
 * surer business found there wins. Anywhere in the message (round 51: "er staat WerkSnel op", "op de gevel
 * stond FlexPoint"; before it only after "van", "bij", "via", "at"): in the tuning sets' chat such a word
 * named a business 130 times and otherwise only apps and public bodies ("WhatsApp", "CoMensha", "WeChat"),
 * which the public lists and `PUBLIC_CAMEL_WORDS` keep out.
 */
export const CAMEL_WORD = /\p{Ll}{2}\p{Lu}\p{Ll}/u;

/**
 * `CAMEL_WORD` anywhere in the message. Its four letters stand in one word (a run of letters is
 * never split between tokens), and a word of lower-case ASCII letters alone holds no capital: only
 * the other words are tested, where the pattern over the whole message read every character.
 */
function hasCamelWord(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.text.length >= 4 && !isLowerAscii(t.text) && hasCamelHump(t.text)) return true;
  return false;
}

/**
 * `CAMEL_WORD.test(word)`. On an ASCII word, where `\p{Ll}` is a-z and `\p{Lu}` A-Z, by a loop over
 * its letters (asked of every word with a capital, where a pattern call cost more); beyond ASCII by
 * the pattern.
 */
export function hasCamelHump(word: string): boolean {
  let lowerRun = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return CAMEL_WORD.test(word);
    if (c >= 97 && c <= 122) {
      // A lower-case letter after two lower-case letters and a capital closes the hump.
      if (lowerRun === -1) return true;
      lowerRun = lowerRun >= 0 ? lowerRun + 1 : 1;
    } else if (c >= 65 && c <= 90) lowerRun = lowerRun >= 2 ? -1 : 0;
    else lowerRun = 0;
  }
  return false;
}

/**
 * "schoolmaatschappelijk werker op het Baken", "gymdocent op Het Walburg", "mijn zoon zit op de Regenboog":
 * a school's staff and pupils are "op" their school, where the employer cues say "bij". The capitalised
 * words after such a role and "op" (an article between) name the school, even when they are ordinary
 * words ("Baken", "Kompas"): only a name is capitalised there. A town or island after "op" is a place, and
 * after "zit"/"zat" only a name with its article counts ("zit op de Regenboog", not "zit op Statia").
 */
const SCHOOL_ROLE_ENDS = ['docent', 'leraar', 'lerares', 'leerkracht', 'mentor', 'werker', 'leerling', 'stagiair', 'stagiaire'];
const SCHOOL_ROLE_WORDS: ReadonlySet<string> = new Set(['juf', 'meester', 'conciërge', 'concierge', 'zit', 'zat', 'zitten', 'zaten']);
const SCHOOL_ROLE_OP = new RegExp(
  `(?<![\\p{L}])(?:\\p{L}*(?:${SCHOOL_ROLE_ENDS.join('|')})|${[...SCHOOL_ROLE_WORDS].join('|')})\\s+(?:(?:hier|daar|nu|ook|al|nog)\\s+)?op\\s+(?:(?:de|het|'t)\\s+)?(?=\\p{Lu})`,
  'giu',
);

function isSchoolRole(key: string): boolean {
  return SCHOOL_ROLE_WORDS.has(key) || SCHOOL_ROLE_ENDS.some((end) => key.endsWith(end));
}

function findAfterSchoolRole(text: string, out: Candidate[]): void {
  for (const m of allMatches(SCHOOL_ROLE_OP, text)) {
    const after = m.index + m[0].length;
    // "haar broer zit nog op Statia": a bare "zit op" also says on which island; a school takes its article.
    if (/^zit|^zat/i.test(m[0]) && !/\s(?:de|het|'t)\s+$/i.test(m[0])) continue;
    // "Hij zit op Snapchat en TikTok. Sinds Pasen …": the name ends with its sentence.
    const run = beforeSentenceEnd(CAP_RUN.exec(text.slice(after))?.[0]);
    if (run === undefined) continue;
    const name = withoutFullStop(trimRun(run));
    if (isOrdinary(name) || isPlaceName(name) || capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: after, end: after + name.length, tier: 2 });
  }
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
const CAMEL_BRAND = /(?<![\p{L}\d@#_/.'’-])\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+(?![\p{L}\d@_/'’-]|\.\p{L})/gu;
/**
 * Apps, products and public services spelt with a capital inside, which a chat names without meaning an
 * employer (the public list has WhatsApp, TikTok, PayPal, OnlyFans and CoMensha already).
 */
const PUBLIC_CAMEL_WORDS: ReadonlySet<string> = new Set(
  'wechat wifi linkedin facetime javascript powerpoint airbnb blablacar postnl mediamarkt coolblue hellofresh mijnoverheid gofundme playstore appstore macbook onedrive gopro blackberry soundcloud justeat thuisbezorgd'.split(
    ' ',
  ),
);
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Ter|Ten|Al|El|Ben|Abu|Fitz|St)\p{Lu}/u;

function findCamelCaseBrands(text: string, out: Candidate[]): void {
  for (const m of allMatches(CAMEL_BRAND, text)) {
    const word = m[0];
    if (SURNAME_PREFIX.test(word) || isOrdinary(word) || PUBLIC_CAMEL_WORDS.has(fold(word))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + word.length + brandTail(text, m.index + word.length), tier: 3 });
  }
}

/** "JobHunters24 Europe", "Work4You Polska": a capitalised word after a brand that is a name's tail, a place or a kind word belongs to it. */
function brandTail(text: string, end: number): number {
  const next = /^\s(\p{Lu}\p{Ll}+)(?![\p{L}\d])/u.exec(text.slice(end, end + 30));
  return next !== null && (NAME_TAILS.has(fold(next[1]!)) || isPlaceName(next[1]!) || HAS_KIND_AFTER.test(next[1]!)) ? next[0].length : 0;
}

/**
 * "leningen bij Snelkrediet24", "abonnement bij Mobiel4You", "via Jobs4U": a capitalised word of
 * letters with digits inside or at the end, after "bij", "via", "van", "voor" or "at", is a brand
 * or business (a code or plate has capitals only, a postcode or date starts with digits).
 */
const BRAND_WITH_DIGITS =
  /(?<![\p{L}])(?:bij|via|van|voor|namens|at|for|from)\s+(\p{Lu}\p{Ll}{2,}(?:\d+\p{L}*|\d+)(?:\p{Lu}\p{L}*)?)(?![\p{L}\d@._-])/gu;

/**
 * "nu JobHunters24", "agencję Work4You Polska", "Staff4You Europe, registered at": a word with a capital
 * inside it and a digit has the shape of a brand wherever it stands; no person's name, word, code or
 * plate looks like that (a handle with an underscore, dot or "@" is the handle detector's).
 */
const CAMEL_WITH_DIGITS = /(?<![\p{L}\d@._/#-])\p{Lu}\p{Ll}+[\p{L}\d]*?(?:\d\p{Lu}|\p{Ll}\p{Lu})[\p{L}\d]*(?![\p{L}\d@_/-]|\.\p{L})/gu;
const DIGIT = /\d/;

function findBrandsWithDigits(text: string, out: Candidate[]): void {
  for (const m of allMatches(BRAND_WITH_DIGITS, text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'ORGANISATIE', start, end: start + name.length, tier: 2 });
  }
  for (const m of allMatches(CAMEL_WITH_DIGITS, text)) {
    if (!DIGIT.test(m[0])) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + m[0].length + brandTail(text, m.index + m[0].length), tier: 2 });
  }
}

/**
 * "SARL Nettoyage Lumière", "UAB Baltic Staff", "ТОВ Агро Захід": legal forms that other countries
 * write before the name; the capitalised words after it are the business.
 */
const LEGAL_FORM_BEFORE = /(?<![\p{L}\d])(?:SARL|SAS|EURL|UAB|SIA|S\.C\.|OOO|ООО|ТОВ|TOV|ТОО|EOOD|ЕООД|PHU|P\.H\.U\.|FHU|F\.H\.U\.)\s+/gu;
const HAS_LEGAL_FORM_BEFORE = /(?<![\p{L}\d])(?:SARL|SAS|EURL|UAB|SIA|S\.C\.|OOO|ООО|ТОВ|TOV|ТОО|EOOD|ЕООД|PHU|P\.H\.U\.|FHU|F\.H\.U\.)\s/u;

function findLegalFormBefore(text: string, out: Candidate[]): void {
  for (const m of allMatches(LEGAL_FORM_BEFORE, text)) {
    const after = m.index + m[0].length;
    const run = CAP_RUN.exec(text.slice(after))?.[0];
    if (run === undefined) continue;
    const name = trimRun(run);
    if (!isOrdinary(name)) out.push({ type: 'ORGANISATIE', start: m.index, end: after + withoutFullStop(name).length, tier: 1 });
  }
}

/**
 * "ze noemen het De Vrolijke Kip", "die zaak heet Golden Palace": a place or business given its name
 * ("het", "dat", "die zaak" is a thing, not a person).
 */
const NAMED_THING = new RegExp(
  `(?<![\\p{L}])(?:noemen|noemt|noemde|noemden|heet|heette)\\s+(?:ze\\s+|zij\\s+|hij\\s+)?(?:het|dat)\\s+(?:(?:ook|zelf|gewoon|eigenlijk)\\s+)?(${CAP_SEQ})`,
  'gu',
);

function findNamedThing(text: string, out: Candidate[]): void {
  for (const m of allMatches(NAMED_THING, text)) {
    const name = trimRun(m[1]!);
    if (isOrdinary(name) || capitalsAreNoise(tokenize(text))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: 'ORGANISATIE', start, end: start + withoutFullStop(name).length, tier: 2 });
  }
}

/**
 * "vv De Zwaluwen '30", "VV Rood-Wit '62", "rksv Halsteren 1928": a sports club's short form in any
 * case (not "sc", chat's Snapchat), its capitalised name and the year it was founded, which is part of
 * the name.
 */
const SPORTS_CLUB =
  /(?<![\p{L}])(?:vv|sv|rksv|rkvv|fc|afc|hsv|csv|svv|vvv|VV|SV|RKSV|RKVV|FC|AFC|HSV|CSV|SVV|VVV|Vv|Sv|Fc)\s+(?:(?:De|Het|'t)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+['’]\d{2}(?![\p{L}\d])|\s+(?:18|19|20)\d{2}(?![\p{L}\d]))?/gu;
const CLUB_WORDS: ReadonlySet<string> = new Set(['vv', 'sv', 'rksv', 'rkvv', 'fc', 'afc', 'hsv', 'csv', 'svv', 'vvv']);

function findSportsClubs(text: string, out: Candidate[]): void {
  for (const m of allMatches(SPORTS_CLUB, text)) {
    // "SC Heerenveen" aside, the short form must open the name: "FC" inside a sentence of capitals names nothing.
    if (capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + m[0].length, tier: 2 });
  }
}

/** "Transport Van den Berg", "Hoveniers De Groot": a capitalised kind word, then a surname with its capitalised particle. */
const KIND_THEN_PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}\\d])(?:${KIND_AFTER})\\s+(?:Van\\s+(?:de|der|den|het|'t)\\s+|Van\\s+|De\\s+|Ter\\s+|Ten\\s+|Te\\s+)\\p{Lu}[\\p{L}'’-]+`,
  'gu',
);

function findKindBeforeParticleName(text: string, out: Candidate[]): void {
  for (const m of allMatches(KIND_THEN_PARTICLE_NAME, text)) {
    if (capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + m[0].length + capitalisedTail(text, m.index + m[0].length), tier: 2 });
  }
}

/**
 * "Work & Go", "Mooi & Zo": two capitalised words joined by "&" name a business (as a guess: two
 * people's names there are found as names and win), with any capitalised words right after.
 */
const AMPERSAND_NAME = /(?<![\p{L}\d])[\p{Lu}][\p{L}\d'’-]*\s+&\s+[\p{Lu}][\p{L}\d'’-]*/gu;

function findAmpersandNames(text: string, out: Candidate[]): void {
  for (const m of allMatches(AMPERSAND_NAME, text)) {
    if (isOrdinary(m[0]) || capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + m[0].length + capitalisedTail(text, m.index + m[0].length), tier: 3 });
  }
}

/**
 * "bij Het Anker, dat visrestaurant in Bruinisse", "klant Sunshine (een "massagesalon")": capitalised
 * words that a kind word after a comma or in brackets describes.
 */
const APPOSITION = new RegExp(
  `(?<![\\p{L}\\d])((?:(?:Het|De|'t)\\s+)?[\\p{Lu}][\\p{L}\\d&'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\d&'’-]*){0,3})(?:,\\s+|\\s+\\(\\s*)(?:dat|die|een|de|het|the|a|an)\\s+["'“„‘]?(?:\\p{L}*${COMPOUND_KIND}|${KIND_BEFORE.split(
    '|',
  )
    .filter((k) => /^[a-z]/.test(k))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

function findAppositions(text: string, out: Candidate[]): void {
  if (!mentionsAny(text, ARTICLES)) return;
  for (const m of allMatches(APPOSITION, text)) {
    const name = m[1]!;
    if (isOrdinary(name) || isPlaceName(name) || capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + name.length, tier: 3 });
  }
}
const ARTICLES: ReadonlySet<string> = new Set(['dat', 'die', 'een', 'de', 'het', 'the', 'a', 'an']);

/**
 * "Sunshine is gevestigd aan de Stationsweg", "Nova Staffing zit gevestigd in Venlo": only a business
 * or institution is "gevestigd" somewhere, so the capitalised words right before say which one.
 */
const ESTABLISHED = new RegExp(
  `(?<![\\p{L}\\d])(${CAP_SEQ})\\s+(?:is|zit|was|zat|zijn|zitten|waren)\\s+(?:(?:ook|nu|sinds\\s+kort|officieel|nog|daar|hier)\\s+)?(?:gevestigd|headquartered)(?![\\p{L}])`,
  'gu',
);

function findEstablished(text: string, out: Candidate[]): void {
  for (const m of allMatches(ESTABLISHED, text)) {
    const name = trimRun(m[1]!);
    if (isOrdinary(name) || capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + name.length, tier: 2 });
  }
}

/** "Payroll Partners Zuid (kvk 17092 233)", "X heeft kvk …": the capitalised words right before a register cue. */
// Without the `i` flag: under it \p{Lu} also matches lower case, and the run would start at any word before the name.
const BEFORE_REGISTER =
  /(?<![\p{L}\d])([\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*){0,4})(?:\s*[,(]\s*|\s+(?:heeft|met|has|with|[Hh]eeft|[Mm]et)\s+(?:een\s+)?)(?:[Kk][Vv][Kk]|KVK|[Kk]\.[Vv]\.[Kk])/gu;
const REGISTER_WORDS: ReadonlySet<string> = new Set(['kvk', 'k']);
const PERSON_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:eigenaar|eigenares|eigenaresse|bestuurder|directeur|directrice|owner|contactpersoon|baas|manager|dhr|mevr|meneer|mevrouw|mr|mrs)\.?\s*:?\s*$/iu;

function findBeforeRegister(text: string, out: Candidate[]): void {
  for (const m of allMatches(BEFORE_REGISTER, text)) {
    const name = trimRun(m[1]!);
    if (!/^[\p{Lu}\d]/u.test(name) || /^\d+$/.test(name) || isOrdinary(name) || capitalsAreNoise(tokenize(text))) continue;
    // "eigenaar Vu Thi Hong, kvk …": after a person's role the words are that person, the register theirs.
    if (PERSON_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({ type: 'ORGANISATIE', start: m.index, end: m.index + name.length, tier: /\s/.test(name) ? 2 : 3 });
  }
}

/** "works for", "lucrează la", "pracuję dla", "работя в", "працюю в", "arbeitet bei": the name after it. */
const FOREIGN_EMPLOYER_CUE =
  /(?<![\p{L}])(?:(?:lucrează|lucreaza|lucrez|lucra|lucrăm|lucreaza)\s+la|(?:pracuję|pracuje|pracują|pracowała|pracował)\s+(?:dla|w|u)|(?:работя|работи|работят|работеше)\s+(?:в|за|при)|(?:працюю|працює|працюють|працювала?)\s+(?:в|на|у)|(?:arbeitet|arbeite|arbeiten)\s+(?:bei|für)|travaille\s+(?:chez|pour)|(?:trabaja|trabajo)\s+(?:en|para)|trabalha\s+(?:na|no|para)|(?:works|worked|working)\s+(?:for|at))\s+/giu;

/** Words without which the employer cues cannot match. */
const EMPLOYER_CUE_WORDS: ReadonlySet<string> = new Set(
  `bij voor via namens vanuit for at by la dla w u в за при на у bei fur für chez pour en para na no`.split(' '),
);

/** "werkt bij Hollandse Glorie", "works for Bright Staffing": the capitalised run after the cue. */
/** The verbs of `FOREIGN_EMPLOYER_CUE`, folded: its pattern runs only in a message with one. */
const FOREIGN_EMPLOYER_VERBS: ReadonlySet<string> = new Set(
  `lucreaza lucrez lucra lucram pracuje pracuja pracowala pracowal работя работи работят работеше працюю працює працюють
  працювала працював arbeitet arbeite arbeiten travaille trabaja trabajo trabalha works worked working`
    .split(/\s+/)
    .map((w) => fold(w)),
);

/** "werken in Wok Paleis Hoorn": two or more capitalised words after working "in" name the workplace, unless they start with a place. */
const WORK_IN = /(?<![\p{L}])(?:werkt|werkte|werken|werkten|works?|worked|working)\s+in\s+(?:(?:de|het|een|the|a)\s+)?/giu;

function findWorkplaceAfterIn(text: string, out: Candidate[]): void {
  for (const m of allMatches(WORK_IN, text)) {
    const after = m.index + m[0].length;
    const run = MULTI_CAP_RUN.exec(text.slice(after))?.[0];
    if (run === undefined) continue;
    const name = trimRun(run);
    const first = /^\S+/.exec(name)![0];
    if (isPlaceName(first) || isPlaceName(name) || isOrdinary(name) || capitalsAreNoise(tokenize(text))) continue;
    out.push({ type: 'ORGANISATIE', start: after, end: after + withoutFullStop(name).length, tier: 2 });
  }
}

const CUE = /\b(?:bij|voor|via|namens|vanuit|for|at|by)\s+(?:(?:de|het|een|the)\s+)?/gi;
const CUE_WORDS = ['bij', 'voor', 'via', 'namens', 'vanuit', 'for', 'at', 'by'];
const endsLikeCue = endsWithOneOf(CUE_WORDS);
const SPACE = /\s/;

/**
 * Whether `CUE` may match: a token that ends in one of its words (which stand after `\b`, so at the
 * token's start or after a character that is no ASCII letter, digit or "_") right before a space.
 */
function mayHoldCue(table: TokenTable): boolean {
  const text = table.text;
  for (const t of table.tokens) {
    if (!endsLikeCue(t.key) || !SPACE.test(text.charAt(t.end))) continue;
    for (const word of CUE_WORDS) {
      if (!t.key.endsWith(word)) continue;
      if (t.key.length === word.length || !isAsciiWordChar(text.charCodeAt(t.end - word.length - 1))) return true;
    }
  }
  return false;
}

/**
 * Each gate with the pattern it stands before, for the tests that hold a gate to be true wherever
 * its pattern matches (the gate may say yes where the pattern then finds nothing).
 */
export const GATES: ReadonlyArray<readonly [string, (table: TokenTable) => boolean, RegExp]> = [
  ['legal form', mayHoldLegalForm, HAS_LEGAL_FORM],
  ['kind after', mayHoldKindAfter, HAS_KIND_AFTER],
  ['employer cue', mayHoldCue, CUE],
  ['legal form before', mayHoldLegalFormBefore, HAS_LEGAL_FORM_BEFORE],
  ['known employer', mayHoldEmployer, KNOWN_EMPLOYERS],
  ['working in', mayHoldWorkIn, WORK_IN],
];

/** A word test that stands for a pattern (exactly: true where and only where the pattern matches), for the tests. */
export const PATTERNS_REPLACED: ReadonlyArray<readonly [string, (table: TokenTable) => boolean, RegExp]> = [
  ['kind word before a name', hasKindBefore, HAS_KIND_BEFORE],
];

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A verb of driving or delivering right before the cue: "i drive for", "ik rij voor", "bezorgt voor". */
const DRIVING_BEFORE =
  /(?<![\p{L}])(?:drive|drives|drove|driving|deliver|delivers|delivered|rij|rijd|rijdt|bezorg|bezorgt)\s+(?:(?:nu|now|ook|also|al|still)\s+)?(?:voor|for|bij)\s+(?:(?:de|het|the)\s+)?$/iu;
const WORK_VERB_BEFORE =
  /(?<![\p{L}])(?:werk|werkt|werkte|werken|work|works|worked|working)\s+(?:(?:nu|now|ook|also|al|still)\s+)?(?:voor|for|bij|at)\s+(?:(?:de|het|the)\s+)?$/iu;
/** Ride-hailing and delivery apps, names of no one as apps ("via uber"), employers after a work verb. */
const RIDE_PLATFORMS: ReadonlySet<string> = new Set(['uber', 'bolt']);

function findAfterEmployerCue(text: string, table: TokenTable, out: Candidate[]): void {
  // The table's look-ups first: they are already made for the other gates, the pattern is a call of its own.
  if (mayHoldWorkIn(table) && /\bwork|\bwerk/i.test(text)) findWorkplaceAfterIn(text, out);
  if (!mentionsAny(text, EMPLOYER_CUE_WORDS)) return;
  if (mentionsAny(text, FOREIGN_EMPLOYER_VERBS))
    for (const m of allMatches(FOREIGN_EMPLOYER_CUE, text)) {
      const after = m.index + m[0].length;
      const run = CAP_RUN.exec(text.slice(after))?.[0];
      if (run === undefined) continue;
      const name = withoutFullStop(trimRun(run));
      // "pracuje w Venlo", "працює в Утрехті", "trabaja en Breda": the preposition also says where, and a
      // town alone after it is the place of the work, not the employer (a kind word after it still makes one).
      if (!isOrdinary(name) && !isPlaceName(name)) out.push({ type: 'ORGANISATIE', start: after, end: after + name.length, tier: 2 });
    }
  // "Ik bel namens Woonzorg Noord": a caller speaks for an organisation (or a person, whose name then wins).
  if (!mayHoldCue(table)) return;
  for (const m of allMatches(CUE, text)) {
    const after = m.index + m[0].length;
    const rest = text.slice(after);
    if (!EMPLOYER_CUE.test(text.slice(Math.max(0, after - 40), after))) {
      // "bij Car Wash Sparkle", "voor Groen Hoveniers": two or more capitalised words after "bij" or
      // "voor" name a business or a person; as a weak guess a person name or a place found there wins.
      const run = beforeSentenceEnd(
        MULTI_CAP_RUN.exec(rest)?.[0] ?? (/^(?:via|namens)\s/i.test(m[0]) ? SINGLE_CAP.exec(rest)?.[0] : undefined),
      );
      if (run !== undefined && !isOrdinary(trimRun(run)) && !capitalsAreNoise(tokenize(text)))
        out.push({ type: 'ORGANISATIE', start: after, end: after + withoutFullStop(trimRun(run)).length, tier: 3 });
      // "werk in Monster bij De Tuinderij": a capitalised article and a word no dictionary calls a
      // function word name the place (as a guess: a surname there, "bij De Vries", is found as a name).
      const article = /(?:^|\s)(De|Het)\s+$/.exec(m[0]);
      const named = article !== null && run === undefined ? SINGLE_CAP.exec(rest)?.[0] : undefined;
      if (named !== undefined && !isOrdinary(named) && !capitalsAreNoise(tokenize(text))) {
        const start = after - article![1]!.length - (m[0].length - m[0].lastIndexOf(article![1]!) - article![1]!.length);
        out.push({ type: 'ORGANISATIE', start, end: after + withoutFullStop(named).length, tier: 3 });
      }
      continue;
    }
    const run = CAP_RUN.exec(rest)?.[0];
    if (run !== undefined) {
      const name = trimRun(run);
      const driving = DRIVING_BEFORE.test(text.slice(Math.max(0, after - 25), after));
      // "ik rij voor Jan", "we drove for Utrecht": after a verb of driving a person or town is where or whom
      // the ride was for; a ride-hailing platform there is the one someone drives for ("i drive for Bolt").
      if (driving && (FIRST_NAMES.has(fold(name)) || isPlaceName(name))) continue;
      const platform = driving || WORK_VERB_BEFORE.test(text.slice(Math.max(0, after - 25), after));
      if (!isOrdinary(name) || (platform && RIDE_PLATFORMS.has(fold(name))))
        out.push({ type: 'ORGANISATIE', start: after, end: after + withoutFullStop(name).length, tier: 2 });
      // "hij werkt voor Snel en Goed": after a work verb's "bij"/"voor", capitals on common words name the employer.
      else if (platform && capitalisedCommonName(m[0], name, text))
        out.push({ type: 'ORGANISATIE', start: after, end: after + withoutFullStop(name).length, tier: 3 });
      continue;
    }
    const brand = LOWER_BRAND.exec(rest)?.[0];
    const article = /(?:de|het|een|the)\s+$/i.test(m[0]);
    // "via uitzendbureau Polflex": the kind word is not the name, the name after it is found as such.
    // "bij aardappel fabriek Agri Noord": a word before a kind word says what is made there; the name follows.
    const beforeKind = KIND_BEFORE_WORDS.has(fold(/^\s+([\p{L}]+)/u.exec(rest.slice(brand?.length ?? 0))?.[1] ?? ''));
    if (
      brand &&
      !article &&
      !beforeKind &&
      !FUNCTION_WORDS.has(fold(brand)) &&
      !COMMON_AFTER_BIJ.test(brand) &&
      !KIND_BEFORE_WORDS.has(fold(brand))
    ) {
      // "werkt bij albert heijn": unknown lower-case words go on with the employer's name.
      const more = /^(?:\s+[\p{Ll}\d][\p{L}\d&'’-]+)*/u.exec(rest.slice(brand.length))![0];
      let length = brand.length;
      for (const w of allMatches(/\s+([^\s]+)/g, more)) {
        if (!isUnknownWord(w[1]!)) break;
        length = brand.length + w.index + w[0].length;
      }
      // "the guy i work for showed me", "werken voor kost en inwoning": one lower-case dictionary word
      // there is the sentence's own word (a verb, a thing), not a business written in lower case.
      if (length === brand.length && isOrdinaryWord(fold(brand))) continue;
      // Several such words after a work cue are a name of their own, not a first name with something after it.
      out.push({ type: 'ORGANISATIE', start: after, end: after + length, tier: length > brand.length ? 2 : 3 });
    }
  }
}

/**
 * "work in Amsterdam. At what point …", "at 17. I never knew": a full stop after a word or number
 * and a space end the sentence, and the name with it ("B.V." and "Sp. z o.o." have no two lower-case
 * letters or a digit before their dots). What is left must still be two words or more.
 */
function beforeSentenceEnd(run: string | undefined): string | undefined {
  if (run === undefined) return undefined;
  const end = /(?<=\p{Ll}\p{Ll}|\d)[.!?](?=\s)/u.exec(run);
  if (end === null) return run;
  const kept = run.slice(0, end.index);
  return /\s/.test(kept) && /\p{L}/u.test(kept) ? kept : undefined;
}

/** A lower-case word no dictionary or function-word list knows: a brand's or business's own name. */
export function isUnknownWord(word: string): boolean {
  const key = fold(word);
  return key.length >= 3 && !FUNCTION_WORDS.has(key) && !isOrdinaryWord(key) && !KIND_BEFORE_WORDS.has(key);
}

/** Kind words of other languages: in a Polish or Romanian sentence every word after them is unknown to the Dutch dictionary. */
const FOREIGN_KINDS = new Set([
  'agentia',
  'agenția',
  'agencja',
  'agencji',
  'agencia',
  'agentur',
  'firmy',
  'firmie',
  'compania',
  'firmă',
  'company',
]);

/** A Dutch kind word and lower-case words after it: "uitzendbureau covebo", "salon yasmin beauty". */
const KIND_THEN_LOWER_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${KIND_BEFORE.split('|')
    .filter((k) => /^[a-z]/.test(k) && !FOREIGN_KINDS.has(k) && !CAPITALISED_NAME_KINDS.has(k))
    .join('|')})((?:\\s+[\\p{Ll}][\\p{L}\\d&'’-]+){1,3})`,
  'gu',
);

/**
 * A business named in lower case after a kind word at a preposition (a place someone works or goes
 * to), in three shapes that ordinary sentences rarely take:
 * - an article and words: "eigenaar van snackbar de kroket", "in hotel de wereld" (Dutch names its
 *   cafés and shops so; a sentence puts no second article right after a noun);
 * - words and then where it is: "bij de nagelsalon beauty queen in tilburg", "massagesalon lotus aan
 *   de …" (the words may be dictionary words; no verb, time or adverb among them);
 * - set off by commas with a word no dictionary knows: "in een winkel, bella moda, in almere".
 * Dutch only: English writes its compounds apart ("a hotel job", "the agency house").
 */
const AT_KIND_THEN_LOWER =
  /(?<![\p{L}])(?:bij|in|voor|van|naar)\s+(?:(?:de|het|een|die|dat)\s+)?(\p{Ll}[\p{Ll}-]{2,})(,?)(?=((?:\s+[\p{Ll}][\p{L}'’&-]*){1,4}[,.!?;:()]?))/gu;
/** Words after which a sentence says where the business is. */
const PLACE_AFTER_NAME: ReadonlySet<string> = new Set('in op aan bij naast achter tegenover vlakbij'.split(' '));
/** Words that close a name after an article or comma, beside the place words. */
const CLAUSE_AFTER_NAME: ReadonlySet<string> = new Set('en waar die dat'.split(' '));
/** Nouns of time and adverbs of place after a workplace ("in de winkel de hele dag", "in die zaak achterin"): never a business's name. */
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  `dag dagen week weken nacht nachten ochtend avond middag jaar jaren maand maanden keer tijd rest weekend uur uren achterin
  voorin binnenin bovenin onderin ernaast erachter erboven eronder daarachter daarboven daarnaast hiernaast beneden boven binnen
  buiten zelf`.split(/\s+/),
);
/** A Dutch verb form: a present or past tense, a participle or an infinitive ("stond", "betaalt", "plukken", "weggegaan"). */
export function looksLikeVerb(key: string): boolean {
  if (!isOrdinaryWord(key)) return false;
  if (/(?:t|d|te|de|ten|den)$/.test(key) || /ge\p{L}{2,}[dtn]$/u.test(key)) return true;
  if (!key.endsWith('en')) return false;
  // An infinitive or plural has a verb stem before "-en" ("pluk-ken", "huil-en", "slap-en" → "slaap"); "queen" has none.
  const stem = key.slice(0, -2);
  const stems = [stem, stem.replace(/(\p{L})\1$/u, '$1'), stem.replace(/([aeou])(\p{L})$/u, '$1$1$2')];
  return stems.some((s) => s.length >= 3 && !isFunctionWord(s) && isDictionaryWord(s));
}

export function isKindWord(key: string): boolean {
  return KIND_BEFORE_WORDS.has(key) || (key.length >= 6 && endsLikeCompoundKind(key) && COMPOUND_KIND_END.test(key));
}

/** Words only English has among the chat's languages: a message with one writes its compounds apart. */
const ENGLISH_ONLY: ReadonlySet<string> = new Set('the i my and with she he they you your works working worked have has'.split(' '));

function findLowerNameAtKind(text: string, out: Candidate[]): void {
  if (mentionsAny(text, ENGLISH_ONLY)) return;
  for (const m of allMatches(AT_KIND_THEN_LOWER, text)) {
    if (!isKindWord(fold(m[1]!)) || CAPITALISED_NAME_KINDS.has(fold(m[1]!))) continue;
    const comma = m[2] === ',';
    const wordsStart = m.index + m[0].length;
    const article = !comma && /^\s+(?:de|het|'t)\s/.test(m[3]!);
    let end = -1;
    let names = 0;
    let unknown = 0;
    // What closed the words: a place word, a clause word, punctuation or the text's end.
    let closer: 'place' | 'clause' | 'mark' | undefined;
    for (const w of allMatches(/\s+([^\s,.!?;:()]+)([,.!?;:()]?)/gu, m[3]!)) {
      const key = fold(w[1]!);
      if (article && names === 0 && end === -1) {
        end = wordsStart;
        continue;
      }
      if (names > 0 && PLACE_AFTER_NAME.has(key)) closer = 'place';
      else if (names > 0 && CLAUSE_AFTER_NAME.has(key)) closer = 'clause';
      if (closer !== undefined) break;
      if (isFunctionWord(key) || NOT_A_NAME.has(key) || isKindWord(key) || (!article && looksLikeVerb(key))) break;
      names++;
      if (isUnknownWord(w[1]!)) unknown++;
      end = wordsStart + w.index + w[0].length - w[2]!.length;
      if (w[2] !== '') closer = 'mark';
      if (w[2] !== '' || names === 3) break;
    }
    if (closer === undefined && names > 0 && end === text.length) closer = 'mark';
    const named = article
      ? closer !== undefined
      : comma
        ? closer !== undefined && unknown > 0
        : closer === 'place' || (closer !== undefined && unknown > 0);
    if (names === 0 || !named) continue;
    out.push({ type: 'ORGANISATIE', start: wordsStart - m[2]!.length - m[1]!.length, end, tier: 3 });
  }
}

/** Chat in lower case names its businesses in lower case too: the unknown words after a kind word, as a weak guess. */
/** Naming verbs of the chat's other languages that no dictionary of Dutch or English knows ("a empresa chama …"). */
const FOREIGN_NAMING_VERBS: ReadonlySet<string> = new Set(['chama', 'chamada', 'chamado', 'llama', 'llamada', 'llamado']);

function findLowerAfterKind(text: string, out: Candidate[]): void {
  for (const m of allMatches(KIND_THEN_LOWER_WORDS, text)) {
    let end = m.index + m[0].length - m[1]!.length;
    let named = false;
    let particle = 0;
    for (const w of allMatches(/\s+([^\s]+)/g, m[1]!)) {
      // "de kwekerij van jansen": the owner's name after "van" (and "de"/"der"/"den") names the business.
      if (!named && particle < 2 && (particle === 0 ? w[1] === 'van' : /^(?:de|der|den)$/.test(w[1]!))) {
        particle++;
        continue;
      }
      // "a empresa chama Bouwbedrijf …": a naming verb of another language is no unknown name; the name follows it.
      if (!isUnknownWord(w[1]!) || FOREIGN_NAMING_VERBS.has(w[1]!.toLowerCase())) break;
      named = true;
      end = m.index + m[0].length - m[1]!.length + w.index + w[0].length;
    }
    if (named) out.push({ type: 'ORGANISATIE', start: m.index, end, tier: 3 });
  }
}
