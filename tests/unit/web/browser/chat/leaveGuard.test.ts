/**
 * @jest-environment jsdom
 */
import { LeaveGuard } from '../../../../../src/web/browser/chat/leaveGuard';

function setup() {
  document.body.innerHTML = `
    <a id="link" href="?lang=en">English</a>
    <div id="panel" role="group" aria-labelledby="question" hidden>
      <p id="question">De chat stopt.</p><button id="stay" type="button">Blijven</button><button id="go" type="button">Stoppen</button>
    </div>`;
  const $ = (id: string) => document.getElementById(id)!;
  const els = { panel: $('panel'), stay: $('stay') as HTMLButtonElement, go: $('go') as HTMLButtonElement };
  return { guard: new LeaveGuard(els), els, link: $('link') };
}

describe('leave guard', () => {
  it('asks with "stay" focused, and keeps the chat when the citizen stays, focus back on the link', () => {
    const { guard, els, link } = setup();
    let left = 0;
    guard.ask(() => (left += 1), link);
    expect(els.panel.hidden).toBe(false);
    expect(document.activeElement).toBe(els.stay);
    els.stay.click();
    expect([els.panel.hidden, left]).toEqual([true, 0]);
    expect(document.activeElement).toBe(link);
  });

  it('treats Escape as stay', () => {
    const { guard, els, link } = setup();
    let left = 0;
    guard.ask(() => (left += 1), link);
    els.stay.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([guard.open, left]).toEqual([false, 0]);
  });

  it('leaves only when the citizen picks stop, once', () => {
    const { guard, els, link } = setup();
    let left = 0;
    guard.ask(() => (left += 1), link);
    els.go.click();
    els.go.click();
    expect([guard.open, left]).toEqual([false, 1]);
  });
});
