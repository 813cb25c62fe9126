/**
 * `npx tsx bench/eval-facts.ts [--verbose] [--set FILE]`: what the bot reads and keeps of who the
 * story is about, scored turn by turn against the `facts` labels of the scripted conversations
 * (every tuning set, bench/dialogs/script.ts). Each conversation is played through the real bot
 * (bench/dialogs/play.ts), and two readings are scored:
 * - the message: the facts the understanding step read from a turn (src/nlu/facts), on the turns
 *   whose labels tell that fact (a label holds only what its turn first tells);
 * - the conversation: the triage summary after each turn (role, relation, minor, age, municipality
 *   as the dialogs read them), against the last value the labels told so far. The role is scored
 *   as eval-dialogs' strict scorer reads the writer's role (the last told so far, else the one told
 *   later), which is the role the bot's texts must fit.
 * Printed: accuracy per field, the confusion of aboutWhom (message) and role (conversation), and
 * with --verbose each wrong reading with its turn. Tuning sets only: their figures say little
 * about unseen writers.
 */
import path from 'node:path';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { emptyTriage, type TriageSummary } from '../src/triage/summary';
import { createUnderstander } from '../src/understanding/understander';
import type { ToldFacts, Understander } from '../src/understanding/understanding';
import { playScript } from './dialogs/play';
import { roleAt } from './dialogs/score';
import { loadScripts, type Script, type ScriptTurn } from './dialogs/script';
import { dialogSets } from './support/turnReplay';

const root = path.resolve(__dirname, '..');
const FIELDS = ['aboutWhom', 'relation', 'minor', 'age', 'municipality'] as const;
type Field = (typeof FIELDS)[number];
type Value = string | number | boolean | null;
const ROLES = ['self', 'other', 'professional', 'none'] as const;

interface Tally {
  n: number;
  right: number;
}
const tally = (): Tally => ({ n: 0, right: 0 });

interface Figures {
  message: Record<Field, Tally>;
  /** Conversation reading where the labels told a value so far. */
  kept: Record<Field, Tally>;
  /** Turns where the labels told nothing so far and the bot kept a value anyway. */
  keptUntold: Record<Field, Tally>;
  role: Tally;
  /** As eval-dialogs' role texts fit: a professional may be addressed as a bystander. */
  roleFits: Tally;
  aboutWhom: Map<string, number>;
  roleConfusion: Map<string, number>;
  misses: string[];
}

function figures(): Figures {
  const per = () => Object.fromEntries(FIELDS.map((f) => [f, tally()])) as Record<Field, Tally>;
  return {
    message: per(),
    kept: per(),
    keptUntold: per(),
    role: tally(),
    roleFits: tally(),
    aboutWhom: new Map(),
    roleConfusion: new Map(),
    misses: [],
  };
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** A label's value for a field, with minor implied by an age (as the scorer reads it); undefined when the turn does not tell it. */
function labelled(turn: ScriptTurn, field: Field): Value | undefined {
  const f = turn.facts;
  if (field === 'minor' && (f.minor === undefined || f.minor === null) && typeof f.age === 'number') return f.age < 18;
  const v = f[field];
  return v === undefined || v === null ? undefined : v;
}

/** The last value the labels told up to and including turn t. */
function toldSoFar(script: Script, t: number, field: Field): Value | undefined {
  let value: Value | undefined;
  for (const turn of script.turns.slice(0, t + 1)) value = labelled(turn, field) ?? value;
  return value;
}

const same = (field: Field, a: Value | undefined, b: Value | undefined): boolean =>
  field === 'municipality' && typeof a === 'string' && typeof b === 'string'
    ? a.toLowerCase() === b.toLowerCase()
    : (a ?? null) === (b ?? null);

const roleOf = (summary: TriageSummary): string => summary.role ?? 'none';

async function score(script: Script, understander: Understander, into: Figures): Promise<void> {
  let summary = emptyTriage();
  let reading: Partial<ToldFacts> = {};
  const watched: Understander = {
    name: understander.name,
    firstLook: (text, context, earlier) => understander.firstLook(text, context, earlier),
    understand: async (text, look, context) => {
      const u = await understander.understand(text, look, context);
      reading = u.facts;
      return u;
    },
  };
  const miss = (t: number, what: string) =>
    into.misses.push(`${script.id} turn ${t + 1} ${what}: ${script.turns[t]!.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  await playScript(script, watched, {
    saved: (s) => (summary = s),
    turnDone: (t) => {
      const turn = script.turns[t]!;
      for (const field of FIELDS) {
        // The message: the turns whose labels tell this fact.
        const label = labelled(turn, field);
        const got = (reading[field] ?? null) as Value;
        if (label !== undefined) {
          into.message[field].n += 1;
          if (same(field, got, label)) into.message[field].right += 1;
          else miss(t, `message ${field} ${String(label)} read ${String(got)}`);
        }
        if (field === 'aboutWhom' && label !== undefined) bump(into.aboutWhom, `${String(label)} -> ${String(got ?? 'none')}`);
        // The conversation: what the summary keeps against what the labels told so far.
        if (field === 'aboutWhom') continue;
        const sofar = toldSoFar(script, t, field);
        const keptValue = (summary.facts[field] ?? null) as Value;
        const bucket = sofar === undefined ? into.keptUntold[field] : into.kept[field];
        bucket.n += 1;
        if (same(field, keptValue, sofar)) bucket.right += 1;
      }
      const role = roleAt(script, t);
      if (role !== null) {
        into.role.n += 1;
        const kept = roleOf(summary);
        bump(into.roleConfusion, `${role} -> ${kept}`);
        if (kept === role || kept === 'none') into.role.right += 1;
        into.roleFits.n += 1;
        if (kept === role || kept === 'none' || (role === 'professional' && kept === 'other')) into.roleFits.right += 1;
        if (kept !== role && kept !== 'none') miss(t, `role ${role} kept ${kept}`);
      }
      reading = {};
    },
  });
}

const pct = (t: Tally) => (t.n === 0 ? '   -  ' : `${((100 * t.right) / t.n).toFixed(1).padStart(5)}%`);

function print(name: string, f: Figures, verbose: boolean): void {
  const lines = [`== ${name} ==`];
  lines.push('field         message (turns told)   kept so far (turns)   kept, nothing told (turns, right = null)');
  for (const field of FIELDS) {
    const kept = field === 'aboutWhom' ? '' : `${pct(f.kept[field])} (${f.kept[field].n})`;
    const untold = field === 'aboutWhom' ? '' : `${pct(f.keptUntold[field])} (${f.keptUntold[field].n})`;
    lines.push(`${field.padEnd(13)} ${`${pct(f.message[field])} (${f.message[field].n})`.padEnd(22)} ${kept.padEnd(21)} ${untold}`);
  }
  lines.push(`role kept is the writer's role (none counts as right): ${pct(f.role)} of ${f.role.n} turns`);
  lines.push(`role kept fits it (and "other" for a professional, as the role texts fit): ${pct(f.roleFits)}`);
  const table = (title: string, m: Map<string, number>) => {
    lines.push(`${title} (label -> read):`);
    for (const label of ROLES) {
      const row = ROLES.map((r) => `${r} ${m.get(`${label} -> ${r}`) ?? 0}`).join('  ');
      if (ROLES.some((r) => m.has(`${label} -> ${r}`))) lines.push(`  ${label.padEnd(12)} ${row}`);
    }
  };
  table('aboutWhom, message', f.aboutWhom);
  table('role, conversation', f.roleConfusion);
  if (verbose) lines.push(...f.misses.map((m) => `  ${m}`));
  console.log(lines.join('\n'));
}

function add(into: Figures, from: Figures): void {
  for (const field of FIELDS)
    for (const part of ['message', 'kept', 'keptUntold'] as const) {
      into[part][field].n += from[part][field].n;
      into[part][field].right += from[part][field].right;
    }
  into.role.n += from.role.n;
  into.role.right += from.role.right;
  into.roleFits.n += from.roleFits.n;
  into.roleFits.right += from.roleFits.right;
  for (const [k, v] of from.aboutWhom) into.aboutWhom.set(k, (into.aboutWhom.get(k) ?? 0) + v);
  for (const [k, v] of from.roleConfusion) into.roleConfusion.set(k, (into.roleConfusion.get(k) ?? 0) + v);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--set');
  const files = at >= 0 ? [path.resolve(args[at + 1] ?? '')] : dialogSets(root);
  const verbose = args.includes('--verbose');
  const screen = new SafetyScreen();
  const understander = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
  const all = figures();
  for (const file of files) {
    const f = figures();
    for (const script of loadScripts(file)) await score(script, understander, f);
    if (verbose || files.length === 1) print(path.basename(file), f, verbose);
    add(all, f);
  }
  if (files.length > 1) print(`all ${files.length} sets`, all, false);
}

void main();
