/**
 * Problems that stop the server from starting at all, each with one plain English sentence that
 * tells the operator what to do. The serve command prints that sentence and exits non-zero; no
 * stack trace, because nothing is wrong with the program, only with where it was asked to run.
 */
import fs from 'node:fs';
import path from 'node:path';

export type StartupProblem = 'port_in_use' | 'port_not_permitted' | 'data_dir_not_writable' | 'data_dir_in_use';

export class StartupError extends Error {
  constructor(
    readonly problem: StartupProblem,
    /** For the operator: what is wrong and what to do, in one sentence. */
    readonly advice: string,
    /** The system error code (EADDRINUSE, EACCES, …), for the log line. */
    readonly systemCode: string | null,
  ) {
    super(advice);
    this.name = 'StartupError';
  }
}

function systemCodeOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** The StartupError for a failed bind, or the error itself when it is something else. */
export function listenFailure(err: unknown, host: string, port: number): unknown {
  const code = systemCodeOf(err);
  if (code === 'EADDRINUSE') {
    return new StartupError(
      'port_in_use',
      `Port ${port} on ${host} is already in use: stop the program that uses it (perhaps another copy of this server) or set PORT to a free port.`,
      code,
    );
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new StartupError(
      'port_not_permitted',
      `The server may not listen on ${host} port ${port}: set HOST to an address of this machine and PORT to 1024 or higher (or give the process the right to use low ports).`,
      code,
    );
  }
  return err;
}

/**
 * Creates the data folder when missing and proves it takes writes by writing and removing a small
 * file (a permission check alone would pass for root on a read-only disk).
 */
export function ensureWritableDataDir(dir: string): void {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
  } catch (err) {
    throw new StartupError(
      'data_dir_not_writable',
      `The data folder ${dir} cannot be written: make it a folder this server's user may write to, or set DATA_DIR to one.`,
      systemCodeOf(err),
    );
  }
}
