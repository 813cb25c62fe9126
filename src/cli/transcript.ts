import { z } from 'zod';
import { cryptoRandom, systemClock } from '../clock';
import { createRetention } from '../retention';
import { createStaffServices } from '../staff';
import { CLI_ACTOR } from '../staff/audit';
import { openStore } from '../store/openStore';
import type { Command } from './command';

const argsSchema = z.union([
  z.tuple([z.literal('show'), z.string().min(1)]).transform(([, id]) => ({ id, anonymised: false })),
  z.tuple([z.literal('show'), z.string().min(1), z.literal('--anonymised')]).transform(([, id]) => ({ id, anonymised: true })),
]);

/** `helpline transcript show <id|code> [--anonymised]`: the transcript as JSON; every read is audited. */
export const transcriptCommand: Command = {
  summary: 'Show a transcript: transcript show <id|code> [--anonymised]',
  async run(args, io) {
    const parsed = argsSchema.safeParse(args);
    if (!parsed.success) {
      io.stderr.write(
        `${JSON.stringify({ error: { code: 'BadArguments', message: 'usage: transcript show <id|code> [--anonymised]' } })}\n`,
      );
      return 2;
    }
    const config = io.config();
    const store = await openStore(config.store, { dataDir: config.dataDir, clock: systemClock, random: cryptoRandom });
    try {
      const { audit } = createStaffServices(store, systemClock, cryptoRandom);
      const record = (await store.conversations.get(parsed.data.id)) ?? (await store.conversations.getByCode(parsed.data.id));
      if (!record) {
        io.stderr.write(`${JSON.stringify({ error: { code: 'NotFound', message: 'No conversation with that id or code.' } })}\n`);
        return 1;
      }
      if (parsed.data.anonymised) {
        const copy = await createRetention(store, systemClock, audit, config.retention).copies.current(record.id);
        if (!copy) {
          io.stderr.write(
            `${JSON.stringify({ error: { code: 'NotFound', message: 'No anonymised copy yet (it is made when the conversation ends).' } })}\n`,
          );
          return 1;
        }
        await audit.record(CLI_ACTOR, 'transcript_read', record.id, { anonymised: true });
        io.stdout.write(`${JSON.stringify(copy)}\n`);
        return 0;
      }
      const entries = await store.transcripts.listAfter(record.id, 0, 100_000);
      await audit.record(CLI_ACTOR, 'transcript_read', record.id, { anonymised: false, entries: entries.length });
      const { reference: _reference, ...conversation } = record;
      io.stdout.write(
        `${JSON.stringify({
          conversation,
          notes: await store.handoffs.notes(record.id),
          transcript: entries.map((e) => ({ seq: e.seq, role: e.role, type: e.type, text: e.text, at: e.at })),
        })}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
