/**
 * The counsellor console: the console API and its WebSocket (/staff/ws), the case-file export,
 * and the way back to the citizen: what a counsellor writes or does reaches the
 * citizen on whichever channel the chat came in on, with notices in the citizen's language.
 */
import { standingParams } from '../handoff/hoursText';
import type { CloudAdapter } from 'botbuilder';
import { Replies } from '../../dialogs/replies';
import { BOT_ACCOUNT } from '../bot/account';
import { createChannelBridge } from '../channels/channelBridge';
import { startCitizenNotifier } from '../bot/citizenNotifier';
import type { DirectLineAdapter } from '../channels/directline/directLineAdapter';
import type { Locale } from '../i18n/catalog';
import { registerConsoleApi } from '../staff/http/consoleApi';
import { ConsoleSocket } from '../staff/http/consoleSocket';
import { registerExportApi } from '../staff/http/exportApi';
import type { HandoffFeature } from './handoff';
import type { RetentionFeature } from './retention';
import type { AppParts } from './parts';
import type { StaffAccessFeature } from './staffAccess';

export interface StaffConsoleFeature {
  /** Stops the citizen notices and closes the console sockets. */
  stop(): void;
}

export function wireStaffConsole(
  app: AppParts,
  needs: {
    staff: StaffAccessFeature;
    handoff: HandoffFeature;
    retention: Pick<RetentionFeature, 'copies'>;
    channels: { directLine: DirectLineAdapter; azure: CloudAdapter };
  },
): StaffConsoleFeature {
  const { config, store, clock, logger, catalog, conversations: registry, web } = app;
  const { kit, services: staff } = needs.staff;
  const { service: handoff, events } = needs.handoff;
  const replies = new Replies(catalog, standingParams(catalog, config.handoff.openingHours.weekly()));
  const bridge = createChannelBridge({
    registry,
    directLine: needs.channels.directLine,
    cloud: needs.channels.azure,
    appId: config.azure.appId,
    bot: BOT_ACCOUNT,
  });
  // What citizens see of a counsellor: their display name (first name or pseudonym) or a generic title.
  const counsellorName = async (id: string, locale: Locale) =>
    config.handoff.counsellorNameMode === 'generic'
      ? replies.t(locale, 'handoff.genericName')
      : ((await staff.accounts.get(id))?.displayName ?? replies.t(locale, 'handoff.genericName'));
  const stopNotifier = startCitizenNotifier({
    events,
    handoff,
    conversations: store.conversations,
    bridge,
    replies,
    counsellorName,
    logger,
    marks: store.cluster.marks,
    now: () => clock.now(),
  });

  registerConsoleApi(web.server, {
    kit,
    handoff,
    handoffs: store.handoffs,
    events,
    bridge,
    registry,
    transcripts: store.transcripts,
    idempotency: store.idempotency,
    locks: store.cluster.locks,
    accounts: staff.accounts,
    catalog,
    clock,
    counsellorName,
    maxBodyBytes: config.directLine.messageMaxBytes,
    onLateOutcome: async (id) => {
      await needs.retention.copies.make(id);
    },
  });
  registerExportApi(web.server, {
    kit,
    conversations: store.conversations,
    transcripts: store.transcripts,
    handoffs: store.handoffs,
    accounts: staff.accounts,
    catalog,
    defaultLocale: config.defaultLocale,
    clock,
  });
  const socket = new ConsoleSocket({
    kit,
    handoff,
    events,
    logger,
    heartbeatMs: 15_000,
    clock,
    ...web.upgradeGuards,
    limits: { perSession: config.limits.staffSocketsPerSession, perAddress: config.limits.socketsPerAddress },
  });
  web.onUpgrade((req, raw, head) => socket.handleUpgrade(req, raw, head));

  return {
    stop() {
      stopNotifier();
      socket.close();
    },
  };
}
