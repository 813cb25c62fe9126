/**
 * The citizen chat page. Server-rendered so it reads well before (and without) JavaScript:
 * the 112 line, the phone number and the quick exit link work even when the widget cannot load.
 * The chat comes first (on a phone its input is on the first screen); the 112 line and the quick
 * exit stay in the sticky top bar. Texts come from locales/<lang>/web.json; the chat script reads
 * its texts and the length limit from a JSON block, so no sentence lives in JavaScript.
 */
import type { Catalog, Locale, Translate } from '../../i18n/catalog';
import { TEXT_KEYS, type ChatConfig, type Texts } from '../browser/chat/config';
import { escapeHtml, html, SafeHtml } from './html';

export interface CitizenPageUrls {
  /**
   * The page's styles (base.css, then citizen.css) as text, put inline: on a slow phone network
   * two render-blocking requests would cost two round trips before anything shows.
   */
  inlineCss: string;
  icon: string;
  quickExitJs: string;
  chatJs: string;
}

export interface CitizenPageModel {
  catalog: Catalog;
  locale: Locale;
  quickExitUrl: string;
  /** Per-response CSP nonce; absent when no security header middleware runs. */
  nonce: string | undefined;
  urls: CitizenPageUrls;
  /** The server's limit on a message, shown to the citizen while typing. */
  messageMaxChars: number;
}

export function renderCitizenPage(model: CitizenPageModel): string {
  const { catalog, locale, nonce, urls } = model;
  const t = (key: string, params?: Record<string, string | number>) => catalog.t(locale, `web.${key}`, params);
  const page = html`<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="description" content="${t('intro.lead')}">
<title>${t('title')}</title>
<link rel="icon" href="${urls.icon}" type="image/svg+xml">
${styleBlock(urls.inlineCss, nonce)}
<script defer src="${urls.quickExitJs}"${nonceAttr(nonce)}></script>
<script async src="${urls.chatJs}"${nonceAttr(nonce)}></script>
</head>
<body>
${topBar(model, t)}
<header class="site-header">
  <div class="container site-header__inner">
    <p class="brand"><span class="brand__name">${t('brand')}</span> <span class="brand__tagline">${t('tagline')}</span></p>
    <a class="language-switch" href="${t('language.switchHref')}" hreflang="${t('language.switchLang')}" lang="${t('language.switchLang')}" aria-label="${t('language.switchLabel')}">${t('language.switchText')}</a>
  </div>
</header>
<main id="main" class="container">
  <div class="layout">
    ${chatRegion(model, t)}
    <div class="layout__about">
      <section class="danger" aria-labelledby="danger-heading">
        <h2 id="danger-heading"><a href="${t('danger.phoneHref')}">${t('danger.heading')}</a></h2>
        <p>${t('danger.text')}</p>
      </section>
      <p class="lead">${t('intro.lead')}</p>
      <p>${t('intro.forWhom')}</p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">${t('how.heading')}</h2>
        <ul class="facts">
          <li>${t('how.bot')}</li>
          <li>${t('how.counsellor')}</li>
          <li>${t('how.anonymous')}</li>
          <li>${t('how.noReport')}</li>
        </ul>
      </section>
      <section class="phone" aria-labelledby="phone-heading">
        <h2 id="phone-heading">${t('phone.heading')}</h2>
        <p>${t('phone.text')}</p>
        <p><a class="phone__number" href="${t('phone.href')}">${t('phone.number')}</a></p>
      </section>
      <section aria-labelledby="safety-heading">
        <h2 id="safety-heading">${t('safety.heading')}</h2>
        <p>${t('safety.sharedDevice')}</p>
        <p>${t('safety.noTrace')}</p>
      </section>
    </div>
  </div>
</main>
<footer class="site-footer">
  <div class="container"><p>${t('footer.text')}</p></div>
</footer>
</body>
</html>
`;
  return page.value;
}

/** Our own stylesheets, checked when they are read, so they cannot end the element early. */
function styleBlock(css: string, nonce: string | undefined): SafeHtml {
  if (/<\/style/i.test(css)) throw new Error('A stylesheet contains "</style" and cannot be inlined.');
  return new SafeHtml(`<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${css}</style>`);
}

function nonceAttr(nonce: string | undefined): SafeHtml | '' {
  return nonce ? html` nonce="${nonce}"` : '';
}

/**
 * Always on screen, also while chatting: the 112 line and the quick exit, first in the tab
 * order (the GOV.UK "Exit this page" pattern).
 */
function topBar(model: CitizenPageModel, t: Translate): SafeHtml {
  return html`<div class="exit-bar" role="region" aria-label="${t('quickExit.regionLabel')}">
  <div class="container exit-bar__inner">
    <a id="quick-exit" class="quick-exit" role="button" href="${model.quickExitUrl}" rel="nofollow noreferrer"
       aria-describedby="quick-exit-hint"
       data-presses-left-many="${t('quickExit.pressesLeftMany')}"
       data-presses-left-one="${t('quickExit.pressesLeftOne')}"
       data-reset="${t('quickExit.reset')}"
       data-leaving="${t('quickExit.leaving')}">${t('quickExit.label')}</a>
    <a class="skip-link" href="#chat-input">${t('skipLink')}</a>
    <a class="danger-line" href="${t('danger.phoneHref')}">${t('danger.short')}</a>
    <p id="quick-exit-hint" class="exit-bar__hint">${t('quickExit.hint')}</p>
  </div>
  <div id="quick-exit-status" class="visually-hidden" role="status" aria-live="polite"></div>
</div>`;
}

/** JSON for a <script type="application/json"> block: `<` escaped so no text can close the tag. */
function jsonBlock(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}

function chatRegion(model: CitizenPageModel, t: Translate): SafeHtml {
  // The chat's texts are locales/<lang>/web.json, web.chat.client.*; the keys are the script's own.
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, t(`chat.client.${key}`)])) as Texts;
  const config: ChatConfig = { locale: model.locale, maxChars: model.messageMaxChars, texts };
  return html`<section id="chat" class="chat" aria-labelledby="chat-heading">
      <div class="chat__head">
        <h1 id="chat-heading">${t('intro.heading')}</h1>
      </div>
      <div id="chat-error" class="chat__error" role="alert" hidden>
        <h2>${t('chat.errorHeading')}</h2>
        <p>${t('chat.errorText')}</p>
        <p><a href="${t('danger.phoneHref')}"><strong>${t('chat.errorDanger')}</strong></a></p>
        <p><a href="${t('phone.href')}">${t('chat.errorPhone')}</a></p>
      </div>
      <div id="chat-ui" class="chat__ui">
        <div id="chat-leave" class="chat__leave" role="group" aria-labelledby="chat-leave-text" hidden>
          <p id="chat-leave-text">${t('chat.leave.text')}</p>
          <div class="chat__leave-actions">
            <button id="chat-leave-stay" class="chat__leave-stay" type="button">${t('chat.leave.stay')}</button>
            <button id="chat-leave-go" class="chat__leave-go" type="button">${t('chat.leave.go')}</button>
          </div>
        </div>
        <p id="chat-status" class="chat__status" role="status" hidden></p>
        <div id="chat-scroll" class="chat__scroll" tabindex="0">
          <div id="chat-log" class="chat__log" role="log" aria-live="polite" aria-label="${t('chat.logLabel')}">
            <p class="chat__loading" id="chat-loading">${t('chat.loading')}</p>
          </div>
          <p id="chat-typing" class="chat__typing" hidden></p>
          <div id="chat-choices" class="chat__choices" role="group" aria-label="${t('chat.client.choicesLabel')}" hidden></div>
        </div>
        <form id="chat-form" class="chat__form" novalidate>
          <label class="visually-hidden" for="chat-input">${t('chat.inputLabel')}</label>
          <textarea id="chat-input" class="chat__input" rows="1" placeholder="${t('chat.inputPlaceholder')}" autocomplete="off" aria-describedby="chat-count chat-too-long"></textarea>
          <button id="chat-send" class="chat__send" type="submit">${t('chat.send')}</button>
          <p id="chat-count" class="chat__count"></p>
          <p id="chat-too-long" class="chat__too-long" role="alert" hidden></p>
          <button id="chat-person" class="chat__person" type="button">${texts.askPerson}</button>
        </form>
        <p class="chat__note">${t('chat.reloadNote')}</p>
        <div id="chat-ended" class="chat__ended" hidden>
          <p id="chat-ended-text"></p>
          <div id="chat-draft" class="chat__draft" hidden></div>
          <button id="chat-restart" class="chat__restart" type="button" aria-describedby="chat-ended-text">${t('chat.newChat')}</button>
        </div>
        <div id="chat-wipe-offer" class="chat__wipe" hidden>
          <p id="chat-wipe-hint">${t('chat.wipeHint')}</p>
          <button id="chat-wipe" class="chat__wipe-button" type="button" aria-describedby="chat-wipe-hint">${t('chat.wipe')}</button>
        </div>
        <p id="chat-announce" class="visually-hidden" role="status" aria-live="polite"></p>
      </div>
      <noscript><p class="chat__notice">${t('chat.noscript')}</p></noscript>
      <script type="application/json" id="chat-config">${jsonBlock(config)}</script>
    </section>`;
}
