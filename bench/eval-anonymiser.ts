/**
 * How well the anonymiser protects personal data, per set and per category.
 *
 *   npm run eval:anonymiser                 every set it finds (tuning sets, then blind sets)
 *   npm run eval:anonymiser -- --set FILE   one file: marked-up .txt ({{TYPE:text}}) or .jsonl
 *   … --tuning                              only the tuning sets (while changing the rules)
 *   … --errors                              also list every miss and every spurious span
 *   … --set FILE --lines 101-229            only those lines of the file (1-based, inclusive): a held-out
 *                                           half, scored without reading its misses (leave out --errors)
 *
 * Sets: tests/eval/anonymiser.jsonl, anonymiser-dev.jsonl, anonymiser-tune2.jsonl, anonymiser-dev-c.jsonl,
 * anonymiser-dev-d.jsonl, anonymiser-dev-e.jsonl, anonymiser-dev-f.jsonl, anonymiser-dev-g.jsonl, anonymiser-dev-h.jsonl, anonymiser-dev-i.jsonl, anonymiser-dev-j.jsonl, anonymiser-dev-k.jsonl, anonymiser-dev-l.jsonl, anonymiser-dev-m.jsonl, anonymiser-dev-o.jsonl, anonymiser-dev-q.jsonl, anonymiser-dev-r.jsonl, anonymiser-dev-s.jsonl, anonymiser-dev-t.jsonl, anonymiser-dev-u.jsonl, anonymiser-dev-v.jsonl, anonymiser-dev-w.jsonl, anonymiser-dev-x.jsonl, anonymiser-dev-y.jsonl, anonymiser-dev-z.jsonl, anonymiser-dev-za.jsonl, anonymiser-dev-zb.jsonl, anonymiser-dev-zc.jsonl, anonymiser-dev-zd.jsonl, anonymiser-dev-ze.jsonl, anonymiser-dev-zf.jsonl and anonymiser-dev-zg.jsonl are tuning sets (the first three written beside the rules, C to ZG by separate writers); tests/eval/blind/anonymiser-*.jsonl are blind sets. The report prints
 * the two kinds in separate sections, the blind one headed "blind — scored once, do not tune".
 *
 * Figures, per set:
 * - covered: a labelled span counts as caught when every letter and digit of it lies under some
 *   placeholder, of any type (a half-masked name still leaks). This is the recall that matters. A
 *   leading article ("het Zadkine", "the 3rd of May") may stay: it identifies no one.
 * - typed: caught by a span of the same type that overlaps it.
 * - required recall: covered, over every category except places and organisations; quasi recall:
 *   covered, over places (PLAATS) and organisations (ORGANISATIE).
 * - precision per category: predicted spans of that type that overlap a labelled span of that type;
 *   span precision: predicted spans that overlap any labelled span.
 * - service numbers masked: occurrences of the helpline's and partners' numbers (DOMAIN.md) and of
 *   112/113 in the texts, found here independently of the anonymiser, that any placeholder touches.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { parseMarkedFile } from './build-anonymiser-eval';
import { detectConversation } from '../src/anonymiser';
import { PII_TYPES, type PiiEntity, type PiiType } from '../src/anonymiser/types';
import { linesOption, selectLines } from './support/lineRange';

const EntitySchema = z.object({ type: z.enum(PII_TYPES), start: z.number().int().min(0), end: z.number().int().min(0) });
const RecordSchema = z.object({
  id: z.string(),
  conversation: z.string().optional(),
  text: z.string(),
  entities: z.array(EntitySchema),
});
export type EvalRecord = z.infer<typeof RecordSchema>;

export const QUASI_TYPES: ReadonlySet<PiiType> = new Set(['PLAATS', 'ORGANISATIE']);

export interface Counts {
  gold: number;
  covered: number;
  typed: number;
  predicted: number;
  precise: number;
}

export interface EvalResult {
  perType: Record<PiiType, Counts>;
  required: Counts;
  quasi: Counts;
  overall: Counts;
  /** Predicted spans that overlap any labelled span, over all predicted spans. */
  spanPrecision: { hits: number; predicted: number };
  serviceNumbers: { seen: number; masked: number };
  messages: number;
  errors: string[];
}

const ROOT = join(__dirname, '..');

export function loadEvalSet(path = join(ROOT, 'tests', 'eval', 'anonymiser.jsonl')): EvalRecord[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.txt')) return parseMarkedFile(text, 'x');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = RecordSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${basename(path)} line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/**
 * The numbers a supervisor must still read, written in the groupings people use. Kept apart from
 * the anonymiser's own list on purpose, so a gap there shows up here.
 */
const SERVICE_NUMBER =
  /(?<![\d+])(?:0\s?800[\s.-]*(?:2000|20\s?00|7000|70\s?00|5151|51\s?51|0113|01\s?13)|0\s?900[\s.-]*(?:8844|88\s?44|0101|01\s?01)|(?:\+31\s?|0)33[\s.-]*448[\s.-]*11[\s.-]*86|11[23])(?![\d,.]\d|\d)/g;

const overlaps = (a: PiiEntity, b: PiiEntity): boolean => a.start < b.end && b.start < a.end;
const empty = (): Counts => ({ gold: 0, covered: 0, typed: 0, predicted: 0, precise: 0 });

const LEADING_ARTICLE = /^(?:de|het|'t|the|een|a|an)\s+/i;

/** Every letter and digit of `gold`, but a leading article, lies inside some predicted span. */
function isCovered(text: string, gold: PiiEntity, predicted: PiiEntity[]): boolean {
  const from = gold.start + (LEADING_ARTICLE.exec(text.slice(gold.start, gold.end))?.[0].length ?? 0);
  for (let i = from; i < gold.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!predicted.some((p) => p.start <= i && i < p.end)) return false;
  }
  return true;
}

/** Conversations in file order; a record without a conversation id is one on its own. */
function conversations(records: EvalRecord[]): EvalRecord[][] {
  const groups: EvalRecord[][] = [];
  let last: string | undefined;
  for (const r of records) {
    if (r.conversation !== undefined && r.conversation === last) groups[groups.length - 1]!.push(r);
    else groups.push([r]);
    last = r.conversation;
  }
  return groups;
}

export type ConversationDetector = (texts: string[]) => PiiEntity[][];

export function evaluate(records: EvalRecord[], detect: ConversationDetector = detectConversation): EvalResult {
  const perType = Object.fromEntries(PII_TYPES.map((t) => [t, empty()])) as Record<PiiType, Counts>;
  const result: EvalResult = {
    perType,
    required: empty(),
    quasi: empty(),
    overall: empty(),
    spanPrecision: { hits: 0, predicted: 0 },
    serviceNumbers: { seen: 0, masked: 0 },
    messages: records.length,
    errors: [],
  };
  for (const group of conversations(records)) {
    const predictions = detect(group.map((r) => r.text));
    group.forEach((r, index) => scoreRecord(r, predictions[index] ?? [], result));
  }
  for (const type of PII_TYPES) {
    const c = perType[type];
    for (const target of [result.overall, QUASI_TYPES.has(type) ? result.quasi : result.required]) {
      for (const k of Object.keys(c) as (keyof Counts)[]) target[k] += c[k];
    }
  }
  return result;
}

function scoreRecord(r: EvalRecord, predicted: PiiEntity[], result: EvalResult): void {
  const show = (e: PiiEntity): string => `${e.type} "${r.text.slice(e.start, e.end)}"`;
  for (const g of r.entities) {
    const c = result.perType[g.type];
    c.gold++;
    const covered = isCovered(r.text, g, predicted);
    if (covered) c.covered++;
    if (predicted.some((p) => p.type === g.type && overlaps(p, g))) c.typed++;
    if (!covered) {
      const partly = predicted.some((p) => overlaps(p, g)) ? ' (partly masked)' : '';
      result.errors.push(`${r.id} missed ${show(g)}${partly}: ${r.text}`);
    }
  }
  for (const p of predicted) {
    const c = result.perType[p.type];
    c.predicted++;
    if (r.entities.some((g) => g.type === p.type && overlaps(p, g))) c.precise++;
    result.spanPrecision.predicted++;
    const hit = r.entities.find((g) => overlaps(p, g));
    if (hit === undefined) result.errors.push(`${r.id} spurious ${show(p)}: ${r.text}`);
    else result.spanPrecision.hits++;
    if (hit !== undefined && hit.type !== p.type) result.errors.push(`${r.id} typed ${show(hit)} as ${p.type}: ${r.text}`);
  }
  for (const m of r.text.matchAll(SERVICE_NUMBER)) {
    const span = { type: 'TELEFOON' as const, start: m.index, end: m.index + m[0].length };
    // "Kerkstraat 112" is a house number, labelled as part of an address: not a service number.
    if (r.entities.some((g) => overlaps(g, span))) continue;
    result.serviceNumbers.seen++;
    if (predicted.some((p) => overlaps(p, span))) {
      result.serviceNumbers.masked++;
      result.errors.push(`${r.id} masked service number "${m[0]}": ${r.text}`);
    }
  }
}

const ratio = (n: number, d: number): string => (d === 0 ? '    -' : (n / d).toFixed(3));

export function formatResult(label: string, result: EvalResult): string {
  const { required, quasi, overall, spanPrecision, serviceNumbers } = result;
  const lines = [
    `== ${label}: ${result.messages} messages, ${overall.gold} labelled spans`,
    `required recall ${ratio(required.covered, required.gold)} (${required.covered}/${required.gold})   ` +
      `quasi recall ${ratio(quasi.covered, quasi.gold)} (${quasi.covered}/${quasi.gold})   ` +
      `span precision ${ratio(spanPrecision.hits, spanPrecision.predicted)} (${spanPrecision.hits}/${spanPrecision.predicted})   ` +
      `service numbers masked ${serviceNumbers.masked} of ${serviceNumbers.seen}`,
    'category        gold  covered  recall  typed-recall   pred  precision',
  ];
  const row = (name: string, c: Counts): string =>
    `${name.padEnd(15)} ${String(c.gold).padStart(4)}  ${String(c.covered).padStart(7)}  ${ratio(c.covered, c.gold).padStart(6)}  ` +
    `${ratio(c.typed, c.gold).padStart(12)}  ${String(c.predicted).padStart(5)}  ${ratio(c.precise, c.predicted).padStart(9)}`;
  for (const type of PII_TYPES)
    if (result.perType[type].gold > 0 || result.perType[type].predicted > 0) lines.push(row(type, result.perType[type]));
  lines.push(row('REQUIRED', required), row('QUASI', quasi), row('ALL', overall));
  return lines.join('\n');
}

export type SetKind = 'tuning' | 'blind';

/** The heading of each kind's section in the report. */
export const SECTION_HEADINGS: Record<SetKind, string> = {
  tuning: 'TUNING SETS (written beside the rules; tuned on, so their figures flatter)',
  blind: 'BLIND SETS (blind — scored once, do not tune)',
};

/** The tuning sets and then every blind set present, each with its kind and label. */
export function discoverSets(root = ROOT): { kind: SetKind; label: string; path: string }[] {
  const evalDir = join(root, 'tests', 'eval');
  const tuning: { kind: SetKind; label: string; path: string }[] = [
    { kind: 'tuning', label: 'tuning: original set (tests/eval/anonymiser.jsonl)', path: join(evalDir, 'anonymiser.jsonl') },
    { kind: 'tuning', label: 'tuning: development set (tests/eval/anonymiser-dev.jsonl)', path: join(evalDir, 'anonymiser-dev.jsonl') },
    {
      kind: 'tuning',
      label: 'tuning: round-2 set (tests/eval/anonymiser-tune2.jsonl)',
      path: join(evalDir, 'anonymiser-tune2.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set C by a separate writer (tests/eval/anonymiser-dev-c.jsonl)',
      path: join(evalDir, 'anonymiser-dev-c.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set D by a separate writer (tests/eval/anonymiser-dev-d.jsonl)',
      path: join(evalDir, 'anonymiser-dev-d.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set E by a separate writer (tests/eval/anonymiser-dev-e.jsonl)',
      path: join(evalDir, 'anonymiser-dev-e.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set F by a separate writer (tests/eval/anonymiser-dev-f.jsonl)',
      path: join(evalDir, 'anonymiser-dev-f.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set G by a separate writer (tests/eval/anonymiser-dev-g.jsonl)',
      path: join(evalDir, 'anonymiser-dev-g.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set H by a separate writer (tests/eval/anonymiser-dev-h.jsonl)',
      path: join(evalDir, 'anonymiser-dev-h.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set I by a separate writer (tests/eval/anonymiser-dev-i.jsonl)',
      path: join(evalDir, 'anonymiser-dev-i.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set J by a separate writer (tests/eval/anonymiser-dev-j.jsonl)',
      path: join(evalDir, 'anonymiser-dev-j.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set K by a separate writer (tests/eval/anonymiser-dev-k.jsonl)',
      path: join(evalDir, 'anonymiser-dev-k.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set L by a separate writer (tests/eval/anonymiser-dev-l.jsonl)',
      path: join(evalDir, 'anonymiser-dev-l.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set M by a separate writer (tests/eval/anonymiser-dev-m.jsonl)',
      path: join(evalDir, 'anonymiser-dev-m.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set O by a separate writer (tests/eval/anonymiser-dev-o.jsonl)',
      path: join(evalDir, 'anonymiser-dev-o.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set Q by a separate writer (tests/eval/anonymiser-dev-q.jsonl)',
      path: join(evalDir, 'anonymiser-dev-q.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set R by a separate writer (tests/eval/anonymiser-dev-r.jsonl)',
      path: join(evalDir, 'anonymiser-dev-r.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set S by a separate writer (tests/eval/anonymiser-dev-s.jsonl)',
      path: join(evalDir, 'anonymiser-dev-s.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set T by a separate writer (tests/eval/anonymiser-dev-t.jsonl)',
      path: join(evalDir, 'anonymiser-dev-t.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set U by a separate writer (tests/eval/anonymiser-dev-u.jsonl)',
      path: join(evalDir, 'anonymiser-dev-u.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set V by a separate writer (tests/eval/anonymiser-dev-v.jsonl)',
      path: join(evalDir, 'anonymiser-dev-v.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set W by a separate writer (tests/eval/anonymiser-dev-w.jsonl)',
      path: join(evalDir, 'anonymiser-dev-w.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set X by a separate writer (tests/eval/anonymiser-dev-x.jsonl)',
      path: join(evalDir, 'anonymiser-dev-x.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set Y by a separate writer (tests/eval/anonymiser-dev-y.jsonl)',
      path: join(evalDir, 'anonymiser-dev-y.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set Z by a separate writer (tests/eval/anonymiser-dev-z.jsonl)',
      path: join(evalDir, 'anonymiser-dev-z.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZA by a separate writer (tests/eval/anonymiser-dev-za.jsonl)',
      path: join(evalDir, 'anonymiser-dev-za.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZB by a separate writer (tests/eval/anonymiser-dev-zb.jsonl)',
      path: join(evalDir, 'anonymiser-dev-zb.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZC by a separate writer (tests/eval/anonymiser-dev-zc.jsonl)',
      path: join(evalDir, 'anonymiser-dev-zc.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZD by a separate writer (tests/eval/anonymiser-dev-zd.jsonl)',
      path: join(evalDir, 'anonymiser-dev-zd.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZE by a separate writer (tests/eval/anonymiser-dev-ze.jsonl)',
      path: join(evalDir, 'anonymiser-dev-ze.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZF by a separate writer (tests/eval/anonymiser-dev-zf.jsonl)',
      path: join(evalDir, 'anonymiser-dev-zf.jsonl'),
    },
    {
      kind: 'tuning',
      label: 'tuning: set ZG by a separate writer (tests/eval/anonymiser-dev-zg.jsonl)',
      path: join(evalDir, 'anonymiser-dev-zg.jsonl'),
    },
  ];
  const sets = tuning.filter((s) => existsSync(s.path));
  const blindDir = join(evalDir, 'blind');
  if (existsSync(blindDir)) {
    for (const file of readdirSync(blindDir).sort()) {
      if (/^anonymiser-.*\.jsonl$/.test(file)) {
        sets.push({ kind: 'blind', label: `blind — scored once, do not tune: tests/eval/blind/${file}`, path: join(blindDir, file) });
      }
    }
  }
  return sets;
}

/** The report: each kind of set in its own labelled section, tuning sets first. */
export function formatReport(results: { kind: SetKind; label: string; result: EvalResult }[]): string {
  const sections: string[] = [];
  for (const kind of ['tuning', 'blind'] as const) {
    const ofKind = results.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const heading = `#### ${SECTION_HEADINGS[kind]}`;
    sections.push([heading, ...ofKind.map((r) => formatResult(r.label, r.result))].join('\n\n'));
  }
  return sections.join('\n\n') + '\n';
}

function main(argv: string[]): number {
  const setIndex = argv.indexOf('--set');
  const explicit = setIndex >= 0 ? argv[setIndex + 1] : undefined;
  if (setIndex >= 0 && (explicit === undefined || !existsSync(explicit))) {
    console.error('--set needs an existing file: marked-up .txt ({{TYPE:text}} per span, # comments) or .jsonl');
    return 2;
  }
  const kindOf = (path: string): SetKind => (/(?:^|\/)blind\//.test(path) ? 'blind' : 'tuning');
  const label = (path: string): string => (kindOf(path) === 'blind' ? `blind — scored once, do not tune: ${path}` : `set: ${path}`);
  const found = discoverSets().filter((s) => !argv.includes('--tuning') || s.kind === 'tuning');
  const sets = explicit !== undefined ? [{ kind: kindOf(explicit), label: label(explicit), path: explicit }] : found;
  let lines: string | undefined;
  try {
    lines = linesOption(argv);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const load = (path: string): EvalRecord[] => (lines === undefined ? loadEvalSet(path) : selectLines(loadEvalSet(path), lines));
  const results = sets.map((set) => ({
    ...set,
    label: lines === undefined ? set.label : `${set.label} lines ${lines}`,
    result: evaluate(load(set.path)),
  }));
  console.log(formatReport(results));
  if (argv.includes('--errors')) for (const r of results) console.log(`errors in ${r.label}:\n${r.result.errors.join('\n')}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
