import { z } from 'zod';
import { cryptoRandom, systemClock } from '../clock';
import { createRetention } from '../retention';
import { createStaffServices } from '../staff';
import { CLI_ACTOR } from '../staff/audit';
import { openStore } from '../store/openStore';
import type { Command } from './command';

const optionsSchema = z.object({ dryRun: z.boolean(), now: z.iso.datetime({ offset: true }).optional() });

function parseArgs(args: string[]): z.infer<typeof optionsSchema> | null {
  if (args[0] !== 'run') return null;
  let dryRun = false;
  let now: string | undefined;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--dry-run') dryRun = true;
    else if (args[i] === '--now' && i + 1 < args.length) now = args[++i];
    else return null;
  }
  const parsed = optionsSchema.safeParse({ dryRun, now });
  return parsed.success ? parsed.data : null;
}

/** `helpline retention run [--dry-run] [--now ISO-8601]`: prints what was (or would be) deleted. */
export const retentionCommand: Command = {
  summary: 'Run the retention purge: retention run [--dry-run] [--now ISO-8601]',
  async run(args, io) {
    const options = parseArgs(args);
    if (!options) {
      io.stderr.write(
        `${JSON.stringify({ error: { code: 'BadArguments', message: 'usage: retention run [--dry-run] [--now 2026-01-31T00:00:00Z]' } })}\n`,
      );
      return 2;
    }
    const config = io.config();
    const store = await openStore(config.store, { dataDir: config.dataDir, clock: systemClock, random: cryptoRandom });
    try {
      const { audit } = createStaffServices(store, systemClock, cryptoRandom);
      const { service } = createRetention(store, systemClock, audit, config.retention);
      const summary = await service.run({ dryRun: options.dryRun, now: options.now ? new Date(options.now) : undefined, actor: CLI_ACTOR });
      io.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
