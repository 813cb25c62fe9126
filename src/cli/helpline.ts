/**
 * The `helpline` command: `npm run --silent helpline -- <command>`. Output is JSON; errors go to
 * stderr as JSON with a non-zero exit code. Scripts and operators depend on this interface.
 */
import { ConfigError, loadConfig } from '../config';
import { AppError } from '../errors';
import type { CliIo } from './command';
import { commands } from './commands';
import { DotEnvError, withDotEnv } from './dotEnv';

/** Runs one command with the given environment and streams; resolves with its exit code. */
export async function main(argv: string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.stderr.write(
      `${JSON.stringify({ error: { code: 'UnknownCommand', message: `Unknown command${name ? ` "${name}"` : ''}. Commands: ${Object.keys(commands).join(', ')}.` } })}\n`,
    );
    return 2;
  }
  try {
    return await command.run(args, { ...io, config: () => loadConfig(env) });
  } catch (err) {
    const message = err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err);
    const code = err instanceof ConfigError ? 'InvalidConfig' : err instanceof AppError ? err.code : 'Failed';
    io.stderr.write(`${JSON.stringify({ error: { code, message } })}\n`);
    return 1;
  }
}

/** The process's own streams and signals, for `main` when run as a program. */
function processIo(onSignal: () => void): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    onShutdown(listener) {
      const once = () => {
        process.off('SIGINT', once);
        process.off('SIGTERM', once);
        // A second SIGTERM is a supervisor passing the same request on (npm, tsx, the process
        // group): it must not cut the graceful stop short, which has its own deadline. A second
        // SIGINT is a person insisting, and stops the process at once (no listener left).
        process.on('SIGTERM', ignore);
        onSignal();
        listener();
      };
      const ignore = () => undefined;
      process.on('SIGINT', once);
      process.on('SIGTERM', once);
    },
  };
}

/** The process environment over the working directory's .env file (see dotEnv.ts). */
function programEnv(): Record<string, string | undefined> | null {
  try {
    return withDotEnv(process.cwd(), process.env);
  } catch (err) {
    if (!(err instanceof DotEnvError)) throw err;
    process.stderr.write(`${JSON.stringify({ error: { code: 'InvalidConfig', message: err.message } })}\n`);
    return null;
  }
}

if (require.main === module) {
  let asked = false;
  const env = programEnv();
  if (env === null) process.exit(1);
  void main(
    process.argv.slice(2),
    env,
    processIo(() => (asked = true)),
  ).then((code) => {
    process.exitCode = code;
    // Asked to stop, the command has stopped cleanly: end now even if a library holds a handle open.
    if (asked) process.exit();
  });
}
