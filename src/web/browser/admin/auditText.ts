/**
 * Audit entries in words a supervisor or admin understands: the action as a sentence part in
 * plain language ("Gesprek bekeken (niet geanonimiseerd)" rather than `transcript_read`), and the
 * details as short phrases ("12 berichten", "Reden: …") instead of `key: value` pairs.
 */
import { dateTime } from '../shared/format';
import type { AuditEntry } from '../shared/schemas';
import type { Texts } from '../shared/texts';

/** User id → display name, for actors and for ids inside details (who a chat went to). */
export type StaffNames = ReadonlyMap<string, string>;

/**
 * The label key for an entry's action. One action may read differently by its details: reading
 * a raw transcript is not the same as reading an anonymised copy, nor is setting a hold lifting it.
 */
export function actionKey(entry: Pick<AuditEntry, 'action' | 'detail'>): string {
  const d = entry.detail;
  if (entry.action === 'transcript_read') {
    // The console (details: entries) and `helpline transcript --raw` read the original words.
    return d['anonymised'] === true ? 'transcript_read_anonymised' : 'transcript_read_raw';
  }
  if (entry.action === 'legal_hold') return d['hold'] === false ? 'legal_hold_lifted' : 'legal_hold_set';
  if (entry.action === 'retention_run') return d['dryRun'] === true ? 'retention_dry_run' : 'retention_run';
  return entry.action;
}

export function actionText(texts: Texts, entry: Pick<AuditEntry, 'action' | 'detail'>): string {
  const key = actionKey(entry);
  if (texts.has(`labels.auditActions.${key}`)) return texts.label('auditActions', key);
  if (texts.has(`labels.auditActions.${entry.action}`)) return texts.label('auditActions', entry.action);
  return entry.action.replace(/[._]/g, ' ');
}

/** Details that the action's words already say. */
const SAID_BY_ACTION: Readonly<Record<string, readonly string[]>> = {
  transcript_read: ['anonymised'],
  legal_hold: ['hold'],
  retention_run: ['dryRun'],
};

/** The text key for one detail; some keys mean something else under another action. */
function detailKey(action: string, key: string): string {
  if (action === 'statistics_read' && key === 'to') return 'admin.audit.detail.until';
  if (action === 'retention_run' && ['rawBotOnly', 'rawWithCounsellor', 'anonymised', 'audit'].includes(key))
    return `admin.audit.detail.deleted.${key}`;
  return `admin.audit.detail.${key}`;
}

function valueText(texts: Texts, key: string, value: unknown, names: StaffNames): string {
  if (typeof value === 'boolean') return texts.label('answers', value ? 'yes' : 'no');
  if (Array.isArray(value)) return value.map((v) => valueText(texts, key, v, names)).join(', ');
  if (value === null || value === undefined) return texts.t('format.none');
  const text = String(value);
  if (key === 'to' || key === 'userId') return names.get(text) ?? text;
  if (key === 'role') return texts.label('staffRoles', text);
  if (key === 'outcome') return texts.label('outcomes', text);
  if (key === 'flag') return texts.label('flags', text);
  if (key === 'filters')
    return text
      .split(',')
      .filter(Boolean)
      .map((f) => texts.label('auditFilters', f))
      .join(', ');
  if ((key === 'from' || key === 'to') && /^\d{4}-\d{2}-\d{2}T/.test(text)) return dateTime(text, texts.intlLocale);
  if (key === 'reason' && texts.has(`labels.loginFailures.${text}`)) return texts.label('loginFailures', text);
  return text;
}

/** The details as short phrases in the page's language; unknown keys as "key: value". */
export function detailPhrases(texts: Texts, entry: Pick<AuditEntry, 'action' | 'detail'>, names: StaffNames): string[] {
  const phrases: string[] = [];
  for (const [key, value] of Object.entries(entry.detail)) {
    if (SAID_BY_ACTION[entry.action]?.includes(key)) continue;
    // A statistics period's `to` is a date, a transfer's `to` a colleague.
    const textKey = detailKey(entry.action, key);
    const shown = valueText(texts, entry.action === 'statistics_read' && key === 'to' ? 'from' : key, value, names);
    phrases.push(texts.has(textKey) ? texts.t(textKey, { value: shown }) : `${key}: ${shown}`);
  }
  return phrases;
}

/** Who did it: a colleague's name, or the system or the command line in words. */
export function actorText(texts: Texts, entry: Pick<AuditEntry, 'actor' | 'actorName'>, names: StaffNames): string {
  if (entry.actor === 'system' || entry.actor === 'cli') return texts.label('actors', entry.actor);
  return names.get(entry.actor) ?? entry.actorName ?? entry.actor;
}
