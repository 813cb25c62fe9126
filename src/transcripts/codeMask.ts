/**
 * The conversation code ("K7P-2QX") is what links an anonymised copy back to the citizen who was
 * told to quote it, so it never reaches a supervisor. Citizens retype it as they like: lower case,
 * with a space, a dot or no separator ("k7p 2qx", "K7P2QX"); every such form is masked.
 */
export const CODE_PLACEHOLDER = '[GESPREKSCODE]';

export function codePattern(code: string): RegExp | null {
  const groups = code.split(/[^\p{L}\p{N}]+/u).filter((g) => g !== '');
  if (groups.length === 0) return null;
  // Groups are letters and digits only, so they need no escaping inside the pattern.
  const body = groups.join('[\\s\\-–.]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

export function maskConversationCode(text: string, code: string): string {
  const pattern = codePattern(code);
  return pattern ? text.replace(pattern, CODE_PLACEHOLDER) : text;
}
