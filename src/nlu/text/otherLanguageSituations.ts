/**
 * The situations of danger now, and the distance from them, in the other languages citizens write
 * in on the Dutch or English page, joined to the Dutch and English phrases of the danger screen's
 * lexicons (src/safety/situations.ts) so that "ieslēdza", "waxaa lagu xiray" or "m7bousa" is read
 * as the confinement "opgesloten" is, and "am auzit de la un prieten" as the hearsay "ik hoorde".
 *
 * Round 26 (otherlang26): the screen's own lexicons had the strongest situations in Polish,
 * Romanian, Bulgarian, Russian/Ukrainian, Turkish, Spanish, Portuguese, Hungarian and Arabic
 * script, but none in Latvian, Lithuanian, Somali, Tigrinya, Moroccan and Levantine Arabic in Latin
 * letters, Persian, Dari or Italian, no Russian, Ukrainian or Bulgarian typed in Latin letters, and
 * almost no distance (hearsay, not being sure, a past job, someone home and well) in any of them.
 * Those messages got their danger from the model's score of words it had hardly seen.
 *
 * Written from the developer's own knowledge of these languages, by situation (the labelling
 * guide's list: confinement, papers or a phone taken, threats, weapons, injury without care, a minor
 * moved, a deadline "or else", a cry for help) and by kind of distance, not from tuning messages.
 * Stems end in `*` where a language inflects (Slavic, Baltic and Hungarian endings); the tokens have
 * no diacritics (the tokenizer drops them), Polish "nie" is read as "niet" (the chat-slang step),
 * and words that are also common Dutch or English words, or another of these languages' words
 * for something harmless (Lithuanian "uždarbis" is earnings, Russian "krovat'" a bed, Hungarian
 * "megoldás" a solution), are left out or bound to a neighbour. Phrase syntax: concepts.ts.
 */
import type { Lexicon } from './concepts';

/** Extra phrases per concept, joined after a lexicon's own. */
export type LexiconAdditions<C extends string> = Readonly<Partial<Record<C, readonly string[]>>>;

/** The lexicon with the additions joined after each concept's own phrases (its own come first, so their hits keep their order). */
export function withAdditions<C extends string>(own: Lexicon<C>, additions: LexiconAdditions<C>): Lexicon<C> {
  const out = {} as Record<C, readonly string[]>;
  for (const concept of Object.keys(own) as C[]) out[concept] = [...own[concept], ...(additions[concept] ?? [])];
  return out;
}

type OtherSituation =
  | 'confined'
  | 'guarded'
  | 'documents'
  | 'phone'
  | 'taken'
  | 'violence'
  | 'threat'
  | 'or_else'
  | 'soon'
  | 'weapon'
  | 'injury'
  | 'no_care'
  | 'minor'
  | 'moved'
  | 'deadline'
  | 'payment'
  | 'alarm'
  | 'silence'
  | 'fear'
  | 'call_for_help';

type OtherDistance = 'denied' | 'past' | 'now' | 'safe_now' | 'third_hand' | 'not_urgent';

export const OTHER_LANGUAGE_SITUATIONS: LexiconAdditions<OtherSituation> = {
  confined: [
    // Latvian, Lithuanian.
    'iesledz*|ieslodz*|ieslegt*|ieslegts|ieslegta|aizsledz*|aizslegt*|nevaru iziet|nevaram iziet',
    'nelauj ~2 iziet|aiziet',
    'nelaiz* ~2 ara',
    'uzrakin*|uzdare|uzdaro|uzdarytas|uzdaryta|uzdaryti|negaliu iseiti|negalime iseiti|neisleidzia',
    'neleidzia ~2 iseiti',
    // Somali: "waa la xiray", "waxaa lagu xiray guri", "ma bixi karo".
    'lagu xiray|la xiray|iga xiray|naga xiray|ku xiran|xiran yahay|xirmay|ma bixi karo|ma bixi karno|uma ogola inay baxdo|uma ogola inaan baxo',
    // Tigrinya in Latin letters: shut in, imprisoned, cannot get out.
    'teatsiya|teatsiyu|teatsiye|teatsina|teatsire|teatsira|teasiru|teasira|teasire|teasirna|atsiyomuni|atsiyuna|atsiyuwa|kiwetse aykielin|kwetsi aykielin|kwetsi ayikielin|kiwetsi ayikielin',
    // Moroccan and Levantine Arabic in Latin letters (digits for sounds), Egyptian.
    'm7bous*|mhbous*|ma7bous*|me7bous*|ma7bous|habsouni|7absouni|7absni|7bsouni|sakrou 3lia|sakrou 3lina|msakar 3lia|msakker 3alay|sakkaro 3alay|m9foul|ma2foul|m2afal 3alay|2afal 3alay|2afalo 3alay',
    'ma kaykhliwnich|ma kay5liwnich|ma kaykhalliwnich|ma bikhallouni|ma bi5allouni|ma bykhalouni|mamnou3 nkhrej|mamnou3 nkhrj|mamnou3 ennou|mamnoo3 atla3|ma ne9derch nkhrej|ma n9derch nkhrj|ma2derch atla3|ma bade2dar etla3',
    'قفل علي|قفل علينا|قفلوا علي|قفلوا علينا|سكر علي|سكروا علي|سكروا علينا|محتجز*|مخطوف*|ما كيخليونيش نخرج',
    'ممنوع|ممنوعة ~2 الخروج',
    'ما بيخلوني|ما يخلوني ~1 اطلع',
    // Persian and Dari, in their letters and in Latin letters.
    'زندانی|حبس|قفل کرد*',
    'در را|درو ~2 قفل',
    'نمیذارن|نمی‌گذارند|نمیگذارند|نمیتونم|نمی توانم|نمیتوانم ~2 بیرون',
    'zendani|qofl kard*|ghofl kard*|dar ra qofl|nemizaran biroon|nemizaran birun|nemigozaran biroon|nemitonam biroon|nemitunam birun|nametanom birun|namanan ke birun',
    // Italian.
    'chiusa dentro|chiuso dentro|chiusi dentro|chiuse dentro|rinchius*|sequestrat*|a chiave|non posso uscire|non possiamo uscire|non puo uscire|non mi fanno uscire|non ci fanno uscire|non la fanno uscire|non lo fanno uscire|non la lasciano uscire',
    // Russian, Ukrainian and Bulgarian typed in Latin letters.
    'zaperli|zaperla|zaper|zapert*|zakryli nas|zakryli menya|zamknuly|zamknuli|zachynyly|zachynyv|zachynyla|zaklyuchen*|zaklyuchili|zaklyuchiha|zatvoriha',
    'ne vypuskaj*|ne vypuskay*|ne vypuskayut|ne vipuskayut|ne vypuskaiut|ne vypuskajut|ne vypuskaut|ne puskayut|ne puskat|ne ni puskat|ne me puskat|ne ya puskat',
    'ne mogu|ne mozhem ~2 vyiti|vyjti|ujti|uiti|uyti',
    'ne mozhu ~2 vyity|vyjty|piti',
    'ne mozhem|ne moga ~2 da izlezem|da izlyaza',
    // Slavic, Romanian, Spanish, Portuguese, Turkish and Hungarian stems beside the screen's full words.
    'uwiezion*|uwiez*|zamknel*|zamkneli|zamkniec*|sechestr*|tinuta inchisa|tinut inchis|tinuti inchisi',
    'trzymaja nas ~2 zamknie*',
    'заперт*|запер|заперла|заперли|замкнул*|замкнен*|зачинил*|зачинен*|зачинив*|затворен*|затвориха',
    'не ~1 выпуска*|випуска*|пуска*',
    'държат ~2 затворен*',
    'secuestrad*|retenid*|me tienen encerrad*|nos tienen encerrad*|sequestrad*|presa em casa|presa no quarto|presos em casa|trancad*',
    'nao me deixa|nao a deixa|nao o deixa ~2 sair',
    'kilitl*|hapsett*|hapsed*|alikon*|kapattilar|odaya kapatti|disari cikarmiyor*|cikarmiyor*|salmiyor*',
    'gitmeme izin|cikmama izin ~1 vermiyor*',
    'bezar*|fogva tart*',
    'nem engednek|nem engedik|nem enged ~2 ki',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '关起来|關起來|关在|關在|锁在|鎖在|锁起来|鎖起來|被关|被關|被锁|被鎖|不让我出去|不讓我出去|不让我们出去|不讓我們出去|不准出去|不准我出去|不让我出门|不讓我出門|出不去|閉じ込め|監禁|外に出られない|出してくれない|ถูกขัง|ขังไว้|กักขัง|ออกไปไม่ได้|ไม่ให้ออกไป|ไม่ให้ออกจาก',
  ],
  guarded: [
    'vins stav ~2 ara',
    'sarga mus|saugo mus|stebi mus|ilaaliya|ilaaliyaan|kaygardiw|kay3ssou 3lina|bi ra2buna|يراقبنا|يراقبني|مراقب*|مراقبة|zir nazar|زیر نظر|ci sorvegli*|ci controll*|sledyat|stezhat|sledat|следят|стежать',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '监视|監視|看守|看着我们|看著我們|盯着我|盯著我|見張|ถูกเฝ้า|เฝ้าดู',
  ],
  documents: [
    'manu pasi|vina pasi|vinas pasi|vinu pasi|savu pasi|dokument*|pasportu|pasporta|pasportas|asmens dokument*|baasaboor*|basaboor*|dukumenti|dokumentiga|warqad*|wereqet|passport*|pasport*|paspor*|madarek|مدارک|گذرنامه|پاسپورت|passaport*|documenti|paszport*|pasaport*|dokumenty|dowod osobisty|lichnata karta|lichna karta|dokumenty|dokumenti',
    'جواز|الباسبور|الباسپور|باسبور|lpaspor|lpasspor|lpasport|lbasbor|basbor|lwra9|lwra9i|lwara9|wra9i|awra2i|awra2',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '护照|護照|证件|證件|身份证|身份證|居留卡|パスポート|在留カード|หนังสือเดินทาง|พาสปอร์ต',
  ],
  phone: [
    'telefona*|telefonu|telefons|telefonas|taleefan*|telefoonka|mobilka|mobilni|cellulare|telefonino|تلفون*|تليفون*|موبايل*|جوال*|هاتف*|گوشی*|موبایل*|tilifoun|tilifon|portable|lportable|lmobile|mobail|mobayl|goshi|gooshi|telefoni|telefonin|telefonun|telefonumu|telefonunu',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '手机|手機|电话|電話|携帯|スマホ|โทรศัพท์|มือถือ',
  ],
  taken: [
    'panema|panemis|atnema|atnemis|paturej*|patur|ateme|atemes|paeme|paemes|pasiliko|pasilieka|laiko pas save',
    'qaatay|qaateen|ka qaaday|ka qaadeen|haysta|hayaa|wesidu|wesida|wesiduwo|wesidom|hizu|hiziwo|tehizu',
    'اخذ*|أخذ*|سحب*|شال|شالوا|khda|khdaw|5da|5daw|akhad|a5ad|akhadou|a5adou|khadou|5adou|sha7at|shal|shalou',
    'گرفت*|ازم گرفت|gereft*|grift*|gerefta|gereftan|gereftand',
    'preso|presi|tolto|tolti|trattiene|tiene|ha preso|hanno preso|zabral*|zabrala|zabrali|otobral*|otnyal*|vzyal*|vzyali|vzeha|vze|zabrav|zabraly|vidibrav|vidibraly|забра*|отобра*|відібра*|отне*',
    'zabrał*|zabierz*|odebral*|odebrał*|luat*|confiscat*|retinut*|le-a luat|mi-a luat|ni le-a luat|aldi|aldilar|elaldi|el koydu|quitado|quitaron|retiene|retuvo|tirou|tiraram|ficou com|fica com|ficaram com|elvett*|elvitte',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '拿走|收走|没收|沒收|扣押|扣着|扣著|在他那里|在他那裡|在他手里|在他手裡|取られ|取り上げ|没収|ยึด|เอาไป',
  ],
  violence: [
    'piekav*|piekau*|sita mani|sit mani|sitis mani|sita vinu|sita vinu|sitiens|musa mane|musa ja|sumuse|sumuse mane|primuse|muse mane|muse ja',
    'garaacay|garaacaa|garaacday|garaaci|garaaco|ku dhuftay|iga dhuftay|dhufta|dhuftay|harimuni|harimuwa|harimuwo|weqiuni|weqiuwa|weqiuwo|yiweqi|yiweqiu',
    'ydrbni|yedrabni|drabni|darabni|kaydrbni|kaydrbna|kaydrebni|byedrabni|byedrobni|yedrobni|drabouh|drbouh|drbouha|darabouh|kaydrbha|kaydrbou|kaydrb*|kaydreb*|tdrab|tedrab|ضربني|ضربوني|ضربوه|ضربوها|بيضربني|يضربني|يضربها|يضربوا|يضربون*',
    'کتک|کتکم|میزنه|می‌زند|منو زد|kotak|kotakam|mizane|mizanad|mizanan|mara zad|mara mizana|mara mezana|mara lat|lat o kob|latokob',
    'picchia*|botte|percoss*|mi ha colpito|ci ha colpito',
    'izbil*|izbila|pobil*|pobila|b`yot|byot|byut|bjot|bjut|biyat|bie me|me bie|ni biyat|ne biyat|napadna|udaril*|udari|udariv|pobyv|pobyly|izbyv|izbyly|пребил*|пребит*|избит*|побит*|побои|избива*|бия|удари*',
    'bija nas|bije nas|bije mnie|pobil*|pobity|pobita|ne bat|ma bate|o bate|il bate|dovuyor*|dovdu*|dovecek*|dovuldu|pegan|golpean|golpeo|golpeado|golpeada|bateram|espancad*|megver*|ver engem|vernek minket',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '打我|打了我|打我们|打我們|打她|打他|被打|殴打|毆打|揍我|打伤|打傷|殴られ|叩かれ|暴力|ทำร้าย|ทุบตี|ถูกตบ',
  ],
  threat: [
    'draud*|draudeja|draudejis|grasin*|grasina|grasino|nuzudys|nusaus|nogalinas|nogalinat|nogalinas',
    'handadaa|handadday|hanjabay|u hanjabay|dili doonaa|dili doona|dilayaa|dilaya',
    'nqetlo|nqetla|nqetlka|qetilu|qetila|kiqetlu*|kiqetluwo|kqetl*|kqtl*|kqetelo|kiqetil*|yqetlu*|yqetl*|kiferarh*|ferarhu',
    'ghadi y9tlni|ghadi y9tlouh|ghadi y9tlha|ghadi y9tel|y9tlni|y9tlouh|y9tlha|y9tel|y9etlouh|yqtol|yqtolni|y2tol|bi2tol|bi2tlak|bi2tlo|bi2telni|ra7 y2tlo|ra7 y2tolni|hadded|hadedni|kayhdd|kayhddeni|kayhaddad|tehdid|tahdid|ghadi yhrg|ghadi y7r9|y7r9ou',
    'يهدد*|هدد*|تهديد*|سيقتل*|راح يقتل*|غادي يقتل*|بيقتل*|يقتل*|نقتل*|يذبح*|يحرق*',
    'تهدید*|میکشم|میکشه|می‌کشد|می کشد|میکشد|بکشه|میکشنش|tahdid*|mikoshe|mikosham|mikoshan|mikushe|mikusha|mekusha|mekushan|mikushan|mikushom|mekosht|mikosht|bokosh',
    'minaccia*|minacciat*|ammazzo|ammazza|ammazzano|ammazzare|ammazzarlo|ammazzarla|uccid*|ti ammazzo|lo ammazzo|la ammazzo',
    'ugrozh*|ugroz*|grozit*|pogrozh*|zaplashva*|zaplashi*|ubyu|ubiyu|ubiya|ubiyat|ubie|ubyut|ubjut|ubit|vbyty|vbyu|zakopayu|zakopaem',
    'погрож*|вб`ю|вбʼю|вб’ю|вбити|убью|убьют|убьем|убить|убия|убият|убие|закопа*',
    'ще ~2 убия|убият|убие',
    'zabij*|zabiję|zabije|zabiją|zabija|zabiem|omor*|ucid*|te omor|va omori|matar|matarme|matarla|matarlo|matarnos|te mato|la mato|lo mato|nos mata*|vou matar|vao matar|mata-lo|mata-la|oldur*|megolnek|megoli|megol|megollek|megolom|megolnek minket',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '杀了我|殺了我|杀我|殺我|要杀|要殺|杀死|殺死|打死|弄死|威胁|威脅|恐吓|恐嚇|殺す|殺され|脅さ|脅迫|ฆ่า|ขู่',
  ],
  or_else: [
    'citadi|pretēja gadijuma|pretēja gadījumā|pretēja|kitaip|antraip|haddii kale|haddii aadan|haddii aanad|zeykefelkum|zeykefelna|zeykefel*|zeykifel*|entezeykfel*|entezeykefel*|zeykefelkumni',
    'wla ghadi|wila ghadi|wela ghadi|ila ma|iza ma|law ma|وإلا|والا|وإلّا|وگرنه|wagarna|vagarna|wagarne|vagarne|altrimenti|inache|inakshe|inakse|inakche|yoksa|aksi takdirde|ellenkezo esetben|sonst',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '否则|否則|不然的话|不然的話|さもないと|ไม่งั้น|มิฉะนั้น',
  ],
  soon: [
    'sovakar|sonakt|sodien|lidz rit|rit no rita|siandien|sivakar|sianakt|rytoj|caawa|maanta|berri|caawaba|lomi|lomi leyti|lomi mishet|tsibah|tsebah|lyouma|lyoum|lyom|lyoma|had lil|hal lil|had lila|lyla|ghedda|ghda|bukra|bokra|lelliya|elleila|ellela|الليلة|اليوم|غدا|بكرة|بكره|امشب|امروز|فردا|emshab|emshow|emshaw|emrooz|emruz|farda|stasera|stanotte|oggi|domani|segodnya|sevodnya|zavtra|vecherom|vecherem|siogodni|sogodni|vvecheri|uvecheri|vnochi|dovechera|utre|dnes|tazi vecher|сьогодні|ввечері|вночі|увечері|тази вечер|hoje a noite|logo a noite|esta tarde|ce soir|aujourd|demain',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '今晚|今天晚上|今夜|马上|馬上|すぐに|คืนนี้|เดี๋ยวนี้',
  ],
  weapon: [
    'ar nazi|pistole|ierocis|ierocs|ieroci|nuja|peilis|peili|peiliu|pistoletas|ginklas|ginkla|mindi|mindiyo|qori|bastoolad|bistoolad|sheghor|shgor|sekin|sikkin*|sekkin*|jenwi|janwi|jnwi|lmous|lmouss|msaddas|mesaddas|slah|سلاح|چاقو|تفنگ|اسلحه|chaqu|chaqoo|chaghoo|chaqo|tofang|tufang|aslaha|coltell*|pistola|nozh*|nozhem|nozhom|pistolet*|britva|bita|palka|palkoi|нож*|бита|палк*|ствол',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '拿刀|持刀|拿着刀|拿著刀|刀子|手枪|手槍|有枪|有槍|拿枪|拿槍|ナイフ|包丁を|銃|มีด|ปืน',
  ],
  injury: [
    'asino|asinot*|ievainot*|salauzt*|lauzta|lauzts|luzis|savainot*|traumet*|kraujuoja|kraujavimas|suzeist*|susizeid*|susizeide|luzo|sulauz*|sulauze|sutin*|dhaawac*|dhiig|dhiigay|jabtay|jabay|tewegi*|qusli|qusil|mjrouh|mjroh|majrou7|majroo7|mjrou7|mjro7|mkser|mkasra|maksour|mkassar|mksour|kaysil|kaynzef|bynzof|btinzof|مجروح*|ينزف|تنزف|نزيف|مكسور*|زخمی|خونریزی|شکسته|zakhmi|khunrizi|shekaste|shekasta|ferit*|sanguina|lividi|rotto|rotta|ranen*|ranena|poranen*|krov|krovi|krovyu|krovotech*|slomal*|slomana|slomannaya|zlamav*|zlamana|schupen*|schupi|ранен*|поранен*|травм*|зламав*|счупи',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '受伤|受傷|流血|出血|骨折|伤口|傷口|伤痕|傷痕|有伤|有傷|怪我|けが|血が|บาดเจ็บ|เลือดออก|แผล',
  ],
  no_care: [
    'nelauj ~4 arst*|slimnic*',
    'neleidzia|neleido ~4 gydytoj*|ligonin*',
    'uma ogola ~4 dhakhtar*|isbitaal*|cisbitaal*',
    'ma|mamnou3|ما|لا|ممنوع|ممنوعة ~4 tbib|sbitar|mostashfa|mustashfa|lmostashfa|الطبيب|طبيب|دكتور|الدكتور|المستشفى|مستشفى',
    'nemizare|nemizaran|نمیذاره|نمیذارن ~4 doktor|daktar|bimarestan|دکتر|بیمارستان',
    'non ~4 medico|ospedale|pronto soccorso',
    'ne ~4 vrach*|bolnic*|bolnits*|likar*|likarn*|lekar|bolnitsa',
    'niet ~4 pogotow*',
    'doktora|hastaneye ~3 izin yok|gotur*',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '不让 ~3 看医生|看醫生|去医院|去醫院',
    '不能去医院|不能去醫院|不带我去医院|不帶我去醫院|病院に行かせ|ไม่ให้ไปหาหมอ|ไม่ให้ไปโรงพยาบาล',
  ],
  minor: [
    'dukra|dukt*|sunus|sunu|vaikas|vaik*|meita|meitu|dels|delu|berns|berni|gabadhay|gabdhay|ilmo|caruur|gual|guale|wedey|qolea|qolu|wlidi|weldi|bnti|binti|bint|ibni|tifl|بنتي|ابني|ولدي|طفل*|قاصر*|دخترم|پسرم|بچه|dokhtaram|pesaram|bacha|bache|figlia|figlio|bambin*|ragazzin*|minorenne|nipote|docheri|dochka|dochku|syn|syna|sina|dashterya|dete|rebenok|dytyna|plemennyk|plemyannik',
    '# ~0 yasinda|lat|lata|letnia|letni|ani|anos|anios|eves|godini|godina|godishna|godishen|godishno|години|годишна|годишен|лет|роки|років|rokiv|let|sanah|sal|sala|sale|3am|3ame|ans|anni|gadus|gadi|metu|metai|jir|sano|سال|سنة|سنين|عام',
  ],
  moved: [
    'uvezut|uvezti|otvezut|otvezti|otpravyat|otpravit|vyvezut|vyvezti|vyvezty|vidvezut|otvedat|otvezhdat|izpratyat|portare via|portarla via|portarlo via|la porta|lo porta|la portano|lo portano|la mandano|lo mandano|la qaadi doono|u qaadi doonaa|qaadi doonaa|kiwesdwa|kiwesduwo|kiwesdu|yiwesduwa|yiwesdwa|nab kale bota|yddiha|ydiha|yakhodha|ywaddiha|ywadiha|yb3tha|yb3atha|yd7ha|ydiha l|ghadi ydiha|سيأخذها|ياخذها|يوديها|يوديه|ينقلها|يسفرها|يسفره|mebara|mibare|mibarand|mebarand|mibarash|mebarash|میبره|می‌برد|می برد|میبرن|aizvedis|aizvest|aizvedis|isves|isvezti|nuves|nuvezti|isveza|goturecekler|goturuyor*|gotur*|elvisz*|wywioza|wywiezie|zabiora|zabierze|o duc|il duc|o trimit|il trimit|o vor duce|il vor duce',
  ],
  deadline: [
    'lidz piektdienai|lidz rit|lidz ritdienai|iki penktadienio|iki rytojaus|iki vakaro|ilaa berri|ilaa jimcaha|qbel jm3a|qbel lyouma|qbl ghda|qbel ghedda|قبل الجمعة|قبل بكرة|قبل غدا|حتى بكرة|ta farda|تا فردا|ta emshab|entro domani|entro venerdi|entro stasera|do zavtra|do pyatnitsy|do piatnytsi|do utre|do petak|до завтра|до утре|до пятниці|do jutra|pana maine|antes de manana|para manana|ate amanha|yarina kadar|aksama kadar|holnapig|estig',
  ],
  payment: [
    'parads|paradu|paradus|skolos|skolu|skolininkas|samaksat|skol*|sumoketi|atiduoti|lacag|lacagta|deyn|deynta|lacagta bixi|dolar|dolaar|kefil*|kifil*|kfel*|دين|فلوس|flous|flouss|floos|dyn|diyn|ndfa3|nkhlls|nkhalles|sadd|پول|قرض|paisa|paysa|paise|qarz|gharz|debito|soldi|pagare|dolg|dolga|dengi|zaplatit|vernut|hroshi|долг|борг|гроші|деньги|vratish|dalg|parite|dlug*|datori*|plati|borc*|deuda|pagar|divida|tartoz*',
  ],
  alarm: [
    'atbrauc pec manis|nak man pakaļ|atvaziuok manes|pasiimk mane|kaalay oo i qaad|i soo qaad|na3rani|ta3ala khudni|ji tjibni|aji 3endi|bi2allah ta3ala|بيا دنبالم|بیا منو ببر|bia dombalam|vieni a prendermi|portami via|zaberi menya|priezhai za mnoi|priedz za mnoy|ela me vzemi|ela da me vzemesh|zabierz mnie stad|vino dupa mine|ven por mi|vem buscar-me|gel beni al|beni buradan al',
  ],
  silence: [
    'neatbild|neatbilde|neatsako|neatsiliepia|kama jawaabin|ma jawaabin|telefonka waa dansan|aymelsen|ayimelsen|ma kayjawbch|ma kayjaweb|ma b yrod|ma 3am yrod|ma 3am btrod|مبيردش|ما يردش|ما كيجاوبش|جواب نمیده|javab nemide|javab nemidahad|jawab namete|non risponde|non risponde piu|ne otvechaet|ne otvechayet|ne vidpovidaye|ne otgovarya|ne vdiga|не вдига|не отговаря|не вдигa|niet odbiera|niet odpisuje|nu raspunde|nu mai raspunde|cevap vermiyor|acmiyor|no contesta|nao responde|nao atende|nem veszi fel|nem valaszol',
  ],
  fear: [
    'baidos|baidas|bijau|bijome|baqay|aad u baqay|ferihe|ferihu|ferihna|khayfa|khayef|5ayfa|5ayef|khaifa|khayfin|خايف*|خائف*|ترسيدم|میترسم|metarsam|mitarsam|ho paura|paura|boyus|boyusya|boyus|strashno|boyu|straх|боя се|страхувам|bardzo sie boje|mi-e teama|ma tem|tengo miedo|tenho medo|korkuyor*|felek|felunk',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '害怕|我怕|很怕|好怕|怖い|こわい|กลัว',
  ],
  call_for_help: [
    'palidziet*|palidzi|palidziba|padekite|padek|pagalbos|gargaar|i caawi*|caawiya|naga caawi*|hagez|hagizuni|hagizna|hagizu|hagezuni|bejakum|bejaikum|3awnouni|3awnoni|sa3douni|sa3dni|sa3idni|sa3edni|ساعدوني|ساعدني|النجدة|الحقوني|kumak|komak|کمک|komakam konid|aiuto|aiutatemi|aiutami|pomogite|pomogi|dopomozhit*|dopomozhy|pomognete|pomogni',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '救命|救救我|帮帮我|幫幫我|帮我|幫我|快报警|快報警|助けて|ช่วยด้วย|ช่วยฉัน|ช่วยหนู|ช่วยผม',
  ],
};

export const OTHER_LANGUAGE_DISTANCES: LexiconAdditions<OtherDistance> = {
  denied: [
    'niet ~1 ma niebezpieczenstwa',
    // Not urgent, said in so many words: "ne e speshno", "nu e urgent", "acil değil".
    'не е спешно|не е срочно|не спешно|не срочно|не терміново|ne e speshno|ne e sporno|ne speshno|ne srochno|ne terminovo|niet jest pilne|niet pilne|nu e urgent|nu este urgent|nu e grav|acil degil|no es urgente|nao e urgente|nem surgos|non e urgente|nav steidzami|neskubu',
    'nu s-a intamplat nimic|nu sa intamplat nimic|nimic rau|nimic grav|nic sie niet stalo|nic zlego|nichego ne sluchilos|nichego strashnogo|nischo ne se e sluchilo|nishto losho|нищо не се е случило|нищо лошо|ничего не случилось|нічого не сталося|bir sey olmadi|kimse tehdit etmiyor|no ha pasado nada|no paso nada|nadie nos amenaza|nao aconteceu nada|ninguem nos ameaca|nem tortent semmi|nessun pericolo|non e urgente|nav briesmu|nera pavojaus|khatar nist|خطری نیست|ما في خطر|لا يوجد خطر|ma kayn hta khatar|ma kayn walou',
  ],
  past: [
    'kiedy pracowal*|gdy pracowal*|cand lucram|cand am lucrat|когато работех|когда я работал*|коли я працював|коли я працювала|kogda ya rabotal*|koli ya pratsyuvav|calisirken|calistigim zaman|cuando trabajaba|quando trabalhava|quando eu trabalhava|amikor dolgoztam|quando lavoravo|kad es stradaju|kai dirbau|markii aan ka shaqeynayay|lemma kunt nkhdem|mli kont khdam|waqti kar mikardam|وقتی کار میکردم|عندما كنت أعمل|lma kunt eshteghel',
    'pries # metus|pries metus|pries # menesius|pirms # gadiem|pirms gada|pirms # menesiem|# anni fa|un anno fa|anno scorso|lanno scorso|# sal pish|# saal pish|پارسال|سال پیش|sal-e gozashte|sanad ka hor|# sano ka hor|3am lwl|l3am li fat|l3am li daz|hadi # snin|# snin hadi|qabl # snin|# godini nazad|predi # godini|# rokiv tomu|# let nazad|# goda nazad|w zeszlym roku|# lat temu|acum # ani',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '以前|去年|几年前|幾年前|那时候|那時候|以前の|昔|เมื่อก่อน|ปีที่แล้ว',
  ],
  now: [
    'tagad|paslaik|dabar|siuo metu|hadda|haatan|daba|دابا|الآن|الان|halla2|hala2|dlwa2ty|dlw2ty|دلوقتي|هلق|هلأ|alan|hala|حالا|adesso|in questo momento|seychas|sejchas|sichas|zaraz|sega|v momenta|v moment|acuma|chiar acum|ahorita|agora mesmo|simdi|su an',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '现在|現在|此刻|正在|今すぐ|いま|ตอนนี้|ขณะนี้',
  ],
  safe_now: [
    // Well now, said of oneself or of the one the story is about ("tya e dobre", "hoje eu tô bem"); a bare "e bine" is left out, since Romanian "nu" (not) is read as the Dutch "nu".
    'sam dobre|съм добре|тя е добре|той е добре|tya e dobre|toy e dobre|sega sam dobre|si e bine|acum e bine|acum sunt bine|sunt bine acum|estou bem|to bem|ja estou bem|estoy bien|ya estoy bien|jol vagyok|most jol vagyok|czuje sie dobrze|juz jest dobrze|iyiyim|simdi iyiyim|я в порядку|у меня все хорошо|zaraz vse dobre|ya v poryadku',
    'a ajuns ~2 acasa',
    'e bine acum|este bine acum|e acasa|a ajuns acasa|au ajuns acasa|jest w domu|wrocil* do domu|jest juz bezpieczn*|вернулся домой|вернулась домой|повернувся додому|повернулася додому|се прибра у дома|се прибра вкъщи|vernulsya domoy|vernulas domoy|povernuvsya dodomu|se pribra|eve dondu|evine dondu|artik guvende|volvio a casa|ya esta en casa|ya esta bien|voltou para casa|ja esta em casa|ja esta bem|hazaert|hazaertek|mar otthon van|e tornat* a casa|e al sicuro|sono al sicuro|ir majas|ir maja|jau majas|yra namie|jau namie|grizo namo|waa nabad|wuu nabad qabaa|way nabad qabtaa|ab geza alo|dehan alo|dehan ala|rja3 ldar|rj3at ldar|rja3 l dar|hiya f dar|hiya mzyana|رجع للبيت|رجعت للبيت|صار بأمان|صارت بأمان|برگشت خانه|خانه است|bargasht khana|salamat ast|dar aman ast|در امان',
  ],
  third_hand: [
    'am auzit|auzit de la|am aflat de la|slyszal*|slyszalam|slyszalem|podobno|mowia ze|ponoc|чух|чула|чул|слышал*|говорят|кажуть|казват|чув|chuh|chul|slyshal*|govoryat|kazhut|kazvat|duydum|duymus*|duyduk|soylentiler|he oido|me dijeron|me conto|dicen que|segun dicen|ouvi dizer|ouvi falar|me disseram|me contou|me contaram|dizem que|hallottam|azt mondjak|azt mondta|ho sentito|mi hanno detto|dicono che|dzirdeju|dzirdejam|stasta|girdejau|sako kad|waxaan maqlay|maqlay|سمعت|يقولون|قالوا لي|قالت لي|sme3t|sma3t|sme3na|galou lia|gallou lia|qalouli|shenidam|شنیدم|میگن|migan|mesmae|sem3e|semiae',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, one token a letter (normalise.ts), so a gap counts letters.
    '听说|聽說|听别人说|聽別人說|らしい|ได้ยินมาว่า',
  ],
  not_urgent: [
    'nu stiu sigur|nu sunt sigur*|niet jestem pewn*|niet wiem czy to|niet wiem czy jest|не знам дали това|не съм сигур*|не знаю чи це|не уверен*|не впевнен*|ne znam dali|ne sam sigur*|ne znayu chi|ne uveren*|emin degilim|bilmiyorum bu|no estoy segur*|no se si esto|no se si es|nao tenho certeza|nao sei se isso|nao sei se e|nem vagyok biztos|nem tudom hogy ez|non sono sicur*|non so se|nezinau ar|neesmu paresaut*|nezinu vai|ma hubo|nemidanam|نمیدانم|نمی‌دانم|لا أعرف إذا|ما بعرف إذا|مش متأكد|مش متأكدة|ma 3reftch wach|mani mt2akked|mish mit2akked',
  ],
};
