/**
 * What the person is made to do, told by the clause's structure rather than by the place it is told
 * in: an obligation, an order or a threat ("moet", "wordt gedwongen", "has to", "they make her",
 * "kazą mu", "trebuie", "tiene que") with an act of one of the four forms after it in the same
 * sentence, or an act done "for them" (for whose money the person does it). The labelling guide
 * names a form by what the person is made to do; a place word ("a hostel", "the warehouse", "a nail
 * studio") tells where a story is set, which is often the writer's own work or a cover, and the
 * tuning writers label by the act (ADR 0006 round 36).
 *
 * Short, general lists: the verbs of obligation in Dutch, English and the languages labour migrants
 * write in (in Latin letters with and without diacritics, and in Cyrillic and Arabic letters), and
 * the plainest verbs of each form's acts (steal, smuggle, run for, open an account; be with clients
 * or men; work, clean; give or sell an organ). Words that read as something else after an
 * obligation are left out: "pakken" alone ("de trein pakken"), "carry" (bricks), Portuguese "devo"
 * (I owe), Turkish "çal-" (also the stem of "çalışmak", to work, once the letters are folded).
 * Written from the developer's knowledge of these languages, not from tuning lines. Phrase syntax:
 * src/nlu/text/concepts.ts.
 */

/** Someone must, is forced, ordered or made to: the person of concern as the one made to act. Each a pattern of its own (some hold a gap). */
const OBLIGATION: readonly string[] = [
  // Dutch
  'moet|moeten|moest|moesten|gedwongen|dwingt|dwingen|dwong|dwongen|verplicht|verplichten|opgedragen',
  'laat|laten|liet|lieten ~1 hem|haar|mij|me|ons|hen|ze',
  'wil|willen|wilde|wilden ~1 dat ~1 ik|hij|ze|zij|we|wij',
  // English
  'must|has to|have to|had to|having to|needs to|need to|got to|forced|forces|forcing|pushed into|ordered|orders|told to',
  'make|makes|made|making|force|get|gets|got|want|wants|wanted ~1 me|him|her|them|us|the boys|the girls|the kids',
  // Polish
  'musi|musza|musze|musial|musiala|musieli|musialy|kaza|kaze|kazal|kazala|kazali|kazac|zmusza|zmuszaja|zmusil|zmusila|zmusili|zmuszony|zmuszona',
  // Romanian
  'trebuie|trebuia|trebuiau|obliga|obligat|obligata|obligati|forteaza|fortat|fortata|il pune|o pune|ma pune|ne pune|ii pune|vrea sa|vor sa|voia sa',
  // Bulgarian, Russian and Ukrainian, in Cyrillic and in Latin letters
  'трябва|принужд*|кара ме|карат ме|кара го|карат го|кара я|карат я|tryabva|trqbva|karat go|kara go',
  'должен|должна|должны|заставля*|заставил*|мусить|мусять|змушу*|змусил*|повинен|повинна|велят',
  'dolzhen|dolzhna|dolzhny|zastavlya*|zastavil*|musyt|musyat|zmushu*|zmusyl*|povynen|povynna|velyat',
  // Turkish, Spanish, Portuguese, Hungarian
  'zorunda|zorla|zorluyor*|zorladi*|mecbur*|yaptiriyor*|yaptirdi*',
  'tiene que|tienen que|tengo que|tenia que|tenian que|obliga|obligan|obligado|obligada|forzado|forzada|le hacen|la hacen|lo hacen|los hacen|me hacen|le mandan|la mandan|lo mandan',
  'tem que|tem de|tenho que|tenho de|tinha que|tem q|obriga|obrigam|obrigado|obrigada|forcado|forcada|fazem ele|fazem ela|manda ele|mandam ele|manda ela|mandam ela',
  'kell|kellett|kenyszerit*',
  // Arabic and Moroccan Darija in Latin letters
  'khass|khasso|khassha|khassni|khasshom|lazem|lazm|lazim|bzez|bezzez',
  'يجب|لازم|مجبر|مجبرة|اجبر*|أجبر*|يجبر*|تجبر*|يخليه|يخليها|بيخليه|بيخليها|يجعله|يجعلها|ويجعله|ويجعلها',
  // Levantine and Darija in Latin letters: "he makes him" (round 45).
  'bi5alli|bikhalli|bi5allih|bikhallih|bi5alliha|bikhalliha|bi5allini|bikhallini',
  // Round 48 (form48): the languages the lists above had no obligation in, though the helpline meets
  // them (Somali "ku qasban", "waa inaan"; Persian "majbur"; Tagalog "pinipilit"; Vietnamese "bi ep";
  // Croatian, Serbian and Bosnian; Czech; Lithuanian; Albanian; French, German and Italian), and
  // the Hungarian "muszáj". Only the verbs that say someone must or is made to, never "can" or "want".
  'ku qasban|ku qasbay|ku qasbaan|ku qasbo|i qasbay|i qasbaan|igu qasbaan|igu qasbay|igu qasbeen|ugu qasbaan|ugu qasbay|waa inaan|waa inuu|waa inay|waa in aan',
  'majbur|majboor|majburam|majbooram|majbure|majbooreh|مجبور|مجبورم|مجبوره|مجبورش|مجبورمان',
  'pinipilit|pinilit|pinipilit siya|kailangan niyang|kailangan kong|pinapagawa',
  'bi ep|bi bat|bat phai|bat em|bat toi|bat no|ep buoc|buoc phai|bat co ay|bat anh ay',
  'mora|moram|moraju|morao|morala|prisiljen|prisiljena|prisiljava*|prisilio|prisilili|tjera|tjeraju|tera|teraju',
  'musim|musel|musela|museli|nuti|nuti ho|nuti ji|donutil*|nuceny|nucena',
  'turi|turejo|priverte|privercia|verste|vercia',
  'duhet|detyrohet|detyruar|detyron|e detyrojne|e detyron',
  'doit|doivent|devait|devaient|obligee|forcee|forcent|la font|le font|la forcent|le forcent|il faut qu*',
  'muss|musste|mussen|mussten|gezwungen|zwingt|zwingen|zwang',
  'deve|devono|doveva|dovevano|costretto|costretta|costretti|costrette|obbligato|obbligata|obbligano',
  'muszaj',
];

/** Done for someone: the person works, runs or steals for them. */
const FOR_THEM =
  'voor ze|voor hen|voor hem|voor die mannen|for them|for him|for those men|dla nich|dla niego|pentru ei|pentru el|para ellos|para el|para eles|para ele|onlar icin|onun icin';

/** The acts of criminal exploitation: steal, smuggle or run, deal, open or lend an account, hand over a card. */
const CRIME_ACTS = [
  'stelen|steelt|stal|stalen|jatten|roven|beroven|zakkenrollen|inbreken|winkeldiefstal|telefoons pakken|portemonnees pakken|tassen pakken',
  'vervoeren|vervoerd|smokkelen|gesmokkeld|lopen voor|loopt voor|rennen voor|runnen|dealen|koerieren|drugs verkopen|drugs afleveren',
  'steal|stealing|stole|shoplift|shoplifting|pickpocket|pickpocketing|rob|robbing|smuggle|smuggling|deal drugs|dealing drugs|sell drugs|selling drugs|run drugs|running drugs|courier',
  // Round 39 (enform39): the shop goods taken (the form lexicon's perfume and razors), pills sold, and
  // the grow house worked in ("forced to work on cannabis farms": work alone decides nothing). No gap
  // (~N) inside an entry: the entries are joined into one alternation.
  'take perfume|take perfumes|take razors|taking perfume|taking perfumes|taking razors|grab perfume|grab perfumes|grab razors',
  'sell pills|sells pills|selling pills|deal pills|dealing pills',
  'cannabis farm|cannabis farms|weed farm|weed farms|grow house|grow houses|wietplantage|wietkwekerij|hennepkwekerij',
  'krasc|ukrasc|kradna|kradnie|kradli|okradac|przemycac|dilowac',
  'fure|fura|furat|fureze|vanda droguri|vinda droguri',
  'крад*|украст*|краст*|krast|ukrast|kradat|kradu|перевоз*|perevoz*',
  'calmak|calmaya|calmasini|caliyor|caliyorlar|hirsizlik',
  'robar|roba|roban|robando|hurtar|traficar|vender droga',
  'roubar|rouba|roubam|roubando|furtar|vender droga',
  'lopni|lopnak|lopjon',
  'sreq|ysreq|tsreq|sre9|ysre9|tsre9|يسرق|تسرق',
  // Round 45 (form45): drugs sold, in Arabic letters and in Darija and Levantine Arabic in Latin letters ("ybee3 7ashish").
  'ybi3 7ashish|ybee3 7ashish|tbi3 7ashish|yby3 7ashish|bi3 7ashish|ybi3 hashish|ybee3 hashish|ybi3 drogue|ybee3 drogue|يبيع حشيش|يبيع مخدرات|يبيع المخدرات|بيع المخدرات|بيع مخدرات|بيع الحشيش',
  // An account opened in one's name. Not a card or a phone handed over: a boss or a pimp who takes
  // them is the control of every form ("ze moeten bij hem hun pinpas inleveren").
  'rekening openen|rekeningen openen|bankrekening openen|open an account|open a bank account|open accounts|open bank accounts|zalozyc konto|cont la banca|cont bancar|alta banca|abrir una cuenta|abrir cuenta|abrir uma conta|abrir conta|hesap ac*|рахунок|rahunok',
  // Round 48 (form48): drugs carried or sold, told by the verb with the drug in each language (the
  // drug word alone is left out: "ze moet drugs gebruiken" is use, not an errand), and stealing in
  // the languages added to the obligations.
  'daroogo u qaado|daroogo qaado|daroogo u qaadaa|daroogo iibiyo|daroogo u iibiyo|daroogada u qaado|daroogada iibiyo|daroogo gee|tuugo|xado',
  'llevar droga|llevar drogas|transportar droga|transportar drogas|pasar droga|vender drogas|mover droga|levar droga|levar drogas|entregar droga|entregar drogas|vender drogas',
  'care droguri|transporte droguri|transportam droguri|vanda droguri|vanda iarba',
  'wozic narkotyki|przewozic narkotyki|sprzedawac narkotyki|handlowac narkotykami|rozwozic narkotyki|sprzedawac dopalacze',
  'uyusturucu sat*|uyusturucu tasi*|uyusturucu goturmek|esrar sat*',
  'drogot arul*|drogot arusit*|drogot szallit*|drogot vinni|kabitoszert arul*|kabitoszert szallit*',
  'продавать наркотики|продавати наркотики|возить наркотики|возити наркотики|раскладывать закладки|робити закладки|делать закладки|закладки',
  'prodavat narkotiki|vozit narkotiki|delat zakladki|zakladki',
  'prodavati drogu|prodavat drogu|prenositi drogu|krasti|kradu|krade',
  'prodavat drogy|prevazet drogy|krast|kradl*',
  'ban ma tuy|cho ma tuy|van chuyen ma tuy|giao hang ma tuy|an trom|an cap',
  'magbenta ng droga|magdala ng droga|magnakaw|nagnanakaw',
  'shes droge|shese droge|te vjedh|vjedh',
  'vendre de la drogue|transporter de la drogue|voler|drogen verkaufen|drogen transportieren|stehlen|klauen|spacciare|vendere droga|trasportare droga|rubare',
].join('|');

/** What is stolen, before a Dutch verb at the end of the clause ("moet telefoons en portemonnees pakken"). */
const THEFT_OBJECTS = 'telefoons|portemonnee|portemonnees|portemonnaies|tassen|handtassen';

/** The acts of sexual exploitation: with clients or men, sex. */
const SEX_ACTS = [
  'met mannen|met klanten|seks|naar bed|slapen met',
  'sleep with|have sex|sex with|see clients|with men|with clients|with customers',
  'z klientami|z mezczyznami|z facetami|cu clientii|cu clienti|cu barbati|cu barbatii',
  's klientami|s klienty|s muzhchinami|с клиентами|с мужчинами|з клієнтами|з чоловіками|с клиенти|с мъже',
  'erkeklerle|musterilerle|con hombres|con clientes|com homens|com clientes|ferfiakkal|m3a rjal|m3a rrjal|m3a lklyan',
  // Round 48 (form48): with men or clients in the languages added to the obligations, and in Arabic
  // and Persian letters.
  'niman la seexato|niman la seexdo|rag la seexato|ragga la seexato|macaamiisha la seexato',
  'ba mardha|ba mard ha|ba mardaye digar|با مردها|با مردان|با مشتری ها|مع الرجال|مع رجال|مع الزبائن|مع زبائن',
  'makipagtalik|sa mga lalaki|sa mga kliyente',
  'ngu voi khach|ngu voi dan ong|tiep khach',
  's muskarcima|sa muskarcima|s klijentima|sa klijentima|s muzi|s klienty|me burra|me kliente|su vyrais|su klientais',
  'avec des hommes|avec les clients|avec des clients|coucher avec|mit mannern|mit freiern|anschaffen|con uomini|con i clienti|con clienti|andare con uomini',
].join('|');

/** Clients or men as what is "done" or received (Dutch, verb last). */
const SEX_OBJECTS = 'klanten|klant|mannen|gasten';

/** Whom the person must be "nice" to: the men or the one's friends, not a customer at a till. */
const NICE_TO = 'vrienden|vriend|mannen|gasten|jongens|ze|hen|friends|men|guys|them';

/** The acts of labour exploitation: work, clean, pick. */
const LABOUR_ACTS = [
  'werken|werkt|schoonmaken|poetsen|plukken|sjouwen|work|working|clean|cleaning|pick fruit',
  'pracowac|pracuje|sprzatac|munci|munceasca|lucreze|lucra|trabajar|limpiar|trabalhar|limpar',
  'calismak|calismaya|calisiyor*|rabotat|pratsyuvaty|pratsiuvaty|работать|працювати|dolgozni|dolgozik',
  'ykhdem|tkhdem|nkhdem|khdem|يشتغل|يعمل|تشتغل|تعمل',
].join('|');

/** The acts of organ removal: an organ given, sold or donated. */
const ORGAN_ACTS = [
  // The organ named, not the verb alone: "hun bankrekening moeten afstaan" gives up an account.
  'nier|nieren|orgaan|organen|organ|organs|kidney|kidneys|donor',
  'nerk*|rinichi*|rinon|bobrek*|klwa|kilya|почк*|нирк*|бъбрек*|donora',
].join('|');

/**
 * Round 45 (form45): the sexual act told by whom the person must be with, in shapes the lists above
 * miss. Dutch with the obligation after the act ("dat ze de huur met mannen moet afbetalen", "bij
 * hem moet slapen", "naar een adres moet 'bij mannen'"), being "nice" to them in Spanish,
 * Portuguese, Polish and Romanian as Dutch and English already are, and men counted per day or night
 * with an obligation, or clients per night (either order: "ze moet 5 mannen per nacht doen"). Not clients per day: a hairdresser or a nail stylist
 * "moet 30 klanten per dag" too. Over the corpus and the tuning parts every message these read is
 * sexual but one question ("waar moet ik op letten bij klanten?", before "bij klanten" was left out).
 */
const NICE = 'simpatica|simpatico|amable|carinosa|carinoso|boazinha|boazinho|mila|mily|draguta|dragut|cuminte';
const NICE_PREP = 'con|com|dla|z|cu';
const NICE_WHOM =
  'ellos|amigos|hombres|clientes|eles|homens|nich|nimi|kolegow|kolegami|mezczyzn|mezczyznami|klientow|klientami|ei|prietenii|barbatii|clientii';
const MEN = 'mannen|men|mezczyzn|barbati|hombres|homens|muzhchin|мужчин|мъже|чоловіків';
const CLIENTS = 'klant|klanten|clients|customers|klientow|clientes|clienti';
const PER_DAY = 'per dag|a day|per day|dziennie|na dzien|pe zi|al dia|por dia';
const PER_NIGHT = 'per nacht|a night|per night|na noc|pe noapte|por noche|por noite|за ніч|за ночь';
export const SEX_WITH_WHOM: readonly string[] = [
  'met mannen|met klanten|met zijn vrienden|met zn vrienden|bij mannen|bij klanten ~3 moet|moeten|moest|moesten',
  'bij hem|bij mannen|bij klanten ~2 moet|moeten|moest|moesten ~1 slapen|overnachten|blijven slapen',
  ...OBLIGATION.map((o) => `${o} ~3 bij mannen|bij de mannen`),
  ...OBLIGATION.map((o) => `${o} ~3 ser|estar|byc|fie ~1 ${NICE} ~1 ${NICE_PREP} ~2 ${NICE_WHOM}`),
  ...OBLIGATION.map((o) => `${o} ~4 ${MEN} ~1 ${PER_DAY}|${PER_NIGHT}`),
  ...OBLIGATION.map((o) => `${o} ~4 ${CLIENTS} ~1 ${PER_NIGHT}`),
  `${MEN} ~1 ${PER_DAY}|${PER_NIGHT} ~2 moet|moeten|moest|moesten`,
  `${CLIENTS} ~1 ${PER_NIGHT} ~2 moet|moeten|moest|moesten`,
];

/**
 * Round 45 (form45): the criminal act told by what the person must bring, drive or give up: a bag
 * brought somewhere, with the verb last as Dutch puts it ("moet een tas wegbrengen"), an account lent
 * or given up or a bank card lent (a money mule's; a card handed to a boss, "ze moeten hun pinpas
 * inleveren", stays control), and bags driven. Not "iets" or "spullen" fetched ("ik moet even iets
 * ophalen" is an errand of every day), and not parcels or packages, delivered or driven: that is a
 * courier's work too.
 */
export const CRIME_ERRANDS: readonly string[] = [
  // Dutch puts the obligation after the account too: "dat ze hun bankrekening moeten afstaan".
  'bankrekening|bankrekeningen|rekening|rekeningen ~2 moet|moeten|moest|moesten ~1 afstaan|uitlenen|lenen',
  'bankpas|pinpas ~2 moet|moeten|moest|moesten ~1 uitlenen|lenen',
  ...OBLIGATION.map((o) => `${o} ~6 tas|tassen ~3 wegbrengen|weg te brengen|afleveren|af te leveren`),
  'tas|tassen ~3 moet|moeten|moest|moesten ~1 wegbrengen|afleveren',
  ...OBLIGATION.map((o) => `${o} ~4 drop off|deliver|bring ~2 a bag|bags|the bag`),
  ...OBLIGATION.map(
    (o) =>
      `${o} ~6 bankrekening|bankrekeningen|rekening|rekeningen|bank account ~3 afstaan|af te staan|uitlenen|uit te lenen|lenen|give|lend`,
  ),
  ...OBLIGATION.map((o) => `${o} ~3 give|lend|hand over ~2 bank account|bank accounts|account|accounts`),
  ...OBLIGATION.map((o) => `${o} ~6 bankpas|pinpas|bank card ~3 uitlenen|uit te lenen|lenen|lend`),
  ...OBLIGATION.map((o) => `${o} ~6 rijden|drive|driving|jezdzic|vezti|везти|перевезти ~6 tassen|bags|посылк*|posylk*`),
];

/** The two structures: an obligation with the act after it, and the act done for them (either order). */
function obliged(acts: string): string[] {
  return [...OBLIGATION.map((o) => `${o} ~6 ${acts}`), `${FOR_THEM} ~4 ${acts}`, `${acts} ~3 ${FOR_THEM}`];
}

export const OBLIGED_ACT_CONCEPTS = ['crime_obliged', 'sex_obliged', 'labour_obliged', 'organ_obliged'] as const;
export type ObligedActConcept = (typeof OBLIGED_ACT_CONCEPTS)[number];

export const OBLIGED_ACT_LEXICON: Readonly<Record<ObligedActConcept, readonly string[]>> = {
  crime_obliged: [
    ...obliged(CRIME_ACTS),
    `${FOR_THEM} ~3 lopen|rennen|rijden`,
    // Dutch puts the verb last: "moet telefoons en portemonnees pakken", "moet een rekening openen".
    ...OBLIGATION.map((o) => `${o} ~4 ${THEFT_OBJECTS} ~3 pakken|afpakken|jatten|stelen`),
    ...OBLIGATION.map((o) => `${o} ~4 rekening|rekeningen|bankrekening ~2 openen|aanvragen`),
    ...CRIME_ERRANDS,
  ],
  sex_obliged: [
    ...obliged(SEX_ACTS),
    // Dutch puts the verb last, after whom it is done with: "moet ze van de eigenaar elke avond met
    // zijn klanten naar bed" (the act nine words after "moet", past the reach of `obliged`).
    `${OBLIGATION[0]!} ~6 met ~3 naar bed`,
    // Clients "done" and being "nice" to his friends are the act, whatever job the story names
    // ("ze moet boven ook klanten doen", "ik moet lief zijn tegen zn vrienden"; English "be nice to
    // his friends" is in the form lexicon). Round 43 (form43).
    ...OBLIGATION.map((o) => `${o} ~4 ${SEX_OBJECTS} ~1 doen|ontvangen|afwerken`),
    `${SEX_OBJECTS} ~1 moet|moeten|moest|moesten ~1 doen|ontvangen|afwerken`,
    ...OBLIGATION.map((o) => `${o} ~4 lief|aardig ~1 doen|zijn ~1 tegen|voor ~2 ${NICE_TO}`),
    ...OBLIGATION.map((o) => `${o} ~2 be ~1 nice|sweet|friendly ~1 to|with ~2 ${NICE_TO}`),
    `lief|aardig ~1 moet|moeten|moest ~1 doen|zijn ~1 tegen|voor ~2 ${NICE_TO}`,
    ...SEX_WITH_WHOM,
  ],
  labour_obliged: obliged(LABOUR_ACTS),
  // Dutch puts the verb last after the organ too: "dat hij een nier moet afstaan".
  organ_obliged: [...obliged(ORGAN_ACTS), `${ORGAN_ACTS} ~3 ${OBLIGATION[0]!}`],
};
