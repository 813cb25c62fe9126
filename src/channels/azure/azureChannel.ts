import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { z } from 'zod';
import type { Config } from '../../config';
import { AppError, toAppError } from '../../errors';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import type { RateLimiter } from '../../http/rateLimiter';
import { clientAddress, route } from '../../http/route';
import type { Logger } from '../../log';
import { serviceUrlAllowed } from './serviceUrls';

/**
 * Azure Bot Service channel on POST /api/messages. Requests must be signed by the Bot Framework
 * (MicrosoftAppId set). Unsigned requests, which is what the Bot Framework Emulator sends, are
 * taken only in the explicit emulator mode, which the configuration allows only on loopback.
 */
export class HelplineCloudAdapter extends CloudAdapter {
  /** The SDK's processActivity without its `process` wrapper, which answers 500 with the exception text. */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createCloudAdapter(azure: Config['azure']): HelplineCloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: azure.appId,
    MicrosoftAppPassword: azure.appPassword,
    MicrosoftAppType: azure.appType,
    MicrosoftAppTenantId: azure.tenantId,
  });
  return new HelplineCloudAdapter(auth);
}

const account = z
  .object({ id: z.string().max(512), name: z.string().max(512).optional(), role: z.string().max(64).optional() })
  .passthrough();

/** What we need of an incoming activity before the SDK sees it; the rest passes through unchanged. */
export const azureActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().optional(),
    name: z.string().max(256).optional(),
    locale: z.string().max(32).optional(),
    membersAdded: z.array(account).max(50).optional(),
    membersRemoved: z.array(account).max(50).optional(),
    attachments: z.array(z.unknown()).max(50).optional(),
    entities: z.array(z.unknown()).max(50).optional(),
    channelData: z.unknown().optional(),
  })
  .passthrough();

export interface AzureChannelOptions {
  /** True when requests are signed and checked (MicrosoftAppId set). */
  authenticated: boolean;
  emulatorMode: boolean;
  serviceUrlHosts: readonly string[];
  maxBytes: number;
  trustProxy: boolean;
}

export function registerAzureChannel(
  server: Server,
  deps: {
    adapter: HelplineCloudAdapter;
    logic: (context: TurnContext) => Promise<void>;
    logger: Logger;
    limiters: { perAddress: RateLimiter; perConversation: RateLimiter };
    options: AzureChannelOptions;
  },
): void {
  const { options, limiters } = deps;
  server.post(
    '/api/messages',
    route('azure.messages', deps.logger, async (req, res) => {
      limiters.perAddress.enforce(clientAddress(req, options.trustProxy));
      const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      // Without a signature anyone who learns a conversation id could write into it as the bot's
      // peer; refuse before reading the body.
      if (!options.emulatorMode && (!options.authenticated || authHeader === '')) {
        req.resume();
        throw new AppError('Unauthorized', 'Unsigned request on /api/messages.');
      }
      const activity = parseWith(azureActivitySchema, await readJsonBody(req, options.maxBytes));
      if (!serviceUrlAllowed(activity.serviceUrl, options.serviceUrlHosts, options.emulatorMode)) {
        throw new AppError('ServiceUrlNotAllowed');
      }
      limiters.perConversation.enforce(`${activity.channelId}|${activity.conversation.id}`, 'activities in this conversation');
      let invoke: InvokeResponse | undefined;
      try {
        invoke = await deps.adapter.handle(authHeader, activity as unknown as Activity, deps.logic);
      } catch (err) {
        throw channelError(err);
      }
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    }),
  );
}

/** The SDK throws AuthenticationError for bad signatures and plain errors when the channel cannot be reached. */
function channelError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  if ((err as Error | null)?.name === 'AuthenticationError' || status === 401 || status === 403) {
    return new AppError('Unauthorized', 'Bot Framework authentication failed.');
  }
  return new AppError('ChannelUnavailable', 'The turn could not reach the channel.', { cause: toAppError(err).cause ?? err });
}
