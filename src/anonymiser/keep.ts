/**
 * What must stay readable for supervisors (issue 5, DOMAIN.md): helpline and emergency numbers,
 * the helpline's partner organisations, amounts, times, ages, hours per week and months without a
 * day. These spans take part in overlap resolution at tier 0 or 1 and are then left untouched.
 */
import { isMonthNamedHere } from './detectors/monthNames';
import { digitRuns, hasRunBetween, hasRunOf } from './digitRuns';
import { FUNCTION_WORDS } from './lexicons/commonWords';
import { allMatches, escapeRegExp, firstWords, fold, hasDigit, mentionsAny } from './text';
import { PLACEHOLDER } from './version';
import type { Candidate } from './types';

/** Digits of the numbers in DOMAIN.md; 0800/0900 numbers are business lines, never a person's. */
const SERVICE_NUMBERS: ReadonlySet<string> = new Set([
  '112',
  '113',
  '08000113',
  '08002000',
  '09008844',
  '08007000',
  '08005151',
  '09000101',
  '0334481186',
]);

/** National form of a digit string: "+31 33 448…" and "0031 33…" become "033…". */
export function nationalDigits(raw: string): string {
  const digits = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (raw.trim().startsWith('+31')) return '0' + digits.slice(2);
  if (digits.startsWith('0031')) return '0' + digits.slice(4);
  return digits;
}

export function isServiceNumber(raw: string): boolean {
  const digits = nationalDigits(raw);
  return SERVICE_NUMBERS.has(digits) || /^0(800|900|906|909)\d{4,7}$/.test(digits);
}

const KEEP_ORGANISATIONS = [
  'Veilig Thuis',
  'Nederlandse Arbeidsinspectie',
  'Arbeidsinspectie',
  'Inspectie SZW',
  'CoMensha',
  'FairWork',
  'Slachtofferhulp Nederland',
  'Slachtofferhulp',
  'Meld Misdaad Anoniem',
  '113 Zelfmoordpreventie',
  'Zelfmoordpreventie',
  '113 Suicide Prevention',
  'Suicide Prevention',
  'Netherlands Labour Authority',
  'Labour Authority',
  'Victim Support Netherlands',
  'Victim Support',
  'Juridisch Loket',
  'Kindertelefoon',
  'Politie',
  'Koninklijke Marechaussee',
  'Marechaussee',
  'Raad voor de Kinderbescherming',
  'Openbaar Ministerie',
  'Zorg- en Veiligheidshuis',
  'Veiligheidshuis',
  'Sociaal Wijkteam',
  'Wijkteam',
  'Jeugdzorg',
  'Centrum tegen Kinderhandel en Mensenhandel',
  'Nationaal Rapporteur',
  'Leger des Heils',
  'Belastingdienst',
  'GGD',
  'UWV',
  'IND',
  'COA',
  'CKM',
];

const SEP = '(?:\\s?[-.]\\s?|\\s)?';
/** 112/113, 0800/0900 numbers in their usual groupings, and CoMensha's landline with or without +31. */
const SERVICE_NUMBER_SHAPES: RegExp[] = [
  /(?<![\d+.,])11[23](?!\d)/g,
  new RegExp(`(?<![\\d+])0(?:800|900|906|909)${SEP}\\d{2}[\\s.-]?\\d{2}(?:[\\s.-]?\\d{3})?(?!\\d)`, 'g'),
  new RegExp(`(?<![\\d+])(?:(?:\\+31|0031)[\\s-]?(?:\\(0\\)[\\s-]?)?|\\(0?33\\)\\s?|0)(?:33)?${SEP}448[\\s.-]?11[\\s.-]?86(?!\\d)`, 'g'),
];
/** What each shape above spells out literally ("112" or "113" alone; "0800"; "448"): a message without it skips the pattern. */
const SERVICE_NUMBER_GATES: ReadonlyArray<(text: string) => boolean> = [
  (text) => hasRunOf(digitRuns(text), 3) && text.includes('11'),
  (text) => text.includes('0800') || text.includes('0900') || text.includes('0906') || text.includes('0909'),
  (text) => text.includes('448'),
];
// Not inside an e-mail address or URL: "rob.hoekstra@politie.nl" is a person's address, not the police.
// Nor the opening of a reference code ("IND-2024-KM-0387152"): there the letters are part of someone's file number.
const ORGANISATION = new RegExp(`(?<![\\p{L}@.])(?:${KEEP_ORGANISATIONS.map(escapeRegExp).join('|')})(?![\\p{L}@]|\\.\\p{L}|-\\d)`, 'giu');

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)';
const NUMBER = '\\d+(?:[.,]\\d+)*(?:,-)?';

/**
 * A business line (088, the Dutch prefix for companies and public bodies) that the writer calls the
 * helpline's own ("jullie nummer 088 …", "088 … op jullie site"): the helpline's line, never a person's.
 */
const BUSINESS_LINE = /(?<![\d+])088(?:\s{0,2}[-.]?\s{0,2}\d){7}(?!\d)/g;
const YOURS_BEFORE = /(?:^|[^\p{L}])(?:jullie|uw|your|you)(?![\p{L}])[^.!?\n]{0,40}$/iu;
const YOURS_AFTER = /^[^.!?\n]{0,25}(?<![\p{L}])(?:jullie|uw|your)(?![\p{L}])/iu;

/** Patterns that are facts a supervisor needs, not identifiers. */
const KEEP_PATTERNS: RegExp[] = [
  // amounts: € 300, 300 euro, 50 eur, 1.250,-, $ 20, 400 lei, 300 zloty
  new RegExp(`(?:€|\\$|£|eur\\b|euro\\b)\\s?${NUMBER}|${NUMBER}\\s?(?:€|euro'?s?|eur|dollar|pond|lei|zloty|leva)\\b`, 'gi'),
  // times: 14:00, 9.30 uur, 9 uur, 6u, 10 am, 16 uur per dag, 60 uur per week, 14 hours a day
  /\b\d{1,2}[:.]\d{2}(?:\s?(?:uur|u|am|pm))?\b/gi,
  /\b\d{1,3}\s?(?:uur|uren|u|hours?|hrs?|am|pm)(?:\s+(?:per|in\s+de|a|an|each|every)\s+(?:week|dag|day|nacht|night|maand|month))?\b/gi,
  /\b\d{1,2}\s?(?:dagen|days|nachten|nights|weken|weeks)\s+(?:per|in\s+de|a)\s+(?:week|maand|month)\b/gi,
  // ages: 16 jaar, 15 jr, 16 years old; "ze is 15", "van 24", "pas 14" (not followed by a month or date)
  /(?<!\d[-/.])\b\d{1,3}\s?(?:jaar|jr|jarige?|years?(?:\s+old)?|yo)\b/gi,
  // Not "het adres is 23 Molenweg", "the number is 12": after an address word, or before a capitalised street, it is a house number.
  new RegExp(
    `(?<!(?:adres|address|nummer|number|huisnummer)\\s+)\\b(?:is|was|ben|bent|wordt|werd|word|van|pas|nog|maar|ongeveer|rond|age|aged|am)\\s+(?:pas\\s+|nog\\s+|net\\s+|maar\\s+|ongeveer\\s+)?\\d{1,2}(?![\\d:.,/-]|\\s\\d{2}\\s\\d{2}|\\s*(?:${MONTH}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\b|\\s+[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg)\\b)`,
    'gi',
  ),
];
/**
 * For each pattern above, a plain test that any match needs (a currency sign or word, a digit
 * beside a colon or a unit): most messages with a digit pass few of them, and skip the rest.
 */
const KEEP_GATES: (RegExp | undefined)[] = [
  /[€$£]|eur|dollar|pond|lei|zloty|leva/i,
  /\d[:.]\d\d/,
  /\d\s?(?:u|h|am|pm)/i,
  /\d\s?(?:dag|day|nacht|night|wek|week)/i,
  /\d\s?(?:ja|jr|year|yo)/i,
  undefined,
];
/** The age after a verb ("ze is 15") is one or two digits standing alone: a run of one or two. */
const AGE_AFTER_VERB = KEEP_PATTERNS.length - 1;

/** Months without a day or year: "in maart". With a year ("sinds januari 2023") it is a date of someone's story, masked as such. */
const MONTH_ALONE = new RegExp(`(?<!\\d\\s?(?:e|ste|de)?\\s?)\\b${MONTH}\\b(?!,?\\s+(?:19|20)\\d{2}(?!\\d))`, 'gi');

// "auntie Mei", "mama June": after a nickname's or title's head a month is a name too.
const NAMING_BEFORE =
  /(?:^|[^\p{L}])(?:heet|heette|genaamd|noemt\s+zich|named|called|name\s+is|naam\s+is|auntie|aunty|tante|madam|mama|mami|mommy|lady|miss|mrs|mevrouw|mevr\.?|juf|sister|zuster)\s+$/iu;

/**
 * "dat ze Mei heet", "waar Mei woont", "June says": a capitalised month right before the naming verb
 * or a verb only a person does is a name (a month neither lives, works nor says anything).
 */
const NAMING_AFTER =
  /^\s+(?:heet|heette|woont|woonde|werkt|werkte|zegt|zei|belt|belde|appt|appte|huilt|huilde|slaapt|sliep|lives|lived|works|worked|says|said|texted|called|cried)(?![\p{L}])/u;

/** "in May works start", "sinds April werkt ze": a month after a preposition of time is the month. */
const TIME_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:in|on|since|until|till|by|before|after|from|of|sinds|tot|voor|na|eind|begin|half|medio|vanaf|van)\s+$/iu;

const OWN_NAME_AFTER = /^\s+(?:De|Het|'t)\s+\p{Lu}\p{Ll}/u;
/**
 * "Wijkteam Kruiskamp", "Sociaal Wijkteam Oost": a neighbourhood team is named after the part of town
 * it serves, and with that name it is one small team, which may identify; as a kind alone it is public.
 * Only written with its capital, as a name is ("het wijkteam Presikhaaf" is the team of that part of town).
 */
const LOCAL_TEAM = /^(?:Sociaal\s+)?Wijkteam$/i;
const AREA_NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/** "Wijkteam En de politie": a capitalised function word after the kind names nothing. */
function startsWithFunctionWord(after: string): boolean {
  const word = /^\s+([\p{L}'’]+)/u.exec(after)?.[1];
  return word !== undefined && FUNCTION_WORDS.has(fold(word));
}

/**
 * A greeting of the chat's other languages opening the message ("Merhaba, ben …", "selam, my name
 * is …", "Xin chào, …"): a word of the greeting, never the name of the person greeted. Not when a
 * question to someone follows ("Selam, ben je thuis?"): then the word opening it is that person's name.
 */
const GREETING_OPENING =
  /^\s*(?:(?:xin\s+)?chào|chao|merhaba|marhaba|selam|selamlar|salam|salaam|salam\s+(?:aleikum|alaikum|alaykum|aleykum)|shalom|namaste|ciao|hola|olá|bonjour|zdraveite|zdraveyte|zdravei|zdravo|privet|pryvit|dobryi\s+den|dobry\s+den|dzień\s+dobry|dzien\s+dobry|cześć|czesc|bună(?:\s+ziua)?|buna(?:\s+ziua)?|habari|jambo|kumusta|ahoj|labas)(?=\s*(?:[,.!:;]|$))(?!\s*,\s*(?:ben|heb|kun|kan|wil|weet|zie|are|can|do|did|have|will)\s+(?:je|jij|u|you)(?![\p{L}]))/iu;

/** Words that must be in a message for the patterns above to match at all. */
const ORGANISATION_HEADS = firstWords(KEEP_ORGANISATIONS);
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH.slice(3, -1).split('|'));

export function findKeepSpans(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A copy made again from an older copy: its placeholders stay as they are.
  if (text.includes('['))
    for (const m of allMatches(PLACEHOLDER, text)) out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 0 });
  if (mentionsAny(text, ORGANISATION_HEADS))
    for (const m of allMatches(ORGANISATION, text)) {
      // "Jeugdzorg De Bron", "Wijkteam Het Anker": a public kind of service with a name of its own is one provider, which may identify.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (
        OWN_NAME_AFTER.test(after) ||
        (/^\p{Lu}/u.test(m[0]) && LOCAL_TEAM.test(m[0]) && AREA_NAME_AFTER.test(after) && !startsWithFunctionWord(after))
      )
        continue;
      out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 0 });
    }
  if (mentionsAny(text, MONTH_WORDS))
    for (const m of allMatches(MONTH_ALONE, text)) {
      // "Xiao Mei", "Li Mei heeft …", "een vrouw, Li Mei, met …": a capitalised month right after a capitalised
      // word inside or opening a sentence or clause is part of a name.
      // Not after a capitalised preposition of time opening the sentence: "In May we start", "Sinds April …".
      const afterCapital =
        /\p{Lu}/u.test(m[0][0]!) &&
        /(?:[\p{Ll}]|^|[.!?,;:]\s*)\s*\p{Lu}[\p{L}-]+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
        !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index));
      // "ze heet Mei", "named June": after a naming word a month is a name.
      const named =
        NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
        (/\p{Lu}/u.test(m[0][0]!) &&
          NAMING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) &&
          !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)));
      // "Mei Ling", "Juni Hartono" after a comma: a capitalised month inside a sentence, right before a capitalised word, opens a name.
      const beforeCapital =
        /\p{Lu}/u.test(m[0][0]!) &&
        m.index > 0 &&
        /[\p{L},]\s+$/u.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
        /^\s\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (!afterCapital && !named && !beforeCapital && !isMonthNamedHere(text, m.index, m.index + m[0].length))
        out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  const greeting = GREETING_OPENING.exec(text);
  if (greeting !== null) {
    const start = greeting[0].length - greeting[0].trimStart().length;
    out.push({ type: 'KEEP', start, end: greeting[0].length, tier: 1 });
  }
  if (!hasDigit(text)) return out;
  for (const [i, shape] of SERVICE_NUMBER_SHAPES.entries()) {
    if (!SERVICE_NUMBER_GATES[i]!(text)) continue;
    for (const m of allMatches(shape, text)) {
      // 112 and 113 yield to a longer structured span: "Van Goghstraat 112" is an address.
      const tier = m[0].length === 3 ? 1 : 0;
      if (isServiceNumber(m[0])) out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier });
    }
  }
  if (text.includes('088'))
    for (const m of allMatches(BUSINESS_LINE, text))
      if (YOURS_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || YOURS_AFTER.test(text.slice(m.index + m[0].length)))
        out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 0 });
  const shortRun = hasRunBetween(digitRuns(text), 1, 2);
  for (const [i, pattern] of KEEP_PATTERNS.entries()) {
    if (KEEP_GATES[i]?.test(text) === false || (i === AGE_AFTER_VERB && !shortRun)) continue;
    for (const m of allMatches(pattern, text)) out.push({ type: 'KEEP', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  return out;
}
