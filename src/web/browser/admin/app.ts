/**
 * The admin page: the audit log in plain words with filters by person, action and date (the
 * server filters), legal holds (list, add, lift with a reason), erasure by conversation code with
 * a confirmation step, and the retention purge (dry run or real run).
 */
import * as z from 'zod/mini';
import { ApiError } from '../shared/api';
import { byId, el } from '../shared/dom';
import { dateTime } from '../shared/format';
import { anyBody, auditPageSchema, holdAddedSchema, holdsSchema, retentionSummarySchema, type AuditEntry } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { formQuery, startSession, type PageContext } from '../review/session';
import { actionText, actorText, detailPhrases, type StaffNames } from './auditText';

const AUDIT_PAGE = 50;

const staffListSchema = z.object({
  staff: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string(), disabled: z.boolean() })),
});

export function startAdmin(texts: Texts): void {
  const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
  let auditOffset = 0;
  let names: StaffNames = new Map();
  const auditForm = byId('audit-form', HTMLFormElement);

  const ctx: PageContext = startSession(texts, () => {
    void loadHolds();
    void loadPeople().then(searchAudit);
  });

  function fail(id: string, err: unknown, specific: Record<number, string> = {}): void {
    byId(id).textContent = (err instanceof ApiError && specific[err.status]) || ctx.errorText(err);
  }

  /* ---- audit log ---- */

  /** The person filter lists every staff account (also disabled ones: their past actions count). */
  async function loadPeople(): Promise<void> {
    const select = byId('audit-actor', HTMLSelectElement);
    try {
      const { staff } = await ctx.api.get('/staff/api/admin/staff', staffListSchema);
      names = new Map(staff.map((s) => [s.id, s.displayName]));
      const chosen = select.value;
      select.replaceChildren(
        el('option', { value: '', text: t('admin.audit.anyone') }),
        ...[...staff]
          .sort((a, b) => a.displayName.localeCompare(b.displayName))
          .map((s) =>
            el('option', {
              value: s.username,
              text: t(s.disabled ? 'admin.audit.personDisabled' : 'admin.audit.person', {
                name: s.displayName,
                username: s.username,
                role: texts.label('staffRoles', s.role),
              }),
            }),
          ),
        el('option', { value: 'system', text: texts.label('actors', 'system') }),
        el('option', { value: 'cli', text: texts.label('actors', 'cli') }),
      );
      select.value = chosen;
    } catch {
      // The filter still works for "anyone"; the search below shows the error if the API is down.
    }
  }

  function auditRow(entry: AuditEntry): HTMLElement {
    return el('tr', {}, [
      el('td', { text: dateTime(entry.at, texts.intlLocale) }),
      el('td', { text: actorText(texts, entry, names) }),
      el('td', { text: actionText(texts, entry) }),
      el('td', { className: 'mono', text: entry.conversationId ?? t('format.none') }),
      el('td', { className: 'small' }, [
        el(
          'ul',
          { className: 'phrases' },
          detailPhrases(texts, entry, names).map((p) => el('li', { text: p })),
        ),
      ]),
    ]);
  }

  async function searchAudit(): Promise<void> {
    byId('audit-error').textContent = '';
    byId('audit-status').textContent = t('admin.audit.loading');
    try {
      const { entries } = await ctx.api.get(
        `/staff/api/admin/audit?${formQuery(auditForm, { limit: AUDIT_PAGE, offset: auditOffset })}`,
        auditPageSchema,
      );
      byId('audit-body').replaceChildren(...entries.map(auditRow));
      byId('audit-table').hidden = entries.length === 0;
      byId('audit-status').textContent =
        entries.length === 0 ? t('admin.audit.empty') : t('admin.audit.count', { from: auditOffset + 1, to: auditOffset + entries.length });
      byId('audit-previous', HTMLButtonElement).disabled = auditOffset === 0;
      byId('audit-next', HTMLButtonElement).disabled = entries.length < AUDIT_PAGE;
    } catch (err) {
      byId('audit-status').textContent = '';
      fail('audit-error', err);
    }
  }

  auditForm.addEventListener('submit', (event) => {
    event.preventDefault();
    auditOffset = 0;
    void searchAudit();
  });
  auditForm.addEventListener('reset', () => {
    window.setTimeout(() => {
      auditOffset = 0;
      void searchAudit();
    }, 0);
  });
  byId('audit-previous').addEventListener('click', () => {
    auditOffset = Math.max(0, auditOffset - AUDIT_PAGE);
    void searchAudit();
  });
  byId('audit-next').addEventListener('click', () => {
    auditOffset += AUDIT_PAGE;
    void searchAudit();
  });

  /* ---- legal holds ---- */

  async function loadHolds(): Promise<void> {
    byId('holds-status').textContent = t('admin.holds.loading');
    try {
      const { holds } = await ctx.api.get('/staff/api/admin/holds', holdsSchema);
      byId('holds-body').replaceChildren(
        ...holds.map((hold) =>
          el('tr', {}, [
            el('td', { className: 'mono', text: hold.code }),
            el('td', { text: hold.reason }),
            el('td', { text: dateTime(hold.at, texts.intlLocale) }),
            el('td', {}, [liftControl(hold.code)]),
          ]),
        ),
      );
      byId('holds-table').hidden = holds.length === 0;
      byId('holds-status').textContent = holds.length === 0 ? t('admin.holds.empty') : '';
    } catch (err) {
      byId('holds-status').textContent = '';
      fail('holds-error', err);
    }
  }

  /** "Lift" opens a small form in the row: a reason is required, as for every hold change. */
  function liftControl(code: string): HTMLElement {
    const open = el('button', {
      type: 'button',
      className: 'button button--small',
      'aria-label': t('admin.holds.liftLabel', { code }),
      text: t('admin.holds.lift'),
    });
    const inputId = `lift-${code.replace(/[^A-Za-z0-9]/g, '')}`;
    const input = el('input', { id: inputId, type: 'text', minlength: 3, maxlength: 500, required: true });
    const cancel = el('button', { type: 'button', className: 'button button--small', text: t('admin.holds.liftCancel') });
    const form = el('form', { className: 'lift__form', hidden: true, novalidate: true }, [
      el('label', { for: inputId, text: t('admin.holds.liftReason') }),
      input,
      el('button', { type: 'submit', className: 'button button--small button--danger', text: t('admin.holds.liftConfirm') }),
      cancel,
    ]);
    cancel.addEventListener('click', () => {
      form.hidden = true;
      open.hidden = false;
      open.focus();
    });
    open.addEventListener('click', () => {
      open.hidden = true;
      form.hidden = false;
      input.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      byId('holds-error').textContent = '';
      ctx.api.delete(`/staff/api/admin/holds/${encodeURIComponent(code)}`, { reason: input.value }, anyBody).then(
        () => {
          ctx.announcer.say(t('admin.holds.lifted', { code }));
          void loadHolds();
          byId('holds-heading').focus();
        },
        (err: unknown) => fail('holds-error', err, { 409: t('admin.holds.notOnHold') }),
      );
    });
    return el('div', { className: 'lift' }, [open, form]);
  }

  byId('hold-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    byId('holds-error').textContent = '';
    const code = byId('hold-code', HTMLInputElement);
    const reason = byId('hold-reason', HTMLInputElement);
    ctx.api.post('/staff/api/admin/holds', { code: code.value, reason: reason.value }, holdAddedSchema).then(
      (added) => {
        code.value = '';
        reason.value = '';
        ctx.announcer.say(t('admin.holds.added', { code: added.code }));
        void loadHolds();
      },
      (err: unknown) => fail('holds-error', err),
    );
  });

  /* ---- erasure ---- */

  const erasureCode = byId('erasure-code', HTMLInputElement);
  const erasureReason = byId('erasure-reason', HTMLInputElement);
  byId('erasure-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    byId('erasure-error').textContent = '';
    byId('erasure-status').textContent = '';
    const code = erasureCode.value.trim();
    if (!code || erasureReason.value.trim().length < 3) {
      byId('erasure-error').textContent = t('errors.badInput');
      return;
    }
    byId('erasure-confirm-text').textContent = t('admin.erasure.confirmText', { code });
    byId('erasure-confirm').hidden = false;
    byId('erasure-no').focus();
  });
  byId('erasure-no').addEventListener('click', () => {
    byId('erasure-confirm').hidden = true;
    byId('erasure-status').textContent = t('admin.erasure.cancelled');
    erasureCode.focus();
  });
  byId('erasure-yes').addEventListener('click', () => {
    const code = erasureCode.value.trim();
    ctx.api.post('/staff/api/admin/erasure', { code, reason: erasureReason.value }, anyBody).then(
      () => {
        byId('erasure-confirm').hidden = true;
        erasureCode.value = '';
        erasureReason.value = '';
        byId('erasure-status').textContent = t('admin.erasure.done', { code });
        erasureCode.focus();
      },
      (err: unknown) => {
        byId('erasure-confirm').hidden = true;
        fail('erasure-error', err, { 409: t('admin.erasure.onHold') });
      },
    );
  });

  /* ---- retention ---- */

  function runRetention(dryRun: boolean): void {
    byId('retention-error').textContent = '';
    byId('retention-status').textContent = t('admin.retention.busy');
    ctx.api.post('/staff/api/admin/retention/run', { dryRun }, retentionSummarySchema).then(
      (s) => {
        byId('retention-status').textContent = '';
        const rows: [string, number][] = [
          ['endedIdle', s.endedIdle],
          ['anonymisedCopiesMade', s.anonymisedCopiesMade],
          ['rawBotOnly', s.deleted.rawBotOnly],
          ['rawWithCounsellor', s.deleted.rawWithCounsellor],
          ['anonymised', s.deleted.anonymised],
          ['audit', s.deleted.audit],
        ];
        byId('retention-body').replaceChildren(
          ...rows.map(([key, value]) =>
            el('tr', {}, [el('th', { scope: 'row', text: t(`admin.retention.rows.${key}`) }), el('td', { text: String(value) })]),
          ),
        );
        const caption = byId('retention-caption');
        caption.textContent = t(s.dryRun ? 'admin.retention.captionDry' : 'admin.retention.captionRun', {
          time: dateTime(s.now, texts.intlLocale),
        });
        byId('retention-table').hidden = false;
        ctx.announcer.say(caption.textContent);
      },
      (err: unknown) => {
        byId('retention-status').textContent = '';
        fail('retention-error', err, { 409: t('admin.retention.alreadyRunning') });
      },
    );
  }

  byId('retention-dry-run').addEventListener('click', () => runRetention(true));
  byId('retention-run').addEventListener('click', () => {
    byId('retention-confirm').hidden = false;
    byId('retention-no').focus();
  });
  byId('retention-no').addEventListener('click', () => {
    byId('retention-confirm').hidden = true;
    byId('retention-run').focus();
  });
  byId('retention-yes').addEventListener('click', () => {
    byId('retention-confirm').hidden = true;
    runRetention(false);
  });
}
