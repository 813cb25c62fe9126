/**
 * The parts of a thought of ending one's life told without the words of a wish (round 38): a means at
 * hand ("the pills are on the table in front of me", "a kötél ott van a szekrényben"), a jump or a
 * wait at a place of it ("ze springt vanavond van het viaduct", "waiting for the next freight
 * train"), a time chosen ("tonight", "after this message"), an ending with no wish named ("ma este
 * vége lesz mindennek", "after tonight no more problem for anyone"), nobody missing the writer
 * ("zaten kimse özlemez") and a farewell ("написала мамі прощального листа", "thanks for
 * everything"). No part alone says it: the screen (`thoughtOfNowByMeans`) reads them together, in a
 * sentence and its neighbours, with a person and no distance.
 *
 * Read here and not by the models: the parts are no features (the suicide model learned a means or
 * a time alone against suicide, safety24), so the models need no retraining for them. Phrases as
 * ConceptMatcher reads them (text/concepts.ts): without diacritics, "~N" for up to N tokens between.
 */
import type { TextAnalysis } from '../nlu/text/analyse';
import { ConceptMatcher, type ConceptHit, type Lexicon } from '../nlu/text/concepts';
import { NegationScope } from './negationScope';
import { OTHER_LANGUAGE_LAST_ACTS } from './otherLanguageSuicide';
import { withAdditions } from '../nlu/text/otherLanguageSituations';

export const MEANS_PARTS = [
  'means',
  'time',
  'today',
  'ending',
  'unmissed',
  'farewell',
  'thanks',
  'imposed',
  'weary',
  'given',
  'letter',
  'arranged',
] as const;
export type MeansPart = (typeof MEANS_PARTS)[number];

/**
 * An instrument of ending a life, in the languages of the people who write to the helpline. Not
 * medicine in general ("medicijnen", "meds", "leki"): asked for, brought or withheld, it is the care
 * of someone ill; nor a knife or a blade, which others draw.
 */
const INSTRUMENT = [
  // Dutch and English
  'pillen|slaappillen|tabletten|paracetamol|rattengif|touw|strop|scheermes|scheermesje|tuinslang',
  'pills|sleeping pills|tablets|paracetamol|poison|rope|razor',
  // Polish, Romanian, Bulgarian, Ukrainian, Russian, Hungarian, Turkish, Spanish, Portuguese, Lithuanian
  'tabletki|tabletek|sznur|pastile|pastilele|funie|franghie|хапчета|въже|таблетки|мотузка|мотузку|веревка|веревку',
  'tablettak*|tablettat|kotel|kotelet|haplar*|zehir|pastillas|veneno|cuerda|soga|comprimidos|corda|tabletes|virve',
].join('|');

const OWN_MEANS_LEXICON: Lexicon<MeansPart> = {
  means: [
    INSTRUMENT,
    // A jump or a wait at a place of it: the act with its place, not the place alone (a train, a bridge
    // and a roof are in many stories of work), in either word order ("dat ze van het viaduct springt").
    'spring|springt|springen|sprong|jump|jumps|jumping|jumped ~3 van|from|off|in|into|voor|in front of ~3 viaduct|brug|dak|flat|rivier|kanaal|trein|bridge|roof|river|canal|train|building|balcony|balkon',
    'van|voor|in ~3 viaduct|brug|dak|flat|rivier|kanaal|trein ~2 springt|springen|spring|te springen',
    'wacht|wachten|wachtte|waiting|waits|wait ~2 op|for ~3 trein|goederentrein|train|freight train',
    'op ~3 trein|goederentrein ~1 wacht|wachten|wachtte|te wachten',
    'kopruye|kopruden|koprunun ~2 gidecegim|gidiyorum|atlayacagim|atlarim',
    'skocze|skoczyc|sar|stribnu|стрибну|прыгну|saltar|pular ~3 z mostu|de pe pod|з мосту|с моста|del puente|da ponte',
  ],
  time: [
    'vanavond|vannacht|tonight|after tonight|na vanavond|na vandaag|after today|ma este|ma ejjel|bu gece|bu aksam|dzis wieczorem|dzis w nocy|diseara|asta seara|довечера|esta noche|hoje a noite|esta noite|siandien vakare',
    'na ~2 dit bericht',
    'after ~2 this message',
    'сьогодні|сегодня ~1 вночі|ночью',
    'mesajı|mesaji ~2 yazdıktan|yazdiktan ~1 sonra',
    'az utolso ~1 vonat|busz ~1 utan',
  ],
  today: ['сьогодні|сегодня|днес|dzisiaj|dzis|astazi|bugun|hoy|hoje|siandien|vandaag|today'],
  ending: [
    'vege lesz|mindennek vege|все закінчиться|все скінчиться|все закончится|все кончится|всичко ще свърши|se acaba todo|todo se acaba|se acabara todo|vai acabar tudo|tudo vai acabar|wszystko sie skonczy|totul se termina|totul se va termina|her sey bitecek|hersey bitecek',
    'nem lesz ~2 gondom|gondjom|problemam',
    'no more problem|no more problems|no more trouble|not be a problem|geen probleem meer|nergens meer last van',
    'niemand ~2 last ~2 meer',
  ],
  unmissed: [
    'kimse ~1 ozlemez|ozlemeyecek',
    'senki ~2 nem ~2 hianyol*|hianyozni',
    'nikt ~2 niet ~2 bedzie ~1 tesknic|tesknil|zauwazy',
    'nimeni ~2 nu ~3 simti ~1 lipsa',
    'никто|ніхто|никой ~2 не ~2 заметит|помітить|сумуватиме|скучать|забележи',
    'nadie ~3 extranar*|extranara',
    'ninguem ~3 sentir ~2 falta',
    'nobody|no one ~2 will|would|gonna ~1 miss|notice',
    'niemand ~3 zal|gaat|zou ~2 missen|merken',
  ],
  // Thanks for everything: how many chats end, so a farewell only when silence follows it.
  // Round 43: a sorry for everything is the same leave-taking ("jullie waren top, sorry voor alles").
  thanks: [
    'bedankt voor alles|dank voor alles|dank je voor alles|thanks for everything|thank you for everything',
    'sorry voor alles|excuses voor alles|sorry for everything|im sorry for everything',
  ],
  // The means made to be taken or handed out by someone else ("ze moest pillen nemen" from her pimp,
  // "he give him only paracetamol" for a fever): no means of one's own (the screen drops a means inside one).
  imposed: [
    `moest|moet|moeten|must|had to|has to|have to|forced to|dwingen|dwingt ~4 ${INSTRUMENT}`,
    `${INSTRUMENT} ~2 moest|moet|moeten ~1 nemen|slikken|innemen`,
    `give|gives|gave|given|giving|geeft|gaf|gaven|geven|gegeven ~4 ${INSTRUMENT}`,
  ],
  farewell: [
    'прощальн*|попрощал*|попрощав*|bucsulevel*|elbucsuztam|elkoszontem|vedalastim|carta de despedida|list pozegnalny|pozegnal*|scrisoare de adio|atsisveikin*',
    'veda ~1 mektubu',
    'me despedi ~1 de',
    'ramas ~1 bun',
    'vergeet me|vergeet mij|forget me|forget about me',
    'should|must ~1 forget ~1 me|her|him',
    'moet|moeten ~1 me|mij|haar|hem ~1 vergeten',
  ],
  // Round 44: a letter left where one sleeps ("brief ligt onder m'n kussen", "uma carta para minha
  // mãe ... embaixo do colchão"): left to be found, not sent. A child's note for the tooth fairy is
  // one too, so only beside another last act, never beside a time alone.
  letter: [
    'brief|brieven|briefje|afscheidsbrief|letter|letters|note|carta|list ~5 onder|under|embaixo|debaixo|debajo|pod ~3 kussen|hoofdkussen|matras|pillow|mattress|colchao|travesseiro|colchon|almohada|poduszka|materacem',
  ],
  // Round 44: one's affairs said to be in order ("kheb alles al geregeld", "everything is sorted"):
  // said of a move or a party as well, so only beside a letter left or belongings given.
  arranged: ['alles ~2 geregeld|geregelt|klaargelegd|op orde', 'everything ~2 arranged|sorted|in order|ready'],
  // Round 44: exhaustion told as an end ("ik trek dit niet meer", "estou cansada de tudo"): said of
  // many a work week, so only beside a means or a farewell, never beside a time alone.
  weary: [
    'moe van alles|klaar met alles|trek dit niet meer|trek het niet meer|tired of everything|done with everything|sick of everything',
    'cansada|cansado ~2 de tudo|de todo',
    'zmeczona|zmeczony ~1 wszystkim',
    'obosita|obosit ~2 de tot',
  ],
  // Round 44: belongings handed over ("i already give my things to the other helper, my rosary", "gaf
  // me zijn horloge, voor mijn kleinzoon"): a last act only beside an ending, a farewell, a means or a
  // time chosen; people give things when they move, so never beside a plain "now".
  given: [
    'give|gave|given|giving|gaf|geef|geeft|gegeven|weggegeven ~4 my|mijn|mn|zijn|haar|his|her ~2 things|stuff|belongings|spullen|horloge|watch|ring|ketting|necklace|sieraden|jewellery|rosary|rozenkrans|savings|spaargeld',
  ],
};

/** Round 45: the parts in the other languages as typed (otherLanguageSuicide.ts). */
const MEANS_LEXICON: Lexicon<MeansPart> = withAdditions<MeansPart>(OWN_MEANS_LEXICON, OTHER_LANGUAGE_LAST_ACTS);

export class MeansPartReader {
  private readonly matcher = new ConceptMatcher(MEANS_LEXICON);
  private readonly negation = new NegationScope(MEANS_LEXICON);

  find(analysis: TextAnalysis): ConceptHit<MeansPart>[] {
    return this.negation.apply(this.matcher.find(analysis), analysis);
  }
}
