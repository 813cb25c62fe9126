/**
 * The workload of the anonymiser's benches (bench/anonymiser.bench.ts times it,
 * bench/anonymiser-counts.ts counts its pattern executions): every message of the tuning sets, in
 * conversations of 20, from the sources or from tsc's build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export type AnonymiserModule = typeof import('../src/anonymiser');
export type PoolModule = typeof import('../src/anonymiser/pool');

/** Where the anonymiser is loaded from: `BENCH_ANONYMISER_CODE=build` for tsc's build, else the sources. */
export const CODE = z.enum(['source', 'build']).parse(process.env.BENCH_ANONYMISER_CODE ?? 'source');

/** Every message of the tuning sets the benches read, in order. */
export function benchMessages(): string[] {
  const texts: string[] = [];
  for (const file of ['anonymiser.jsonl', 'anonymiser-dev.jsonl', 'nlu.jsonl']) {
    for (const line of readFileSync(join(__dirname, '..', 'tests', 'eval', file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string') texts.push(parsed.text);
    }
  }
  return texts;
}

export async function loadAnonymiser(): Promise<AnonymiserModule> {
  if (CODE === 'source') return import('../src/anonymiser');
  const built = join(__dirname, '..', 'dist', 'server', 'src', 'anonymiser', 'index.js');
  if (!existsSync(built)) throw new Error(`no build at ${built}: run \`npm run build\` first`);
  // The build has the sources' exports; tsc checks the sources, not this path.
  return (await import(built)) as AnonymiserModule;
}

/** The pool of anonymiser threads from the same code: from the build its threads run poolWorker.js. */
export async function loadPool(): Promise<PoolModule> {
  if (CODE === 'source') return import('../src/anonymiser/pool');
  const built = join(__dirname, '..', 'dist', 'server', 'src', 'anonymiser', 'pool.js');
  if (!existsSync(built)) throw new Error(`no build at ${built}: run \`npm run build\` first`);
  return (await import(built)) as PoolModule;
}

/** The messages in conversations of 20, as the anonymised copies are made. */
export function inConversations(texts: readonly string[]): string[][] {
  const conversations: string[][] = [];
  for (let i = 0; i < texts.length; i += 20) conversations.push(texts.slice(i, i + 20));
  return conversations;
}

/** One round of the messages fed one by one (`anonymise`), a new Pseudonymiser per conversation. */
export function streamedRound(anonymiser: AnonymiserModule, conversations: readonly (readonly string[])[]): () => void {
  return () => {
    for (const conversation of conversations) {
      const p = new anonymiser.Pseudonymiser();
      for (const text of conversation) p.anonymise(text);
    }
  };
}
