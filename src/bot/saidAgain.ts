/**
 * Lines the bot may have to say more than once in one conversation (112 kept in view after danger,
 * "is the danger still there?", the interpreter line for a citizen writing in another language or
 * mixing one into Dutch or English,
 * "no counsellor is chatting now" when the citizen asks for one again).
 * Said again in the same words they read as a form, not as being heard: each time the next wording
 * of its family, round again only after every wording was used. A family has as many wordings as
 * a long conversation with danger in it needs (the 112 reminder was said on four turns running, the
 * fourth in the first one's words again, until round 46): coming round again is a repeated bubble.
 * Pure; the session keeps the counts.
 */

/** Each family's wordings in the order they are used; the first is the family's key. */
const FAMILIES: readonly (readonly string[])[] = [
  ['danger.reminder', 'danger.reminderAgain', 'danger.reminderThird', 'danger.reminderFourth', 'danger.reminderFifth'],
  [
    'danger.reminderSuicidal',
    'danger.reminderSuicidalAgain',
    'danger.reminderSuicidalThird',
    'danger.reminderSuicidalFourth',
    'danger.reminderSuicidalFifth',
  ],
  ['danger.stillNow', 'danger.stillNowAgain', 'danger.stillNowThird', 'danger.stillNowFourth'],
  ['danger.stillNowSuicidal', 'danger.stillNowSuicidalAgain', 'danger.stillNowSuicidalThird'],
  ['danger.stillNowWith113', 'danger.stillNowWith113Again', 'danger.stillNowWith113Third'],
  ['small.otherLanguageAgain', 'small.otherLanguageStill', 'small.otherLanguageKeep'],
  ['small.mixedLanguage', 'small.mixedLanguageAgain', 'small.mixedLanguageStill'],
  ['handoff.closed', 'handoff.closedAgain', 'handoff.closedStill'],
  ['handoff.nobody', 'handoff.nobodyAgain', 'handoff.nobodyStill'],
  ['handoff.closedDanger', 'handoff.closedDangerAgain'],
  ['handoff.nobodyDanger', 'handoff.nobodyDangerAgain'],
];

const FAMILY_OF = new Map<string, readonly string[]>(FAMILIES.map((family) => [family[0]!, family]));

/** Every wording of every family (for the catalog check that each exists in every locale). */
export const REWORDED_KEYS: readonly string[] = FAMILIES.flat();

/** How often each family was said in this conversation, by its first key. */
export type SaidCounts = Record<string, number>;

/**
 * The wording to say now for `key`, and the counts after saying it. A key with no other wordings
 * is said as it is (and not counted).
 */
export function wordingFor(key: string, said: SaidCounts = {}): { key: string; said: SaidCounts } {
  const family = FAMILY_OF.get(key);
  if (!family) return { key, said };
  const times = said[key] ?? 0;
  return { key: family[times % family.length]!, said: { ...said, [key]: times + 1 } };
}
