/**
 * The citizen chat page. Server-rendered so it reads well before (and without) JavaScript:
 * the 112 line, the phone number and the quick exit link work even when the widget cannot load.
 * Texts come from locales/<lang>/web.json; the browser scripts read their texts and settings
 * from data attributes, so no sentence lives in JavaScript.
 */
import type { Catalog, Locale, Translate } from '../../i18n/catalog';
import { html, type SafeHtml } from './html';

export interface CitizenPageUrls {
  /** Shared palette and base typography (base.css), before the page's own stylesheet. */
  baseCss: string;
  css: string;
  icon: string;
  quickExitJs: string;
  citizenJs: string;
  webChatJs: string;
}

export interface CitizenPageModel {
  catalog: Catalog;
  locale: Locale;
  quickExitUrl: string;
  /** Per-response CSP nonce; absent when no security header middleware runs. */
  nonce: string | undefined;
  urls: CitizenPageUrls;
}

/** Web Chat's own UI strings are chosen by a BCP 47 tag. */
const WEBCHAT_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-US' };

export function renderCitizenPage(model: CitizenPageModel): string {
  const { catalog, locale, nonce, urls } = model;
  const t = (key: string, params?: Record<string, string | number>) => catalog.t(locale, `web.${key}`, params);
  const page = html`<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('title')}</title>
<link rel="icon" href="${urls.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${urls.baseCss}">
<link rel="stylesheet" href="${urls.css}">
<script defer src="${urls.quickExitJs}"${nonceAttr(nonce)}></script>
<script defer src="${urls.webChatJs}"></script>
<script defer src="${urls.citizenJs}"${nonceAttr(nonce)}></script>
</head>
<body>
${quickExit(model, t)}
<a class="skip-link" href="#chat">${t('skipLink')}</a>
<header class="site-header">
  <div class="container site-header__inner">
    <p class="brand"><span class="brand__name">${t('brand')}</span> <span class="brand__tagline">${t('tagline')}</span></p>
    <a class="language-switch" href="${t('language.switchHref')}" hreflang="${t('language.switchLang')}" lang="${t('language.switchLang')}" aria-label="${t('language.switchLabel')}">${t('language.switchText')}</a>
  </div>
</header>
<main id="main" class="container">
  <h1>${t('intro.heading')}</h1>
  <div class="layout">
    <div class="layout__intro">
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
    </div>
    ${chatRegion(model, t)}
    <div class="layout__more">
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

/** citizen.js reads `document.currentScript.nonce` and hands it to Web Chat for its styles. */
function nonceAttr(nonce: string | undefined): SafeHtml | '' {
  return nonce ? html` nonce="${nonce}"` : '';
}

/** First in the tab order and sticky, as in the GOV.UK "Exit this page" pattern. */
function quickExit(model: CitizenPageModel, t: Translate): SafeHtml {
  return html`<div class="exit-bar" role="region" aria-label="${t('quickExit.regionLabel')}">
  <div class="container exit-bar__inner">
    <a id="quick-exit" class="quick-exit" role="button" href="${model.quickExitUrl}" rel="nofollow noreferrer"
       aria-describedby="quick-exit-hint"
       data-presses-left-many="${t('quickExit.pressesLeftMany')}"
       data-presses-left-one="${t('quickExit.pressesLeftOne')}"
       data-reset="${t('quickExit.reset')}"
       data-leaving="${t('quickExit.leaving')}">${t('quickExit.label')}</a>
    <p id="quick-exit-hint" class="exit-bar__hint">${t('quickExit.hint')}</p>
  </div>
  <div id="quick-exit-status" class="visually-hidden" role="status" aria-live="polite"></div>
</div>`;
}

function chatRegion(model: CitizenPageModel, t: Translate): SafeHtml {
  return html`<section id="chat" class="chat" aria-labelledby="chat-heading" tabindex="-1">
      <h2 id="chat-heading">${t('chat.heading')}</h2>
      <div id="chat-error" class="chat__error" role="alert" hidden>
        <h3>${t('chat.errorHeading')}</h3>
        <p>${t('chat.errorText')}</p>
        <p><a href="${t('danger.phoneHref')}"><strong>${t('chat.errorDanger')}</strong></a></p>
        <p><a href="${t('phone.href')}">${t('chat.errorPhone')}</a></p>
      </div>
      <div id="webchat" class="chat__widget" data-locale="${model.locale}" data-webchat-locale="${WEBCHAT_LOCALES[model.locale]}"
           data-input-placeholder="${t('chat.inputPlaceholder')}">
        <p class="chat__loading" id="chat-loading">${t('chat.loading')}</p>
      </div>
      <noscript><p class="chat__notice">${t('chat.noscript')}</p></noscript>
    </section>`;
}
