import pino from 'pino';
import { safeErrorDetails, toAppError } from './errors';

export type Logger = pino.Logger;

/**
 * JSON logs to stdout. Message text and personal data never go into a log line; the redaction
 * below is a second line of defence for fields that might carry them by mistake.
 */
export function createLogger(level: pino.LevelWithSilent, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'helpline' },
      redact: {
        paths: [
          'text',
          '*.text',
          'activity',
          '*.activity',
          'token',
          '*.token',
          'password',
          '*.password',
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/**
 * The `.catch` of a background job (retention, queue timers): one error line with the error's code,
 * name and where it happened, never its message (see safeErrorDetails). Without them a failing
 * scheduled run, a legal obligation for retention, could not be diagnosed from the logs.
 */
export function logJobFailure(logger: Logger, event: string, message: string): (err: unknown) => void {
  return (err) => logger.error({ event, code: toAppError(err).code, err: safeErrorDetails(err) }, message);
}
