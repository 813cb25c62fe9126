/**
 * The staff sign-in form (rendered by the server, shared by the console, review and admin pages).
 * A failed sign-in says only that the username or password is wrong, or that there were too many
 * tries, never which of the two.
 */
import type { Announcer } from './announcer';
import { ApiError, type StaffApi } from './api';
import { byId } from './dom';
import { sessionSchema, type Session } from './schemas';
import type { Texts } from './texts';

export interface LoginFormDeps {
  api: StaffApi;
  texts: Texts;
  announcer: Announcer;
  /** The page's text for a failed request. */
  errorText(err: unknown): string;
  onSignedIn(session: Session): void;
}

export function bindLoginForm(deps: LoginFormDeps): void {
  const { texts } = deps;
  const form = byId('login-form', HTMLFormElement);
  const usernameInput = byId('login-username', HTMLInputElement);
  const passwordInput = byId('login-password', HTMLInputElement);
  const error = byId('login-error');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const username = usernameInput.value.trim();
    const password = passwordInput.value;
    if (!username || !password) {
      error.textContent = texts.t('login.missing');
      return;
    }
    error.textContent = '';
    deps.announcer.say(texts.t('login.busy'));
    const button = form.querySelector('button[type="submit"]');
    if (button instanceof HTMLButtonElement) button.disabled = true;
    deps.api.post('/staff/api/login', { username, password }, sessionSchema).then(
      (session) => {
        if (button instanceof HTMLButtonElement) button.disabled = false;
        passwordInput.value = '';
        deps.onSignedIn(session);
      },
      (err: unknown) => {
        if (button instanceof HTMLButtonElement) button.disabled = false;
        passwordInput.value = '';
        const status = err instanceof ApiError ? err.status : 0;
        error.textContent = status === 401 ? texts.t('login.failed') : status === 429 ? texts.t('login.tooMany') : deps.errorText(err);
        passwordInput.focus();
      },
    );
  });
}
