/**
 * The frame of a suicidal thought in Dutch and English, read from its parts rather than from whole
 * phrases (round 24): someone speaking of themselves (or of whom a writer reports what they said),
 * not wanting or not being able to go on, an ending, disappearing or not waking, being a burden or
 * better gone, a farewell, and a means or a plan. Each part is a small class of words; no part alone
 * says suicide ("ik kan niet meer" ends many work complaints, "de trein" takes people to work), the
 * suicide model weighs which parts come together, in which person, negated or at a distance
 * (reader.ts `suicideFeatures`; the danger model never sees them). A means or a plan counts only
 * beside a wish. Where the parts come together without the words of the suicide lexicons
 * (`SUICIDE_WORDING`), the model's score may raise the 113 answer from a bar between the worded one
 * and the unworded one (screen.ts `FRAMED_SUICIDE`).
 *
 * Tried and left (round 24): widening the suicide model's view of a worded thought by the framed
 * sentences around it (the distance of a story told before the thought came into view and worded
 * tuning messages fell from 0.7 to 0.05), and features of a means or a plan alone ("tonight",
 * "tomorrow" and "the train" are in every threatened story, and the model learned them against suicide).
 *
 * Round 26: being alive, existing or waking up negated as a wish or as "no longer" ("wil gewoon niet
 * meer bestaan", "I don't want to wake up") is being gone, not a negated part (`wishNotToBe`); and
 * the closing words after giving up are compared as written (the tokens are skeletons).
 *
 * Phrases are written as ConceptMatcher reads them (text/concepts.ts): skeletons with typo tolerance,
 * "~N" for up to N tokens between, never across a sentence end.
 */
import type { TextAnalysis } from '../nlu/text/analyse';
import { isBoundary } from '../nlu/text/analyse';
import { ConceptMatcher, joinHits, mapHits, readAs, type ConceptHit, type Lexicon } from '../nlu/text/concepts';
import type { DistanceConcept } from './situations';

export const FRAME_CUES = ['holder', 'no_go_on', 'ending', 'gone', 'burden', 'farewell', 'means', 'plan'] as const;
export type FrameCue = (typeof FRAME_CUES)[number];

/** The cues that carry the wish; a means and a plan are how, a holder is whose. */
export const WISH_CUES: ReadonlySet<FrameCue> = new Set<FrameCue>(['no_go_on', 'ending', 'gone', 'burden', 'farewell']);

export const FRAME_LEXICON: Lexicon<FrameCue> = {
  // The person who has the thought: the writer, or someone whose words the writer passes on. A line
  // with "~" is one phrase of groups ("a|b ~2 c|d"); the others list alternatives.
  holder: [
    'ik|ikzelf|me|mij|mezelf|mijzelf|mn|mijn|i|im|myself|my',
    'zegt|zei|zeggen|zeiden|vertelde|vertelt|appte|appt|schreef|schrijft|riep|huilde ~2 ze|hij|zij',
    'says|said|say|told|tells|texted|wrote|messaged|cried ~2 she|he|they',
  ],
  no_go_on: [
    'niet meer ~1 verder|doorgaan',
    'kan|kon|wil|wou ~2 niet meer',
    'kan het niet meer aan|hou het niet vol|houd het niet vol|hou het niet meer vol|geef het op|geeft het op|gaf het op|op te geven|opgeven|geen zin meer|zie geen zin|heeft geen zin',
    // "ik trek het niet meer", "dat trek ik echt niet": bearing it, in either word order.
    'trek|trekt ~2 niet',
    'waarom ~3 nog ~2 doorga|doorgaan|verder',
    'zo ~2 niet ~2 verder|langer',
    'can not|cant|cannot|could not|couldnt ~2 go on|keep going|do this|take it|take this',
    'give up|giving up|gave up|given up|no point|no reason|not anymore|no more',
    'why ~3 keep going|go on',
  ],
  ending: [
    'einde|een eind|het eind|afmaken|ermee ophouden|stoppen met alles|klaar mee|klaar met alles|voorbij|voorgoed|laatste keer|voor altijd',
    'punt ~2 achter',
    // "dat het stil wordt", "I want it all to stop": an ending without saying of what.
    'stil ~1 wordt|word|worden|is',
    'is|wordt|word ~3 stil',
    'volgende keer ~3 beter|goed|wel',
    'it|all ~2 to stop|stops',
    'next time ~3 properly|right|for real',
    'end it|end this|end everything|end my|ending it|finish it|finish me|stop it all|for good|its over|it is over|all over|be over|last time|forever',
  ],
  gone: [
    'verdwijnen|verdwijn|verdwijnt|verdween|weg zijn|weg te zijn|er niet meer|meeneemt|meenemen|eeuwig slapen|bestaan',
    'niet meer ~1 hier',
    'niet meer ~2 wakker',
    'onder ~1 blijven|bleef',
    'gone|disappear|disappeared|vanish|not be here|not here anymore|not wake|never wake|wake up|sleep forever|exist|not be around',
  ],
  burden: [
    'een last|tot last|last voor|beter af|beter zonder|zonder mij|zonder me|missen|opgelost|waardeloos|niks waard|niets waard|mijn schuld',
    'niemand ~2 mist|merkt',
    'iedereen ~2 beter',
    'burden|better off|better without|without me|solved|worthless|my fault|no use',
    'nobody|no one ~2 miss|notice',
    'everyone ~2 better',
  ],
  farewell: [
    'afscheid|vaarwel|sorry voor alles|vergeef me|hou van jullie|mijn spullen|zijn spullen|haar spullen|brief|testament|mag je houden|hou maar',
    'zorg ~2 goed ~1 voor',
    'goodbye|farewell|sorry for everything|forgive me|take care of|love you all|my things|his things|her things|my stuff|letter|keep it|keep them',
    'gaf|geeft|gave|gives|give ~3 telefoon|spullen|phone|things',
    // Someone's own belongings, the things one does not part with in daily life, left or handed to
    // the writer ("my flatmate left me her bank card and her rings", "hij heeft me zijn pinpas en zijn
    // horloge gegeven"); not one's own keys left at work, nor a card a boss hands out.
    'gave|gives|given|left|leaves|handed ~0 me ~0 her|his ~2 bank card|bankcard|debit card|rings|ring|jewellery|jewelry|watch|keys',
    'gaf|geeft|liet ~0 me|mij ~0 zijn|haar ~2 bankpas|pinpas|bankkaart|ringen|ring|sieraden|horloge|sleutels',
    'me|mij ~0 zijn|haar ~2 bankpas|pinpas|bankkaart|ringen|ring|sieraden|horloge|sleutels ~4 gegeven|achtergelaten|gelaten',
  ],
  means: [
    'pillen|pil|tabletten|paracetamol|slaappillen|medicijnen|overdosis|touw|strop|mes|scheermes|brug|spoor|rails|trein|treinen|goederentrein|metro|perron|dak|balkon|galerij|rivier|kanaal|water|rand|hoogte|hoog|vrachtwagen|springen|spring|sprong',
    'pills|pill|tablets|meds|overdose|rope|noose|knife|blade|razor|bridge|tracks|train|trains|platform|roof|balcony|ledge|river|canal|edge|height|high|truck|jump|jumping',
  ],
  plan: [
    'plan|plannen|vannacht|vanavond|morgen|klaar|geregeld|bedacht|hoeveel|volgende',
    'weet ~2 hoe',
    'wacht ~2 op',
    'planned|tonight|tomorrow|ready|sorted|figured|know how|how many|how much|waiting for|next',
  ],
};

/** Distance that puts a thought out of the present or off the writer: read beside a cue by the model. */
const FRAME_DISTANCE: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>([
  'past',
  'past_verb',
  'hypothetical',
  'general',
  'media',
  'denied',
  'safe_now',
]);

/** Sentences a frame spans: its sentence and the next. */
const FRAME_WINDOW = 1;

/** A cue found; `atEnd`: not going on that ends its sentence, told by someone of themselves. */
export interface FrameHit extends ConceptHit<FrameCue> {
  readonly atEnd: boolean;
}

/** Every frame hit in one hidden class, its fields in one order (as `conceptHit`, round 28). */
function frameHit(hit: ConceptHit<FrameCue>, atEnd: boolean): FrameHit {
  return { concept: hit.concept, start: hit.start, end: hit.end, sentence: hit.sentence, negated: hit.negated, atEnd };
}

/**
 * Being alive, existing, waking up: no cue of their own, but negated as a wish or as "no longer" they
 * are being gone ("wil gewoon niet meer bestaan", "I don't want to wake up", "hoop dat ik niet wakker
 * word"), which the matcher had read as a negated part (round 26). Not "ik kon niet wakker worden
 * voor de bus": without a wish or a "no longer" the negation stays a plain one.
 */
const BEING_LEXICON: Lexicon<'being'> = {
  being: [
    'bestaan|leven|ademen|wakker worden|wakker word|wakker wordt|wakker te worden|wakker meer',
    'exist|existing|be alive|stay alive|breathe|wake up|waking up|be here|be around',
  ],
};

/** Words of a wish or a hope before the negated being: the wish not to be. */
const WISHING = new Set([
  'wil',
  'wilt',
  'willen',
  'wou',
  'hoop',
  'hoopte',
  'liefst',
  'want',
  'wanna',
  'wants',
  'wanted',
  'hope',
  'wish',
  'rather',
]);

/** "niet meer", "nooit meer", "no longer", "never", "not ... anymore": being that has ended. */
const NO_LONGER_BEFORE = new Set(['meer', 'nooit', 'never', 'longer']);
const NO_LONGER_AFTER = new Set(['meer', 'anymore', 'again']);

/** How far before a negated being the wish or the "no longer" may stand (its clause only). */
const BEING_REACH = 5;

function wishNotToBe(hit: ConceptHit<'being'>, analysis: TextAnalysis): boolean {
  if (!hit.negated) return false;
  const { written, tokens } = analysis;
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - BEING_REACH; i--) {
    if (isBoundary(tokens[i]!)) break;
    if (WISHING.has(written[i]!) || NO_LONGER_BEFORE.has(written[i]!)) return true;
  }
  for (let i = hit.end + 1; i < tokens.length && i <= hit.end + 2; i++) if (NO_LONGER_AFTER.has(written[i]!)) return true;
  return false;
}

export class SuicideFrameReader {
  private readonly matcher = new ConceptMatcher(FRAME_LEXICON);
  private readonly beingMatcher = new ConceptMatcher(BEING_LEXICON);

  find(analysis: TextAnalysis): FrameHit[] {
    const cues = this.matcher.find(analysis);
    // A negated being the lexicon already reads as a part ("niet meer ~2 wakker") is not read twice.
    // Arrays made by mapHits and joinHits, not by map or spread: an empty one keeps the objects'
    // class, so the functions that read the frames meet one class whether a message has cues or not.
    const notToBe = mapHits(
      this.beingMatcher
        .find(analysis)
        .filter(
          (h) => wishNotToBe(h, analysis) && !cues.some((c) => c.concept === 'gone' && !c.negated && c.start <= h.end && h.start <= c.end),
        ),
      (h) => readAs<FrameCue>(h, 'gone', false),
    );
    const hits = joinHits(
      cues.filter((c) => !(c.concept === 'gone' && c.negated && notToBe.some((n) => n.start <= c.end && c.start <= n.end))),
      notToBe,
    ).filter((h) => !WISH_CUES.has(h.concept) || !doneByAnother(h, analysis));
    const holders = new Set(hits.filter((h) => h.concept === 'holder' && !h.negated).map((h) => h.sentence));
    return mapHits(hits, (h) =>
      frameHit(h, AT_END_CUES.has(h.concept) && !h.negated && holders.has(h.sentence) && endsSentence(h, analysis)),
    );
  }
}

/**
 * The sentences in which the frame is told: a wish cue beside another cue (not only its holder) in
 * its sentence or the next, or giving up at a sentence's end by someone speaking of themselves.
 */
export function framedSentences(hits: readonly FrameHit[]): Set<number> {
  const framed = new Set<number>();
  const live = hits.filter((h) => !h.negated);
  for (const h of live) {
    if (!WISH_CUES.has(h.concept)) continue;
    const other = live.some((o) => o.concept !== h.concept && o.concept !== 'holder' && Math.abs(o.sentence - h.sentence) <= FRAME_WINDOW);
    if (other || h.atEnd) framed.add(h.sentence);
  }
  return framed;
}

/**
 * The frame features (`fr:`) of a message or of the sentences the suicide model reads: each cue,
 * negated ones apart; a cue with its holder in its sentence; two cues together within the window;
 * how many kinds of cue come together around a wish; a cue beside a distance in its sentence; giving
 * up at the end of a sentence.
 */
export function frameFeatures(hits: readonly FrameHit[], distances: readonly ConceptHit<DistanceConcept>[], out: string[] = []): string[] {
  const live = hits.filter((h) => !h.negated);
  const seen = new Set<string>();
  const push = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    out.push(f);
  };
  for (const h of hits) if (h.negated && WISH_CUES.has(h.concept)) push(`fr!:${h.concept}`);
  const holders = new Set(live.filter((h) => h.concept === 'holder').map((h) => h.sentence));
  const cues = live.filter((h) => h.concept !== 'holder');
  const far = distances.filter((d) => !d.negated && FRAME_DISTANCE.has(d.concept));
  let most = 0;
  for (const h of cues) {
    const kinds = new Set<FrameCue>();
    for (const o of cues) {
      if (Math.abs(o.sentence - h.sentence) > FRAME_WINDOW) continue;
      kinds.add(o.concept);
      if (h.concept < o.concept && (WISH_CUES.has(h.concept) || WISH_CUES.has(o.concept))) push(`fr:${h.concept}+${o.concept}`);
    }
    if ([...kinds].some((k) => WISH_CUES.has(k))) most = Math.max(most, kinds.size);
    // A means or a plan alone is in every story of a night shift, a train to work or a threat for
    // tonight, and taught the model that the frame's words speak against suicide: they count only
    // beside a wish (the pairs above).
    if (!WISH_CUES.has(h.concept)) continue;
    push(`fr:${h.concept}`);
    if (holders.has(h.sentence)) push(`fr:${h.concept}+holder`);
    for (const d of far) if (d.sentence === h.sentence) push(`fr:${h.concept}+${d.concept}`);
    if (h.atEnd) push(`fr:${h.concept}+at_end`);
  }
  if (most >= 2) push('fr:frame2');
  if (most >= 3) push('fr:frame3');
  return out;
}

/**
 * The wish cues that say it whole when nothing follows them in their clause: "zo kan ik niet
 * verder.", "ik zet er een punt achter", "ik wil gewoon verdwijnen"; a farewell word ("een brief")
 * does not.
 */
const AT_END_CUES: ReadonlySet<FrameCue> = new Set<FrameCue>(['no_go_on', 'ending', 'gone', 'burden']);

/** Words that close a clause without saying what one stops with ("... niet meer verder wil", "... anymore"). */
const CLOSING_WORDS = new Set([
  'wil',
  'wilt',
  'willen',
  'wou',
  'kan',
  'kon',
  'ga',
  'gaan',
  'meer',
  'echt',
  'gewoon',
  'nu',
  'zo',
  'hoor',
  'anymore',
  'more',
  'really',
  'now',
  'like',
  'this',
  'that',
]);

/** "make", "laat": what follows them with an object is done to someone, not wished. */
const CAUSING = new Set(['make', 'makes', 'made', 'making', 'laat', 'laten', 'liet', 'lieten', 'maak', 'maakt', 'maken']);
const OBJECT = new Set(['me', 'mij', 'you', 'je', 'jou', 'him', 'her', 'hem', 'haar', 'us', 'ons', 'them', 'hen', 'hun']);

/** "he will make me disappear", "ze laten je verdwijnen": a threat, not a wish to be gone. */
function doneByAnother(hit: ConceptHit<FrameCue>, analysis: TextAnalysis): boolean {
  const { written } = analysis;
  if (hit.start < 2) return false;
  const [before, last] = [written[hit.start - 2]!, written[hit.start - 1]!];
  // English "make me disappear", Dutch "me laten verdwijnen" and "laten me verdwijnen".
  return (CAUSING.has(before) && OBJECT.has(last)) || (OBJECT.has(before) && CAUSING.has(last));
}

/** Nothing but closing words follows the hit in its clause (no job, no boss, no place after "ik wil niet meer"). */
function endsSentence(hit: ConceptHit<FrameCue>, analysis: TextAnalysis): boolean {
  // Compared with the words as written: the tokens are skeletons ("meer" is "mer"), which the list
  // never matched until round 26.
  let i = hit.end + 1;
  for (let skipped = 0; skipped < 3 && i < analysis.written.length && CLOSING_WORDS.has(analysis.written[i]!); skipped++) i++;
  const next = analysis.tokens[i];
  return next === undefined || isBoundary(next);
}
