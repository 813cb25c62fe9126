import { createLogger } from '../log';
import { startApp } from '../main';
import type { Command } from './command';

/**
 * Starts the server and, when the operator asks it to stop (SIGINT/SIGTERM), stops it cleanly so
 * running turns finish first; returns only then.
 */
export const serveCommand: Command = {
  summary: 'Serve the bot, the citizen page and the staff console',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr.write(
        `${JSON.stringify({ error: { code: 'BadArguments', message: 'serve takes no arguments; configure it with environment variables.' } })}\n`,
      );
      return 2;
    }
    const config = io.config();
    const app = await startApp(config, { logger: createLogger(config.logLevel, io.stdout) });
    io.stdout.write(`${JSON.stringify({ event: 'listening', url: app.url })}\n`);
    await new Promise<void>((resolve) => io.onShutdown(resolve));
    await app.stop();
    return 0;
  },
};
