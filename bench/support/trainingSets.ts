/**
 * Which dialog files a bench may play or score whole: the sets written for training alone
 * (corpus/dialogs, round 51), which have no held-out part. A tuning set (tests/eval/dialogs-dev*.jsonl)
 * holds held-out conversations 16–30, and a blind set must never be read at all, so a bench that
 * reads whole files refuses both, by path, before it opens anything.
 */
import path from 'node:path';

const BLIND = /(^|[\\/])blind([\\/]|$)/;
const TUNING_SET = /^dialogs-dev[^\\/]*\.jsonl$/;

/** The files, if every one is a .jsonl set outside the tuning and blind sets; otherwise an error naming the first that is not. */
export function trainingSetsOnly(files: readonly string[]): string[] {
  for (const file of files) {
    if (!file.endsWith('.jsonl')) throw new Error(`${file}: a training set is a .jsonl file of conversations`);
    if (BLIND.test(file) || TUNING_SET.test(path.basename(file)))
      throw new Error(`${file}: only sets written for training are read whole; a tuning set's held-out part and a blind set never are`);
  }
  return [...files];
}
