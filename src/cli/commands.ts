import type { Command } from './command';

/**
 * Commands load their module only when called, so a line-oriented tool such as `anonymise` does
 * not start the web server's dependencies.
 */
function lazy(summary: string, load: () => Promise<Command>): Command {
  return { summary, run: async (args, io) => (await load()).run(args, io) };
}

export const commands: Record<string, Command> = {
  serve: lazy('Serve the bot, the citizen page and the staff console', async () => (await import('./serve')).serveCommand),
  anonymise: lazy('Anonymise JSON lines {"id","text"} from stdin', async () => (await import('./anonymise')).anonymiseCommand),
  recognize: lazy(
    'Recognise JSON lines {"id","text","locale"} from stdin',
    async () => (await import('./recognize.command')).recognizeCommand,
  ),
  retention: lazy(
    'Run the retention purge: retention run [--dry-run] [--now ISO-8601]',
    async () => (await import('./retention')).retentionCommand,
  ),
  transcript: lazy(
    'Show a transcript: transcript show <id|code> [--anonymised]',
    async () => (await import('./transcript')).transcriptCommand,
  ),
  staff: lazy('Manage staff accounts: staff add | staff disable', async () => (await import('./staff')).staffCommand),
};
