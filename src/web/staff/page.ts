/**
 * The counsellor console page. The server renders the frame (login form, header, queue and chat
 * areas) with texts from locales/<lang>/console.json; the browser scripts build queue items and
 * chat panels from the staff API and read every text they need from a JSON data block, so no
 * sentence lives in JavaScript. Data blocks are not executed, so the strict CSP stays as it is.
 */
import type { Catalog, Locale, Translate } from '../../i18n/catalog';
import { html, type SafeHtml } from '../citizen/html';
import { loginForm } from './loginForm';
import { consoleTexts, jsonForScriptBlock } from './texts';

export interface StaffPageUrls {
  /** Shared palette and base typography (base.css), before the page's own stylesheet. */
  baseCss: string;
  css: string;
  icon: string;
  /** In load order; every script is deferred, so they run in this order after parsing. */
  scripts: readonly string[];
}

export interface StaffPageModel {
  catalog: Catalog;
  locale: Locale;
  /** Per-response CSP nonce; absent when no security header middleware runs. */
  nonce: string | undefined;
  urls: StaffPageUrls;
}

export function renderStaffPage(model: StaffPageModel): string {
  const { catalog, locale, nonce, urls } = model;
  const t = (key: string, params?: Record<string, string | number>) => catalog.t(locale, `console.${key}`, params);
  const nonceAttr = nonce ? html` nonce="${nonce}"` : '';
  const page = html`<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${t('title')}</title>
<link rel="icon" href="${urls.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${urls.baseCss}">
<link rel="stylesheet" href="${urls.css}">
${urls.scripts.map((src) => html`<script defer src="${src}"${nonceAttr}></script>\n`)}<script type="application/json" id="console-texts">${jsonForScriptBlock(consoleTexts(catalog, locale))}</script>
</head>
<body>
<a class="skip-link" href="#main">${t('skipLink')}</a>
${header(t)}
<div id="alert-banner" class="alert-banner" hidden>
  <ul id="alert-list" class="alert-banner__list"></ul>
</div>
<div id="alert-live" class="visually-hidden" role="alert" aria-live="assertive"></div>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<main id="main" class="main" tabindex="-1">
  <p id="starting" class="starting">${t('starting')}</p>
  <noscript><p class="starting">${t('noscript')}</p></noscript>
  ${loginForm(t, 'login')}
  <section id="wrong-role" class="panel login" aria-labelledby="wrong-role-heading" hidden>
    <h1 id="wrong-role-heading">${t('session.wrongRoleHeading')}</h1>
    <p id="wrong-role-text"></p>
  </section>
  ${workspace(t)}
</main>
</body>
</html>
`;
  return page.value;
}

function header(t: Translate): SafeHtml {
  return html`<header class="bar">
  <p class="brand"><span class="brand__name">${t('brand')}</span> <span class="brand__product">${t('product')}</span></p>
  <div id="session-bar" class="bar__session" hidden>
    <span id="signed-in-as" class="bar__user"></span>
    <span class="availability">
      <input type="checkbox" id="availability" role="switch" aria-describedby="availability-state">
      <label for="availability">${t('availability.label')}</label>
      <span id="availability-state" class="availability__state"></span>
    </span>
    <span id="connection" class="connection" role="status"></span>
    <button type="button" id="logout" class="button button--quiet">${t('session.logout')}</button>
  </div>
  <a class="language-switch" href="${t('language.switchHref')}" hreflang="${t('language.switchLang')}" lang="${t('language.switchLang')}" aria-label="${t('language.switchLabel')}">${t('language.switchText')}</a>
</header>`;
}

/** Sound and notification switches (opt-in, remembered per counsellor) and the shortcut list. */
function tools(t: Translate): SafeHtml {
  return html`<div class="tools">
      <details class="tools__group" id="prefs">
        <summary>${t('prefs.heading')}</summary>
        <p class="muted small">${t('prefs.intro')}</p>
        <div class="check"><input type="checkbox" id="pref-sound"><label for="pref-sound">${t('prefs.sound')}</label></div>
        <div class="check"><input type="checkbox" id="pref-notify"><label for="pref-notify">${t('prefs.notify')}</label></div>
        <p id="prefs-status" class="muted small" role="status"></p>
      </details>
      <details class="tools__group" id="shortcuts">
        <summary>${t('shortcuts.heading')}</summary>
        <dl id="shortcut-list" class="shortcuts"></dl>
      </details>
    </div>`;
}

function workspace(t: Translate): SafeHtml {
  return html`<div id="workspace" class="workspace" hidden>
    <h1 class="visually-hidden">${t('workspace.heading')}</h1>
    <section class="queue" aria-labelledby="queue-heading" tabindex="-1">
      <h2 id="queue-heading">${t('queue.heading')} <span id="queue-count" class="count"></span></h2>
      <p id="queue-message" class="form__error" role="alert"></p>
      <p id="queue-empty" class="muted">${t('queue.empty')}</p>
      <ul id="queue-list" class="queue__list"></ul>
      <p id="queue-status" class="muted small"></p>
      ${tools(t)}
    </section>
    <section class="chats" aria-labelledby="chats-heading">
      <h2 id="chats-heading" class="visually-hidden">${t('chats.heading')}</h2>
      <div id="chat-tabs" class="tabs" role="tablist" aria-labelledby="chats-heading"></div>
      <p id="chats-empty" class="chats__empty muted">${t('chats.empty')}</p>
      <div id="chat-panels" class="chats__panels"></div>
    </section>
  </div>`;
}
