/**
 * The frame the review and admin pages share: sign in, the role check (the page's body names the
 * role it needs), sign out, and the page's text for a failed request.
 */
import { ApiError, StaffApi } from '../shared/api';
import { Announcer } from '../shared/announcer';
import { byId } from '../shared/dom';
import { bindLoginForm } from '../shared/login';
import { anyBody, sessionSchema, type Session } from '../shared/schemas';
import type { Texts } from '../shared/texts';

export function reviewErrorText(texts: Texts, err: unknown): string {
  if (!(err instanceof ApiError) || err.code === 'BadResponse') return texts.t('errors.generic');
  if (err.status === 0) return texts.t('errors.network');
  if (err.status === 403) return texts.t('errors.forbidden');
  if (err.status === 404) return texts.t('errors.notFound');
  if (err.status === 429) return texts.t('errors.tooMany');
  if (err.status === 400 || err.status === 413) return texts.t('errors.badInput');
  return texts.t('errors.generic');
}

/** A query string from a form's filled-in fields plus `extra`. */
export function formQuery(form: HTMLFormElement, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const field of Array.from(form.elements)) {
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) {
      if (field.name && field.value !== '') params.set(field.name, field.value);
    }
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

export interface PageContext {
  api: StaffApi;
  texts: Texts;
  announcer: Announcer;
  errorText(err: unknown): string;
}

/** Signs in (or resumes a session) and calls onReady once a user with the page's role is in. */
export function startSession(texts: Texts, onReady: (ctx: PageContext, me: Session) => void): PageContext {
  const api = new StaffApi((input, init) => window.fetch(input, init));
  const announcer = new Announcer(document.getElementById('announcer'));
  const ctx: PageContext = { api, texts, announcer, errorText: (err) => reviewErrorText(texts, err) };
  let session: Session | null = null;

  const show = (which: 'login' | 'wrong-role' | 'workspace') => {
    byId('starting').hidden = true;
    for (const id of ['login', 'wrong-role', 'workspace'] as const) byId(id).hidden = id !== which;
    byId('session-bar').hidden = which === 'login';
  };
  const showLogin = (message: string) => {
    session = null;
    api.setCsrf(null);
    show('login');
    byId('login-error').textContent = message;
    byId('login-username').focus();
  };
  const enter = (me: Session) => {
    session = me;
    api.setCsrf(me.csrfToken);
    const needed = document.body.getAttribute('data-role') ?? '';
    byId('signed-in-as').textContent = texts.t('session.signedInAs', {
      name: me.user.displayName,
      role: texts.label('staffRoles', me.role),
    });
    if (me.role !== needed) {
      show('wrong-role');
      byId('wrong-role-text').textContent = texts.t('session.wrongRole', {
        needed: texts.label('staffRoles', needed),
        role: texts.label('staffRoles', me.role),
      });
      return;
    }
    show('workspace');
    onReady(ctx, me);
  };

  api.onSessionLost(() => (session ? leave('expired') : showLogin('')));
  bindLoginForm({ api, texts, announcer, errorText: ctx.errorText, onSignedIn: enter });
  byId('logout').addEventListener('click', () => {
    api
      .post('/staff/api/logout', {}, anyBody)
      .catch(() => undefined)
      .then(() => leave('signed-out'));
  });
  const cameBack = takeLeaveReason();
  api.get('/staff/api/me', sessionSchema).then(enter, (err: unknown) => {
    if (!(err instanceof ApiError && err.status === 401)) showLogin(ctx.errorText(err));
    else if (cameBack) showLogin(texts.t(cameBack === 'expired' ? 'login.expired' : 'login.loggedOut'));
  });
  return ctx;
}

type LeaveReason = 'signed-out' | 'expired';
const LEAVE_PARAM = 'left';

/**
 * Signing out loads the page anew instead of hiding the workspace: transcripts, statistics and
 * audit lines rendered for the last user must not stay in the DOM (or in this script's memory)
 * for whoever uses the browser next. `replace` keeps the old page out of the history.
 */
function leave(reason: LeaveReason): void {
  window.location.replace(`${window.location.pathname}?${LEAVE_PARAM}=${reason}`);
}

/** Why the last page was left, if it was; the address loses the marker so a reload starts clean. */
function takeLeaveReason(): LeaveReason | null {
  const params = new URLSearchParams(window.location.search);
  const reason = params.get(LEAVE_PARAM);
  if (reason === null) return null;
  window.history.replaceState(null, '', window.location.pathname);
  return reason === 'expired' || reason === 'signed-out' ? reason : null;
}
