/**
 * Thoughts of ending one's life in the other languages the chat gets, as they are typed on a phone
 * (round 45): joined to the danger screen's suicide lexicons (situations.ts) like the other
 * languages' situations (otherLanguageSituations.ts).
 *
 * The screen's own lexicons had the direct wish ("vreau sa mor", "quiero morir") in Cyrillic and
 * Latin-script languages, but none of it in Ukrainian, Russian or Bulgarian typed in Latin letters,
 * in Arabic typed in Latin letters with digits for letters ("bade moot", "bghit nmout"), Somali or
 * Vietnamese without its marks; and few of the indirect shapes (no way out, a burden, better gone,
 * tired of living, not waking up, a farewell) in Polish, Romanian, Turkish, Spanish or Portuguese.
 * Written by shape of the thought and language from the developer's own knowledge of how people
 * type them, not from tuning messages. Tokens have no diacritics (the tokenizer drops them), and the
 * chat-slang step has read Polish "nie" as "niet", "ya" as "you", "mn" as "mijn" and "k" as "ik";
 * a hyphen joins ("m-am" → "mam").
 *
 * The direct wish and the indirect thought are words of their own (suicide_direct, suicide_indirect):
 * with no distance they are a thought of now. Exhaustion and leave-takings are parts of a last act
 * only (OTHER_LANGUAGE_LAST_ACTS below). "No way out" is the writer's own ("ne bachu vykhodu"), not
 * the "no other choice" of a debt or an operation ("nie ma innego wyjścia", "no hay otra salida").
 * Phrases that are everyday words in another of these languages are bound to a neighbour:
 * Vietnamese "tu tu" is "suicide" and "slowly".
 */
import type { LexiconAdditions } from '../nlu/text/otherLanguageSituations';

type SuicideShape = 'suicide_direct' | 'suicide_indirect';

export const OTHER_LANGUAGE_SUICIDE: LexiconAdditions<SuicideShape> = {
  suicide_direct: [
    // Ukrainian and Russian in Latin letters (kh or h, zh or j, y or i): want to die, not want to
    // live or wake up, end it with oneself, suicide.
    'khochu|hochu|khoche|hoche|xochu ~2 pomerty|vmerty|umerty|umeret|sdokhnut|zdokhnuty',
    'ne ~1 khochu|hochu|khoche|hoche|xochu ~2 zhyty|zhity|zhit|jyty|jit|isnuvaty|sushchestvovat',
    'pokinchyty|pokinchu|pokinchyt|pokinchit|pokinchy|pokonchit|pokonchu|pokonchyt ~1 z|iz|zi|s ~1 soboiu|soboyu|soboju|soboi|soboj|soboy',
    'samohubstvo|samogubstvo|samoubiistvo|samoubijstvo|samoubiystvo|samoubiistvo|suitsyd',
    // Bulgarian in Latin letters (sh, zh, q or ya for the hard sounds): want to die, not want to live.
    'iskam da umra|iskam da umram|ne iskam da zhiveya|ne iskam da jiveq|ne iskam da zhivea|ne iskam da jivea|ne iskam veche da zhiveya',
    // The Ukrainian and Russian future and past of ending it with oneself (the infinitive is in
    // situations.ts): "каже, що покінчить із собою".
    'покінчить|покінчу|покінчила|покінчив|покінчать ~1 з|із|зі ~1 собою',
    'покончит|покончу|покончила|покончил ~1 с ~1 собой',
    // Arabic typed in Latin letters, Levantine, Egyptian and Moroccan: I want to die, I do not want to
    // live, I will kill myself, suicide.
    'bade|badi|baddi|bddi|bdi|biddi|bedi ~1 moot|mout|mut|emout|amoot|amout',
    '3ayez|3ayz|3awz|3ayza|3awza|3ayzah ~1 amoot|amout|moot|mout',
    'bghit|bghitt|baghi|bgheet|bgit ~1 nmout|nmot|nmut|nmot|mout',
    'ma ~1 bade|badi|baddi|bddi|bdi ~1 3ish|3eesh|3eish|3aysh|e3ish|a3ish',
    'mabghitch|mabghitsh|mabghitech ~1 n3ich|n3ish|n3ayech|n3aych',
    'ma ~1 bghitch|bghitsh ~1 n3ich|n3ish|n3ayech|n3aych',
    'mesh|mish|mush|msh ~1 3ayez|3ayza|3awz|3awza ~1 a3ish|a3eesh|a3eish',
    'a2tol|a2tel|aktol|a2tal|n9tel|nqtel|n9tal|nqtal|nkatal|n9atal ~1 7ali|nafsi|rasi|ra2si|roo7i',
    'ent7ar|nt7er|nte7er|anta7er|ante7er|enti7ar|inti7ar|nti7ar',
    // Somali: I do not want to live (on), I want to die, to kill myself.
    'ma rabo|marabo ~2 inaan|in aan ~2 noolaado|noolaado|sii noolaado|noolaado',
    'waxaan rabaa|waan rabaa|doonayaa ~2 inaan|in aan ~1 dhinto|is dilo',
    'is dilo|isdilo|is dili|isdili|is dilayaa|isdilayaa',
    // Vietnamese without its marks: want to die, not want to live, suicide ("tự tử" typed bare is
    // also "từ từ", slowly: only with a wish or a thought before it).
    'muon|dinh|nghi den|nghi toi ~1 chet|tu tu|tu sat',
    'khong|chang|ko|ik ~1 muon ~1 song',
    'tu sat',
    // Tigrinya in Latin letters, the short spellings of "I want to die".
    'kimot delye|kmot delye|kemot delye|kimut delye|kmut delye|mot delye',
    // Turkish as typed: I want to die, I will kill myself, in the spoken endings ("-cem", "-yom").
    'olmek ~1 istiyom|istiyorum|isterim|istiyordum',
    'kendimi ~1 oldurcem|oldurecem|olduresim|oldurucem|oldurecegim',
    'olesim var|olsem de kurtulsam|intihar etcem|intihar edecegim|intihar edicem',
    // Spanish, Portuguese, Polish, Romanian: the wish and the deed in their commonest typed forms.
    'me quiero morir|me kiero morir|kiero morir|quiero morirme|me voy a matar|me voy a suicidar|acabar con mi vida|quitarme la vida',
    'qro morrer|kero morrer|quero morre|vou me matar|vou me suicidar|acabar com a minha vida|acabar com minha vida|tirar a propria vida',
    'chce ~1 sie ~1 zabic',
    'odbiore sobie zycie|skoncze ze soba',
    'vreau sa ma omor|vreau sa ma sinucid|sa ma sinucid|o sa ma omor|imi iau viata|sa mi iau viata|sami iau viata',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese, Thai and Korean (Hangul is read in its letters after NFKD, the same for the lexicon).
    '自杀|自殺|轻生|輕生|寻死|尋死|我想死|真想死|好想死|想去死|不想活|活不下去|结束自己的生命|結束自己的生命|了结自己|了結自己|跳楼|跳樓|上吊|割腕',
    '从楼顶|從樓頂|从楼上|從樓上|从桥上|從橋上 ~3 跳下',
    '死にたい|自殺|生きたくない|生きていたくない|消えたい',
    'อยากตาย|ฆ่าตัวตาย|ไม่อยากมีชีวิต|ไม่อยากอยู่แล้ว|จบชีวิตตัวเอง',
    '죽고 싶*|자살*|살고 싶지 않*',
  ],
  suicide_indirect: [
    // Not waking up, no way out, tired of living, better without me: Ukrainian and Russian in Latin
    // letters ("ne khochu zavtra prokydatys").
    'ne ~1 khochu|hochu|xochu ~3 prokydatys|prokydatysia|prokydatysya|prokynutys|prokynutysia|prosypatsya|prosypatsa|prosnutsya',
    'ne ~1 bachu|vizhu ~1 vykhodu|vyhodu|vihodu|vyxodu',
    'vtomyvsia|vtomylasia|vtomylas|vtomyvsya|vtomylasya|ustal|ustala ~1 zhyty|zhit|zhity',
    'nabrydlo zhyty|nadoelo zhit',
    'krashche|krasche|kraschhe|luchshe ~2 bez mene|bez menya|bez menia',
    'luchshe by ~1 menya ~1 ne ~1 bylo|krashche b ~1 mene ~1 ne ~1 bulo',
    'tiahar|tyahar|tiaghar ~2 dlia|dlya ~1 vsikh|usikh',
    'obuza dlya vsekh|obuza dlia vsekh',
    // Bulgarian in Latin letters: no way out seen, no sense in living, better without me, a burden.
    'ne vizhdam izhod|nyama smisal da zhiveya|nqma smisal da jiveq|po dobre bez men|podobre bez men|breme za vsichki',
    // Arabic in Latin letters: tired of life, better if I were not, a burden on everyone.
    'ta3ban|t3ban|ta3bana|ta3banah|3yit|3yiit|3yyit|za3lan ~2 men|mijn|min ~1 el 7aya|l7aya|l7ayat|el hayat|lhaya|lhayat|7ayati|hayati|el 3ishe|l3icha',
    'a7san|ahsan|a7sn|hsen ~2 law|lo|ila ~1 mitt|mett|mutt|mt|ma kont|makontch',
    'ana ~1 3ib2|3eb2|3eba2 ~1 3ala|3la ~1 el kel|kolkom|el kol|kulshi',
    // Somali: tired of life, no way out.
    'nolosha ~2 ka daalay|ka daashay|ka quustay',
    // Vietnamese: to sleep and never wake, a burden on everyone, no reason left to live.
    'ngu ~3 khong ~2 day nua|bao gio day|thuc day nua|tinh lai',
    'khong ~1 con ~1 ly do de song|ly do song',
    'het duong song|la ganh nang|ganh nang cho',
    // Turkish: no way out seen, tired of living, a burden, better if I were not, farewells of the dying.
    'cikis yolu|cikar yol|baska yol ~1 goremiyorum',
    'yasamaktan ~1 yoruldum|biktim|sikildim',
    'herkese ~1 yuk|yukum|yuk oluyorum|yuk oldum',
    'ben ~1 olmasam|olmazsam|olmasaydim ~3 daha iyi|herkes rahat|rahat eder',
    // Spanish and Portuguese: better dead, not worth living, ending it all. "No way out" only as seen
    // by the writer ("no veo salida", situations.ts): "nie ma innego wyjścia", "no hay otra salida"
    // is "there is no other choice", said of a debt or an operation as well.
    'mejor ~1 muerta|muerto|morirme|estar muerta|estar muerto',
    'no vale la pena ~1 vivir|seguir viviendo|seguir',
    'acabar con todo|terminar con todo|acabar con esto de una vez',
    'melhor ~1 morta|morto|morrer|estar morta|estar morto',
    'nao vale a pena ~1 viver|continuar vivendo|continuar',
    'acabar com tudo|dar um fim em tudo|dar fim a tudo',
    // Polish: better dead, ending it all; a jump or a train as the way.
    'lepiej ~1 bym umarl|bym umarla|umrzec|zebym umarl|zebym umarla',
    'skocze ~2 z mostu|z dachu|z okna|do wody|pod pociag',
    'rzuce sie ~1 pod pociag|z mostu|do wody',
    'skonczyc z tym wszystkim|skoncze z tym wszystkim',
    // Romanian: no sense in living, throwing oneself off or under.
    'nu are rost sa traiesc|nu mai are rost sa traiesc|nu are sens sa traiesc',
    'sa ma arunc|ma arunc|o sa ma arunc ~3 de pe|de la|in fata|sub|in apa|in rau',
    'sa termin cu viata|sa termin cu tot|sa inchei cu viata',
    // Round 47 (lang47): Chinese (simplified and traditional), Japanese, Thai and Korean (Hangul is read in its letters after NFKD, the same for the lexicon).
    '一了百了|活着没意思|活著沒意思|活着没有意义|活著沒有意義|不如死了|死了算了|死了就好了|撑不下去了|撐不下去了|我是负担|我是負擔|没有出路|沒有出路|消失就好',
    '楽になりたい|終わりにしたい|もう限界|ไม่ไหวแล้ว|ไม่มีทางออก|เป็นภาระ',
  ],
};

/**
 * Exhaustion told as an end ("nu mai rezist", "ta3ban ktir") and leave-takings ("perdão por tudo",
 * "hakkınızı helal edin") in the same languages, for the parts of a last act (thoughtByMeans.ts), not
 * the danger lexicons: both are said of a work week or a move, and as words of suicide the suicide
 * model's score would count on them alone (a first try of this round read "ana ta3ban ktir mn el
 * shoghol" as a wish to die). A weary part counts only beside a means, a farewell or a letter left; a
 * sorry for everything only with the silence after it.
 */
export const OTHER_LANGUAGE_LAST_ACTS: LexiconAdditions<'weary' | 'thanks'> = {
  weary: [
    'ya no puedo mas|no aguanto mas|ya no aguanto|no puedo mas con esto',
    'nao aguento mais|nao consigo mais|nao suporto mais',
    'niet daje rady|niet mam juz sily|mam dosc wszystkiego',
    'nu mai rezist|mam saturat de tot|nu mai suport',
    'artik ~1 dayanamiyorum|dayanamiyom|yapamiyorum',
    'her seyden ~1 biktim|yoruldum|sikildim',
    'ne mozhu bilshe|ne mogu bolshe|ne moga poveche|vtomyvsia vid vsioho|vtomylasia vid vsioho|ustal ot vsego|ustala ot vsego',
    'ta3ban ktir|ta3bana ktir|ta3ban kteer|3yit bzaf|3yit mijn kolchi|ana ta3ban|ana ta3bana',
    'met lam roi|qua met moi|khong chiu noi nua',
    'waan daalay|aad ayaan u daalay',
  ],
  thanks: [
    'perdon por todo|perdonenme por todo|perdoname por todo|adios para siempre',
    'perdao por tudo|me perdoem por tudo|me perdoa por tudo|adeus para sempre',
    'przepraszam za wszystko|wybaczcie mi|zegnajcie',
    'iertati ma|iertatima|adio pentru totdeauna|ramas bun pentru totdeauna',
    'hakkinizi helal edin|hakkini helal et|elveda|her sey icin ozur dilerim',
    'prostit mene za vse|prostite menya za vse|prostite za vse|proshchaite|proshchavaite',
    'sam7ouni|sam7oni|samhouni|sam7ini|samhini ~2 3ala|3la ~1 kol|kolchi|kulshi',
  ],
};
