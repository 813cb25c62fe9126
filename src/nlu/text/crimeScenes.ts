/**
 * Criminal exploitation told by what is seen or done rather than named: plants tended indoors under
 * lamps, in an attic or behind a locked door (a cannabis grow house: "water the plants, sleep next to
 * the lamps", "op zolder de planten doen"), and wallets taken from other people's bags or pockets
 * (pickpocketing: "they take wallets out of people's bags on the tram"). The form lexicons hold
 * "planten en lampen" and "plants and lamps" as one phrase (formSituations.ts, forms34); writers
 * put them in different sentences, and tell theft by the thing taken in every language. Read as a
 * rule beside the models (model/obligedForm.ts, ADR 0006 round 37).
 *
 * Short lists per language (Dutch, English, Polish, Romanian, Bulgarian and Russian and Ukrainian in
 * Cyrillic and Latin letters, Turkish, Spanish, Portuguese, Hungarian, Arabic and Darija in Latin
 * letters). A greenhouse, a garden, a farm or a nursery makes the plants a job (`grown_outside`):
 * tomatoes and flowers are picked under lamps too. Written from the developer's knowledge of these
 * languages, not from tuning lines. Phrase syntax: src/nlu/text/concepts.ts.
 */

/** Plants, the word writers use for a grow house's crop when they do not name it. */
const PLANTS =
  'planten|plantjes|plants|rosliny|roslin|roslinami|plante|plantele|plantas|rasteniya|rasteniyata|растения|растенията|рослини|рослин|bitki|bitkiler*|bitkileri|novenyek*|nabatat|نباتات|chajarat|nbat';

/** What makes them a grow house: lamps, heat, an attic, a locked door, the crop, the smell. */
const INDOORS = [
  'lamp|lampen|lamps|lamp s|kweeklampen|lampy|lampami|lampi|lampile|лампи|лампите|лампы|лампи|lamba*|lamparas|lampadas|lampak*|لمبات|lampat',
  'zolder|zolderkamer|attic|loft|under the roof|onder het dak|strych|strychu|pod dachem|mansarda|таван|tavan|cherdak|чердак|горище|cati|catida|catiya|atico|sotao|padlas*|stah|سطح',
  'op slot|afgesloten|locked|lock the door|locks the door|zamkniete|zamyka|incuiat*|incuie|заключен*|zaklyuchen*|заперт*|зачинен*|kilitli|kilitl*|cerrada con llave|trancad*|zarva|bezarva|msdoud|m9foul|مقفل',
  'oogst|oogsten|crop|crops|harvest|harvests|knippen|toppen|cut the leaves|cut the leafs|water the plants|water geven|ruiken|stinkt|smell|smells|stink',
  // Round 39 (enform39): windows covered or blacked out, so no one sees the plants (alone they are said
  // of every form: 12 corpus and tuning lines, criminal 5, sexual 5, labour 2).
  'covered windows|windows covered|windows are covered|blacked out|blacked-out|windows blacked|dichtgeplakte ramen|afgeplakte ramen|ramen afgeplakt|ramen dichtgeplakt|ramen zijn afgeplakt|ramen zijn dichtgeplakt',
].join('|');

/** Plants grown as a job out in the open or in glass: not a grow house. */
const GROWN_OUTSIDE =
  'kas|kassen|kwekerij|tuinderij|tuinder|greenhouse|greenhouses|nursery|garden|tuin|farm|farms|boerderij|field|fields|akker|szklarni*|sera|serele|sere|оранжери*|теплиц*|парник*|sera|seralar*|invernadero*|estufa|estufas|uveghaz*|ferma|ferme|kert|kertben|fattoria|tomaten|tomatoes|tomato|paprika|komkommers|bloemen|flowers';

/**
 * A wallet or a purse taken from someone's bag or pocket. Not a phone: a boss or a driver who puts
 * the people's phones in his bag is the control of every form.
 */
const TAKEN = [
  'portemonnee|portemonnees|portemonnaies|wallet|wallets|purse|purses|portfel|portfele|portofel|portofele|portofelul|portfeyl|portfeyli|портфейл*|кошелек|кошельки|koshelek|koshelki|гаманц*|гаманець|hamanets|hamantsi|cartera|carteras|carteira|carteiras|cuzdan*|penztarca*|bztam|lbztam|محفظة|محافظ',
].join('|');
const BAG =
  'tassen|tas|zakken|jaszakken|broekzakken|bags|bag|handbags|pockets|pocket|torebek|torebki|kieszeni|kieszen|genti|gentile|buzunar*|chanta|chantite|chantata|джоб*|dzhob*|чант*|сумок|сумки|sumok|sumki|карман*|karman*|кишен*|kyshen*|cantalar*|cantasin*|cebinden|ceplerinden|bolsos|bolsillos|bolsas|bolsos|taskakbol|taskabol|zsebekbol|zsebebol|jib|jyab|ljib|جيوب|جيب';

/**
 * Round 38 (langform38): pellets or capsules carried in the stomach (a drug courier's body), told by
 * the thing and the place, either order: "levar dentro do estomago umas capsulas", "bolletjes in
 * je maag". Medicine is swallowed too, so the pellets alone or swallowing alone are not enough.
 */
const PELLETS = 'capsul*|kapsul*|bolletjes|pellets|bolitas|bolinhas|bolitanan|капсул*';
/** Round 50: pellets told by the swallowing rather than the stomach (Papiamento "traga bolitanan", Spanish "tragar unas bolitas"). */
const SWALLOWED = 'swallow|swallows|swallowed|swallowing|slikken|slikt|geslikt|tragar|traga|trago|engolir|engole';
const STOMACH =
  'maag|stomach|estomago|zoladk*|zoladek|stomac|stomacul|желуд*|шлунк*|zheludk*|zheludok|shlunk*|mide|midesinde|midesine|gyomr*|gyomor';

/**
 * Round 38 (langform38): an account or a firm put in the person's name by someone else, a money
 * mule's or a front's story: "założył na mnie konto w banku", "a firm in my name". Only with the
 * account or the firm: a Dutch "rekening" is also a bill, and a rent contract in one's own name is
 * ordinary, so "bankrekening" and the accounts of the other languages only.
 */
const ACCOUNT = [
  'bankrekening*|bankrekeningen|bank account|bank accounts|konto|konta|kont|cont|conturi|cuenta|cuentas|conta|contas|hesap|hesabi|schet|smetka|rahunok|bankszamla*|firm*|firma|empresa',
  // Round 45 (form45): phone subscriptions, loans and firms ("bv's") taken out in someone's name are
  // the same fraud told by the contract. With the names below, the scene is read in 29 more corpus
  // lines (all criminal) and 38 more stories of the tuning parts (36 criminal, a loan worked off
  // labour, debts left after a sexual story). Not a plain "rekening" (a bill) or "contract" (a lease
  // in one's own name is ordinary).
  'abonnement|abonnementen|telefoonabonnement*|lening|leningen|phone contract|phone contracts|loan|loans|bv|bvs|kredyt|kredyty|credit|credite|credito|creditos|кредит*|kredit*',
].join('|');
const IN_NAME = [
  'op mijn naam|op haar naam|op zijn naam|in my name|in her name|in his name|na mnie|na moje nazwisko|na jej nazwisko|na jego nazwisko|pe numele meu|pe numele ei|pe numele lui|a mi nombre|a su nombre|em meu nome|no meu nome|no nome dele|no nome dela|na moe ime|na moe imya|na menya|a nevemre|adima|benim adima',
  // Round 45 (form45): the names of a group of workers ("na nasze nazwiska zakłada firmy") and of
  // someone named after the account ("bv's op naam van een man").
  'op onze naam|op hun naam|op naam van|in our names|in our name|in their names|na nasze nazwiska|na nasze nazwisko|na ich nazwiska|pe numele nostru|pe numele lor|a nuestro nombre|a nombre de|em nosso nome|no nosso nome|на наше имя|на наши имена|na nashe imya|na nashi imena',
].join('|');

/**
 * Round 39: an account said not to be in the person's name ("a different account that isn't in his
 * name": an uncle who has the pay sent elsewhere) is the opposite of one opened in it.
 */
const NOT_IN_NAME = `not|t|nt|niet ~1 ${IN_NAME}`;

/**
 * Round 45 (form45): something hidden in a car's doors or panels, a smuggler's load whatever job the
 * driver was hired for ("auto's naar België brengen en dan zit er iets in de deuren").
 */
const HIDDEN_IN_CAR =
  'iets in de deuren|in de deuren zit|in de deuren verstopt|verstopt in de auto|verstopt in de deuren|hidden in the doors|in the door panels|hidden in the car|something in the doors';

export const CRIME_SCENE_CONCEPTS = [
  'plants',
  'indoors',
  'grown_outside',
  'taken_from_bags',
  'body_carried',
  'in_their_name',
  'not_in_their_name',
  'hidden_in_car',
] as const;
export type CrimeSceneConcept = (typeof CRIME_SCENE_CONCEPTS)[number];

export const CRIME_SCENE_LEXICON: Readonly<Record<CrimeSceneConcept, readonly string[]>> = {
  plants: [PLANTS],
  indoors: [INDOORS],
  grown_outside: [GROWN_OUTSIDE],
  taken_from_bags: [`${TAKEN} ~4 ${BAG}`],
  body_carried: [`${PELLETS} ~6 ${STOMACH}`, `${STOMACH} ~6 ${PELLETS}`, `${SWALLOWED} ~3 ${PELLETS}`],
  in_their_name: [`${ACCOUNT} ~4 ${IN_NAME}`, `${IN_NAME} ~2 ${ACCOUNT}`],
  not_in_their_name: [NOT_IN_NAME],
  hidden_in_car: [HIDDEN_IN_CAR],
};
