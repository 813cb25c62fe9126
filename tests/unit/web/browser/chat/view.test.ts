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

  it('opens a web link in a new tab, so following it never leaves (and so ends) the chat', () => {
    const { view, els } = setup();
    view.addMessage({ kind: 'bot' }, 'Lees [Meer over je privacy](https://veiligthuis.nl/privacy/) of bel 112.');
    const [web, phone] = Array.from(els.log.querySelectorAll<HTMLAnchorElement>('.msg--bot a'));
    expect(web!.textContent).toBe('Meer over je privacy');
    expect(web!.getAttribute('href')).toBe('https://veiligthuis.nl/privacy/');
    expect(web!.target).toBe('_blank');
    expect(web!.rel).toBe('noopener noreferrer');
    expect(phone!.getAttribute('href')).toBe('tel:112');
    expect(phone!.target).toBe('');
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

  it('follows new messages and typing while the reader is at the end', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    scrollTo(600);
    box.height = 1200;
    view.showTyping({ kind: 'bot' });
    expect(box.top).toBe(800);
    box.height = 1400;
    view.addMessage({ kind: 'bot' }, 'nieuw');
    expect(box.top).toBe(1000);
  });

  it('leaves the reader where they are when they scrolled up to re-read, until they send or come back down', () => {
    const { view, els } = setup();
    const { box, scrollTo } = scrollBox(els);
    scrollTo(600);
    scrollTo(200);
    box.height = 1200;
    view.showTyping({ kind: 'bot' });
    view.addMessage({ kind: 'bot' }, 'nieuw');
    expect(box.top).toBe(200);
    // Back near the end: following again.
    scrollTo(780);
    box.height = 1400;
    view.addMessage({ kind: 'bot' }, 'nog een');
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
    scrollTo(600);
    box.height = 1200;
    view.addMessage({ kind: 'bot' }, 'een');
    box.height = 1600;
    // The event for the scroll to 800 arrives only now, with the box already taller.
    els.scroll.dispatchEvent(new Event('scroll'));
    view.addMessage({ kind: 'bot' }, 'twee');
    expect(box.top).toBe(1200);
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
