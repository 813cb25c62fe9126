/**
 * Suicidal thoughts in the languages of the people who write to this helpline, built from the parts
 * every language says them with rather than from whole sentences: a wish (want) and dying, a negated
 * wish and living, a wish and disappearing, "better" and one's own death, tiredness and life, and
 * killing oneself. Each part is a small class of words per language (Polish, Romanian, Bulgarian,
 * Ukrainian, Russian, Hungarian, Lithuanian, Turkish, Arabic in Arabic and in Latin letters,
 * Spanish, Portuguese, Vietnamese and Thai in Latin letters); the frames combine them with a few
 * words of room between them, so "nem akarok tovább élni", "não quero mais viver" and "ya no quiero
 * seguir viviendo" are read by the same frame as "nie chcę żyć" without being listed. Dutch and
 * English have their own, richer phrases in situations.ts.
 *
 * Words are written as the analyser leaves them (normalise.ts): without diacritics, Polish "nie" as
 * "niet", and letters without a plain form ("ł", Turkish "ı") in both spellings.
 */
import type { TextAnalysis } from '../nlu/text/analyse';
import { mapHits, negatedAs, type ConceptHit } from '../nlu/text/concepts';
import { normaliseText, skeleton } from './normalise';

const alt = (...words: string[]) => words.join('|');

/** A wish, first person mostly (and the third person a relative tells). */
const WANT = alt(
  'chce',
  'chcial*',
  'chciał*',
  'vreau',
  'vrea',
  'as vrea',
  'искам',
  'иска',
  'хочу',
  'хочет',
  'хоче',
  'хочется',
  'хочеться',
  'quiero',
  'quiere',
  'queria',
  'quisiera',
  'quero',
  'quer',
  'akarok',
  'akar',
  'szeretnek',
  'أريد',
  'اريد',
  'بدي',
  'ابغى',
  'أبغى',
  'عايز',
  'عايزة',
  'bidi',
  'baddi',
  'biddi',
  '3ayez',
  '3ayz',
  '3ayza',
  '3awez',
  'areed',
  'ureed',
  'noriu',
  'nori',
  'muon',
  'yak',
  'istiyorum',
  'istiyor',
  'iskam',
  'iska',
  'hochu',
  'khochu',
  'xochu',
  'veux',
  'will',
  'mochte',
);

/** Dying, death, dead. */
const DIE = alt(
  'umrzec',
  'umre',
  'umrzeć',
  'smierci',
  'mor',
  'moara',
  'muri',
  'умра',
  'умре',
  'умереть',
  'умру',
  'померти',
  'помру',
  'вмерти',
  'morir',
  'morirme',
  'morirse',
  'morrer',
  'meghalni',
  'meghalok',
  'أموت',
  'اموت',
  'الموت',
  'amoot',
  'amout',
  'mout',
  'moot',
  'mirti',
  'numirti',
  'chet',
  'tai',
  'mourir',
  'sterben',
  'umra',
  'umre',
  'umeret',
  'pomerty',
);

/** Being dead, said after "better" ("better if I were dead", "lepiej bym umarł"). */
const DEAD = alt(
  DIE,
  'umarl*',
  'umarł*',
  'martwy',
  'martwa',
  'mort',
  'moarta',
  'мъртъв',
  'мъртва',
  'умер',
  'умерла',
  'мертв*',
  'помер',
  'померла',
  'olsem',
  'ölsem',
  'olmek',
  'ölmek',
  'muert*',
  'muriera',
  'morto',
  'morta',
  'morresse',
  'meghaln*',
  'halott',
  'ميت',
  'ميتا',
  'ميتة',
  'مت',
  'mayet',
  'mayta',
  'miręs',
  'mires',
  'mirusi',
);

/** Living, being alive (not where one lives: see `residence` below). */
const LIVE = alt(
  'zyc',
  'zyć',
  'zycia',
  'traiesc',
  'trai',
  'traiasca',
  'живея',
  'живее',
  'жить',
  'живу',
  'жити',
  'vivir',
  'viviendo',
  'viver',
  'vivendo',
  'elni',
  'أعيش',
  'اعيش',
  'العيش',
  'عيش',
  'أحيا',
  'a3ish',
  'a3eesh',
  'ai3ish',
  '3ish',
  '3eesh',
  'gyventi',
  'song',
  'chiwit',
  'vivre',
  'leben',
  'jiveya',
  'zhiveya',
  'zhivea',
  'zhit',
  'zhyty',
);

/** Life, after tiredness ("tired of life"). */
const LIFE = alt(
  'zycia',
  'zyciem',
  'viata',
  'живота',
  'жизни',
  'жизнью',
  'життя',
  'hayattan',
  'yasamaktan',
  'vida',
  'vivir',
  'viver',
  'eletbe',
  'elettol',
  'eletet',
  'الحياة',
  'العيش',
  'hayati',
  '7ayati',
  'gyvenimo',
  'gyventi',
  'cuoc song',
  'chiwit',
  'حياتي',
  'hayatim',
  'hayatımın',
  'zycie',
  'zyciu',
  'viata mea',
  'vida',
  'elet',
  'eletnek',
  'жизнь',
  'життя',
  'живота',
);

const NEG = alt('niet', 'nu', 'не', 'ні', 'no', 'nao', 'nem', 'لا', 'ما', 'mish', 'mesh', 'mush', 'khong', 'mai', 'ne', 'nicht', 'nie');

/** No point, no sense, no use: before life ("nie ma sensu życie", "mafi fayda min hayati"). */
const NO_POINT = alt(
  'niet ma sensu',
  'bez sensu',
  'nu are rost',
  'nu mai are rost',
  'nu are sens',
  'nu mai are sens',
  'няма смисъл',
  'нет смысла',
  'немає сенсу',
  'anlami yok',
  'anlamı yok',
  'no tiene sentido',
  'sin sentido',
  'nao faz sentido',
  'sem sentido',
  'nincs ertelme',
  'nera prasmes',
  'لا فائدة',
  'لا معنى',
  'ما في فايدة',
  'mafi fayda',
  'ma fi fayda',
  'mafi faydeh',
  'la fayda',
  'khong co y nghia',
  'mai mee kwam mai',
);

/** Again, any more, further: may stand between the parts ("nem akarok tovább élni"). */
const DISAPPEAR = alt(
  'zniknac',
  'zniknąć',
  'zniknę',
  'znikne',
  'dispar',
  'disparea',
  'изчезна',
  'исчезнуть',
  'исчезну',
  'зникнути',
  'зникну',
  'desaparecer',
  'sumir',
  'eltunni',
  'أختفي',
  'اختفي',
  'akhtefi',
  'a5tefi',
  'isnykti',
  'dingti',
  'bien mat',
  'ischeznut',
  'ischeznu',
  'znyknuty',
  'znyknu',
);

/** Forever, for good: disappearing forever is an ending, disappearing for a weekend is not. */
const FOREVER = alt(
  'para siempre',
  'pra sempre',
  'para sempre',
  'na zawsze',
  'pentru totdeauna',
  'pentru todeauna',
  'навсегда',
  'назавжди',
  'navsegda',
  'nazavzhdy',
  'sonsuza',
  'ebediyen',
  'للأبد',
  'lil abad',
  'orokre',
  'visam laikui',
);

/** Waking up: not waking up wished for, or better ("lepiej by było, jakbym rano się nie obudził"). */
const WAKE = alt(
  'obudzil*',
  'obudził*',
  'obudzic',
  'obudze',
  'trezesc',
  'trezi',
  'събудя',
  'събуждам',
  'проснуться',
  'проснусь',
  'проснулась',
  'проснулся',
  'прокинутися',
  'прокинусь',
  'uyanmak',
  'uyanmasam',
  'uyanmayayim',
  'despertar',
  'despertarme',
  'despertara',
  'acordar',
  'acordasse',
  'felebred*',
  'ebred*',
  'pabusti',
  'atsibusti',
  'أستيقظ',
  'استيقظ',
  'اصحى',
  'أصحى',
  'thuc day',
);

/** Seeing no sense, no way: "nebematau prasmės gyventi", "no veo sentido a vivir". */
const SEE_NO_POINT = alt(
  'niet widze sensu',
  'nu vad rostul',
  'nu mai vad rostul',
  'не виждам смисъл',
  'не вижу смысла',
  'не бачу сенсу',
  'anlam goremiyorum',
  'no veo sentido',
  'nao vejo sentido',
  'nem latom ertelmet',
  'nematau prasmes',
  'nebematau prasmes',
  'nematau prasmės',
);

/** Ending it all, ending one's life, said as an intention. */
const END_ALL = alt(
  'skoncze z tym wszystkim',
  'skonczyc z tym wszystkim',
  'sa termin cu tot',
  'termin cu tot',
  'да свърша с всичко',
  'покончить со всем',
  'покончу со всем',
  'покінчити з усім',
  'hepsini bitirecegim',
  'hepsini bitirecem',
  'her seyi bitirecegim',
  'her şeyi bitireceğim',
  'acabar con todo',
  'acabar com tudo',
  'veget vetek mindennek',
  'baigti viska',
  'انهي حياتي',
  'أنهي حياتي',
  'انهاء حياتي',
  'إنهاء حياتي',
  'انهي كل شي',
  'أنهي كل شيء',
  'sa imi termin viata',
  'terminar con mi vida',
  'acabar com a minha vida',
  'acabar com minha vida',
);

/**
 * Ending it, without "all" or "my life": "chcę z tym skończyć", "vreau sa termin", "хочу покончить с
 * этим". Ending a job or a contract is said alike, so these count only beside pills, a rope or a
 * blade in hand (MEANS_AT_HAND) or a goodbye, never alone.
 */
const END_IT = alt(
  'skonczyc z tym',
  'z tym skonczyc',
  'skoncze z tym',
  'z tym skoncze',
  'skonczyc to',
  'to skonczyc',
  'to skoncze',
  'zakonczyc to',
  'to zakonczyc',
  'zakoncze to',
  'sa termin',
  'vreau sa termin',
  'sa pun capat',
  'да свърша',
  'покончить с этим',
  'покончу с этим',
  'покінчити з цим',
  'покінчу з цим',
  'bitirmek istiyorum',
  'bitirecegim',
  'acabar con esto',
  'terminar con esto',
  'acabar com isso',
  'acabar com isto',
  'vegetni akarok',
  'veget vetni',
  'baigti su tuo',
  'انهي هذا',
  'أنهي هذا',
);

/** Pills, tablets; and saving them up. */
const PILLS = alt(
  'tabletki',
  'tabletek',
  'pastile',
  'pastilele',
  'хапчета',
  'таблетки',
  'таблеток',
  'hap',
  'haplari',
  'hapları',
  'ilac*',
  'pastillas',
  'comprimidos',
  'pilulas',
  'remedios',
  'tablettak',
  'tablettat',
  'gyogyszer*',
  'حبوب',
  'الحبوب',
  'tabletes',
  'vaistu',
);
/** A rope or a blade, the other means said beside ending it. */
const MEANS_AT_HAND = alt(
  'sznur',
  'zyletka',
  'zyletki',
  'funie',
  'franghie',
  'lama',
  'въже',
  'веревка',
  'верёвка',
  'мотузка',
  'urgan',
  'cuerda',
  'soga',
  'corda',
  'kotel',
  'virve',
);
const SAVED = alt(
  'zbieram',
  'zbieralam',
  'zbieralem',
  'uzbieralam',
  'strang',
  'am strans',
  'събирам',
  'събрах',
  'копила',
  'копил',
  'накопила',
  'збирала',
  'назбирала',
  'biriktirdim',
  'biriktiriyorum',
  'guardando',
  'juntando',
  'guardei',
  'juntei',
  'gyujtok',
  'gyujtottem',
  'جمعت',
  'عم جمع',
  'kaupiu',
  'sukaupiau',
);

/** Cutting oneself. */
const CUT_SELF = alt(
  'tne sie',
  'pocielam sie',
  'pociąłem się',
  'pocialem sie',
  'ma tai',
  'm-am taiat',
  'порязах се',
  'режа се',
  'порезала себе',
  'порезал себе',
  'режу себя',
  'порізала себе',
  'ріжу себе',
  'kendimi kestim',
  'kendimi kesiyorum',
  'me corto',
  'me corte',
  'me cortei',
  'me corto os bracos',
  'megvagtam magam',
  'vagdosom magam',
  'جرحت نفسي',
  'بجرح حالي',
  'pjaustau save',
  'susipjausciau',
);

/** Nobody needs or would miss me. */
const NOBODY_NEEDS = alt(
  'nikomu niet jestem potrzebn*',
  'nikt mnie niet potrzebuje',
  'nikomu niepotrzebn*',
  'nimeni nu are nevoie de mine',
  'nu am nevoie nimeni',
  'на никого не съм нужн*',
  'никому не нужна',
  'никому не нужен',
  'нікому не потрібна',
  'нікому не потрібен',
  'kimse beni istemiyor',
  'kimsenin bana ihtiyaci yok',
  'nadie me necesita',
  'nadie me va a extranar',
  'ninguem precisa de mim',
  'ninguem vai sentir falta',
  'senkinek nem kellek',
  'senkinek nem hianyoznek',
  'niekam nereikalingas',
  'niekam nereikalinga',
  'ما حدا بدو ياني',
  'لا أحد يحتاجني',
  'لا احد يحتاجني',
);

/** A goodbye: forgive me, say sorry to mother for me, tell them I love them. */
const GOODBYE = alt(
  'przepros mame',
  'przepros mame ode mnie',
  'wybacz mi',
  'wybaczcie mi',
  'iarta-ma',
  'iartama',
  'iertati-ma',
  'прости меня',
  'простите меня',
  'прости ме',
  'простете ме',
  'пробач мені',
  'пробачте мені',
  'beni affet',
  'affedin beni',
  'perdoname',
  'perdóname',
  'me perdoa',
  'me perdoem',
  'bocsass meg',
  'bocsassatok meg',
  'atleisk man',
  'سامحيني',
  'سامحني',
  'سامحوني',
);

/** I cannot any more, it is the end, I will not make it. */
const CANNOT_ANYMORE = alt(
  'niet moge juz',
  'juz niet moge',
  'juz niet dam rady',
  'to koniec',
  'nu mai pot',
  'asta e sfarsitul',
  'не мога повече',
  'това е краят',
  'я больше не могу',
  'это конец',
  'я більше не можу',
  'це кінець',
  'artik dayanamiyorum',
  'no puedo mas',
  'es el fin',
  'nao aguento mais',
  'nao consigo mais',
  'e o fim',
  'nem birom tovabb',
  'ez a vege',
  'nebegaliu',
  'tai pabaiga',
  'ما عاد فيني',
  'ما عدت أحتمل',
  'لم أعد أحتمل',
  'هذه النهاية',
);

const BETTER = alt(
  'lepiej',
  'الأفضل',
  'الافضل',
  'الأحسن',
  'الاحسن',
  'ahsanli',
  'mai bine',
  'подобре',
  'лучше',
  'краще',
  'daha iyi',
  'mejor',
  'melhor',
  'jobb',
  'أفضل',
  'افضل',
  'أحسن',
  'احسن',
  'ahsan',
  'a7san',
  'afdal',
  'geriau',
  'tot hon',
  'dee kwa',
  // Russian and Ukrainian in Latin letters ("luchshe umeret").
  'luchshe',
  'luchse',
  'krashche',
  'krasche',
);

const TIRED = alt(
  'zmeczon*',
  'zmęczon*',
  'dosc',
  'obosit*',
  'satul',
  'sătul',
  'уморен*',
  'уморих',
  'устал*',
  'втомив*',
  'втомил*',
  'biktim',
  'bıktım',
  'yoruldum',
  'cansad*',
  'farad*',
  'belefarad*',
  'تعبت',
  'زهقت',
  'pavarg*',
  'met moi',
  'chan nuay',
);

const MYSELF = alt(
  'zabic sie',
  'zabije sie',
  'zabić się',
  'odebrac sobie zycie',
  'sa ma omor',
  'ma omor',
  'sa ma sinucid',
  'да се убия',
  'ще се убия',
  'убить себя',
  'убью себя',
  'вбити себе',
  'вбю себе',
  'kendimi oldur*',
  'kendimi öldür*',
  'matarme',
  'quitarme la vida',
  'me matar',
  'matar me',
  'megolom magam',
  'megolni magam',
  'أقتل نفسي',
  'اقتل نفسي',
  'a2tol nafsi',
  'aktol nafsi',
  'a2tel 7ali',
  'ente7er',
  'nusizudyti',
  'nusizudysiu',
  'muon tu tu',
  'se tu tu',
  'kha tua tai',
  'ka tua tai',
  // Arabic in Latin letters, Maghrebi: throwing or killing oneself ("nla7 rasi", "nqtel rasi").
  'nla7 rasi',
  'nlo7 rasi',
  'nrmi rasi',
  'nermi rasi',
  'nqtel rasi',
  'nqtl rasi',
  'n9tel rasi',
  'n9tl rasi',
);

/**
 * The frames, in the phrase syntax of src/nlu/text/concepts.ts. A negation before a frame that does
 * not contain one ("nie chcę umrzeć") is reported by the matcher as a negated hit, as for every
 * phrase; the frames that need a negation carry it.
 */
export const SUICIDE_FRAMES: readonly string[] = [
  `${WANT} ~3 ${DIE}`,
  `${NEG} ~1 ${WANT} ~3 ${LIVE}`,
  // The negation after the wish ("ich will nicht mehr leben", "je ne veux plus vivre").
  `${WANT} ~1 ${NEG} ~2 ${LIVE}`,
  `${NO_POINT} ~3 ${LIFE}`,
  `${SEE_NO_POINT} ~3 ${LIVE}|${LIFE}`,
  `${BETTER} ~6 ${NEG} ~2 ${WAKE}`,
  END_ALL,
  `${PILLS} ~3 ${SAVED}`,
  `${SAVED} ~3 ${PILLS}`,
  // Ending it with the means beside it: "chcę z tym skończyć, mam tabletki" (I want to end it, I
  // have pills), "tengo pastillas, quiero acabar con esto".
  `${END_IT} ~8 ${PILLS}|${MEANS_AT_HAND}`,
  `${PILLS}|${MEANS_AT_HAND} ~8 ${END_IT}`,
  `${END_IT} ~5 ${GOODBYE}`,
  CUT_SELF,
  // Polish puts the reflexive before the verb as often as after it.
  'sie ~1 tne|pocielam|pocialem|okaleczam|okaleczylam',
  NOBODY_NEEDS,
  // A goodbye next to not being able to go on ("to koniec, nie dam rady, przeproś mamę ode mnie",
  // "прости меня, я больше не могу"): either alone is said in many ordinary messages.
  `${GOODBYE} ~5 ${CANNOT_ANYMORE}`,
  `${CANNOT_ANYMORE} ~5 ${GOODBYE}`,
  // Tigrinya and Amharic in Latin letters: dying is better for me, from this world I go.
  'kimewt|kmewt|kimut|kmut|mot ~2 yihaysheni|yhaysheni|yihayish|yhayish|yishalal|yshalal',
  'kab zi alem ~2 kikid|kkid|kiked|kikeyd',
  // A negation the verb carries: Lithuanian "nenoriu", Turkish "istemiyorum", Arabic in Latin
  // letters "mabdi" / "mish 3ayez", Thai "mai yak", Vietnamese "khong muon".
  `nenoriu|nenori|nebenoriu|nebenori|mabdi|mabadi|mabdish|mabadish|ma bdi|mish 3ayez|mish 3ayz|mish 3ayza|mesh 3ayez ~3 ${LIVE}`,
  'yasamak|yaşamak|yashamak ~2 istemiyorum|istemiyor*',
  `khong ~1 muon ~2 ${LIVE}`,
  `mai ~1 yak ~3 ${LIVE}|yoo`,
  `${WANT} ~2 ${DISAPPEAR}`,
  // Disappearing forever, whoever wishes it and however it is said ("sería más fácil desaparecer
  // para siempre"): the "forever" makes it an ending without a word of wishing.
  `${DISAPPEAR} ~2 ${FOREVER}`,
  `${BETTER} ~5 ${DEAD}`,
  `${DEAD} ~4 ${BETTER}`,
  `${TIRED} ~3 ${LIFE}`,
  MYSELF,
];

/** Where one lives, not whether: "no quiero vivir aquí", "не хочу жить с ним", "nie chce zyc z nim". */
const RESIDE = new Set(
  [
    'aqui',
    'aca',
    'alli',
    'ahi',
    'ali',
    'aí',
    'con',
    'com',
    'en',
    'em',
    'na',
    'cu',
    'aici',
    'acolo',
    'tam',
    'tu',
    'z',
    'ze',
    'w',
    'u',
    'itt',
    'ott',
    'vele',
    'cia',
    'ten',
    'su',
    'здесь',
    'тут',
    'там',
    'с',
    'з',
    'в',
    'у',
    'тук',
    'при',
    'burada',
    'orada',
    'onunla',
    'هنا',
    'هناك',
    'مع',
    'في',
    'hna',
    'hon',
    'honik',
    'ma3',
    'here',
    'there',
    'with',
    'in',
  ].map((w) => skeleton(normaliseText(w))),
);

const LIVE_WORDS = new Set(
  LIVE.split('|')
    .filter((w) => !w.includes(' '))
    .map((w) => skeleton(normaliseText(w))),
);

/** "In this world" is still life: "no quiero vivir en este mundo" is not about a place. */
const WORLD = new Set(
  ['mundo', 'swiecie', 'lume', 'lumea', 'свете', 'світі', 'мире', 'dunyada', 'vilagon', 'العالم', 'الدنيا', 'world', 'pasaulyje'].map((w) =>
    skeleton(normaliseText(w)),
  ),
);

/**
 * A suicide hit that ends on a word of living followed by a place or a companion ("no quiero vivir
 * aquí", "nu vreau să trăiesc cu el") is about where or with whom one lives: reported as negated,
 * like the other hits the reader takes back (meansForWork.ts). Not "in this world".
 */
export function residenceNotLife<C extends string>(
  hits: readonly ConceptHit<C>[],
  analysis: TextAnalysis,
  concepts: ReadonlySet<C>,
): ConceptHit<C>[] {
  return mapHits(hits, (hit) => {
    if (hit.negated || !concepts.has(hit.concept)) return hit;
    const last = analysis.tokens[hit.end];
    const next = analysis.tokens[hit.end + 1];
    if (last === undefined || next === undefined || !LIVE_WORDS.has(last) || !RESIDE.has(next)) return hit;
    const world = [2, 3].some((k) => WORLD.has(analysis.tokens[hit.end + k] ?? ''));
    return world ? hit : negatedAs(hit, true);
  });
}

/** Waking up, in the languages of the phrases and frames above (first words of a form suffice). */
const WAKE_WORDS = new Set(
  [
    'wake',
    'waking',
    'wakker',
    'despertar',
    'despertarme',
    'despierte',
    'acordar',
    'obudzic',
    'obudzić',
    'wstawac',
    'wstać',
    'trezesc',
    'trezi',
    'прокидатися',
    'прокинутися',
    'просыпаться',
    'проснуться',
    'събудя',
    'ставам',
    'uyanmak',
    'kalkmak',
    'felebredni',
    'felkelni',
    'أستيقظ',
  ].map((w) => skeleton(normaliseText(w))),
);

/**
 * How early one gets up, said right after waking: early, at six. Not wanting to wake up early, or
 * at five for the night shift, is tiredness, not a wish to die. "Tomorrow" is not in it: "honestly i
 * dont want to wake up tomorrow" after a story of debts is the wish the writers meant. Prepositions
 * count only before a number ("at 5", "om 6", "a las 6"): "at all", "voor altijd", "na zawsze" keep
 * the hit.
 */
const WAKE_TIME = new Set(
  ['early', 'vroeg', 'temprano', 'cedo', 'wczesnie', 'devreme', 'рано', 'erken', 'koran', 'باكرا'].map((w) => skeleton(normaliseText(w))),
);
const WAKE_AT = new Set(['at', 'om', 'a', 'las', 'as', 'o', 'la', 'в', 'о'].map((w) => skeleton(normaliseText(w))));
const isNumber = (t: string) => /^\p{N}+$/u.test(t);

/**
 * A suicide hit that ends on waking and is followed by how early ("hoy no quiero despertar temprano",
 * "i dont want to wake up at 5 again") is about getting up, not about never waking: reported as
 * negated, like residenceNotLife. "Nunca más" and "never again" are no time of day and keep the hit.
 */
export function wakingAtATime<C extends string>(
  hits: readonly ConceptHit<C>[],
  analysis: TextAnalysis,
  concepts: ReadonlySet<C>,
): ConceptHit<C>[] {
  const { tokens } = analysis;
  return mapHits(hits, (hit) => {
    if (hit.negated || !concepts.has(hit.concept)) return hit;
    let wake = -1;
    for (let i = hit.start; i <= hit.end; i++) if (WAKE_WORDS.has(tokens[i] ?? '')) wake = i;
    if (wake < 0) return hit;
    // "wake up", "wakker worden": the particle or verb after the waking word belongs to it.
    const from = Math.max(wake, hit.end);
    for (let k = 1; k <= 2; k++) {
      const t = tokens[from + k] ?? '';
      if (WAKE_TIME.has(t) || isNumber(t) || (WAKE_AT.has(t) && isNumber(tokens[from + k + 1] ?? ''))) return negatedAs(hit, true);
    }
    return hit;
  });
}
