/**
 * The citizen's own questions in a language the bot does not chat in (Polish, Romanian, Bulgarian,
 * Ukrainian, Russian, Hungarian, Lithuanian, Latvian, Slovak, Czech, Turkish, Arabic, Farsi,
 * Spanish, Portuguese, French, Italian, German, Papiamento, Albanian, Somali, Farsi and Dari typed in
 * Latin letters, Tigrinya, Amharic, Thai, Indonesian, Vietnamese, Chinese, …): a counsellor
 * with a word list would still hear "police", "my name", "my permit", "lose the job", "what happens
 * next", "someone who speaks my language" in a sentence that asks, and answer that (in English and
 * Dutch). The words per topic are plain stems of those languages, not sentences: the question is
 * found by its form (a question mark in any script, a question particle, an "if" that opens a
 * condition, a first-person fear) and its topic by the words inside it. Pure.
 *
 * Scripts written without spaces between words (Thai, Chinese) and languages that join small words
 * to the word they belong to (Arabic "بالشرطة", "إقامتنا"; Ge'ez script "ብትግርኛ") are matched inside
 * words; the others at the start of a word, so a stem covers its endings ("zgłosz" for "zgłoszę").
 */
import type { QuestionTopic } from '../understanding/understanding';
import { asksSomething, cuedTopics, plainWords } from './questionCues';
import { inOrderAsked } from './ownQuestions';

/** Letters of scripts in which a stem is matched inside a word, not only at its start. */
const JOINED_SCRIPT =
  /[\p{Script=Thai}\p{Script=Han}\p{Script=Ethiopic}\p{Script=Arabic}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A matcher for stems: at the start of a word for scripts with spaces, anywhere for the joined
 * scripts. A stem ending in "=" is a whole word ("ha=", Hungarian "if", is not "hajó"); a stem with
 * a space ("karta pobytu") is matched as written, over plain words.
 *
 * The word-start check stands once before each group of stems, not before every stem: the engine
 * then looks behind once per position instead of once per stem (3–4 times less CPU for these
 * lists). Whether and where the first match starts is the same, and that is all the callers ask
 * (`test`, and `exec`'s index in `opensWithCondition`); which stem matched there may differ.
 */
export function stems(list: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const atStart: string[] = [];
  const whole: string[] = [];
  const inside: string[] = [];
  for (const entry of list.split('|')) {
    const word = plainWords(entry);
    if (word === '') continue;
    if (JOINED_SCRIPT.test(word)) inside.push(escape(word));
    else (entry.endsWith('=') ? whole : atStart).push(escape(word));
  }
  const groups = [
    ...(atStart.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${atStart.join('|')})`] : []),
    ...(whole.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${whole.join('|')})(?![\\p{L}\\p{N}])`] : []),
    ...inside,
  ];
  return new RegExp(groups.join('|'), 'u');
}

/**
 * Question particles and question words that seldom stand in a plain statement (Polish "czy",
 * Ukrainian "чи", Russian and Bulgarian "ли", Arabic "هل", Thai "ไหม", Tigrinya "ድዩ", Indonesian
 * "apakah"; not "jak" or "что", which also mean "as" and "that"), and a fear of one's own ("I am
 * afraid"), which the counsellor answers as the question it is.
 */
const ASKS = stems(
  [
    'czy=|oare=|дали=|чи=|ли=|хіба=|невже=|misin=|miyim=|mıyım=|muyum=|musun=|mısın=|vajon=|هل|كيف|ماذا|ไหม|มั้ย|หรือเปล่า|หรือไม่|อย่างไร|ยังไง|ดีไหม|ድዩ|ዲዩ|እንታይ|ከመይ|እንዴት|ይሆን|apakah=|bagaimana=|bisakah=|吗|嗎|什么|怎么|会不会|' +
      // French "est-ce que", Papiamento "kiko" (what) and "kon" (how), Farsi and Dari typed in Latin
      // letters "aya" (whether; "aya kasi hast…?") and "chi/che mishe" (what happens)
      "est ce que|est-ce que|qu'est ce|qu'est-ce|kiko=|kico=|aya=|chi mishe|che mishe",
    'boje sie|boję się|boimy sie|boi sie|boi się|боїться|боится|се страхува|tiene miedo|tem medo|korkuyor|mi e frica|mi-e frica|imi e frica|боюся|боюсь|страхувам|korkuyorum|korkarım|félek=|felek=|tengo miedo|tenho medo|اخاف|أخاف|خائف|خايف|กลัว|ይፈርሕ|እፈራለሁ|saya takut|aku takut|我怕|害怕|bijau=|baidos=|' +
      // the same fear in French, Italian, German, Papiamento, Farsi/Dari (Latin letters), Albanian, Somali
      "j'ai peur|jai peur|je crains|ho paura|habe angst|hab angst|ich furchte|mi tin miedu|mi tin miedo|mitarsam|mi tarsam|kam trembje|kam frike|waan ka baqayaa",
  ].join('|'),
);

/** The Turkish question particle closes its clause ("normal mi", "var mı"); elsewhere "mi" is "to me" or "we". */
const CLOSING_PARTICLE = /(?:^|\s)(?:mi|mı|mu|mü)$/u;

/**
 * "If" opening the sentence: the writer weighing a step ("якщо я піду в поліцію…"). An "if" inside
 * a sentence is most often a threat told ("the boss said that if we do not pay…"), a story.
 */
const CONDITION_FIRST = stems(
  'jesli=|jeśli=|jezeli=|jeżeli=|gdyby=|haddii=|daca=|dacă=|ако=|якщо=|если=|eger=|eğer=|ha=|wenn=|falls=|si=|اذا|إذا|لو=|ถ้า|หาก|እንተ|kalau=|jika=|如果|要是|jei=',
);
const GREETING =
  /^(?:(?:dzien dobry|dzień dobry|czesc|cześć|buna ziua|bună ziua|salut|привіт|добрий день|здравствуйте|здравейте|merhaba|selam|jo napot|jó napot|szia|hola|ola|olá|مرحبا|السلام عليكم|สวัสดี|halo|hello|hi)\s+)?/u;

function opensWithCondition(plainSentence: string): boolean {
  const rest = plainSentence.replace(GREETING, '');
  const first = CONDITION_FIRST.exec(rest);
  return first !== null && first.index === 0;
}

type Topic = QuestionTopic;

/** The topic words, per topic, in the languages of the people who write to this helpline. */
const TOPIC_STEMS: Record<Topic, RegExp> = {
  police: stems(
    'policj|policij|politia|poliția|politie|poliţi|polis|policia|polícia|polizei|polizia|policie|polícia|policaj|policija|polīcij|rendor|rendőr|полиц|поліц|міліц|милиц|полицай|شرطة|الشرطه|شرطه|بوليس|پلیس|ፖሊስ|ፖሊሲ|ตำรวจ|警察|polisi|pulis|canh sat|cảnh sát|jandarma|karakol|komisariat|komenda|carabinieri|guardia civil|boolis|' +
      'police|polici|gendarm|flics=|questura|polizist|hollandse polis|shorta',
  ),
  anonymity: stems(
    // anonymous, my name or identity, finding out that it was me
    'anonim|anonym|анонім|аноним|مجهول|بدون اسم|بدون إسم|ناشناس|匿名|ไม่ระบุชื่อ|ไม่เปิดเผยชื่อ|ชื่อของฉัน|ชื่อฉัน|névtelen|nevtelen|anónim|anonymn|' +
      "imie|imię|imienia|nazwisk|numele|nume=|ім'я|імені|имя|имени|името|adım|adim|ismim|ismimi|kimlig|kimliğ|nombre|nome=|nevem|nevemet|nevet|اسمي|إسمي|اسمى|ስመይ|ስምካ|ስሜ|nama saya|namaku|vardas|vārds|jmeno|jméno|meno=|" +
      'tozsamo|tożsamo|identitat|identitate|identidad|identidade|личност|особу|hovit|هويتي|الهوية|szemelyazonos|személyazonos|ตัวตน|' +
      'dowie|dowiedz|dowiadu|afla=|afle=|afla ca|afle ca|aflat ca|узна|узнае|дізна|разбер|разбере|ogrenir|ogrenirse|ogrenecek|ogrenirler|ogrenmesin|öğrenir|öğrenirse|öğrenecek|öğrenirler|öğrenmesin|megtud|rajonnek|rájönnek|rájön|se entera|se enteren|sabra|sabrá|descobr|ficar a saber|' +
      // French, Italian, German, Papiamento, Albanian, Somali, Farsi/Dari (Latin letters): my name, my
      // identity, finding out that it was me
      "anonymat|mon nom|mon identite|sauront que|saura que|savoir que c'est moi|c'est moi qui|que c'etait moi|decouvrir que|decouvrent que|il mio nome|mia identita|sapranno che|sapra che|scopriranno|che sono stato io|che sono stata io|mein name|meinen namen|meine identitat|erfahren dass ich|erfahrt dass ich|herausfinden dass|rausfinden dass|dass ich es war|mi nomber|mi nòmber|lo sa ku ta ami|sa ku ta ami|ku ta ami a|emrin tim|emri im|marrin vesh|magacayga|esmam|esme man|mifahmand|befahmand|mifahman|befahman|" +
      'ze to ja|że to ja|am fost eu|что это я|що це я|че съм аз|че аз съм|каже на шеф|каже ли на шеф|انني انا|أنني أنا|اني انا|أني أنا|انا من ابلغ|أنا من أبلغ|aniga ahaa|ogaan|benim yaptig|benim yaptığ|benim oldug|ben yaptim|en voltam|fui yo|fui eu|era yo|era eu|يعرف اني|يعرف أني|يعرفوا|รู้ว่าฉัน|รู้ว่าผม|รู้ว่าเรา|รู้ว่าหนู|tahu saya|知道是我|gizli kal',
  ),
  privacy: stems(
    'dane osobowe|moje dane|rodo|date personale|datele mele|персональн|мої дані|мои данные|личн данни|kisisel veri|kişisel veri|verilerim|adataim|adatai|mis datos|meus dados|بياناتي|البيانات|ข้อมูลของฉัน|ข้อมูลส่วนตัว|个人信息|gdpr|' +
      'kto czyta|kto widzi|cine citeste|cine citește|cine vede|хто читає|хто бачить|кто читает|кто видит|кой чете|kim okuyor|kim görüyor|ki olvassa|quien lee|quién lee|quem le|quem lê|من يقرأ|ใครอ่าน|ใครเห็น|誰在看|谁在看|zostanie zapisan|sa salvat|сохраня|зберіга|kaydedil|elmentik|se guarda|é guardad|e guardad|يحفظ|เก็บไว้|' +
      // whether the chat is confidential, who reads it, what is kept (French, Italian, German,
      // Papiamento, Albanian, Farsi/Dari in Latin letters, and the word in the languages above)
      'mes donnees|donnees personnelles|qui lit|qui voit|qui peut lire|enregistr|confidenti|confidenzial|confidencial|riservat|i miei dati|chi legge|meine daten|datenschutz|vertraulich|wer liest|gespeichert|mi datos|ken ta lesa|ken por lesa|konfidensial|konfidencial|te dhenat e mia|mahramane|poufn|secret|segreto|geheim',
  ),
  after_report: stems(
    'co sie stanie|co się stanie|co dalej|co bedzie|co będzie|co zrobicie|ce se intampla|ce se întâmplă|ce se va intampla|ce urmeaza|ce urmează|ce veti face|какво ще стане|какво следва|що буде|що далі|що ви зробите|что будет|что дальше|что вы сделаете|ne olacak|sonra ne|ne yapacaksınız|ne yapacaksiniz|mi fog tortenni|mi fog történni|mi tortenik|mi történik|mi lesz|que pasa despues|qué pasa después|que va a pasar|qué va a pasar|o que acontece|o que vai acontecer|ماذا سيحدث|ماذا بعد|ماذا ستفعلون|จะเกิดอะไรขึ้น|แล้วจะเป็นยังไง|እንታይ ክኸውን|እንታይ ክትገብሩ|ምን ይሆናል|apa yang terjadi|会发生什么|然后呢|kas bus|kas notiks|co se stane|čo sa stane|' +
      'co sie potem stanie|co się potem stanie|co potem|que se passe|qu est ce qui va se passer|que va t il se passer|kiko lo pasa|kico lo pasa|kita e yu|kita e mucha|kita nan|' +
      // French, Italian, German, Papiamento, Albanian, Somali, Farsi/Dari (Latin letters): what happens
      // next, what will you do
      'va se passer|se passera|se passe t il|se passe-t-il|et apres=|et ensuite|allez vous faire|allez-vous faire|ferez vous|ferez-vous|cosa succede|cosa succedera|che succede|cosa accadra|cosa farete|e poi=|was passiert|was geschieht|was dann|was macht ihr|was werdet ihr|wie geht es weiter|kiko ta pasa|kico ta pasa|kiko lo sosode|kiko ta sosode|kiko boso ta hasi|kiko boso lo hasi|i despues|cfare ndodh|cfare do te ndodh|maxaa dhacaya|maxaa dhici|chi mishe|che mishe|chi mishavad|' +
      'po zgloszeniu|po zgłoszeniu|dupa plangere|după plângere|dupa reclamatie|после заявления|після заяви|після скарги|ihbardan sonra|sikayetten sonra|şikayetten sonra|feljelentes utan|feljelentés után|despues de la denuncia|depois da denuncia|بعد البلاغ|หลังแจ้ง|apres la plainte|apres le signalement|dopo la denuncia|nach der anzeige|nach der meldung|despues di denuncia',
  ),
  consequences: stems(
    // sent back, papers, residence, asylum, temporary protection
    'renvoy|renvoi|papiers|sans papiers|mandar de volta|mandam de volta|mandar me de volta|me mandar|mandarem|devolver|de vuelta|trimite inapoi|trimis inapoi|trimită înapoi|odesl|odeśl|يرسلون|سيرسلون|يرجعون|سيرجعون|giay to|truc xuat|bi bat|bat toi|deport|депорт|ترحيل|يرحلوني|sinir disi|sınır dışı|geri gonder|geri gönder|kitoloncol|expuls|выслать|вышлют|висилат|висла|екстрад|ส่งกลับ|遣返|pozwolen|karta pobytu|pobyt|permis de sedere|permisul|вид на жительство|внж|посвідк|oturum|ikamet|residencia|residência|tartozkodas|tartózkodás|إقام|اقام|الاقامه|لجوء|اللجوء|لاجئ|asiel|azil|azyl|asilo|menedek|iltica|sığınma|siginma|убежищ|притулок|ዑቕባ|ጥገኝነት|庇护|居留|签证|status=|статус|statut|тимчасов|временн защит|временна закрила|ochrona czasow|ochrony czasow|protectie temporara|protecție temporară|gecici koruma|geçici koruma|ideiglenes vedelem|papiere|papeles|papeis|papéis|wiza|viza|vize|vizum|visto|visado|виза|візу|віза|تأشيرة|วีซ่า|ቪዛ|' +
      // losing the job or the home, being fired or thrown out
      'strac|stracę|pierd|изгон|z mieszkaniem|pieniadze z powrotem|pieniądze z powrotem|z powrotem pieniadze|z powrotem pieniądze|odzyskam|odzyskac|odzyskać|nie dostane juz prac|nie dostanę już prac|nie dostane prac|nie dostanę prac|втрат|потер|загуб|kaybed|elvesz|elveszít|perder|pierdo|perco|اخسر|أخسر|يخسر|تخسر|سأخسر|wyrzuc|zwolni|da afara|dă afară|dau afara|dau afară|dat afara|concediat|concedieze|concediaz|concedia=|уволь|уволя|звільн|уволн|kovul|kovar|işten çıkar|isten cikar|kirug|kirúg|echar|echan|despid|demit|يطرد|طردني|طردوني|سيطرد|ไล่ออก|ตกงาน|bez domu|bez mieszkania|bez pracy|fara casa|fără casă|fara locuinta|fara munca|без жилья|без житла|без работы|без роботи|без дом|без работа|evsiz|işsiz|issiz|sin casa|sin trabajo|sem casa|sem trabalho|hajlektalan|بدون سكن|بدون عمل|ไม่มีที่อยู่|' +
      // arrested, prison, punished, fined, in trouble, in danger, affected
      "letartoztat|letartóztat|aresz|arest|арешт|арест|tutukla|hapis|hapse|borton|börtön|wiezien|więzien|inchisoare|închisoare|затвор|в'язниц|тюрм|السجن|سجن|يسجن|يعتقل|اعتقال|ติดคุก|จับกุม|ถูกจับ|ማእሰር|እስር|坐牢|逮捕|kara=|ukaran|ukarz|pedeaps|pedepsi|наказ|покара|ceza|castigo=|buntet|büntet|عقوب|يعاقب|bírság|birsag|grzywn|amend|штраф|غرامة|klopot|kłopot|necaz|probleme|проблем|sorun|bajba|problemas|مشاكل|مشكلة|ปัญหา|ችግር|麻烦|" +
      'wplyn|wpłyn|afecta|afeta|afect|вплин|повлия|etkile|befolyasol|befolyásol|erint|érint|يؤثر|سيؤثر|تؤثر|ጸልዎ|ጽልዋ|ይጸሉ|ส่งผล|กระทบ|berpengaruh|mempengaruhi|影响|dlug|dług|splac|spłac|datori|borc|deuda|divida|dívida|adossag|adósság|дълг|борг|долг|ديون|หนี้|ዕዳ|债|还钱|欠钱|还要还|还清|' +
      // what happens to me
      // French, Italian, German, Papiamento, Albanian, Somali, Farsi/Dari (Latin letters), and prison,
      // fines and detention in Spanish and Portuguese: the permit, the job, debts, prison, being sent back
      'titre de sejour|permis de sejour|carte de sejour|sejour=|perdre|perdrai|perdu=|licenci|virer|vire=|viree=|mis a la porte|a la rue|prison|amende|punir|puni=|punie=|dette|rembours|arrete=|arretee=|arretes=|' +
      'perdere|perdero|perdo=|permesso di soggiorno|soggiorno|carcere|prigione|galera|multa=|debito|debiti|espuls|rimpatri|arrest|punit|punizion|' +
      'verlier|verliere|verloren|gekundigt|kundigen|rausgeworfen|rauswerf|entlassen|aufenthalt|abschieb|abgeschob|gefangnis|knast|strafe|bestraft|schulden|zuruckzahlen|zuruckgeschickt|verhaftet|festgenommen|' +
      'perde=|mi trabou|sin trabou|permit=|permiso|residensia|rèsidensia|deporta|manda bek|manda mi bek|e debe=|mi debe=|nan debe=|paga bek|kastig|problem|' +
      'leje qendrimi|burg=|burgu|borxh|humb|sharci|deyn|xabsi|dib loo celin|i celin|ekhraj|ikhraj|eqamat|eghamat|iqamat|zendan|jarime|bedehi|qarz|gharz|az dast bedam|az dast midam|' +
      'carcel|cárcel|preso=|presa=|cadeia|detenid|detid|' +
      'co ze mna bedzie|co się ze mną stanie|co sie ze mna stanie|ce se intampla cu mine|ce se va intampla cu mine|ce o sa se intample cu mine|что будет со мной|что со мной будет|що буде зі мною|що зі мною буде|какво ще стане с мен|bana ne olacak|bana ne olur|mi lesz velem|mi történik velem|mi tortenik velem|que pasa conmigo|qué pasará conmigo|que pasara conmigo|o que acontece comigo|o que vai acontecer comigo|ماذا سيحدث لي|เกิดอะไรขึ้นกับฉัน|เกิดอะไรขึ้นกับผม|apa yang terjadi dengan saya|apa yang terjadi pada saya',
  ),
  is_it_trafficking: stems(
    'handel ludzmi|handel ludźmi|prekyba zmon|prekyba žmon|isnaudoj|išnaudoj|trafic de persoane|insan ticaret|insan kaçakçı|trata de personas|trafico de pessoas|tráfico de pessoas|emberkereskedelem|торгівл людьми|торговля людьми|трафик|wyzysk|exploat|eksploat|somuru|sömürü|istismar|explotacion|explotación|exploracao|exploração|kizsakmanyol|kizsákmányol|експлуатац|эксплуатац|експлоатац|استغلال|الاتجار|اتجار|การค้ามนุษย์|ค้ามนุษย์|เอารัดเอาเปรียบ|ዝውውር ሰብ|剥削|人口贩卖|' +
      // French, Italian, German, Papiamento, Albanian, Farsi/Dari (Latin letters)
      "traite des etres humains|traite humaine|trafic d'etres humains|trafic humain|exploit|interdit|tratta di esseri umani|sfruttament|sfrutta|lecito|menschenhandel|ausbeut|ausgebeutet|erlaubt|trafiko di hende|trafiko humano|trata di hende|eksplot|permiti=|trafikim|shfrytez|ligjor|ghachagh|qachaq|qanuni|ghanooni|estesmar|" +
      'normale=|legaln|legalne|legal=|legalis|legale|legális|легальн|законн|yasal|قانوني|ถูกกฎหมาย|ผิดกฎหมาย|ሕጋዊ|合法|normaln|normalne|normal=|нормальн|normális|normalis|طبيعي|ปกติ|ንቡር|正常',
  ),
  signals: stems(
    'signes=|reconnaitre|indices=|segnali|riconoscere|anzeichen|erkennen|merkmale|señal|rekonose|rekonosé|shenjat|' +
      'jak rozpozna|po czym poznac|po czym poznać|sygnał|sygnal|cum recunosc|semnele|semne|ознак|признак|işaret|isaret|belirti|jelek|jeleit|señales|senales|sinais|علامات|สัญญาณ|ምልክት|迹象',
  ),
  counsellor: stems(
    'tlumacz|tłumacz|phien dich|phiên dịch|noi tieng|nói tiếng|traducator|traducător|interpret|перекладач|переводчик|преводач|tercuman|tercüman|tolmacs|tolmács|interprete|intérprete|traductor|tradutor|مترجم|ล่าม|ተርጓሚ|ኣተርጓሚ|አስተርጓሚ|penerjemah|tagasalin|翻译|vertėj|tulks|' +
      'porozmawia|z kims|z kimś|ktos kto mowi|ktoś kto mówi|cineva care|vorbi cu cineva|хтось|когось|кто-то|някой|konusabil|konuşabil|konusan|konuşan|aki beszel|aki beszél|hablar con alguien|alguien que hable|falar com alguem|falar com alguém|شخص يتحدث|احد يتكلم|أحد يتكلم|พูดภาษา|คนที่พูด|คุยกับคน|ዝዛረብ|ዝዛረባ|የሚናገር|ሰብ ኣሎ|seseorang yang|会说|说中文|talk to a person|mluví|hovorí|' +
      // French, Italian, German, Papiamento, Albanian, Somali, Farsi/Dari (Latin letters): a person,
      // someone who speaks my language, an interpreter
      "parler a quelqu'un|parler avec quelqu'un|quelqu'un qui parle|une vraie personne|un humain|traduct|tradutt|ubersetz|dolmetsch|parlez vous|parlez-vous|en francais|parlare con qualcuno|qualcuno che parla|parlate italiano|in italiano|mit jemandem|jemand der|sprechen sie|auf deutsch|papia ku un hende|un hende ku|papia papiamentu|na papiamentu|den papiamentu|perkthyes|flet shqip|ne shqip|turjubaan|af soomaali|gap bezan|gap zad|harf bezan|harf zad|tarjoman|tarjuman|motarjem|ba dari|be dari|ba farsi|be farsi",
  ),
};

/**
 * Danger to oneself or one's family, asked about together with going to the police or reporting
 * ("polise gidersem ailem de tehlikeye girer mi?"): what telling may bring, a consequence. (Danger
 * asked about on its own is for the safety screen, and gets 112.)
 */
const DANGER = stems(
  'niebezpiecz|pericol|опасн|небезпе|опасност|tehlike|peligro|perigo|veszely|veszély|خطر|อันตราย|ሓደጋ|አደጋ|危险|bahaya|pavoj|briesm|nebezpe',
);
const REPORTING = stems(
  'zglos|zgłos|zglas|zgłas|donies|plangere|plângere|reclamat|denunt|denunț|sesiz|скарг|заяв|повідом|жалоб|сообщ|сигнализ|ihbar|sikayet|şikayet|bildir|feljelent|bejelent|denunc|denúnc|بلاغ|ابلاغ|إبلاغ|شكوى|แจ้ง|ร้องเรียน|ክስ|ሪፖርት|ምሕባር|melapor|lapor|举报|报警|pranes|ziņo',
);

/**
 * The topics asked in a message in another language (or in the part of a mixed message the
 * question model does not read): the Dutch and English cues (src/triage/questionCues.ts), which
 * already know a few words of those languages, and the topic stems above in every sentence of a
 * message that asks.
 */
export function otherLanguageQuestions(text: string): QuestionTopic[] {
  const found = new Set<QuestionTopic>(cuedTopics(text));
  for (const sentence of askingSentences(text)) {
    for (const topic of Object.keys(TOPIC_STEMS) as Topic[]) if (TOPIC_STEMS[topic].test(sentence)) found.add(topic);
    if (DANGER.test(sentence) && (TOPIC_STEMS.police.test(sentence) || REPORTING.test(sentence))) found.add('consequences');
  }
  return [...found];
}

/**
 * Each sentence that asks, opens a condition or tells a fear on its own, in plain words: a story told
 * around a question ("szef mówi, że mam dług") names words that are not asked about. A short
 * question that points back ("هل هذا صحيح؟", "is that true?") asks about the sentence before it.
 */
function askingSentences(text: string): string[] {
  const sentences = sentencesOf(text);
  return sentences
    .flatMap((sentence, i) => {
      if (!asksInAnyLanguage(sentence)) return [];
      const short = i > 0 && plainWords(sentence).split(' ').length <= 4;
      return [short ? `${sentences[i - 1]!} ${sentence}` : sentence];
    })
    .map((sentence) => plainWords(sentence));
}

/** Room for the words of one sentence in the positions `inOtherAskedOrder` gives. */
const SENTENCE_ROOM = 100_000;

/**
 * The topics in the order the message asks them ("si je vais à la police, est-ce que je perds mon
 * titre de séjour ?": the police, then the permit), as a counsellor answers them: each topic at the
 * first place its words stand in a sentence that asks. A topic no topic word places (read from the
 * Dutch and English cues alone, or a person asked for) keeps its place; the placed ones fill the others, as
 * src/triage/ownQuestions.ts `inAskedOrder` does for Dutch and English.
 */
export function inOtherAskedOrder(topics: readonly QuestionTopic[], text: string): QuestionTopic[] {
  const at = new Map<QuestionTopic, number>();
  askingSentences(text).forEach((sentence, i) => {
    // A person asked for keeps the place the answer order gives it: the words for it include
    // "someone" ("ще каже ли някой на шефа ми…"), said of a person in the question as often as asked for.
    for (const topic of topics.filter((t) => t !== 'counsellor')) {
      const match = at.has(topic) ? null : TOPIC_STEMS[topic].exec(sentence);
      if (match) at.set(topic, i * SENTENCE_ROOM + match.index);
    }
  });
  return inOrderAsked(topics, at);
}

/** The sentences of a message, each with its own end mark (a question mark says which ask). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?؟።፧？。\n])/u).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** A question mark in any script, a question particle or word, a fear of one's own, or an "if" that opens it. */
export function asksInAnyLanguage(text: string): boolean {
  const plain = plainWords(text);
  return asksSomething(text) || /[?¿؟፧？]/u.test(text) || ASKS.test(plain) || CLOSING_PARTICLE.test(plain) || opensWithCondition(plain);
}
