import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../../config';
import { readJsonBody } from '../../http/jsonBody';
import { route } from '../../http/route';
import type { Logger } from '../../log';

/**
 * Azure Bot Service channel on POST /api/messages. Authentication is enforced whenever
 * MicrosoftAppId is set; with an empty app id the adapter accepts unsigned requests, which is
 * what the Bot Framework Emulator sends when used locally.
 */
export function createCloudAdapter(azure: Config['azure']): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: azure.appId,
    MicrosoftAppPassword: azure.appPassword,
    MicrosoftAppType: azure.appType,
    MicrosoftAppTenantId: azure.tenantId,
  });
  return new CloudAdapter(auth);
}

export function registerAzureChannel(
  server: Server,
  deps: { adapter: CloudAdapter; logic: (context: TurnContext) => Promise<void>; logger: Logger; maxBytes: number },
): void {
  server.post(
    '/api/messages',
    route('azure.messages', deps.logger, async (req, res) => {
      const body = await readJsonBody(req, deps.maxBytes);
      (req as unknown as { body: unknown }).body = body;
      await deps.adapter.process(req as unknown as BotRequest, res as unknown as BotResponse, deps.logic);
    }),
  );
}
