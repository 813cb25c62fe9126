/**
 * Names in scripts without capitals or spaces, where the Latin-script rules see nothing: Arabic
 * ("اسمي رنا الحسن", "زوجي خالد"), Persian ("من زهرا احمدی هستم", "آقای نوری") and Chinese ("我叫陈杰", "老板王建国"). Found by the phrase before
 * them (my name is, my husband, the boss) and by the shape of the name itself: in Arabic one given
 * name and a family name with the article "ال"; in Chinese a common surname and one or two characters.
 */
import type { Candidate } from '../types';
import { isWideText, testText } from '../text';

/** "my name is", "his/her name is", "is called". */
const ARABIC_NAMING = /^(?:اسمي|إسمي|اسمه|اسمها|اسمو|يدعى|تدعى|يسمى|تسمى)$/u;
/** Those and "my husband/wife/brother/sister/friend/boss/son/daughter", "the boss", "the sponsor". */
const ARABIC_CUE =
  /(?<![\u0600-\u06ff])(?:اسمي|إسمي|اسمه|اسمها|اسمو|يدعى|تدعى|يسمى|تسمى|زوجي|زوجتي|أخي|اخي|أختي|اختي|صديقي|صديقتي|مديري|رئيسي|ابني|إبني|بنتي|ابنتي|خالي|عمي|خالتي|عمتي|المدير|الكفيل)\s+/gu;
/** Arabic letters of one word (no digits, no punctuation). */
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]{2,}/u;
/** Words that end a name: prepositions, conjunctions and pronouns ("من", "في", "و"). */
const ARABIC_STOP: ReadonlySet<string> = new Set(
  'من في على الى إلى عن مع و ثم هو هي انا أنا هذا هذه الذي التي كان كانت يعمل تعمل لا لم لن قد'.split(' '),
);
/** Present-tense and first-person prefixes, the article, and pronoun endings ("عمره", "يجبرني"). */
const RELATION_NOT_NAME = /^(?:ال|ي|ت|ن|أ)|(?:ه|ها|هم|ني|وا)$/u;
/** The father of, the mother of: a kunya takes the next word too. */
const KUNYA: ReadonlySet<string> = new Set(['أبو', 'ابو', 'أم', 'ام', 'بن', 'ابن', 'بنت']);

function findArabicNames(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(ARABIC_CUE)) {
    let at = m.index + m[0].length;
    const first = ARABIC_WORD.exec(text.slice(at))?.[0];
    if (first === undefined || ARABIC_STOP.has(first)) continue;
    // After a relation the next word is more often a verb or "her age" than a name ("أختي عمرها 20",
    // "ابني أرسل"): there only a word without a verb's prefix, the article or a pronoun ending counts.
    if (!ARABIC_NAMING.test(m[0].trim()) && RELATION_NOT_NAME.test(first)) continue;
    const start = at;
    at += first.length;
    // A family name with the article ("الحسن"), or the name after a kunya ("أبو فادي"), goes with the first word.
    const next = /^\s+([\u0621-\u064a\u0671-\u06d3]{2,})/u.exec(text.slice(at));
    if (next !== null && !ARABIC_STOP.has(next[1]!) && (next[1]!.startsWith('ال') || KUNYA.has(first))) at += next[0].length;
    out.push({ type: 'NAAM', start, end: at, tier: 2 });
  }
}

/**
 * Persian: "آقای" and "خانم" (Mr, Mrs) before a name, and the relations with the ending "-am" (my):
 * my husband, my spouse, my brother, my sister, my friend, my boss.
 */
const PERSIAN_CUE = /(?<![\u0600-\u06ff])(?:آقای|آقا|خانم|اسمم|شوهرم|همسرم|برادرم|خواهرم|دوستم|رئیسم|رییسم)\s+/gu;
/** "من زهرا احمدی هستم": "I", one or two words, "am" is an introduction; the words are the name. */
const PERSIAN_INTRODUCTION =
  /(?<![\u0600-\u06ff])من\s+([\u0621-\u064a\u0671-\u06d3]{2,}(?:\s+[\u0621-\u064a\u0671-\u06d3]{2,})?)\s+هستم(?![\u0621-\u064a\u0671-\u06d3])/gu;
/** How or what someone is, in "من … هستم" ("I am very tired", "I am a worker here"): never a name. */
const PERSIAN_STATE: ReadonlySet<string> = new Set(
  'خیلی بسیار خسته مریض بیمار ناراحت نگران تنها گرسنه اینجا آنجا اونجا حامله باردار کارگر دانشجو مادر پدر زن مرد بچه ایرانی افغان افغانی اهل در از با هم الان'.split(
    ' ',
  ),
);

function findPersianNames(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(PERSIAN_CUE)) {
    const start = m.index + m[0].length;
    const word = ARABIC_WORD.exec(text.slice(start))?.[0];
    if (word !== undefined && !ARABIC_STOP.has(word)) out.push({ type: 'NAAM', start, end: start + word.length, tier: 2 });
  }
  for (const m of text.matchAll(PERSIAN_INTRODUCTION)) {
    if (m[1]!.split(/\s+/u).some((w) => PERSIAN_STATE.has(w) || ARABIC_STOP.has(w))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ type: 'NAAM', start, end: start + m[1]!.length, tier: 2 });
  }
}

/** "I am called", "my name is", "the boss", "my husband", "my friend", "the manager". */
const CHINESE_CUE = /(?:我叫|我是|名叫|叫做|名字是|老板|老公|丈夫|妻子|老婆|经理|朋友|男朋友|女朋友|哥哥|姐姐|弟弟|妹妹)/gu;
/** The most common Chinese surnames, which open almost every name. */
const CHINESE_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛'.split(
    '',
  ),
);
/** Characters that follow a name as a verb, particle or pronoun, never as its last character. */
const CHINESE_AFTER_NAME = new Set('在是的了和说把给跟也都就不我你他她它们从对让叫拿走来去要会有没被打骂'.split(''));
const HAN = /[\u4e00-\u9fff]/u;

function findChineseNames(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CHINESE_CUE)) {
    const start = m.index + m[0].length;
    if (!CHINESE_SURNAMES.has(text[start] ?? '')) continue;
    let end = start + 1;
    // One or two given-name characters, stopping at a character that follows names.
    while (end < start + 3 && HAN.test(text[end] ?? '') && !CHINESE_AFTER_NAME.has(text[end]!)) end++;
    if (end > start + 1) out.push({ type: 'NAAM', start, end, tier: 2 });
  }
}

const HAS_ARABIC = /[\u0600-\u06ff]/u;

export function findScriptNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Arabic and Chinese letters lie beyond Latin-1, which most messages never leave (asked once per message).
  if (!isWideText(text)) return out;
  if (testText(HAS_ARABIC, text)) {
    findArabicNames(text, out);
    findPersianNames(text, out);
  }
  if (testText(HAN, text)) findChineseNames(text, out);
  return out;
}
