import fs from 'node:fs';
import { z } from 'zod';

const ledgerSchema = z.array(z.string());

/**
 * The start-up warm-up's list of made-up chats not yet erased (see pathWarmUp.ts), as a small file
 * in the data folder: written with a rename, so a kill leaves the old list or the new one, never
 * half of one. An unreadable or malformed file reads as empty (nothing to erase that we know of);
 * a failed write is left to the caller's outcome, not thrown, since the warm-up must not stop a start.
 */
export function fileLedger(file: string, onWriteError: (err: unknown) => void): { read(): string[]; write(ids: readonly string[]): void } {
  return {
    read() {
      try {
        const parsed = ledgerSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
    write(ids) {
      try {
        if (ids.length === 0) {
          fs.rmSync(file, { force: true });
          return;
        }
        const next = `${file}.next`;
        fs.writeFileSync(next, JSON.stringify(ids));
        fs.renameSync(next, file);
      } catch (err) {
        onWriteError(err);
      }
    },
  };
}
