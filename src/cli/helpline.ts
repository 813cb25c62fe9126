/**
 * The `helpline` command: `npm run --silent helpline -- <command>`. Output is JSON; errors go to
 * stderr as JSON with a non-zero exit code. Scripts and operators depend on this interface.
 */
import { ConfigError, loadConfig } from '../config';
import { commands } from './commands';

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    process.stderr.write(
      `${JSON.stringify({ error: { code: 'UnknownCommand', message: `Unknown command${name ? ` "${name}"` : ''}. Commands: ${Object.keys(commands).join(', ')}.` } })}\n`,
    );
    return 2;
  }
  try {
    return await command.run(args, { config: () => loadConfig(env), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  } catch (err) {
    const message = err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err);
    process.stderr.write(`${JSON.stringify({ error: { code: err instanceof ConfigError ? 'InvalidConfig' : 'Failed', message } })}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), process.env).then((code) => {
    // `serve` keeps the process alive itself; other commands end here.
    if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
  });
}
