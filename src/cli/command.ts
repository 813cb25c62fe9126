import type { Config } from '../config';

/** What the `helpline` process gives a command: its streams, and a way to hear it is asked to stop. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /**
   * Calls `listener` once when the operator asks the process to stop (SIGINT or SIGTERM). Only
   * long-running commands subscribe, so the others keep the default: a signal ends them at once.
   */
  onShutdown(listener: () => void): void;
}

export interface CommandIo extends CliIo {
  config: () => Config;
}

export interface Command {
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}
