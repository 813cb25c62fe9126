/**
 * The plain words of a few concepts in the languages people write to the helpline in besides Dutch
 * and English: Polish, Romanian, Bulgarian and Ukrainian/Russian (in Cyrillic and in the Latin
 * letters many type them in), Arabic (in Arabic letters, and Moroccan Darija in Latin letters with
 * digits for sounds), Persian, Turkish, Spanish, Portuguese, Hungarian, Tigrinya, Amharic and
 * Somali in Latin letters, and Vietnamese and Thai in Latin letters without tone marks; since round 48
 * also the plainest words of work, pay, sex and drugs in French, German and Italian.
 *
 * The learned models read words they have seen; in these languages the corpus has few lines, so a
 * story in Bulgarian about a client or in Darija about drugs names its form in words the models
 * never weighed, and the models fell back on what they had learned of other-language lines in
 * general (mostly labour stories of seasonal workers). Each concept here joins a situation of the
 * form lexicon (src/nlu/model/formSituations.ts) or a topic (src/nlu/topics.ts), whose weights the
 * models learned from every language: "klienti" then counts as what "clients" counts for.
 *
 * Written from the developer's own knowledge of these languages and checked against common
 * dictionaries (Wiktionary entries for the words of work, pay, sex work, drugs and organs in each
 * language); words that are also a Dutch or English word ("nu", "is", "bar", "rim" alone, "peste")
 * or that change meaning without their diacritics (Vietnamese "ban than": a kidney or a body) are
 * left out. Phrase syntax: src/nlu/text/concepts.ts.
 */

export const OTHER_LANGUAGE_CONCEPTS = [
  // What the person is made to do, and for whom.
  'work_kind',
  'pay',
  'boss',
  'sex_work',
  'clients',
  'pimp',
  'drugs',
  'theft',
  'bank',
  'organ',
  // The terms of the work and what the person is made to do, told by the situation (forms23).
  'hours',
  'pay_kept',
  'work_bed',
  'men_sent',
  'night_sum',
  'nude_photos',
  'begging',
  // Short messages.
  'greeting',
  'thanks',
  'goodbye',
  'yes',
  'no',
  'human',
  // The citizen's own questions.
  'is_it',
  'anonymity',
  'police',
  'privacy',
  'lose_job',
  'deported',
  'own_language',
] as const;
export type OtherLanguageConcept = (typeof OTHER_LANGUAGE_CONCEPTS)[number];

export const OTHER_LANGUAGE_LEXICON: Readonly<Record<OtherLanguageConcept, readonly string[]>> = {
  // Kinds of work and workplaces where labour exploitation is common.
  work_kind: [
    'praca na czarno|sprzata*|na budowie|w fabryce|w szklarni|przy zbiorach|myjni*',
    'munca la negru|la curatenie|pe santier|in fabrica|la cules|spalatorie auto|spalatoria auto',
    'rabota na cherno|chistene|na stroeja|vav fabrika|oranzheri*|beritba',
    'работа на черно|чистачк*|на строежа|във фабрика',
    'na stroike|na stroyke|na zavode|na ferme|uborka|rabotat na',
    'на стройке|на заводе|на фермі|на фабриці|прибиральниц*|уборщиц*|різноробоч*|разнорабоч*',
    'takaritono|takaritas*|epitkezesen|gyarban',
    'insaatta|fabrikada|tarlada|temizlikci*|bulasik*',
    'limpiando casas|limpiar casas|en la obra|en el campo|en una fabrica|lavaplatos|interna',
    'limpando casas|limpar casas|na obra|numa fabrica|na apanha|empregada domestica|faxineira|faxina',
    'خادمة|شغالة|عاملة منزلية|تنظيف البيوت|مطعم|مزارع|بالفلاحة',
    'khdama|kaykhdem|kankhdem|tankhdem|khedma f|khdma f',
    'f warsha|b warsha|f mat3am|b mat3am|f masna3|b masna3',
    'نظافت|کارگر|کارگاه|کارخانه|ساختمان سازی|خانه های مردم',
    // Arabic writes the article and "in"/"with" onto the noun ("المصنع", "بالمزرعة"): the bare
    // nouns of the situations lexicon meet none of them (forms21).
    'المزرعة|بالمزرعة|المصنع|بالمصنع|المستودع|بالمستودع|الورشة|بالورشة|المطعم|بالمطعم|البناء|التنظيف|الفلاحة|الحقل|بالحقل',
    'يشتغل في|يشتغل عند|تشتغل عند|أشتغل عند|اشتغل عند|يعمل عند|تعمل عند|أعمل عند|اعمل عند',
    'karkhana|kar mikardam|kar mikonam|kar mikone|kargar|kargari|sakhtoman|nezafat',
    'ma7al|b ma7al|3am yeshteghel|3am eshteghel|3am teshteghel|byeshteghel|bteshteghel',
    'tiem nail|lam nail|nha hang|lam phu ho|cong xuong',
    'rong ngan|tham ngan rong|tham ngan fam',
    'shaqo guri|shaqada guriga',
    // Somali "works at" and the farm and warehouse ("beer" alone is English and Dutch), round 30: a
    // farm worker's unpaid wage named the boss and the pay but no work, and the form fell to unknown.
    'ka shaqeeyaa|ka shaqeysaa|ka shaqeeya|ka shaqeeyo|beerta|beeraha|bakhaar',
    'serah geza|sirah geza|ab geza sirah|yebet serategna|bet serategna',
    // Care and housework in a family, and the workplaces missing above; Tigrinya and Kurmanji in
    // Latin letters "I work" / "makes me work" (forms23).
    'opiekunk*|niania|pomoc domowa|sprzataczk*|w chlodni|w przetworni|na fermie|przy pieczarkach',
    'ingrijitoare|menajera|femeie de serviciu|ca bona|bona la|spalatori* de masini|spalatori* auto|la abator|la sere|la ferma|in depozit|la pui',
    'бавачка|детегледачка|домашна помощница|чистачка|в склада|в кланица*|babachka|detegledachka',
    "няня|доглядальниц*|сиделк*|домробітниц*|прислуг*|м'ясокомбінат*|мясокомбинат*|птахофабрик*|птицефабрик*|на складі|на складе|в теплиці|в теплице",
    'dadi|dadilik|bakici|hizmetci|ev isi|evlerde temizlik|seralarda|depoda|kesimhane*|tavuk fabrika*|mantar fabrika*',
    'ninera|empleada de hogar|empleada domestica|cuidadora|limpiadora|en una finca|finca de|en el invernadero|en el almacen|lavadero de coches|en el matadero',
    'de baba|como baba|trabalhar de baba|diarista|cuidadora|na estufa|no armazem|lavagem de carros|lava jato|no matadouro|nas obras',
    'مربية|جليسة أطفال|المسلخ|مسلخ|مغسلة سيارات|تركيب البلاط|في بيت عائلة|ببيت عائلة',
    'iserih|yeserih*|tiserih*|serihe|seriha|nserih|sirah|serah',
    'kar dikim|kar dike|kar dikin|dixebit*',
    // Hungarian workplaces beyond the building site and the factory (forms24: Hungarian had only
    // the plainest three, and a car wash or a greenhouse told no work).
    'automoso*|mosodaban|uveghaz*|raktar*|vagohid*|a farmon|farmon|gombatelep*|csomagolo*|konyhan dolgoz*|bejaro*|haztartas*',
    // Latvian and Lithuanian, which had no word here at all, and a restaurant in the spellings of
    // Turkish, Latvian and Tigrinya in Latin letters (forms24).
    'siltumnic*|noliktav*|rupnic*|buvlaukum*|uz buvem|stradaju|strada par|automazgatav*',
    'siltnam*|sandel*|statybose|statybvietej*|fabrike dirb*|dirbu',
    'restoran*|restorant*|yisereh|yiserih',
    // Round 28 (otherlang28): the languages of former Yugoslavia and Czech/Slovak had no work word, Lithuanian only the building site; a Turkish courier, nail studio or warehouse "to" or "from"
    'radim u|radim na|radimo u|radimo na|radi u|radi na|na gradilist*|na gradevin*|u tvornic*|u fabric*|u skladist*|u plastenik*|na farmi|preko agencije|spremacic*|cistim kuce',
    'радим у|радим на|на градилишту|у фабрици|у магацину',
    'pracuji v|pracuju v|pracuje v|v tovarne|na stavbe|ve sklade|ve skladu|ve skleniku|uklizim|uklizeck*|na farme',
    'w pracy|do pracy ~2 wykorzyst*',
    'ukyje|ukio darb*|fermoje|gamykl*|sandelyje|valau namus',
    'kurye*|kuryelik|tirnak stud*|tirnak salon*|kuafor*|depoya|depodan',
    // Round 38 (langform38): the work a person does, told by the task or the trade: a Turkish cook,
    // Portuguese offices cleaned at night, a Tagalog domestic helper, Darija housework (cooking,
    // minding the children), a Bulgarian, Czech or Polish warehouse ("sklad") and the asparagus and
    // strawberry fields of the Polish seasonal work.
    'asciyim|asci olarak|ascilik|mutfakta calis*|bulasikci*|garsonluk',
    'limpo|limpava|limpamos|limpar|limpando ~2 escritorios|casas|quartos|banheiros|hoteis',
    'kasambahay|katulong ako|katulong sa bahay|yaya ako|nagtatrabaho bilang|nagtatrabaho sa|trabaho ko',
    'katsayeb|katteyb|kattayeb|katkhdem f dar|katnaddaf|kat9ta3 dar',
    'kat3ess ~2 drari',
    'sklad|sklada|skladove|v sklad*|w hali|na hali|szparag*|przy truskawkach|przy pomidorach',
    // Round 40 (form40): Swahili, which had no word here (housework for a family, a farm, a factory, "works"),
    // Somali cleaning of houses, and the restaurant and kitchen in the Romance and Slavic spellings
    // ("restaurante" met only the English word's list, a Spanish restaurant story told no work).
    'kazi ya nyumbani|kazi za nyumbani|mfanyakazi wa ndani|mfanyakazi wa nyumbani|housegirl|shambani|kiwandani|anafanya kazi|ninafanya kazi|nafanya kazi',
    'nadiifiso|nadiifiyo|nadiifisaa|nadiifin ~2 guryo|guryaha|guriga',
    'restaurante*|en la cocina|na cozinha|in bucatarie|la bucatarie|w kuchni|w restauracji|restauracj*|ресторан*',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '餐馆|餐館|餐厅|餐廳|饭店|飯店|厨房|廚房|工厂|工廠|农场|農場|工地|打工|干活|幹活|洗碗|洗车|洗車|保姆|仓库|倉庫|美甲店|大棚|摘菜|工場|農場|工事現場|建設現場|レストラン|清掃|โรงงาน|ฟาร์ม|ร้านอาหาร|ไซต์ก่อสร้าง|ก่อสร้าง|แม่บ้าน',
    // Round 48 (form48): housework and care in a family told by the one who does it, where the lists
    // had no word: Ukrainian in Latin letters and both Cyrillic spellings of a maid, Darija "she makes
    // her work" and the maid, Amharic in Latin letters (housework, minding the children); and the
    // plain words of work in French, German and Italian, which had none.
    'nyanei|nyaneyu|nianeiu|nyanya|pokoyivk*|pokoivk*|prybyralnyts*|domrobitnyts*|pokojowk*|покоївк*|горничн*|домработниц*',
    'khddama|khaddama|katkhddem*|kaykhddem*|kankhddem|tankhddem|katkhdmha|kaykhdmha|kaykhdmoh|katkhdmo|kat3awnhom f dar',
    'yebet sira|ye bet sira|sira esarallehu|sira esaralehu|esarallehu|esaralehu|lijoch ametebik*|lijoch astebik*',
    'nounou|femme de menage|aide menagere|fille au pair|sur le chantier|a l usine|dans les champs|a la ferme|en cuisine|la plonge|travaille chez|travaille comme|travaille dans|travaille pour eux',
    'putzfrau|haushaltshilfe|kindermadchen|auf der baustelle|in der fabrik|auf dem feld|im lager|im schlachthof|arbeitet bei|arbeitet als|arbeite bei|arbeite als',
    'badante|colf|in cantiere|in fabbrica|nei campi|in magazzino|lavora per|lavora come|lavoro come|raccolta dei pomodori',
  ],
  // Pay, and pay kept back.
  pay: [
    'wyplat*|pensj*|stawk*|nie placi|nie zaplacil*',
    'salariu*|leafa|nu ne plateste|nu ne-a platit|nu ne da banii',
    'zaplata|zaplatata|ne ni plashta|ne plashta',
    'зарплат*|заплата|заплатата|не платят|не плаща|не платить',
    'zarplat*|ne platyat|ne platit',
    'fizetes*|berem*|nem fizet*',
    'maasim*|maaslar*|ucret*|yevmiye|para vermiyor',
    'sueldo|salario|no me paga|no nos pagan|sin sueldo',
    'salario|ordenado|nao me paga|nao pagam|sem salario',
    'راتب|أجر|اجر|معاش|بدون أجر|ما يعطيني فلوس',
    'khlas|lkhlas|ma kaykhlsnich|ma khlsnich',
    // Levantine and Egyptian Arabic in Latin letters.
    'mortab|el ma3ash|ma3ashi|ma bidfa3|ma byedfa3|mesh bydfa3|mish bidfa3',
    'حقوق|دستمزد|پول نمیده|پول نمی دهد',
    'pool namedadan|pool nemidan|pool nemide|hoghogh|hoquq|dastmozd',
    'ma 3am ya3tih masari|ma 3am ya3tini masari|ma 3am ya3tiha masari|ma bya3tini masari',
    'الراتب|راتبي|الأجرة|الاجرة|ما يدفع|لا يدفع|لا يعطيني',
    'luong|tien luong|khong tra luong|khong tra tien',
    'ngoen duean|mai jai ngoen',
    'mushahar|lacag la aan',
    'lacag helin|lacag ma helin|lacag ma siiyo|lacagtii',
    'demoz|demozey|ayhabunin',
    // Work without pay said as "without money" (forms24): the Ukrainian, Russian, Bulgarian,
    // Romanian, Polish, Turkish and Hungarian ways of it.
    'без грошей|без зарплати|без оплати|без денег|без оплаты|без пари|без заплата|bez pari|bez deneg|bez groshei',
    'fara bani|fara plata|fara salariu|bez zaplaty|bez wyplaty|za darmo pracuj*',
    'parasiz calis*|maassiz|para almadan',
    'fizetes nelkul|penz nelkul|ingyen dolgoz*|semmit nem kap*|szinte semmit',
    'alga|algu|algas|nemaksa|nesamaksa|bez algas|atlyginim*|nesumoke*',
    // Round 28 (otherlang28): Croatian, Serbian and Bosnian, Czech and Slovak
    'od place|od plate|placu|platu|placa|plata|ne placa*|ne placaju|nisu platil*|nije platio|bez place|bez plate|dnevnic*',
    'mzd*|vyplat*|neplati|nezaplatil*|bez vyplaty',
    // Round 38 (langform38): Turkish pay not received ("maas" alone is also the Dutch river) and the
    // Tagalog wage.
    'maas alma*|maas alam*|maas verm*|maas yok|maasimiz*|sahod|suweldo|sweldo|walang sahod|hindi binabayaran',
    // Round 40 (form40): pay by the hour, told with the sum, in the languages of the seasonal and
    // kitchen workers ("le pagan 4 euros la hora"), and the Swahili wage.
    'euros la hora|euro la hora|euros por hora|euro por hora|euros a hora|euro a hora|euro pe ora|lei pe ora|euro za godzine|zl za godzine|euro na godzine|oraber*|euro orankent|saatlik # euro|saati # euro|saatine # euro',
    'евро в час|евро за час|євро на годину|євро за годину|евро на час|лева на час|evro v chas|evro za chas|يورو في الساعة|يورو بالساعة|يورو للساعة|euro mot gio',
    'mshahara|hawampi mshahara|hawanilipi|hawamlipi|bila malipo|bila mshahara',
    // Somali "without money" as typed with the apostrophe ("la'aan" is one token, "laan").
    'lacag laan',
    // Round 46 (form46): work for no money said with "I get no money / we are not paid" in the
    // verb each language says it with (the lines above held the noun of the wage or "without").
    'nem kapok penzt|nem kapunk penzt|nem kap penzt|nem kaptam penzt|nem kaptunk penzt|nem kapok fizetest|nem kaptam fizetest|nem kapunk fizetest',
    'nie dostaje pieniedzy|nie dostajemy pieniedzy|nie dostalem wyplaty|nie dostalam wyplaty|nie dostajemy wyplaty|nie dostaje wyplaty',
    'nu primesc bani|nu primim bani|nu am primit bani|nu primeste bani|nu primesc salariul|nu primim salariul',
    'para almiyorum|para almiyoruz|para almiyor|para vermiyorlar|hic para vermedi*',
    'no me pagan|no nos paga|no le pagan|no les pagan|sin cobrar|no cobro nada|no cobramos|no cobra nada',
    'nao recebo nada|nao recebemos nada|nao recebe nada|sem receber|nunca recebi|nao recebi o salario',
    'не получаю денег|не получаем денег|ничего не платят|не заплатили|не отримую грошей|не отримуємо грошей|нічого не платять|не заплатили нам',
    'не ни плащат|не ми плащат|не са ми платили|не ни платиха',
    'بدون راتب|بلا راتب|بدون فلوس|بلا فلوس|لا يدفعون|ما يدفعون|ما بيدفعلي|ما بيدفعولي',
    'bla flous|bla flouss|bla khlas|bla ajra|bidun flous|bdoun flous',
    'khong duoc tra luong|khong co luong|khong nhan duoc luong|chua tra luong',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '工资|工資|薪水|工钱|工錢|不给钱|不給錢|不发工资|不發工資|没有工资|沒有工資|没给钱|沒給錢|給料|賃金|払ってくれない|払わない|เงินเดือน|ค่าจ้าง|ไม่จ่ายเงิน|ไม่ได้เงิน|ไม่ให้เงิน',
    // Round 48 (form48): a pay by the month told with the sum (a nanny's "250 evro na misyats"), pay
    // not given in Darija ("ma kay3tiwha walou": they give her nothing) and Amharic, and the wage
    // and its absence in French, German and Italian.
    'evro na misyats|yevro na misyats|evro na misiats|евро в месяц|евро на месяц|євро на місяць|євро в місяць|euro na miesiac|euro miesiecznie|euro pe luna|euros al mes|euros por mes|euro havonta|euros par mois|euro im monat|euro al mese',
    'ma kay3tiwha walou|ma kay3tiwh walou|ma kay3tiwni walou|ma kay3tiwna walou|ma kay3tiwhach|ma kaykhlsouha|ma kaykhlsouh|ma kaykhlsounach',
    'demoz alkefelugnim|demoz alkefeluatim|genzeb alsetugnim|genzeb alsetuatim|demoz alsetugnim',
    'salaire|sans salaire|pas de salaire|ne la paie pas|ne le paie pas|ne me paie pas|ne nous paie pas|pas payee|jamais payee|jamais paye',
    'kein lohn|keinen lohn|ohne lohn|ohne bezahlung|kein geld bekommt|kein geld bekomme|nicht bezahlt|bezahlt sie nicht|bezahlt ihn nicht',
    'stipendio|senza stipendio|senza paga|non la pagano|non lo pagano|non mi pagano|non ci pagano|non pagata|non pagato',
  ],
  // Who gives the orders at work, or brought the person over to work.
  boss: [
    'szef*|brygadzist*|pracodawc*|posrednik*',
    'sef*|seful|patronul|angajator*|intermediar*',
    'shef|shefa|shefat|rabotodatel*|posrednik',
    'шеф*|работодател*|посредник*|бригадир*|роботодав*|начальник*',
    'brigadir*|nachalnik*|rabotodatel*',
    'fonok*|munkaado*|kozvetito*',
    'patronum|patronu|patronlar*|isveren*|ustabasi|dayibasi|dayi basi',
    'jefe|patron|capataz|encargado|empleador*',
    'chefe|patrao|patroa|encarregado|empregador*',
    'المدير|صاحب العمل|الكفيل|المعلم ديالي|الباطرون',
    'patron dyali|lpatron|lm3alem|m3alem dyali',
    'el m3allem|el ra2ees|sahab el shoghl|sa7eb el sho8l',
    'کارفرما|رئیس',
    'ong chu|ba chu|chu nha hang|chu tiem',
    'nai jang|hua na',
    'madaxa shaqada|loo shaqeeye',
    'aleqa|halafi',
    'darba devej*|darbadevej*|prieksniek*|darbdav*|brigadinink*',
    // Round 28 (otherlang28): the boss in Croatian, Serbian and Bosnian, Czech and Slovak, and Lithuanian "bosas"
    'gazd*|poslodav*|poslovod*|nadzornik*|predradnik*',
    'газда|газде|послодав*',
    'zamestnavatel*|vedouci|predak|mistr',
    'bosas|bosa|bosui|bosu|vadov*|darbdavys|darbdavio',
    // Round 38 (langform38): the Tagalog employer, with its article or possessive ("amo" alone is
    // also Portuguese and Spanish "I love").
    'amo ko|ang amo|aking amo|amo namin|amo niya|ng amo',
    // Round 40 (form40): the Swahili employer.
    'mwajiri|mwajiri wake|mwajiri wangu|bosi wake|bosi wangu',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '老板|老闆|雇主|工头|工頭|中介|蛇头|蛇頭|社長|雇い主|上司|ボス|นายจ้าง|เจ้านาย|หัวหน้างาน|นายหน้า',
    // Round 48 (form48): the lady of the house a domestic worker serves (Ukrainian in both letters,
    // Amharic in Latin letters; not the Russian "хозяйка", a madam or a landlady as often), and the
    // employer in French, German and Italian (the Italian gangmaster, "caporale").
    'hospodynya|hospodynia|господиня|ye bet emebet|yebet emebet',
    'patronne|employeur|employeuse|arbeitgeber|arbeitgeberin|vorarbeiter|padrone|padrona|datore di lavoro|caporale|caporalato',
  ],
  // Selling sex, and the places where it is sold.
  sex_work: [
    'prostytu*|agencj* towarzysk*|roznegliz*|sponsoring|sponsorowan*|burdel*|pracowac na ulicy',
    'prostitu*|bordel*|pe centura|escorta|sa se culce cu|culce cu barbati',
    // Round 34 (forms34): ads with her photos put online, in Romanian
    'anunturi|anunt ~4 poze|internet|site',
    'prostitutsi*|prostitutka|publichen dom|eskort*|da spi s',
    'da stoya na ulitsata|da stoi na ulitsata|na ulitsata noshtem|stoyat na ulitse|stoit na ulitse',
    'да стоя на улицата|да стои на улицата|стоять на улице|стоит на улице|стояти на вулиці',
    'проститу*|публичен дом|интим*|эскорт*|ескорт*|бордел*|вебкам*|на трасе|на трассе',
    'prostitutsiya|intim uslugi|na trasse|bordel|eskort',
    'prostitu*|szexmunk*|kurvaz*|futtat*|bordely*|szexpartner',
    'fuhus*|genelev*|eskort*|hayat kadini|vucudunu sat*|erkeklerle yat*',
    'prostitu*|puticlub|servicios sexuales|prostibulo|club de alterne|acostarse con hombres',
    'prostitu*|fazer programa|faz programa|fazendo programa|garota de programa|boate|acompanhante*',
    'دعارة|بيت دعارة|يبيع جسد*|تبيع جسد*|ممارسة الجنس|مع الرجال|يجيب رجال|يجيب الرجال',
    'tatbi3 jesadha|9ahba|9hab|kay9awed|ljens|m3a rjal',
    'الدعارة|بالدعارة|تنام مع|تنامي مع|تنام مع الرجال|من فندق إلى فندق|من فندق الى فندق',
    'تن فروشی|فاحشگی|روسپی|با مردها',
    'با مردهای دیگر|با مردان دیگر|پیش مردها|پیش مردهای دیگر|با دوستانش باشم|با دوستانش بخوابم|رابطه جنسی',
    'ba mardha|ba mard ha|pish mardha|ba mardaye digar|rabete jensi',
    'mai dam|gai goi|ban dam|tiep khach',
    'khai tua|kai tua|khai borikan',
    'dhillo*|galmo xumaan|sharmuutad*|niman la seexo',
    'sharmuta|setegna adari',
    // Sex for money told without the word of prostitution: sleep with men for money, the street at
    // night, a window, "be nice" to men (forms23).
    'spac z ~2 mezczyznami|klientami|facetami',
    'z facetami za pieniadze|do towarzystwa',
    'sa faca trotuarul|pe strada noaptea|cu barbati pentru bani|matroana',
    'sa se culce ~3 bani',
    'на витрина|да работи на витрина|да спи с мъже|да спи с клиенти|spi s mazhe',
    'спати з|спать с|обслуговувати|обслуживать ~2 чоловіками|клієнтами|мужчинами|клиентами|чоловіків|мужчин|клиентов|клієнтів',
    'бути ласкавою|быть ласковой|бути привітною',
    'spat s muzhchinami|spaty z cholovikamy',
    'para icin|para karsiliginda ~3 yat*',
    'adamlarla yat*|vitrinde',
    'hacer la calle|en la calle de noche|piso de citas|pisos de citas|hacer servicios',
    'acostarse con ~2 hombres',
    'fazer a rua|casa de massagem|sair com clientes',
    'dormir com|transar com ~2 homens',
    'تنام مع رجال|تنام مع الزبائن|على الرصيف|يشغلها في الدعارة|يبيعها للرجال',
    'ji bo pere ~6 raz*',
    'bi meren din re|bi meren din ra|bi zilaman re',
    // Round 40 (form40): the Swahili words of selling sex, and "work the street" as the Bulgarian,
    // Russian, Ukrainian, Polish, Romanian, Spanish, Portuguese and Hungarian say it of a woman sold.
    'ukahaba|umalaya|danguro|kulala na wanaume',
    'работи на улицата|работила на улицата|работеше на улицата|работать на улице|работала на улице|працювати на вулиці|працювала на вулиці',
    'pracowac na ulicy|pracowala na ulicy|lucreaza pe strada|a lucrat pe strada|lucra pe strada|trabajar en la calle|trabajaba en la calle|trabalhar na rua|trabalhava na rua|az utcan dolgoz*',
    // Harassed or touched by a man of the house or of the work: sex, in the words of each language (an
    // au pair's or a nanny's story of the host's husband).
    'пристает|пристаёт|приставал|домогается|домогался|pristaet|pristaval|domogaetsya|чіпляється|домагається|домагався',
    'molestuje|molestowal*|dobiera sie|hartuieste|hartuire sexuala|me acosa|acoso sexual|assedia|assedio sexual|cinsel taciz|sarkintilik|szexualisan zaklat*|fogdos*|تحرش|يتحرش|يتحرش بي|يتحرش بها',
    // Round 46 (form46): the lorry park's word for a woman sold there (Polish "tirówka", Russian
    // "плечевая"), and her photos put in ads, in Spanish, Portuguese and Arabic (the Romanian line above).
    'tirowk*|плечев*',
    'anuncio*|anuncios ~4 fotos|foto|fotografias',
    'صورها|صورتها|صوره ~5 إعلانات|اعلانات|إعلان|اعلان',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '卖淫|賣淫|接客|陪客|陪酒|陪睡|色情|妓女|妓院|性交易|性服务|性服務|卖身|賣身|跟客人睡|和客人睡|売春|風俗|体を売|體を売|ขายบริการ|ขายตัว|โสเภณี|นอนกับลูกค้า|นอนกับผู้ชาย',
    // Round 48 (form48): her photos in an ad "available tonight" in Hungarian, girls shown to the lorry
    // drivers of a parking (Polish, Romanian, Russian, Bulgarian), sleeping with the men in Amharic
    // in Latin letters, and the street and the house of sex in French, German and Italian.
    'hirdetes* ~4 fenykep*|kepe*|fotoj*|fotoi*',
    'fenykep*|kepe*|fotoj* ~4 hirdetes*',
    'ejjel elerheto|ma ejjel elerheto|este elerheto|elerheto vagyok',
    'dziewczyn*|dziewczyny ~8 kierowc*|tirowc*',
    'od ciezarowki do ciezarowki|od tira do tira|din camion in camion|от фуры к фуре|от камион на камион',
    'fete|fetele ~6 soferi|soferilor|camionagii|camionagiilor',
    'девушк*|девочк*|момичета ~6 водител*|дальнобойщик*|шофьор*',
    'kenesu gar enditegna|ke wendoch gar|kewendoch gar|wendoch gar enditegna|kenesu gar ~2 tegna',
    'faire le trottoir|sur le trottoir|maison close|se prostituer|auf den strich|laufhaus|freier|sul marciapiede|prostituirsi|lucciola',
  ],
  // The men who pay.
  clients: [
    'klient*|klientow',
    'clienti|clientii|clientilor',
    'klienti|klientite|mazhe|mazhete',
    'клиенти|клиентите|клієнт*|клиент*',
    'klienty|klientov|klientam|klientiv',
    'ugyfel*|kuncsaft*|vendegek',
    // Turkish with the case endings, not "müşterim" (my customer): a shopkeeper's customer (forms23).
    'musteri|musteriler|musterilerle|musteriyle|musteriye|musterilere|musterileri|musterisi|musteri al*|musteri gel*|adamlar geliyor',
    'clientes|hombres vienen',
    // Round 34 (forms34): men who come to the flat, in Romanian
    'vin barbati|barbatii vin|vin barbatii|vin mereu barbati',
    'clientes|homens vem|homens vinham',
    'زبائن|زبون|الزبائن|زباين',
    'zbayn|zbon|lkliyan',
    'مشتری|مشتری ها',
    'khach lang choi',
    'luk kha',
    'macaamiil',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '客人|嫖客|客を取|ลูกค้า|แขก',
  ],
  // The one who runs it: a pimp, a madam, a "boyfriend" who sells.
  pimp: [
    'alfons*|sutener*|rajfur*',
    'proxenet*|pestele',
    'svodnik|svodnichka',
    'сводник*|сводниц*|сутенер*|сутенёр*',
    'sutener|sutenyor',
    'strici*|futtato*',
    'pezevenk*|kadin tuccar*',
    'proxeneta|chulo|madama',
    'cafetao|cafifa|cafetina|cafetino',
    'قواد|قوادة|قواده',
    '9awad|9wad|lm9awed',
    'جاکش|پاانداز',
    'ma mi|chu chua',
    'maeng da',
    // Round 28 (otherlang28): a "boyfriend" who brings a girl to work or to men, as "haar vriend" and "her boyfriend" in the form lexicon
    'sevgilisi|sevgili olup|sevgilim|erkek arkadasi',
    'su novio|novio de ella|el novio|o namorado|namorado dela|seu namorado',
    'її хлопець|ее парень|её парень|ее парня|её парня|jiji khlopets',
    'uj baratja|pasija|uj pasi*',
    'صاحبها|حبيبها|sa7bha|sahbha|7bibha',
    'njen decko|njezin decko|njen momak|njezin momak|jej facet',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '皮条客|皮條客|鸡头|雞頭|老鸨|老鴇|ポン引き|แมงดา',
    // Round 48 (form48): the pimp in French, German and Italian.
    'proxenete|souteneur|zuhalter|protettore|sfruttatore',
  ],
  // Drugs carried, sold or grown; parcels dropped.
  drugs: [
    'narkotyk*|dopalacz*|dilowa*|diler*|marihuan*|zielsk*',
    'droguri|trafic de droguri|dealer*|iarba|marijuana|cocaina',
    'narkotitsi|droga|diler|trevata',
    'наркотици|дрога|дилър*|закладк*|закладчик*|наркотик*|кладмен*|барыг*',
    'narkotiki|zakladki|zakladchik|kladmen|baryga|travka',
    'kabitoszer*|drogot|drogoz*|drogdiler*|fuvet',
    'uyusturucu|esrar|torbaci|ot satiyor|paket goturuyor',
    'droga*|vender droga|camello|trapichea*|marihuana|cocaina|una mula|de mula|como mula|ser mula',
    // Round 34 (forms34): pellets to swallow and carry, in Spanish and Portuguese
    'tragar ~3 bolitas|capsulas|pepas|bolas',
    'engolir ~3 capsulas|bolinhas',
    'droga*|traficante|maconha|cocaina|boca de fumo|aviaozinho|uma mula|de mula|como mula|ser mula',
    'مخدرات|حشيش|كوكايين|يبيع المخدرات|الحبوب',
    'المخدرات|بالمخدرات|الحشيش|الكوكايين|ينقل المخدرات|توصيل المخدرات|يوصل المخدرات',
    'drogue|l7chich|hchich|chira|l9r9obi|qer9obi',
    'مواد مخدر|تریاک|حشیش',
    'can sa|ma tuy|trong can sa|thuoc lac',
    'nha trong cay|trong cay trong nha|tuoi cay can',
    'ya ba|ya bah|ya ice',
    'daroogo|qaad',
    'hashish|adenzaji',
    // Round 38 (langform38): small bags handed out or delivered, in Arabic.
    'أكياس صغيرة|اكياس صغيرة|كياس صغار ~4 يوزع*|يوصل*|يبيع*|توزيع*',
    // Round 40 (form40): hashish and powder in Egyptian and Levantine Arabic typed in Latin letters
    // (the Darija spellings above missed "7ashish"), drugs in their plain Arabic word, a Vietnamese
    // grow house ("nha trong co": the house that grows weed), Swahili drugs.
    '7ashish|7asheesh|7shish|hasheesh|bodra|el bodra|mokhadarat|mo5adarat|mukhaddirat|mokhadrat|بودرة',
    'nha trong co|can nha trong co|trong co trong nha',
    'madawa ya kulevya|dawa za kulevya|bangi',
    // A parcel to carry or drive away, in Russian and Ukrainian (Polish "paczki" is above).
    'везти|везу|вез|вёз|отвез*|отвёз*|перевез*|перевёз*|відвез*|повез*|повёз* ~3 посылк*|посилк*',
    'vezti|vezu|otvez*|perevez*|povez* ~3 posylk*',
    // Round 46 (form46): a parcel that must be taken somewhere, in the Turkish forms of "I, he must
    // take" that the line above ("paket goturuyor") missed.
    'paketi|paketleri|paketler ~3 goturmem|goturmesi|goturmek|goturecek*|tasimam|tasimasi|tasimak',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '毒品|贩毒|販毒|运毒|運毒|大麻|冰毒|种大麻|種大麻|送货|送貨|麻薬|覚醒剤|大麻草|ยาเสพติด|ยาบ้า|ยาไอซ์|ขนยา|ส่งยา|กัญชา',
    // Round 48 (form48): drugs in Somali carried or sold, and in French, German and Italian.
    'daroogo u qaad*|daroogo qaad*|daroogo iib*|daroogada',
    'plantation de cannabis|vendre de la drogue|drogen verkaufen|cannabisplantage|piantagione|spaccio|spacciare|droga da vendere',
  ],
  // Made to steal.
  theft: [
    'krasc|kradziez*|kradzie*|ukrasc',
    'sa fure|furt*|fura din magazin*',
    'da krade|krazhba|krazhbi|джебчи*',
    'воровать|кражи|крадіжк*|красти|vorovat|krasti',
    'lopni|bolti lopas',
    'hirsizlik|calmak|yankesici*',
    'robar|hurtar|hurto*|carterist*',
    'roubar|furtar|furto*|batedor de carteira',
    'يسرق|سرقة|نشل',
    'ysre9|sre9|kaysre9|syr9a',
    'دزدی|دزدیدن',
    'an trom|an cap',
    'khamoy',
    'xado|tuugo',
    // Round 40 (form40): money laundering, named in each language (an account lent to an intermediary
    // and closed by the bank "for money laundering").
    'penzmosas*|pranie pieniedzy|spalare de bani|отмывание денег|отмыванию денег|відмивання грошей|otmyvanie deneg|kara para aklama|blanqueo|lavado de dinero|lavagem de dinheiro|غسيل الأموال|غسل الأموال|pranje novca|пране на пари|rua tien',
    // Round 46 (form46): being made to steal told by the verb's own forms (they steal, she stole,
    // what they stole), where the lines above held mostly the infinitive or the noun.
    'kradn*|kradl*|kradzion*',
    'sa fur|sa furam|sa furi|sa furati|furau|furat din',
    'крадат|да краде|да крадат|крадем|kradat|da krade',
    'воруют|ворует|ворую|воровали|воровал|воровала|украсть|крадут|крадёт|крадет|крадуть|краде|краду|крали|вкрасти|voruyut|kradut',
    'lopnak|lopjon|lopjanak|lopott*|lopas*',
    'calmaya|caldirt*|caldiklari*|caldigi*|calinti*|calmak zorunda|hirsizlik yap*',
    'robando|robaban|a robar|roban en|roba en|robamos',
    'roubando|roubavam|roubam|a roubar|furtando|furtam',
    'يسرقون|يسرقوا|تسرق|نسرق|السرقة|بالسرقة|للسرقة',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '偷东西|偷東西|偷窃|偷竊|扒窃|扒竊|去偷|盗窃|盜竊|万引き|盗ませ|ขโมย|ล้วงกระเป๋า',
  ],
  // Accounts, cards and contracts used in the person's name.
  bank: [
    'konto bankow*|otworzyc konto|zalozyc konto|karte bankow*|na moje nazwisko|na jego nazwisko',
    'cont bancar|sa deschida un cont|deschide un cont|card bancar|pe numele meu|pe numele lui',
    'bankova smetka|bankova karta|na moe ime|na negovo ime',
    'банкова сметка|банкова карта|открыть счет|открыл счет|банковск* карт*|відкрити рахунок|рахунок у банку|картк*',
    'otkryt schet|bankovskuyu kartu|na moe imya|kartu i pin',
    'bankszamla*|bankkartya*|szamlat nyit*|a nevemre',
    'banka hesab*|hesap actir*|kartimi|benim adima|onun adina',
    'cuenta bancaria|abrir una cuenta|abrir cuentas|tarjeta|a mi nombre|a su nombre',
    'conta bancaria|abrir uma conta|abrir contas|cartao|no meu nome|em meu nome|no nome dele',
    'حساب بنكي|حساب بنكي باسم*|بطاقة بنكية|بطاقة البنك|فتح حساب|باسمي',
    'compte bancaire|lcompte|l compte|lkarta dyal lbanka|carta bancaire|b smiti|b smitek',
    'حساب بانکی|کارت بانکی|به اسم من',
    'tai khoan ngan hang|mo tai khoan|the ngan hang|dung ten toi',
    'banchi|ban chi|bat ATM',
    'akoon bangi|koonto bangi|kaarka bangiga',
    // Money of strangers through one's own account, and a firm or credit in one's name (forms23).
    'na moje konto|na moim koncie|na moj rachunek|firma na mnie|firme na moje',
    'pe contul meu|in contul meu|in contul tau|firma pe numele',
    'на моята сметка|по моята сметка|на мою карту|на мій рахунок|на мою картку|фірму на мене|фирму на меня|firmu na menya',
    'hesabima|hesabimdan|adima sirket',
    'sirket ~3 adima',
    'en mi cuenta|en su cuenta|empresa a mi nombre|empresa a su nombre',
    'na minha conta|na conta dele|empresa em meu nome|empresa no meu nome|empresa no nome',
    'في حسابي|على حسابي|شركة باسمي|قرض باسمي',
    'bsmey|b smey|bsmu|bsma|bbankn|kredit bsm*',
    // Round 38 (langform38): a bank card or account "of his" in Arabic, accounts opened in banks in
    // Polish ("konto" alone is also an online account).
    'بطاقته البنكية|بطاقتها البنكية|بطاقتي البنكية|البطاقة البنكية|حسابه البنكي|حسابها البنكي|حسابي البنكي',
    'konto w banku|konta w bankach|zaklada* konta',
    'zalozyl* ~3 konto',
    // Round 40 (form40): a bank card handed over with its code (the English and Dutch phrase in the
    // form lexicon's crime_means), in the languages of the labour migrants.
    'kartyat|kartyamat|kartyajat|kartyat meg ~4 kod*|pin*',
    'karte|karta|karty ~4 pin|kod|kodem',
    'cardul|card ~4 pin|codul|pinul',
    'tarjeta ~4 pin|codigo|clave',
    'cartao ~4 pin|senha|codigo',
    'карт* ~4 пин|пин-код|код',
    'kartu|karta ~4 pin|kod',
    'kart|karti|kartimi|kartini ~4 sifre*|pin',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '银行|銀行|账户|賬戶|帐户|帳戶|银行卡|銀行卡|开户|開戶|口座|บัญชีธนาคาร|เปิดบัญชี|บัตรเอทีเอ็ม',
  ],
  // An organ, sold or taken.
  organ: [
    'nerk*|narzady|narzadow|przeszczep*',
    'rinichi|rinichiul|organe|transplant*',
    'bobrek|bobreka|organi|transplantatsi*',
    'бъбрек*|нирк*|почк*|трансплантац*|органи|органы|органів',
    'pochku|pochka|pochki|nirku|nirka',
    'vese|veset|veseje|szervkereskedelem|szervkivetel',
    'bobrek*|organ nakli|organ satisi|organlarini',
    'rinon|rinones|trasplante|organos',
    'rins|transplante|orgaos',
    'كلية|كليته|كليتي|كليتها|كلى|زراعة الكلى|بيع الأعضاء',
    'kilwa|lkilwa|kelya|lkelya|l3adaw',
    'کلیه|فروش کلیه',
    'qua than|ban qua than|hien than|ghep than',
    'kilyo|kilyaha|kilyadiisa',
    'kulit|kulitu|kulalit|kulaliten',
    // Tigrinya with the possessive written on ("kulitey"), Portuguese "um rim", Bulgarian and
    // Russian in Latin letters (forms23).
    'kulitey|kulita|kulitay|kulitka|kulitom|kulitat|um rim|o rim|meu rim|seu rim|o seu rim|babrek*|bubrek*|pochk*|nyrk*',
    'vender ~2 rim',
    // Round 50: French, a kidney given or sold ("donner un rein"); not "rein" alone, the Dutch adjective.
    'un rein|son rein|mon rein|ses reins|greffe de rein',
    'donner|vendre|donne|vend ~2 rein|reins',
    'nieri|nieres|inkst*|organu tirdzniec*',
    // Round 28 (otherlang28): inflected forms that the stems above missed: Turkish k to g before a vowel ("böbreğini") and the plural "organları", Portuguese "órgão", Croatian and Czech kidneys, Hungarian possessives, the Arabic plural of organs
    'organlar*|organ mafya*|organ kacakc*|bobreg*',
    'orgao|organele|organelor|bubreg*|bubrez*|ledvin*|органов|органа',
    'vesem|veseit|vesejet|أعضاء|الأعضاء|اعضاء|أعضائه|أعضائها',
    // Round 40 (form40): the Swahili kidney ("figo" alone is also the Portuguese fig).
    'figo yake|figo yangu|figo moja|kuuza figo|kuiba figo',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '卖肾|賣腎|肾脏|腎臟|器官|腎臓|臓器|ขายไต|อวัยวะ',
  ],
  // Hours without end and no day off (forms23).
  hours: [
    'godzin dziennie|godzin na dobe|po # godzin|bez dnia wolnego|bez wolnego',
    '# ore pe zi|fara zi libera|fara zile libere',
    'часа на ден|без почивен ден|chasa na den',
    'годин на день|годин на добу|по # годин|без вихідних|часов в день|по # часов|без выходных|chasov v den',
    'gunde # saat|# saat calis*|izin gunu yok',
    'horas al dia|sin dia libre|de sol a sol|sin dias libres',
    'horas por dia|sem folga|sem dia de folga',
    'ساعة في اليوم|ساعات في اليوم|ساعة يوميا|بدون عطلة|بلا عطلة',
    'kul meAlti|kul mealti|kul meealti|kab nigho kesab|kab niguho kesab',
    'napi # ora*|# orat dolgoz*|szabadnap nelkul|nincs szabadnap*',
    '# stundas diena|bez brivdienam|bez brivdienas|# valandu per diena|# valandas per diena|be iseiginiu|be poilsio dienu',
    // Round 28 (otherlang28): Croatian, Serbian and Bosnian, Czech
    '# sati dnevno|# sati na dan|sati dnevno|bez slobodnog dana|bez slobodnih dana|# hodin denne|bez volna',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '每天|一天 ~6 小时|小時|钟头|鐘頭',
    '没有休息|沒有休息|休みなし|休みがない|ไม่มีวันหยุด',
    'วันละ ~4 ชั่วโมง',
  ],
  // The pay taken, halved or docked for a bed, transport or a debt (forms23).
  pay_kept: [
    'zabiera*|potraca* ~3 wyplat*|pensj*',
    'polowe wyplaty|pol wyplaty',
    'potraca* ~2 za',
    'odpracowac ~2 dlug',
    'ia jumatate|jumatate din bani|jumatate din salariu|sa muncesc pentru datorie',
    'ne opreste ~3 salariu|pentru',
    'munci|muncesc|munceasca ~3 datoria|datorie',
    'взема|вземат|vzema|vzemat|vzima ~3 заплат*|zaplat*',
    'половината от заплатата',
    'удържа|удържат ~2 за',
    'изработи|изработя ~2 дълг*',
    'забирає|забирают|забирає ~3 зарплат*',
    'всю зарплату|половину зарплати',
    'вираховують ~2 за',
    'відпрацювати|відпрацювала|відпрацював ~3 борг*',
    'забирает ~3 зарплат*',
    'половину зарплаты',
    'вычитают ~2 за',
    'отработать|отработала|отработал ~3 долг*',
    'maasimin yarisini|maasimi aliyor|maasimizi kesiyor|paramizi vermiyor|paramizi aliyor|borcunu calisarak',
    'se queda con|me quita|nos quita ~3 sueldo|salario',
    'la mitad del sueldo|nos descuenta*',
    'trabajar para pagar ~2 deuda',
    'fica com|desconta* ~3 salario|ordenado',
    // Round 38 (langform38): everything earned kept by someone else, and Tagalog pay not given.
    'fica com|ficam com|fica com tudo ~4 ganho|ganhamos|recebo',
    'se queda con|se quedan con ~4 gano|ganamos',
    'wala pa akong sahod|hindi pa binabayaran|kinukuha ~3 sahod',
    'metade do que ~3 ganho',
    'metade do salario',
    'trabalhar para pagar ~2 divida',
    'نصف راتبي|نص راتبي|نصف الراتب|نص الراتب|يأخذ راتبي|ياخذ راتبي|يخصم من|يخصمون من|لا تأخذ راتبا|لا تأخذ راتباً|ما تاخد راتب',
    'genzeb yeblen|ganzeb yeblen|genzeb yebelnan|ganzeb yebelnan|genzeb ayhabun*|demoz ayhabun*|demoz yeblen',
    'elveszi* ~3 fizetes*|penz*|berem*',
    'a fizetes* felet|fizetesem felet',
    'levon* ~3 fizetes*|szallas*',
    'ledolgoz* ~3 tartozas*|adossag*',
    'adossag* miatt|tartozas* miatt ~3 dolgoz*',
    'atskaita|ietur ~3 algas|algu|atlyginim*',
    'genzeb aykefl*|genzeb aykefel*|demoz aykefl*',
    // Round 28 (otherlang28): pay docked and a debt worked off in Croatian, Serbian and Bosnian
    'uzima*|odbija* ~3 plac*|plat*',
    'dugujem ~3 eura|odraditi dug',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '欠他|欠老板|欠老闆|还债|還債|欠债|欠債|介绍费|介紹費|中介费|中介費|扣工资|扣工資|扣钱|扣錢|借金|หนี้|ใช้หนี้|หักเงิน',
  ],
  // A bed from the boss or the agency, or living where the work is (forms23).
  work_bed: [
    'hotel pracownicz*|kwater* pracownicz*|mieszkanie od agencji|mieszkamy u szefa|za mieszkanie|za kwatere|za lozko',
    'cazare de la firma|cazarea de la agentie|pentru cazare|locuim la ferma|dormim in depozit|dormim in sera',
    'живеем ~3 във фермата|в склада|в каравана',
    'за квартирата|за леглото',
    'живемо|живем ~3 на фермі|на складі|у вагончику|в контейнері|на ферме|на складе',
    'жити ~2 там же',
    'живу там же|за житло|за ліжко|за жилье|за койку',
    'konteynerde kaliyoruz|isyerinde yatiyoruz|patronun evinde kaliyoruz|yatak parasi',
    'kira parasi ~3 maas*',
    'vivimos en ~3 la finca|el almacen|una caravana|un contenedor',
    'nos descuentan ~2 piso',
    'por la cama|por el alojamiento',
    'moramos ~3 na fazenda|no armazem|num contentor',
    'pela cama|pelo quarto|pelo alojamento',
    'ثمن السكن|ثمن الأوراق والسكن|نسكن في المزرعة|ننام في المستودع|ننام في المصنع|أجرة السكن',
    'a szallasert|szallasert|a munkahelyen alsz*|a raktarban alsz*|kontenerben lak*|a farmon lak*',
    // Round 28 (otherlang28): a bed paid from the pay in Croatian, Serbian and Bosnian, and Czech
    'za stan|za smjestaj|za smestaj|spavamo u kontejner*|zivimo kod gazde|za ubytovani|ubytovani od',
    // Round 40 (form40): sleeping where the work is (the kitchen, the storeroom, the factory), said
    // with the verb of sleeping in Spanish, Portuguese, Polish, Romanian, Russian, Ukrainian, Arabic.
    'duerme|duermo|dormimos|duermen ~3 en el almacen|en la cocina|en el restaurante|en la fabrica|en el taller|en la tienda|en el trabajo',
    'dorme|durmo|dormimos|dormem ~3 no armazem|na cozinha|no restaurante|na fabrica|no trabalho|na loja',
    'spi|spimy|spie|spia ~3 w magazynie|w kuchni|w fabryce|w pracy|na budowie|w sklepie',
    'doarme|dorm|dormim ~3 in depozit|in bucatarie|in restaurant|la fabrica|la ferma|la munca',
    'спит|спим|сплю|спят|спить|спимо ~3 на складе|на кухне|в цеху|на работе|на складі|на кухні|на роботі',
    'ينام في|تنام في|ننام في ~2 المطبخ|المحل|المستودع|المطعم|الورشة',
  ],
  // Men brought or sent to her, or she to them: a man's friends, "guests" (forms23).
  men_sent: [
    'przyprowadza* ~3 kolegow|facetow|mezczyzn',
    'z jego kolegami|dla jego kolegow',
    'aduce ~3 barbati|prieteni',
    'cu prietenii lui|la alti barbati|la un alt barbat',
    'довежда ~3 мъже|приятели',
    'с приятелите му|при друг мъж|при други мъже',
    'приводить ~3 друзів|чоловіків',
    'з його друзями|прийде його друг|прийдуть його друзі|до іншого чоловіка',
    'прийдуть ~3 чоловік*',
    'приводит ~3 друзей|мужчин',
    'с его друзьями|к другому мужчине',
    'придут ~3 мужчин*',
    'arkadaslariyla|arkadaslarina|adam getiriyor|adamlar getiriyor|baska bir adama|baska adamlara',
    'trae ~3 hombres|amigos',
    'con sus amigos|a otro hombre|otros hombres',
    'traz ~3 homens|amigos',
    'com os amigos dele|para outro homem|outros homens',
    'عند أصدقائه|لأصدقائه|إلى رجل آخر|عند رجل آخر|رجال آخرين',
    'meren din|zilamen din',
    'ferfiakat hoz*|a barataival|mas ferfiakhoz|ferfiak jonnek',
    // Round 40 (form40): a woman sold to a man, in Bulgarian, Russian, Ukrainian, Polish, Romanian,
    // Spanish, Portuguese, Hungarian and Arabic.
    'продадена на|продадоха я|продали ее|продали её|продали її|sprzedana|sprzedal ja|sprzedali ja|vanduta|a vandut-o|au vandut-o|vendida a|vendida para|la vendieron|a venderam|eladtak egy|باعوها|باعها',
    // A man who comes into her room at night (the form lexicon's English and Dutch `sex_acts`), in
    // Hungarian, Polish, Romanian, Spanish and Russian.
    'ejszaka|ejjel ~4 bemegy|bejon|bejott|bement|bejar ~3 szobajaba|szobamba|a szobaba',
    'w nocy|noca ~4 przychodzi|wchodzi|przyszedl|wszedl ~3 do mojego pokoju|do jej pokoju|do pokoju',
    'noaptea ~4 vine|intra|a intrat ~3 in camera mea|in camera ei',
    'por la noche|de noche ~4 entra|viene|entro ~3 a mi cuarto|a mi habitacion|a su cuarto|a su habitacion|en mi cuarto|en su cuarto',
    'ночью ~4 приходит|заходит|пришел|зашел ~3 в мою комнату|в ее комнату|ко мне в комнату|к ней в комнату',
    // Taken away at night and back in the morning (the form lexicon's Dutch and English round of the
    // night), in Spanish, Portuguese, Polish, Romanian, Russian and Ukrainian.
    'noche|noches ~9 vuelven|vuelve|regresan|regresa|las traen|la traen ~5 de la manana|por la manana|al amanecer',
    'noite|noites ~9 voltam|volta|regressam|trazem ~5 da manha|de manha|pela manha',
    'w nocy|noca|nocami ~9 wracaja|wraca|przywoza ~5 rano|nad ranem',
    'noaptea|seara ~9 se intorc|se intoarce|le aduc|o aduce ~5 dimineata',
    'ночью|вечером ~9 возвращаются|возвращается|привозят ~5 утром|под утро',
    'вночі|ввечері ~9 повертаються|повертається|привозять ~5 вранці|під ранок',
    // "Be nice to them", "be friendly with his friends": the euphemism of the English and Dutch
    // `sex_acts` ("be nice to his friends"), in Spanish, Portuguese, Russian, Polish, Romanian and
    // Bulgarian.
    'ser simpatica|ser amable|ser carinosa|ser buena ~3 con ellos|con el|con sus amigos|con los hombres|con los clientes|con los invitados',
    'ser simpatica|ser boazinha|ser carinhosa|ser legal ~3 com eles|com ele|com os amigos|com os homens|com os clientes',
    'druzhelyubn*|laskov*|lyubezn* ~3 s nimi|s nim|s druzyami|s ego druzyami|s muzhchinami',
    'дружелюбн*|ласков*|любезн*|привітн* ~3 с ними|с ним|с друзьями|с его друзьями|с мужчинами|з ними|з його друзями',
    'byc mila|byla mila|byc milsza ~3 dla nich|dla niego|dla jego kolegow|dla kolegow|dla mezczyzn',
    'sa fie draguta|sa fiu draguta|sa fii draguta ~3 cu ei|cu el|cu prietenii|cu barbatii',
    'да бъда мила|да е мила|да бъдеш мила ~3 с тях|с него|с приятелите му|с мъжете',
    // Round 46 (form46): his friends brought to her, or she to them, and "be nice to them", in
    // Hungarian, Darija and Arabic, as the lines above say it in the other languages.
    'athozza|elhozza|hozza|athozta|elhozta ~3 barata*|ferfi*',
    'kedvesnek ~3 veluk|vele|a barataival|a ferfiakkal|a vendegekkel',
    'dyal s7abou|l s7abou|3nd s7abou|m3a s7abou|3and s7abou|dyal s7abo|l s7abo|l so7abo',
    'عند أصحابه|لأصحابه|عند اصحابه|لاصحابه|مع أصحابه|مع اصحابه|بيت فيه رجال|وفيه رجال|لعند رجال',
    // Round 48 (form48): men who come to the house, in Amharic in Latin letters, French, German and
    // Italian.
    'wendoch ~3 yimetalu|yimetu|yimeta|metu',
    'des hommes viennent|les hommes viennent|hommes qui viennent|amene des hommes|manner kommen|kommen manner|bringt manner|vengono uomini|uomini vengono|porta uomini',
    // She is taken to another man or to the rooms of "guests", in Gulf and Levantine Arabic, Bulgarian
    // and Russian.
    'يوديها لرجل|يوديها عند رجل|يوديها للرجال|لرجل ثاني|عند رجل ثاني|لرجال ثانيين',
    'я води|я водят|води я|водят я|я праща|праща я ~4 по стаите|в стаите|при гости|при гостите|при мъже|при клиенти',
    'водит|возит|водят|возят ~2 её|ее ~3 к гостям|к мужчинам|к клиентам|по номерам|по квартирам',
  ],
  // A sum to bring in by the night (forms23).
  night_sum: [
    'izkaram|izkara|zarobi*|zarabia*|castig*|sa fac|ganar|gane|ganhar|ganhe|kazan*|заработ*|изкара*|зароби*|заробля* ~4 # ~4 тази нощ|на нощ|за ніч|за ночь|за вечер|tej nocy|za noc|pe noapte|in noaptea asta|esta noche|por noche|esta noite|por noite|bu gece|gecede|tazi nosht|na nosht|الليلة|كل ليلة|في الليلة',
    // "If I don't bring in 600 tonight": the "not" of the condition is part of the phrase, so the
    // quota is not read as negated.
    'ako ne|ако не|jesli nie|jezeli nie|daca nu|si no|se nao|если не|якщо не ~1 izkaram|izkara|zarobi*|castig*|aduc|ganar|gano|ganhar|ganho|trago|заработ*|изкара*|зароби*|принесу ~4 # ~4 тази нощ|на нощ|за ніч|за ночь|tej nocy|za noc|pe noapte|in noaptea asta|esta noche|por noche|esta noite|por noite|tazi nosht|na nosht',
  ],
  // Photos without clothes asked or held over someone (forms23).
  nude_photos: [
    'nagie zdjecia|zdjecia nago|rozbierane zdjecia|zdjecia bez ubrania',
    'poze nud|poze goale|poze dezbracata|poze fara haine',
    'голи снимки|снимки без дрехи|фото без одягу|оголені фото|інтимні фото|фото без одежды|голые фото|интимные фото',
    'ciplak foto*|ciplak resim*',
    'fotos desnuda|fotos sin ropa|fotos intimas|fotos desnudas',
    'fotos nua|fotos sem roupa|fotos intimas|fotos pelada',
    'صور عارية|صور بدون ملابس|صور خاصة',
  ],
  // Sent out to beg (forms23).
  begging: [
    'zebraj*|zebrze|zebrania|na zebry',
    'cerse*|cersi*|la cersit',
    'да проси|проси пари|prosi pari|prosya',
    'жебрає|жебракува*|просити милостиню|просить милостыню|zhebra*',
    'dilenci*|dilen*',
    'pedir limosna|pidiendo limosna|pidiendo dinero en la calle',
    'pedir dinheiro na rua|pedindo esmola|mendiga*',
    'يتسول|تتسول|التسول|الشحاذة|يشحذ|يشحت',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '乞讨|乞討|要饭|要飯|物乞い|ขอทาน',
  ],
  greeting: [
    'czesc|dzien dobry|witam|dobry wieczor',
    'buna|buna ziua|buna seara|salut',
    'zdraveite|zdravei|zdrasti|здравейте|здравей|здрасти',
    'здравствуйте|привет|добрый день|добрый вечер|привіт|добрий день|добрий вечір|доброго дня|доброго вечора',
    'zdravstvuyte|privet|dobryi den|dobriy den|dobryy den|pryvit',
    'jo napot|szia|sziasztok|szervusz',
    'merhaba|selamlar|iyi gunler|iyi aksamlar',
    'hola|buenos dias|buenas tardes|buenas noches|buenas',
    'ola|bom dia|boa tarde|boa noite|oi',
    'مرحبا|السلام عليكم|سلام|اهلا|أهلا|مساء الخير|صباح الخير',
    'salam|slm|salamu alaykum|assalamu alaikum|ahlan|marhaba',
    'سلام|درود',
    'xin chao|chao anh|chao chi',
    'sawasdee|sawatdee|sawasdee ka|sawasdee krap',
    'nabad|iska warran|salaan',
    'selam|selamat|tena yistilign|kemey',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '你好|您好|こんにちは|สวัสดี',
  ],
  thanks: [
    'dziekuje|dziekuje bardzo|dzieki',
    'multumesc|mersi|multumim',
    'blagodarya|mersi|благодаря',
    'спасибо|дякую|spasibo|dyakuyu|diakuiu|дуже дякую|большое спасибо',
    'koszonom|koszi|koszonjuk',
    'tesekkur*|sagol|sag ol|eyvallah',
    'gracias|muchas gracias',
    'obrigado|obrigada|valeu',
    'شكرا|شكراً|شكرا جزيلا|الله يجازيك|baraka allahu fik',
    'chokran|choukran|shukran|shukran jazilan|lah ykhalik|allah yjazik',
    'مرسی|ممنون|سپاس',
    'cam on|cam on ban|cam on nhieu',
    'khob khun|khop khun|khob khun ka|khob khun krap',
    'mahadsanid|mahadsanidin',
    'yekenyeley|yekenyelay|amesegnalehu|ameseginalehu',
    'hvala|hvala lijepa|hvala vam|hvala puno|puno hvala|najlepsa hvala',
    'dekuji|dekujeme|dakujem|dakujeme|diky',
    'salamat|maraming salamat|salamat po',
    'terima kasih|makasih',
    'faleminderit',
    'aciu|labai aciu|paldies|aitah',
    'asante|asante sana',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '谢谢|謝謝|多谢|多謝|感谢|感謝|ありがとう|ขอบคุณ',
  ],
  goodbye: [
    'do widzenia|na razie|pa pa',
    'la revedere',
    'dovizhdane|довиждане|чао',
    'до свидания|до побачення|do svidaniya|do pobachennya',
    'viszontlatasra|viszlat',
    'hoscakal|hosca kal|gorusuruz|gorusmek uzere',
    'adios|hasta luego',
    'tchau|ate logo|adeus',
    'مع السلامة|الى اللقاء|إلى اللقاء',
    'bslama|beslama|m3a salama',
    'خداحافظ',
    'tam biet|hen gap lai',
    'la gon',
    'nabad gelyo',
    'dovidenja|do vidjenja|dovidjenja|dovidjenija|zbogom',
    'na shledanou|dovidenia',
    'paalam',
    'sampai jumpa',
    'mirupafshim',
    'viso gero|uz redzesanos|head aega',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '再见|再見|拜拜|さようなら|ลาก่อน',
  ],
  yes: [
    'tak|dobrze|jasne',
    'da|bine|sigur',
    'да|добре|разбира се',
    'так|добре|звичайно|конечно|хорошо',
    'igen|persze|rendben',
    'evet|tamam|olur',
    'si|claro|vale|de acuerdo',
    'sim|claro|pode ser|ta bom|ta bem',
    'نعم|ايوه|أيوه|اه|طيب|اكيد',
    'wah|iyeh|na3am|wakha|waha',
    'بله|آره|باشه',
    'vang|duoc|da vang',
    'chai|krap|ka|dai',
    'haa|haye',
    'ewe|awo|eshi',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '是的|好的|对的|對的|はい|ใช่',
  ],
  no: [
    'nie wiem',
    'nu stiu|nu vreau',
    'не|не знам|не искам',
    'нет|ні|не знаю|ne znayu|net|ni',
    'nem|nem tudom',
    'hayir|yok|bilmiyorum',
    'no se|no quiero',
    'nao|nao sei|nao quero',
    'لا|لا أعرف|ما بعرف|مش عارف',
    'la2|lla|mabghitch|ma3reftch|man3ref',
    'نه|نمی دانم|نمیدونم',
    'khong|khong biet',
    'mai|mai chai|mai ru',
    'maya|ma garanayo',
    'aykonen|ayfeleten|aydelen',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '不是|不用了|いいえ|ไม่ใช่',
  ],
  // Asking for a person rather than the bot.
  human: [
    'z czlowiekiem|z konsultantem|z kims|zadzwonic',
    'cu un om|cu o persoana|cu cineva|sa vorbesc cu|sa sun',
    'с човек|с някой|с оператор|да се обадя',
    'с человеком|с оператором|з людиною|з оператором|поговорить с|поговорити з|s chelovekom|z lyudynoyu',
    'emberrel|valakivel beszel*|telefonal*',
    'bir insanla|biriyle konus*|gercek bir kisi|telefon numarasi',
    'una persona real|hablar con alguien|hablar con una persona|llamar por telefono',
    'uma pessoa real|falar com alguem|falar com uma pessoa|ligar para',
    'شخص حقيقي|اتكلم مع|أتحدث مع|التحدث مع|رقم الهاتف|موظف',
    'nhdr m3a|nhder m3a chi wa7ed|ntkelem m3a|bnadem',
    'با یک آدم|با یک نفر صحبت|شماره تلفن',
    'noi chuyen voi nguoi|nguoi that',
    'kui kab khon|khui kab khon',
    'qof dhab ah|la hadlo qof',
    'msa sb|kab sb kzarreb',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '真人|人工|工作人员|工作人員|跟人说话|跟人說話|和人说话|和人說話|担当者|人と話|คุยกับคน|เจ้าหน้าที่',
  ],
  // Round 47 (lang47): "is this trafficking / normal / legal?", the question the Dutch "is dit
  // mensenhandel?" asks, which the intent model learned as a question about the signs. In another
  // language it was read as a story (or, in Chinese, as nothing): the name of trafficking or
  // exploitation, and "is this normal, legal, allowed" in the shape each language asks it.
  is_it: [
    'handel ludzmi|handlem ludzmi|wyzysk',
    'czy ~2 to ~2 normalne|legalne|dozwolone',
    'trafic de persoane|trafic de fiinte|traficul de persoane|este normal|e normal|este legal|e legal|exploatare',
    'трафик на хора|трафик ли|нормално ли|законно ли|експлоатация|trafik na hora|normalno li|zakonno li',
    'торгівля людьми|торгівлею людьми|торговля людьми|торговлей людьми|це нормально|це законно|это нормально|это законно|експлуатаці*|эксплуатаци*|torgivlia liudmy|torgovlya lyudmi|eto normalno|tse normalno',
    'insan ticareti|insan kacakciligi|normal mi|yasal mi|somuru',
    'trata de personas|trata de blancas|es normal|es legal|explotacion laboral',
    'trafico de pessoas|trafico humano|isso e normal|e normal|isso e legal|e legal|exploracao',
    'emberkereskedelem*|normalis ez|ez normalis|legalis ez|ez legalis|kizsakmanyol*',
    'prekyba zmonemis|ar tai normalu|ar tai legalu|cilveku tirdznieciba|vai tas ir normali|vai tas ir likumigi',
    'obchod s lidmi|obchodovani s lidmi|trgovina ljudima|trgovanje ljudima|je li to normalno|da li je to normalno',
    'اتجار بالبشر|الاتجار بالبشر|تجارة البشر|استغلال|هل هذا طبيعي|هل هذا قانوني|هل هذا عادي|قاچاق انسان|آیا این عادی|آیا این قانونی',
    'buon nguoi|co binh thuong khong|co hop phap khong|boc lot',
    'ka ganacsiga dadka|tahriibinta dadka|ma caadi baa|ma sharci baa',
    'biashara ya binadamu|usafirishaji haramu wa binadamu|ni kawaida|ni halali',
    '人口贩卖|人口販賣|贩卖人口|販賣人口|人口贩运|人口販運|拐卖|拐賣|剥削|剝削|正常吗|正常嗎|合法吗|合法嗎|违法吗|違法嗎|人身売買|搾取|普通ですか|合法ですか|การค้ามนุษย์|ค้ามนุษย์|ถูกกฎหมายไหม|ปกติไหม',
  ],
  anonymity: [
    'anonim*|bez nazwiska|bez podawania',
    'fara nume|fara sa spun cine',
    'анонимн*|анонімн*|без имени|без імені|anonimno|anonimen',
    'nevtelen*|nev nelkul',
    'isim vermeden|ismimi vermeden|kimligim',
    'anonimo|anonima|anonimamente|sin dar mi nombre|sem dar o meu nome',
    'مجهول|بدون اسم|بدون ما نعطي سميتي|بدون اسمي',
    'ناشناس|بدون اسم',
    'an danh|giau ten',
    'magac la aan|qarsoodi',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '匿名|不留名字|不说名字|不說名字|名前を言わ|ไม่ระบุชื่อ|ไม่บอกชื่อ',
  ],
  police: [
    'policj*|policji|policja|policjant*',
    'politia|politiei|politist*',
    'полици*|поліці*|полиция|полицията|politsi*|politsiya|politsiia',
    'rendor*|rendorseg*',
    'polise|polisi|polislere|polise gitmek',
    'policia|policias|guardia civil',
    'شرطة|الشرطة|البوليس|lbolis|bolis|chorta',
    'پلیس',
    'canh sat|cong an',
    'tamruat|tam ruat',
    'booliis|booliska',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '警察|报警|報警|公安|ตำรวจ|แจ้งความ',
  ],
  privacy: [
    'kto czyta|kto to czyta|czy to jest zapisywane|zapisuj*',
    'cine citeste|se salveaza|sunt salvate',
    'кой чете|кто читает|хто читає|сохраняет*|зберігає*|записва*|записывает*',
    'ki olvassa|elmentik|tarol*',
    'kim okuyor|kaydediliyor|saklaniyor',
    'quien lee|se guarda|se guardan|guardan mis datos|fica gravad*|quem le|quem consegue ler|meus dados|mis datos',
    'من يقرأ|يتم حفظ|بياناتي|معلوماتي',
    'چه کسی می خواند|ذخیره',
    'ai doc|co luu lai|luu tru',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '个人信息|個人信息|个人资料|個人資料|隐私|隱私|個人情報|プライバシー|ข้อมูลส่วนตัว|ความเป็นส่วนตัว',
  ],
  lose_job: [
    'strace prace|stracic prace|strace robote|wyrzuca mnie z pracy',
    'pierd locul de munca|imi pierd locul|ma da afara',
    'ще загубя работата|ще ме уволнят|zagubya rabotata',
    'потеряю работу|втрачу роботу|звільнять|уволят|poteryayu rabotu',
    'elveszitem a munkam*|kirugnak',
    'isimi kaybeder*|isten atilir*|kovulur*',
    'pierdo mi trabajo|perder el trabajo|me despiden|perco o emprego|perder o emprego|me demitem',
    'افقد عملي|أفقد عملي|يطردوني من الشغل|نخسر الخدمة',
    'کارم را از دست',
    'mat viec|bi duoi viec',
    // Round 46 (form46): Lithuanian (the boss is read in it, the job lost was not).
    'prarasiu darba|prarasti darba|prarasiu darbo|mane atleis|atleis is darbo',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '丢工作|丟工作|失去工作|被开除|被開除|丢掉工作|丟掉工作|クビ|仕事を失|ตกงาน|ถูกไล่ออก',
  ],
  deported: [
    'deportuj*|deportowa*|wydal* z kraju|odesla* do domu',
    'expulzat|trimis acasa|trimisa acasa',
    'депортир*|депорту*|выслать|вислати|вишлють|вышлют|депортират|deportirat',
    'kitolonc*|kiutasit*',
    'sinir disi|sinirdisi|deport edil*',
    'deportar*|expulsar*|me mandan a mi pais|mandada embora|mandado embora',
    'ترحيل|يرحلوني|يسفروني|الإقامة|الاقامة|الأوراق|bla wra9|bla awra2|min gher awra2|men gher awra2',
    'دیپورت|اخراج',
    'truc xuat|bi duoi ve nuoc',
    'tarxiil|dib loo celin',
    // Round 46 (form46): "will they send me back", and a temporary protection lost, in Bulgarian,
    // Ukrainian and Russian, and Lithuanian deportation.
    'ще ме върнат|ще ме изгонят|ще ме депортират|shte me varnat',
    'втрачу ~3 статус|захист|посвідку',
    'потеряю ~3 статус|защиту|вид на жительство',
    'deportuos|isius is salies|issius',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '遣返|驱逐|驅逐|遣送|送回国|送回國|强制遣返|強制送還|送還|ถูกส่งกลับ|ส่งกลับประเทศ|เนรเทศ',
  ],
  // "Does anyone speak Romanian?": asking for a person who speaks one's language.
  own_language: [
    'po polsku|mowi po polsku|polskojezyczn*',
    'in romana|in limba romana|vorbeste romana',
    'на български|говори български|говорит по-русски|по-русски|російською|українською|po russki|na balgarski',
    'magyarul',
    'turkce|turkce konusan',
    'en espanol|habla espanol|em portugues|fala portugues',
    'بالعربية|يتكلم عربي|يحكي عربي|b darija|bdarija|b l3arbiya|bl3arbiya|kayhder b',
    'فارسی|به فارسی',
    'tieng viet|noi tieng viet',
    'af-soomaali|af soomaali|soomaali ku hadla',
    // "qof af-Soomaali ku hadla": the tokenizer keeps "af-soomaali" whole, so the speaking is read.
    'qof ~2 ku hadla',
    'tigrinya|tigrigna|amharic|amarigna|bdtigrinya',
    'farsi|be farsi|dari gap|dari sohbat|dari harf',
    // The same request in Dutch or English, for a language of these ("is hier iemand die russisch
    // spreekt?", "someone who speaks Ukrainian"): the intent model read the greeting before it (forms22).
    'iemand die ~2 pools|roemeens|bulgaars|russisch|oekraiens|oekraïens|arabisch|turks|spaans|portugees|hongaars|perzisch|farsi|somalisch|tigrinya|amhaars|vietnamees|thais|litouws|tsjechisch|slowaaks',
    'someone who|anyone who|somebody who|anybody who ~2 speaks|speak',
    'speaks|speak ~1 polish|romanian|bulgarian|russian|ukrainian|arabic|turkish|spanish|portuguese|hungarian|persian|farsi|somali|tigrinya|amharic|vietnamese|thai|lithuanian|czech|slovak',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese and Thai, read letter by letter (normalise.ts).
    '中文|说中文|說中文|讲中文|講中文|普通话|普通話|翻译|翻譯|日本語|通訳|ภาษาไทย|ล่าม',
  ],
};
