/**
 * The clause a hit stands in, as token positions: from the sentence or clause end before it (a
 * sentence break "|" or a comma) or a word that opens a clause, to the next end or opener. Shared by
 * the reader's pursuit rule (situations.ts: a past time in the pursuit's own clause) and the danger
 * answer's time (dangerAnswer.ts: a past event told in the answer's clause), which each name their
 * own openers.
 */
export function clauseAround(tokens: readonly string[], start: number, end: number, openers: ReadonlySet<string>): [number, number] {
  let from = start;
  while (from > 0 && !isClauseEnd(tokens[from - 1]!) && !openers.has(tokens[from]!)) from--;
  let to = end;
  while (to < tokens.length - 1 && !isClauseEnd(tokens[to + 1]!) && !openers.has(tokens[to + 1]!)) to++;
  return [from, to];
}

const isClauseEnd = (token: string): boolean => token === '|' || token === ',';
