/**
 * Scores a played conversation from what the citizen saw: the bot's messages per turn. Black box:
 * questions, answers and guidance are recognised by the texts of the locale catalog, languages by
 * the same language guess the bot uses, routes by their names and numbers.
 */
import type { Catalog, Locale } from '../../src/i18n/catalog';
import { detectLanguageDetail } from '../../src/nlu/language';
import { ADULT_ONLY, MINOR_ONLY, QUESTIONS, type Question } from '../../src/triage/questionPolicy';
import { QUESTION_TOPICS, type QuestionTopic } from '../../src/understanding/understanding';
import { wordsPerTurn } from './replyLength';
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
  /**
   * Turns where the bot said it has no answer to the question here and offered a person
   * (ownQuestionsUnknown), and of them those with an own question labelled. Not counted as an answer:
   * a labelled topic has an answer of its own; the count shows how often the honest line is given.
   */
  noAnswerHere: number[];
  noAnswerHereLabelled: number[];
  /** Texts for another role than the writer's (bystander advice to a victim telling her own story, and back). */
  roleUnfit: string[];
  /** Guidance for a minor (or a question about one) when the labels never said a minor. */
  minorUnfit: string[];
  /** Turns after the first bot turn with a 112 or danger line while no danger is in view. */
  dangerWithout: number[];
  /** Where the lines of each of those turns came from: the catalog keys of its danger lines, joined by "+". */
  dangerWithoutSources: string[];
  /**
   * Turns the writer marked calm after a turn that told danger, with a 112 or danger line that is
   * not the answer to the citizen's own question: not counted in the scorer (the danger was real),
   * but a counsellor does not repeat 112 or 113 in every reply. For the policy, not for the pass count.
   */
  dangerOnCalmAfter: number[];
  /** The catalog keys of those turns' danger lines, joined by "+". */
  dangerOnCalmAfterSources: string[];
  /** The same bubble said again in the conversation (beyond the short fixed ones allowed to recur). */
  repeatedBubbles: string[];
  /** Bubbles per bot turn. */
  bubbles: number[];
  /** Words per bot turn, its bubbles together (bench/dialogs/replyLength.ts). */
  words: number[];
  routesNamed: Partial<Record<HelpRoute, boolean>>;
  /** The scorer before round 14: without role, minor guidance, danger lines and repeated bubbles. */
  asCounsellorWantsLenient: boolean;
  asCounsellorWants: boolean;
}

/** Who a text is written for: the writer living it, someone who sees it in another, or a professional. */
export type Audience = 'self' | 'bystander' | 'professional';
type Role = 'self' | 'other' | 'professional';
/** The audiences a writer of each role can be addressed as (a professional is a bystander too). */
const FITS: Record<Role, readonly Audience[]> = { self: ['self'], other: ['bystander'], professional: ['bystander', 'professional'] };

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
  private readonly noAnswerTexts: string[];
  private readonly dangerTexts: string[];
  private readonly audiences: { start: string; audience: Audience; key: string }[] = [];
  private readonly minorTexts: string[];
  private readonly dangerQuestions: string[];
  private readonly recurring: Set<string>;
  /** Every text of the catalog that names 112 or asks about danger, by its fixed start: for telling where a danger line came from. */
  private readonly dangerKeys: { start: string; key: string }[] = [];

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
      // Writers label "is this chat secret?" either way: the answer to staying anonymous says who reads
      // the chat, the general privacy answer opens with "no name needed", and the short answer for both
      // (round 48) says both; each answers either.
      anonymity: [
        'ownQuestions.anonymity',
        'ownQuestionsAgain.anonymity',
        'ownQuestionsThird.anonymity',
        'interrupt.anonymous',
        'ownQuestionsShort.anonymity',
        'ownQuestionsShort.privacyAnonymity',
        'ownQuestions.privacy.general',
      ],
      privacy: [
        'ownQuestions.privacy',
        'interrupt.privacy',
        'ownQuestions.anonymity',
        'ownQuestionsShort.privacy',
        'ownQuestionsShort.privacyAnonymity',
      ],
      police: [
        'ownQuestions.police',
        'ownQuestions.policeNow',
        'ownQuestionsAgain.police',
        'ownQuestionsAgain.policeNow',
        'ownQuestions.policeSuicidal',
        'ownQuestions.policeEvidence',
        'ownQuestions.policeForMe',
        'ownQuestions.policeWhatToSay',
        'ownQuestions.policeNowUnsafe',
        'ownQuestionsAgain.policeSuicidal',
        'interrupt.police',
        'ownQuestionsShort.police',
      ],
      after_report: [
        'ownQuestions.after_report',
        'ownQuestionsAgain.after_report',
        'ownQuestionsThird.after_report',
        'ownQuestionsShort.after_report',
      ],
      is_it_trafficking: [
        'ownQuestions.is_it_trafficking',
        'ownQuestionsAgain.is_it_trafficking',
        'ownQuestionsThird.is_it_trafficking',
        'ownQuestionsShort.is_it_trafficking',
      ],
      signals: ['guidance.signalsTitle', 'ownQuestionsAgain.signals', 'ownQuestionsThird.signals'],
      // The lines for a message in another language offer Veilig Thuis with an interpreter: a person
      // in the writer's own language, what ownQuestions.counsellor says in the same words (round 46).
      counsellor: [
        'ownQuestions.counsellor',
        'ownQuestionsAgain.counsellor',
        'interrupt.counsellor',
        'handoff',
        'small.otherLanguage',
        'small.otherLanguageAgain',
        'small.otherLanguageKeep',
        'small.otherLanguageStill',
        'small.mixedLanguage',
        'small.mixedLanguageAgain',
        'small.mixedLanguageStill',
      ],
      consequences: [
        'ownQuestions.consequences',
        'ownQuestionsAgain.consequences',
        'ownQuestionsThird.consequences',
        'ownQuestionsShort.consequences',
      ],
    };
    // A question asked a fourth time, after three wordings, is answered by offering a person.
    for (const keys of Object.values(topicKeys)) keys.push('ownQuestionsFourth');
    for (const [topic, keys] of Object.entries(topicKeys) as [QuestionTopic, string[]][]) {
      this.answersOf.set(
        topic,
        LOCALES.flatMap((l) => keys.flatMap((k) => strings(l, k))).map((t) => t.slice(0, 40)),
      );
    }
    this.guidanceTitles = LOCALES.map((l) => catalog.t(l, 'referrals.title'));
    this.noAnswerTexts = LOCALES.flatMap((l) => strings(l, 'ownQuestionsUnknown'));
    this.dangerTexts = LOCALES.flatMap((l) => strings(l, 'danger')).map((t) => t.slice(0, 30));
    // Texts written for one role only. A question whose wording is the same for every role
    // ("is this about yourself or someone else?") fits all of them.
    const forAudience: [string, Audience][] = [
      ['guidance.signalsTitle', 'bystander'],
      ['guidance.dos', 'bystander'],
      ['guidance.minor', 'bystander'],
      ['triage.notSafeNow', 'bystander'],
      ['triage.askDescription.other', 'bystander'],
      ['guidance.self', 'self'],
      ['guidance.minorSelf', 'self'],
      ['triage.askDescription.self', 'self'],
      ['guidance.meldcode.title', 'professional'],
      ['triage.askDescription.professional', 'professional'],
    ];
    for (const q of QUESTIONS) {
      for (const [variant, audience] of [
        ['self', 'self'],
        ['other', 'bystander'],
        ['group', 'bystander'],
      ] as const) {
        const key = `triage.question.${q}.${variant}`;
        if (!catalog.keys('nl').includes(key)) continue;
        const self = `triage.question.${q}.self`;
        if (variant !== 'self' && catalog.t('nl', key) === catalog.t('nl', self)) continue;
        if (variant === 'self' && catalog.t('nl', key) === catalog.t('nl', `triage.question.${q}.other`)) continue;
        forAudience.push([key, audience]);
      }
    }
    // The whole fixed text: role variants of one question may share their first words ("… bijvoorbeeld je mentor" / "de mentor").
    for (const [key, audience] of forAudience) {
      for (const l of LOCALES) this.audiences.push({ start: catalog.t(l, key).split('{')[0]!, audience, key });
    }
    this.minorTexts = LOCALES.flatMap((l) =>
      ['guidance.minor', 'guidance.minorSelf', 'triage.notSafeNow', 'triage.schoolTip'].map((k) => catalog.t(l, k).slice(0, 40)),
    );
    this.dangerQuestions = LOCALES.map((l) => catalog.t(l, 'triage.dangerCheck'));
    for (const l of LOCALES) {
      for (const key of catalog.keys(l)) {
        let text: string;
        try {
          text = catalog.t(l, key);
        } catch {
          continue;
        }
        const start = text.split('{')[0]!;
        if (start.length >= 12 && this.isDangerLine(text)) this.dangerKeys.push({ start, key });
      }
    }
    // The longest start first: a text that begins with another's whole wording is the longer one.
    this.dangerKeys.sort((a, b) => b.start.length - a.start.length);
    // Short fixed lines that may recur without saying the same thing twice to the citizen.
    this.recurring = new Set(LOCALES.flatMap((l) => ['triage.thanks', 'triage.noted', 'small.thanks'].map((k) => catalog.t(l, k))));
  }

  /** Who the text is written for, when it is written for one role only. */
  audienceOf(text: string): { audience: Audience; key: string } | null {
    return this.audiences.find((a) => a.start.length > 0 && text.startsWith(a.start)) ?? null;
  }

  isMinorGuidance(text: string): boolean {
    return this.minorTexts.some((t) => text.startsWith(t));
  }

  /** A line naming 112 or asking whether anyone is in danger now. */
  isDangerLine(text: string): boolean {
    return /\b112\b/.test(text) || this.dangerQuestions.some((q) => text.includes(q));
  }

  /**
   * The catalog keys of the danger lines in one bot message (a list names each line on its own:
   * "- Acuut gevaar: bel 112."); "?" for a line no catalog text starts.
   */
  dangerSources(text: string): string[] {
    const lines = [text, ...text.split(/\n+/).map((line) => line.replace(/^- /, ''))];
    const found = new Set<string>();
    for (const line of lines) {
      if (!this.isDangerLine(line)) continue;
      const hit = this.dangerKeys.find((d) => line.startsWith(d.start));
      if (hit) found.add(hit.key);
      else if (line !== text) found.add('?');
    }
    if (found.size > 1) found.delete('?');
    return [...found];
  }

  mayRecur(text: string): boolean {
    return this.recurring.has(text);
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

  /** The line that says this chat has no answer to the question and offers a person. */
  isNoAnswerHere(text: string): boolean {
    return this.noAnswerTexts.includes(text);
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

/**
 * The writer's role at turn `t` by the labels: the last told so far, else the one the conversation
 * tells later (the writer's role is a fact of the conversation; a text that does not fit it was
 * wrong for this citizen, however early); null when the labels never tell it.
 */
export function roleAt(script: Script, t: number): Role | null {
  const told = script.turns.map((turn) => turn.facts.aboutWhom ?? null);
  const sofar = told.slice(0, t + 1).filter((r): r is Role => r !== null);
  if (sofar.length > 0) return sofar[sofar.length - 1]!;
  return told.find((r): r is Role => r !== null) ?? null;
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

/** The labels mark the turn that tells whether the person is a minor (not only the conversation's label). */
export function ageTurnLabelled(script: Script): boolean {
  return script.turns.some((turn) => turn.facts.minor !== undefined && turn.facts.minor !== null);
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
  const noAnswerHere: number[] = [];
  const noAnswerHereLabelled: number[] = [];
  const roleUnfit: string[] = [];
  const minorUnfit: string[] = [];
  const dangerWithout: number[] = [];
  const dangerWithoutSources: string[] = [];
  const dangerOnCalmAfter: number[] = [];
  const dangerOnCalmAfterSources: string[] = [];
  const repeatedBubbles: string[] = [];
  const said = new Set<string>();
  let saidUnder18 = false;
  let dangerSeen = false;
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
    // Whether a question fits the age goes by what was told when it was asked: where the labels mark
    // the turn that tells the age, a question before it was put to what the bot could know then
    // ("has someone else got their passports?" of three women at a nail salon, a girl of 16 among
    // them told two turns later), as a counsellor would have asked it. Only a conversation whose
    // labels never mark that turn is judged by its whole-conversation label.
    const ageTurnMarked = ageTurnLabelled(script);
    const minorAsked = ageTurnMarked ? told.minor === true : minor;
    const adultAsked = ageTurnMarked ? told.minor === false : adult;
    if (replies.some((r) => index.isMinorGuidance(r.text))) saidUnder18 = true;
    for (const reply of replies) {
      const q = index.question(reply.text);
      if (!q) continue;
      if (asked.has(q)) repeated.push(`turn ${t + 1}: ${q} asked again`);
      else if ((q === 'age' && told.age) || (q === 'aboutWhom' && told.aboutWhom)) repeated.push(`turn ${t + 1}: ${q} already told`);
      // A question never asks what a text of the bot just assumed ("you are under 18", then "how old are you?").
      else if (q === 'age' && saidUnder18) repeated.push(`turn ${t + 1}: age asked after the bot said under 18`);
      if (minorAsked && ADULT_ONLY.has(q)) unfit.push(`turn ${t + 1}: ${q} about a minor`);
      if (adultAsked && MINOR_ONLY.has(q)) unfit.push(`turn ${t + 1}: ${q} about an adult`);
      else if (!minor && MINOR_ONLY.has(q)) minorUnfit.push(`turn ${t + 1}: ${q} with no minor told`);
      asked.add(q);
    }

    // Texts for another role than the writer's, by the labels (a "what are the signs?" of their own
    // is answered with the signals, whoever asks).
    const role = roleAt(script, t);
    for (const reply of replies) {
      const fit = index.audienceOf(reply.text);
      if (!fit || role === null || FITS[role].includes(fit.audience)) continue;
      if (fit.key === 'guidance.signalsTitle' && turn.questions.includes('signals')) continue;
      roleUnfit.push(`turn ${t + 1}: ${fit.key} to ${role}`);
    }
    // Guidance for a minor when the labels never said a minor (an adult told, or no age at all).
    for (const reply of replies) {
      if (index.isMinorGuidance(reply.text) && !minor) minorUnfit.push(`turn ${t + 1}: minor guidance with no minor told`);
    }
    // 112 and the danger question after the first bot turn, while no turn so far told danger. An
    // answer to the citizen's own question (police, a person to talk to) may name 112 as part of it,
    // and so may the reply to a message in a language the bot cannot read (the interpreter line
    // names 112: what it could not read may be danger).
    const dangerBefore = dangerSeen;
    dangerSeen = dangerSeen || turn.acuteDanger || turn.suicidal;
    const ownAnswers = (text: string) => turn.questions.some((topic) => index.answers(text, topic));
    const dangerLines = replies.filter((r) => index.isDangerLine(r.text) && !ownAnswers(r.text));
    if (t > 0 && !dangerSeen && turn.language !== 'other' && dangerLines.length > 0) {
      dangerWithout.push(t + 1);
      dangerWithoutSources.push([...new Set(dangerLines.flatMap((r) => index.dangerSources(r.text)))].join('+'));
    }
    if (dangerBefore && !turn.acuteDanger && !turn.suicidal && turn.language !== 'other' && dangerLines.length > 0) {
      dangerOnCalmAfter.push(t + 1);
      dangerOnCalmAfterSources.push([...new Set(dangerLines.flatMap((r) => index.dangerSources(r.text)))].join('+'));
    }
    // The same bubble again.
    for (const reply of replies) {
      const text = reply.text.trim();
      if (said.has(text) && !index.mayRecur(text)) repeatedBubbles.push(`turn ${t + 1}: "${text.slice(0, 40)}" again`);
      said.add(text);
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

    if (replies.some((r) => index.isNoAnswerHere(r.text))) {
      noAnswerHere.push(t + 1);
      if (turn.questions.length > 0) noAnswerHereLabelled.push(t + 1);
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
  const newFaults = roleUnfit.length + minorUnfit.length + dangerWithout.length + repeatedBubbles.length;
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
    noAnswerHere,
    noAnswerHereLabelled,
    roleUnfit,
    minorUnfit,
    dangerWithout,
    dangerWithoutSources,
    dangerOnCalmAfter,
    dangerOnCalmAfterSources,
    repeatedBubbles,
    bubbles: played.map((p) => p.replies.length),
    words: wordsPerTurn(played),
    routesNamed,
    asCounsellorWantsLenient: faults === 0 && timely,
    asCounsellorWants: faults === 0 && newFaults === 0 && timely,
  };
}

export { HELP_ROUTES };
