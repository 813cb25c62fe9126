/**
 * Street addresses and postcodes, Dutch and of the countries most victims come from.
 *
 * Addresses: a Dutch street name (ending or leading street word) with its house number and
 * addition; a foreign street written with its street word ("ul.", "str.", "bul.", "вул.", "Rue",
 * "Calle", "…straße") and number, with flat and block parts ("m. 5", "bl. A2, ap. 14", "кв. 5",
 * "bus 2"); or "14 Baker Street". Postcodes: the Dutch 1234 AB, and foreign postcodes (PL 31-147,
 * DE 47533, BE 2000, RO 700259, UK NW1 6XE, with or without country prefix) when a cue, a place
 * name after them or an address before them says so: a bare number is not a postcode.
 */
import { NON_PII_PROPER } from '../lexicons/commonWords';
import { FIRST_NAMES, SURNAMES, isFunctionWord, isOrdinaryWord } from '../lexicons/wordLists';
import { digitRuns, hasCapitalBeforeRun, hasRunBeforeRun, hasRunBetween, hasRunOf } from '../digitRuns';
import { allMatches, fold, hasDigit, isAsciiLower, isSpaceCode, mentionsAny, splitOnSpaces, testText, tokenize } from '../text';
import type { Candidate, Token } from '../types';
import { NON_ASCII, hasAny } from '../textShape';
import { isPlaceName } from './places';

// Endings of Dutch street names. Capitalised names may use the long list; a lower-case word needs a
// strict ending, because "vergadering 3" or "supermarkt 2" are not addresses.
const STREET_END =
  'straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|park|hof|steeg|pad|dreef|baan|markt|burgwal|wal|ring|erf|plantsoen|boulevard|allee|haven|kanaal|veld|weide|akker|zoom|kamp|brink|donk|hoek|oord|rade|promenade|passage|galerij|vaart|tuin|tuinen|hoven|wijk|berg|dal|lei|hage|heuvel|horst|poort|schans|wetering|zijde|kwartier|straße|strasse|str\\.|gasse|platz|damm|ufer|chaussee|steenweg|dreef|bocht|diep|vliet|sloot|zijl|gang|stede|werf|hoeve|dyk|wei|strjitte|leane|loane|buorren|reed|pleats|kant|vest';
/** "Ringbaan-Oost", "Dorpsstraat-Zuid": a compass part after the street word. */
// "Oosterdiep WZ 12", "Kanaal NZ 4": the side of a canal, as the villages of Groningen and Drenthe abbreviate it.
const COMPASS_PART = '(?:-(?:Oost|West|Noord|Zuid|Noordzijde|Zuidzijde|Oostzijde|Westzijde)|\\s(?:WZ|OZ|NZ|ZZ)(?=\\s\\d))?';
// "vest": the old town walls' streets (Broersvest, Oostvest, Raamvest).
const STRICT_END =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|burgwal|vest|plantsoen|boulevard|allee|straße|strasse|gasse|platz';
const PARTICLE = "(?:van|de|der|den|het|'t|la|le|ten|ter)";
/** "Laan van Meerdervoort", "Weg naar Rhijnauwen", "Kade aan de Maas". */
const LEADING_PARTICLE = "(?:van|de|der|den|het|'t|ten|ter|naar|op|aan|achter|bij)";
const CAP_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const PREFIX = `(?:\\d{1,2}e\\s+)?(?:${CAP_WORD}\\s+(?:${PARTICLE}\\s+){0,2}){0,3}`;
/** With a house number after the street, two capitalised words joined by "en" name one street too ("Bos en Lommerweg 190"). */
// "v.d. Mondestraat 4", "'s-Gravendijkwal 12": an abbreviated particle or "'s-" belongs to the street.
const PREFIX_NUMBERED = `(?:\\d{1,2}e\\s+)?(?:[vV]\\.\\s?[dD]\\.\\s?|[vV]\\.\\s)?(?:${CAP_WORD}\\s+(?:(?:${PARTICLE}|en)\\s+){0,2}){0,3}(?:['’]s-)?`;
const ADDITION_WORD = '(?:hs|huis|bis|bg|boven|beneden|hoog|sous|zw|zwart|rood|[IVX]{1,4})';
/**
 * House number with Dutch, Belgian, Polish, Romanian and Ukrainian additions. A lower-case letter after a
 * space and before a capitalised word is a preposition, not an addition ("ulicy Polnej 7 w Lublinie").
 */
const HOUSE_NUMBER =
  `(?:(?:[nN][rRoO]|[nN]°|[nN]º|№)\\.?:?\\s?)?(?!0)\\d{1,5}(?:\\s?[-/]\\s?(?:\\d{1,3}|[a-zA-Z]{1,2}|[IVX]{1,4}|${ADDITION_WORD})(?![\\p{L}])|(?:\\s[a-z](?!\\s+\\p{Lu}|\\s\\d)|\\s?[A-Z]|[a-z]|\\s?${ADDITION_WORD})(?![\\p{L}]|\\.\\s?\\d|\\/m))?` +
  `(?:(?:,?\\s(?:bus|box|[Ff]lat|[Aa]partment|[Aa]pto\\.?|[Aa]pt\\.?|[Uu]nit|m\\.|m(?=\\s\\d)|bl\\.|sc\\.|et\\.|ap\\.|apt\\.?|кв\\.|к\\.|вх\\.|ет\\.|ап\\.|бл\\.|эт\\.|лок\\.|lok\\.|mieszk\\.|bloc|scara|etaj|apartament|unit|app\\.|appartement|kamer|flat|whg\\.|wohnung|lgh|kv\\.|kw\\.|D:|daire|Daire|kat|Kat|Blok|blok|apto\\.?|depto\\.?|dpto\\.?|piso|puerta|bl|ap|sc)(?::\\s?|\\s?)[\\p{L}\\d]{1,4}|,\\s\\d{1,2}[ºª°]\\s?(?:[Ee]sq(?:uerdo|uerda)?\\.?|[Dd]to\\.?|[Dd]ta\\.?|[Dd]cha\\.?|[Dd]erecha|[Ii]zq(?:uierda)?\\.?|[Ii]zda\\.?|[Dd]ir(?:eito)?\\.?|[Ff]rente|[Cc]entro|[A-Za-z](?![\\p{L}]))?(?![\\p{L}]))+)?`;
const END = '(?![\\p{L}\\d]|[.,:]\\d)';

// "Grote Markt 19", "Gedempte Oude Gracht 60": capitalised words before a street word of its own belong to the street.
export const STREET_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}\\d])(?:${PREFIX_NUMBERED}[\\p{Lu}][\\p{L}'’-]+(?:${STREET_END})${COMPASS_PART}|(?:${CAP_WORD}\\s+){0,2}(?:Laan|Weg|Plein|Kade|Dreef|Singel|Gracht|Hof|Markt|Dam|Brink|Ring|Steenweg)(?:\\s+(?:${LEADING_PARTICLE}\\s+){0,2}${CAP_WORD}){0,3})\\s+${HOUSE_NUMBER}${END}`,
  'gu',
);
/** Words that open many Dutch streets' names before the street word ("Nieuwe Binnenweg", "Oude Delft", "Eerste Jan Steenstraat"). */
const LOWER_OPENING =
  '(?:nieuwe|oude|lange|korte|grote|kleine|hoge|lage|brede|smalle|nieuw|oud|groot|klein|hoog|laag|oost|west|noord|zuid|oostelijke|westelijke|noordelijke|zuidelijke|eerste|tweede|derde|vierde|[1-9]e)';
const STREET_LOWER_WITH_NUMBER = new RegExp(
  // "burg. de withstraat 38", "dr. van praagstraat 4": an abbreviated title and particles before a lower-case street.
  // "nieuwe binnenweg 123b", "lange leidsedwarsstraat 4": an adjective or compass word that opens the street's name.
  // "ringbaan-oost 233": any street ending with a compass part after it (the pattern's `i` flag takes it in lower case).
  `(?<![\\p{L}\\d])(?:(?:burg|dr|prof|mr|st|ds|gen|kon|pr|past)\\.\\s*(?:${PARTICLE}\\s+){0,2}|${LOWER_OPENING}\\s+)?[\\p{Ll}][\\p{L}-]{2,}(?:${STRICT_END}|(?:${STREET_END})-(?:oost|west|noord|zuid|noordzijde|zuidzijde|oostzijde|westzijde))\\s+${HOUSE_NUMBER}${END}`,
  'giu',
);
export const STREET_NAME_ONLY = new RegExp(`(?<![\\p{L}\\d])${PREFIX}[\\p{Lu}][\\p{L}'’-]{2,}(?:${STRICT_END})(?![\\p{L}])`, 'gu');

/**
 * The part of `STREET_WITH_NUMBER` and `STREET_NAME_ONLY` every match holds, without the words that
 * may open it: the street word with its capital and what follows it. These two patterns try their
 * opening words at every position; these parts of them run once over the text, and most messages
 * with a street's ending ("weg", "paspoort", "gang") do not hold them, so the long ones are skipped.
 */
export const STREET_WITH_NUMBER_CORE = new RegExp(
  `[\\p{Lu}][\\p{L}'’-]+(?:${STREET_END})${COMPASS_PART}\\s+(?:(?:[nN][rRoO]|[nN]°|[nN]º|№)\\.?:?\\s?)?[1-9]|(?:Laan|Weg|Plein|Kade|Dreef|Singel|Gracht|Hof|Markt|Dam|Brink|Ring|Steenweg)\\s`,
  'u',
);
export const STREET_NAME_ONLY_CORE = new RegExp(`[\\p{Lu}][\\p{L}'’-]{2,}(?:${STRICT_END})(?![\\p{L}])`, 'u');

/** Street words written before the name, abroad: Polish, Romanian, Bulgarian, Ukrainian, French, Spanish, Italian, Portuguese, Turkish. */
const STREET_WORD =
  '(?:[uU]lica|[uU]licy|[uU]lic[ią]|[aA]leja|[aA]lei|[oO]siedle|[pP]lac|[pP]l\\.|[sS]plaiul|[iI]ntrarea|[pP]ia[țţt]a|[nN]ámestie|[nN]ám\\.|[nN]áměstí|[tT]rieda|жк|ж\\.\\s?к\\.|[уУ]лица|[бБ]улевард|[вВ]улиц[яіюе]|[вВ]ул\\.|[пП]роспект|[пП]ровулок|[пП]ров\\.|[пП]лоща|[уУ]лиц[аеуы]|(?:Am|An\\s+der|Auf\\s+dem|Im|Zum|Zur)(?=\\s+\\p{Lu}[\\p{L}-]+\\s+\\d)|[uU]l\\.|[aA]l\\.|[oO]s\\.|[sS]tr\\.|[sS]trada|[bB]d\\.|[bB]-dul|[bB]ulevardul|[cC]alea|[aA]leea|[șşsS]os\\.|[șşsS]oseaua|[bB]ul\\.|[vV]ul\\.|[pP]rosp\\.|[zZ]h\\.\\s?k\\.|ул\\.|бул\\.|вул\\.|просп\\.|пр\\.|ж\\.к\\.|Rue|rue|Avenue|avenue|Av\\.|Boulevard|Place|Chemin|Impasse|Chauss[ée]e|chauss[ée]e|Quai|Dr[èe]ve|Calle|calle|C/|Avenida|Avda\\.|Plaza|Paseo|Via|Viale|Piazza|Corso|Rua|Travessa|Praça|Sokak|Sok\\.|Caddesi|Cad\\.|Kaya|Kaminda)';
/** "ж.к. Люлин, бл. 305, вх. Б, ап. 14": a housing estate's block, entrance and flat, without a house number. */
const BLOCKS_ONLY = '(?:,?\\s(?:бл\\.|вх\\.|ет\\.|ап\\.|блок|bl\\.|sc\\.|ap\\.|bloc|blok|scara)\\s?[\\p{L}\\d]{1,4}(?![\\p{L}\\d]))+';
/** The name after a foreign street word, also in quotes ('ul. "Tsar Simeon" 41'). */
const FOREIGN_NAME =
  "(?:\\s+(?:de|la|las|los|du|des|del|di|da|das|do|dos|della|delle|degli|dei|le|l'|d')){0,2}\\s*[\"„“]?(?:\\d{1,4}|[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:de|la|las|los|du|des|del|di|da|das|do|dos|cel|lui|dei|della|delle|degli|y|e)?\\s*[\\p{Lu}][\\p{L}'’.-]*){0,3}[\"”“]?";
// A number of four or five digits after a comma and before a capitalised word is the postcode of a
// town ("rue des Lilas, 93200 Saint-Denis"), not the house number.
const FOREIGN_STREET = new RegExp(
  `(?<![\\p{L}\\d])${STREET_WORD}${FOREIGN_NAME}(?:,?\\s+(?!\\d{4,5}\\s+\\p{Lu})${HOUSE_NUMBER}|${BLOCKS_ONLY})?${END}`,
  'gu',
);
/**
 * Alternatives in lower case, capitalised or in capitals, as a group. Not the \`i\` flag: the house number
 * must still tell "12 w Łodzi" (a preposition) from "12 W" (an addition).
 */
function anyCase(alternatives: string): string {
  // The alternatives hold no escapes that change meaning with case ("\\." and "?" stay what they are).
  const forms = alternatives.split('|').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
  return `(?:${[...new Set(forms)].join('|')})`;
}

/**
 * "ul. kwiatowej 3", "str. florilor nr 5", "вул Хрещатик 22": after a street word of Poland, Romania,
 * Bulgaria, Ukraine or Turkey, a name in lower case (or without the abbreviation's dot) with a house number.
 */
/**
 * The same street words as chat writes them in Latin letters, without a dot or in lower case, each a
 * word of its own (a space after it): Bulgarian, Russian and Ukrainian transliterated ("ulitsa",
 * "bulevard", "vulytsia", "prospekt"), Serbian and Croatian ("bulevar", "trg"), Albanian ("rruga"),
 * Romanian ("bulevardul", "splaiul"), Spanish, Catalan, Portuguese and Italian ("calle", "carrer",
 * "rua", "largo", "estrada"), Moroccan and Egyptian Arabic ("derb", "zanqat", "shari3"), and "ul" and
 * "str" without their dot. Not "vul" (Dutch "vul … in") nor "via" (Dutch and English "via").
 */
const FOREIGN_STREET_WORDS_SPACED =
  'ul|str|viale|piazza|vicolo|ulitsa|ulitza|ulica|vulytsia|vulytsya|vulitsa|vulica|bulevard|bulevar|bulevardul|prospekt|prospekt\\.|provulok|pereulok|ploshcha|ploshtad|trg|rruga|rr\\.|carrer|calle|rua|avenida|largo|estrada|alameda|travessa|camino|carretera|derb|zanqat|zenqat|shari3|sharia|splaiul|intrarea|piata|piața';
const FOREIGN_STREET_ANY_CASE = new RegExp(
  `(?<![\\p{L}\\d])(?:${anyCase('ul\\.|ulica|ulicy|al\\.|os\\.|osiedle|str\\.|strada|bd\\.|bul\\.|b-dul|calea|aleea|șos\\.|şos\\.|sos\\.|вул\\.?|ул\\.?|бул\\.?|вулиця|улица')}\\s*|${anyCase(FOREIGN_STREET_WORDS_SPACED)}\\s+(?:e\\s+)?)[\\p{L}][\\p{L}'’.-]+(?:\\s+[\\p{L}][\\p{L}'’.-]+){0,2},?\\s+${HOUSE_NUMBER}${END}`,
  'gu',
);
const FOREIGN_STREET_ANY_CASE_WORDS: ReadonlySet<string> = new Set([
  ...'ul ulica ulicy al os osiedle str strada bd bul b-dul calea aleea sos şos șos вул ул бул вулиця улица'.split(' '),
  ...FOREIGN_STREET_WORDS_SPACED.replace(/\\\./g, '')
    .split('|')
    .map((w) => fold(w)),
  // "shari3": a word is its letters, so the digit that spells a sound is no part of it.
  'shari',
]);
/** "gül sokak no 7", "atatürk caddesi 45": Turkish names the street before its word, also in lower case. */
const TURKISH_STREET_ANY_CASE = new RegExp(
  `(?<![\\p{L}\\d])[\\p{L}]{2,}\\s+${anyCase('sokak|sokağı|sokagi|sok\\.|sk\\.|caddesi|cad\\.|cd\\.|bulvarı|bulvari|mahallesi|mah\\.')}\\s*${HOUSE_NUMBER}${END}`,
  'gu',
);
/**
 * "in via garibaldi 12", "lives via roma 4": Italian "via" in lower case is also the Dutch and English
 * word, so it names a street only after a preposition of place or a word for living, with a house number.
 */
const VIA_STREET = new RegExp(
  `(?<![\\p{L}])(?:in|at|on|op|aan|lives|living|woont|wonen|woonde|abita|abito|vive|vivo|sta|sto)\\s+(via\\s+(?:(?:del|della|dei|delle|degli|di|de|san|santa)\\s+)?[\\p{L}][\\p{L}'’-]{2,}(?:\\s+[\\p{L}][\\p{L}'’-]{2,})?,?\\s+${HOUSE_NUMBER})${END}`,
  'giu',
);
const VIA_WORDS: ReadonlySet<string> = new Set(['via']);
const TURKISH_STREET_WORDS: ReadonlySet<string> = new Set('sokak sokagi sok sk caddesi cad cd bulvari mahallesi mah'.split(' '));
const NUMBER_FIRST =
  /(?<![\p{L}\d])(?:(?:No|Nr|N°)\.?\s?)?\d{1,5}[a-z]?(?:\s(?:bis|ter))?,?\s+(?:(?:rue|avenue|boulevard|place|chemin)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Close|Court|Way|Crescent|Cres\.?|Gardens|Terrace|Boulevard|Blvd\.?))(?![\p{L}])/giu;

/**
 * Colombia, Venezuela and their neighbours number streets in a grid and a house by the crossing
 * street and the distance from it: "Carrera 43 #52-18", "Calle 10 No. 5-51", "Cra. 7 # 45-10 Sur",
 * "Av. 68 n° 23-45 apto 301". The street word, its number, a number sign and the two numbers joined
 * by a hyphen are the address's structure, in any case.
 */
const GRID_ADDRESS =
  /(?<![\p{L}\d])(?:calle|carrera|cra\.?|kra\.?|cll?\.?|avenida|av\.?|avda\.?|transversal|tv\.?|diagonal|dg\.?|circular|autopista)\s*\d{1,3}\s?[a-z]?(?:\s(?:bis|sur|norte|este|oeste))?\s*(?:#|n[oº°]\.?|nro\.?|número|numero)\s*\d{1,3}\s?[a-z]?\s?-\s?\d{1,3}(?:\s(?:sur|norte|este|oeste))?(?:,?\s(?:apto\.?|apartamento|int\.?|interior|casa|torre|piso)\s?\d{1,4}[a-z]?)?(?![\p{L}\d])/giu;
const GRID_WORDS: ReadonlySet<string> = new Set(
  'calle carrera cra kra cl cll avenida av avda transversal tv diagonal dg circular autopista'.split(' '),
);

/**
 * South Asian addresses give the plot or house and the sector, phase or block of a planned town:
 * "Plot 14, Sector 21", "House No. 7, Phase 2", "H.No. 12-3, Block C". The unit is needed: "sector 3"
 * alone is a seat or a quarter.
 */
const PLOT_AND_SECTOR =
  /(?<![\p{L}\d])(?:[Pp]lot|[Hh]ouse|H\.\s?|[Ff]lat|[Ss]hop)\s*(?:[Nn]o\.?\s*)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,3})?,?\s+(?:[Ss]ector|[Ss]ec\.|[Pp]hase|[Bb]lock|[Kk]hasra)\s*-?\s*(?:\d{1,3}[A-Za-z]?|[A-Z])(?![\p{L}\d])/gu;
const PLOT_WORDS: ReadonlySet<string> = new Set(['sector', 'sec', 'phase', 'block', 'khasra']);

/**
 * "he lives in Rue Neuve", "ze woont aan de Avenue Louise": mid-sentence, a capitalised street word
 * (also an English word or a surname) and a capitalised name no dictionary knows are a street without
 * its house number. Not "Via", which opens sentences in Dutch and English alike.
 */
function namedForeignStreet(text: string, start: number, match: string): boolean {
  const words = splitOnSpaces(match);
  const name = words[words.length - 1]!;
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(name) || words[0] === 'Via') return false;
  // "kuzenim Serkan Kaya Zaandam'da": a surname of its own is a person's, and a capitalised word before is a name's.
  if (SURNAMES.has(fold(words[0]!)) || isOrdinaryWord(fold(name))) return false;
  return /(?:^|\s)\p{Ll}+,?\s+$/u.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "she lives on Baker Street", "the house at Oak Road", "a flat off Green Lane": a British or Irish
 * street named without its house number, after a preposition of place. The street word must be one
 * that names nothing else ("Park", "Hill", "Court" name places and buildings too; "St." a saint); a
 * capitalised word after it makes it part of another name ("Abbey Road Studios").
 */
const ENGLISH_STREET_NAMED =
  /(?<![\p{L}])(?:on|at|in|near|off|along|down|up|of|from|to|into)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|Road|Rd\.?|Lane|Avenue|Ave\.?|Drive|Close|Crescent|Terrace|Gardens|Square|Grove)(?![\p{L}])(?!\s+\p{Lu}))/gu;
const ENGLISH_STREET_WORDS: ReadonlySet<string> = new Set(
  'street road rd lane avenue ave drive close crescent terrace gardens square grove'.split(' '),
);

/**
 * The words of a `NUMBER_FIRST` match between its number and an English street word ("22 baker
 * street") name the street; a sentence's function words there ("6000 for the road", "after 7 when
 * salon close") say the number counts something and the street word is an ordinary word.
 */
function namesAStreet(match: string): boolean {
  const words = splitOnSpaces(match.replace(/^(?:(?:No|Nr|N°)\.?\s?)?\d+[a-z]?,?\s+/i, ''));
  if (/^(?:rue|avenue|boulevard|place|chemin)$/i.test(words[0] ?? '')) return true;
  // "4 The Crescent": a capitalised article opens the street's own name.
  return !words.slice(0, -1).some((w, i) => SENTENCE_WORDS.has(fold(w)) && !(i === 0 && w === 'The'));
}
/**
 * English words that join a sentence's parts and never name a street ("High", "Station", "Old",
 * "Mill" are function words of some language to `isFunctionWord`, and streets' names in English).
 */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  `for to from when if then than the a an and or but after before with without by per of into onto i you he she we they it
  my your his her our their its this that these those is are was were be been am do does did have has had will would can
  could should may might must me him us them every each all some any no not till until because so as about`.split(/\s+/),
);

/**
 * Vietnamese: "số 12 đường Lê Lợi", "25 phố Huế", "đường Nguyễn Trãi số 7", "ngõ 48 Tạ Quang Bửu": a
 * street word (đường, phố, ngõ, hẻm) with the street's capitalised name, and the house number ("số" =
 * number, "nhà" = house) before or after it. Not "thành phố" (city) or "đường phố" (streets).
 */
const VIETNAMESE_STREET =
  /(?<![\p{L}\d])(?:(?:(?:[Ss]ố|[Nn]hà)\s*)?\d{1,4}[A-Za-z]?(?:\/\d{1,4})*,?\s+)?(?<!(?:[Tt]hành|[Đđ]ường)\s+)(?:[Đđ]ường|[Pp]hố|[Nn]gõ|[Hh]ẻm)\s+(?:\d{1,4}\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}(?:,?\s+(?:(?:[Ss]ố|[Nn]hà)\s*)?\d{1,4}[A-Za-z]?(?:\/\d{1,4})*)?(?![\p{L}\d])/gu;
export const VIETNAMESE_STREET_WORDS = ['đường', 'Đường', 'phố', 'Phố', 'ngõ', 'Ngõ', 'hẻm', 'Hẻm'];

/**
 * Street words written after the name, with a house number: Hungarian ("Kossuth Lajos utca 12",
 * "Piac u. 25", "Andrássy út 3"), Lithuanian ("Gedimino pr. 9", "Laisvės al. 53", "Vilniaus g. 12"),
 * German, Dutch and Frisian as a word of their own ("Hagsche Straße 21", "Hoge Weg 12", "de Ali Baba straat 7",
 * "Wergeaster dyk 4").
 */
const STREET_WORD_AFTER = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:utca|u\\.|út|ulica|cesta|útja|tér|tere|körút|krt\\.|köz|sor|sétány|rakpart|g\\.|gatvė|gatve|pr\\.|prospektas|al\\.|alėja|aleja|skg\\.|Cad\\.|Caddesi|Cd\\.|Sok\\.|Sokak|Sokağı|Bulvarı|Blv\\.|Straße|Strasse|Str\\.|Allee|Platz|Gasse|Weg|weg|Straat|straat|Laan|laan|Plein|plein|Gracht|gracht|Kade|kade|Singel|singel|Steeg|steeg|Dijk|dijk|Dyk|dyk|Dreef|dreef|strjitte|Strjitte|leane|Leane|loane|Loane|iela|gatve|prospekts|bulvāris|laukums)\\s*${HOUSE_NUMBER}${END}`,
  'gu',
);
/** "toen Jan weg 2 …": lower-case "weg" after a first name is the person gone away, not a street called after them. */
function personGoneAway(match: string): boolean {
  const words = splitOnSpaces(match);
  const at = words.indexOf('weg');
  return at > 0 && FIRST_NAMES.has(fold(words[at - 1]!));
}
/** A street without a street word, known by what follows: "Hlavná 12, 040 01 Košice", "Rynek 5, 31-042 Kraków". */
const STREET_BEFORE_POSTCODE =
  /(?<![\p{L}\d])(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+\s+\d{1,4}[a-zA-Z]?(?:\/\d{1,4})?(?=,?\s+(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5}|\d{4}\s?[A-Z]{2})\s+\p{Lu})/gu;

/**
 * A street without a street word, known by the words before it: "ze wonen op Achter de Hoven 17",
 * "adres: Oudegein 4". Capitalised words and a house number after an address cue; a number of
 * years, hours or euros after it is no house number.
 */
const ADDRESS_CUED = new RegExp(
  `(?<![\\p{L}])(?:[Aa]dres\\p{L}*|[Aa]ddress|[Aa]dresa|[Aa]dresse|[Ww]oont|[Ww]onen|[Ww]oonde|[Ww]oonden|[Ww]onend|[Ww]oonachtig|[Ww]oonadres|[Vv]erblijft|[Vv]erblijven|[Ss]laapt|[Ss]lapen|[Ii]ngeschreven|[Ll]ives|[Ll]iving|[Ll]ive)\\s*(?:is\\s+|was\\s+|:\\s*)?(?:(?:op|aan|at|on)\\s+(?:de\\s+|het\\s+|'t\\s+)?)?(?=\\p{Lu}|'t\\s+\\p{Lu})` +
    `((?:${CAP_WORD}|${LEADING_PARTICLE})(?:\\s+(?:${CAP_WORD}|${LEADING_PARTICLE})){0,4}\\s+${HOUSE_NUMBER})${END}(?!\\s*(?:jaar|jr|uur|euro|eur|keer|dagen|weken|maanden|minuten|min|personen|mensen|man|vrouwen|meisjes|km|kilometer|meter|years?|hours?)(?![\\p{L}]))`,
  'gu',
);
const ADDRESS_CUE_KEYS: ReadonlySet<string> = new Set([
  'address',
  'adresa',
  'adresse',
  'slaapt',
  'slapen',
  'ingeschreven',
  'lives',
  'living',
  'live',
]);
const ADDRESS_CUE_PREFIXES = ['adres', 'woon', 'wonen', 'verblijf'];

/** The message has a word of `ADDRESS_CUED`: looked up per word, which is cheaper than a pattern. */
function hasAddressCue(text: string): boolean {
  return tokenize(text).some((t) => ADDRESS_CUE_KEYS.has(t.key) || ADDRESS_CUE_PREFIXES.some((p) => t.key.startsWith(p)));
}

/** The words without which `NUMBER_FIRST` and `STREET_WORD_AFTER` cannot match, folded. */
const NUMBER_FIRST_WORDS: ReadonlySet<string> = new Set(
  'rue avenue boulevard place chemin street st road rd ave lane ln drive close court way crescent cres gardens terrace blvd'.split(' '),
);
const STREET_AFTER_WORDS: ReadonlySet<string> = new Set(
  'utca u ut ulica cesta utja ter tere korut krt koz sor setany rakpart g gatve pr prospektas al aleja skg cad caddesi cd sok sokak sokagi bulvari blv strasse strase str allee platz gasse weg straat laan plein gracht kade singel steeg dijk dyk dreef strjitte leane loane iela prospekts bulvaris laukums'.split(
    ' ',
  ),
);
/** Two numbers close together, as a house number and a postcode: `STREET_BEFORE_POSTCODE` needs them. */
const TWO_NUMBERS = /\d[a-zA-Z]?(?:\/\d+)?,?\s+(?:[A-Z]{1,2}-)?\d/;
/**
 * A street whose name ends in no street word ("Kraaiennest 64", "Binnenban 36"): one capitalised
 * word of six letters or more that no dictionary, name list or gazetteer knows, then a house
 * number. A weak guess: any other reading of the word wins.
 */
export const UNKNOWN_WORD_WITH_NUMBER =
  /(?<![\p{L}\d'’-])\p{Lu}\p{Ll}{5,}(?:-\p{Lu}\p{Ll}+)?\s\d{1,4}(?:[a-z]|-\d{1,3}|-[a-zA-Z])?(?![\p{L}\d]|[.,:/-]\d)/gu;
const YEAR_LIKE = /\s(?:19|20)\d\d$/;

/**
 * False only where `UNKNOWN_WORD_WITH_NUMBER` cannot match, in one loop instead of the pattern's
 * call on every message with a digit (most of which have no such word). The pattern needs a
 * whitespace and a digit right after a word whose letters before it are a capital and five small
 * ones or more, or (after a hyphen) a capital and small ones. The loop walks back over a-z before
 * each whitespace and digit; a character beyond ASCII (a letter or a space the loop does not
 * judge) lets the text through, so the pattern decides there as before.
 */
export function mayHoldUnknownWordWithNumber(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const digit = text.charCodeAt(i + 1);
    if (digit < 48 || digit > 57) continue;
    const space = text.charCodeAt(i);
    if (space < 0x80 && space !== 32 && (space < 9 || space > 13)) continue;
    let from = i;
    while (from > 0 && isAsciiLower(text.charCodeAt(from - 1))) from--;
    if (from === 0) continue;
    const before = text.charCodeAt(from - 1);
    if (before >= 0x80) return true;
    const small = i - from;
    if (small === 0 || before < 65 || before > 90) continue;
    if (small >= 5 || (from > 1 && text.charCodeAt(from - 2) === 45)) return true;
  }
  return false;
}
const LATIN_WORD = /^\p{Script=Latin}+(?:-\p{Script=Latin}+)?$/u;

/** "postcode 1234 AB huisnummer 5": a house number named as such identifies the home with the postcode or street beside it. */
const HOUSE_NUMBER_SAID =
  /(?<![\p{L}])(?:huisnummer|huisnr\.?|house\s+number|numer\s+domu|nr\s+domu|num[aă]rul\s+casei)\s*:?\s*(?!0)\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?![\p{L}\d])/giu;
const HOUSE_NUMBER_WORDS: ReadonlySet<string> = new Set(['huisnummer', 'huisnr', 'house', 'domu', 'casei']);

/** "in de Bloemstraat op nummer 14", "Dorpsweg, nummer 3": a house number given after the street. */
const NUMBER_AFTER_STREET =
  /^,?\s+(?:(?:op|at|bij|aan)\s+)?(?:nummer|huisnummer|nr\.?|no\.?|number|#)\s*:?\s*\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?![\p{L}\d])/iu;
/** "at 12 Kerkstraat", "45B Bijlmerdreef": the house number written before a Dutch street, as English puts it. */
const NUMBER_BEFORE_NAME = /(?:^|[^\p{L}\d€$£.,:/-])((?!0)\d{1,4}[A-Za-z]?\s+)$/u;

const COUNTED_AFTER =
  /^\s+(?:keer|maal|jaar|jr|uur|uren|euro|eur|dagen|weken|maanden|minuten|kinderen|personen|mensen|meisjes|jongens|mannen|vrouwen|stuks|times|years|hours|days|weeks|months|people|dni|dnia|godzin|godziny|osób|osoby|lat|ore|zile|ani|oameni|persoane|stunden|tage|jahre|wochen|leute|saat|gün|yıl|kişi|horas|días|dias|años|anos|personas|heures|jours|ans|часа|дни|години|души|годин|днів|років|людей|năm|tháng|ngày|giờ|tuần|người|lata|roku|miesiące|miesięcy|tygodnie|tygodni|godina|godini|meseca|mesetsa|roky|misyatsi|tyzhni|luni|săptămâni|saptamani)(?![\p{L}])/iu;

/** Common nouns with a street-like ending: not an address on their own. */
const NOT_A_STREET =
  /^(?:snelweg|uitweg|zijweg|achterweg|fietspad|voetpad|zijstraat|winkelstraat|woonstraat|wasstraat|hoofdweg|parkeerplaats|speeltuin|moestuin|kinderboerderij|haven)$/i;

const LEADING_WORDS = new Set([
  'het',
  'de',
  'in',
  'op',
  'ze',
  'hij',
  'zij',
  'wij',
  'ik',
  'bij',
  'aan',
  'naar',
  'uit',
  'mijn',
  'haar',
  'zijn',
  'adres',
  'the',
  'at',
  'on',
  'address',
  'woont',
  'wonen',
  'er',
  'der',
  'die',
  'das',
  'dem',
  'elle',
  'il',
  'en',
]);

/** Common nouns of `NOT_A_STREET` that many towns also give a street ("Hoofdweg", "Haven", "Achterweg"). */
const ALSO_A_STREET = /^(?:hoofdweg|achterweg|zijweg|haven)$/i;
/** A preposition of place right before, or a word for living earlier in the sentence. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:op|aan|at|on)\s+(?:(?:de|het|the)\s+)?$/iu;

/**
 * "woont op hoofdweg 12", "aan de haven 3": such a noun in lower case with a house number, where the
 * sentence says where someone is, names the street; "de hoofdweg 12 km verderop" or a count does not.
 */
function streetAfterAll(text: string, start: number, first: string, span: string): boolean {
  if (!ALSO_A_STREET.test(first) || !/\d/.test(span)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  return PLACE_PREPOSITION_BEFORE.test(before) || LIVING_BEFORE.test(before);
}

/** Drop leading capitalised sentence words ("Het", "Ze", "In") that the prefix swallowed. */
function leadLength(match: string): number {
  let offset = 0;
  for (;;) {
    const first = /^([\p{Lu}][\p{L}]*)\s+/u.exec(match.slice(offset));
    if (!first || !LEADING_WORDS.has(first[1]!.toLowerCase())) break;
    offset += first[0].length;
  }
  return offset + /^(?:(?:de|het|'t|op|in|aan|bij)\s+)*/.exec(match.slice(offset))![0].length;
}

/**
 * "Overslaan" ends in "laan" but is a verb, and "Hoofdstraat" is also a common noun. A single
 * capitalised word that a dictionary knows counts as a street only after the article that streets
 * take in Dutch ("op de Hoofdstraat", "aan de Dorpsstraat"); a proper name ("Kerkstraat") always does.
 */
function plausibleStreetWord(text: string, start: number, word: string): boolean {
  if (!isOrdinaryWord(fold(word))) return true;
  // English puts a street after "on", "at" or "the" where Dutch has "de": "she lives on Marktstraat", "to the Stationsweg".
  return STREET_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
const STREET_ARTICLE_BEFORE = /(?:^|\s)(?:de|the|(?:on|at|near)(?:\s+the)?)\s+$/i;

/** Two capitalised words in a row: `ENGLISH_STREET_NAMED` needs them. */
const CAPITAL_WORD_PAIR = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

/** Cheap tests that decide whether the costly patterns need to run at all. */
const HAS_STREET_END = new RegExp(
  `(?:${STREET_END})(?![\\p{L}])|(?:^|\\s)(?:Laan|Weg|Plein|Kade|Dreef|Singel|Gracht|Hof|Markt|Dam|Brink|Ring|Steenweg)\\s`,
  'iu',
);
// With the same look-behind as `FOREIGN_STREET`: the long list is then tried at word starts only.
export const HAS_STREET_WORD = new RegExp(`(?<![\\p{L}\\d])${STREET_WORD}`, 'u');

/**
 * `STREET_WORD`'s alternatives folded, for a look-up per word before `HAS_STREET_WORD` runs: that
 * pattern tries its long list at every word start of every message, and almost no message has one.
 * Whole words (and the pattern has no end after them, so any word they open: "Placement"); and
 * abbreviations, which a full stop, a slash or a space ends, so the word is the abbreviation itself.
 */
const STREET_WORD_OPENINGS: ReadonlyMap<string, readonly string[]> = groupByFirst(
  `ulica ulicy ulici aleja alei osiedle plac splaiul intrarea piata namestie namesti trieda жк улиц булевард вулиц проспект провулок
  площа strada b-dul bulevardul calea aleea soseaua rue avenue boulevard place chemin impasse chaussee quai dreve calle avenida plaza
  paseo via piazza corso rua travessa praca sokak caddesi kaya kaminda`
    .split(/\s+/)
    .map(fold),
);
const STREET_WORD_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'pl nam ж вул пров am an auf im zum zur ul al os str bd sos bul vul prosp zh ул бул просп пр av avda c sok cad'.split(' ').map(fold),
);

/** A 16-bit hash of a word's first two code units (the second 0 for a word of one). */
function openingHash(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return (Math.imul(Math.imul(word.charCodeAt(0), 31) + second, 0x9e3779b1) >>> 16) & 0xffff;
}

/**
 * One bit per hash of the first two letters of every street word and abbreviation: a word whose
 * bit is unset neither is an abbreviation nor opens a street word, and is answered without a
 * look-up (most words of most messages).
 */
const OPENING_BITS: Uint32Array = (() => {
  const bits = new Uint32Array(0x10000 >>> 5);
  const words = [...STREET_WORD_ABBREVIATIONS, ...[...STREET_WORD_OPENINGS.values()].flat()];
  for (const w of words) {
    // An opening of one letter would open words whose second letter is any: none is listed (checked here).
    if (w.length < 2 && !STREET_WORD_ABBREVIATIONS.has(w)) throw new Error(`street word opening of one letter: ${w}`);
    const h = openingHash(w);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
})();

/** `rest` (a word, or what follows a hyphen, apostrophe or mark inside one) is or opens a street word. */
function opensStreetWord(rest: string): boolean {
  if (rest === '') return false;
  const h = openingHash(rest);
  if ((OPENING_BITS[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  if (STREET_WORD_ABBREVIATIONS.has(rest)) return true;
  for (const opening of STREET_WORD_OPENINGS.get(rest.charAt(0)) ?? []) if (rest.startsWith(opening)) return true;
  return false;
}

function groupByFirst(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) out.set(w.charAt(0), [...(out.get(w.charAt(0)) ?? []), w]);
  return out;
}

const LETTER = /\p{L}/u;

/** `key` (a token's folded form) is, or holds after a hyphen, apostrophe or mark, the opening of a street word. */
function keyMayHoldStreetWord(key: string): boolean {
  if (opensStreetWord(key)) return true;
  for (let i = 1; i < key.length; i++) {
    const code = key.charCodeAt(i - 1);
    const boundary = code < 128 ? code === 45 || code === 39 : !LETTER.test(key[i - 1]!);
    if (boundary && opensStreetWord(key.slice(i))) return true;
  }
  return false;
}

/**
 * False only when `HAS_STREET_WORD` cannot match: it needs a street word at a place with no letter
 * or digit before it, which is the start of a word or a spot inside one after a hyphen, an
 * apostrophe or a combining mark. The words' folded keys are compared, so case and accents
 * (which the pattern spells out) never hide one.
 */
export function mayHoldStreetWord(text: string): boolean {
  return (streetWords(text) & MAY_HOLD_STREET_WORD) !== 0;
}

/** Street-name endings as a set, by length: a word's last letters are looked up instead of scanning the text with the whole list. */
const STREET_SUFFIXES: ReadonlySet<string> = new Set([...STREET_END.replace(/\\./g, '').split('|'), 'dam'].map((s) => fold(s)));
const SUFFIX_LENGTHS = [...new Set([...STREET_SUFFIXES].map((s) => s.length))];
/** The last three letters of every ending: a word whose last three letters are not among them ends in none. */
const SUFFIX_TAILS: ReadonlySet<string> = new Set([...STREET_SUFFIXES].map((s) => s.slice(-3)));

/** A 16-bit hash of a word's last three code units, read in place (no new string for each word of each message). */
function tailHash(key: string, end: number): number {
  return (
    (Math.imul(Math.imul(key.charCodeAt(end - 3), 961) + Math.imul(key.charCodeAt(end - 2), 31) + key.charCodeAt(end - 1), 0x9e3779b1) >>>
      16) &
    0xffff
  );
}

/**
 * One bit per hash of the endings' tails: an unset bit means the word ends in no street ending; a set
 * one is checked. A bit each, not a byte (8 KB, not 64): every word of every message reads it at a
 * spot of its own, and the smaller table stays in the processor's caches.
 */
const TAIL_BITS: Uint32Array = (() => {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (const tail of SUFFIX_TAILS) {
    const h = tailHash(tail, tail.length);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
})();

const COMPASS_TAIL = /-(?:oost|west|noord|zuid|noordzijde|zuidzijde|oostzijde|westzijde)$/;

/** A word of the message ends in a street ending. */
const STREET_ENDING_WORD = 1;
/** A word of the message may open a foreign street word (`HAS_STREET_WORD` may match). */
const MAY_HOLD_STREET_WORD = 2;
/** `streetWords` gives the index of the first word with a street ending above its two bits, plus one (0: none). */
const WORD_INDEX_UNIT = 4;

/** A token's folded form ends in a street ending (a compass tail after a hyphen left off: "Dorpsstraat-Oost"). */
function keyEndsAsStreet(token: string): boolean {
  const key = token.includes('-') ? token.replace(COMPASS_TAIL, '') : token;
  if (key.length < 3) return false;
  const h = tailHash(key, key.length);
  if ((TAIL_BITS[h >>> 5]! & (1 << (h & 31))) === 0 || !SUFFIX_TAILS.has(key.slice(-3))) return false;
  for (const n of SUFFIX_LENGTHS) if (key.length >= n && STREET_SUFFIXES.has(key.slice(-n))) return true;
  return false;
}

/**
 * Both questions `findAddresses` asks of every message's words, in one pass over its tokens instead
 * of two: a word with a street's ending, and a word that may open a foreign street word. Stops once
 * both are known.
 */
function streetWords(text: string): number {
  let found = 0;
  let endingWord = -1;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((found & STREET_ENDING_WORD) === 0 && keyEndsAsStreet(t.key)) {
      found |= STREET_ENDING_WORD;
      endingWord = i;
    }
    if ((found & MAY_HOLD_STREET_WORD) === 0 && keyMayHoldStreetWord(t.key)) found |= MAY_HOLD_STREET_WORD;
    if ((found & (STREET_ENDING_WORD | MAY_HOLD_STREET_WORD)) === (STREET_ENDING_WORD | MAY_HOLD_STREET_WORD)) break;
  }
  return found + (endingWord + 1) * WORD_INDEX_UNIT;
}

/** `HAS_STREET_END` tried at one position only. */
const STREET_END_AT = new RegExp(HAS_STREET_END.source, `${HAS_STREET_END.flags}y`);

/**
 * `testText(HAS_STREET_END, text)`, first tried inside the word `streetWords` found with a street
 * ending, where the pattern almost always matches: a match there is a match of the pattern, and
 * only without one is the whole message scanned with the pattern's long list.
 */
function hasStreetEnd(text: string, word: Token | undefined): boolean {
  if (word !== undefined)
    for (let at = word.start; at < word.end; at++) {
      STREET_END_AT.lastIndex = at;
      if (STREET_END_AT.test(text)) return true;
    }
  return testText(HAS_STREET_END, text);
}

/** A post-office box is where letters reach someone: "Postbus 6021", "P.O. Box 331", "Antwoordnummer 1234". */
const PO_BOX =
  /(?<![\p{L}\d])(?:[Pp]ostbus|POSTBUS|[Aa]ntwoordnummer|P\.?\s?O\.?\s?[Bb]ox|[Pp]ostfach|[Ss]krytka\s+pocztowa)\s?\d{1,6}(?![\p{L}\d])/gu;
const PO_BOX_WORDS: ReadonlySet<string> = new Set(['postbus', 'antwoordnummer', 'box', 'postfach', 'skrytka']);

/**
 * What `findAddresses` pushes a match with. Made here, not as a named closure inside it: tsx (the
 * bench, the helpline command) keeps function names, and a named closure costs a property
 * definition on every call of the detector; the closure returned here has no name to keep.
 */
function addressPusher(text: string, out: Candidate[]): (start: number, match: string, tier: 1 | 2) => void {
  return (start, match, tier) => {
    const offset = leadLength(match);
    const span = match.slice(offset).replace(/[,\s]+$/, '');
    // "de snelweg" is no address, "Hoofdweg 1213" is.
    let cut = 0;
    while (cut < span.length && !isSpaceCode(span.charCodeAt(cut))) cut++;
    const first = span.slice(0, cut);
    if (span === '') return;
    // "bij de boerderij aan de Hoofdweg": where a farm or camp stands, a capitalised road's name is its address.
    const rural = (): boolean =>
      /^\p{Lu}/u.test(first) && RURAL_PLACE_BEFORE.test(text.slice(Math.max(0, start + offset - 60), start + offset));
    if (
      NOT_A_STREET.test(first) &&
      (!/\d/.test(span) || !/^\p{Lu}/u.test(first)) &&
      !streetAfterAll(text, start + offset, first, span) &&
      !rural()
    )
      return;
    // "Overslaan 2 keer", "Hoofdweg 3 jaar": a count, not a house number.
    if (COUNTED_AFTER.test(text.slice(start + offset + span.length, start + offset + span.length + 20))) return;
    out.push({ type: 'ADRES', start: start + offset, end: start + offset + span.length, tier });
  };
}

/** "op de oudezijds achterburgwal 142": a lower-case word no dictionary knows, after an article, opens the street's name. */
const WORD_AFTER_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:de|het|the|op|aan)\s+(\p{Ll}{4,})\s+$/u;

/** The length of that word and the space after it, right before `start`; 0 when there is none. */
function unknownWordBefore(text: string, start: number): number {
  const m = WORD_AFTER_ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (m === null) return 0;
  const key = fold(m[1]!);
  if (isFunctionWord(key) || isOrdinaryWord(key) || isPlaceName(m[1]!) || FIRST_NAMES.has(key)) return 0;
  return m[0].length - m[0].indexOf(m[1]!);
}

export function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Asked once: two rules need a word with a street's ending.
  const wordsFound = streetWords(text);
  const streetWord = (wordsFound & STREET_ENDING_WORD) !== 0;
  const endingWord = Math.floor(wordsFound / WORD_INDEX_UNIT) - 1;
  const streetEnd = streetWord && hasStreetEnd(text, endingWord >= 0 ? tokenize(text)[endingWord] : undefined);
  const push = addressPusher(text, out);
  const digits = hasDigit(text);
  if (digits && mentionsAny(text, PO_BOX_WORDS)) for (const m of allMatches(PO_BOX, text)) push(m.index, m[0], 1);
  if (digits && streetEnd) {
    if (testText(STREET_WITH_NUMBER_CORE, text)) for (const m of allMatches(STREET_WITH_NUMBER, text)) push(m.index, m[0], 1);
    for (const m of allMatches(STREET_LOWER_WITH_NUMBER, text)) {
      const lead = unknownWordBefore(text, m.index);
      push(m.index - lead, text.slice(m.index - lead, m.index) + m[0], 1);
    }
  }
  if (digits && mentionsAny(text, NUMBER_FIRST_WORDS))
    for (const m of allMatches(NUMBER_FIRST, text)) if (namesAStreet(m[0])) push(m.index, m[0], 1);
  if (mentionsAny(text, ENGLISH_STREET_WORDS) && testText(CAPITAL_WORD_PAIR, text))
    for (const m of allMatches(ENGLISH_STREET_NAMED, text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // With a house number before it the rules above took it ("at 12 Oak Road").
      if (out.some((c) => c.start < start + m[1]!.length && start < c.end)) continue;
      if (LEADING_WORDS.has(fold(/^\S+/.exec(m[1]!)![0]))) continue;
      out.push({ type: 'ADRES', start, end: start + m[1]!.length, tier: 2 });
    }
  if (digits && streetEnd)
    for (const m of allMatches(NUMBER_FIRST_LOWER, text)) {
      const street = m[1]!;
      if (NOT_A_STREET.test(street.slice(street.lastIndexOf(' ') + 1))) continue;
      out.push({ type: 'ADRES', start: m.index + m[0].length - street.length, end: m.index + m[0].length, tier: 2 });
    }
  if ((wordsFound & MAY_HOLD_STREET_WORD) !== 0 && testText(HAS_STREET_WORD, text))
    for (const m of allMatches(FOREIGN_STREET, text)) {
      const numbered = /\d/.test(m[0]);
      // "Via WhatsApp", "Place your order": a street word that is a Dutch or English word needs a house number.
      // "Serkan Kaya Zaandam'da": nor does one that is a surname too.
      const head = fold(/^\S+/.exec(m[0])![0]);
      if (!numbered && (isOrdinaryWord(head) || SURNAMES.has(head)) && !namedForeignStreet(text, m.index, m[0])) continue;
      push(m.index, m[0], numbered ? 1 : 2);
    }
  if (digits && mentionsAny(text, FOREIGN_STREET_ANY_CASE_WORDS))
    for (const m of allMatches(FOREIGN_STREET_ANY_CASE, text)) push(m.index, m[0], 1);
  // Each word has a letter beyond ASCII: a message without one (the shape's flag) holds none of them.
  if (hasAny(text, NON_ASCII) && VIETNAMESE_STREET_WORDS.some((w) => text.includes(w)))
    for (const m of allMatches(VIETNAMESE_STREET, text)) push(m.index, m[0], /\d/.test(m[0]) ? 1 : 2);
  if (digits && mentionsAny(text, PLOT_WORDS)) for (const m of allMatches(PLOT_AND_SECTOR, text)) push(m.index, m[0], 1);
  if (digits && mentionsAny(text, GRID_WORDS) && /\d\s?-\s?\d/.test(text))
    for (const m of allMatches(GRID_ADDRESS, text)) push(m.index, m[0], 1);
  if (digits && mentionsAny(text, VIA_WORDS))
    for (const m of allMatches(VIA_STREET, text)) {
      // "op via whatsapp 3 berichten": a function word or the name of an app is no street's name.
      const name = splitOnSpaces(m[1]!)[1]!;
      if (isFunctionWord(fold(name))) continue;
      push(m.index + m[0].length - m[1]!.length, m[1]!, 1);
    }
  if (digits && mentionsAny(text, TURKISH_STREET_WORDS)) for (const m of allMatches(TURKISH_STREET_ANY_CASE, text)) push(m.index, m[0], 1);
  if (digits) {
    if (mentionsAny(text, STREET_AFTER_WORDS))
      for (const m of allMatches(STREET_WORD_AFTER, text)) if (!personGoneAway(m[0])) push(m.index, m[0], 1);
    // Two numbers need two runs of digits.
    if (digitRuns(text).starts.length >= 2 && testText(TWO_NUMBERS, text))
      for (const m of allMatches(STREET_BEFORE_POSTCODE, text)) push(m.index, m[0], 2);
  }
  if (digits && hasAddressCue(text))
    for (const m of allMatches(ADDRESS_CUED, text)) {
      const street = m[1]!;
      const first = /^\S+/.exec(street)![0];
      // The capitalised words must be a street's name, not sentence words ("wonen Ze 3 …").
      // "woont op De Kempen 21": an article opens a street's name when a capitalised word follows it.
      const article = /^(?:De|Het|Den|'t)\s+\p{Lu}/u.test(street);
      if (LEADING_WORDS.has(first.toLowerCase()) && !article) continue;
      const at = m.index + m[0].length - street.length;
      // The article is part of the street's name here, which \`push\` would cut off as a sentence word.
      if (article && !COUNTED_AFTER.test(text.slice(at + street.length, at + street.length + 20)))
        out.push({ type: 'ADRES', start: at, end: at + street.length, tier: 2 });
      else if (!article) push(at, street, 2);
    }
  if (digits && mentionsAny(text, HOUSE_NUMBER_WORDS))
    for (const m of allMatches(HOUSE_NUMBER_SAID, text))
      if (!out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) push(m.index, m[0], 2);
  if (digits && mayHoldUnknownWordWithNumber(text)) findUnknownStreets(text, out);
  // Asked once: both rules below need it, and it was run twice on most messages with a capital and a number.
  const capitalBeforeNumber = digits && testText(CAPITAL_BEFORE_NUMBER, text);
  if (capitalBeforeNumber) findStreetsBesideTowns(text, out);
  if (capitalBeforeNumber && mentionsAny(text, PREPOSITION_STREET_WORDS)) findStreetsAfterPrepositions(text, out);
  if (streetEnd && mentionsAny(text, PREPOSITION_WORDS)) findLowerStreetsAfterThe(text, out);
  if (digits && streetWord && mentionsAny(text, LOWER_STREET_CUES)) findLowerStreetsCued(text, out);
  if (digits && mentionsAny(text, ON_THE_WORDS))
    for (const m of allMatches(ON_THE_STREET, text)) push(m.index + m[0].length - m[1]!.length, m[1]!, 2);
  if (digits && mentionsAny(text, BARE_STREET_CUES)) findBareLowerStreets(text, out);
  if (digits && mentionsAny(text, LAAN_WORDS)) findLowerLanes(text, out);
  if (digits && mentionsAny(text, NUMBER_THEN_NAME_WORDS)) findNumbersThenNames(text, out);
  // One gate for both: a letter, or an abbreviation's full stop, right before a house number.
  const streetTail = digits && testText(STREET_TAIL_BEFORE_NUMBER, text);
  if (streetTail && testText(ABBREVIATION_BEFORE_NUMBER, text))
    for (const m of allMatches(ABBREVIATED_STREET, text)) push(m.index, m[0], 1);
  if (digits && (text.includes('t.o') || text.includes('t. o') || text.includes('t/o') || mentionsAny(text, BERTH_WORDS)))
    findBerths(text, out);
  if (mentionsAny(text, STREET_NOUNS)) findStreetsCalled(text, out);
  if (streetTail && testText(GLUED_GATE, text)) for (const m of allMatches(STREET_GLUED, text)) push(m.index, m[0], 1);
  if (streetEnd && mentionsAny(text, CORNER_WORDS)) findCorners(text, out);
  if (digits && mentionsAny(text, PARK_WORDS)) findPitches(text, out);
  if (digits && mentionsAny(text, NUMBER_WORDS)) findShapedHouseNumbers(text, out);
  if (mentionsAny(text, ROAD_BY_TOWN_WORDS)) findRoadsByTowns(text, out);
  if (mentionsAny(text, LEADING_STREET_WORDS))
    for (const m of allMatches(LEADING_STREET_WORD_NAMED, text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // Taken with a house number by the rules above already.
      if (out.some((c) => c.start <= start && start < c.end)) continue;
      out.push({ type: 'ADRES', start, end: start + m[1]!.length, tier: 1 });
    }
  if (!streetEnd || !testText(STREET_NAME_ONLY_CORE, text)) return withNumbersAfter(text, out);
  for (const m of allMatches(STREET_NAME_ONLY, text)) {
    const words = splitOnSpaces(m[0]);
    if (words.length === 1 && !plausibleStreetWord(text, m.index, m[0])) continue;
    // "in Honselersdijk", "naar Maasdijk": a village whose name ends like a street.
    if (words.length === 1 && !/(?:^|\s)de\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && isPlaceName(m[0])) continue;
    push(m.index, m[0], 2);
  }
  return withNumbersAfter(text, out);
}

/**
 * Most words of the message are Dutch or English dictionary words. In a Polish or Romanian line
 * every verb is unknown, and "Pracuję 6 dni" is no street.
 */
function readsDutchOrEnglish(text: string): boolean {
  let words = 0;
  let known = 0;
  for (const t of tokenize(text)) {
    if (t.key.length < 2) continue;
    words++;
    if (isOrdinaryWord(t.key)) known++;
  }
  return known >= 0.6 * words;
}

function findUnknownStreets(text: string, out: Candidate[]): void {
  let dutchOrEnglish: boolean | undefined;
  for (const m of allMatches(UNKNOWN_WORD_WITH_NUMBER, text)) {
    const end = m.index + m[0].length;
    const word = m[0].slice(0, m[0].indexOf(' '));
    // Latin script only: "Працюю 6 днів" is a verb and a count.
    if (!LATIN_WORD.test(word)) continue;
    const key = fold(word);
    if (YEAR_LIKE.test(m[0]) || COUNTED_AFTER.test(text.slice(end, end + 20)) || /[€$£]\s*$/.test(text.slice(m.index - 2, m.index)))
      continue;
    // "she lives in Bijlmer, Kraaiennest 64": a neighbourhood's name with a house number, after a
    // comma, is a street named after it (whatever else the word is); elsewhere a place with a number
    // is a place.
    const afterComma = /,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    const place = afterComma && (isPlaceName(word) || (word.includes('-') && isPlaceName(word.slice(0, word.indexOf('-')))));
    if (!place && (isOrdinaryWord(key) || FIRST_NAMES.has(key) || SURNAMES.has(key) || isPlaceName(word))) continue;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    if (!place) {
      dutchOrEnglish ??= readsDutchOrEnglish(text);
      if (!dutchOrEnglish) continue;
    }
    out.push({ type: 'ADRES', start: m.index, end, tier: place ? 2 : 3 });
  }
}

/**
 * "ik denk op de Zonnewijzer 42", "aan de Brink 3", "aan de Grote Noord 98", "op het Hoogt 12": one or two
 * capitalised words inside a sentence after "op de/het" or "aan de/het" with a house number are a street, whatever else the words mean.
 */
const ON_THE_STREET = new RegExp(
  `(?<=[\\p{Ll}\\d,]\\s+)(?:op|aan)\\s+(?:de|het|'t)\\s+(\\p{Lu}\\p{Ll}{3,}(?:-\\p{Lu}\\p{Ll}+)?(?:\\s\\p{Lu}\\p{Ll}{2,})?\\s+${HOUSE_NUMBER})${END}`,
  'gu',
);
const ON_THE_WORDS: ReadonlySet<string> = new Set(['op', 'aan']);

/**
 * "aan de Laan van Meerdervoort", "op de Weg naar Rhoon", "bij het Plein van de Republiek": after a
 * preposition and an article, a capitalised street word that opens the name, a particle and a
 * capitalised name make a street without a house number (the name alone reads as a person's).
 */
const LEADING_STREET_WORD_NAMED = new RegExp(
  `(?<![\\p{L}])(?:op|aan|in|bij|naar|langs|vanaf|near|at|on)\\s+(?:de|het|the)\\s+((?:Laan|Weg|Plein|Kade|Dreef|Singel|Gracht|Straatweg|Rijksstraatweg|Dijk)(?:\\s+${LEADING_PARTICLE}){1,2}\\s+[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,2})(?![\\p{L}])`,
  'gu',
);
const LEADING_STREET_WORDS: ReadonlySet<string> = new Set([
  'laan',
  'weg',
  'plein',
  'kade',
  'dreef',
  'singel',
  'gracht',
  'straatweg',
  'rijksstraatweg',
  'dijk',
]);

/**
 * "ze woont in de lindenlaan", "bij de molenstraat om de hoek": a lower-case word with a strict street
 * ending after a preposition and "de" is a street, unless a dictionary knows it ("in de winkelstraat").
 */
const LOWER_STREET_AFTER_THE = new RegExp(
  `(?<![\\p{L}])(?:in|op|aan|bij|naar|langs|via|uit|over|achter|voor|vanaf|van|richting)\\s+de\\s+([\\p{Ll}][\\p{Ll}-]{2,}(?:${STRICT_END}))(?![\\p{L}\\d])`,
  'giu',
);
const LOWER_STREET_CUES: ReadonlySet<string> = new Set([
  'op',
  'aan',
  'in',
  'bij',
  'naar',
  'langs',
  'vanaf',
  'via',
  'adres',
  'woont',
  'wonen',
]);
const PREPOSITION_WORDS: ReadonlySet<string> = new Set('in op aan bij naar langs via uit over achter voor vanaf van richting'.split(' '));

/** A word for living or staying somewhere earlier in the sentence. */
const LIVING_BEFORE =
  /(?<![\p{L}])(?:woont|wonen|woonde|woonden|slaapt|slapen|sliep|sliepen|verblijft|verblijven|adres|woonadres|lives|live|living|stays|staying)(?![\p{L}])[^.!?\n]*$/iu;

/**
 * "she lives at 45 Tran Hung Dao, quan 1", "address: 12 Kofi Annan": a house number and capitalised words
 * right after a word for living or an address word, as English orders it, where the street's name has no
 * street word (Vietnamese, Ghanaian and Nigerian streets are often a person's name); a district number
 * after a comma belongs to it. Not a town, a month or words a dictionary knows ("lives at 3 Green Park").
 */
const NUMBER_THEN_NAME =
  /(?<![\p{L}])(?:lives?|living|lived|stays?|staying|stayed|address(?:\s+is)?|adres(?:\s+is)?|woont|wonen|woonde|woonden)\s*:?\s+(?:(?:at|on|op|aan|in)\s+)?((?!0)\d{1,4}[A-Za-z]?,?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(,\s+(?:quan|quận|district|phường|phuong|sector|zone|area)\s+\d{1,2}(?![\p{L}\d]))?/gu;
const NUMBER_THEN_NAME_WORDS: ReadonlySet<string> = new Set(
  'live lives living lived stay stays staying stayed address adres woont wonen woonde woonden'.split(' '),
);

function findNumbersThenNames(text: string, out: Candidate[]): void {
  for (const m of allMatches(NUMBER_THEN_NAME, text)) {
    let street = m[1]!;
    const start = m.index + m[0].length - street.length - (m[2]?.length ?? 0);
    let words = splitOnSpaces(street).slice(1);
    // "het adres is 23 Molenweg Nijkerk": a town the gazetteer knows after the street is the place, not the street's name.
    while (m[2] === undefined && words.length > 1 && isPlaceName(words[words.length - 1]!)) {
      street = street.slice(0, street.lastIndexOf(words[words.length - 1]!)).replace(/[,\s]+$/, '');
      words = words.slice(0, -1);
    }
    const end = m[2] === undefined ? start + street.length : m.index + m[0].length;
    // "het adres is 17 Kerkweg": a Dutch street word the dictionary knows is still the street after an address word.
    const dutchStreet = words.length === 1 && STREET_NAME_ONLY_CORE.test(words[0]!) && !NOT_A_STREET.test(words[0]!);
    if ((!dutchStreet && words.every((w) => isOrdinaryWord(fold(w)))) || isPlaceName(words.join(' ')) || isPlaceName(words[0]!)) continue;
    if (COUNTED_AFTER.test(` ${words[0]!}`) || out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
}

/**
 * "op de hoek kerkstraat / molenweg", "on the corner of Kerkstraat and Molenweg", "kruising van de
 * dorpsstraat en de kerkweg": a corner of two streets names the spot as an address does, in any case.
 * One span from the first street to the second: the two names together are what identifies it.
 */
const CORNER = new RegExp(
  `(?<![\\p{L}])(?:hoek|kruising|kruispunt|corner|junction|crossing)\\s+(?:(?:van|of)\\s+)?(?:(?:de|the)\\s+)?([\\p{L}][\\p{L}'’-]{2,}(?:${STRICT_END}))\\s*(?:\\/|&|\\+|x|en|and|met|with)\\s*(?:(?:de|the)\\s+)?([\\p{L}][\\p{L}'’-]{2,}(?:${STRICT_END}))(?![\\p{L}])`,
  'giu',
);
const CORNER_WORDS: ReadonlySet<string> = new Set(['hoek', 'kruising', 'kruispunt', 'corner', 'junction', 'crossing']);

function findCorners(text: string, out: Candidate[]): void {
  for (const m of allMatches(CORNER, text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    let end = m.index + m[0].length;
    if (NOT_A_STREET.test(m[1]!) || NOT_A_STREET.test(m[2]!)) continue;
    // "kruising dorpsstraat x kerkweg 12": the second street's house number, found already, stays with it.
    for (const c of out) if (c.start < end && start < c.end && c.end > end) end = c.end;
    out.push({ type: 'ADRES', start, end, tier: 1 });
  }
}

/**
 * "de straat heet Beukenhof", "in de straat Lindenhof", "een straat die Vogelzang heet", "the street is called
 * Zonnehof": a name the sentence calls a street is one, though it has no street word.
 */
const STREET_CALLED =
  /(?<![\p{L}])(?:(?:straat|street|road)\s+(?:heet|heette|is|was|called|named|genaamd|genoemd)|(?:in|op)\s+de\s+straat|on\s+the\s+street|(?:straat|street)\s+die|(?:street|road)\s+is\s+called)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+(?:heet|heette)(?![\p{L}]))?(,?\s+(?:nummer|nr\.?|number)\s*(?!0)\d{1,4}[a-zA-Z]?(?![\p{L}\d]))?/gu;
const STREET_NOUNS: ReadonlySet<string> = new Set(['straat', 'street', 'road']);

function findStreetsCalled(text: string, out: Candidate[]): void {
  for (const m of allMatches(STREET_CALLED, text)) {
    const name = m[1]!;
    // The cue is lower case and the name opens with a capital: its first place in the match is its own.
    const start = m.index + m[0].indexOf(name);
    if (isPlaceName(name) || LEADING_WORDS.has(fold(/^\S+/.exec(name)![0]))) continue;
    const end = m[2] === undefined ? start + name.length : m.index + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 1 });
  }
}

/** "kerkstraat12", "Dorpsweg4a": a street typed without the space before its number, in any case. */
const STREET_GLUED = new RegExp(
  `(?<![\\p{L}\\d])${PREFIX_NUMBERED}[\\p{L}][\\p{L}'’-]{2,}(?:${STRICT_END})(?!0)\\d{1,4}[a-zA-Z]?(?![\\p{L}\\d]|[.,:]\\d)`,
  'gu',
);
const GLUED_GATE = new RegExp(`(?:${STRICT_END})\\d`, 'iu');

/**
 * "Lindeln. 28", "Stationswg. 4", "Marktpl. 3", "Beatrixln 5": a street's kind abbreviated, as people short of
 * time type it, before a house number.
 */
const ABBREVIATED_STREET = new RegExp(
  `(?<![\\p{L}\\d])${PREFIX_NUMBERED}[\\p{Lu}][\\p{L}'’-]{2,}(?:(?:ln|wg|pln|pl|gr|kd|sngl|str)\\.|ln|wg|pln|sngl)\\s?${HOUSE_NUMBER}${END}`,
  'gu',
);
// Without the full stop only the endings no word has ("Beatrixln 5").
const ABBREVIATION_BEFORE_NUMBER = /\p{Ll}(?:(?:ln|wg|pl|gr|kd|str)\.|ln|wg|sngl)\s?\d/u;

/**
 * "aan de Amstel t.o. 214", "Zuider Amstelkanaal ligplaats 17": a houseboat's address is the water (or the
 * quay) and the number of the house on the bank across from it ("t.o.", "t/o") or of its berth.
 */
const BERTH = new RegExp(
  `(?<![\\p{L}\\d])((?:[\\p{Lu}][\\p{L}'’-]+\\s+){0,2}[\\p{Lu}][\\p{L}'’-]+)\\s+(?:t\\.\\s?o\\.|t\\/o|[Ll]igplaats)\\s+(?:nr\\.?\\s?)?(?!0)\\d{1,4}[a-zA-Z]?(?![\\p{L}\\d]|[.,:]\\d)`,
  'gu',
);
const BERTH_WORDS: ReadonlySet<string> = new Set(['ligplaats']);
/** Where either of the two rules below can match: a letter or a full stop right before a digit. */
const STREET_TAIL_BEFORE_NUMBER = /(?:\p{L}|\p{Ll}\.\s?|(?:ln|wg|sngl)\s)\d/u;

function findBerths(text: string, out: Candidate[]): void {
  for (const m of allMatches(BERTH, text)) {
    const lead = leadLength(`${m[1]!} `);
    if (lead >= m[1]!.length) continue;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    if (COUNTED_AFTER.test(text.slice(end, end + 20)) || out.some((c) => c.start <= start && end <= c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 1 });
  }
}

/**
 * "camping De Zwarte Hoeve, plek 114", "op de camping op standplaats 23": on a camp site or holiday park
 * the pitch number is where someone sleeps; a park word earlier in the sentence says so. Not "chalet 22"
 * on its own: four writers of the tuning sets left a park's chalet number unmarked.
 */
const PITCH =
  /(?<![\p{L}])(?:plek|standplaats|kavel|pitch)\s+(?:nr\.?\s?|nummer\s|no\.?\s?)?(?!0)\d{1,4}[a-zA-Z]?(?![\p{L}\d]|[.,:/-]\d)/giu;
const PARK_BEFORE =
  /(?<![\p{L}])(?:camping|vakantiepark|recreatiepark|bungalowpark|chaletpark|caravanpark|park|campsite|camp|kampeerterrein|holiday\s+park|caravan\s+park)(?![\p{L}])[^.!?\n]*$/iu;
const PARK_WORDS: ReadonlySet<string> = new Set(
  'camping vakantiepark recreatiepark bungalowpark chaletpark caravanpark park campsite camp kampeerterrein'.split(' '),
);

function findPitches(text: string, out: Candidate[]): void {
  for (const m of allMatches(PITCH, text)) {
    const end = m.index + m[0].length;
    if (!PARK_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    if (COUNTED_AFTER.test(text.slice(end, end + 20)) || out.some((c) => c.start < end && m.index < c.end)) continue;
    out.push({ type: 'ADRES', start: m.index, end, tier: 2 });
  }
}

/**
 * "van nummer 3-II", "nummer 1244 3e verdieping": a house number with an addition only homes carry (the
 * floor in Roman numerals, "hs", "huis") or followed by its floor is a home's number, with no street named.
 */
const SHAPED_HOUSE_NUMBER =
  /(?<![\p{L}])(?:huis)?(?:nummer|nr\.?)\s*(?!0)\d{1,4}[a-zA-Z]?(?:(-(?:I{1,3}|IV|hs|huis)|\s?(?:hs|huis))(?![\p{L}\d]|[.,:/-]\d))?/gu;
const NUMBER_WORDS: ReadonlySet<string> = new Set(['nummer', 'nr', 'huisnummer', 'huisnr']);

function findShapedHouseNumbers(text: string, out: Candidate[]): void {
  for (const m of allMatches(SHAPED_HOUSE_NUMBER, text)) {
    const end = m.index + m[0].length;
    if (m[1] === undefined && (/[\p{L}\d]/u.test(text.charAt(end)) || !FLOOR_AFTER.test(text.slice(end, end + 24)))) continue;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    out.push({ type: 'ADRES', start: m.index, end, tier: 2 });
  }
}

/**
 * "woonachtig te laan van meerdervoort 345 b", "ze woont aan de laan van nieuw oost-indië 12": a street
 * that opens with "Laan" and a particle, typed in lower case, with a house number, after a preposition
 * of place or an address word (the capitalised form is `STREET_WITH_NUMBER`'s).
 */
const LOWER_LAAN = new RegExp(
  `(?<![\\p{L}])(?:op|aan|in|at|on|te|adres(?:\\s+is)?:?|address(?:\\s+is)?:?|woonachtig(?:\\s+(?:op|aan|te))?)\\s+(?:de\\s+)?(laan\\s+(?:van|der|den|de|het|'t|ten|ter|op|naar)\\s+(?:(?:van|de|der|den|het|'t)\\s+)?[\\p{L}'’-]{3,}(?:\\s+[\\p{L}'’-]{3,})?\\s+${HOUSE_NUMBER})${END}`,
  'giu',
);
const LAAN_WORDS: ReadonlySet<string> = new Set(['laan']);

function findLowerLanes(text: string, out: Candidate[]): void {
  for (const m of allMatches(LOWER_LAAN, text)) {
    const street = m[1]!;
    const start = m.index + m[0].length - street.length;
    const end = start + street.length;
    const words = splitOnSpaces(street).filter((w) => /^\p{L}/u.test(w));
    // "op laan van de 3": the name after the particle must be a word of its own, not a function word.
    if (isFunctionWord(fold(words[words.length - 1]!)) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
}

/**
 * "the farm road near Zevenhuizen", "de zandweg bij Ter Apel": a country road named by its kind alone and
 * the town it runs by. In the countryside that is the whole address of a farm or a camp; the town must be
 * one the gazetteer knows, so "the back road to work" stays.
 */
const ROAD_BY_TOWN =
  /(?<![\p{L}])(?:the|a|de|een|die|that)\s+((?:(?:farm|dirt|country|gravel|dyke|dike|canal|back|forest|polder|sand|field)\s+(?:road|lane|track|path)|zandweg|zandpad|landweg|polderweg|dijkweg|bosweg|veldweg|kanaalweg|karrenspoor|ventweg|parallelweg|binnenweg|achterweg)\s+(?:near|outside|behind|past|by|towards|bij|buiten|achter|voorbij|richting|langs|naar)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?))/gu;
const ROAD_BY_TOWN_WORDS: ReadonlySet<string> = new Set(
  'road lane track path zandweg zandpad landweg polderweg dijkweg bosweg veldweg kanaalweg karrenspoor ventweg parallelweg binnenweg achterweg'.split(
    ' ',
  ),
);

function findRoadsByTowns(text: string, out: Candidate[]): void {
  for (const m of allMatches(ROAD_BY_TOWN, text)) {
    const [, road, town] = m as unknown as [string, string, string];
    // "Ter Apel" or "Ter Apel Noord": the longest run of capitalised words the gazetteer knows.
    const known = isPlaceName(town) ? town : isPlaceName(town.split(/[ -]/)[0]!) ? town.split(/[ -]/)[0]! : undefined;
    if (known === undefined) continue;
    const start = m.index + m[0].length - road.length;
    const end = start + road.length - (town.length - known.length);
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
}

/**
 * A farm, greenhouse, camp site or shed earlier in the sentence: "ze zitten bij de boerderij aan de zandweg",
 * "op een camping aan de dijkweg". Where workers are housed in the countryside, the road it stands on is
 * its whole address, even a road a dictionary knows.
 */
const RURAL_PLACE_BEFORE =
  /(?<![\p{L}])(?:boerderij|boerderijtje|erf|camping|kas|kassen|tuinderij|kwekerij|loods|schuur|stacaravan|caravan|chalet|woonwagen|vakantiepark|bungalowpark|huisjes|barak|barakken|farm|farmhouse|barn|greenhouse|shed|caravans|campsite)(?![\p{L}])[^.!?\n]*$/iu;

/** "op de lindelaan ergens bij nummer 30": the house number named a few words on, in the same clause. */
const NUMBER_LATER_IN_CLAUSE = /^[^.!?\n,;]{0,25}?(?<![\p{L}])(?:huis)?(?:nummer|nr\.?)\s*(?!0)\d{1,4}(?![\d:.,]\d)/u;

function findLowerStreetsAfterThe(text: string, out: Candidate[]): void {
  for (const m of allMatches(LOWER_STREET_AFTER_THE, text)) {
    const street = m[1]!;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const rural = RURAL_PLACE_BEFORE.test(before);
    // "op de kerkweg nummer 23": "nummer" and a house number after it let a shorter name and a dictionary word count.
    const numbered = NUMBER_AFTER_STREET.test(text.slice(end, end + 30)) || NUMBER_LATER_IN_CLAUSE.test(text.slice(end, end + 40));
    if (street !== street.toLowerCase() || street.length < (numbered || rural ? 6 : 8)) continue;
    const key = fold(street);
    // "ze woont boven de snackbar op de dorpsstraat": in a clause about where someone lives, a street the dictionary knows is still one.
    const lived = rural || LIVING_BEFORE.test(before);
    if (NOT_A_STREET.test(key) || (!numbered && !lived && isOrdinaryWord(key)) || isPlaceName(street)) continue;
    const start = m.index + m[0].length - street.length;
    if (out.some((c) => c.start < start + street.length && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end: start + street.length, tier: 2 });
  }
}

/**
 * "ze woont op de molenhof 6", "adres is kerkpad 3", "aan het wolvenveld 12": a lower-case word with any
 * street ending and a house number, after "op/aan/in de/het" or an address word. No dictionary word:
 * "op de markt 3 keer", "in het park 2 uur".
 */
const LOWER_STREET_CUED = new RegExp(
  `(?<![\\p{L}])(?:(?:op|aan|in|bij|naar|langs|vanaf|via)\\s+(?:de|het|'t)|adres(?:\\s+is|:)|woont\\s+(?:op|aan)|wonen\\s+(?:op|aan))\\s+([\\p{Ll}][\\p{Ll}-]{3,}(?:${STREET_END})\\s+${HOUSE_NUMBER})${END}`,
  'gu',
);

function findLowerStreetsCued(text: string, out: Candidate[]): void {
  for (const m of allMatches(LOWER_STREET_CUED, text)) {
    const street = m[1]!;
    const word = /^\S+/.exec(street)![0];
    const key = fold(word);
    if (NOT_A_STREET.test(key) || isOrdinaryWord(key) || isPlaceName(word)) continue;
    const start = m.index + m[0].length - street.length;
    const end = start + street.length;
    if (COUNTED_AFTER.test(text.slice(end, end + 20)) || out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
}

/**
 * "adres gooioord 118", "ze woont in die flat op kortenhoef 7": a lower-case word without a street
 * ending and a house number, right after an address word or after "op" in a clause about where
 * someone lives. Many streets are named after places or things ("Slinge", "Gooioord"), so a place's
 * name counts; a dictionary word ("op nummer 5", "op school 3", "op groep 7") does not, nor a count.
 */
const BARE_LOWER_STREET = new RegExp(
  `(?<![\\p{L}])(?:(?:adres|address|woonadres)(?:\\s+is|\\s*:)?|(?:woont|wonen|woonde|woonden|slaapt|slapen|verblijft|verblijven|flat|huis|woning|kamer|appartement|pand)\\s+(?:[\\p{Ll}'’]+\\s+){0,3}?op)\\s+((?:(?:'t|de|het)\\s+)?[\\p{Ll}][\\p{Ll}'’-]{3,}(?:\\s[\\p{Ll}][\\p{Ll}'’-]{3,})?\\s+${HOUSE_NUMBER})${END}`,
  'gu',
);
const BARE_STREET_CUES: ReadonlySet<string> = new Set(['adres', 'address', 'woonadres', 'op']);

/**
 * "slaapt boven de zaak op Passage 12", "woont achter het station op Passage 31": in a clause about where
 * someone lives, a capitalised word mid-sentence with a house number after "op" is a street's name even
 * when a dictionary knows the word in lower case (the capital says it is a name here); a town, a month
 * or weekday, or a count after the number ("op Zondag 12 uur") is not.
 */
const BARE_CAPITAL_STREET = new RegExp(
  `(?<![\\p{L}])(?:woont|wonen|woonde|woonden|slaapt|slapen|sliep|sliepen|verblijft|verblijven)\\s+(?:[\\p{Ll}'’]+\\s+){0,4}?op\\s+(\\p{Lu}\\p{Ll}{3,}\\s+${HOUSE_NUMBER})${END}`,
  'gu',
);

function findBareLowerStreets(text: string, out: Candidate[]): void {
  for (const m of allMatches(BARE_LOWER_STREET, text)) {
    const street = m[1]!;
    const words = splitOnSpaces(street.replace(/^(?:'t|de|het)\s+/, '')).filter((w) => /^\p{L}/u.test(w));
    // Right after "adres is" even a dictionary word names the street ("adres is kraaiennest 88"), but not a function word.
    const named = /^(?:adres|address|woonadres)/.test(m[0]);
    if (words.some((w) => (named ? isFunctionWord(fold(w)) : isOrdinaryWord(fold(w))) || NOT_A_STREET.test(w))) continue;
    const start = m.index + m[0].length - street.length;
    const end = start + street.length;
    if (YEAR_LIKE.test(` ${/\d+/.exec(street)![0]}`) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
  for (const m of allMatches(BARE_CAPITAL_STREET, text)) {
    const street = m[1]!;
    const word = /^\S+/.exec(street)![0];
    const start = m.index + m[0].length - street.length;
    const end = start + street.length;
    if (isPlaceName(word) || NON_PII_PROPER.has(fold(word)) || NOT_A_STREET.test(word)) continue;
    if (YEAR_LIKE.test(` ${/\d+/.exec(street)![0]}`) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'ADRES', start, end, tier: 2 });
  }
}

/**
 * A street without a street word, known by the town beside it: "woont in Dronten, De Noord 12",
 * "De Lange West 18, Drachten", "Molenhoek 7 in Heeze". Capitalised words (an article may open them)
 * and a house number, with a town the gazetteer knows right before after a comma, or right after.
 * "Bus 12 in Utrecht", "Kamer 3, Zwolle": words a dictionary knows need an article before them.
 */
const NAMED_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}\\d'’-])((?:(?:De|Het|'t|Den|Ter|Ten)\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)\\s+(?!0)(\\d{1,4}(?:[a-zA-Z](?![\\p{L}])|-\\d{1,3}|-[a-zA-Z])?)(?![\\p{L}\\d]|[.,:/-]\\d)`,
  'gu',
);
/** What `NAMED_WITH_NUMBER` needs: a capitalised word right before a house number. */
const CAPITAL_BEFORE_NUMBER = /\p{Lu}[\p{L}'’-]+\s+[1-9]/u;
const TOWN_BEFORE = /(\p{Lu}[\p{L}'’-]+),\s+$/u;
const TOWN_AFTER = /^(?:,\s+|\s+(?:in|te)\s+)(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)(?![\p{L}])/u;

/** A town the gazetteer knows right after a comma at `end`. */
function townAfterComma(text: string, end: number): boolean {
  const town = /^,\s+(\p{Lu}[\p{L}'’]+(?:[- ]\p{Lu}[\p{L}'’]+)*)(?![\p{L}])/u.exec(text.slice(end, end + 40))?.[1];
  return town !== undefined && isPlaceName(town);
}

function findStreetsBesideTowns(text: string, out: Candidate[]): void {
  for (const m of allMatches(NAMED_WITH_NUMBER, text)) {
    const [, name, number] = m as unknown as [string, string, string];
    const end = m.index + m[0].length;
    const words = splitOnSpaces(name);
    const article = /^(?:de|het|'t|den|ter|ten)$/i.test(words[0]!) && words.length > 1;
    const town =
      isPlaceName(TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '') ||
      isPlaceName(TOWN_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '');
    if (!town || YEAR_LIKE.test(` ${number}`) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (/[€$£]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const named = words.slice(article ? 1 : 0);
    // A sentence word or a town on its own is no street; with an article before it, a place's name with a number is one ("De Noord 12").
    if (LEADING_WORDS.has(named[0]!.toLowerCase()) || (!article && named.length === 1 && isPlaceName(named[0]!))) continue;
    // "Hoge Ham 45, Dongen": two capitalised words, a number, a comma and the town are the way an address is
    // written, whatever the words mean; one word a dictionary knows is something counted ("Kamer 3, Zwolle").
    const written = named.length >= 2 && townAfterComma(text, end);
    if (!article && !written && named.every((w) => isOrdinaryWord(fold(w)) || FIRST_NAMES.has(fold(w)) || SURNAMES.has(fold(w)))) continue;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    out.push({ type: 'ADRES', start: m.index, end, tier: 2 });
  }
}

/**
 * "zhiveem v Hoge Ham 45", "mieszka na Rijnhuizen 40", "she stays at Plats 9": after a preposition
 * that puts someone on a street (Dutch "op"/"aan", English "at"/"on", Slavic "na"/"v"/"w"/"przy",
 * Romanian "pe", Darija "f", Vietnamese "ở"), one to three capitalised words and a house number are a
 * street whose name has no street word, in any language of the line ("op het Hoogt 12": a Dutch article
 * may come between; "op de …" is `ON_THE_STREET`'s). Prepositions that put someone
 * in a town ("in", "uit") are left out: there a place and a number are a place and a count.
 */
const PREPOSITION_STREET = new RegExp(
  `(?<![\\p{L}\\d'’-])(?:[Oo]p|[Aa]an|[Aa]t|[Oo]n|[Nn]a|[Vv]|[Ww]|[Pp]rzy|[Pp]e|[Ff]|ở|[Aa]chter|[Nn]aast|[Tt]egenover|[Bb]ehind|[Oo]pposite)\\s+(?:(?:het|'t|den)\\s+)?((?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?\\s+(?:(?:van|de|der|den|het|'t|ter|ten)\\s+)?){0,2}\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}?\\p{Ll}+)?)\\s+(?!0)(\\d{1,4}(?:[a-zA-Z](?![\\p{L}])|-\\d{1,3}|-[a-zA-Z])?)(?![\\p{L}\\d%€]|[.,:/-]\\d|\\s?%)`,
  'gu',
);
const PREPOSITION_STREET_WORDS: ReadonlySet<string> = new Set(
  'op aan at on na v w przy pe f ở achter naast tegenover behind opposite'.split(' '),
);
/**
 * Capitalised words that take a number without being a street: a channel, platform, page, group,
 * floor, room, gate, line, chapter, season or version ("op Kanaal 5", "at Gate 12", "op Spoor 3").
 */
const COUNTER_WORDS: ReadonlySet<string> = new Set(
  `kanaal zender radio spoor perron pagina bladzijde groep klas niveau level verdieping etage kamer zaal hal gate terminal
  pier lijn bus tram metro route hoofdstuk artikel paragraaf week dag ronde seizoen aflevering fase stap versie editie
  tafel bed bank plek plaats stoel channel platform page group grade class floor room hall line chapter article season
  episode round step version table seat row rij stand box loket ingang uitgang exit entrance sector vak`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

function findStreetsAfterPrepositions(text: string, out: Candidate[]): void {
  for (const m of allMatches(PREPOSITION_STREET, text)) {
    const [, name, number] = m as unknown as [string, string, string];
    const end = m.index + m[0].length;
    const keys = name.split(/\s+/).map((w) => fold(w));
    const named = keys.filter((k) => !/^(?:van|de|der|den|het|'t|ter|ten)$/.test(k));
    // "w Gdańsku 80-001": a Polish postcode is no house number.
    if (YEAR_LIKE.test(` ${number}`) || /^\d{2}-\d{3}$/.test(number) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    // "w Amsterdamie 2", "v Sofia 3": after a preposition meaning "in" one word is a town, inflected where no list knows it.
    if (named.length === 1 && /^[VvWw]\s/.test(m[0])) continue;
    if (named.some((k) => COUNTER_WORDS.has(k) || LEADING_WORDS.has(k) || isFunctionWord(k) || NON_PII_PROPER.has(k))) continue;
    // One word needs to be no dictionary word, first name or town: "op Zaterdag 3", "bij Jan 2", "op Texel 2".
    if (named.length === 1 && (isOrdinaryWord(named[0]!) || FIRST_NAMES.has(named[0]!) || isPlaceName(name))) continue;
    // "aan Fatima Bakker 50": a person's name and an amount.
    if (named.length > 1 && named.every((k) => FIRST_NAMES.has(k) || SURNAMES.has(k))) continue;
    const from = m.index + m[0].indexOf(name);
    if (out.some((c) => c.start < end && from < c.end)) continue;
    out.push({ type: 'ADRES', start: from, end, tier: 2 });
  }
}

/** "Lange Nieuwstraat 23 en 25", "Kade 10 t/m 14": more than one house on the street; not "Kerkstraat 4 en 5 mensen". */
const SECOND_NUMBER = /^\s(?:en|t\/m|tot|&|and)\s(?!0)\d{1,4}[a-zA-Z]?(?![\p{L}\d]|[.,:]\d)/u;

/** "op nummer 14 van de Dorpsstraat", "huisnummer 3 aan de Kerkweg": the number said before the street. */
const NUMBER_BEFORE_STREET =
  /(?:^|[^\p{L}])((?:huis)?(?:nummer|nr\.?|no\.?)\s*(?!0)\d{1,5}[a-zA-Z]?\s+(?:van|aan|in|op|at|on|of)\s+(?:de|het|the)\s+)$/iu;
/** "Plot 14, Adeola Odeku Street", "Flat 3, 22 Green Lane": a plot, house or flat number before a street that opens with its number. */
const UNIT_BEFORE_STREET =
  /(?:^|[^\p{L}])((?:[Pp]lot|House|[Ff]lat|[Aa]partment|[Aa]pt\.?|Block|[Uu]nit|Suite|Room)\s*(?:(?!0)\d{1,5}[A-Za-z]?,?\s+)?)$/u;

/** "Rue 14, N° 32, Hay Al Matar", "Calea Victoriei 120, sector 1": the quarter or district named after the street. */
const QUARTER_AFTER =
  /^,\s*(?:Hay|Derb|Douar|Quartier|Cité|Lotissement|Résidence|[Ss]ector(?:ul)?|[Ss]ektor|Mikrorayon|мкр\.?|микрорайон|мікрорайон|ж\.к\.|жк)\s+[\p{Lu}\d][\p{L}'’\d-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}/u;

/**
 * "Zwanenburgwal 9 3hoog", "Javastraat 8, 2-hoog achter", "Kade 4 1e etage", "Stationsweg 22, tweede etage",
 * "Queen Street 27, 2nd floor", "Hauptstraße 12, 3. OG", "rue Victor Hugo 14, 2ème étage": the floor after the
 * house number, as citizens of each country type it.
 */
const FLOOR_AFTER =
  /^,?\s+(?:(?:[1-9]\s?-?\s?h(?:oog|g)|(?:een|twee|drie|vier|vijf)\s?-?\s?hoog)(?:\s+(?:achter|voor|links|rechts))?|(?:[1-9](?:e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde|bovenste)\s+(?:etage|verdieping|verd\.|woonlaag)(?:\s+(?:achter|voor|links|rechts))?|[1-9]\.\s?(?:emelet|em\.)(?:\s?\d{1,3}\.?(?!\d))?|(?:[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|top|ground)\s+floor|floor\s+[1-9]|[1-9]\.\s?(?:OG|Stock|Etage|Obergeschoss)|[1-9](?:e|er|ère|ème|eme)\s+[ée]tage|[1-9][ºª°]\s?piso|piso\s+[1-9]|[1-9]\.?\s+pi[ęe]tro|pi[ęe]tro\s+[1-9])(?![\p{L}\d])/u;
const FRENCH_STREET_START = /^(?:rue|avenue|boulevard|bd|chemin|place|allée|allee|impasse|quai|route|cours)\s/i;
const FRENCH_NUMBER_BEFORE = /(?:^|[^\p{L}\d€$£.,:/-])((?!0)\d{1,4}(?:\s?(?:bis|ter|[A-Za-z]))?,?\s+)$/u;
/** "rue Victor Hugo, 3e étage": the floor's ordinal taken as the house number, its word after it. */
const FLOOR_WORD_AFTER = /^\s(?:[ée]tage|etage|verdieping|verd\.|floor|piso|Stock|OG)(?![\p{L}])/u;
/** "kerkstraat 12-3 hoog": the floor's digit taken as the house number's addition, "hoog" after it. */
const HOOG_AFTER = /^\s?hoog(?:\s+(?:achter|voor|links|rechts))?(?![\p{L}\d])/u;

/** "22 Green Lane, Flat 4", "Kerkstraat 8, apartment 12": the flat after the street and its number. */
// "Zandhoefweg 5 chalet 61", "Dorpsweg 2, woning 3", "Polderweg 8 unit 4": a house, chalet, caravan or pitch on a park or
// yard that shares the street's number.
const UNIT_AFTER_STREET =
  /^,?\s+(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit|[Ss]uite|[Rr]oom|[Aa]ppartement|[Kk]amer|[Cc]halet|[Ww]oning|[Bb]ungalow|[Hh]uisje|(?:[Ss]ta)?[Cc]aravan|[Pp]lek|[Ss]tandplaats|[Ll]igplaats|[Kk]avel)\s?(?:nr\.?\s?)?\d{1,4}[a-zA-Z]?(?![\p{L}\d])/u;
/** "Dorpsweg 2 huis 2": the addition "huis" (which `HOUSE_NUMBER` takes) with the number of the house behind it. */
const HOUSE_AFTER_HUIS = /^\s(?!0)\d{1,3}[a-z]?(?![\p{L}\d]|[.,:/-]\d)/u;
/** "Molenstraat 3A-5": a letter and then a second number, as split-up buildings are numbered. */
const LETTER_THEN_NUMBER = /^-(?!0)\d{1,3}(?![\p{L}\d]|[.,:/-]\d)/u;
/**
 * "het flatje boven de bakker op de Lange Kerkstraat 5", "the flat above the bakery at Noordsingel 27": the home
 * pointed out by what is beside it, right before its street, is the address told whole.
 */
const DWELLING_BEFORE =
  /(?:^|[^\p{L}])((?:het|de|een|the|a)\s+(?:flat|flatje|kamer|kamertje|huis|huisje|woning|appartement|bovenwoning|benedenwoning|zolder|studio|apartment|room|house)\s+(?:boven|onder|naast|achter|tegenover|above|over|behind|below|opposite|next\s+to)\s+(?:de|het|een|the|a)\s+\p{L}[\p{L}-]{2,19}\s+(?:op|aan|in|at|on)\s+(?:(?:de|the)\s+)?)$/iu;
/**
 * "Polderdijk 3 achter de loods", "Markt 4 boven de bakker": the building behind or above which the home is, after
 * the number, is the way to it. Not "naast de bakker": a house next door is another house.
 */
const BUILDING_AFTER =
  /^\s+(?:achter|boven|behind|above)\s+(?:de|het|the)\s+(?:loods|schuur|winkel|garage|kerk|moskee|bakker|bakkerij|supermarkt|snackbar|school|boerderij|kas|kassen|stal|werkplaats|shed|barn|shop|church|mosque|bakery|farm|warehouse|workshop)(?![\p{L}])/iu;

/** "Steenstraat 14 achterom", "Kerkweg 3 achterhuis": the way in or the part of the house after the number. */
const PART_OF_HOUSE_AFTER =
  /^,?\s+(?:achterom|achterhuis|voorhuis|bovenhuis|benedenhuis|bovenwoning|benedenwoning|souterrain|zolder|zolderkamer)(?![\p{L}])/u;
/**
 * "op de kerkstraat twaalf", "in de Kerkstraat, nummer drieëntwintig": the house number in words. After
 * "nummer" any number word; without it, only where the clause ends or goes on with a preposition or
 * conjunction, so "in de Kerkstraat drie mannen" stays a count.
 */
const UNITS_IN_WORDS = '(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const NUMBER_IN_WORDS = `(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|${UNITS_IN_WORDS}(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`;
const WORDS_NUMBER_SAID = new RegExp(`^,?\\s+(?:nummer|nr\\.?|number|huisnummer)\\s+${NUMBER_IN_WORDS}(?![\\p{L}])`, 'iu');
const WORDS_NUMBER_BARE = new RegExp(
  `^\\s+${NUMBER_IN_WORDS}(?=\\s*(?:[,.;!?)]|$)|\\s+(?:in|te|bij|en|of|maar|want|daar|hoog|boven|beneden|achter)(?![\\p{L}]))`,
  'iu',
);

/**
 * "ik woon op nr 12 van de Beukenlaan en aan de overkant op nummer 14 wonen 6 vrouwen": once a message
 * has named a street, a house number said on its own ("op nummer 14", "at number 9") is another house
 * in it. Not a telephone's digits after it, not a count.
 */
const HOUSE_NUMBER_ALONE =
  /(?<![\p{L}])(?:op|at|on|aan|in|bij)\s+((?:huis)?(?:nummer|nr\.?|no\.?|number)\s*(?!0)\d{1,4}[a-zA-Z]?)(?![\p{L}\d]|[.,:/-]\d|\s?\d)/giu;

/** "Het nummer is 12", "the number is 12": the house number said in a sentence of its own, after the street. */
const NUMBER_IS = /(?<![\p{L}])((?:huis)?(?:nummer|number|nr\.?)\s+(?:is|was|=|:)\s+(?!0)\d{1,4}[a-zA-Z]?)(?![\p{L}\d]|[.,:/-]\d|\s?\d)/giu;

function withHouseNumbersAlone(text: string, found: Candidate[]): void {
  const streets = found.filter((c) => /\p{L}/u.test(text.slice(c.start, c.end)) && !PO_BOX_START.test(text.slice(c.start, c.end)));
  if (streets.length === 0 || !/n(?:umme)?r|no|number/i.test(text)) return;
  // The numbers the streets already hold: "op nummer 7, Sint Jansstraat 7" says the same house twice.
  const held = new Set(streets.flatMap((c) => text.slice(c.start, c.end).match(/\d+/g) ?? []));
  for (const m of [...allMatches(HOUSE_NUMBER_ALONE, text), ...allMatches(NUMBER_IS, text)]) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (held.has(/\d+/.exec(m[1]!)![0])) continue;
    if (found.some((c) => c.start < end && start < c.end) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    found.push({ type: 'ADRES', start, end, tier: 2 });
  }
}
const PO_BOX_START = /^(?:postbus|antwoordnummer|p\.?\s?o\.?\s?box|postfach|skrytka)/i;

/**
 * "op de van Speijkstraat 96", "adres: van der Helststraat 12": a street named after someone opens with
 * the name's particle in lower case; after an article, a preposition or an address word the particle is
 * the name's ("hij komt van Kerkstraat 14": after a verb it is a preposition).
 */
const PARTICLE_BEFORE_STREET =
  /(?:^|[^\p{L}])(?:de|het|op|aan|in|bij|naar|at|on|the|adres|address)\s*:?\s+((?:van(?:\s+(?:de|der|den|het|'t))?|ter|ten)\s+)$/iu;

/** The last word and space `PARTICLE_BEFORE_STREET` needs right before a street, as the four characters before it end. */
const PARTICLE_ENDS: ReadonlySet<string> = new Set(['van ', 'der ', 'den ', 'het ', "'t ", 'ter ', 'ten ', 'de ']);

/**
 * "ze woont op 12 kerkstraat", "at 45b vondelstraat": the house number before a lower-case Dutch
 * street, as English orders it, after a preposition of place.
 */
const NUMBER_FIRST_LOWER = new RegExp(
  `(?<![\\p{L}])(?:op|at|on|aan|in)\\s+((?!0)\\d{1,4}[a-z]?\\s+[\\p{Ll}][\\p{Ll}-]{3,}(?:${STRICT_END}))(?![\\p{L}\\d])`,
  'gu',
);

/**
 * "burgemeester de withstraat 12", "2e hugo de grootstraat 14", "jan van galenstraat 3": a street named
 * after someone, typed in lower case, opens with the person's title or first name and a particle, which
 * the street's own pattern (one word with a street ending) leaves before it.
 */
const LOWER_NAME_BEFORE_STREET =
  /(?:^|[^\p{L}])((?:[1-9]e\s+|eerste\s+|tweede\s+|derde\s+)?(\p{Ll}{2,})\s+((?:van|de|der|den|ter|ten|van\s+der|van\s+den|van\s+de|van\s+'t)\s+)?)$/u;
const STREET_TITLES: ReadonlySet<string> = new Set(
  'burgemeester dokter professor generaal admiraal kapitein koningin koning prins prinses president pastoor pater minister graaf gravin hertog hertogin sint'.split(
    ' ',
  ),
);

function lowerNameBefore(text: string, start: number): number {
  const m = LOWER_NAME_BEFORE_STREET.exec(text.slice(Math.max(0, start - 40), start));
  if (m === null) return 0;
  const key = fold(m[2]!);
  const title = STREET_TITLES.has(key);
  if (!title && (m[3] === undefined || !FIRST_NAMES.has(key) || isFunctionWord(key))) return 0;
  return m[1]!.length;
}

/** Street names followed by "op nummer 14" take the number in; a house number, a second one after "en" or "t/m". */
function withNumbersAfter(text: string, found: Candidate[]): Candidate[] {
  for (const c of found) {
    if (isAsciiLower(text.charCodeAt(c.start)) && text.charCodeAt(c.start - 1) === 32) c.start -= lowerNameBefore(text, c.start);
    const head = text.charAt(c.start);
    const particle =
      head !== head.toLowerCase() &&
      PARTICLE_ENDS.has(
        text
          .slice(Math.max(0, c.start - 4), c.start)
          .toLowerCase()
          .trimStart(),
      )
        ? PARTICLE_BEFORE_STREET.exec(text.slice(Math.max(0, c.start - 30), c.start))
        : null;
    if (particle !== null) c.start -= particle[1]!.length;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const said = /\d/.test(text.slice(c.start, c.end)) ? null : NUMBER_BEFORE_STREET.exec(before);
    const unit = UNIT_BEFORE_STREET.exec(before);
    if (said !== null) c.start -= said[1]!.length;
    else if (unit !== null && /^\d/.test(text.slice(c.start, c.end))) c.start -= unit[1]!.length;
    else if (/^\p{Lu}/u.test(text.slice(c.start, c.end)) && !/\d/.test(text.slice(c.start, c.end))) {
      const numberBefore = NUMBER_BEFORE_NAME.exec(before);
      if (numberBefore !== null && !YEAR_LIKE.test(` ${numberBefore[1]!.trim()}`)) c.start -= numberBefore[1]!.length;
    } else if (FRENCH_STREET_START.test(text.slice(c.start, c.end))) {
      // "au 14 bis rue Victor Hugo, 3e étage": French puts the house number, and its "bis", before the street word.
      const numberBefore = FRENCH_NUMBER_BEFORE.exec(before);
      if (numberBefore !== null && !YEAR_LIKE.test(` ${/\d+/.exec(numberBefore[1]!)![0]}`)) c.start -= numberBefore[1]!.length;
    }
    const range = /\d[a-zA-Z]?$/.test(text.slice(c.start, c.end)) ? SECOND_NUMBER.exec(text.slice(c.end, c.end + 16)) : null;
    if (range !== null && !COUNTED_AFTER.test(text.slice(c.end + range[0].length, c.end + range[0].length + 20))) c.end += range[0].length;
    const quarter = /[\p{L}\d]$/u.test(text.slice(c.start, c.end)) ? QUARTER_AFTER.exec(text.slice(c.end, c.end + 50)) : null;
    if (quarter !== null) c.end += quarter[0].length;
    const unitAfter = /\d/.test(text.slice(c.start, c.end)) ? UNIT_AFTER_STREET.exec(text.slice(c.end, c.end + 24)) : null;
    if (unitAfter !== null) c.end += unitAfter[0].length;
    const huis = /\d[a-zA-Z]?\s?huis$/.test(text.slice(c.start, c.end)) ? HOUSE_AFTER_HUIS.exec(text.slice(c.end, c.end + 8)) : null;
    if (huis !== null && !COUNTED_AFTER.test(text.slice(c.end + huis[0].length, c.end + huis[0].length + 20))) c.end += huis[0].length;
    const lettered = /\d[A-Za-z]$/.test(text.slice(c.start, c.end)) ? LETTER_THEN_NUMBER.exec(text.slice(c.end, c.end + 8)) : null;
    if (lettered !== null) c.end += lettered[0].length;
    const floor = /\d[a-zA-Z]?$/.test(text.slice(c.start, c.end)) ? FLOOR_AFTER.exec(text.slice(c.end, c.end + 24)) : null;
    if (floor !== null) c.end += floor[0].length;
    const hoog = floor === null && /[-\s][1-9]$/.test(text.slice(c.start, c.end)) ? HOOG_AFTER.exec(text.slice(c.end, c.end + 20)) : null;
    if (hoog !== null) c.end += hoog[0].length;
    const floorWord = /\d(?:e|er|ème|eme|ste|de|st|nd|rd|th|\.)$/.test(text.slice(c.start, c.end))
      ? FLOOR_WORD_AFTER.exec(text.slice(c.end, c.end + 12))
      : null;
    if (floorWord !== null) c.end += floorWord[0].length;
    const part = /\d[a-zA-Z]?$/.test(text.slice(c.start, c.end)) ? PART_OF_HOUSE_AFTER.exec(text.slice(c.end, c.end + 20)) : null;
    if (part !== null) c.end += part[0].length;
    if (/\d/.test(text.slice(c.start, c.end))) {
      const dwelling = DWELLING_BEFORE.exec(text.slice(Math.max(0, c.start - 80), c.start));
      if (dwelling !== null) c.start -= dwelling[1]!.length;
      const building = /\d[a-zA-Z]?$/.test(text.slice(c.start, c.end)) ? BUILDING_AFTER.exec(text.slice(c.end, c.end + 40)) : null;
      if (building !== null) c.end += building[0].length;
    }
    if (!/\d/.test(text.slice(c.start, c.end))) {
      const said = WORDS_NUMBER_SAID.exec(text.slice(c.end, c.end + 40)) ?? WORDS_NUMBER_BARE.exec(text.slice(c.end, c.end + 30));
      if (said !== null) c.end += said[0].length;
    }
    const after = NUMBER_AFTER_STREET.exec(text.slice(c.end, c.end + 30));
    if (after !== null && !/\d/.test(text.slice(c.start, c.end))) {
      c.end += after[0].length;
      c.tier = 1;
    }
  }
  if (found.length > 0 && hasDigit(text)) withHouseNumbersAlone(text, found);
  return found;
}

const NL_POSTCODE = /(?<![\p{L}\d-])[1-9]\d{3}(\s?)([A-Za-z]{2})(?![\p{L}\d])/gu;
const UNITS =
  /^(?:km|kg|cm|mm|ml|gr|kb|mb|gb|uur|jr|pp|st|am|pm|en|in|op|is|of|om|te|de|al|na|ik|je|ze|we|nu|zo|er|he|hi|so|to|at|on|or|an|as|by|if|it|me|my|no|up|us|eu)$/i;
/** Foreign shapes: with a country prefix they stand alone; without one they need context. */
const FOREIGN_POSTCODE =
  /(?<![\p{L}\d-])(?:(?:D|B|PL|RO|BG|LT|LV|F|A|CH|CZ|SK|HU|UA|NL|E|I|P)-\s?)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2}|\d{4,6})(?![\p{L}\d]|[.,]\d|-\d)/gu;
const UK_POSTCODE = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\d])/gu;
const POSTCODE_CUE =
  /(?:postcode(?:\s?gebied)?|post\s?code|postal\s+code|zip(?:\s?code)?|plz|kod\s+pocztowy|cod(?:ul)?\s+po[sșş]tal|пощенски\s+код|поштовий\s+індекс|індекс|code\s+postal|c\.?p\.?|cap)\s*:?\s*$/iu;
/**
 * "ze woont ergens in 1102", "hij zit in 3514": the four digits of a Dutch postcode area where someone
 * lives or stays, the way people name a part of town. Not a year, not a count ("in 1500 euro").
 */
const LIVES_IN =
  '(?<![\\p{L}])(?:ergens\\s+in|(?:woont|wonen|woonde|woonden|zit|zitten|zat|verblijft|verblijven|slaapt|slapen)\\s+(?:ergens\\s+|nu\\s+|daar\\s+)?in(?:\\s+de\\s+buurt\\s+van)?)\\s+';
const POSTCODE_AREA = new RegExp(`${LIVES_IN}([1-9]\\d{3})(?![\\p{L}\\d]|[.,:/-]\\d|\\s?[A-Za-z]{2}(?![\\p{L}]))`, 'gu');
/** "ze zit in 3072 ap rotterdam": where someone lives, right before a postcode in any case. */
const LIVES_IN_BEFORE = new RegExp(`${LIVES_IN}$`, 'u');
const NOT_A_PLACE =
  /^(?:euro|eur|uur|jaar|keer|man|mensen|personen|dagen|weken|maanden|km|kilometer|meter|stuks|zloty|lei|leva|dollar|pond)$/i;

/** The word after `end` looks like a place: capitalised, a known place, or an unknown word. */
function placeAfter(text: string, end: number): boolean {
  const next = /^,?\s+([\p{Lu}][\p{L}'’-]+)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const key = fold(next[1]!);
  if (NOT_A_PLACE.test(key)) return false;
  return isPlaceName(next[1]!) || !isOrdinaryWord(key);
}

/** A place the gazetteer knows stands just before: "Varna 9000", "Київ, 01001". */
function placeBefore(text: string, start: number): boolean {
  const prev = /([\p{Lu}][\p{L}'’-]+),?\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return prev !== null && !NOT_A_PLACE.test(fold(prev[1]!)) && (isPlaceName(prev[1]!) || /[\u0400-\u04ff]/.test(prev[1]!));
}

/**
 * "Mieszkamy w Białymstoku, 15-424": the Polish shape (two digits, a hyphen, three) right after a
 * capitalised word that a preposition of place opens, though no list knows the inflected place.
 */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:w|we|z|ze|in|din|în|из|в|у|from|uit)\s+\p{Lu}[\p{L}'’-]+,?\s+$/u;

function polishPostcodeAfterPlace(text: string, start: number, code: string): boolean {
  return /^\d{2}-\d{3}$/.test(code) && PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * An address (street and number) ends just before, separated by a comma, or by a comma and the town
 * the code belongs to ("Plot 14, Sector 21, Gurgaon 122016", "Ilica 188, Zagreb 10000").
 */
function addressBefore(text: string, start: number, addresses: Candidate[]): boolean {
  const between = (a: Candidate): string => text.slice(a.end, start);
  const year = /^(?:19|20)\d\d(?!\d)/.test(text.slice(start, start + 5));
  return addresses.some((a) => a.end <= start && (/^[,\s]+$/.test(between(a)) || (!year && TOWN_BETWEEN.test(between(a)))));
}
const TOWN_BETWEEN = /^,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+$/u;

/** Whether a postcode cue stands just before an offset of `text` (a closure without a name: see `addressPusher`). */
function postcodeCue(text: string): (start: number) => boolean {
  return (start) => POSTCODE_CUE.test(text.slice(Math.max(0, start - 25), start));
}

export function findPostcodes(text: string, addresses: Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  const cued = postcodeCue(text);
  // Each shape needs its runs of digits: four for a Dutch postcode or area; four to six, two before a
  // hyphen or three before a space abroad; a capital before one in Britain.
  const runs = digitRuns(text);
  const fourDigits = hasRunOf(runs, 4);
  if (fourDigits) findDutchPostcodes(text, addresses, cued, out);
  if (hasRunBetween(runs, 4, 6) || hasRunBeforeRun(runs, 2) || hasRunBeforeRun(runs, 3)) findForeignPostcodes(text, addresses, cued, out);
  if (fourDigits) findPostcodeAreas(text, out);
  if (hasCapitalBeforeRun(text, runs))
    for (const m of allMatches(UK_POSTCODE, text)) out.push({ type: 'POSTCODE', start: m.index, end: m.index + m[0].length, tier: 1 });
  return out;
}

function findDutchPostcodes(text: string, addresses: Candidate[], cued: (start: number) => boolean, out: Candidate[]): void {
  for (const m of allMatches(NL_POSTCODE, text)) {
    const [, space, letters] = m as unknown as [string, string, string];
    const end = m.index + m[0].length;
    // "ik woon in Wapenveld, 8191 ab": a place right before says postcode, in lower case too unless the number reads as a year ("Utrecht, 2019 ok").
    const afterPlace = placeBefore(text, m.index) && (letters === letters.toUpperCase() || !/^(?:19|20)\d\d/.test(m[0]));
    const context =
      cued(m.index) ||
      placeAfter(text, end) ||
      addressBefore(text, m.index, addresses) ||
      afterPlace ||
      (LIVES_IN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/^(?:19|20)\d\d/.test(m[0]));
    if (/^(?:SA|SD|SS)$/i.test(letters) && !context) continue;
    // "Hoofdweg 1213 in Nieuw-Vennep": a lower-case word after a number is a word, not postcode letters.
    if (letters === letters.toLowerCase() && UNITS.test(letters) && !cued(m.index)) continue;
    const upper = letters === letters.toUpperCase();
    if (!context && !upper && (space !== '' || UNITS.test(letters))) continue;
    if (!context && upper && UNITS.test(letters) && space !== '') continue;
    out.push({ type: 'POSTCODE', start: m.index, end, tier: 1 });
  }
}

function findForeignPostcodes(text: string, addresses: Candidate[], cued: (start: number) => boolean, out: Candidate[]): void {
  for (const m of allMatches(FOREIGN_POSTCODE, text)) {
    const end = m.index + m[0].length;
    const prefixed = /^[A-Z]{1,2}-/.test(m[0]);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[€$£]\s*$/.test(before)) continue;
    const spaced = /\s/.test(m[0]);
    if (spaced && !placeAfter(text, end) && !cued(m.index)) continue;
    // After a place only at the end of the address ("Varna 9000."), and not a year ("Utrecht, 2019 begon").
    const closes = /^\s*(?:[.,;!?)]|$)/.test(text.slice(end, end + 3)) && !/^(?:19|20)\d{2}$/.test(m[0]);
    if (
      prefixed ||
      cued(m.index) ||
      addressBefore(text, m.index, addresses) ||
      placeAfter(text, end) ||
      (closes && (placeBefore(text, m.index) || polishPostcodeAfterPlace(text, m.index, m[0])))
    ) {
      out.push({ type: 'POSTCODE', start: m.index, end, tier: prefixed || cued(m.index) ? 1 : 2 });
    }
  }
}

function findPostcodeAreas(text: string, out: Candidate[]): void {
  for (const m of allMatches(POSTCODE_AREA, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (/^(?:19|20)\d\d$/.test(m[1]!) || COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ type: 'POSTCODE', start, end, tier: 2 });
  }
}
