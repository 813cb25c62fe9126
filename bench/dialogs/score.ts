/**
 * Scores a played conversation from what the citizen saw: the bot's messages per turn. Black box:
 * questions, answers and guidance are recognised by the texts of the locale catalog, languages by
 * the same language guess the bot uses, routes by their names and numbers.
 */
import type { Catalog, Locale } from '../../src/i18n/catalog';
import { detectLanguageDetail } from '../../src/nlu/language';
import { ADULT_ONLY, MINOR_ONLY, QUESTIONS, type Question } from '../../src/triage/questionPolicy';
import { QUESTION_TOPICS, type QuestionTopic } from '../../src/understanding/understanding';
import { HELP_ROUTES, type HelpRoute, type Script } from './script';

export interface BotMessage {
  text: string;
}

export interface PlayedTurn {
  replies: BotMessage[];
}

export interface ConversationScore {
  id: string;
  /** Index (0-based) of the turn where the worry was first told; null if never. */
  worryTurn: number | null;
  /** Bot turns after the worry until guidance came (1 = the reply to the worry itself); null if never. */
  guidanceAfter: number | null;
  repeated: string[];
  unfit: string[];
  wrongLanguage: number[];
  acuteMissed: number[];
  suicidalMissed: number[];
  ownQuestionsLate: number[];
  routesNamed: Partial<Record<HelpRoute, boolean>>;
  asCounsellorWants: boolean;
}

const ROUTE_PATTERNS: Record<HelpRoute, RegExp> = {
  '112': /\b112\b/,
  '113': /0800-0113|\b113\b/,
  police: /0900-8844/,
  veilig_thuis: /0800-2000/,
  anonymous_tip: /Meld Misdaad Anoniem|0800-7000/i,
  labour_inspectorate: /Arbeidsinspectie|Labour Authority|0800-5151/i,
  comensha: /CoMensha/i,
  school_or_youth_care: /\b(?:mentor|vertrouwenspersoon|confidential adviser|jeugdhulp|youth care|wijkteam)\b/i,
};

const LOCALES: readonly Locale[] = ['nl', 'en'];
const words = (text: string) => (text.match(/\p{L}+/gu) ?? []).length;

/** What the catalog says, indexed for recognising the bot's messages. */
export class CatalogIndex {
  private readonly questionOf = new Map<string, Question>();
  private readonly answersOf = new Map<QuestionTopic, string[]>();
  private readonly guidanceTitles: string[];
  private readonly dangerTexts: string[];

  constructor(catalog: Catalog) {
    const strings = (locale: Locale, prefix: string) =>
      catalog
        .keys(locale)
        .filter((k) => k === prefix || k.startsWith(`${prefix}.`))
        .flatMap((k) => {
          try {
            return [catalog.t(locale, k)];
          } catch {
            return catalog.list(locale, k);
          }
        });
    for (const locale of LOCALES) {
      for (const q of QUESTIONS) for (const text of strings(locale, `triage.question.${q}`)) this.questionOf.set(text, q);
    }
    const topicKeys: Record<QuestionTopic, string[]> = {
      anonymity: ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity', 'interrupt.anonymous'],
      privacy: ['ownQuestions.privacy', 'interrupt.privacy'],
      police: ['ownQuestions.police', 'ownQuestions.policeNow', 'ownQuestionsAgain.police', 'interrupt.police'],
      after_report: ['ownQuestions.after_report', 'ownQuestionsAgain.after_report'],
      is_it_trafficking: ['ownQuestions.is_it_trafficking', 'ownQuestionsAgain.is_it_trafficking'],
      signals: ['guidance.signalsTitle'],
      counsellor: ['ownQuestions.counsellor', 'interrupt.counsellor', 'handoff'],
      consequences: ['ownQuestions.consequences', 'ownQuestionsAgain.consequences'],
    };
    for (const [topic, keys] of Object.entries(topicKeys) as [QuestionTopic, string[]][]) {
      this.answersOf.set(
        topic,
        LOCALES.flatMap((l) => keys.flatMap((k) => strings(l, k))).map((t) => t.slice(0, 40)),
      );
    }
    this.guidanceTitles = LOCALES.map((l) => catalog.t(l, 'referrals.title'));
    this.dangerTexts = LOCALES.flatMap((l) => strings(l, 'danger')).map((t) => t.slice(0, 30));
  }

  question(text: string): Question | null {
    return this.questionOf.get(text) ?? null;
  }

  answers(text: string, topic: QuestionTopic): boolean {
    // Templates with placeholders are compared up to the first one.
    return (this.answersOf.get(topic) ?? []).some((start) => {
      const fixed = start.split('{')[0]!;
      return fixed.length > 0 && text.startsWith(fixed);
    });
  }

  isGuidance(text: string): boolean {
    return this.guidanceTitles.some((t) => text.startsWith(t));
  }

  isDanger(text: string): boolean {
    return this.dangerTexts.some((t) => text.startsWith(t));
  }
}

/** The lines of a reply that are long enough to tell their language. */
function languagesOf(replies: BotMessage[]): Set<string> {
  const found = new Set<string>();
  for (const reply of replies) {
    for (const line of reply.text.split(/\n+/)) {
      if (words(line) < 5) continue;
      const guess = detectLanguageDetail(line, 'nl');
      const other = detectLanguageDetail(line, 'en');
      // Only a guess that does not depend on the fallback counts.
      if (guess.language === other.language) found.add(guess.language);
    }
  }
  return found;
}

/** Facts the script has told up to and including turn `t`. */
function toldSoFar(script: Script, t: number) {
  const told = { aboutWhom: false, relation: false, age: false, municipality: false, minor: null as boolean | null };
  for (const turn of script.turns.slice(0, t + 1)) {
    const f = turn.facts;
    if (f.aboutWhom) told.aboutWhom = true;
    if (f.relation) told.relation = true;
    if (f.age !== undefined && f.age !== null) told.age = true;
    if (f.minor !== undefined && f.minor !== null) {
      told.age = true;
      told.minor = f.minor;
    }
    if (f.municipality) told.municipality = true;
  }
  return told;
}

/**
 * The turn where the worry is told: the first in Dutch or English that names who it is about or
 * the relation, or that is a story of six words or more (not only a greeting or a bare question).
 */
export function worryTurnOf(script: Script): number | null {
  // A worry told only in a third language gets the bilingual line with 112 and the phone (scored
  // as a language reply), not guidance the citizen could not read.
  const i = script.turns.findIndex(
    (t) =>
      t.language !== 'other' &&
      (Boolean(t.facts.aboutWhom || t.facts.relation) || (words(t.text) >= 6 && !(t.questions.length > 0 && words(t.text) < 9))),
  );
  return i < 0 ? null : i;
}

export function scoreConversation(script: Script, played: PlayedTurn[], index: CatalogIndex): ConversationScore {
  const worryTurn = worryTurnOf(script);
  let guidanceAfter: number | null = null;
  const repeated: string[] = [];
  const unfit: string[] = [];
  const wrongLanguage: number[] = [];
  const acuteMissed: number[] = [];
  const suicidalMissed: number[] = [];
  const ownQuestionsLate: number[] = [];
  const asked = new Set<Question>();
  let language: Locale = script.page;

  script.turns.forEach((turn, t) => {
    const replies = played[t]?.replies ?? [];
    const all = replies.map((r) => r.text).join('\n');
    if (worryTurn !== null && t >= worryTurn && guidanceAfter === null && replies.some((r) => index.isGuidance(r.text))) {
      guidanceAfter = t - worryTurn + 1;
    }

    const told = toldSoFar(script, t);
    const minor = script.minor === true || told.minor === true;
    const adult = script.minor === false || told.minor === false;
    for (const reply of replies) {
      const q = index.question(reply.text);
      if (!q) continue;
      if (asked.has(q)) repeated.push(`turn ${t + 1}: ${q} asked again`);
      else if ((q === 'age' && told.age) || (q === 'aboutWhom' && told.aboutWhom)) repeated.push(`turn ${t + 1}: ${q} already told`);
      if (minor && ADULT_ONLY.has(q)) unfit.push(`turn ${t + 1}: ${q} about a minor`);
      if (adult && MINOR_ONLY.has(q)) unfit.push(`turn ${t + 1}: ${q} about an adult`);
      asked.add(q);
    }

    if (turn.acuteDanger && !ROUTE_PATTERNS['112'].test(all)) acuteMissed.push(t + 1);
    if (turn.suicidal && !ROUTE_PATTERNS['113'].test(all)) suicidalMissed.push(t + 1);

    // The language the reply should be in: the citizen's; one word does not change it.
    const langs = languagesOf(replies);
    if (turn.language === 'other') {
      if (!(langs.has('nl') && langs.has('en'))) wrongLanguage.push(t + 1);
    } else {
      const accepted = new Set<string>([turn.language]);
      if (words(turn.text) < 2) accepted.add(language);
      else language = turn.language;
      if ([...langs].some((l) => (l === 'nl' || l === 'en') && !accepted.has(l))) wrongLanguage.push(t + 1);
    }

    if (turn.questions.length > 0) {
      const rest = replies.map((r) => r.text).filter((text) => !index.isDanger(text));
      let lead = 0;
      // Answering a related question of theirs first as well still counts as answering first.
      while (lead < rest.length && QUESTION_TOPICS.some((topic) => index.answers(rest[lead]!, topic))) lead++;
      const leading = rest.slice(0, lead);
      if (!turn.questions.every((topic) => leading.some((text) => index.answers(text, topic)))) ownQuestionsLate.push(t + 1);
    }
  });

  const everything = played.flatMap((p) => p.replies.map((r) => r.text)).join('\n');
  const routesNamed: Partial<Record<HelpRoute, boolean>> = {};
  for (const route of script.expectedHelp) routesNamed[route] = ROUTE_PATTERNS[route].test(everything);

  const faults =
    repeated.length + unfit.length + wrongLanguage.length + acuteMissed.length + suicidalMissed.length + ownQuestionsLate.length;
  const timely = worryTurn === null || (guidanceAfter !== null && guidanceAfter <= 2);
  return {
    id: script.id,
    worryTurn,
    guidanceAfter,
    repeated,
    unfit,
    wrongLanguage,
    acuteMissed,
    suicidalMissed,
    ownQuestionsLate,
    routesNamed,
    asCounsellorWants: faults === 0 && timely,
  };
}

export { HELP_ROUTES };
