/**
 * The frame the review and admin pages share: head with the strict-CSP script tags and the
 * texts data block, the top bar, the login form (it posts to /staff/api/login through
 * the page's bundled script) and the "wrong role" notice. Every value goes through the escaping template.
 */
import type { Catalog, Locale, Translate } from '../../i18n/catalog';
import { html, type SafeHtml } from '../citizen/html';
import { loginForm } from '../staff/loginForm';
import { jsonForScriptBlock } from '../staff/texts';
import { reviewTexts } from './texts';

export interface ReviewPageUrls {
  /** Shared palette and base typography (base.css), before the page's own stylesheet. */
  baseCss: string;
  css: string;
  icon: string;
  /** In load order; all deferred. */
  scripts: readonly string[];
}

export interface ReviewPageModel {
  catalog: Catalog;
  locale: Locale;
  nonce: string | undefined;
  urls: ReviewPageUrls;
}

export function translator(model: ReviewPageModel): Translate {
  return (key, params) => model.catalog.t(model.locale, `review.${key}`, params);
}

/** `page` is 'review' or 'admin': it picks the title, the role the scripts require and the language link. */
export function renderFrame(model: ReviewPageModel, page: 'review' | 'admin', body: SafeHtml): string {
  const t = translator(model);
  const nonceAttr = model.nonce ? html` nonce="${model.nonce}"` : '';
  const role = page === 'review' ? 'supervisor' : 'admin';
  return html`<!doctype html>
<html lang="${model.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${t(`${page}Title`)}</title>
<link rel="icon" href="${model.urls.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${model.urls.baseCss}">
<link rel="stylesheet" href="${model.urls.css}">
${model.urls.scripts.map((src) => html`<script defer src="${src}"${nonceAttr}></script>\n`)}<script type="application/json" id="review-texts">${jsonForScriptBlock(reviewTexts(model.catalog, model.locale))}</script>
</head>
<body data-page="${page}" data-role="${role}">
<a class="skip-link" href="#main">${t('skipLink')}</a>
<header class="bar">
  <p class="brand"><span class="brand__name">${t('brand')}</span> <span class="brand__product">${t(`${page}Product`)}</span></p>
  <nav class="bar__nav" aria-label="${t('nav.label')}">
    <a href="/staff/review"${page === 'review' ? html` aria-current="page"` : ''}>${t('nav.review')}</a>
    <a href="/staff/admin"${page === 'admin' ? html` aria-current="page"` : ''}>${t('nav.admin')}</a>
  </nav>
  <div id="session-bar" class="bar__session" hidden>
    <span id="signed-in-as" class="bar__user"></span>
    <button type="button" id="logout" class="button button--quiet">${t('session.logout')}</button>
  </div>
  <a class="language-switch" href="/staff/${page}?lang=${t('language.switchLang')}" hreflang="${t('language.switchLang')}" lang="${t('language.switchLang')}" aria-label="${t('language.switchLabel')}">${t('language.switchText')}</a>
</header>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<main id="main" class="main" tabindex="-1">
  <p id="starting" class="muted">${t('starting')}</p>
  <noscript><p>${t('noscript')}</p></noscript>
  ${loginForm(t, 'narrow')}
  <section id="wrong-role" class="panel narrow" aria-labelledby="wrong-role-heading" hidden>
    <h1 id="wrong-role-heading">${t('session.wrongRoleHeading')}</h1>
    <p id="wrong-role-text"></p>
  </section>
  <div id="workspace" hidden>
${body}
  </div>
</main>
</body>
</html>
`.value;
}

/** `<option>`s for a select: the "any" choice first, then each id with its label. */
export function options(anyLabel: string, items: readonly { value: string; label: string }[]): SafeHtml {
  return html`<option value="">${anyLabel}</option>${items.map((i) => html`<option value="${i.value}">${i.label}</option>`)}`;
}

export type { Translate };
