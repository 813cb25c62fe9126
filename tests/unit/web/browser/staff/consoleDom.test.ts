/**
 * @jest-environment jsdom
 */
import { Alerts } from '../../../../../src/web/browser/console/alerts';
import { QueueView } from '../../../../../src/web/browser/console/queueView';
import { triageList } from '../../../../../src/web/browser/console/triageView';
import { queueItemSchema, triageSchema, type QueueItem } from '../../../../../src/web/browser/shared/schemas';
import { consoleNl } from './texts';

const texts = consoleNl();

function item(id: string, acute = false): QueueItem {
  return queueItemSchema.parse({
    conversationId: id,
    code: `${id.toUpperCase()}-AAA`,
    locale: 'nl',
    acute,
    queuedAt: '2026-03-01T10:00:00Z',
    waitingSeconds: 90,
    position: 1,
    estimatedWaitMinutes: 4,
    triage: { form: 'criminal_exploitation', signals: ['drug_running'], minorInvolved: true },
  });
}

function queueNodes() {
  document.body.innerHTML = `<section><ul id="l"></ul><p id="e"></p><span id="c"></span><p id="s"></p><p id="m"></p></section>`;
  const $ = (id: string) => document.getElementById(id)!;
  return { list: $('l'), empty: $('e'), count: $('c'), status: $('s'), message: $('m') };
}

describe('queue view', () => {
  it('renders each waiting chat with its summary and an accept button named after the chat', () => {
    const nodes = queueNodes();
    const view = new QueueView(nodes, texts, () => undefined);
    view.render([item('abc', true), item('def')]);
    const tickets = nodes.list.querySelectorAll('.ticket');
    expect(tickets).toHaveLength(2);
    expect(tickets[0]!.classList.contains('ticket--acute')).toBe(true);
    expect(tickets[0]!.textContent).toContain('Acuut gevaar');
    expect(tickets[0]!.textContent).toContain('Criminele uitbuiting');
    expect(nodes.list.querySelector('button')?.getAttribute('aria-label')).toBe('Chat ABC-AAA aannemen');
    expect(nodes.count.textContent).toBe('(2 wachtend)');
    expect(nodes.empty.hidden).toBe(true);
    expect(view.codeOf('def')).toBe('DEF-AAA');
  });

  it('keeps keyboard focus on the same accept button across a refresh', () => {
    const nodes = queueNodes();
    const view = new QueueView(nodes, texts, () => undefined);
    view.render([item('abc'), item('def')]);
    nodes.list.querySelector<HTMLButtonElement>('[data-accept="def"]')!.focus();
    view.render([item('xyz'), item('def')]);
    expect(document.activeElement?.getAttribute('data-accept')).toBe('def');
  });

  it('accepts the first chat for the shortcut, and says so when nobody waits', () => {
    const nodes = queueNodes();
    const accepted: string[] = [];
    const view = new QueueView(nodes, texts, (i) => accepted.push(i.conversationId));
    expect(view.acceptNext()).toBe(false);
    expect(nodes.message.textContent).toBe(texts.t('queue.nothingToAccept'));
    view.render([item('abc'), item('def')]);
    expect(view.acceptNext()).toBe(true);
    expect(accepted).toEqual(['abc']);
    // The clicked button is disabled while the accept runs: the next press takes the next chat.
    view.acceptNext();
    expect(accepted).toEqual(['abc', 'def']);
  });
});

describe('triage list', () => {
  it('flags a minor with a class (and words), never the citizen text', () => {
    const list = triageList(triageSchema.parse({ form: 'unknown', facts: { minor: true, age: 15 } }), texts);
    expect(list.querySelector('.triage__row--minor')?.classList.contains('triage__row--flag')).toBe(true);
    expect(list.textContent).toContain('15 jaar');
    expect(triageList(null, texts).textContent).toBe(texts.t('triage.none'));
  });
});

describe('alerts', () => {
  it('reads an alert out, shows it once in the banner and hides the banner when dismissed', () => {
    document.body.innerHTML = '<div id="b" hidden><ul id="l"></ul></div><div id="v"></div>';
    const alerts = new Alerts(
      { banner: document.getElementById('b')!, list: document.getElementById('l')!, live: document.getElementById('v')! },
      texts,
    );
    alerts.raise('k', 'Let op');
    alerts.raise('k', 'Let op');
    expect(document.querySelectorAll('#l li')).toHaveLength(1);
    expect(document.getElementById('v')!.textContent).toBe('Let op');
    expect(document.getElementById('b')!.hidden).toBe(false);
    document.querySelector<HTMLButtonElement>('#l button')!.click();
    expect(document.getElementById('b')!.hidden).toBe(true);
  });
});
