import { createLogger } from '../log';
import { startApp } from '../main';
import { StartupError } from '../startupError';
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
    const logger = createLogger(config.logLevel, io.stdout);
    let app;
    try {
      app = await startApp(config, { logger });
    } catch (err) {
      if (!(err instanceof StartupError)) throw err;
      // One JSON line for the log collector, one sentence for the person at the terminal.
      logger.fatal({ event: 'start_failed', problem: err.problem, code: err.systemCode }, 'server could not start');
      logger.flush();
      io.stderr.write(`${err.advice}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify({ event: 'listening', url: app.url })}\n`);
    await new Promise<void>((resolve) => io.onShutdown(resolve));
    await app.stop();
    return 0;
  },
};
