/**
 * Specific dates: a day and a month, with or without a year, in digits or with a month name in the
 * chat's languages (Dutch, English, Polish, Romanian, German, Bulgarian, Ukrainian, Russian,
 * Hungarian, Turkish, French, Spanish; Polish, Ukrainian and Russian in the genitive that follows a
 * day). A month on its own ("in maart") or a year ("sinds 2019") is not a date of anyone; a month
 * with its year ("sinds maart 2021", "in March 2022") dates an event in someone's story closely
 * enough to help find them (arrival, start of work), so it is masked as a weak find.
 *
 * Reviewed in round 5 (issue 13) and kept: the separate writers of the tuning sets label a month
 * with its year as a date every time they write one ("in maart 2021", "March 2022"), and with the
 * nationality and the employer that the same message usually names it narrows a small community
 * down to one person. What a supervisor needs from it, how long something has gone on, stays
 * readable in the durations ("al twee jaar"), which are never masked.
 */
import { digitRuns, hasRunBeforeRun } from '../digitRuns';
import { allMatches, fold, hasDigit, includesAny, lowerCase, mentionsAny, tokenize } from '../text';
import { CAPITAL_NEAR_DIGIT, hasAny } from '../textShape';
import type { Candidate } from '../types';

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_SHORT = 'jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
/** Month names that only count after a day number ("3 lutego", "12 martie", "3. Mai", "12 березня"). */
const MONTHS_FOREIGN = [
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia',
  'ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie',
  'januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember',
  'януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември',
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  'január|február|március|április|május|június|július|augusztus|szeptember|október',
  'ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik',
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  // Portuguese and Italian (the months they share with Spanish are above).
  'janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  // Frisian, Papiamento and Tagalog (the months they share with Dutch, Spanish or English are above).
  'jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber',
  'yanüari|yanuari|febrüari|febrari|aprel|yüni|yuni|yüli|yuli|ougùstùs|ougustus|sèptèmber|septèmber|òktober|novèmber|desèmber',
  'pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre',
  // Albanian, and the Ukrainian, Russian and Bulgarian months as people type them in Latin letters.
  'janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor',
  'sichnya|lyutoho|lyutogo|bereznya|kvitnya|travnya|chervnya|lypnya|lipnya|serpnya|veresnya|zhovtnya|lystopada|hrudnya|grudnya',
  'yanvarya|fevralya|aprelya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|noyabrya|dekabrya|yanuari|fevruari|septemvri|oktomvri|noemvri|dekemvri',
  // Arabic (the names Egypt and the Maghreb write, and the Levant's).
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول',
].join('|');
const MONTH = `(?:${MONTHS_NL}|${MONTHS_EN}|${MONTHS_FOREIGN}|(?:${MONTHS_SHORT})\\.?)`;
const YEAR = `(?:\\s+(?:19|20)\\d{2}|\\s+'\\d{2})`;
/** Ordinal endings: Dutch and English, French "1er"/"1re", the Spanish, Portuguese and Italian "1º"/"1ª". */
const ORDINAL = '(?:e|ste|de|st|nd|rd|th|er|re|º|ª)?';
/** Weekdays in German, French, Spanish, Portuguese, Polish, Romanian and Turkish, before a day and month ("Samstag, 6. Juli"). */
const WEEKDAYS_FOREIGN =
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela|luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar';
// "for di 15 di mei": Papiamento's "di" before a day that "di" and a month follow is no Tuesday.
const WEEKDAY = `(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di(?!\\s+\\d{1,2}\\s+di\\s)|wo|do|vr|za|zo|${WEEKDAYS_FOREIGN})\\.?,?\\s+(?:(?:de|the|le|el|o)\\s+)?)?`;

const DAY_MONTH_NAME = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}(?:0?[1-9]|[12]\\d|3[01])(?:${ORDINAL}|\\.)\\s*(?:of\\s+|de\\s+|di\\s+)?${MONTH}(?![\\p{L}])(?:${YEAR}|\\s+(?:19|20)\\d{2}\\.?|,\\s*(?:19|20)\\d{2}(?![\\p{L}\\d]|\\s*(?:euro|eur|€|dollar|pond|lei|zł)))?(?!\\d)`,
  'giu',
);
const MONTH_NAME_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_EN}|${MONTHS_NL})\\s+(?:0?[1-9]|[12]\\d|3[01])${ORDINAL}(?![\\p{L}\\d:])(?:,?${YEAR})?`,
  'giu',
);
/** "May the 5th", "june the twenty-first": an English month, "the" and the day as an ordinal. */
const MONTH_THE_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_EN})\\s+the\\s+(?:(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first)(?![\\p{L}\\d])(?:,?${YEAR})?`,
  'giu',
);
/**
 * A date written out in words: "twaalf maart negentienhonderd negentig", "de derde van juni 1998",
 * "the twenty-first of May": a day in words (or digits with "van"/"of"), a month, an optional year.
 */
const DAY_WORD_NL =
  '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|tweeentwintig|drieëntwintig|drieentwintig|vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|eenendertig)';
const ORDINAL_WORD_NL =
  '(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste|\\p{L}+entwintigste|dertigste|eenendertigste)';
const DAY_WORD_EN =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?:-(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?';
/** A Polish day in words, an ordinal in the genitive before the month's genitive: "piętnastego maja", "dwudziestego pierwszego marca". */
const POLISH_UNITS = 'pierwszego|drugiego|trzeciego|czwartego|pi[ąa]tego|sz[óo]stego|si[óo]dmego|[óo]smego|dziewi[ąa]tego';
const DAY_WORD_PL = `(?:(?:dwudziestego|trzydziestego)(?:\\s+(?:${POLISH_UNITS}))?|${POLISH_UNITS}|dziesi[ąa]tego|jedenastego|dwunastego|trzynastego|czternastego|pi[ęe]tnastego|szesnastego|siedemnastego|osiemnastego|dziewi[ęe]tnastego)`;
/**
 * Days in words in French, Spanish, Portuguese and German ("le cinq mai", "el tres de mayo", "am dritten
 * Mai"): only with a date word before them, "de"/"di" or a year (`findWrittenDates`).
 */
const DAY_WORD_FOREIGN =
  '(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|vingt(?:-et-un|-\\p{L}+)?|trente(?:-et-un)?|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti\\p{L}+|treinta(?:\\s+y\\s+uno)?|primeiro|dois|três|quatro|sete|oito|nove|dez|doze|treze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte(?:\\s+e\\s+\\p{L}+)?|trinta(?:\\s+e\\s+um)?|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|\\p{L}+zehnt|zwanzigst|\\p{L}+zwanzigst|dreißigst|einunddreißigst)en?)';
const YEAR_WORDS =
  '(?:negentienhonderd|tweeduizend|negentien(?=\\s+\\p{L}*tig(?![\\p{L}]))|nineteen|twenty|two\\s+thousand)(?:\\s*(?:en\\s+|and\\s+)?(?:[\\p{L}-]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tien|tig|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)))?';
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:de|the)\\s+)?(?:${DAY_WORD_NL}|${ORDINAL_WORD_NL}|${DAY_WORD_EN}|${DAY_WORD_PL}|${DAY_WORD_FOREIGN}|(?:0?[1-9]|[12]\\d|3[01])${ORDINAL})\\s+(?:(?:van|of|de|di)\\s+)?${MONTH}(?![\\p{L}])(?:${YEAR}|\\s+${YEAR_WORDS})?(?![\\p{L}\\d])`,
  'giu',
);

/** Hungarian order: "2023. március 12.", "2024 május 3". */
const YEAR_MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])(?:19|20)\\d{2}\\.?\\s+${MONTH}\\s+(?:0?[1-9]|[12]\\d|3[01])\\.?(?![\\p{L}\\d])`, 'giu');
/** "maart 2021", "March 2022", "martie 2020", "3 de abril de 2002", Papiamento "4 di mei di 2023": a month and a four-digit year. */
const MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:0?[1-9]|[12]\\d|3[01])\\s+d[ei]\\s+)?(?:${MONTHS_NL}|${MONTHS_EN}|${MONTHS_FOREIGN})(?:\\s+d[ei]|,)?\\s+(?:19|20)\\d{2}(?![\\p{L}\\d])`,
  'giu',
);
/** "3-3-2001", "03/04/99", "3-3-'98": the year may be cut to two digits after an apostrophe. */
const NUMERIC_WITH_YEAR = /(?<![\w.\/-])(\d{1,2})([-\/.])(\d{1,2})\2([’']?(?:19|20)?\d{2})(?![\w]|[-\/.]\d)/g;
const ISO = /(?<![\w.\/-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w]|[-\/.]\d)/g;
/** "1998.10.23", "2005. 08. 17.", "2001/04/09": the year first with dots (as Hungarian writes it) or slashes. */
const YEAR_FIRST = /(?<![\w.\/-])((?:19|20)\d{2})(?:\.\s?(\d{2})\.\s?(\d{2})\.?|\/(\d{1,2})\/(\d{1,2}))(?![\w]|[-\/.,]\d|\s\d)/g;
const NUMERIC_NO_YEAR = /(?<![\w.\/:-])(\d{1,2})[-\/](\d{1,2})(?![\w]|[-\/.:]\d)/g;
const DATE_CUE = /\b(?:op|sinds|vanaf|tot|per|geboren|geb\.?|datum|d\.d\.|on|since|born|from|until|dob)\s+$/i;
/** Birth-date words, after which even "05 06 1995" (spaces for separators) is a date. */
const BIRTH_CUE =
  /(?:geboren|geb\.?|geboortedatum|verjaardag|jarig|birthday|date\s+of\s+birth|dob|born|urodzon\p{L}*|data\s+urodzenia|n[ăa]scut[ăa]?|data\s+na[șs]terii|роден[аи]?|дата\s+на\s+раждане|народ\p{L}*|дата\s+народження|geburtsdatum|geboren\s+am)\s*:?\s*(?:(?:is|was|e|este|to|je)\s+)?$/iu;
const SPACED_WITH_YEAR = /(?<![\w.\/-])(\d{1,2})\s(\d{1,2})\s((?:19|20)\d{2})(?![\w]|[-\/.]\d)/g;
/** What links the items of a list of dates. */
const LIST_LINK = /^\s*(?:,|en|of|and|or|&|t\/m|tot)\s*$/i;
const RANGE_UNIT =
  /^\s*(?:dagen|dag|keer|uur|uren|jaar|weken|week|maanden|nacht|euro|personen|mensen|man|days|day|times|hours|weeks|months|night|people|kinderen|meiden|jongens)\b/i;

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** A day, a month's name and a year joined by one mark, as forms and ticket sites write them: "3-jan-1999", "12/mrt/2021", "5.Mai.2020". */
const DAY_MONTH_YEAR_JOINED = new RegExp(
  `(?<![\\p{L}\\d])(?:0?[1-9]|[12]\\d|3[01])([-/.])(?:${MONTHS_NL}|${MONTHS_EN}|${MONTHS_SHORT}|${MONTHS_FOREIGN})\\.?\\1(?:19|20)?\\d{2}(?![\\p{L}\\d])`,
  'giu',
);
/** A holiday with its year is one day: "1e kerstdag 2023", "koningsdag 2022", "oudejaarsavond 2019". */
const HOLIDAY_YEAR =
  /(?<![\p{L}\d])(?:(?:1e|2e|1ste|2de|eerste|tweede)\s+(?:kerstdag|paasdag|pinksterdag)|kerstavond|kerstmis|oudejaarsavond|oudejaarsdag|oudjaar|nieuwjaarsdag|nieuwjaarsnacht|koningsdag|bevrijdingsdag|sinterklaas|sinterklaasavond|christmas\s+(?:day|eve)|new\s+year'?s\s+(?:day|eve))\s+(?:19|20)\d{2}(?![\p{L}\d])/giu;
const HOLIDAY_WORDS: ReadonlySet<string> = new Set(
  'kerstdag paasdag pinksterdag kerstavond kerstmis oudejaarsavond oudejaarsdag oudjaar nieuwjaarsdag nieuwjaarsnacht koningsdag bevrijdingsdag sinterklaas sinterklaasavond christmas year'.split(
    ' ',
  ),
);

/** A weekday right before a day and month in digits ("vr 14/6", "zondag 5-5"): the weekday belongs to the date and cues it. */
const WEEKDAY_BEFORE =
  /(?:^|[^\p{L}])((?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)$/iu;
/** A weekday and a day of the month as an ordinal: "dinsdag de 4e", "friday the 13th". */
const WEEKDAY_ORDINAL_DAY =
  /(?<![\p{L}\d])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:de\s+|the\s+)?(?:[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)(?![\p{L}\d])/giu;
/** An English short month before a day with its ordinal or a year: "Jan 5th, 2001", "Sept 3 2020". */
const SHORT_MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_SHORT})\\.?\\s+(?:0?[1-9]|[12]\\d|3[01])(?:(?:st|nd|rd|th)(?:,?${YEAR})?|,?${YEAR})(?![\\p{L}\\d])`,
  'giu',
);
const SHORT_MONTH_BARE_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_SHORT})\\.?\\s+(?:0?[1-9]|[12]\\d|3[01])(?![\\p{L}\\d:.,]|[.,]\\d)`,
  'giu',
);
const WEEKDAY_KEYS: ReadonlySet<string> = new Set(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Every month word above, folded: the month patterns run only when the message holds one. */
const MONTH_KEYS: ReadonlySet<string> = new Set(
  [MONTHS_NL, MONTHS_EN, MONTHS_SHORT, MONTHS_FOREIGN]
    .join('|')
    .replace(/\[(.)[^\]]*\]/g, '$1')
    .split('|')
    .map((m) => fold(m)),
);

/** A month in Roman numerals with a day and a year, as Polish and other papers write it: "4 IX 1979", "12.XI.2001". */
const ROMAN_MONTH =
  /(?<![\p{L}\d])(?:0?[1-9]|[12]\d|3[01])(?:\.\s?|\s)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s?|\s)(?:19|20)\d{2}(?![\p{L}\d])/gu;

/** "op drie maart", "since twelve may": a date word before a day in words and a month. */
const WORD_DATE_CUE =
  /(?:^|[^\p{L}])(?:op|sinds|vanaf|tot|geboren|geb\.?|jarig|on|since|until|born|birthday|le|el|am|seit|bis|depuis|desde|hasta|jusqu'au|né|née|nacid[oa]|nascid[oa]|geboren\s+am)\s+$/iu;

function findWrittenDates(text: string, push: (start: number, end: number) => void): void {
  for (const m of allMatches(WRITTEN_DATE, text)) {
    // A day in words or with "van"/"of" is what this adds; "3 mei" is found below.
    // "12 maart negentienhonderdvijfennegentig": a year in words is this rule's too.
    if (/^(?:(?:de|the)\s+)?\d+\s+\p{L}/u.test(m[0]) && !/\s(?:van|of)\s|honderd|duizend|thousand|negentien|nineteen|twenty/i.test(m[0]))
      continue;
    // "een maart" or "one may" alone is no date: a lone number word needs a year or "van"/"of", or a date
    // word before it and a day other than one ("op drie maart"; "may" is also a verb).
    const cued =
      WORD_DATE_CUE.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
      !/^(?:een|één|one|un|um|uno)\s/i.test(m[0]) &&
      !/\s(?:may|mar)\.?$/i.test(m[0]);
    // "dos de mayo", "tres de março": the day's word, "de" and the month say a date in Spanish and Portuguese.
    const linked = /\s(?:van|of)\s|\p{L}\s+d[ei]\s+\p{L}{4}/iu.test(m[0]) && !/^(?:een|één|one|un|um|uno)\s/i.test(m[0]);
    if (!cued && !linked && !/\d{4}|honderd|duizend|thousand|nineteen|negentien|twenty\s/i.test(m[0]) && !/^(?:de|the)\s/i.test(m[0]))
      continue;
    const lead = /^(?:de|het|the)\s+/i.exec(m[0])?.[0].length ?? 0;
    push(m.index + lead, m.index + m[0].length);
  }
}

/**
 * What `findDates` pushes with. Made here, not as a named closure inside it: tsx (the bench, the
 * helpline command) keeps function names, and a named closure costs a property definition on every
 * call of the detector; the closure returned here has no name to keep.
 */
function datePusher(out: Candidate[]): (start: number, end: number, tier?: 1 | 2 | 3) => void {
  return (start, end, tier = 1) => {
    out.push({ type: 'DATUM', start, end, tier });
  };
}

/** "tháng", the Vietnamese word before a month's number, and the lower-case forms it may take. */
const VIETNAMESE_MONTH = /th[áa]ng/iu;
export const VIETNAMESE_MONTH_WORDS: readonly string[] = ['thang', 'tháng'];

/** "12 Mart'ta", "3 Mayıs’ta": a Turkish case ending after an apostrophe on a month's name. */
function monthBeforeApostrophe(text: string): boolean {
  if (!text.includes("'") && !text.includes('’')) return false;
  for (const t of tokenize(text)) {
    const cut = t.key.search(/['’]/);
    if (cut > 0 && MONTH_KEYS.has(t.key.slice(0, cut))) return true;
  }
  return false;
}

export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = datePusher(out);
  // A date written out in words may hold no digit at all.
  const months = mentionsAny(text, MONTH_KEYS) || monthBeforeApostrophe(text);
  if (months) findWrittenDates(text, push);
  if (months) for (const m of allMatches(MONTH_THE_DAY, text)) push(m.index, m.index + m[0].length);
  if (!hasDigit(text)) return out;
  if (hasAny(text, CAPITAL_NEAR_DIGIT) && /\d[\s.]?[IVX]/.test(text))
    for (const m of allMatches(ROMAN_MONTH, text)) push(m.index, m.index + m[0].length);
  if (months)
    for (const m of allMatches(DAY_MONTH_NAME, text)) {
      // "3 mei" is a date; "3 mar" could be anything without a year, and "may" is English for "mag".
      const bare = /\s(?:may|mar)$/i.test(m[0]) && !/(?:st|nd|rd|th)\s+of\s+\w+$/i.test(m[0]);
      // Romanian "mai" is also "more": "2 mai multe ore" is no date.
      const more = /mai$/i.test(m[0]) && /^\s+(?:mult|multe|mul[țţt]i|pu[țţt]in|bine|mare|mic)/i.test(text.slice(m.index + m[0].length));
      if (!bare && !more) push(m.index, m.index + m[0].length);
    }
  if (months) for (const m of allMatches(YEAR_MONTH_DAY, text)) push(m.index, m.index + m[0].length);
  if (months && /\d[-/.]\p{L}/u.test(text)) for (const m of allMatches(DAY_MONTH_YEAR_JOINED, text)) push(m.index, m.index + m[0].length);
  if (mentionsAny(text, HOLIDAY_WORDS)) for (const m of allMatches(HOLIDAY_YEAR, text)) push(m.index, m.index + m[0].length, 2);
  if (months) for (const m of allMatches(MONTH_YEAR, text)) push(m.index, m.index + m[0].length, /^\d/.test(m[0]) ? 1 : 3);
  if (months)
    for (const m of allMatches(MONTH_NAME_DAY, text)) {
      if (/^may\s/i.test(m[0]) && !m[0].includes(',') && !/\d{4}$/.test(m[0])) continue;
      push(m.index, m.index + m[0].length);
    }
  // Numeric dates are three runs of digits (day, month, year), or a day and month of one or two digits
  // with one character between them: most messages with a digit have neither.
  const runs = digitRuns(text);
  if (runs.starts.length >= 3) findNumericWithYear(text, push);
  if (mentionsAny(text, WEEKDAY_KEYS)) for (const m of allMatches(WEEKDAY_ORDINAL_DAY, text)) push(m.index, m.index + m[0].length, 2);
  // The Vietnamese month word is asked of the lower-case text first (none of its letters has another
  // case-blind form), as most messages with a digit lack it and the pattern ran on each.
  if (text.includes('月') || (includesAny(lowerCase(text), VIETNAMESE_MONTH_WORDS) && VIETNAMESE_MONTH.test(text)))
    for (const m of allMatches(ASIAN_DATE, text)) push(m.index, m.index + m[0].length);
  if (months) for (const m of allMatches(SHORT_MONTH_DAY, text)) push(m.index, m.index + m[0].length);
  // "on Feb 12", "sinds sept 3": a short month and a bare day after a date word.
  if (months)
    for (const m of allMatches(SHORT_MONTH_BARE_DAY, text)) {
      if (DATE_CUE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !RANGE_UNIT.test(text.slice(m.index + m[0].length)))
        push(m.index, m.index + m[0].length, 2);
    }
  if (hasRunBeforeRun(runs, 1) || hasRunBeforeRun(runs, 2)) findNumericWithoutYear(text, out, push);
  if (out.length > 0) withBirthYears(text, out);
  return withDayRanges(text, out);
}

function findNumericWithYear(text: string, push: (start: number, end: number, tier?: 1 | 2 | 3) => void): void {
  for (const m of allMatches(NUMERIC_WITH_YEAR, text)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (validDayMonth(a, b) || validDayMonth(b, a)) push(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(ISO, text)) {
    if (validDayMonth(Number(m[3]), Number(m[2]))) push(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(YEAR_FIRST, text)) {
    if (validDayMonth(Number(m[3] ?? m[5]), Number(m[2] ?? m[4]))) push(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(SPACED_WITH_YEAR, text)) {
    if (BIRTH_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) && validDayMonth(Number(m[1]), Number(m[2])))
      push(m.index, m.index + m[0].length);
  }
}

/** "geboren 12 mrt 95": after a birth word, two digits after a day and month are the year. */
const TWO_DIGIT_YEAR_AFTER = /^\s+\d{2}(?![\p{L}\d]|[.,:]\d)/u;

function withBirthYears(text: string, found: Candidate[]): void {
  for (const d of found) {
    if (!/\p{L}\.?$/u.test(text.slice(d.start, d.end))) continue;
    const year = TWO_DIGIT_YEAR_AFTER.exec(text.slice(d.end, d.end + 6));
    if (year !== null && BIRTH_CUE.test(text.slice(Math.max(0, d.start - 30), d.start))) d.end += year[0].length;
  }
}

/** "op 3.5.", "am 03.05.": a day and month with a dot after each, as German and Dutch write them, after a date word. */
const DOTTED_NO_YEAR = /(?<![\w.\/:-])(\d{1,2})\.(\d{1,2})\.(?![\w]|\d)/g;
const DOTTED_CUE =
  /(?:^|[^\p{L}])(?:op|sinds|vanaf|tot|per|geboren|geb\.?|datum|on|since|born|from|until|dob|am|seit|bis|vom|le|el|dnia|din)\s+$/iu;

function findNumericWithoutYear(
  text: string,
  out: readonly Candidate[],
  push: (start: number, end: number, tier?: 1 | 2 | 3) => void,
): void {
  if (text.includes('.'))
    for (const m of allMatches(DOTTED_NO_YEAR, text)) {
      if (validDayMonth(Number(m[1]), Number(m[2])) && DOTTED_CUE.test(text.slice(Math.max(0, m.index - 12), m.index)))
        push(m.index, m.index + m[0].length, 2);
    }
  for (const m of allMatches(NUMERIC_NO_YEAR, text)) {
    // "ik ben 13-03 jarig": the birthday word may also follow.
    const birthday = /^\s+(?:jarig|geboren)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    // "op 13-03 en 14-03", "15 maart 2023, 22-3 en …": a day and month listed right after another date is one too.
    const listed = out.some((d) => d.end <= m.index && LIST_LINK.test(text.slice(d.end, m.index)));
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1];
    const cued = birthday || listed || weekday !== undefined || DATE_CUE.test(text.slice(Math.max(0, m.index - 12), m.index));
    const after = text.slice(m.index + m[0].length);
    if (cued && validDayMonth(Number(m[1]), Number(m[2])) && !RANGE_UNIT.test(after))
      push(m.index - (weekday?.length ?? 0), m.index + m[0].length, 2);
  }
}

/**
 * Chinese and Japanese "2004年3月12日", "3月12日"; Vietnamese "ngày 12 tháng 3 năm 2004", "12 tháng 3":
 * the day and month by the words that name them.
 */
const ASIAN_DATE =
  /(?:(?:19|20)\d{2}\s?年\s?)?(?:0?[1-9]|1[0-2])\s?月\s?(?:0?[1-9]|[12]\d|3[01])\s?[日号號]|(?<![\p{L}\d])(?:ng[àa]y\s+)?(?:0?[1-9]|[12]\d|3[01])\s+th[áa]ng\s+(?:0?[1-9]|1[0-2])(?:\s+n[ăa]m\s+(?:19|20)\d{2})?(?![\p{L}\d])/giu;

/** "in de nacht van 23 op 24 december", "3 t/m 5 mei", "12-13 March": the first day of a range belongs to the date after it. */
const DAY_BEFORE_RANGE =
  /(?<![\p{L}\d.,:/-])(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)?\s*(?:op|en|tot|t\/m|tm|-|–|and|to|or|of|\/|&|,|на|i|și|si|und|et|y|e)\s*$/iu;

const AGE_BEFORE = /(?:^|[^\p{L}])(?:is|was|ben|bent|wordt|werd|word|age|aged|am)\s+$/iu;

function withDayRanges(text: string, found: Candidate[]): Candidate[] {
  for (const d of found) {
    // "op 3, 4 en 5 mei": each day of a list before the month belongs to it, one step back at a time.
    for (let step = 0; step < 6; step++) {
      if (!/\d/.test(text[d.start] ?? '')) break;
      const before = DAY_BEFORE_RANGE.exec(text.slice(Math.max(0, d.start - 12), d.start));
      if (before === null) break;
      const from = d.start - before[0].length;
      // A range runs forward ("ze is 16 op 4 mei geworden" is an age), and an age word opens none.
      if (parseInt(before[0], 10) >= parseInt(text.slice(d.start), 10)) break;
      if (AGE_BEFORE.test(text.slice(Math.max(0, from - 12), from))) break;
      d.start = from;
    }
  }
  return found;
}
