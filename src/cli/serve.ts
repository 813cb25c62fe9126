import { startApp } from '../main';
import type { Command } from './command';

/** Starts the server and stops it cleanly on SIGINT/SIGTERM, so running turns finish first. */
export const serveCommand: Command = {
  summary: 'Serve the bot, the citizen page and the staff console',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr.write(
        `${JSON.stringify({ error: { code: 'BadArguments', message: 'serve takes no arguments; configure it with environment variables.' } })}\n`,
      );
      return 2;
    }
    const app = await startApp(io.config());
    io.stdout.write(`${JSON.stringify({ event: 'listening', url: app.url })}\n`);
    const shutdown = () => {
      void app.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return 0;
  },
};
