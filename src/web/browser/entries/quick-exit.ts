/**
 * Page script: the quick exit. Loaded before the chat so it works while the chat is still loading.
 * The chat script registers its clean-up through `window.helplineQuickExit.onExit(fn)`.
 */
import { QuickExit } from '../quickExit/quickExit';

declare global {
  interface Window {
    helplineQuickExit?: Readonly<{ onExit(fn: () => void): void; leave(): void }>;
  }
}

const link = document.getElementById('quick-exit');
if (link instanceof HTMLAnchorElement) {
  const exit = new QuickExit(link, document.getElementById('quick-exit-status'), {
    document,
    window,
    timers: { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
  });
  exit.start();
  window.helplineQuickExit = Object.freeze({ onExit: (fn: () => void) => exit.onExit(fn), leave: () => exit.leave() });
}
