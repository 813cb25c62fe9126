/**
 * /staff/admin: audit log search, legal holds, erasure on request (with a confirmation step) and
 * the retention purge. The server renders the forms; the staff-admin.js bundle talks to the admin API.
 */
import { AUDIT_ACTIONS } from '../../staff/audit';
import { html, type SafeHtml } from '../citizen/html';
import { options, renderFrame, translator, type ReviewPageModel, type Translate } from './layout';
import { labelFor } from './texts';

export function renderAdminPage(model: ReviewPageModel): string {
  const t = translator(model);
  const label = (group: string, id: string) => labelFor(model.catalog, model.locale, group, id);
  return renderFrame(
    model,
    'admin',
    html`<h1 class="visually-hidden">${t('adminProduct')}</h1>
  ${audit(
    t,
    options(
      t('admin.audit.anyAction'),
      AUDIT_ACTIONS.map((a) => ({ value: a, label: label('auditActions', a) })),
    ),
  )}
  ${holds(t)}
  ${erasure(t)}
  ${retention(t)}`,
  );
}

function field(id: string, name: string, text: string, extra: SafeHtml | string = '', hint?: string): SafeHtml {
  const described = hint ? html` aria-describedby="${id}-hint"` : '';
  return html`<div class="field field--inline"><label for="${id}">${text}</label>${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : ''}<input id="${id}" name="${name}"${described}${extra}></div>`;
}

function audit(t: Translate, actions: SafeHtml): SafeHtml {
  return html`<section id="audit" class="panel" aria-labelledby="audit-heading">
    <h2 id="audit-heading">${t('admin.audit.heading')}</h2>
    <form id="audit-form" class="filters" novalidate>
      <fieldset>
        <legend>${t('admin.audit.filters')}</legend>
        <div class="field field--inline"><label for="audit-actor">${t('admin.audit.actor')}</label><select id="audit-actor" name="actor"><option value="">${t('admin.audit.anyone')}</option></select></div>
        <div class="field field--inline"><label for="audit-action">${t('admin.audit.action')}</label><select id="audit-action" name="action">${actions}</select></div>
        ${field('audit-conversation', 'conversationId', t('admin.audit.conversationId'), html` type="text" autocomplete="off" spellcheck="false" maxlength="200"`)}
        ${field('audit-from', 'from', t('admin.audit.from'), html` type="date"`)}
        ${field('audit-to', 'to', t('admin.audit.to'), html` type="date"`)}
      </fieldset>
      <div class="actions"><button type="submit" class="button button--primary">${t('admin.audit.search')}</button> <button type="reset" class="button">${t('admin.audit.reset')}</button></div>
    </form>
    <p id="audit-error" class="form__error" role="alert"></p>
    <p id="audit-status" class="muted" aria-live="polite"></p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="${t('admin.audit.caption')}">
      <table id="audit-table" class="data" hidden>
        <caption class="visually-hidden">${t('admin.audit.caption')}</caption>
        <thead><tr>
          <th scope="col">${t('admin.audit.columns.at')}</th>
          <th scope="col">${t('admin.audit.columns.actor')}</th>
          <th scope="col">${t('admin.audit.columns.action')}</th>
          <th scope="col">${t('admin.audit.columns.conversation')}</th>
          <th scope="col">${t('admin.audit.columns.detail')}</th>
        </tr></thead>
        <tbody id="audit-body"></tbody>
      </table>
    </div>
    <nav class="pager" aria-label="${t('admin.audit.pager')}">
      <button type="button" id="audit-previous" class="button" disabled>${t('admin.audit.previous')}</button>
      <button type="button" id="audit-next" class="button" disabled>${t('admin.audit.next')}</button>
    </nav>
  </section>`;
}

function holds(t: Translate): SafeHtml {
  return html`<section id="holds" class="panel" aria-labelledby="holds-heading">
    <h2 id="holds-heading" tabindex="-1">${t('admin.holds.heading')}</h2>
    <p>${t('admin.holds.intro')}</p>
    <p id="holds-error" class="form__error" role="alert"></p>
    <p id="holds-status" class="muted" aria-live="polite"></p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="${t('admin.holds.caption')}">
      <table id="holds-table" class="data" hidden>
        <caption class="visually-hidden">${t('admin.holds.caption')}</caption>
        <thead><tr>
          <th scope="col">${t('admin.holds.code')}</th>
          <th scope="col">${t('admin.holds.reason')}</th>
          <th scope="col">${t('admin.holds.since')}</th>
          <th scope="col">${t('admin.holds.action')}</th>
        </tr></thead>
        <tbody id="holds-body"></tbody>
      </table>
    </div>
    <form id="hold-form" class="form" novalidate>
      <h3>${t('admin.holds.addHeading')}</h3>
      ${field('hold-code', 'code', t('admin.holds.code'), html` type="text" autocomplete="off" spellcheck="false" required maxlength="200"`)}
      ${field('hold-reason', 'reason', t('admin.holds.reason'), html` type="text" required minlength="3" maxlength="500"`, t('admin.reasonHint'))}
      <button type="submit" class="button button--primary">${t('admin.holds.addSubmit')}</button>
    </form>
  </section>`;
}

function erasure(t: Translate): SafeHtml {
  return html`<section id="erasure" class="panel" aria-labelledby="erasure-heading">
    <h2 id="erasure-heading">${t('admin.erasure.heading')}</h2>
    <p>${t('admin.erasure.intro')}</p>
    <form id="erasure-form" class="form" novalidate>
      ${field('erasure-code', 'code', t('admin.erasure.code'), html` type="text" autocomplete="off" spellcheck="false" required maxlength="200"`)}
      ${field('erasure-reason', 'reason', t('admin.erasure.reason'), html` type="text" required minlength="3" maxlength="500"`, t('admin.reasonHint'))}
      <button type="submit" class="button button--danger">${t('admin.erasure.submit')}</button>
    </form>
    <div id="erasure-confirm" class="confirm" role="group" aria-labelledby="erasure-confirm-heading" tabindex="-1" hidden>
      <h3 id="erasure-confirm-heading">${t('admin.erasure.confirmHeading')}</h3>
      <p id="erasure-confirm-text"></p>
      <div class="actions">
        <button type="button" id="erasure-yes" class="button button--danger">${t('admin.erasure.confirm')}</button>
        <button type="button" id="erasure-no" class="button">${t('admin.erasure.cancel')}</button>
      </div>
    </div>
    <p id="erasure-error" class="form__error" role="alert"></p>
    <p id="erasure-status" class="status" aria-live="polite"></p>
  </section>`;
}

function retention(t: Translate): SafeHtml {
  return html`<section id="retention" class="panel" aria-labelledby="retention-heading">
    <h2 id="retention-heading">${t('admin.retention.heading')}</h2>
    <p>${t('admin.retention.intro')}</p>
    <div class="actions">
      <button type="button" id="retention-dry-run" class="button button--primary">${t('admin.retention.dryRun')}</button>
      <button type="button" id="retention-run" class="button button--danger">${t('admin.retention.run')}</button>
    </div>
    <div id="retention-confirm" class="confirm" role="group" aria-labelledby="retention-confirm-heading" tabindex="-1" hidden>
      <h3 id="retention-confirm-heading">${t('admin.retention.confirmHeading')}</h3>
      <p>${t('admin.retention.confirmText')}</p>
      <div class="actions">
        <button type="button" id="retention-yes" class="button button--danger">${t('admin.retention.confirm')}</button>
        <button type="button" id="retention-no" class="button">${t('admin.retention.cancel')}</button>
      </div>
    </div>
    <p id="retention-error" class="form__error" role="alert"></p>
    <p id="retention-status" class="muted" aria-live="polite"></p>
    <table id="retention-table" class="data data--compact" hidden>
      <caption id="retention-caption"></caption>
      <tbody id="retention-body"></tbody>
    </table>
  </section>`;
}
