/**
 * Whether an eval run scores the blind sets as well: only when asked by `--blind` (and not also told
 * `--no-blind`). A blind set is scored once a session by whoever scores it; a tuning run that showed
 * its figures as a side effect (the default until session 25) let an engineer see them.
 */
export function blindWanted(args: readonly string[]): boolean {
  return args.includes('--blind') && !args.includes('--no-blind');
}
