import type { Config } from '../config';

export interface CommandIo {
  config: () => Config;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface Command {
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}
