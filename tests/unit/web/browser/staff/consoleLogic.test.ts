import { fillTemplate, Texts } from '../../../../../src/web/browser/shared/texts';
import { colleagueOptions } from '../../../../../src/web/browser/console/chatSide';
import { nextTab, titleWithUnread } from '../../../../../src/web/browser/console/desk';
import { parseFeedMessage, reconnectDelay } from '../../../../../src/web/browser/console/feed';
import { missingLines, senderLabel } from '../../../../../src/web/browser/console/messageList';
import { chatCode, ticketMeta } from '../../../../../src/web/browser/console/queueView';
import { keyLabel, SHORTCUTS, shortcutFor } from '../../../../../src/web/browser/console/shortcuts';
import { triageRows } from '../../../../../src/web/browser/console/triageView';
import { queueItemSchema, triageSchema } from '../../../../../src/web/browser/shared/schemas';
import { consoleNl } from './texts';

const texts = consoleNl();

describe('texts', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillTemplate('Chat {code} wacht {minutes} min.', { code: 'AB1-CD2', minutes: 3 })).toBe('Chat AB1-CD2 wacht 3 min.');
    expect(fillTemplate('Hallo {name}', {})).toBe('Hallo {name}');
  });

  it('shows the key for a missing text and the id for a missing label', () => {
    const t = new Texts({ 'labels.forms.x': 'Vorm X' }, 'nl');
    expect(t.t('no.such.key')).toBe('no.such.key');
    expect(t.label('forms', 'x')).toBe('Vorm X');
    expect(t.label('forms', 'y')).toBe('y');
    expect(t.keysOf('forms')).toEqual(['x']);
  });
});

describe('triage summary', () => {
  const base = triageSchema.parse({
    role: 'other',
    form: 'labour_exploitation',
    signals: ['excessive_hours'],
    minorInvolved: null,
    region: null,
  });

  it('says the categories in words and leaves out facts the bot did not learn', () => {
    const rows = triageRows(base!, texts);
    expect(rows.map((r) => r.key)).toEqual(['role', 'form', 'signals', 'minor', 'region', 'nextStep']);
    expect(rows.find((r) => r.key === 'form')?.value).toBe('Arbeidsuitbuiting');
    expect(rows.find((r) => r.key === 'signals')?.value).toEqual(['Heel lange werkdagen']);
    expect(rows.find((r) => r.key === 'minor')).toMatchObject({ value: 'Onbekend', flag: false });
  });

  it('shows the conversation facts when present, in their own object or beside the categories', () => {
    const nested = triageSchema.parse({
      form: 'sexual_exploitation',
      facts: { aboutWhom: 'other', relation: 'neighbour', minor: true, age: 16, municipality: 'Goes', region: 'zeeland' },
    });
    const rows = triageRows(nested!, texts);
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(value('aboutWhom')).toBe('Over iemand anders');
    expect(value('relation')).toBe('Buurman of buurvrouw');
    expect(value('age')).toBe('16 jaar');
    expect(value('municipality')).toBe('Goes');
    expect(value('region')).toBe('Zeeland');
    expect(rows.find((r) => r.key === 'minor')).toMatchObject({ value: 'Ja', flag: true });
    const flat = triageSchema.parse({ form: 'unknown', aboutWhom: 'self', relation: 'step_sister', age: '30' });
    const flatRows = triageRows(flat!, texts);
    expect(flatRows.find((r) => r.key === 'aboutWhom')?.value).toBe('Over zichzelf');
    // An unknown relation is still shown, made readable.
    expect(flatRows.find((r) => r.key === 'relation')?.value).toBe('step sister');
  });

  it('shows an under 18 only guessed by the writer as a guess, still flagged; a told age shows as told (fit30)', () => {
    const guessed = triageSchema.parse({ form: 'sexual_exploitation', facts: { aboutWhom: 'other', minor: true, minorGuessed: true } });
    expect(triageRows(guessed!, texts).find((r) => r.key === 'minor')).toMatchObject({
      value: texts.t('triage.minorGuessed'),
      flag: true,
    });
    expect(texts.t('triage.minorGuessed')).toMatch(/geschat/);
    const told = triageSchema.parse({ form: 'sexual_exploitation', facts: { minor: true, minorGuessed: false, age: 15 } });
    expect(triageRows(told!, texts).find((r) => r.key === 'minor')).toMatchObject({ value: 'Ja', flag: true });
  });

  it('shows a minor pointed to by a word alone ("kids") as a hint, flagged, never as told; the word is not listed as a signal', () => {
    const hinted = triageSchema.parse({
      form: 'labour_exploitation',
      signals: ['minor_involved', 'excessive_hours'],
      minorInvolved: true,
      facts: { aboutWhom: 'self', minor: null, age: null },
    });
    const rows = triageRows(hinted!, texts);
    expect(rows.find((r) => r.key === 'minor')).toMatchObject({ value: texts.t('triage.minorHinted'), flag: true });
    expect(texts.t('triage.minorHinted')).toMatch(/niet verteld/);
    expect(rows.find((r) => r.key === 'signals')?.value).toEqual(['Heel lange werkdagen']);
    // The same summary once the writer told an adult age: no.
    const told = triageSchema.parse({ ...hinted, facts: { aboutWhom: 'self', minor: false, age: 24 } });
    expect(triageRows(told!, texts).find((r) => r.key === 'minor')).toMatchObject({ value: 'Nee', flag: false });
  });

  it('tolerates a summary of another shape instead of failing the page', () => {
    expect(triageSchema.parse('nonsense')).toBeNull();
    const odd = triageSchema.parse({ form: 42, signals: 'x', age: { years: 3 } });
    expect(odd).toMatchObject({ form: 'unknown', signals: [], age: null });
  });
});

describe('queue tickets', () => {
  const item = queueItemSchema.parse({
    conversationId: 'abcdef123456',
    code: null,
    locale: 'en',
    acute: false,
    queuedAt: '2026-03-01T10:00:00Z',
    waitingSeconds: 185,
    position: 2,
    estimatedWaitMinutes: 0,
    triage: null,
  });

  it('names a chat by its code, or the start of its id', () => {
    expect(chatCode(item)).toBe('abcdef12');
    expect(chatCode({ ...item, code: 'K7P-2QX' })).toBe('K7P-2QX');
  });

  it('says place, time waited, language and estimate in words', () => {
    expect(ticketMeta(item, texts)).toEqual([
      'Nummer 2 in de wachtrij',
      'Wacht al 3 min.',
      'Taal: Engels',
      'Verwachte wachttijd: korter dan 1 min.',
    ]);
    expect(ticketMeta({ ...item, waitingSeconds: 20, estimatedWaitMinutes: null }, texts).slice(1)).toEqual([
      'Wacht korter dan 1 min.',
      'Taal: Engels',
      'Verwachte wachttijd: onbekend.',
    ]);
  });
});

describe('message list', () => {
  it('adds only the held feed lines the loaded transcript does not have', () => {
    const loaded = [
      { role: 'citizen', text: 'hallo' },
      { role: 'bot', text: 'Dag' },
      { role: 'citizen', text: 'ok' },
    ];
    const held = [
      { role: 'citizen', text: 'ok' },
      { role: 'citizen', text: 'ok' },
      { role: 'citizen', text: 'nieuw' },
    ];
    expect(missingLines(held, loaded)).toEqual([
      { role: 'citizen', text: 'ok' },
      { role: 'citizen', text: 'nieuw' },
    ]);
  });

  it('names the sender; a counsellor by name when known', () => {
    expect(senderLabel(texts, 'counsellor', 'Sanne')).toBe('Hulpverlener Sanne');
    expect(senderLabel(texts, 'counsellor', null)).toBe('Hulpverlener');
    expect(senderLabel(texts, 'citizen', null)).toBe('Burger');
  });
});

describe('tabs', () => {
  it('moves with arrows (wrapping), Home and End', () => {
    const order = ['a', 'b', 'c'];
    expect(nextTab(order, 'a', 'ArrowLeft')).toBe('c');
    expect(nextTab(order, 'c', 'ArrowRight')).toBe('a');
    expect(nextTab(order, 'b', 'Home')).toBe('a');
    expect(nextTab(order, 'a', 'End')).toBe('c');
    expect(nextTab(order, 'a', 'x')).toBeNull();
    expect(nextTab([], null, 'ArrowRight')).toBeNull();
  });

  it('puts the unread count in front of the window title', () => {
    expect(titleWithUnread('Console', 0)).toBe('Console');
    expect(titleWithUnread('Console', 3)).toBe('(3) Console');
  });
});

describe('live feed', () => {
  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(reconnectDelay(0, 0)).toBe(500);
    expect(reconnectDelay(0, 0.999)).toBeCloseTo(999.5);
    expect(reconnectDelay(3, 0)).toBe(4000);
    expect(reconnectDelay(10, 0.999)).toBeLessThanOrEqual(30000);
  });

  it('accepts known events and ignores anything else', () => {
    expect(parseFeedMessage(JSON.stringify({ kind: 'queue_changed' }))).toEqual({ kind: 'queue_changed' });
    expect(
      parseFeedMessage(JSON.stringify({ kind: 'ended', conversationId: 'c', reason: 'quick_exit', counsellorId: 'u', wrapUp: true })),
    ).toEqual({
      kind: 'ended',
      conversationId: 'c',
      reason: 'quick_exit',
      wrapUp: true,
    });
    // A server of an older release sends no wrapUp: the chat simply ends.
    expect(parseFeedMessage(JSON.stringify({ kind: 'ended', conversationId: 'c', reason: 'closed', counsellorId: null }))).toEqual({
      kind: 'ended',
      conversationId: 'c',
      reason: 'closed',
      wrapUp: false,
    });
    expect(parseFeedMessage('{not json')).toBeNull();
    expect(parseFeedMessage(JSON.stringify({ kind: 'party' }))).toBeNull();
    expect(parseFeedMessage(JSON.stringify({ kind: 'message', conversationId: 'c' }))).toBeNull();
    expect(parseFeedMessage(new ArrayBuffer(2))).toBeNull();
  });
});

describe('keyboard shortcuts', () => {
  const key = (code: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    altKey: true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    code,
    ...extra,
  });

  it('binds Alt plus a physical key to each common action, and Alt+digit to a chat', () => {
    expect(shortcutFor(key('KeyN'))).toBe('acceptNext');
    expect(shortcutFor(key('KeyS'))).toBe('send');
    expect(shortcutFor(key('KeyO'))).toBe('transfer');
    expect(shortcutFor(key('KeyA'))).toBe('close');
    expect(shortcutFor(key('Digit3'))).toEqual({ chat: 3 });
  });

  it('ignores keys without Alt, with other modifiers, and unbound keys', () => {
    expect(shortcutFor(key('KeyN', { altKey: false }))).toBeNull();
    expect(shortcutFor(key('KeyN', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('KeyN', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(key('KeyZ'))).toBeNull();
    expect(shortcutFor(key('Digit0'))).toBeNull();
  });

  it('has one distinct key per action, each with a text in the locale', () => {
    expect(new Set(SHORTCUTS.map((s) => s.code)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(texts.has(`shortcuts.${s.action}`)).toBe(true);
    expect(keyLabel('KeyN')).toBe('Alt+N');
  });
});

describe('transfer list', () => {
  it('offers colleagues with the fewest chats first, named with their load', () => {
    const options = colleagueOptions(
      [
        { username: 'joris', displayName: 'Joris', chats: 2 },
        { username: 'sanne', displayName: 'Sanne', chats: 0 },
        { username: 'anna', displayName: 'Anna', chats: 2 },
      ],
      texts,
    );
    expect(options).toEqual([
      { value: 'sanne', label: 'Sanne (0 chats)' },
      { value: 'anna', label: 'Anna (2 chats)' },
      { value: 'joris', label: 'Joris (2 chats)' },
    ]);
  });
});

describe('fact labels', () => {
  it('has words for every relation and every "about whom" the conversation can record', async () => {
    const { ABOUT_WHOM, RELATIONS } = await import('../../../../../src/understanding/understanding');
    for (const relation of RELATIONS) expect([relation, texts.has(`labels.relations.${relation}`)]).toEqual([relation, true]);
    for (const who of ABOUT_WHOM) expect([who, texts.has(`labels.aboutWhom.${who}`)]).toEqual([who, true]);
  });

  it('reads the facts as the triage summary stores them', async () => {
    const { emptyTriage, rememberFacts } = await import('../../../../../src/triage/summary');
    const stored = rememberFacts(emptyTriage(), { aboutWhom: 'other', relation: 'classmate', minor: true, age: 15, municipality: 'Goes' });
    const rows = triageRows(triageSchema.parse(JSON.parse(JSON.stringify(stored)))!, texts);
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(value('relation')).toBe('Klasgenoot');
    expect(value('age')).toBe('15 jaar');
    expect(value('municipality')).toBe('Goes');
    expect(rows.find((r) => r.key === 'minor')).toMatchObject({ value: 'Ja', flag: true });
  });
});
