import { createLogger } from '../log';
import { buildRecognizer } from '../nlu/factory';
import { createUnderstander } from '../understanding/understander';
import type { Command } from './command';
import { runRecognize } from './recognize';

/** `helpline recognize`: JSON lines in, understandings out, with the configured recognizer. */
export const recognizeCommand: Command = {
  summary: 'Recognise JSON lines {"id","text","locale"} from stdin',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr.write(`${JSON.stringify({ error: { code: 'BadArguments', message: 'recognize takes no arguments.' } })}\n`);
      return 2;
    }
    const config = io.config();
    // Warnings (such as a LUIS fallback) go to stderr so stdout stays pure JSON lines.
    const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io.stderr);
    const { recognizer, local, screen } = await buildRecognizer(config.recognizer, logger);
    return runRecognize(io.stdin, io.stdout, io.stderr, createUnderstander({ safety: screen, recognizer, local }));
  },
};
