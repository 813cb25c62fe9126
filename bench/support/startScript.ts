/**
 * What `npm start` (package.json's start script, run by `sh -c`) gives node: the flags after `node`
 * and the `NAME=value` words before it (e.g. MALLOC_ARENA_MAX, which glibc reads only at the
 * process's start). The server bench starts the server with both, so it measures it as it is run.
 */
export interface StartCommand {
  nodeArgs: string[];
  env: Record<string, string>;
}

export function startCommand(script: string): StartCommand {
  const words = script.trim().split(/\s+/);
  const node = words.indexOf('node');
  if (node < 0) return { nodeArgs: [], env: {} };
  return { nodeArgs: words.slice(node + 1).filter((word) => word.startsWith('--')), env: envWords(words.slice(0, node)) };
}

/** `NAME=value` words as an environment; other words (`exec`) are passed over. */
export function envWords(words: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const word of words) {
    const match = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}
