/**
 * The citizen's own questions as plain words show them, beside the topic model. The model reads
 * the whole message and misses a question worded in a way its training did not have ("will the
 * owner hear it was me?", "am I overreacting?", "will he be arrested himself?"). A counsellor
 * hears what is asked from a few words that always mean the same thing; these cues are those words,
 * read only in a message that asks something. Pure.
 */
import { plainWords } from '../safety/normalise';
import type { QuestionTopic } from '../understanding/understanding';

const CUES: Record<Exclude<QuestionTopic, 'counsellor'>, RegExp> = {
  anonymity:
    /\b(?:anoniem\w*|anonymous\w*|zonder (?:mijn|zijn|haar) naam|without (?:my|his|her) name|dat ik het (?:was|ben)|dat het van mij|van mij komt|it was me|it came from me|ziet (?:\w+ ){1,2}dit|niet dat iemand \w+ weet|sees? this|find out|achter komen|te horen)\b/,
  privacy:
    /\b(?:opgeslagen|bewaard|bewaren|saved|stored|gegevens|data|privacy|beroepsgeheim|geheimhouding|confidential\w*|wie leest|ziet (?:\w+ ){1,2}dit|(?:sees?|can see) this|who (?:reads|can read)|systeem|system)\b/,
  police:
    /\b(?:(?:naar|bij) de politie|politie (?:bellen|inschakelen)|aangifte|(?:go|going|went) to (?:the )?police|tell(?:s)? (?:the )?police|report (?:it )?to (?:the )?police|call(?:ing)? (?:the )?police|stay for the police)\b/,
  after_report:
    /\b(?:wat gebeurt er|what happens|bij jullie melden|direct melden|eerst \w+ (?:met \w+ )?bespreken|checks? on|onderzoek\w*|investigat\w*)\b/,
  is_it_trafficking:
    /\b(?:mensenhandel|uitbuiting|trafficking|exploitation|exploited|uitgebuit|overdrijf\w*|overreact\w*|overprotective|paranoid|valt (?:dit|dat|het) onder|is (?:dit|dat) (?:normaal|strafbaar)|is (?:this|that) (?:normal|a crime|legal))\b/,
  signals: /\b(?:signalen|signaal|signs?|op letten|look (?:out )?for|in de gaten houden|watch for)\b/,
  consequences:
    /\b(?:opgepakt|gearresteerd|arrested|gevangenis|cel|prison|jail|straf\w*|punished|in (?:de )?problemen|in trouble|sent home|send (?:me|him|her|them) home|teruggestuurd|uitgezet|deport\w*|visa|visum|permit|verblijf\w*|status|ontslag\w*|baan kwijt|lose (?:my|his|her) job|mag ik (?:dat|dit|het)? ?(?:\w+ )?(?:als \w+ )?(?:eigenlijk )?melden|allowed to report)\b/,
};

/** "Kan ik met iemand praten", "someone who speaks Hindi": a person, not a text. */
const COUNSELLOR =
  /\b(?:met iemand (?:praten|spreken)|iemand (?:die|spreken)|hulpverlener|speak (?:with|to) (?:someone|a person)|talk (?:with|to) (?:someone|a person)|someone who (?:speaks|understands)|counsell?or)\b/;

const INTERROGATIVE =
  /^(?:wat|wie|waar|wanneer|hoe|waarom|welke|mag|kan|kun|moet|word|wordt|ben|is|zijn|krijgt|ziet|weet|overdrijf|what|who|where|when|how|why|which|can|could|may|must|should|will|would|is|are|am|do|does)\b/;

/** Whether the message asks something: a question mark, or a sentence that opens as a question. */
export function asksSomething(text: string): boolean {
  if (text.includes('?')) return true;
  return text
    .split(/[.!\n]+/)
    .map((s) => plainWords(s))
    .some((s) => INTERROGATIVE.test(s));
}

/** The topics the words of a question point to; nothing for a message that asks nothing. */
export function cuedTopics(text: string): QuestionTopic[] {
  if (!asksSomething(text)) return [];
  const plain = plainWords(text);
  const found = (Object.keys(CUES) as Exclude<QuestionTopic, 'counsellor'>[]).filter((topic) => CUES[topic].test(plain));
  return COUNSELLOR.test(plain) ? [...found, 'counsellor'] : found;
}
