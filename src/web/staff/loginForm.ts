import type { Translate } from '../../i18n/catalog';
import { html, type SafeHtml } from '../citizen/html';

/** The staff sign-in form, shared by the console and the review pages (texts under login.*). */
export function loginForm(t: Translate, sectionClass: string): SafeHtml {
  return html`<section id="login" class="panel ${sectionClass}" aria-labelledby="login-heading" hidden>
    <h1 id="login-heading">${t('login.heading')}</h1>
    <p>${t('login.intro')}</p>
    <form id="login-form" class="form" method="post" action="/staff/api/login" novalidate>
      <p id="login-error" class="form__error" role="alert"></p>
      <div class="field">
        <label for="login-username">${t('login.username')}</label>
        <input id="login-username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="200">
      </div>
      <div class="field">
        <label for="login-password">${t('login.password')}</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required maxlength="2048">
      </div>
      <button type="submit" class="button button--primary">${t('login.submit')}</button>
    </form>
  </section>`;
}
