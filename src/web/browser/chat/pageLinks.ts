/**
 * The citizen page's own links must not leave entries in the history: the quick exit replaces only
 * the current entry, so Back after it would show any earlier entry of this page (the Veilig Thuis
 * page, the chat) to whoever is watching. The language switch therefore replaces the entry, and the
 * skip link moves focus without a hash navigation.
 */
export interface LanguageSwitchEnv {
  /** The citizen wrote in a chat that is still going: switching would end it, so ask first. */
  inProgress(): boolean;
  ask(go: () => void, opener: HTMLElement): void;
  /** location.replace in the page. */
  replace(url: string): void;
}

export function wireLanguageSwitch(link: HTMLAnchorElement, env: LanguageSwitchEnv): void {
  link.addEventListener('click', (event) => {
    // A click that opens a new tab (Ctrl, Cmd, Shift, middle button) leaves this page and its history alone.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const go = () => env.replace(link.href);
    if (env.inProgress()) env.ask(go, link);
    else go();
  });
}

/** Focuses the text box; the href stays as the way in for a page without its script. */
export function wireSkipLink(link: HTMLAnchorElement, target: HTMLElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus();
  });
}
