/**
 * The Azure Bot Service channel on POST /api/messages (Teams, the Emulator, Azure's own Web Chat),
 * running the same bot turns as Direct Line and keeping the same transcript.
 */
import { createCloudAdapter, registerAzureChannel } from '../channels/azure/azureChannel';
import type { HelplineCloudAdapter } from '../channels/azure/azureChannel';
import { azureTranscriptMiddleware } from '../channels/azure/transcriptMiddleware';
import { RateLimiter } from '../http/rateLimiter';
import type { BotTurns } from './citizenChat';
import type { AppParts } from './parts';

export interface AzureChannelFeature {
  adapter: HelplineCloudAdapter;
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
  registerAzureChannel(web.server, {
    adapter,
    logic: needs.turns.logic,
    logger,
    limiters: {
      // Azure's channel service sends every conversation from few addresses: generous per address,
      // tight per conversation.
      perAddress: new RateLimiter(clock, config.limits.perAddressPerMinute * 10),
      perConversation: new RateLimiter(clock, config.limits.postsPerConversationPerMinute),
    },
    options: {
      authenticated: config.azure.appId !== '',
      emulatorMode: config.azure.emulatorMode,
      serviceUrlHosts: config.azure.serviceUrlHosts,
      maxBytes: config.directLine.messageMaxBytes * 4,
      trustProxy: config.http.trustProxy,
    },
  });
  return { adapter };
}
