/**
 * How a person who reads the bot's summary (a counsellor taking over, a supervisor, a case export)
 * is told about a minor. The summary keeps `minorInvolved` true also from the word signal alone
 * ("kinderen", "kids", "leerling", a number before "jaar"); that word points, it does not tell: it
 * fires on the writer's own children, the children a nanny cares for, a pupil of a language school
 * (see `minorOf` in nextSteps.ts). Shown as "yes" it would be a hint presented as a fact, so the
 * reader gets what the conversation told: told, guessed by the writer, only hinted by a word, told
 * not, or unknown.
 */

export const MINOR_SHOWN = ['told', 'guessed', 'hinted', 'no', 'unknown'] as const;
export type MinorShown = (typeof MINOR_SHOWN)[number];

/** What of a summary bears on a minor (the conversation's facts, the category, the word signal). */
export interface MinorEvidence {
  facts?: { minor?: boolean | null; minorGuessed?: boolean | null; age?: number | null } | null;
  minorInvolved?: boolean | null;
  signals?: readonly string[];
}

export function minorShown(summary: MinorEvidence): MinorShown {
  const facts = summary.facts;
  // A summary kept before the conversation's facts were: its `minorInvolved` is all there is.
  if (!facts) return summary.minorInvolved === true ? 'told' : summary.minorInvolved === false ? 'no' : 'unknown';
  const age = facts.age ?? null;
  if (facts.minor === true) return facts.minorGuessed === true && age === null ? 'guessed' : 'told';
  if (facts.minor === false) return 'no';
  if (age !== null) return age < 18 ? 'told' : 'no';
  return summary.minorInvolved === true || summary.signals?.includes('minor_involved') === true ? 'hinted' : 'unknown';
}
