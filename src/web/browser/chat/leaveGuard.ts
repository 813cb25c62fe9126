/**
 * Asks before a link on the page ends a chat the citizen is in (the language switch loads the
 * page anew, and a new page is a new chat). The question is in the page, not a browser dialog: it
 * is in the page's language, read by screen readers, and "stay" is where focus lands, so Enter or
 * Escape keeps the chat. Nothing happens unless the citizen picks "stop".
 */
export interface LeaveGuardElements {
  panel: HTMLElement;
  stay: HTMLButtonElement;
  go: HTMLButtonElement;
}

export class LeaveGuard {
  private pending: (() => void) | null = null;
  private opener: HTMLElement | null = null;

  constructor(private readonly els: LeaveGuardElements) {
    els.stay.addEventListener('click', () => this.stay());
    els.go.addEventListener('click', () => {
      const go = this.pending;
      this.close();
      go?.();
    });
    els.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.stay();
    });
  }

  get open(): boolean {
    return !this.els.panel.hidden;
  }

  /** Shows the question; `go` runs only when the citizen chooses to stop the chat. */
  ask(go: () => void, opener: HTMLElement | null): void {
    this.pending = go;
    this.opener = opener;
    this.els.panel.hidden = false;
    this.els.panel.scrollIntoView?.({ block: 'nearest' });
    this.els.stay.focus();
  }

  /** The chat goes on; focus returns to the link the citizen came from. */
  stay(): void {
    const opener = this.opener;
    this.close();
    opener?.focus();
  }

  private close(): void {
    this.pending = null;
    this.opener = null;
    this.els.panel.hidden = true;
  }
}
