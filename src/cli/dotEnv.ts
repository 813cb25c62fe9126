/**
 * Settings from a `.env` file in the working directory, as .env.example tells operators to make.
 * The process environment wins over the file, key by key (also when it sets a key to empty), so a
 * supervisor or container can override one setting without editing the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

export const DOT_ENV_FILE_NAME = '.env';

export class DotEnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DotEnvError';
  }
}

/** The environment with the .env file of `dir` under it; the environment itself when there is none. */
export function withDotEnv(dir: string, env: Record<string, string | undefined>): Record<string, string | undefined> {
  const file = path.join(dir, DOT_ENV_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'ENOENT') return env;
    throw new DotEnvError(`The settings file ${file} cannot be read: make it readable for this user, or remove it.`);
  }
  const fromFile: Record<string, string | undefined> = { ...parseEnv(text) };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) fromFile[key] = value;
  return fromFile;
}
