/**
 * `helpline staff add --username NAME --role counsellor|supervisor|admin [--display-name NAME]`
 * reads the password from the first line of stdin and prints {"username","role","displayName"}.
 * `helpline staff disable --username NAME` prints {"username","disabled":true} and ends the
 * user's sessions. Errors: {"error":{"code","message"}} on stderr, non-zero exit. Audited as 'cli'.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { cryptoRandom, systemClock } from '../clock';
import type { Clock, RandomSource } from '../clock';
import { AppError } from '../errors';
import { createStaffServices } from '../staff';
import { CLI_ACTOR } from '../staff/audit';
import type { ScryptCost } from '../staff/passwords';
import { STAFF_ROLES } from '../staff/roles';
import { openStore } from '../store/openStore';
import type { Command, CommandIo } from './command';

const addArgs = z.strictObject({
  username: z.string().min(1),
  role: z.enum(STAFF_ROLES),
  'display-name': z.string().min(1).optional(),
});
const disableArgs = z.strictObject({ username: z.string().min(1) });

class UsageError extends Error {}

/** `--name value` and `--name=value` pairs; anything else is a usage error. */
function parseFlags(args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(args[i]!);
    if (!match) throw new UsageError(`Unexpected argument "${args[i]}".`);
    const value = match[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${match[1]} needs a value.`);
    if (match[1]! in flags) throw new UsageError(`--${match[1]} is given twice.`);
    flags[match[1]!] = value;
  }
  return flags;
}

function parseArgs<T>(schema: z.ZodType<T>, args: string[]): T {
  const result = schema.safeParse(parseFlags(args));
  if (!result.success) {
    throw new UsageError(
      result.error.issues.map((i) => `${i.path.length > 0 ? `--${i.path.join('.')}` : 'arguments'}: ${i.message}`).join('; '),
    );
  }
  return result.data;
}

/** The first line of stdin, without its line ending; null when stdin ends first. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string | null> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return null;
  } finally {
    lines.close();
  }
}

function fail(io: CommandIo, code: string, message: string, exit: number): number {
  io.stderr.write(`${JSON.stringify({ error: { code, message } })}\n`);
  return exit;
}

export interface StaffCommandDeps {
  clock?: Clock;
  random?: RandomSource;
  /** Only tests lower the hashing cost. */
  scryptCost?: ScryptCost;
}

export async function runStaff(args: string[], io: CommandIo, deps: StaffCommandDeps = {}): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add' && sub !== 'disable')
    return fail(
      io,
      'BadArguments',
      'Usage: staff add --username NAME --role counsellor|supervisor|admin [--display-name NAME] (password on stdin) | staff disable --username NAME',
      2,
    );
  let parsed: { kind: 'add'; args: z.infer<typeof addArgs> } | { kind: 'disable'; args: z.infer<typeof disableArgs> };
  try {
    parsed = sub === 'add' ? { kind: 'add', args: parseArgs(addArgs, rest) } : { kind: 'disable', args: parseArgs(disableArgs, rest) };
  } catch (err) {
    if (err instanceof UsageError) return fail(io, 'BadArguments', err.message, 2);
    throw err;
  }
  const password = parsed.kind === 'add' ? await firstLine(io.stdin) : null;
  if (parsed.kind === 'add' && password === null) return fail(io, 'PasswordRequired', 'Write the password as the first line on stdin.', 2);

  const config = io.config();
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? cryptoRandom;
  const store = await openStore(config.store, { dataDir: config.dataDir, clock, random });
  try {
    const { accounts } = createStaffServices(store, clock, random, { scryptCost: deps.scryptCost });
    if (parsed.kind === 'add') {
      const { username, role } = parsed.args;
      const user = await accounts.add({ username, role, displayName: parsed.args['display-name'], password: password ?? '' }, CLI_ACTOR);
      io.stdout.write(`${JSON.stringify({ username: user.username, role: user.role, displayName: user.displayName })}\n`);
    } else {
      const user = await accounts.disable(parsed.args.username, CLI_ACTOR);
      io.stdout.write(`${JSON.stringify({ username: user.username, disabled: true })}\n`);
    }
    return 0;
  } catch (err) {
    // AppError messages hold the catalogue text plus a detail that never quotes input.
    if (err instanceof AppError) return fail(io, err.code, err.message, 1);
    throw err;
  } finally {
    await store.close();
  }
}

export const staffCommand: Command = {
  summary: 'Manage staff accounts: staff add | staff disable',
  run: (args, io) => runStaff(args, io),
};
