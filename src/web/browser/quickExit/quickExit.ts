/**
 * Quick exit ("Snel weg"), modelled on GOV.UK's "Exit this page". Without JavaScript the link
 * still leads to the neutral site; with it, the page is replaced (no new history entry), clean-up
 * work registered by the chat runs (ending the conversation on the server), browser storage is
 * cleared, and pressing Escape three times also leaves, as an escape route for keyboard users.
 * All texts come from data attributes the server rendered from the locales.
 */
import { EscapePresses, type Timers } from './escapePresses';

export interface QuickExitEnvironment {
  document: Document;
  window: Pick<Window, 'addEventListener' | 'localStorage' | 'sessionStorage'> & { location: Pick<Location, 'replace'> };
  timers: Timers;
}

export class QuickExit {
  private readonly cleanups: (() => void)[] = [];
  private leaving = false;
  private readonly presses: EscapePresses;
  private readonly exitUrl: string;

  constructor(
    private readonly link: HTMLAnchorElement,
    private readonly status: HTMLElement | null,
    private readonly env: QuickExitEnvironment,
  ) {
    this.exitUrl = link.href;
    this.presses = new EscapePresses(env.timers, () => this.announce(link.dataset['reset']));
  }

  /** Work to do on the way out (best effort: leaving comes first). */
  onExit(fn: () => void): void {
    this.cleanups.push(fn);
  }

  start(): void {
    this.link.addEventListener('click', (event) => {
      event.preventDefault();
      this.leave();
    });
    // role="button" promises that Space works too.
    this.link.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        this.leave();
      }
    });
    // Capture phase: the chat widget must not be able to swallow the Escape presses.
    this.env.document.addEventListener(
      'keydown',
      (event) => {
        // A held-down key is one press, not three.
        if ((event.key === 'Escape' || event.key === 'Esc') && !event.repeat) this.escape();
      },
      true,
    );
    // If the browser ever shows this page again from its back/forward cache, do not revive it.
    this.env.window.addEventListener('pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted && this.leaving) this.env.window.location.replace(this.exitUrl);
    });
  }

  leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    this.announce(this.link.dataset['leaving']);
    for (const fn of this.cleanups) {
      try {
        fn();
      } catch {
        // best effort: the exit itself comes first
      }
    }
    this.clearStorage();
    const widget = this.env.document.getElementById('chat-ui');
    widget?.remove();
    // Hide everything at once, so nothing of the chat shows while the neutral site loads.
    this.env.document.documentElement.classList.add('is-leaving');
    this.env.document.title = '';
    this.env.window.location.replace(this.exitUrl);
  }

  private escape(): void {
    const outcome = this.presses.press();
    if (outcome.kind === 'leave') {
      this.leave();
      return;
    }
    const template = outcome.left === 1 ? this.link.dataset['pressesLeftOne'] : this.link.dataset['pressesLeftMany'];
    this.announce((template ?? '').replace('{count}', String(outcome.left)));
  }

  private announce(text: string | undefined): void {
    if (this.status && text) this.status.textContent = text;
  }

  private clearStorage(): void {
    // Storage can throw (disabled cookies, private mode); leaving must never fail because of it.
    for (const storage of ['localStorage', 'sessionStorage'] as const) {
      try {
        this.env.window[storage].clear();
      } catch {
        // nothing to clear
      }
    }
  }
}
