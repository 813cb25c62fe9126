/**
 * The case-file export as a readable, printable HTML document. Every value passes through the
 * escaping `html` template, so a citizen's message cannot become markup. The one style block
 * carries the response's CSP nonce; the document runs no script.
 */
import type { Catalog, Locale, Translate } from '../../i18n/catalog';
import type { CaseExport } from '../../transcripts/caseExport';
import { minorShownOf } from '../../triage/minorShownOf';
import { SafeHtml, html } from '../citizen/html';
import { labelFor } from './texts';

// overflow-wrap:anywhere everywhere text from people appears: one long unbroken "word" (a URL, a
// key held down) must wrap instead of widening the page to thousands of pixels.
const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:50rem;margin:2rem auto;padding:0 1rem;overflow-wrap:anywhere}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1b1b1b}
dl{display:grid;grid-template-columns:fit-content(14rem) minmax(0,1fr);gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;min-width:0}
ol.lines{list-style:none;padding:0}ol.lines li{border-left:4px solid #767676;padding:.25rem .75rem;margin:.5rem 0;break-inside:avoid}
ol.lines li.citizen{border-left-style:double}ol.lines li.counsellor{border-left-style:dashed}
.who{font-weight:600}.when{color:#4a4a4a;font-size:.9rem}.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 0}
table{border-collapse:collapse;table-layout:fixed;width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;overflow-wrap:anywhere}
.notice{border:2px solid #1b1b1b;padding:.5rem 1rem}
@media print{body{margin:0;max-width:none}a{color:inherit}}
`;

export function renderCaseExport(data: CaseExport, catalog: Catalog, locale: Locale, nonce: string | undefined): string {
  const t = (key: string, params?: Record<string, string | number>) => catalog.t(locale, `review.export.${key}`, params);
  const label = (group: string, id: string) => labelFor(catalog, locale, group, id);
  const when = (iso: string | null) => (iso ? formatTime(iso, locale) : t('none'));
  const answer = (value: unknown) =>
    value === true ? label('answers', 'yes') : value === false ? label('answers', 'no') : label('answers', 'unknown');
  const triage = data.triage;
  // The word signal for a minor is said in the minor's own row (told, guessed or a hint), not as a signal.
  const signals = Array.isArray(triage?.signals)
    ? (triage.signals as unknown[])
        .map(String)
        .filter((s) => s !== 'minor_involved')
        .map((s) => label('signals', s))
        .join(', ')
    : '';
  const sender = (line: CaseExport['transcript'][number]) =>
    line.role === 'counsellor' && line.sender ? `${label('senders', 'counsellor')} ${line.sender}` : label('senders', line.role);

  const doc = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t('title', { code: data.conversation.code })}</title>
<style${nonce ? html` nonce="${nonce}"` : ''}>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<h1>${t('title', { code: data.conversation.code })}</h1>
<p class="notice">${t('confidential')}</p>
<dl>
  <dt>${t('code')}</dt><dd>${data.conversation.code}</dd>
  <dt>${t('conversationId')}</dt><dd>${data.conversation.id}</dd>
  <dt>${t('started')}</dt><dd>${when(data.conversation.startedAt)}</dd>
  <dt>${t('ended')}</dt><dd>${when(data.conversation.endedAt)}</dd>
  <dt>${t('language')}</dt><dd>${label('locales', data.conversation.locale)}</dd>
  <dt>${t('exportedBy')}</dt><dd>${data.exportedBy.name}, ${when(data.exportedAt)}</dd>
</dl>
<h2>${t('triage')}</h2>
${
  triage
    ? html`<dl>
  <dt>${t('form')}</dt><dd>${label('forms', String(triage.form ?? 'unknown'))}</dd>
  <dt>${t('role')}</dt><dd>${triage.role ? label('roles', String(triage.role)) : t('none')}</dd>
  <dt>${t('acute')}</dt><dd>${answer(triage.acute)}</dd>
  <dt>${t('minor')}</dt><dd>${label('minorShown', minorShownOf(triage))}</dd>
  <dt>${t('signals')}</dt><dd>${signals || t('none')}</dd>
  <dt>${t('nextStep')}</dt><dd>${triage.nextStep ? label('nextSteps', String(triage.nextStep)) : t('none')}</dd>
</dl>`
    : html`<p>${t('noTriage')}</p>`
}
<h2>${t('handoffs')}</h2>
${data.handoffs.length === 0 ? html`<p>${t('noHandoffs')}</p>` : handoffTable(data, t, when, label)}
<h2>${t('notes')}</h2>
${data.notes.length === 0 ? html`<p>${t('noNotes')}</p>` : html`<ul>${data.notes.map((n) => html`<li><span class="who">${n.counsellor}</span> <span class="when">${when(n.at)}</span><p class="text">${n.text}</p></li>`)}</ul>`}
<h2>${t('transcript')}</h2>
${
  data.transcript.length === 0
    ? html`<p>${t('noTranscript')}</p>`
    : html`<ol class="lines">${data.transcript.map((l) => html`<li class="${l.role}"><span class="who">${sender(l)}</span> <span class="when">${when(l.at)}</span><p class="text">${l.text}</p></li>`)}</ol>`
}
</main>
</body>
</html>
`;
  return doc.value;
}

function handoffTable(
  data: CaseExport,
  t: Translate,
  when: (iso: string | null) => string,
  label: (group: string, id: string) => string,
): SafeHtml {
  return html`<table>
<thead><tr><th scope="col">${t('queued')}</th><th scope="col">${t('accepted')}</th><th scope="col">${t('counsellor')}</th><th scope="col">${t('outcome')}</th></tr></thead>
<tbody>${data.handoffs.map(
    (h) =>
      html`<tr><td>${when(h.queuedAt)}</td><td>${when(h.acceptedAt)}</td><td>${h.counsellor ?? t('none')}</td><td>${h.outcome ? label('outcomes', h.outcome) : label('handoffStatus', h.status)}</td></tr>`,
  )}</tbody>
</table>`;
}

function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
