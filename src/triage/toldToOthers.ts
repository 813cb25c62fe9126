/**
 * Whether someone around the person comes to know of it, read from a clause that asks (src/nlu/
 * questions/clauses): "moet de school het weten?", "moet ik het ook tegen onze mentor zeggen?",
 * "mogen wij als school de ouders erbuiten laten?", "krijgt mijn baas dat dan te horen?", "does his
 * teacher have to be told?". The clause names a party in the person's life (school, parents,
 * employer) and coming to know, telling or leaving out; who would do the telling is read from its
 * subject and condition, not from the words of one sentence. The writers of the conversation sets
 * label these questions `privacy`. Pure; Dutch and English.
 */
import { questionClauses, type QuestionClause } from '../nlu/questions/clauses';
import { keepsFromSomeone } from '../nlu/text/keptFrom';
import { recallClauses } from './cueMemo';
import { cue } from './cuePattern';
import { askingSentences, plainWords } from './questionCues';

/**
 * Who would tell: the writer (or the school, the party asking) deciding whether to tell someone
 * ("moet ik…", "moet de school het weten?"); or a report reaching them on its own ("als ik het
 * meld, krijgt mijn baas het te horen?", "gaan jullie de school bellen?").
 */
export type Teller = 'writer' | 'report';

/** Someone around the person who might be told: school, family, work. */
const PARTY = cue(
  String.raw`school|scholen|mentor|mentrix|leraar|lerares|leraren|docent\w*|juf|meester|teacher\w*|tutor|ouders|vader|moeder|papa|mama|familie|parents|father|mother|dad|mum|mom|family|baas|werkgever|chef|leidinggevende|manager|boss|employer|coach|trainer|club|vereniging`,
);
/** Coming to know, being told, or being left out of it. */
const KNOWING = cue(
  String.raw`weten|weet|te horen|horen|hoort|merken|merkt|achter komen|achter komt|vertellen|vertel|zeggen|zeg|inlichten|informeren|waarschuwen|op de hoogte|erbuiten|buiten (?:\w+ )?(?:laten|houden)|know|knows|hear|hears|find out|finds out|be told|been told|tell|inform|warn|leave (?:\w+ ){0,2}out|keep (?:\w+ ){0,2}out`,
);
/** A person pointed back to as the one told ("het hun vertellen", "tell them"). */
const POINTS_BACK = /\b(?:hun|hen|hem|haar|them|him|her)\b/;
const DECIDES =
  /\b(?:moet|moeten|mag|mogen|hoef|hoeft|hoeven|should|must|may|ought|allowed|(?:need|needs|have|has) to)\b|\b(?:kan|kun|kunnen|zal|zullen|can|could|shall) (?:ik|wij|we|i)\b/;
/** The helpline or the authorities as the ones who would pass it on. */
const HELPLINE_SUBJECT = new Set(['jullie', 'u', 'you', 'they', 'ze', 'zij', 'politie', 'police', 'veilig']);
/** A report as the condition ("als ik het meld", "if I report it"): what follows reaches them by it. */
const REPORT_CONDITION = cue(String.raw`(?:als|if|when|wanneer) (?:\w+ ){0,3}(?:meld\w*|report\w*|bel|belt|bellen|call|aangifte)`);

function tellerOf(clause: QuestionClause): Teller | null {
  const words = clause.words.join(' ');
  // "Zijn ouders weten het nog niet. Moet ik het hun vertellen?": the party named in the sentence
  // before, pointed back to.
  const party = PARTY.test(words) || (POINTS_BACK.test(words) && PARTY.test(clause.before.join(' ')));
  if (!party || !KNOWING.test(words)) return null;
  if (clause.condition > 0 && REPORT_CONDITION.test(clause.words.slice(0, clause.condition).join(' '))) return 'report';
  if (REPORT_CONDITION.test(words)) return 'report';
  if (clause.subject !== null && HELPLINE_SUBJECT.has(clause.subject)) return 'report';
  // A duty or a choice ("moet de school het weten?", "mogen wij … erbuiten laten?", "kan ik de mentor
  // inlichten?") is the writer deciding; without one ("will my employer hear about this?") they come
  // to know of it by the report.
  return DECIDES.test(words) ? 'writer' : 'report';
}

/**
 * The writer's own step kept from someone their living hangs on ("can I ask something and my boss
 * not know?", "kan ik melden zonder dat mijn baas het merkt?", "without the agency finding out"):
 * the boss is not someone the writer weighs telling, but someone they want to stay unknown to.
 */
const KEPT_FROM_THEIR_BOSS = cue(
  String.raw`(?:and|en|but|maar|zonder dat|without) (?:(?:my|mijn|m'n|mn|the|de|die|that|our|onze) )?(?:boss|baas|werkgever|employer|eigenaar|owner|manager|chef|agency|uitzendbureau|madam|madame|huisbaas|landlord) (?:\w+ ){0,2}(?:(?:not|niet|never|nooit) )?(?:know|knows|knowing|find out|finds out|finding out|hear|hears|hearing|notice|notices|noticing|weet|weten|merkt|merken|hoort|horen|doorheeft)\b`,
);

/**
 * The same step kept from the man the writer fears: "kan ik naar de politie zonder dat hij het
 * weet?", "can I report without him finding out?". Not the person reported for ("mag ik voor haar
 * melden zonder dat zij het weet?": whether to tell her is another question).
 */
const KEPT_FROM_HIM = cue(
  String.raw`(?:zonder dat|without) (?:hij|zij|ze|he|she|they|him|her|them|die (?:man|gast|vent|kerel|pooier)|that (?:man|guy)|(?:my|mijn|mn|m'n) (?:pimp|pooier|ex|boyfriend|vriend)) (?:\w+ ){0,2}(?:know|knows|knowing|find out|finds out|finding out|hear|hears|hearing|notice|notices|noticing|weet|weten|merkt|merken|hoort|horen|doorheeft|doorhebben)\b`,
);
const ON_BEHALF = cue(String.raw`(?:voor|namens|for|on behalf of) (?:haar|hem|hen|her|him|them)`);

/** Whether a sentence that asks keeps the writer's own step from their boss, employer or landlord (see KEPT_FROM_THEIR_BOSS), or from the man they fear. */
export function keptFromTheirBoss(text: string): boolean {
  return askingSentences(text).some((s) => {
    const words = plainWords(s);
    return KEPT_FROM_THEIR_BOSS.test(words) || (KEPT_FROM_HIM.test(words) && !ON_BEHALF.test(words));
  });
}

/** Who would tell someone around the person, when a clause that asks is about their coming to know. */
export function toldToOthersAsked(text: string): Teller | null {
  for (const clause of recallClauses(text, questionClauses)) {
    if (clause.opening === 'worry') continue;
    const teller = tellerOf(clause);
    // Their boss kept out of the writer's own step: whether the boss hears of it, not whether to tell.
    if (teller) return teller === 'writer' && keptFromTheirBoss(text) ? 'report' : teller;
  }
  return null;
}

/**
 * Whether a sentence that asks keeps the writer's step from someone, whoever they are (src/nlu/text/
 * keptFrom): whether this reaches them is a question of what the helpline tells.
 */
export function keptFromSomeone(text: string): boolean {
  return askingSentences(text).some((s) => keepsFromSomeone(plainWords(s)));
}

/** "Mag ik voor haar melden zonder dat zij het weet?": kept from the person reported for. */
export function keptFromThePersonReportedFor(text: string): boolean {
  return askingSentences(text).some((s) => {
    const words = plainWords(s);
    return keepsFromSomeone(words) && ON_BEHALF.test(words);
  });
}
