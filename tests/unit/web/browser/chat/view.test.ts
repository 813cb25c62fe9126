/**
 * @jest-environment jsdom
 */
import { ChatView, type ChatElements } from '../../../../../src/web/browser/chat/view';
import { chatDom, chatTexts } from '../../../../support/chatDom';

const texts = chatTexts();

function setup(): { view: ChatView; els: ChatElements } {
  const els = chatDom('<a id="elsewhere" href="#x">elders</a>');
  return { view: new ChatView(document, els, texts), els };
}

describe('chat view', () => {
  it('renders a counsellor as a person: own class, name with role, initials avatar; the bot as the chatbot', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'bot' }, 'Hallo, ik ben de chatbot.');
    view.addMessage({ kind: 'counsellor', id: 'u1', name: 'Sanne de Vries' }, 'Hoi, ik ben Sanne.');
    const [bot, person] = Array.from(els.log.children) as HTMLElement[];
    expect(bot!.className).toBe('msg msg--bot');
    expect(bot!.querySelector('.msg__sender')!.textContent).toBe('Chatbot: ');
    expect(person!.className).toBe('msg msg--counsellor');
    // A screen reader reads the name and role before the words: "Sanne de Vries, hulpverlener: Hoi …".
    expect(person!.textContent).toBe('SVSanne de Vries, hulpverlener: Hoi, ik ben Sanne.');
    expect(person!.querySelector('.msg__avatar')!.getAttribute('aria-hidden')).toBe('true');
    expect(person!.querySelector('.msg__avatar')!.textContent).toBe('SV');
  });

  it('shows the sender once per run of messages but keeps it for screen readers', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'bot' }, 'een');
    view.addMessage({ kind: 'bot' }, 'twee');
    const second = els.log.children[1] as HTMLElement;
    expect(second.classList.contains('msg--continued')).toBe(true);
    expect(second.querySelector('.msg__sender')!.className).toBe('msg__sender visually-hidden');
    expect(second.querySelector('.msg__sender')!.textContent).toBe('Chatbot: ');
  });

  it('makes links of 112 in a bot message, never markup of anyone’s text', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'bot' }, 'Bel 112.');
    view.addMessage({ kind: 'citizen' }, '<b>112</b> <img src=x onerror=alert(1)>', 'c-1');
    expect(els.log.querySelector('.msg--bot a')!.getAttribute('href')).toBe('tel:112');
    const mine = els.log.querySelector('.msg--citizen .msg__text')!;
    expect(mine.querySelector('a, b, img')).toBeNull();
    expect(mine.textContent).toBe('<b>112</b> <img src=x onerror=alert(1)>');
  });

  it('opens a web link here while no chat would be lost, and in a new tab that its name announces while one would', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'bot' }, 'Lees [Meer over je privacy](https://veiligthuis.nl/privacy/) of bel 112.');
    const [web, phone] = Array.from(els.log.querySelectorAll<HTMLAnchorElement>('.msg--bot a'));
    expect(web!.textContent).toBe('Meer over je privacy');
    expect(web!.getAttribute('href')).toBe('https://veiligthuis.nl/privacy/');
    expect(web!.hasAttribute('target')).toBe(false);

    // The citizen wrote: leaving now would end their chat, so the link (also one that comes later) says where it opens.
    view.setLinksInNewTab(true);
    view.addMessage({ kind: 'bot' }, 'Zie https://veiligthuis.nl/hulp');
    const links = Array.from(els.log.querySelectorAll<HTMLAnchorElement>('a[href^="https"]'));
    expect(links.map((a) => [a.target, a.rel, a.textContent])).toEqual([
      ['_blank', 'noopener noreferrer', `Meer over je privacy ${texts.linkNewTab}`],
      ['_blank', 'noopener noreferrer', `https://veiligthuis.nl/hulp ${texts.linkNewTab}`],
    ]);
    expect(phone!.target).toBe('');
    expect(phone!.textContent).toBe('112');

    // The chat is over: nothing to lose, an ordinary link again.
    view.setLinksInNewTab(false);
    expect(links.map((a) => [a.hasAttribute('target'), a.hasAttribute('rel'), a.textContent])).toEqual([
      [false, false, 'Meer over je privacy'],
      [false, false, 'https://veiligthuis.nl/hulp'],
    ]);
  });

  it('keeps the way to ask for a person in view, except while the welcome’s own button asks it or a person is there', () => {
    const { view, els } = setup();
    expect(els.askPerson.hidden).toBe(false);
    view.showChoices([{ title: ' chat met een  Hulpverlener', value: 'Chat met een hulpverlener' }], () => undefined);
    expect(els.askPerson.hidden).toBe(true);
    view.clearChoices();
    expect(els.askPerson.hidden).toBe(false);
    view.showChoices([{ title: 'Ja', value: 'ja' }], () => undefined);
    expect(els.askPerson.hidden).toBe(false);
    view.setPersonPresent(true);
    expect(els.askPerson.hidden).toBe(true);
    view.setPersonPresent(false);
    expect(els.askPerson.hidden).toBe(false);
    view.setPersonPresent(true);
    view.reset();
    expect(els.askPerson.hidden).toBe(false);
  });

  it('offers to clear the conversation from the screen after "stop" and after the end, and says when it is cleared', () => {
    const { view, els } = setup();
    expect(els.wipeOffer.hidden).toBe(true);
    view.offerWipe();
    expect(els.wipeOffer.hidden).toBe(false);
    // Writing on after "stop" goes on with the chat: the offer goes.
    view.addMessage({ kind: 'citizen' }, 'Toch nog een vraag', 'c-1');
    expect(els.wipeOffer.hidden).toBe(true);
    view.offerWipe();
    view.reset();
    expect(els.wipeOffer.hidden).toBe(true);
    view.showEnded();
    expect(els.wipeOffer.hidden).toBe(false);

    els.wipe.focus();
    view.wipe();
    view.showWiped();
    expect([els.wipeOffer.hidden, els.form.hidden, els.ended.hidden]).toEqual([true, true, false]);
    expect(els.endedText.textContent).toBe(texts.wiped);
    expect(els.announce.textContent).toBe(texts.wiped);
    // The button pressed is gone: focus goes to "start a new chat", not to the page.
    expect(document.activeElement).toBe(els.restart);
  });

  it('announces a person joining once, as a line in the chat hidden from the log’s own reading', () => {
    const { view, els } = setup();
    view.milestone(texts.personJoined);
    expect(els.announce.textContent).toBe(texts.personJoined);
    const line = els.log.querySelector('.msg-divider')!;
    expect(line.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks a failed send with a button that sends it again, and a sent one as sent', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'citizen' }, 'hallo', 'c-1');
    let retried = 0;
    view.setSendState('c-1', 'failed', () => (retried += 1));
    const button = els.log.querySelector('.msg__retry') as HTMLButtonElement;
    expect(button.textContent).toBe(texts.retry);
    button.click();
    expect(retried).toBe(1);
    view.setSendState('c-1', 'sent');
    expect((els.log.firstElementChild as HTMLElement).dataset['state']).toBe('sent');
    expect(els.log.querySelector('.msg__retry')).toBeNull();
  });

  it('counts characters against the limit and flags the box over it', () => {
    const { view, els } = setup();
    expect(view.updateCount(10, 12)).toBe(true);
    expect(els.count.textContent).toBe('10 van 12 tekens');
    expect(view.updateCount(14, 12)).toBe(false);
    expect(els.tooLong.hidden).toBe(false);
    expect(els.tooLong.textContent).toContain('Haal er 2 weg');
    expect(els.input.getAttribute('aria-invalid')).toBe('true');
    view.updateCount(3, 12);
    expect(els.input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('ends with one button to start again: the input goes, the texts say the chat is over', () => {
    const { view, els } = setup();
    view.showEnded();
    expect(els.form.hidden).toBe(true);
    expect(els.ended.hidden).toBe(false);
    expect(els.endedText.textContent).toBe(texts.ended);
  });

  it('wipes every trace of a chat: messages, buttons, typing, notices, the ended panel and a typed draft', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'citizen' }, 'Mijn buurvrouw mag haar paspoort niet houden.', 'c1');
    view.addMessage({ kind: 'counsellor', id: 'u1', name: 'Sanne' }, 'Hoi, ik ben Sanne.');
    view.showChoices([{ title: 'Ja', value: 'ja' }], () => undefined);
    view.showTyping({ kind: 'bot' });
    view.milestone(texts.personJoined);
    view.setStatus('offline');
    els.input.value = 'Hij houdt haar loon in';
    view.updateCount(200, 12);
    view.showEnded();

    view.wipe();
    const visibleText = (el: HTMLElement) => (el.hidden ? '' : (el.textContent ?? ''));
    expect([els.log, els.choices, els.typing, els.status, els.tooLong, els.ended].map(visibleText)).toEqual(['', '', '', '', '', '']);
    expect([els.announce.textContent, els.count.textContent, els.endedText.textContent, els.input.value]).toEqual(['', '', '', '']);
    expect(view.hasBubble('c1')).toBe(false);
    expect([els.draft.hidden, els.draft.textContent]).toEqual([true, '']);
  });

  it('at the end moves focus from the form to "start a new chat" and says the end in the live region', () => {
    const { view, els } = setup();
    els.input.focus();
    view.showEnded();
    expect(document.activeElement).toBe(els.restart);
    expect(els.announce.textContent).toBe(texts.ended);
  });

  it('leaves focus where it is when the citizen was reading elsewhere on the page', () => {
    const { view } = setup();
    const elsewhere = document.getElementById('elsewhere')!;
    elsewhere.focus();
    view.showEnded();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('shows a typed, unsent draft in the end notice and keeps it in the box for a new chat', () => {
    const { view, els } = setup();
    els.input.value = 'Hij is nu bang en wil weg';
    view.showEnded('quiet');
    expect(els.endedText.textContent).toBe(texts.endedQuiet);
    expect(els.draft.hidden).toBe(false);
    expect(els.draft.textContent).toBe(`${texts.draftKept}Hij is nu bang en wil weg`);
    expect(els.announce.textContent).toBe(`${texts.endedQuiet} ${texts.draftKept} Hij is nu bang en wil weg`);
    view.reset();
    expect([els.form.hidden, els.draft.hidden, els.input.value]).toEqual([false, true, 'Hij is nu bang en wil weg']);
  });

  it('says why: the counsellor closed it, and reads a person leaving and the end together', () => {
    const { view, els } = setup();
    view.milestone(texts.counsellorClosed);
    view.showEnded('closed');
    expect(els.endedText.textContent).toBe(texts.endedClosed);
    expect(els.announce.textContent).toBe(`${texts.counsellorClosed} ${texts.endedClosed}`);
  });

  it('marks a message that reached a chat that had already stopped as not sent', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'citizen' }, 'Hallo?', 'c-9');
    view.setSendState('c-9', 'sending');
    view.setSendState('c-9', 'ended');
    const item = els.log.firstElementChild as HTMLElement;
    expect(item.dataset['state']).toBe('ended');
    expect(item.querySelector('.msg__state')!.textContent).toBe(texts.notSentEnded);
  });
});

describe('chat view scrolling', () => {
  /** A scroll box with a given content height; jsdom lays nothing out. Frames run at once. */
  function scrollBox(els: ChatElements, clientHeight = 400) {
    const box = { top: 0, height: 1000 };
    Object.defineProperty(els.scroll, 'clientHeight', { configurable: true, get: () => clientHeight });
    Object.defineProperty(els.scroll, 'scrollHeight', { configurable: true, get: () => box.height });
    Object.defineProperty(els.scroll, 'scrollTop', {
      configurable: true,
      get: () => box.top,
      set: (v: number) => {
        box.top = Math.max(0, Math.min(v, box.height - clientHeight));
      },
    });
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((fn) => {
      fn(0);
      return 0;
    });
    /** The reader (or the page) moved the box: the browser then fires `scroll`. */
    const scrollTo = (top: number) => {
      els.scroll.scrollTop = top;
      els.scroll.dispatchEvent(new Event('scroll'));
    };
    return { box, scrollTo };
  }

  afterEach(() => jest.restoreAllMocks());

  /**
   * Where lines are laid out in the box's content, by their words (jsdom lays nothing out): the
   * box a line reports is then where the browser would show it, as the box is scrolled now.
   */
  function layout(els: ChatElements, box: { top: number }): Map<string, number> {
    const at = new Map<string, number>();
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const words = this.classList.contains('msg') ? this.querySelector('.msg__text')?.textContent : this.textContent;
      const y = this === els.scroll ? undefined : at.get(words ?? '');
      return { top: y === undefined ? 0 : y - box.top } as DOMRect;
    });
    return at;
  }

  /** The bot's line `text`, laid out at `y` in the box's content. */
  function botSays(view: ChatView, at: Map<string, number>, text: string, y: number): void {
    at.set(text, y);
    view.addMessage({ kind: 'bot' }, text);
  }

  it('follows typing and a reply that fits while the reader is at the end', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    const at = layout(els, box);
    scrollTo(600);
    box.height = 1200;
    view.showTyping({ kind: 'bot' });
    expect(box.top).toBe(800);
    box.height = 1300;
    botSays(view, at, 'nieuw', 1150);
    // Its first line at the top would be past the end: the browser stops at the end, all of it in view.
    expect(box.top).toBe(900);
  });

  it('shows a long reply from its first bubble, not from its end, and keeps that place while more bubbles come', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    const at = layout(els, box);
    view.addMessage({ kind: 'citizen' }, 'Mijn vraag', 'c-1');
    scrollTo(600);
    // The reply: three long bubbles, the first starting at 1000, arriving one by one.
    for (const [i, y] of [1000, 1400, 1800].entries()) {
      box.height = y + 400;
      at.set(`deel ${i + 1}`, y);
      view.addMessage({ kind: 'bot' }, `deel ${i + 1}`);
      view.showTyping({ kind: 'bot' });
      expect(box.top).toBe(1000 - 8);
    }
    view.showChoices([{ title: 'Ja', value: 'ja' }], () => undefined);
    expect(box.top).toBe(992);
    // The event for that scroll of our own does not count as the reader reaching the end.
    els.scroll.dispatchEvent(new Event('scroll'));

    // Read down to the end by hand: the next reply starts a new place to read from.
    scrollTo(box.height - 400);
    box.height += 600;
    at.set('Hoi', box.height - 600);
    view.addMessage({ kind: 'counsellor', id: 'u1', name: 'Sanne' }, 'Hoi');
    expect(box.top).toBe(box.height - 600 - 8);
  });

  it('does not pull a reader back up who scrolled on within the reply', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    const at = layout(els, box);
    scrollTo(600);
    box.height = 2000;
    botSays(view, at, 'een', 1000);
    expect(box.top).toBe(992);
    // Reading on, not yet at the end; then another bubble of the reply comes.
    scrollTo(1300);
    box.height = 2400;
    botSays(view, at, 'twee', 2000);
    expect(box.top).toBe(1300);
  });

  it('leaves the reader where they are when they scrolled up to re-read, until they send or come back down', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    const at = layout(els, box);
    scrollTo(600);
    scrollTo(200);
    box.height = 1200;
    view.showTyping({ kind: 'bot' });
    botSays(view, at, 'nieuw', 1050);
    expect(box.top).toBe(200);
    // Back near the end: following again.
    scrollTo(780);
    box.height = 1400;
    botSays(view, at, 'nog een', 1250);
    expect(box.top).toBe(1000);
    // Scrolled up again, then the citizen sends: their own message comes into view.
    scrollTo(100);
    box.height = 1500;
    view.addMessage({ kind: 'citizen' }, 'mijn vraag', 'c-1');
    expect(box.top).toBe(1100);
  });

  it('keeps "send again" in view when a message fails at the end of the chat', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    view.addMessage({ kind: 'citizen' }, 'hallo', 'c-1');
    scrollTo(600);
    box.height = 1100;
    view.setSendState('c-1', 'failed', () => undefined);
    expect(box.top).toBe(700);
  });

  it('keeps following when its own scroll is reported after the next message grew the box', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    const at = layout(els, box);
    scrollTo(600);
    box.height = 1200;
    botSays(view, at, 'een', 1150);
    expect(box.top).toBe(800);
    box.height = 1600;
    at.set('twee', 1250);
    // The event for the scroll to 800 arrives only now, with the box already taller.
    els.scroll.dispatchEvent(new Event('scroll'));
    view.addMessage({ kind: 'bot' }, 'twee');
    // Still following, and still from the reply's first bubble: "een" at the top.
    expect(box.top).toBe(1142);
  });
});

describe('chat view text box', () => {
  it('grows to what is typed and shrinks again, border included (the CSS max-height caps it)', () => {
    const { view, els } = setup();
    const content = { height: 40 };
    const border = 4;
    Object.defineProperty(els.input, 'scrollHeight', { configurable: true, get: () => content.height });
    Object.defineProperty(els.input, 'clientHeight', { configurable: true, get: () => 30 });
    Object.defineProperty(els.input, 'offsetHeight', { configurable: true, get: () => 30 + border });
    content.height = 100;
    view.fitInput();
    expect(els.input.style.height).toBe('104px');
    content.height = 40;
    view.fitInput();
    expect(els.input.style.height).toBe('44px');
  });
});
