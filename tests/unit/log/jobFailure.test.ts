/** A failing background job leaves a log line that says which error it was, never its message. */
import { AppError } from '../../../src/errors';
import { logJobFailure } from '../../../src/log';
import { capturedLogger } from '../../support/logs';

it('logs the event, the code, the error name and where it happened, without the message', () => {
  const { lines, logger } = capturedLogger();
  const driver = new TypeError('SQLITE_FULL while writing "mijn zus wordt vastgehouden"');
  logJobFailure(logger, 'retention_run_failed', 'scheduled retention run failed')(driver);
  logJobFailure(logger, 'expire_waits_failed', 'could not expire waits')(new AppError('StoreUnavailable', 'database did not answer'));

  expect(lines.map((l) => [l.event, l.code, (l.err as { name?: string } | undefined)?.name, l.msg])).toEqual([
    ['retention_run_failed', 'Internal', 'TypeError', 'scheduled retention run failed'],
    ['expire_waits_failed', 'StoreUnavailable', 'AppError', 'could not expire waits'],
  ]);
  expect((lines[0]!.err as { stack: string }).stack).toMatch(/jobFailure\.test\.ts/);
  expect(JSON.stringify(lines)).not.toMatch(/vastgehouden|SQLITE_FULL|did not answer/);
});
