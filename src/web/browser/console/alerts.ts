/**
 * Danger alerts. Each alert is read out at once (an assertive live region) and stays visible in a
 * banner until the counsellor dismisses it; the same alert is shown once.
 */
import { el } from '../shared/dom';
import type { Texts } from '../shared/texts';

export interface AlertNodes {
  /** Hidden while empty. */
  banner: HTMLElement;
  list: HTMLElement;
  /** role=alert, aria-live=assertive */
  live: HTMLElement;
}

export class Alerts {
  private readonly shown = new Map<string, HTMLElement>();

  constructor(
    private readonly nodes: AlertNodes,
    private readonly texts: Texts,
  ) {}

  /** Reads `text` out now, without a banner entry. */
  say(text: string): void {
    this.nodes.live.textContent = text;
  }

  raise(key: string, text: string): void {
    this.nodes.live.textContent = text;
    if (this.shown.has(key)) return;
    const item = el('li', { className: 'alert-banner__item' }, [
      el('span', { 'aria-hidden': 'true', className: 'alert-banner__icon', text: '⚠' }),
      el('span', { className: 'alert-banner__text', text }),
    ]);
    item.appendChild(
      el('button', {
        type: 'button',
        className: 'button button--quiet',
        text: this.texts.t('alerts.dismiss'),
        onclick: () => {
          item.remove();
          this.shown.delete(key);
          this.update();
        },
      }),
    );
    this.shown.set(key, item);
    this.nodes.list.appendChild(item);
    this.update();
  }

  clear(): void {
    this.shown.clear();
    this.nodes.list.replaceChildren();
    this.nodes.live.textContent = '';
    this.update();
  }

  private update(): void {
    this.nodes.banner.hidden = this.nodes.list.children.length === 0;
  }
}
