/** Polite announcements for screen readers through one live region. */
export class Announcer {
  constructor(private readonly region: HTMLElement | null) {}

  /** Cleared first, so the same text is read again when it is said twice. */
  say(text: string): void {
    const region = this.region;
    if (!region) return;
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = text;
    }, 50);
  }
}
