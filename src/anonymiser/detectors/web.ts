/** E-mail addresses, URLs, IP addresses and social-media handles. */
import { FUNCTION_WORDS, NON_PII_PROPER } from '../lexicons/commonWords';
import { isOrdinaryWord } from '../lexicons/wordLists';
import { allMatches, fold, hasDigit, includesAny, isWideText, lowerCase, mentionsAny, tokenize, testText } from '../text';
import { registerCued } from './numbers';
import { AT_OR_OPENING, WEB_MARK, hasAny } from '../textShape';
import type { Candidate } from '../types';

const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?![\p{L}\d])/giu;

const TLD =
  '(?:nl|com|org|net|be|de|eu|pl|ro|bg|info|io|me|co|uk|fr|es|it|tv|app|site|online|shop|nu|biz|xxx|ru|ua|tk|ly|gg|link|md|lt|lv|ee|hu|cz|sk|pt|gr|tr|ma|sr|cw|ng|gh|net|email|live|xyz|top|club|cc|ws|fun|vip|icu|cam|sex|porn|love|life|space|website|store|pro|host|ch|dk|fi|ie|lu|rs|hr|kz|cn|vn|pk|ae|br|mx|au|nz|za|ke)';
const URL_PATTERN = new RegExp(
  `(?<![\\p{L}\\d@.])(?:(?:https?:\\/\\/|www\\.)[^\\s<>"']+|(?:[\\p{L}\\d-]+\\.)+${TLD}(?:\\/[^\\s<>"']*)?)(?![\\p{L}\\d@])`,
  'giu',
);
/** The helpline's own sites and its partners' are not personal data. */
const PUBLIC_SITES =
  /^(?:https?:\/\/)?(?:www\.)?(?:veiligthuis\.nl|politie\.nl|112\.nl|113\.nl|comensha\.nl|fairwork\.nu|meldmisdaadanoniem\.nl|nlarbeidsinspectie\.nl|slachtofferhulp\.nl|kindertelefoon\.nl|rijksoverheid\.nl|government\.nl|wegwijzermensenhandel\.nl|hetckm\.nl)(?:\/|$)/i;

/**
 * Addresses written to fool a scraper: "piet.jansen at gmail dot com", "sanne[at]hotmail[dot]nl",
 * "kasia punt nowak apenstaartje wp punt pl", "ana.popescu @ yahoo . ro". The domain must end in a
 * known top-level domain, so "at home dot …" or "bij de punt" never qualify.
 */
// Spanish, Portuguese, Italian and French say "arroba", "chiocciola", "arobase".
// In brackets of any kind ("(apenstaartje)", "<at>", "{@}"), or joined by dashes or underscores ("peter-at-gmail-dot-com").
const AT_WORD = '(?:at|@|apenstaartje|apestaartje|monkeytail|małpa|malpa|arond|arroba|chiocciola|arobase)';
const DOT_WORD = '(?:dot|punt|punkt|kropka|punct|punto|ponto|\\.)';
const AT = `(?:@|\\s@\\s|\\s*[\\[({<]\\s*${AT_WORD}\\s*[\\])}>]\\s*|\\s+(?:at|apenstaartje|apestaartje|monkeytail|małpa|malpa|arond|la|arroba|chiocciola|arobase)\\s+|[-_](?:at|AT)[-_])`;
const DOT = `(?:\\s*[\\[({<]\\s*${DOT_WORD}\\s*[\\])}>]\\s*|\\s+(?:dot|punt|punkt|kropka|punct|punto|ponto)\\s+|\\s?\\.\\s?|[-_](?:dot|punt|DOT|PUNT)[-_])`;
// "marjolein punt de haan apenstaartje …": a surname with its particle, spoken, is one part of the address.
const LOCAL_PART = `[\\p{L}\\d_%+-]+(?:${DOT}(?:(?:de|van|der|den|ten|ter|la|le|el|al|vd|v\\.d\\.|vd\\.)\\s+)?[\\p{L}\\d_%+-]+)*`;
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![\\p{L}\\d._%+-])${LOCAL_PART}${AT}[\\p{L}\\d-]+(?:${DOT}[\\p{L}\\d-]+)*${DOT}${TLD}(?![\\p{L}\\d])`,
  'giu',
);

/** "d e s i . i v a n o v a @ abv . bg": an address typed with a space after every character of its local part. */
const SPACED_EMAIL = new RegExp(
  `(?<![\\p{L}\\d._%+-])(?:[\\p{L}\\d_.%+-] ){2,}[\\p{L}\\d_%+-] ?@ ?(?:[\\p{L}\\d-]+ ?)+(?:\\. ?(?:[\\p{L}\\d-]+ ?)+)*?\\. ?(?:${TLD}|\\p{L}(?: \\p{L}){1,3})(?![\\p{L}\\d])`,
  'giu',
);

/**
 * The big mail providers, whose name alone (no top-level domain) completes an address: "mariaxx at gmail",
 * "anna@gmail". Words that are ordinary too (live, mail, web, planet) are left out.
 */
const PROVIDER =
  '(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|ziggo|kpnmail|kpnplanet|xs4all|protonmail|gmx|wp|onet|interia|abv|yandex|seznam|libero|orange)';
/** A word about e-mail in the message: a spoken "at" before a provider is then the address's. */
export const MAIL_WORD = /(?<![\p{L}])(?:e-?mail\p{L}*|mail\p{L}*|mailadres|emailadres|poczt\p{L}*|correo|courriel)(?![\p{L}])/iu;
/** What every match of `MAIL_WORD` holds, in lower case (no "s" or "k", which other characters fold to). */
export const MAIL_WORD_CORES: readonly string[] = ['mail', 'poczt', 'correo', 'courriel'];
const PROVIDER_ONLY = new RegExp(`(?<![\\p{L}\\d._%+-])(${LOCAL_PART})${AT}${PROVIDER}(?![\\p{L}\\d@])(?!${DOT}\\p{L})`, 'giu');
/** "ahmed1990 op gmail punt com": Dutch "op" or "bij", English "on", before a provider and its top-level domain. */
const PROVIDER_AFTER_PREPOSITION = new RegExp(
  `(?<![\\p{L}\\d._%+-])(${LOCAL_PART})\\s+(?:op|bij|on)\\s+${PROVIDER}${DOT}${TLD}(?:${DOT}${TLD})?(?![\\p{L}\\d])`,
  'giu',
);

/** Addresses that name only their provider, or say "op"/"bij" for "@", in a message about e-mail. */
function findProviderEmails(text: string, out: Candidate[]): void {
  if (!includesAny(lowerCase(text), MAIL_WORD_CORES) || !testText(MAIL_WORD, text)) return;
  for (const m of allMatches(PROVIDER_ONLY, text))
    if (m[0].includes('@') || !FUNCTION_WORDS.has(fold(m[1]!)))
      out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, tier: 1 });
  for (const m of allMatches(PROVIDER_AFTER_PREPOSITION, text))
    if (!plainWord(m[1]!)) out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, tier: 1 });
}

/** "ik zit bij gmail punt com", "we met at gmail": a function or dictionary word is no address's local part. */
function plainWord(local: string): boolean {
  const key = fold(local);
  return FUNCTION_WORDS.has(key) || isOrdinaryWord(key);
}

/** Something of a web address: a dot before a letter, "www" or the scheme's colon. */
export const WEB_CUE = /\.\p{L}|www|https?:/iu;

/** A mark or word that may stand for "@" in an address written to slip past filters. */
export const SPOKEN_AT = /@|\bat\b|\bla\b|[-_]at[-_]|\[|\(|\{|<|apenstaartje|apestaartje|małpa|malpa|arond|arroba|chiocciola|arobase/i;
/** `SPOKEN_AT`'s longer words, in lower case. */
const SPOKEN_AT_WORDS: readonly string[] = ['apenstaartje', 'apestaartje', 'małpa', 'malpa', 'arond', 'arroba', 'chiocciola', 'arobase'];

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * False only when `SPOKEN_AT` cannot match, read in one loop instead of its call on every message:
 * one of its marks; "at" or "la" (either case) with no ASCII letter or digit on either side (which
 * its word boundaries and "-at-", "_at_" all need); or one of its longer words.
 */
export function mayHoldSpokenAt(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || c === 91 || c === 40 || c === 123 || c === 60) return true;
    if (i + 1 >= n || (i > 0 && isAsciiLetterOrDigit(text.charCodeAt(i - 1)))) continue;
    const d = text.charCodeAt(i + 1);
    const pair = ((c === 97 || c === 65) && (d === 116 || d === 84)) || ((c === 108 || c === 76) && (d === 97 || d === 65));
    if (pair && (i + 2 >= n || !isAsciiLetterOrDigit(text.charCodeAt(i + 2)))) return true;
  }
  return includesAny(lowerCase(text), SPOKEN_AT_WORDS);
}

function findEmailsAndUrls(text: string, out: Candidate[]): void {
  findProviderEmails(text, out);
  // Each pattern below needs its character: most messages have none, and `includes` answers faster than a pattern.
  if (text.includes('@') && / @|@ /.test(text))
    for (const m of allMatches(SPACED_EMAIL, text)) out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (hasAny(text, AT_OR_OPENING))
    for (const m of allMatches(EMAIL, text)) out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (mayHoldSpokenAt(text) && SPOKEN_AT.test(text)) {
    for (const m of allMatches(OBFUSCATED_EMAIL, text)) out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
  // The flag (textShape.ts) is false wherever the pattern cannot match: most messages skip the pattern's call.
  if (!hasAny(text, WEB_MARK) || !WEB_CUE.test(text)) return;
  for (const m of allMatches(URL_PATTERN, text)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (PUBLIC_SITES.test(url) || /^\d+(?:\.\d+)+$/.test(url)) continue;
    // A bare "name.nl" may be a handle after a platform cue; a full address cannot.
    const bare = !/^(?:https?:\/\/|www\.)/i.test(url) && !url.includes('/');
    out.push({ type: 'URL', start: m.index, end: m.index + url.length, tier: bare ? 2 : 1 });
  }
}

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const IPV6 = /(?<![\p{L}\d:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}(?![\p{L}\d:])/giu;

/** Cheap tests first: most messages have no digit-dot-digit and fewer than two colons. */
const DIGIT_DOT_DIGIT = /\d\.\d/;

function findIps(text: string, out: Candidate[]): void {
  if (hasDigit(text) && testText(DIGIT_DOT_DIGIT, text))
    for (const m of allMatches(IPV4, text)) {
      // "handelsregister onder nummer 12.34.56.78" is a company number in dots.
      if (m[0].split('.').every((part) => Number(part) <= 255) && !registerCued(text, m.index))
        out.push({ type: 'IP', start: m.index, end: m.index + m[0].length, tier: 1 });
    }
  const colon = text.indexOf(':');
  if (colon < 0 || text.indexOf(':', colon + 1) < 0) return;
  for (const m of allMatches(IPV6, text)) {
    // Times like 12:30:45 have the same shape; a real address has hex letters or many groups.
    if (/[a-f]/i.test(m[0]) || m[0].split(':').length >= 5) out.push({ type: 'IP', start: m.index, end: m.index + m[0].length, tier: 1 });
  }
}

const AT_HANDLE = /(?<![\p{L}\d._@])@[\p{L}\d_](?:[\p{L}\d_]|\.(?=[\p{L}\d_])){1,29}/gu;
const SPACED_AT_HANDLE = /(?<![\p{L}\d._@])@ ([\p{L}\d_](?:[\p{L}\d_]|\.(?=[\p{L}\d_])){2,29})(?![\p{L}\d@])/gu;
// "sc" and "tg": how chat shortens Snapchat and Telegram ("zn sc is …"); written in capitals "SC" is a sports club.
const PLATFORM =
  'insta|instagram|ig|sc|tg|snap|snapchat|tiktok|tik\\s?tok|telegram|facebook|fb|twitter|x\\.com|discord|kik|onlyfans|tinder|badoo|signal|threads|twitch|roblox|fortnite|psn|xbox|whatsapp|wechat|weixin|viber|vk|vkontakte|linkedin|youtube|reddit|pinterest|grindr|bumble|hinge|lovoo|happn|vinted|skype|imo|wire|bereal|zalo|messenger|wickr|threema|kakaotalk|bigo|likee|omegle|chatroulette|meetme|tagged|hi5|jaumo|snapmap';
function foldAll(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => fold(w)));
}

/** Folded, as the words they are compared with ("його" folds to "иого"). */
const FILLER: ReadonlySet<string> = foldAll([
  ...'ma jest to e este має е konto cont contul nick nik profil pe na w în в на його її jej jego lui ei ca jako як как als unter numele'.split(
    ' ',
  ),
  'is',
  'heet',
  'heette',
  'ze',
  'hij',
  'zij',
  'haar',
  'zijn',
  "z'n",
  'als',
  'onder',
  'de',
  'het',
  'naam',
  'account',
  'profiel',
  'gebruikersnaam',
  'username',
  'name',
  'his',
  'her',
  'called',
  'noemt',
  'zich',
  'staat',
  'op',
  'on',
  'via',
  'met',
  'de',
  'van',
  'was',
  'waren',
  'wordt',
  'luidt',
  'id',
  'genaamd',
  'daar',
  'there',
  'under',
  // "zijn telegram handle is …", "op tiktok naar …", "telegram kanaal …": the words between the platform and the name.
  'handle',
  'tag',
  'naar',
  'for',
  'kanaal',
  'channel',
  'groep',
  'group',
  'kanal',
  'user',
  'gebruiker',
  // "Instagram hesabı @elif.kya06", "mi cuenta de insta": the word for an account in Turkish, Spanish,
  // Portuguese and French stands between the platform and the name, and is none itself.
  ...'hesabı hesabi hesap hesabım hesabim hesabını kullanıcı cuenta conta compte'.split(' '),
]);

/** A platform's name is no user name: "haar account op ig is jessyyy" reads on past "ig". */
const PLATFORM_WORD = new RegExp(
  `^(?:${'insta|instagram|ig|sc|tg|snap|snapchat|tiktok|telegram|facebook|fb|twitter|discord|kik|onlyfans|tinder|badoo|signal|threads|twitch|whatsapp|wechat|viber|vk|linkedin|youtube|skype'})$`,
  'i',
);
/** A platform also in the cases of Polish, Ukrainian and other languages: "na Instagramie", "в Телеграмі", "pe TikTok-ul". */
const PLATFORM_INFLECTED = `(?:${PLATFORM}|інстаграм|инстаграм|телеграм|тікток|тикток|фейсбук|снапчат)(?:ie|u|a|em|ul|-ul|i|і|і|ом|е|у)?`;
const HANDLE_CUE = new RegExp(
  `(?<![\\p{L}\\d])(?:${PLATFORM_INFLECTED}|gebruikersnaam|username|user\\s?name|user|gebruiker|handle|nickname|nick|nik|нік|ник|accountnaam|account|konto|profil|profiel|profile|contul|cont|профіль|профил|акаунт|акаунтът)(?![\\p{L}\\d])`,
  'giu',
);
const HANDLE_TOKEN = /^[\p{L}\d_][\p{L}\d_.-]{1,29}$/u;
/**
 * The words `HANDLE_CUE` can match, as folded tokens (each platform with the case endings the
 * pattern allows): the pattern runs only in a message that has one. Cyrillic cues are inflected
 * in more ways than listed, so a message with Cyrillic letters always runs it.
 */
const HANDLE_CUE_KEYS: ReadonlySet<string> = new Set(
  PLATFORM.replace(/\\s\?/g, '|')
    .replace(/\\\./g, '|')
    .split('|')
    .flatMap((p) => ['', 'ie', 'u', 'a', 'em', 'ul', '-ul', 'i', 'і', 'ом', 'е', 'у'].map((suffix) => fold(p + suffix)))
    .concat(
      'gebruikersnaam username user name gebruiker handle nickname nick nik accountnaam account konto profil profiel profile contul cont'.split(
        ' ',
      ),
    ),
);
const CYRILLIC = /[\u0400-\u04ff]/;
/** "SC Heerenveen", "TG Groningen": the short platform names written in capitals name a club. */
const SPORTS_CLUB = /^(?:SC|TG)$/;

const NAMING: ReadonlySet<string> = foldAll([
  'als',
  'as',
  'is',
  'heet',
  'heette',
  'naam',
  'called',
  'name',
  'noemt',
  'gebruikersnaam',
  'username',
  'account',
  'nick',
  'nik',
  'нік',
  'ник',
  'to',
  'e',
  'este',
  'jest',
  'ma',
  'має',
  'е',
  'was',
  'luidt',
  'id',
  'genaamd',
]);

/**
 * Words that say outright that a user name follows: after them even a dictionary word is the name
 * ("her username is honeybee"), as it is nowhere else.
 */
const USER_NAME_WORDS: ReadonlySet<string> = foldAll(['gebruikersnaam', 'username', 'accountnaam', 'handle', 'nickname']);

/** An account's words and the verbs that name it: "zijn account heet geldmaker", "a profile called honeybee". */
const ACCOUNT_WORDS: ReadonlySet<string> = foldAll(['account', 'accountnaam', 'profiel', 'profile', 'kanaal', 'channel', 'pagina', 'page']);
const NAME_VERBS: ReadonlySet<string> = foldAll(['heet', 'heette', 'called', 'genaamd', 'named', 'luidt']);

/** A handle mixes in digits, underscores or dots; after "heet" or "is" a plain lower-case word will do. */
function looksLikeHandle(token: string, named: boolean): boolean {
  const key = fold(token);
  if (!HANDLE_TOKEN.test(token) || FUNCTION_WORDS.has(key) || NON_PII_PROPER.has(key)) return false;
  if (/[\d_.]/.test(token)) return true;
  // "SweetLisa", "MoneyMike": a capital inside a word, after a naming word, is how user names are written.
  if (named && /\p{Ll}\p{Lu}/u.test(token)) return true;
  return named && token === token.toLowerCase() && !isOrdinaryWord(key);
}

/** "king_kev010", "money_maker_nl": an underscore inside a word is a user name almost everywhere. */
const UNDERSCORED =
  /(?<![\p{L}\d_.@/-])[\p{L}\d.]*[\p{L}\d]_[\p{L}\d_.]*[\p{L}\d_]|(?<![\p{L}\d_.@/-])_+[\p{L}\d][\p{L}\d_.]*|(?<![\p{L}\d_.@/-])\p{L}[\p{L}\d]{2,}_+(?![\p{L}\d])/gu;
const PLATFORM_ANYWHERE = new RegExp(`(?<![\\p{L}\\d])${PLATFORM_INFLECTED}(?![\\p{L}\\d])`, 'iu');
/** After "is", "heet" or a colon in a message that names a platform: "zijn naam daar is kingdavid_22". */
const NAMED_TOKEN = /(?:\bis|\bheet|\bheette|\bnaam|\bname|:)\s+([\p{L}\d_][\p{L}\d_.-]{2,29})(?![\p{L}\d@])/giu;

/**
 * A word shaped like a user name: parts joined by dots or underscores ("mo.regelt.alles",
 * "lan.nguyen.na"), or letters run into digits ("rozabella2005"). In a message that names a
 * platform it is a handle wherever it stands ("op tiktok zit hij als jaydenn.m20").
 */
const HANDLE_SHAPED = /(?<![\p{L}\d_.@/#-])(?:[\p{L}\d]+(?:[._]+[\p{L}\d]+)+|\p{L}{3,}\d{2,})(?![\p{L}\d_@]|[.-][\p{L}\d])/gu;
const TLD_END = new RegExp(`\\.${TLD}$`, 'i');

function handleShaped(token: string): boolean {
  if (TLD_END.test(token) || token.length < 5) return false;
  // "o.a.", "d.w.z", "12.30": a handle has a part of three letters or more.
  return /\p{L}{3}/u.test(token) && !isOrdinaryWord(fold(token));
}

/** Two to four capitalised words: a profile's display name. */
const DISPLAY_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?![\p{L}\d])/u;

/** A user name with a four-digit tag, as Discord and some games write them: "shadowzz#4412". */
const TAGGED_NAME = /(?<![\p{L}\d_.#@])[\p{L}\d_.]{2,32}#\d{4}(?![\p{L}\d])/gu;

function partNamesPlatform(text: string): boolean {
  for (const t of tokenize(text)) {
    if (!t.key.includes("'") && !t.key.includes('’') && !t.key.includes('-')) continue;
    for (const part of t.key.split(/['’-]/)) if (HANDLE_CUE_KEYS.has(part)) return true;
  }
  return false;
}

function findHandles(text: string, out: Candidate[]): void {
  if (text.includes('@'))
    for (const m of allMatches(AT_HANDLE, text)) out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 1 });
  if (text.includes('#'))
    for (const m of allMatches(TAGGED_NAME, text)) out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 1 });
  // "volg haar op tiktok @ lily.dance": an at sign typed apart from a user-name-like word.
  if (text.includes('@ '))
    for (const m of allMatches(SPACED_AT_HANDLE, text)) {
      if (looksLikeHandle(m[1]!, true)) out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
  if (text.includes('_')) {
    for (const m of allMatches(UNDERSCORED, text)) {
      const token = m[0].replace(/[.]+$/, '');
      out.push({ type: 'HANDLE', start: m.index, end: m.index + token.length, tier: 2 });
    }
  }
  // The platform's name is among the message's words (or a part of one before an apostrophe or
  // hyphen: "insta's"), or a Cyrillic one may be: only then can the pattern match.
  const cueWords = mentionsAny(text, HANDLE_CUE_KEYS);
  // Cyrillic letters are beyond Latin-1: a message without such a character (asked once per message) has none.
  const cyrillic = isWideText(text) && testText(CYRILLIC, text);
  if ((cueWords || cyrillic || partNamesPlatform(text)) && testText(PLATFORM_ANYWHERE, text)) {
    for (const m of allMatches(HANDLE_SHAPED, text)) {
      if (handleShaped(m[0])) out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
    for (const m of allMatches(NAMED_TOKEN, text)) {
      const token = m[1]!.replace(/[.]+$/, '');
      if (/[\d_]/.test(token) && looksLikeHandle(token, true)) {
        const start = m.index + m[0].length - m[1]!.length;
        out.push({ type: 'HANDLE', start, end: start + token.length, tier: 2 });
      }
    }
  }
  if (!cueWords && !cyrillic) return;
  for (const cue of allMatches(HANDLE_CUE, text)) {
    if (SPORTS_CLUB.test(cue[0])) continue;
    const after = cue.index + cue[0].length;
    let named = NAMING.has(fold(cue[0]));
    // "snap sarakitty": a word right after the platform's name, not a dictionary word, is the user name.
    const platform = PLATFORM_WORD.test(fold(cue[0]));
    // "her username is honeybee": a word for a user name, then "is" or a colon, and any word is the name.
    let userNameWord = USER_NAME_WORDS.has(fold(cue[0]));
    let accountWord = ACCOUNT_WORDS.has(fold(cue[0]));
    let saidOutright = false;
    for (const [index, w] of allMatches(/[^\s:=,"“”'()]+/g, text.slice(after))
      .slice(0, 5)
      .entries()) {
      if (index === 0 && platform) named = true;
      const token = w[0].replace(/[.!?]+$/, '');
      const key = fold(token);
      if (/[:,]/.test(text.slice(after, after + w.index))) {
        named = true;
        saidOutright ||= userNameWord;
      }
      if (FILLER.has(key) || NAMING.has(key) || PLATFORM_WORD.test(key)) {
        named ||= NAMING.has(key);
        saidOutright ||= (userNameWord && NAMING.has(key)) || (accountWord && NAME_VERBS.has(key));
        userNameWord ||= USER_NAME_WORDS.has(key);
        accountWord ||= ACCOUNT_WORDS.has(key);
        continue;
      }
      const outright =
        (userNameWord || accountWord) && saidOutright && HANDLE_TOKEN.test(token) && !FUNCTION_WORDS.has(key) && !NON_PII_PROPER.has(key);
      if (!token.startsWith('@') && (outright || looksLikeHandle(token, named))) {
        // Right after "insta:" or "snap is", "marco.nl" is a user name, not a web site.
        out.push({ type: 'HANDLE', start: after + w.index, end: after + w.index + token.length, tier: named ? 1 : 2 });
      } else if (named && platform) {
        // "my facebook is Precious Osagie Love": a profile shown under a name of several capitalised words.
        const shown = DISPLAY_NAME.exec(text.slice(after + w.index))?.[0];
        if (shown !== undefined) out.push({ type: 'HANDLE', start: after + w.index, end: after + w.index + shown.length, tier: 2 });
      }
      break;
    }
    // "… die sugardaddy_nl heet op Instagram": the name stands before the platform.
    const before = /([\p{L}\d_.]+)\s+(?:heet\s+|heette\s+)?(?:op|on|via)\s+$/u.exec(text.slice(Math.max(0, cue.index - 50), cue.index));
    if (before && /[\d_.]|\p{Ll}\p{Lu}/u.test(before[1]!.replace(/\.$/, '')) && looksLikeHandle(before[1]!.replace(/\.$/, ''), true)) {
      const start = cue.index - before[0].length;
      out.push({ type: 'HANDLE', start, end: start + before[1]!.length, tier: 2 });
    }
  }
}

/** A user name's shape, whole: parts joined by dots or underscores, or letters run into digits. */
const WHOLE_HANDLE_SHAPE = /^(?:[\p{L}\d]+(?:[._]+[\p{L}\d]+)+|\p{L}{3,}\d{2,})$/u;
/** "sugar.daddy.ams", "mo.regelt.alles": three parts or more joined by dots or underscores, none a web address. */
export const MANY_PARTS = /(?<![\p{L}\d_.@/#-])[\p{L}\d]+(?:[._][\p{L}\d]+){2,}(?![\p{L}\d_@]|[.-][\p{L}\d])/gu;
/** "Sandra (sandraa.xo)": a user name in brackets right after a capitalised name. */
const BRACKETED_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]*\s?\()[\p{L}\d_.]{3,30}(?=\))/gu;
/** "@yassir_bv en stackz.rdam": the next item in a list that a handle opens. */
const NEXT_IN_LIST = /^\s*(?:,|en|and|of|or|&|\/)\s*([\p{L}\d_.]{3,30})(?![\p{L}\d_@]|[.-][\p{L}\d])/iu;

function userNameShaped(token: string): boolean {
  return WHOLE_HANDLE_SHAPE.test(token) && handleShaped(token);
}

/**
 * User names that no platform word announces, known by where they stand: three parts or more
 * joined by dots ("sugar.daddy.ams"), in brackets after a name ("Kim (kimmiekim_)"), or after a
 * user name found and "en", "and" or a comma ("@yassir_bv en stackz.rdam").
 */
/** Words about messages and followers: in a message with one, a word shaped like a user name is one ("stuurt berichten als prince.ams"). */
const MESSAGING_WORDS: ReadonlySet<string> = new Set(
  `bericht berichten berichtjes dm dms pm chat chats chatten chatte volg volgt volgen volgde follow follows followed following followers volgers
  message messages messaged messaging texts texted inbox`.split(/\s+/),
);

/** "niet.ik", "thuis.Toen": two words run together at a full stop, the second a function word or capitalised. */
function runTogether(token: string): boolean {
  const parts = token.split('.');
  const second = parts[1];
  return parts.length === 2 && second !== undefined && (/^\p{Lu}/u.test(second) || FUNCTION_WORDS.has(fold(second)));
}

/** A letter or digit of `MANY_PARTS`, or any character beyond ASCII (which may be one). */
function mayBePartCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 128;
}

/**
 * At least `count` dots or underscores with a letter or digit on both sides ("sugar.daddy.ams" has
 * two): what `MANY_PARTS` needs, counted in one pass. Most messages' dots end a sentence.
 */
export function joinsAtLeast(text: string, count: number): boolean {
  let joins = 0;
  for (let i = 1; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (
      (code === 46 || code === 95) &&
      mayBePartCharacter(text.charCodeAt(i - 1)) &&
      mayBePartCharacter(text.charCodeAt(i + 1)) &&
      ++joins >= count
    )
      return true;
  }
  return false;
}

function findHandlesByPlace(text: string, out: Candidate[]): void {
  if ((text.includes('.') || text.includes('_')) && mentionsAny(text, MESSAGING_WORDS))
    for (const m of allMatches(HANDLE_SHAPED, text)) {
      if (handleShaped(m[0]) && !runTogether(m[0]) && !/^\d/.test(m[0]))
        out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
  if (joinsAtLeast(text, 2))
    for (const m of allMatches(MANY_PARTS, text)) {
      if (handleShaped(m[0]) && !/^\d/.test(m[0])) out.push({ type: 'HANDLE', start: m.index, end: m.index + m[0].length, tier: 2 });
    }
  if (text.includes('('))
    for (const m of allMatches(BRACKETED_AFTER_NAME, text)) {
      const token = m[0].replace(/[.]+$/, '');
      if (userNameShaped(token) || /^[\p{L}\d]{3,}_+$/u.test(token))
        out.push({ type: 'HANDLE', start: m.index, end: m.index + token.length, tier: 2 });
    }
  const handles = out.filter((c) => c.type === 'HANDLE');
  for (const handle of handles) {
    const next = NEXT_IN_LIST.exec(text.slice(handle.end, handle.end + 40));
    if (next === null) continue;
    const token = next[1]!.replace(/[.]+$/, '');
    const start = handle.end + next[0].length - next[1]!.length;
    if (userNameShaped(token) && !out.some((c) => c.start < start + token.length && start < c.end))
      out.push({ type: 'HANDLE', start, end: start + token.length, tier: 2 });
  }
}

export function findWebIdentifiers(text: string): Candidate[] {
  const out: Candidate[] = [];
  findEmailsAndUrls(text, out);
  findIps(text, out);
  findHandles(text, out);
  findHandlesByPlace(text, out);
  return out;
}
