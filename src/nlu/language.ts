/**
 * Is a message Dutch, English or something else, and if something else, which language? Labour
 * migrants often write in their own language: the bot then answers in English and Dutch with 112
 * and the phone line. Dependency-free and linear: the script (Arabic, Cyrillic, Greek...), letters
 * only some languages use, and hits on short lists of frequent words per language. Very short
 * messages switch on one clear word ("yes", "nee", "thanks"); messages with no telling word keep
 * the conversation's language.
 */
import { normaliseText } from '../safety/normalise';
import { COMMON_DUTCH, COMMON_ENGLISH } from '../safety/commonWords';
import { isDictionaryWord } from '../anonymiser/lexicons/wordLists';
import type { Language, NluLocale } from './recognizer';
import { OTHER_LANGUAGE_LEXICON } from './text/otherLanguageConcepts';
import { charClass, isAsciiLetter, LETTER, letterWords, letterWordCount, LOWER, NUMBER, scriptBits, UPPER } from './text/letterWords';

/** Languages named when a message is in neither Dutch nor English (ISO 639-1 codes). */
export const OTHER_LANGUAGES = ['pl', 'ro', 'bg', 'uk', 'ru', 'ar', 'tr', 'es', 'pt', 'hu', 'de', 'fr', 'it', 'el', 'ti', 'zh'] as const;
export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

export interface LanguageGuess {
  language: Language;
  /** Which other language, when it can be told. */
  other?: OtherLanguage;
  /**
   * A Dutch or English message with part of it in another language ("Dzień dobry. Sorry my english
   * not so good"): the citizen may read their own language best, so the bot says an interpreter can
   * be arranged. Only letters or a script that Dutch and English do not use count, not word lists.
   */
  mixedWith?: OtherLanguage;
  /** No word told the language: `language` is the conversation's, kept for lack of evidence. */
  unclear?: true;
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const DUTCH = new Set([
  ...COMMON_DUTCH,
  ...words(
    'nee ja jawel neen oke ok okee dankjewel dankje bedankt doei groetjes graag alsjeblieft alstublieft sorry hoezo waarom ' +
      'ik mn zn ff effe k mag kun kunt zit zitten weet niet wel geen hoe kan gaat doet moet wordt heb hebt heeft ' +
      'opgesloten slaat krijgt buurman buurvrouw dochter zoon werkgever baas uitzendbureau jullie u uw hun hen ' +
      'goedemorgen goedemiddag goedenavond hallo hoi doeg tot ziens welterusten klopt zeker misschien weet het niet',
  ),
]);
const ENGLISH = new Set([
  ...COMMON_ENGLISH,
  ...words(
    'yes yeah yep yup nope no thanks thank okay please sorry hi hello hey bye goodbye cheers sure maybe ' +
      'im dont cant wont isnt doesnt didnt ive youre theyre hes shes its what where when why how who which can could ' +
      'would should will shall go going gone went my mine your yours his hers our their them they we you i me ' +
      'locked kill myself die help want need neighbour neighbor daughter son boss employer agency good morning evening night',
  ),
]);
// Words that are the same in Dutch and English, borrowed by both ("merci") or too short to tell: they count for neither.
const SHARED = words('ok oke okay merci sorry hi hallo hey is in me we was had hij de an op thx ty lol omg np');

const LISTED_WORDS: Readonly<Record<OtherLanguage, ReadonlySet<string>>> = {
  pl: words(
    'pracuje pracuję szklarni przez agencje agencji mieszkamy osob osób jednym domku kempingu placimy płacimy tygodniowo lozko łóżko mowi mówi bede będę dla niego dostane dostanę godzin zeszlym zeszłym tygodniu mialam miałam kolezanka koleżanka ktora która ktory który jesli jeśli zglosze zgłoszę strace stracę mieszkanie tego samego dnia pojsc pójść ktos ktoś moze może czytac czytać czat oni maja mają dostep dostęp naszego jest nie sie się mam moj moja moje mnie mi pracy prace praca szef ze że dzien dzień dobry prosze proszę jak czy pomoc pomocy paszport ' +
      'pensji zabral zabrał tak dziekuje dziękuję dzieki dzięki jestem nas nam ale juz już bardzo gdzie kiedy dlaczego tylko mieszkam pieniadze',
  ),
  ro: words(
    'fiul fiica ani plecat munca muncă lângă langa găsit gasit ferma oferta daca dacă anunt anunț politia poliția aseara aseară scris telefonul inchis închis sunat stiu știu doar dorm ajutati ajutați trebuie acum scriu vorbesc olandeza pot romana română si și este sunt lucrez buna bună ziua meu mea sa să cu pe salariul ajutor nu primesc luni trei multumesc mulțumesc da am ma mă ' +
      'unde cand când pentru mai foarte bani sefu șeful seful pasaportul nimic acasa acasă vreau pot',
  ),
  tr: words(
    'turkce türkçe yazabilir miyim hollandacam fena ama bunu anlatmak daha kolay kuzenim yil yıl once önce evlenip geldi kocasinin kocasının ailesinin firini fırını sabah aksam akşam kadar calisiyor hic hiç vermiyorlar telefonunu kaynanasi kaynanası aliyor alıyor disari dışarı basina başına cikamiyor çıkamıyor kursuna gondermiyorlar göndermiyorlar oturum izni gider kocasi kocası hep bununla tehdit ediyor adim adım gecmesin geçmesin aile buyuk büyük olay merhaba ve bir bu ben benim yok var degil değil patronum yardim yardım maasimi maaşımı odemiyor ödemiyor pasaportumu aldi aldı ' +
      'tamam evet hayir hayır tesekkurler teşekkürler lutfen lütfen nasil nasıl nerede cok çok para iş calisiyorum çalışıyorum',
  ),
  es: words(
    'trabajo horas cada día limpio casa también tambien hermana señora dice semana pagan bolsillo desde hace meses porque dicen rompí rompi lámpara lampara entra cuarto noche tocar puerta hoy fue españa él dijo esta vamos hablar miedo ya amiga bien pasa voy familia agencia volver esto trata personas alguien teléfono telefono mañana manana hablo poco inglés ingles soy años anos enero hola que qué por para con mis necesito trabajo ayuda sobre como cómo jefe dinero informacion información derechos trabajador ' +
      'gracias si sí el la los las es estoy tengo pero muy donde dónde cuando cuándo quiero puedo mi pasaporte',
  ),
  pt: words(
    'viagem seria semana vem ele ela já pediu meu levou pra fazer exame sangue numa clínica clinica devo arrumou quarto falou jeito rápido rapido pagar tudo vender conhece médico polícia policia deportam nenhum dar nome só história historia pronto escrever português portugues brasileiro moro faz anos sem documentos desculpa nervosa ligar perco chefe gosta problema ola olá nao não patrao patrão obrigado obrigada dois meses paga sim eu estou tenho trabalho ajuda meu minha voce você ' +
      'onde quando quero posso dinheiro passaporte muito mas com para uma um',
  ),
  hu: words(
    'bocsanat bocsánat tudom hollandul mondani nagyon faradt fáradt neha néha arra gondolok jobb lenne mar már lennek lennék szia jo jó napot koszonom köszönöm igen nem vagyok van egy es és a az hogy mert penz pénz munka segitseg segítség ' +
      'hol mikor miert miért fonok főnök utlevel útlevél nincs kell',
  ),
  de: words('ich nicht und bin arbeit hilfe mein meine ist das der die danke bitte nein habe kein keine wo wann warum'),
  fr: words('bonjour je suis pas mon ma travail aide oui non avec pour mais patron argent passeport ou quand pourquoi'),
  it: words('ciao grazie sono non il lavoro aiuto mio mia si per con ma padrone soldi passaporto dove quando perche perché'),
  bg: new Set(),
  uk: new Set(),
  ru: new Set(),
  ar: new Set(),
  el: new Set(),
  ti: new Set(),
  zh: new Set(),
};

/**
 * The name of a language in that language, as in "can I write in my own language?" ("Beszélhetek
 * valakivel magyarul?", "mogę pisać po polsku?"): a short message asking for its own language
 * often has no other listed word, and names the language it is written in.
 */
const ENDONYMS: Readonly<Partial<Record<OtherLanguage, string>>> = {
  pl: 'polsku polski polskim',
  ro: 'romaneste românește româna',
  tr: 'türkçe turkce türkce',
  es: 'español espanol castellano',
  pt: 'português portugues',
  hu: 'magyarul magyar',
  de: 'deutsch',
  fr: 'français francais',
  it: 'italiano',
};

const withEndonym = (lang: OtherLanguage): ReadonlySet<string> => new Set([...LISTED_WORDS[lang], ...words(ENDONYMS[lang] ?? '')]);
const OTHER_WORDS: Readonly<Record<OtherLanguage, ReadonlySet<string>>> = {
  pl: withEndonym('pl'),
  ro: withEndonym('ro'),
  bg: withEndonym('bg'),
  uk: withEndonym('uk'),
  ru: withEndonym('ru'),
  ar: withEndonym('ar'),
  tr: withEndonym('tr'),
  es: withEndonym('es'),
  pt: withEndonym('pt'),
  hu: withEndonym('hu'),
  de: withEndonym('de'),
  fr: withEndonym('fr'),
  it: withEndonym('it'),
  el: withEndonym('el'),
  ti: withEndonym('ti'),
  zh: withEndonym('zh'),
};

/** Bits of WORD_BITS after the other languages' (bit i is OTHER_LANGUAGES[i]'s list). */
const OTHER_BITS = (1 << OTHER_LANGUAGES.length) - 1;
const IN_SHARED = 1 << OTHER_LANGUAGES.length;
const IN_DUTCH = IN_SHARED << 1;
const IN_ENGLISH = IN_SHARED << 2;

/**
 * Every listed word with the lists that hold it, as bits: the other languages in OTHER_LANGUAGES'
 * order, then SHARED, DUTCH and ENGLISH. One lookup a token instead of one per list (nineteen
 * lists, for the whole message and again per sentence).
 */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const index = new Map<string, number>();
  const add = (list: Iterable<string>, bit: number) => {
    for (const word of list) index.set(word, (index.get(word) ?? 0) | bit);
  };
  OTHER_LANGUAGES.forEach((lang, i) => add(OTHER_WORDS[lang], 1 << i));
  add(SHARED, IN_SHARED);
  add(DUTCH, IN_DUTCH);
  add(ENGLISH, IN_ENGLISH);
  return index;
})();

const wordBits = (word: string): number => WORD_BITS.get(word) ?? 0;

/** The other languages (bits in OTHER_LANGUAGES' order) whose list holds the normalised token or the raw one. */
function otherWordLanguages(token: string, raw: string | undefined): number {
  return (wordBits(token) | (raw === undefined ? 0 : wordBits(raw))) & OTHER_BITS;
}

const LETTER_HINTS: readonly [RegExp, OtherLanguage][] = [
  [/[ąćęłńśźż]/iu, 'pl'],
  [/[șțşţ]|ă/iu, 'ro'],
  [/[ğı]|ş/iu, 'tr'],
  [/[őű]/iu, 'hu'],
  [/[ñ¿¡]/iu, 'es'],
  [/[ãõ]/iu, 'pt'],
  [/ß/iu, 'de'],
];

/**
 * The letters of a text and the characters of the Latin script in it, counted by code point as
 * `text.match(/\p{L}/gu).length` and `/\p{Script=Latin}/gu` count them, in one pass without
 * building arrays of one-letter strings (three or four times per sentence of a long message).
 */
export function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (isAsciiLetter(code)) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const bits = scriptBits(point);
    letters += bits & 1;
    latin += bits >> 1;
  }
  return { letters, latin };
}

function byScript(text: string): OtherLanguage | undefined {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const arabic = count(/\p{Script=Arabic}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const greek = count(/\p{Script=Greek}/gu);
  const ethiopic = count(/\p{Script=Ethiopic}/gu);
  const han = count(/\p{Script=Han}/gu);
  const max = Math.max(arabic, cyrillic, greek, ethiopic, han);
  if (max === 0) return undefined;
  if (max === arabic) return 'ar';
  if (max === greek) return 'el';
  if (max === ethiopic) return 'ti';
  if (max === han) return 'zh';
  if (/[їєіґ]/iu.test(text)) return 'uk';
  if (/[ыэё]/iu.test(text)) return 'ru';
  if (/ъ/iu.test(text) || /\b(?:съм|във|няма|които|здравейте|благодаря)\b/iu.test(text)) return 'bg';
  return 'ru';
}

export function detectLanguageDetail(text: string, locale: NluLocale): LanguageGuess {
  const whole = readLanguage(text, locale);
  if (whole.language !== 'other' && whole.mixedWith === undefined) return whole;
  // Courtesy words carry no language weight when the rest of the turn speaks Dutch or English.
  const rest = withoutCourtesy(text);
  if (rest === undefined) return whole;
  const read = readLanguage(rest, locale);
  return read.language !== 'other' && read.mixedWith === undefined && read.unclear === undefined ? read : whole;
}

/**
 * The words of a thank-you, greeting or goodbye in the other languages (the concept lexicon's), of
 * four letters or more: "multumesc", "dziekuje", "koszonom", "gracias". Words Dutch or English
 * readers also use ("merci", "hallo") tell nothing and are left in.
 */
const COURTESY_WORDS: ReadonlySet<string> = new Set(
  (['thanks', 'greeting', 'goodbye'] as const)
    .flatMap((concept) => OTHER_LANGUAGE_LEXICON[concept])
    .flatMap((entry) => entry.split('|'))
    .flatMap((phrase) => phrase.replace(/\*/g, '').split(/\s+/))
    .map((word) => normaliseText(word))
    .filter((word) => word.length >= 4 && !['merci', 'hallo', 'salam', 'mersi'].includes(word)),
);

/**
 * The message without its courtesy words in another language ("Ok I will try the anonymous number.
 * Thank you, mulțumesc" → "Ok I will try the anonymous number. Thank you,"), or undefined when it has
 * none or nothing but them. A thank-you in one's own language at the end of a Dutch or English turn is
 * courtesy, not a sign that the citizen reads our language poorly (fit32; until round 34 a second
 * reading in the bot, bot/languagePolicy.ts, on top of this one). A message of courtesy words alone
 * ("Multumesc!") keeps them: then they are all that tells its language.
 */
function withoutCourtesy(text: string): string | undefined {
  const parts = text.split(/(\s+)/);
  const kept = parts.filter((part) => !COURTESY_WORDS.has(normaliseText(part.replace(/[^\p{L}]/gu, ''))));
  if (kept.length === parts.length) return undefined;
  const rest = kept.join('');
  return letterWords(normaliseText(rest)).some((w) => !OWN_COURTESY.has(w)) ? rest : undefined;
}

/**
 * Thanks, greetings and goodbyes in Dutch and English: a rest made only of them ("Sağol, bedankt.",
 * "Дуже дякую. Dank u wel.") is courtesy in two languages, and the citizen's own comes first.
 */
const OWN_COURTESY = words(
  'dank danku dankje dankjewel dankuwel bedankt wel u je jullie hartelijk heel erg veel zeer super nogmaals alvast ' +
    'thanks thank you very much so a lot lots many again thx ty cheers ' +
    'hoi hallo hello hi hey goedemorgen goedemiddag goedenavond goedenacht good morning afternoon evening night ' +
    'doei dag tot ziens later straks bye goodbye see groetjes groeten welterusten',
);

/** The language of the message as written, courtesy words and all. */
function readLanguage(text: string, locale: NluLocale): LanguageGuess {
  const { letters, latin } = letterCounts(text);
  if (letters === 0) return { language: locale };
  const foreignScript = (letters - latin) / letters;
  if (foreignScript > 0.5) return { language: 'other', other: byScript(text) ?? 'ar' };
  // Words quoted from someone else ("Thiago zei: 'por favor não fale com a polícia'") are not the
  // citizen's language, when enough of their own words are left to tell it ("hij appt: '…'" is not).
  const own = text.replace(OWN_QUOTED, ' ');
  const read = guessLatin(letterWordCount(own) >= 6 ? own : text, locale);
  if (read.language === 'other') return read;
  const guess = read.unclear && dutchOrEnglishWords(text) ? { language: read.language } : read;
  return { ...guess, ...mixedPart(text, { letters, latin }) };
}

/**
 * No function word tells Dutch from English, but the message is written in one of them: more of
 * its words are in the Dutch and English dictionary than on another language's list ("ok english is
 * fine. sorry"). Such a message has a language of its own: the conversation's, not the one of a
 * message before it that the bot could not read ("nie wiem" after Polish has none).
 */
function dutchOrEnglishWords(text: string): boolean {
  const tokens = letterWords(normaliseText(text));
  const rawTokens = letterWords(text.toLowerCase());
  let known = 0;
  let foreign = 0;
  tokens.forEach((word, i) => {
    if (otherWordLanguages(word, rawTokens[i]) !== 0) foreign++;
    else if (dictionaryWord(word)) known++;
  });
  return known > 0 && known > foreign;
}

/**
 * The same, stricter for reading the language of the rest: a single quote inside a word ("I'm",
 * "there's", "sms'te") neither opens nor closes a quote.
 */
const OWN_QUOTED = /(?<![\p{L}\p{N}])'[^'\n]{3,}'(?![\p{L}\p{N}])|"[^"\n]{3,}"|‘[^’\n]{3,}’|“[^”\n]{3,}”|„[^”“\n]{3,}[”“]/gu;

/** Words someone else said, quoted ("Thiago zei: 'por favor não fale com a polícia'"): not the citizen's own language. */
const QUOTED = /'[^'\n]{3,}'|"[^"\n]{3,}"|‘[^’\n]{3,}’|“[^”\n]{3,}”|„[^”“\n]{3,}[”“]/gu;

/**
 * Another language in a Dutch or English message: a good part of it in another script, or whole
 * sentences of the citizen's own in another language ("Dzień dobry. Sorry my english…", "Bu normal
 * mi? Is het mensenhandel…"). Words quoted from someone else ("she whispered 'помогни ми'") and a
 * name or greeting in front of a long message ("Казвам се Иво. I am from Bulgaria, …") are not:
 * the citizen writes English.
 */
function mixedPart(raw: string, rawCounts: { letters: number; latin: number }): { mixedWith?: OtherLanguage } {
  const text = raw.replace(QUOTED, ' ');
  // Without quotes the text is the raw one, whose letters the caller has counted.
  const { letters, latin } = text === raw ? rawCounts : letterCounts(text);
  if (letters === 0) return {};
  if ((letters - latin) / letters >= 0.3) return { mixedWith: byScript(text) ?? 'ar' };
  let foreignWords = 0;
  let allWords = 0;
  let found: OtherLanguage | undefined;
  for (const sentence of text.split(/[.!?;\n—–؟]/u)) {
    const count = letterWordCount(sentence);
    allWords += count;
    // A greeting or a thank-you in one's own language ("благодаря ви", "Köszönöm") is courtesy,
    // not a sign that the citizen reads Dutch or English poorly.
    if (count <= 2) continue;
    const language = foreignSentence(sentence);
    if (language === undefined) continue;
    foreignWords += count;
    found ??= language;
  }
  if (found === undefined) return {};
  return foreignWords >= (found === 'de' ? GERMAN_SHARE : 0.2) * allWords ? { mixedWith: found } : {};
}

/**
 * The share of a Dutch or English message that German must have to count as a language of the
 * writer's own. The Dutch dialects along the border (Limburgs, Achterhoeks, Twents) read as German
 * word by word ("Ich bin neet dom he", "ich weet neet"), and no word list tells them from it: a
 * grandmother in Kerkrade who told her story in Dutch with one sentence in her dialect was offered
 * an interpreter in English (round 47). Whoever needs one writes most of the message in German.
 */
const GERMAN_SHARE = 0.5;

/** The other language a sentence is in, if it is: another script, letters Dutch and English lack, or its words. */
function foreignSentence(sentence: string): OtherLanguage | undefined {
  const { letters, latin } = letterCounts(sentence);
  if (letters === 0) return undefined;
  if (letters > 2 * latin) return byScript(sentence) ?? 'ar';
  // Names keep their letters ("Łukasz"): only the other words tell.
  const words = letterWords(sentence);
  const lower = words.filter((w) => w === w.toLowerCase()).join(' ');
  const hinted = LETTER_HINTS.find(([re]) => re.test(lower))?.[1];
  if (hinted) return hinted;
  const guess = guessLatin(sentence, 'en');
  if (guess.language === 'other') return guess.other;
  // No Dutch or English function word in it, and more words of another language than Dutch or
  // English dictionary words: "Bu normal mi" is Turkish, "Training is pas vanavond" is Dutch (one
  // French-looking "pas" against "training" and "vanavond").
  if (!guess.unclear || words.length < 2) return undefined;
  const own = words.map((w) => w.toLowerCase()).filter((w) => (wordBits(w) & (IN_SHARED | IN_DUTCH | IN_ENGLISH)) === 0);
  const foreign = own.filter((w) => otherWordLanguages(w, undefined) !== 0 && !dictionaryWord(normaliseText(w)));
  const known = own.filter((w) => otherWordLanguages(w, undefined) === 0 && dictionaryWord(normaliseText(w)));
  if (foreign.length <= known.length) return undefined;
  return OTHER_LANGUAGES.find((l) => foreign.some((w) => OTHER_WORDS[l].has(w)));
}

function guessLatin(text: string, locale: NluLocale): LanguageGuess {
  const lower = text.toLowerCase();
  // The runs of letters ("ł" is one, `[\p{L}ł]+` was `\p{L}+`), read without an expression.
  const tokens = letterWords(normaliseText(text));
  const rawTokens = letterWords(lower);
  const bits = tokens.map(wordBits);
  let nl = 0;
  let en = 0;
  for (const b of bits) {
    if (b & IN_SHARED) continue;
    if (b & IN_DUTCH) nl++;
    if (b & IN_ENGLISH) en++;
  }
  const otherScores = new Map<OtherLanguage, number>();
  for (const [re, lang] of LETTER_HINTS) if (re.test(lower)) otherScores.set(lang, (otherScores.get(lang) ?? 0) + 2);
  const hits = new Array<number>(OTHER_LANGUAGES.length).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const raw = rawTokens[i];
    let langs = (bits[i]! | (raw === undefined ? 0 : wordBits(raw))) & OTHER_BITS;
    for (let lang = 0; langs !== 0; lang++, langs >>>= 1) if (langs & 1) hits[lang]!++;
  }
  OTHER_LANGUAGES.forEach((lang, i) => {
    if (hits[i]! > 0) otherScores.set(lang, (otherScores.get(lang) ?? 0) + hits[i]!);
  });
  let bestOther: OtherLanguage | undefined;
  let other = 0;
  for (const [lang, score] of otherScores) {
    if (score > other) {
      other = score;
      bestOther = lang;
    }
  }
  if (other >= 2 && other > nl && other > en) return { language: 'other', other: bestOther! };
  // Dutch and English are told by their short function words, which make up a good part of any
  // sentence in them; a message in another language (Indonesian, Vietnamese, Lithuanian, Arabic in
  // Latin letters) carries at most a few borrowed words ("passport", "nail", "euro"). Names of
  // people and places tell no language, so they do not count: a Dutch message full of them
  // ("Zwolle, we trainen in de sporthal in Stadshagen") is still Dutch by "we", "in", "de".
  const names = namesIn(text);
  let known = 0;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (names.has(word)) continue;
    counted++;
    if ((bits[i]! & (IN_SHARED | IN_DUTCH | IN_ENGLISH)) !== 0 || dictionaryWord(word)) known++;
  }
  if (counted >= 4 && known < FOREIGN_SHARE * counted) return { language: 'other', ...(bestOther ? { other: bestOther } : {}) };
  // A short reply in another language ("multumesc", "ok tamam", "gracias de verdad"): one word of
  // that language and none of Dutch or English.
  if (counted <= 3 && nl + en === 0 && otherWordHit(tokens, rawTokens)) return { language: 'other', other: bestOther! };
  // So is a thank-you or goodbye in a language with no word list here ("hvala lijepa, dovidenja",
  // "Maraming salamat po"): courtesy words of another language and no word of Dutch or English, as
  // the last message of a conversation often is; read as one of ours, it was answered in one of ours only.
  if (counted <= 3 && nl + en === 0 && courtesyOnly(tokens)) return { language: 'other', ...(bestOther ? { other: bestOther } : {}) };
  if (nl === en) return nl === 0 ? { language: locale, unclear: true } : { language: locale };
  // A stray English word in Dutch chat ("sorry", "oke") or the reverse is common: in longer
  // messages switch only on a clear lead; a short message has few words to go on and one is enough.
  const lead = Math.abs(nl - en);
  const clear = tokens.length <= 4 ? lead >= 1 : lead >= 2 && Math.max(nl, en) >= 1.5 * Math.min(nl, en);
  if (!clear) return { language: locale };
  return { language: nl > en ? 'nl' : 'en' };
}

/**
 * A word of the Dutch or English dictionary: broken Dutch or English ("company manager come tomorrow
 * check truck", "werk aan weg bij haven") has few function words but dictionary words throughout.
 * Short entries are left out: the dictionaries list many two- and three-letter abbreviations that
 * are everyday words elsewhere ("em", "nam", "dan", "ana").
 */
const dictionaryWord = (word: string): boolean => word.length >= 4 && isDictionaryWord(word);

/**
 * Below this share of Dutch or English words a message of four words or more is in another
 * language. On the labelled tuning texts that reach this test the messages in another language
 * share at most 0.33 (most under 0.2), those in Dutch or English at least 0.42.
 */
const FOREIGN_SHARE = 0.35;

/**
 * Names of people and places: words written with a capital inside a sentence ("in Stadshagen",
 * "bij Jan"), normalised as the tokens are. The first word of a sentence is no name by its capital.
 */
/** A capital right after one of these opens a sentence, a quote or an aside (all in the BMP, so one code unit each). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set('.!?:;\n"\'“‘(—–-');
/** One code unit of what `String.prototype.trimEnd` removes (white space and line ends: `\s`). */
const WHITE_SPACE = /^\s$/u;

function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const { index, word: capital } of capitalWords(text)) {
    // The last character before the word that is not white space (what `trimEnd` leaves), found
    // by stepping back: an anchored test (`/[…]$/u`) or a copy of the text before every capital
    // made this loop grow with the square of the text's length.
    let last = index - 1;
    while (last >= 0 && WHITE_SPACE.test(text[last]!)) last--;
    if (last < 0 || SENTENCE_OPENERS.has(text[last]!)) continue;
    const word = normaliseText(capital);
    if ((wordBits(word) & (IN_DUTCH | IN_ENGLISH)) === 0) names.add(word);
  }
  return names;
}

/**
 * What `text.matchAll(/(?<![\p{L}\p{N}'])\p{Lu}\p{Ll}+/gu)` finds (a capital and the small letters
 * after it, not inside a word or number nor after an apostrophe), read code point by code point:
 * the expression's look-behind cost more than the rest of the name search.
 */
export function capitalWords(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    if ((charClass(point) & UPPER) !== 0 && !afterWordCharacter(text, i)) {
      let end = i + width;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if ((charClass(next) & LOWER) === 0) break;
        end += next > 0xffff ? 2 : 1;
      }
      if (end > i + width) {
        found.push({ index: i, word: text.slice(i, end) });
        i = end;
        continue;
      }
    }
    i += width;
  }
  return found;
}

/** The code point before `index` (a surrogate pair read as one) is a letter, a number or an apostrophe. */
function afterWordCharacter(text: string, index: number): boolean {
  if (index === 0) return false;
  let point = text.charCodeAt(index - 1);
  if (point >= 0xdc00 && point <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) point = text.codePointAt(index - 2)!;
  }
  return point === 0x27 || (charClass(point) & (LETTER | NUMBER)) !== 0;
}

/** A word of another language's list (not only its letters) is in the message. */
/**
 * Every word of four letters or more is a courtesy word of another language (COURTESY_WORDS), and
 * there is one: the shorter ones ("po", "ok") tell nothing either way.
 */
function courtesyOnly(tokens: readonly string[]): boolean {
  const long = tokens.filter((w) => w.length >= 4);
  return long.length > 0 && long.every((w) => COURTESY_WORDS.has(w) && !dictionaryWord(w));
}

function otherWordHit(tokens: readonly string[], rawTokens: readonly string[]): boolean {
  return tokens.some((w, i) => otherWordLanguages(w, rawTokens[i]) !== 0);
}

export function detectLanguage(text: string, locale: NluLocale): Language {
  return detectLanguageDetail(text, locale).language;
}
