/**
 * @jest-environment jsdom
 */
import { wireLanguageSwitch, wireSkipLink } from '../../../../../src/web/browser/chat/pageLinks';

function page() {
  document.body.innerHTML = `
    <a class="skip-link" href="#chat-input">Naar het chatvenster</a>
    <a class="language-switch" href="/en/chat">English</a>
    <textarea id="chat-input"></textarea>`;
  return {
    skip: document.querySelector<HTMLAnchorElement>('a.skip-link')!,
    lang: document.querySelector<HTMLAnchorElement>('a.language-switch')!,
    input: document.querySelector<HTMLTextAreaElement>('#chat-input')!,
  };
}

function switchEnv(inProgress: boolean) {
  const replaced: string[] = [];
  const asked: { go: () => void; opener: HTMLElement }[] = [];
  return {
    replaced,
    asked,
    env: {
      inProgress: () => inProgress,
      ask: (go: () => void, opener: HTMLElement) => asked.push({ go, opener }),
      replace: (url: string) => replaced.push(url),
    },
  };
}

describe('the citizen page’s own links leave no history entry', () => {
  it('the skip link focuses the text box without a hash navigation', () => {
    const { skip, input } = page();
    const before = { hash: location.hash, length: history.length };
    wireSkipLink(skip, input);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    skip.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
    expect({ hash: location.hash, length: history.length }).toEqual(before);
  });

  it('the language switch replaces the current entry, at once when no chat is going', () => {
    const { lang } = page();
    const t = switchEnv(false);
    wireLanguageSwitch(lang, t.env);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    lang.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(t.replaced).toEqual([lang.href]);
    expect(t.asked).toHaveLength(0);
  });

  it('asks first during a chat, and replaces the entry only when the citizen chooses to stop', () => {
    const { lang } = page();
    const t = switchEnv(true);
    wireLanguageSwitch(lang, t.env);
    lang.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(t.replaced).toEqual([]);
    expect(t.asked).toHaveLength(1);
    expect(t.asked[0]!.opener).toBe(lang);
    t.asked[0]!.go();
    expect(t.replaced).toEqual([lang.href]);
  });

  it('leaves a click that opens a new tab to the browser', () => {
    const { lang } = page();
    const t = switchEnv(true);
    wireLanguageSwitch(lang, t.env);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    lang.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(t.replaced).toEqual([]);
    expect(t.asked).toHaveLength(0);
  });
});
