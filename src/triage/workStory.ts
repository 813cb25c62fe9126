/**
 * Work told in a story, read from plain words over the whole conversation: where people work (a
 * greenhouse, a scaffold, a car wash, a delivery app), who they work for (a boss, an agency), the
 * van that fetches them at dawn, the hours, the pay. A labour story is often told in broken Dutch
 * or English, spread over several messages, or by a neighbour who never says "work" outright; the
 * form the model reads then misses it (a house with twelve men read as sexual exploitation). Two
 * kinds of these facts told make the story one about work, and the labour inspectorate is named
 * among the routes (docs/DOMAIN.md). A story that speaks of sex work is not read as one about work
 * here: its routes follow the form. Pure.
 */
import { cue, type Cue } from './cuePattern';
import { plainWords } from './questionCues';

export const WORK_FACTS = ['workplace', 'employer', 'transport', 'hours', 'pay', 'housing'] as const;
export type WorkFact = (typeof WORK_FACTS)[number];

const CUES: Record<WorkFact, Cue> = {
  // Places and trades of labour exploitation in the Netherlands, in Dutch and English.
  workplace: cue(
    String.raw`kas|kassen|tuinder\w*|kwekerij\w*|champignon\w*|paddenstoel\w*|asperge\w*|aardbei\w*|oogst\w*|plukk\w*|boerderij|slachterij|vleesfabriek|fabriek|distributiecentrum|magazijn|loods|bouwplaats|bouw|steigerbouw\w*|steigers? (?:bouwen|opbouwen|afbreken)|schoonma\w*|autowas\w*|wasstraat|carwash|car wash|nagelsalon|nagelstudio|bezorger\w*|bezorging\w*|bezorgen|bezorgt|maaltijdapp|koerier\w*|thuiszorg|inwonende hulp|huishoudster|au ?pair|oppas|greenhouse\w*|nursery|farm|farms|harvest\w*|(?:pick|picks|picking) (?!up )\w+|picking$|strawberr\w*|tomatoes|mushrooms|asparagus|slaughterhouse|meat plant|factory|warehouse|distribution centre|distribution center|construction|building site|scaffold\w*|cleaning|cleaner|cleaners|nail salon|deliver\w*|courier\w*|food apps?|the hub|domestic worker|housekeeper|nanny`,
  ),
  // Who they work for: a boss, an employer, an agency.
  employer: cue(
    String.raw`baas|werkgever\w*|voorman|ploegbaas|uitzendbureau\w*|uitzender|bemiddelingsbureau\w*|bureau|boss|employer\w*|foreman|(?<!model |modelling |modeling |modellen)agency|(?<!model |modelling |modeling )agencies|recruiter|gangmaster|arbeidsmigrant\w*|migrant workers?|seizoenwerk\w*|seasonal work\w*`,
  ),
  // Fetched to work in a van, early or in a group.
  transport: cue(
    String.raw`(?:busje|bus|busjes|van|minibus) (?:\w+ ){0,6}(?:ophalen|ophaalt|haalt|opgehaald|gebracht|brengt|instappen|stappen|picks? up|picked up|collects?|drops?)|(?:haalt|halen|brengt|brengen|komt|komen) (?:\w+ ){0,3}(?:busje|busjes|minibus) (?:\w+ ){0,6}(?:op|ophalen|brengen|weg)|(?:opgehaald|gebracht) (?:\w+ ){0,3}(?:busje|bus|met een busje)|(?:picked up|collected) (?:\w+ ){0,3}(?:van|bus)`,
  ),
  // Long days or no days off.
  hours: cue(
    String.raw`(?:werkt|werken|werkte|werkten|draait|draaien|fietsen|rijden|work|works|worked|working|ride|rides|riding) (?:\w+ ){0,4}(?:dag en nacht|\d+ uur|\d+ ?h|hele dag|hele dagen|7 dagen|zeven dagen|elke dag|dubbele diensten|nachten|day and night|all day|every day|7 days|seven days|\d+ hours|double shifts)|dubbele diensten|nooit vrij|geen vrije dag|24 ?7|no days? off|never a day off|\d+ ?(?:uur|h|hours) (?:per|a|op een) (?:dag|day)`,
  ),
  // Pay withheld or too little, pay slips, what is taken off.
  pay: cue(
    String.raw`loon|lonen|salaris|loonstrook|loonstroken|uitbetaald|zonder loon|geen loon|payslips?|wages?|salary|unpaid|without pay|no pay|\d+ euro (?:per|in de|a|in|every|each) (?:maand|week|month|uur|hour)|(?:helft|deel|\d+ ?%) (?:\w+ ){0,3}(?:van wat|of what) (?:ze|zij|hij|they|he|she|ik|i) (?:\w+ )?(?:verdien\w*|make|makes|earn\w*)|inhouding\w*|ingehouden|deductions?`,
  ),
  // Many people housed together, or housed by whoever they work for.
  housing: cue(
    String.raw`(?:\d+|tien|twaalf|twintig|veel|many) (?:\w+ )?(?:matrassen|mattresses|bedden|stapelbedden|beds|bunk beds)|(?:slapen|slaapt|wonen|woont|sleep|sleeps|live|lives) (?:\w+ ){0,4}(?:met|with) (?:zijn|z'?n|zn|\d+|ten|twelve)? ?(?:\d+|vijven|zessen|tienen|others|anderen|other (?:men|guys|workers))|(?:\d+|tien|twaalf|twintig) (?:\w+ ){0,2}(?:mannen|men|arbeiders|workers|guys) (?:\w+ ){0,4}(?:in een|in 1|in one|in the same|in a) (?:\w+ )?(?:huis|house|kamer|room|rijtjeswoning)|(?:huis|kamer|house|room|bed) van (?:de|het|the) (?:baas|bureau|werkgever|boss|agency|employer)|(?:house|housing|room|bed) (?:from|of) (?:the|my|his|our) (?:boss|agency|employer)|(?:slaapt|slapen|sleeps|sleep) (?:\w+ ){0,3}(?:matje|matras|mattress|garage|gang|hallway|container|schuur|shed|boven de zaak|above the shop)`,
  ),
};

/** Sex work named: the routes of such a story follow its form, whatever work words it has. */
const SEX_WORK = cue(
  String.raw`seks\w*|sex\w*|prostitu\w*|escort\w*|pooier\w*|pimp\w*|loverboy\w*|raamkamer\w*|achter het raam|bordeel\w*|brothel\w*|massage\w*|webcam\w*|onlyfans|naakt\w*|nudes?|verkracht\w*|rape\w*|slapen met (?:\w+ )?mannen|sleep with (?:\w+ )?men|met klanten mee|with clients`,
);

/**
 * What one message tells of work, and whether it names sex work. Only the sentences that tell (not
 * those with a question mark): a question names the writer's own boss or work as what telling may cost them ("will my boss know it
 * was me?"), not the story.
 */
export function workFactsIn(text: string): { facts: WorkFact[]; sexWork: boolean } {
  const told = text
    .split(/(?<=[?¿؟.!\n])/u)
    .filter((sentence) => !/[?¿؟]/u.test(sentence))
    .map((sentence) => plainWords(sentence));
  return {
    facts: WORK_FACTS.filter((fact) => told.some((sentence) => CUES[fact].test(sentence))),
    sexWork: SEX_WORK.test(plainWords(text)),
  };
}

/** What the conversation told of work so far (kept in the dialog's state). */
export interface WorkTold {
  facts: WorkFact[];
  sexWork: boolean;
}

export function addWorkFacts(before: WorkTold | undefined, text: string): WorkTold {
  const now = workFactsIn(text);
  return { facts: [...new Set([...(before?.facts ?? []), ...now.facts])], sexWork: (before?.sexWork ?? false) || now.sexWork };
}

/** Two kinds of work facts told, and no sex work named: a story about work. */
export function tellsOfWork(told: WorkTold | undefined): boolean {
  return told !== undefined && !told.sexWork && told.facts.length >= 2;
}
