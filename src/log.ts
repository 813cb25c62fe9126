import pino from 'pino';

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
