/**
 * Finds the clauses of a message that ask something, by their structure rather than by the words
 * of a topic: a question mark; a Dutch clause that opens with its finite verb and then its subject
 * ("Kan ik…", "Wordt zij…", "Krijgt de eigenaar…", also without "?"); a question word (wat, hoe,
 * waarom, what, how…); English auxiliary inversion ("will I…", "can they…"); an indirect frame
 * ("ik vraag me af of", "weet u of", "I wonder whether", "can you tell me if"); a tag ("…, toch?",
 * "…, right?"); and a worry or wish said in the first person that a counsellor answers as a
 * question ("ik ben bang dat…", "ik wil niet dat mijn baas het weet", "I don't want my agency to
 * know"). A conditional clause ("als ik bel", "if I report it") belongs to the question that
 * follows it. Statements ("de politie kwam vorig jaar") are not questions. Dutch and English; pure.
 */
import { tokenize } from '../../safety/normalise';

/** How the clause asks: its structure, a feature of the topic model as well. */
export type ClauseOpening = 'wh' | 'verb_first' | 'indirect' | 'worry' | 'tag' | 'mark';

export interface QuestionClause {
  /** Plain lower-case words of the clause, a leading conditional clause included. */
  readonly words: readonly string[];
  readonly opening: ClauseOpening;
  /** The word that makes it a question: the question word, the verb, the frame's first word. */
  readonly head: string;
  /** The subject right after a fronted verb ("kan ik" → "ik"), when there is one. */
  readonly subject: string | null;
  /** Whether the sentence ended in a question mark. */
  readonly marked: boolean;
  /** How many of `words` are the condition in front ("als ik bel" of "als ik bel, weet hij dan…"). */
  readonly condition: number;
  /** The words of the sentence before, for a short question that points back ("Is this true?"). */
  readonly before: readonly string[];
}

const set = (words: string) => new Set(words.split(' '));

const WH = set(
  'wat wie waar wanneer hoe waarom welke welk hoeveel hoelang waarmee waarover waarvoor waarheen waardoor waaraan waarop waarin waarvan waarnaar waaruit waarbij waartegen hoezo wiens what who whom whose where when how why which',
);
/** Finite verbs that open a Dutch yes/no question, with any subject (also "de eigenaar", "mijn baas"). */
const NL_FINITE = set(
  'kan kun kunt kunnen mag mogen moet moeten hoeft hoeven wil wilt willen zal zult zullen zou zouden bent is zijn was waren hebt heeft hebben had hadden wordt worden werd werden krijgt krijgen weten ziet zien hoort horen gaat gaan komt komen blijft blijven klopt kloppen telt tellen valt vallen staat staan doet doen zitten leest lezen bewaart bewaren verliest verliezen raakt raken helpt helpen betekent vindt vinden denkt denken merkt merken belt bellen gebeurt gelden geldt mocht moest kon konden zag zagen wist wisten heet loopt lopen neemt nemen pakt pakken houdt houden maakt maken stuurt sturen haalt halen',
);
/** Bare stems open a question only before a pronoun ("heb je", "word ik"); before "de" they command ("bel de politie"). */
const NL_STEM = set(
  'ben heb word krijg weet zie hoor ga kom blijf hoef doe zit lees verlies raak help bel vind denk merk pak houd maak stuur haal neem loop moet kan mag wil zal kun kn',
);
/** English auxiliaries that open a question when the subject follows. */
const EN_AUX = set(
  'can could will would shall should may might must do does did is are am was were have has had cant couldnt wont wouldnt shouldnt isnt arent wasnt werent dont doesnt didnt hasnt havent',
);
// "u" arrives as "you" (the chat-slang table reads it as English).
const NL_PRONOUN = set('ik je jij u you hij zij ze we wij jullie men het er');
const NL_SUBJECT = new Set([
  ...NL_PRONOUN,
  ...set('de een mijn zijn haar hun onze jouw uw die dit dat iemand niemand iedereen alles dat mensen jongeren politie veilig'),
]);
const EN_SUBJECT = set(
  'i you he she it we they this that there my his her their our your the a an someone somebody anyone anybody people everyone nobody these those police employer boss agency what',
);
/** Words that open a Dutch statement with the verb after them (V2); never a question opener. */
const NL_NOT_VERB = set(
  'dan toen nu daar hier gisteren vandaag morgen soms ook daarom dus misschien al nog vaak altijd nooit eerst later straks sindsdien daarna verder zo wel echt gewoon eigenlijk thuis vanavond vannacht vorige dat want niet met wat zodat totdat tot uit ooit gisteravond vanmiddag vanochtend laatst net pas meestal sinds bijna heel erg samen meteen binnen buiten boven beneden',
);
/** Clauses that attach to the main clause after them ("als ik bel, weten ze dan…"). */
const SUBORDINATORS = set(
  'als wanneer indien zodra mocht stel omdat doordat terwijl nadat voordat if when once unless because while after before',
);
/**
 * The subordinators of a condition: what follows one is a consequence the writer may fear ("als ik
 * het meld, ben ik mijn kamer kwijt"). A reason or a time ("omdat", "because", "when we asked")
 * only tells the story.
 */
const CONDITIONS = set('als indien zodra mocht stel if unless once');
/** The writer (alone or with others) in a condition: a consequence for them is their own fear. */
const FIRST_PERSON = set('ik mij me mijn wij we ons onze i my our us');
/**
 * Openers that carry nothing and are skipped: "en", "maar", "oke", "sorry", "hoi". Not adverbs
 * such as "ook" or "dus": after them Dutch inverts a statement ("ook moest ik mee naar de bank").
 */
const FILLERS = set(
  'en maar of ok oke okay oké nou ja nee hoi hallo hey hi hello yo hee ey hmm uhm eh ah oh sorry please alstublieft alsjeblieft svp well so and but or also anyway btw plus goedemorgen goedemiddag goedenavond ps',
);

/** Indirect frames: the question follows them ("ik vraag me af of…"). Over the clause's joined words. */
const INDIRECT = new RegExp(
  [
    // A word or two inside the frame: "ik vraag me eigenlijk af of", "ik vroeg me ook af of".
    String.raw`^(?:ik )?vr(?:aag|oeg) (?:me|mij|ik me|ik mij) (?:\w+ ){0,2}af\b`,
    String.raw`^ik (?:wil|zou|wou) (?:\w+ ){0,3}weten\b`,
    String.raw`^(?:weet|weten) (?:u|you|jij|je|jullie|iemand) (?:\w+ ){0,2}(?:of|wat|hoe|waar|wie|wanneer|waarom|welke|hoeveel)\b`,
    String.raw`^(?:kunt|kan|kun|kunnen) (?:u|you|je|jij|jullie) (?:me|mij) (?:\w+ ){0,2}(?:vertellen|uitleggen|zeggen)\b`,
    String.raw`^zou het (?:kunnen|mogelijk zijn) dat\b`,
    String.raw`^(?:ik|wij|we) (?:weet|weten|snap|snappen|begrijp|begrijpen) (?:\w+ ){0,2}niet (?:\w+ )?(?:goed )?(?:of|wat|hoe|waar|wie|wanneer|waarom|welke|hoeveel)\b`,
    String.raw`^ik twijfel\b`,
    String.raw`^ik ben (?:\w+ )?benieuwd\b`,
    String.raw`^ik heb (?:\w+ )?(?:een )?vraag\b`,
    String.raw`^i (?:still |really |just )?(?:am |was |m )?(?:still )?wonder(?:ing)?\b`,
    // A word or two of politeness inside the frame ("I would really like to know", "I just want to know").
    String.raw`^(?:i would|id|i d)(?: (?:really|just|so|also|still|very much|much))? (?:like|love|want) to know\b`,
    String.raw`^i (?:(?:really|just|only|also|still|simply|would) )?(?:want|need|have|wanted|needed) to (?:know|ask)\b`,
    String.raw`^(?:can|could|would) you (?:please )?(?:tell|explain to|let) me\b`,
    String.raw`^(?:do|does) (?:you|anyone|somebody|someone) know (?:if|whether|what|how|who|where|when|why|which)\b`,
    String.raw`^i (?:am |m )?not (?:\w+ )?sure\b`,
    String.raw`^i do not (?:know|understand) (?:if|whether|what|how|who|where|when|why|which)\b`,
    String.raw`^(?:please |plz |pls )?tell me (?:if|whether|what|how|who|where|when|why|which|that|u|you)\b`,
    String.raw`^(?:mijn|my) (?:vraag|question) is\b`,
  ].join('|'),
);

/**
 * An indirect frame after a clause's first words ("ik wil melden maar ik vraag me af of…", "als
 * begeleider vraag ik mij af welke…"): the frame asks wherever it stands.
 */
// Also a question relayed for someone else ("Oleksandr vraagt of hij zijn geld nog krijgt", "she
// asks if she can stay"), and not knowing whether ("…maar weet niet of het mensenhandel is", "en ik
// twijfel of het eronder valt"): asked as if by the writer (round 47). In the present only: "hij vroeg
// of hij de wc mocht gebruiken" tells the story.
const INDIRECT_INSIDE = new RegExp(
  [
    String.raw`\bvr(?:aag|oeg) (?:ik )?(?:me|mij) (?:\w+ ){0,2}af (?:of|wat|hoe|waar|wie|wanneer|waarom|welke|hoeveel|op welke)\b`,
    String.raw`\bi (?:still |really )?(?:am |was )?wonder(?:ing)? (?:if|whether|what|how|who|where|when|why|which)\b`,
    String.raw`\b(?:vraagt|vragen) (?:me |mij |ons |zich )?(?:\w+ )?(?:af )?(?:of|wat|hoe|waarom|wanneer)\b`,
    String.raw`\basks (?:me |us )?(?:if|whether|what|how|why|when)\b`,
    String.raw`\b(?:wil|wants) (?:\w+ )?(?:weten|to know) (?:of|if|whether)\b`,
    String.raw`\b(?:twijfel|twijfelen) (?:\w+ )?of\b`,
    String.raw`\b(?:weet|weten) (?:\w+ )?niet (?:goed |zeker |precies )?of\b`,
  ].join('|'),
);

/** First-person worries and wishes a counsellor answers as the question they are. */
const WORRY = new RegExp(
  [
    // Also without the verb, as people write who are learning Dutch: "ik bang dat ik terug moet".
    String.raw`^ik (?:ben |was )?(?:\w+ ){0,2}(?:bang|doodsbang|ongerust|angstig) (?:dat|om|voor)\b`,
    String.raw`^ik (?:wil|zou|wou) (?:\w+ ){0,2}niet (?:\w+ )?(?:dat|graag)\b`,
    // A preference is a wish: "ik heb liever een echt mens aan de lijn".
    String.raw`^ik (?:heb|had|wil|zou|spreek|praat) (?:\w+ )?liever\b`,
    // Chat leaves out the "ik": "wil niet dat ie een strafblad krijgt".
    String.raw`^(?:wil|wou) (?:\w+ )?niet (?:\w+ )?dat\b`,
    String.raw`^ik (?:wil|zou|wou) (?:\w+ ){0,2}(?:geen|niet|niemand|niks|nooit) (?!maar\b)\w+`,
    // A request put as a wish: "graag iemand bellen", "please someone call me".
    String.raw`^graag (?:\w+ ){0,3}(?:bellen|praten|spreken|chatten|iemand|een)\b`,
    String.raw`^(?:someone|somebody|iemand) (?:\w+ ){0,2}(?:call|phone|bellen)\b`,
    String.raw`^ik (?:wil|zou|wou) (?:\w+ ){0,6}(?:praten|spreken|bellen|chatten)\b`,
    // A request as an imperative: "bel me aub", "call me tonight".
    String.raw`^(?:bel|call|phone|contact|mail|email|app|text) (?:me|mij)\b`,
    // Someone else must not find out: "mijn man mag het niet weten", "die gasten mogen echt niet weten dat…", "he must never know".
    String.raw`^(?:\w+ ){0,3}(?:mag|mogen|mocht|mochten) (?:\w+ ){0,3}(?:niet|nooit) (?:\w+ ){0,2}(?:weten|horen|merken|zien|ontdekken|erachter)\b`,
    String.raw`^(?:\w+ ){0,3}(?:must|can|should|may) (?:never|not) (?:ever )?(?:know|find out|hear|learn|see)\b`,
    String.raw`^(?:\w+ ){0,2}(?:niemand|nobody|no one) (?:\w+ ){0,4}(?:mag|mogen|kan|must|can|may|should) (?:\w+ ){0,2}(?:weten|horen|know|find out|hear)\b`,
    String.raw`^ik wil (?:\w+ )?dat\b`,
    String.raw`^ik (?:durf|durfde) (?:\w+ ){0,2}niet\b`,
    String.raw`^ik maak me (?:\w+ ){0,2}zorgen (?:dat|of)\b`,
    String.raw`^(?:zij|ze|hij|wij|we) (?:is|zijn|was|waren) (?:\w+ ){0,2}(?:bang|doodsbang) (?:dat|om|voor)\b`,
    String.raw`^i (?:am|was|m) (?:\w+ ){0,2}(?:afraid|scared|worried|terrified|frightened)\b`,
    String.raw`^i do not (?:\w+ )?want\b`,
    String.raw`^i would (?:\w+ )?not want\b`,
    String.raw`^(?:i would|id|i d|i) (?:\w+ )?(?:like|want|wish|need) to (?:talk|speak|call|chat)\b`,
    String.raw`^i (?:worry|fear)\b`,
    String.raw`^i do not dare\b`,
    String.raw`^(?:she|he|they|we) (?:is|are|was|were) (?:\w+ ){0,2}(?:afraid|scared|terrified)\b`,
  ].join('|'),
);

/** A tag at the end that turns a statement into a question. */
// "…, kan dat", "…, is that ok": asking whether what was just said is possible or allowed.
const TAG =
  /\b(?:toch|of niet|right|is it not|is that not|or not|ja of nee|yes or no|klopt dat|is dat zo|kan dat|mag dat|gaat dat|lukt dat|is dat mogelijk|is dat goed|is that (?:ok|okay|possible|allowed)|can i|is it possible)$/;
/** "dit is toch gewoon uitbuiting": "toch" after a pointing subject and its verb asks to confirm what was told. */
const CONFIRM = /^(?:dit|dat|het) (?:is|zijn|was|klopt|mag|kan|hoort) toch\b/;
/** An opener that looks like a question word but exclaims ("wat een gedoe", "what a mess"). */
const EXCLAIMS = /^(?:wat een|what a|hoe dan ook|wie weet|what ever|whatever|how awful|hoe erg)\b/;

interface Piece {
  words: string[];
  /** The piece ends a sentence (not a comma). */
  end: boolean;
  /** The sentence this piece belongs to ends in a question mark. */
  marked: boolean;
  /** The sentence trails off ("als het uitkomt dat ik het was…"): what is left unsaid is feared. */
  trails: boolean;
}

/** A common abbreviation before its point ("bijv. de mentor"). */
const ABBREVIATION = /^(?:bijv|bv|evt|ca|dhr|mevr|nr|zgn|etc|vs|approx|incl|excl)$/;

/** Splits into comma-separated pieces, each knowing whether its sentence ends in "?". */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current: string[] = [];
  let sentenceStart = 0;
  // "i.v.m.", "e.g.": letters with points are one shortened word, whose points end no sentence.
  const unabbreviated = text.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  for (const token of tokenize(unabbreviated)) {
    if (!token.boundary) {
      current.push(token.text);
      continue;
    }
    // "bijv. de mentor": the point of an abbreviation ends no sentence.
    if (token.text === '.' && ABBREVIATION.test(current[current.length - 1] ?? '')) continue;
    if (current.length > 0) pieces.push({ words: current, end: false, marked: false, trails: false });
    current = [];
    const ends = /[.!?;\n\r]/.test(token.text) || token.text === '';
    if (ends && pieces.length > sentenceStart) {
      const marked = token.text.includes('?');
      const trails = !marked && /\.\.|…/.test(token.text);
      for (let i = sentenceStart; i < pieces.length; i++) Object.assign(pieces[i]!, { marked, trails });
      pieces[pieces.length - 1]!.end = true;
      sentenceStart = pieces.length;
    }
  }
  return pieces;
}

/** Only fillers ("Hallo?", "ok?", "sorry?"): a call for attention, not a question about anything. */
function onlyFillers(words: readonly string[]): boolean {
  return words.every((w) => FILLERS.has(w));
}

function skipFillers(words: readonly string[]): number {
  let i = 0;
  while (i < words.length - 1 && FILLERS.has(words[i]!)) i++;
  return i;
}

/** Where, within a piece, a new interrogative clause starts after "of"/"en"/"maar"/"or"/"and"/"but". */
function coordinatedSplits(words: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 2; i < words.length - 1; i++) {
    if (!/^(?:of|en|maar|want|or|and|but)$/.test(words[i]!)) continue;
    // "…of is bedelen hier toegestaan": after "of"/"or" the verb alone opens the alternative.
    const alternative = (words[i] === 'of' || words[i] === 'or') && (NL_FINITE.has(words[i + 1]!) || EN_AUX.has(words[i + 1]!));
    const rest = words.slice(i + 1);
    // "…bang voor de politie en denkt dat hij terug moet": a verb and "dat" with a clause after it
    // go on with the subject before "en"; "…en is dat normaal" asks.
    if (rest[1] === 'dat' && NL_SUBJECT.has(rest[2] ?? '') && rest[2] !== 'dat') continue;
    // "…maar ze mag nooit weten dat ik het was", "…maar als ze erachter komen ben ik mijn baan kwijt":
    // a fear or a condition with its consequence starts a clause of its own.
    const fear = WORRY.test(rest.join(' ')) || (CONDITIONS.has(rest[0]!) && mainAfterCondition(rest) > 0);
    if (alternative || fear || openingAt(words, i + 1) !== null) at.push(i + 1);
  }
  return at;
}

/** The opening of a clause that starts at `i`, judged by its first two words. */
function openingAt(
  words: readonly string[],
  i: number,
): { opening: 'wh' | 'verb_first'; head: string; subject: string | null; byForm?: boolean } | null {
  const first = words[i];
  const second = words[i + 1];
  if (first === undefined) return null;
  if (WH.has(first)) {
    const rest = words.slice(i, i + 3).join(' ');
    if (EXCLAIMS.test(rest)) return null;
    return { opening: 'wh', head: first, subject: null };
  }
  if (second === undefined) return null;
  if (EN_AUX.has(first) && (EN_SUBJECT.has(second) || (second === 'not' && EN_SUBJECT.has(words[i + 2] ?? ''))))
    return { opening: 'verb_first', head: first, subject: second === 'not' ? words[i + 2]! : second };
  if (NL_FINITE.has(first) && NL_SUBJECT.has(second)) return { opening: 'verb_first', head: first, subject: second };
  if (NL_STEM.has(first) && NL_PRONOUN.has(second)) return { opening: 'verb_first', head: first, subject: second };
  // Any finite-looking verb before a personal pronoun ("Verdient hij", "Snap je"), unless it is an
  // adverb that starts a statement ("Toen ging ik" has the verb second, "Dan krijg ik" too).
  if (
    NL_PRONOUN.has(second) &&
    !NL_NOT_VERB.has(first) &&
    !SUBORDINATORS.has(first) &&
    /^[a-z]{2,}(?:t|en|aan|d)$/.test(first) &&
    // not a past participle: "gebeld ze komen"
    !/^ge[a-z]+[dt]$/.test(first)
  )
    return { opening: 'verb_first', head: first, subject: second, byForm: true };
  return null;
}

/** After the subject, these make a short verb-first clause an answer with its object left out ("weet ik niet", "heb ik al gedaan"). */
const TOPIC_DROP = set('niet wel ook al nog nooit echt zeker gedaan gezien gezegd');

/** A verb-first main clause inside a clause that opened with "als"/"if": "als ik bel weten ze dan…", "if I report will they know". */
function invertedAfterCondition(words: readonly string[], from: number): { head: string; subject: string; at: number } | null {
  for (let i = from + 2; i < words.length - 1; i++) {
    const hit = openingAt(words, i);
    if (hit?.opening !== 'verb_first' || hit.subject === null) continue;
    const english = EN_AUX.has(words[i]!);
    // Dutch inverts after a condition in statements too ("als ik bel, weten ze het"): "dan" after
    // the subject makes it a question ("weten ze dan").
    const dan = words.slice(i + 2, i + 4).includes('dan');
    if (english || dan) return { head: hit.head, subject: hit.subject, at: i };
  }
  return null;
}

/** `conditionLength`: the words of a condition joined in front from before a comma ("if I report,"). */
function classify(
  words: readonly string[],
  marked: boolean,
  sentenceStart = true,
  conditionLength = 0,
  trails = false,
): QuestionClause | null {
  if (onlyFillers(words)) return null;
  const skipped = skipFillers(words);
  return classifyBody(words.slice(skipped), marked, sentenceStart, Math.max(0, conditionLength - skipped), trails);
}

/** Verbs whose object a question word opens ("if I tell them what he did", "als ik zeg wat er is gebeurd"). */
const TELLING = set(
  'tell told say said know knew ask asked explain show see saw hear heard write report zeg zeggen vertel vertellen weet weten vraag vragen uitleg uitleggen laat laten zie zien hoor horen schrijf schrijven meld melden',
);
/** A verb form right after the question word: the main clause asks ("what happen", "wat gebeurt er"). */
const AFTER_WH_VERB = set(
  'happen happens happened will would can could do does is are gebeurt gebeuren zal zullen gaat gaan moet moeten kan kunnen is zijn doen doet krijg krijgt',
);

/** Whether the question word at `wh`, after a condition, opens the main clause rather than an object clause. */
function opensMainClause(body: readonly string[], wh: number, conditionLength: number): boolean {
  if (TELLING.has(body[wh - 1]!) || TELLING.has(body[wh - 2] ?? '')) return false;
  return wh === conditionLength || AFTER_WH_VERB.has(body[wh + 1] ?? '');
}

/** Where the main clause of a Dutch condition starts, by its fronted verb ("als ik bel weet hij het"). */
function mainAfterCondition(body: readonly string[]): number {
  for (let i = 2; i < body.length - 1; i++) if (openingAt(body, i)?.opening === 'verb_first' && NL_PRONOUN.has(body[i + 1]!)) return i;
  return 0;
}

function classifyBody(
  body: readonly string[],
  marked: boolean,
  sentenceStart: boolean,
  conditionLength: number,
  trails = false,
): QuestionClause | null {
  if (body.length === 0) return null;
  const joined = body.join(' ');
  const make = (opening: ClauseOpening, head: string, subject: string | null, condition = 0): QuestionClause => ({
    words: body,
    opening,
    head,
    subject,
    marked,
    condition,
    before: [],
  });
  const indirect = INDIRECT.exec(joined);
  if (indirect || INDIRECT_INSIDE.test(joined)) return make('indirect', body[0]!, null);
  const worry = WORRY.exec(joined);
  if (worry) return make('worry', body[0]!, null);
  // "Wanneer moet ik 112 bellen", "when are you open": the verb right after asks; a condition has its subject first.
  if ((body[0] === 'wanneer' || body[0] === 'when') && openingAt(body, 1)?.opening === 'verb_first') return make('wh', body[0], null);
  if (SUBORDINATORS.has(body[0]!)) {
    const main = invertedAfterCondition(body, 0);
    if (main) return make('verb_first', main.head, main.subject, main.at);
    // "If I tell the police, what happens?": the question word after the condition.
    const wh = body.findIndex((w, i) => i >= 2 && WH.has(w) && !SUBORDINATORS.has(w));
    if (wh > 0 && marked) return make('wh', body[wh]!, null, wh);
    // Without "?" ("if i talk, what happen with my visa", "als ik bel wat gebeurt er dan"): the question
    // word opens the main clause after a condition the writer is in when it follows the comma or a
    // verb comes right after it; after a verb of telling it is only its object ("if I tell them what he did").
    if (wh > 0 && CONDITIONS.has(body[0]!) && body.some((w) => FIRST_PERSON.has(w)) && opensMainClause(body, wh, conditionLength))
      return make('wh', body[wh]!, null, wh);
    // "Als ik politie bel, ben ik die klant kwijt?": the condition in front, as in a question with its verb first.
    if (marked) return make('mark', body[0]!, null, conditionLength > 0 ? conditionLength : mainAfterCondition(body));
    // A consequence said after a condition ("als ik het meld, weet hij meteen dat ik het was", "if
    // I complain, I lose my room"): a fear a counsellor answers as a question; the model tells
    // which fears are about the helpline's topics and which are only the story.
    // Only after a condition the writer is in: "als ze ziek zijn, moeten ze een boete betalen" tells how things go there.
    if (!CONDITIONS.has(body[0]!) || !body.some((w) => FIRST_PERSON.has(w))) return null;
    // A condition that trails off ("als het uitkomt dat ik het was…") leaves the feared consequence unsaid.
    if (trails) return make('worry', body[0]!, null, body.length);
    const consequence = conditionLength > 0 ? conditionLength : mainAfterCondition(body);
    return consequence > 0 && consequence < body.length ? make('worry', body[0]!, null, consequence) : null;
  }
  const opening = openingAt(body, 0);
  // Unmarked, a verb known only by its ending may be a noun ("rest hij houdt"); "weet ik niet" answers.
  const dropped = TOPIC_DROP.has(body[2] ?? '') && (body.length === 3 || (body.length === 4 && TOPIC_DROP.has(body[3]!)));
  // Unmarked, after a comma, a verb before a noun phrase continues a statement whose subject came
  // first ("Een jonge vrouw, begin twintig, haalt elke week…").
  const continues = !sentenceStart && !NL_PRONOUN.has(opening?.subject ?? '') && !EN_AUX.has(body[0]!);
  const statement = opening?.opening === 'verb_first' && !marked && ((opening.byForm === true && !sentenceStart) || dropped || continues);
  if (opening && !statement) {
    // "wanneer"/"when" also open a condition: without "?" they need no answer unless the clause is a question by itself.
    if (opening.opening === 'wh' && (body[0] === 'wanneer' || body[0] === 'when') && !marked && body.length > 6) return null;
    return make(opening.opening, opening.head, opening.subject);
  }
  if (TAG.test(joined) || CONFIRM.test(joined)) return make('tag', body[body.length - 1]!, null);
  if (marked) return make('mark', body[0]!, null);
  return null;
}

/** Whether words open a clause of their own: a question's opening, a subject pronoun, or a condition. */
function startsClause(words: readonly string[]): boolean {
  const start = skipFillers(words);
  const first = words[start] ?? '';
  return (
    openingAt(words, start) !== null ||
    SUBORDINATORS.has(first) ||
    NL_PRONOUN.has(first) ||
    EN_SUBJECT.has(first) ||
    INDIRECT.test(words.slice(start).join(' ')) ||
    WORRY.test(words.slice(start).join(' '))
  );
}

/** A short question that points back is read with at most this many words before it. */
const BEFORE = 30;

/**
 * The clauses of a message that ask something, in order. A conditional piece ("als ik iets meld,")
 * joins the clause after it; "…of is dat te zwaar?" is a clause of its own. A sentence that ends in
 * "?" without any clause shaped as a question asks with its last clause ("ik moet schuld betalen?").
 */
export function questionClauses(text: string): QuestionClause[] {
  const out: QuestionClause[] = [];
  const seen: string[] = [];
  let sentence: Piece[] = [];
  let asked = false;
  const close = () => {
    const found = sentenceQuestions(sentence, seen, asked);
    out.push(...found);
    asked = found.length > 0;
    sentence = [];
  };
  for (const piece of piecesOf(text)) {
    sentence.push(piece);
    if (piece.end) close();
  }
  if (sentence.length > 0) close();
  return out;
}

/** A piece that ends in a condition opened after "dat"/"that"/"of": its consequence comes after the comma. */
const OPEN_CONDITION = /\b(?:dat|that|of|whether) (?:als|if|wanneer|when|zodra|once|indien)\b(?: [^ ]+){0,8}$/;

/** Openers of a sentence that says what follows from the question before ("Dan weet ze meteen dat het van mij komt"). */
const THEN = set('dan anders then otherwise');

/**
 * The questions of one sentence; `seen` (the words before it) grows by the sentence's words.
 * `afterQuestion`: the sentence before asked something.
 */
function sentenceQuestions(pieces: readonly Piece[], seen: string[], afterQuestion = false): QuestionClause[] {
  const marked = pieces.some((p) => p.marked);
  const found: QuestionClause[] = [];
  const push = (clause: QuestionClause, start: number) => found.push({ ...clause, before: seen.slice(Math.max(0, start - BEFORE), start) });
  let carry: string[] = [];
  let carryStart = seen.length;
  let last: { words: string[]; start: number; condition: number } = { words: [], start: seen.length, condition: 0 };
  let lastAsked = false;
  pieces.forEach((piece, n) => {
    const pieceStart = carry.length > 0 ? carryStart : seen.length;
    const conditionLength = carry.length;
    const words = [...carry, ...piece.words];
    carry = [];
    seen.push(...piece.words);
    const start = skipFillers(words);
    // A condition before a comma belongs to what follows in the same sentence, also when it ends a
    // fear or a frame ("I am scared that if I report, I lose my status").
    if (n < pieces.length - 1 && (SUBORDINATORS.has(words[start] ?? '') || OPEN_CONDITION.test(words.slice(start).join(' ')))) {
      carry = words.slice(start);
      carryStart = pieceStart + start;
      return;
    }
    // A piece that is no clause of its own after a question in a sentence that asks belongs to it:
    // "Mag ik de politie inschakelen, gezien mijn beroepsgeheim?".
    const previous = found[found.length - 1];
    // A tag after a clause that already asks ("dit is toch niet normaal, toch") asks nothing new.
    if (n > 0 && lastAsked && words.length <= 2 && TAG.test(words.join(' '))) return;
    // So does the rest of an indirect frame cut by commas: "ik wil weten of jullie, na mijn melding, zelf…".
    if ((marked || previous?.opening === 'indirect') && n > 0 && previous !== undefined && lastAsked && !startsClause(words)) {
      found[found.length - 1] = { ...previous, words: [...previous.words, ...words] };
      return;
    }
    let from = 0;
    let previousAsks = false;
    for (const split of [...coordinatedSplits(words), words.length + 1]) {
      // The conjunction before a split ("…of is dat te zwaar") belongs to neither clause.
      const part = words.slice(from, split - 1);
      let clause = classify(part, marked, n === 0 && from === 0, from === 0 ? conditionLength : 0, piece.trails);
      // The alternative after "of"/"or" opens with its verb, whatever its subject ("of is bedelen hier toegestaan?").
      if (clause?.opening === 'mark' && from > 0 && (NL_FINITE.has(part[0]!) || EN_AUX.has(part[0]!)))
        clause = { ...clause, opening: 'verb_first', head: part[0]!, subject: part[1] ?? null };
      // After "en"/"and" Dutch keeps the inversion of a statement ("sindsdien neemt ze niet op en
      // krijgen mijn appjes één vinkje"): a coordinated clause asks only in a sentence that asks.
      // A fear or a frame asks wherever it stands ("ik wil helpen maar ze mag nooit weten dat ik het was").
      // English keeps no inversion after a conjunction: an auxiliary before its subject after "but"
      // asks wherever it stands ("sorry if stupid question but is it trafficking if she came herself").
      const englishAfterBut =
        from > 0 &&
        words[from - 1] === 'but' &&
        clause?.opening === 'verb_first' &&
        EN_AUX.has(clause.head) &&
        EN_SUBJECT.has(clause.subject ?? '');
      const asks: boolean =
        clause !== null &&
        clause.opening !== 'mark' &&
        (from === 0 || marked || previousAsks || englishAfterBut || clause.opening === 'worry' || clause.opening === 'indirect');
      if (asks && clause) push(clause, pieceStart + from);
      previousAsks = asks;
      lastAsked = asks;
      last = { words: part, start: pieceStart + from, condition: from === 0 ? conditionLength : 0 };
      from = split;
    }
  });
  if (carry.length > 0) last = { words: carry, start: carryStart, condition: 0 };
  if (found.length === 0 && marked && last.words.length > 0) {
    const clause = classify(last.words, true, true, last.condition);
    if (clause) push(clause, last.start);
  }
  // "Gaan ze dan naar haar toe? Dan weet ze meteen dat het van mij komt.": the fear behind the question.
  const first = pieces[0]?.words ?? [];
  const opener = first[skipFillers(first)];
  if (found.length === 0 && afterQuestion && opener !== undefined && THEN.has(opener)) {
    const words = pieces.flatMap((p) => p.words);
    const start = skipFillers(words);
    push(
      { words: words.slice(start), opening: 'worry', head: opener, subject: null, marked, condition: 0, before: [] },
      seen.length - words.length + start,
    );
  }
  return found;
}
