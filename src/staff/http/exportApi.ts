/**
 * GET /staff/api/conversations/:id/export: the raw transcript with triage summary, handoffs and
 * notes for the case file, as JSON or as a printable HTML document. Only the counsellor who
 * held the chat or an admin gets it (supervisors never); every export is audited.
 */
import type { Server } from 'restify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { parseWith } from '../../http/jsonBody';
import { cspNonce } from '../../http/securityHeaders';
import type { Catalog, Locale } from '../../i18n/catalog';
import type { HandoffStore } from '../../store/handoffPorts';
import type { ConversationStore, TranscriptStore } from '../../store/ports';
import { buildCaseExport } from '../../transcripts/caseExport';
import { renderCaseExport } from '../../web/review/exportDocument';
import type { StaffAccounts } from '../accounts';
import type { StaffHttpKit } from './kit';
import { errorResponses } from './openapi';
import { parseQuery, queryParameters } from './queryParams';

export interface ExportApiDeps {
  kit: StaffHttpKit;
  conversations: ConversationStore;
  transcripts: TranscriptStore;
  handoffs: HandoffStore;
  accounts: StaffAccounts;
  catalog: Catalog;
  defaultLocale: Locale;
  clock: Clock;
}

const EXPORTERS = ['counsellor', 'admin'] as const;
const idSchema = z.string().regex(/^[A-Za-z0-9_\-|:.]{1,200}$/);
export const exportQuerySchema = z
  .object({
    format: z.enum(['json', 'html']).default('json'),
    lang: z.enum(['nl', 'en']).optional(),
  })
  .strict();

export function registerExportApi(server: Server, deps: ExportApiDeps): void {
  const { kit } = deps;
  server.get(
    '/staff/api/conversations/:id/export',
    kit.route('export', { roles: EXPORTERS }, async (req, res, p) => {
      const id = parseWith(idSchema, req.params?.id);
      const { format, lang } = parseQuery(req, exportQuerySchema);
      const data = await buildCaseExport(
        {
          conversations: deps.conversations,
          transcripts: deps.transcripts,
          handoffs: deps.handoffs,
          staffName: async (userId) => (await deps.accounts.get(userId))?.displayName ?? null,
          clock: deps.clock,
        },
        id,
        { id: p.userId, name: p.displayName, role: p.role },
      );
      await kit.audit.record(p.userId, 'export', id, { format, entries: data.transcript.length, notes: data.notes.length });
      const filename = `gesprek-${data.conversation.code.replace(/[^A-Za-z0-9-]/g, '')}`;
      if (format === 'json') {
        res.setHeader('Content-Disposition', `attachment; filename="${filename}.json"`);
        res.json(200, data);
        return;
      }
      const locale =
        lang ?? (data.conversation.locale === 'en' || data.conversation.locale === 'nl' ? data.conversation.locale : deps.defaultLocale);
      res.setHeader('Content-Disposition', `inline; filename="${filename}.html"`);
      res.setHeader('Content-Language', locale);
      res.setHeader('X-Robots-Tag', 'noindex, nofollow');
      res.sendRaw(200, renderCaseExport(data, deps.catalog, locale, cspNonce(res)), { 'Content-Type': 'text/html; charset=utf-8' });
    }),
  );

  kit.openapi.add('/staff/api/conversations/{id}/export', 'get', {
    operationId: 'exportConversation',
    summary: 'Export a conversation for the case file (the counsellor who held it, or admin; audited)',
    description: 'Raw transcript, triage summary, handoffs and notes. format=json (attachment) or format=html (printable document).',
    tags: ['export'],
    auth: 'session',
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      ...queryParameters({
        format: { description: 'json (default) or html.', schema: { type: 'string', enum: ['json', 'html'] } },
        lang: {
          description: 'Language of the HTML document; default the conversation language.',
          schema: { type: 'string', enum: ['nl', 'en'] },
        },
      }),
    ],
    responses: {
      '200': {
        description: 'The export.',
        content: { 'application/json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } },
      },
      ...errorResponses('SessionRequired', 'RoleNotAllowed', 'BadArgument', 'NotFound'),
    },
  });
}
