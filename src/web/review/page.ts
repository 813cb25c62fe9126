/**
 * /staff/review: the supervisor's page. The server renders the frame, the filter and period
 * forms and the empty regions; the staff-review.js bundle fills them from the review API (anonymised copies
 * only) and draws the charts as inline SVG.
 */
import { OUTCOMES } from '../../handoff/service';
import { FORMS } from '../../nlu/recognizer';
import { QA_FLAGS } from '../../transcripts/qaFlags';
import { html, type SafeHtml } from '../citizen/html';
import { options, renderFrame, translator, type ReviewPageModel, type Translate } from './layout';
import { labelFor } from './texts';

export function renderReviewPage(model: ReviewPageModel): string {
  const t = translator(model);
  const label = (group: string, id: string) => labelFor(model.catalog, model.locale, group, id);
  const yesNo = [
    { value: 'true', label: label('answers', 'yes') },
    { value: 'false', label: label('answers', 'no') },
  ];
  return renderFrame(
    model,
    'review',
    html`<h1 class="visually-hidden">${t('reviewProduct')}</h1>
  <section id="list" class="panel" aria-labelledby="list-heading" tabindex="-1">
    <h2 id="list-heading" tabindex="-1">${t('list.heading')}</h2>
    <p>${t('list.intro')}</p>
    <form id="filters" class="filters" novalidate>
      <fieldset>
        <legend>${t('list.filters')}</legend>
        ${dateField('filter-from', 'from', t('list.from'))}
        ${dateField('filter-to', 'to', t('list.to'))}
        ${select(
          'filter-form',
          'form',
          t('list.form'),
          options(
            t('list.any'),
            FORMS.map((f) => ({ value: f, label: label('forms', f) })),
          ),
        )}
        ${select('filter-acute', 'acute', t('list.acute'), options(t('list.any'), yesNo))}
        ${select(
          'filter-outcome',
          'outcome',
          t('list.outcome'),
          options(
            t('list.any'),
            OUTCOMES.map((o) => ({ value: o, label: label('outcomes', o) })),
          ),
        )}
        ${select('filter-handed-off', 'handedOff', t('list.handedOff'), options(t('list.any'), yesNo))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button--primary">${t('list.apply')}</button>
        <button type="reset" class="button">${t('list.reset')}</button>
      </div>
    </form>
    <p id="list-error" class="form__error" role="alert"></p>
    <p id="list-status" class="muted" aria-live="polite"></p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="${t('list.caption')}">
      <table id="list-table" class="data" hidden>
        <caption class="visually-hidden">${t('list.caption')}</caption>
        <thead><tr>
          <th scope="col">${t('list.columns.started')}</th>
          <th scope="col">${t('list.columns.form')}</th>
          <th scope="col">${t('list.columns.acute')}</th>
          <th scope="col">${t('list.columns.handedOff')}</th>
          <th scope="col">${t('list.columns.outcome')}</th>
          <th scope="col">${t('list.columns.wait')}</th>
          <th scope="col"><span class="visually-hidden">${t('list.columns.open')}</span></th>
        </tr></thead>
        <tbody id="list-body"></tbody>
      </table>
    </div>
    <nav class="pager" aria-label="${t('list.pager')}">
      <button type="button" id="list-previous" class="button" disabled>${t('list.previous')}</button>
      <button type="button" id="list-next" class="button" disabled>${t('list.next')}</button>
    </nav>
  </section>
  ${detail(t, label)}
  ${statistics(t)}`,
  );
}

function dateField(id: string, name: string, text: string): SafeHtml {
  return html`<div class="field field--inline"><label for="${id}">${text}</label><input id="${id}" name="${name}" type="date"></div>`;
}

function select(id: string, name: string, text: string, choices: SafeHtml): SafeHtml {
  return html`<div class="field field--inline"><label for="${id}">${text}</label><select id="${id}" name="${name}">${choices}</select></div>`;
}

function detail(t: Translate, label: (group: string, id: string) => string): SafeHtml {
  return html`<section id="detail" class="panel" aria-labelledby="detail-heading" tabindex="-1" hidden>
    <button type="button" id="detail-back" class="button button--quiet">${t('detail.back')}</button>
    <h2 id="detail-heading" tabindex="-1">${t('detail.headingEmpty')}</h2>
    <p class="muted">${t('detail.placeholderHint')}</p>
    <p id="detail-error" class="form__error" role="alert"></p>
    <div class="detail">
      <div class="detail__summary">
        <h3>${t('detail.summary')}</h3>
        <dl id="detail-summary" class="summary"></dl>
      </div>
      <div class="detail__lines">
        <h3>${t('detail.transcript')}</h3>
        <ol id="detail-lines" class="lines"></ol>
      </div>
    </div>
    <section class="flags" aria-labelledby="flags-heading">
      <h3 id="flags-heading">${t('flags.heading')}</h3>
      <ul id="flag-list" class="flag-list"></ul>
      <form id="flag-form" class="form" novalidate>
        ${select('flag-kind', 'flag', t('flags.flag'), html`${QA_FLAGS.map((f) => html`<option value="${f}">${label('flags', f)}</option>`)}`)}
        <div class="field">
          <label for="flag-comment">${t('flags.comment')}</label>
          <p id="flag-comment-hint" class="hint">${t('flags.commentHint')}</p>
          <textarea id="flag-comment" name="comment" rows="3" maxlength="2000" aria-describedby="flag-comment-hint"></textarea>
        </div>
        <p id="flag-error" class="form__error" role="alert"></p>
        <button type="submit" class="button button--primary">${t('flags.save')}</button>
      </form>
    </section>
  </section>`;
}

function statistics(t: Translate): SafeHtml {
  return html`<section id="stats" class="panel" aria-labelledby="stats-heading" tabindex="-1">
    <h2 id="stats-heading">${t('stats.heading')}</h2>
    <p>${t('stats.intro')}</p>
    <form id="stats-form" class="filters" novalidate>
      <fieldset>
        <legend>${t('stats.period')}</legend>
        ${dateField('stats-from', 'from', t('stats.from'))}
        ${dateField('stats-to', 'to', t('stats.to'))}
      </fieldset>
      <div class="actions"><button type="submit" class="button button--primary">${t('stats.apply')}</button></div>
    </form>
    <p id="stats-error" class="form__error" role="alert"></p>
    <p id="stats-status" class="muted" aria-live="polite"></p>
    <dl id="stats-tiles" class="tiles"></dl>
    <div id="stats-charts" class="charts"></div>
  </section>`;
}
