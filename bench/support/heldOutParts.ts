/**
 * The held-out parts of the tuning sets, in one place: the lines a developer tunes beside and never
 * reads (figures only, no misses, no transcripts). Each round adds the newest set of each kind and
 * holds out its second part, so these figures show whether a change carries to text nobody tuned on,
 * which the tuning lines cannot show (rounds 47–50: rules fitted to tuning conversations moved their
 * faults and left the held-out ones as they were). The lead's held-out run (`bench/held-out.ts`) and
 * the developers' briefs read this list; the blind sets (tests/eval/blind/) are not here, as they are
 * scored only once per set, by whoever scores them.
 */
import { selectLines } from './lineRange';

export type HeldOutKind = 'dialogs' | 'nlu' | 'anonymiser';

export interface HeldOutPart {
  kind: HeldOutKind;
  /** The set's file, relative to the repository root. */
  file: string;
  /** Its held-out lines, 1-based and inclusive ("16-30"). */
  lines: string;
}

/** Dialog tuning sets whose conversations 16–30 are held out (1–15 are tuned on and trained on). */
const DIALOG_SETS = [
  'z',
  'aa',
  'ab',
  'ac',
  'ad',
  'ae',
  'af',
  'ag',
  'ah',
  'ai',
  'aj',
  'ak',
  'al',
  'am',
  'an',
  'ao',
  'ap',
  'aq',
  'ar',
  'as',
  'at',
];

/** First-message tuning sets whose lines 101–200 are held out. */
const NLU_SETS = ['ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an'];

/** Anonymiser tuning sets and their held-out second halves (each split falls between two conversations). */
const ANONYMISER_HALVES: readonly (readonly [string, string])[] = [
  ['z', '182-362'],
  ['za', '190-378'],
  ['zb', '181-444'],
  ['zc', '181-386'],
  ['zd', '191-425'],
  ['ze', '202-440'],
  ['zf', '263-520'],
  ['zg', '227-457'],
];

export const HELD_OUT_PARTS: readonly HeldOutPart[] = [
  ...DIALOG_SETS.map((s) => ({ kind: 'dialogs' as const, file: `tests/eval/dialogs-dev-${s}.jsonl`, lines: '16-30' })),
  ...NLU_SETS.map((s) => ({ kind: 'nlu' as const, file: `tests/eval/nlu-dev-${s}.jsonl`, lines: '101-200' })),
  ...ANONYMISER_HALVES.map(([s, lines]) => ({ kind: 'anonymiser' as const, file: `tests/eval/anonymiser-dev-${s}.jsonl`, lines })),
];

/** The parts of one kind, or every part when no kind is given. */
export function heldOutParts(kind?: HeldOutKind): HeldOutPart[] {
  return HELD_OUT_PARTS.filter((p) => kind === undefined || p.kind === kind);
}

/**
 * A part's items out of all the items of its file (conversations, messages or chat lines as the set's
 * loader reads them). Throws when the range runs past the end: a held-out part that silently shrank
 * would report figures over fewer lines than the note says.
 */
export function heldOutItems<T>(part: HeldOutPart, items: readonly T[]): T[] {
  const to = Number(part.lines.split('-')[1]);
  if (!(to <= items.length)) throw new Error(`${part.file} has ${items.length} items, fewer than its held-out range ${part.lines}`);
  return selectLines(items, part.lines);
}
