/**
 * The Azure Bot Service channel on POST /api/messages (Teams, the Emulator, Azure's own Web Chat),
 * running the same bot turns as Direct Line and keeping the same transcript.
 */
import type { CloudAdapter } from 'botbuilder';
import { createCloudAdapter, registerAzureChannel } from '../channels/azure/azureChannel';
import { azureTranscriptMiddleware } from '../channels/azure/transcriptMiddleware';
import type { BotTurns } from './citizenChat';
import type { AppParts } from './parts';

export interface AzureChannelFeature {
  adapter: CloudAdapter;
}

export function wireAzureChannel(app: AppParts, needs: { turns: BotTurns }): AzureChannelFeature {
  const { config, store, clock, logger, conversations: registry, web } = app;
  const adapter = createCloudAdapter(config.azure);
  adapter.use(
    azureTranscriptMiddleware({
      registry,
      transcripts: store.transcripts,
      clock,
      defaultLocale: config.defaultLocale,
      maxChars: config.directLine.messageMaxChars,
    }),
  );
  adapter.onTurnError = needs.turns.onTurnError;
  registerAzureChannel(web.server, { adapter, logic: needs.turns.logic, logger, maxBytes: config.directLine.messageMaxBytes * 4 });
  return { adapter };
}
