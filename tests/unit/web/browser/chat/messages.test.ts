import {
  choicesOf,
  handoffNoticeKey,
  handoffStateOf,
  initials,
  sameSender,
  senderOf,
  show,
  textParts,
} from '../../../../../src/web/browser/chat/messages';
import type { ChatActivity } from '../../../../../src/web/browser/chat/protocol';
import { senderLabel } from '../../../../../src/web/browser/chat/view';
import { catalog } from '../../../../support/bot';

const texts = Object.fromEntries(
  ['you', 'bot', 'counsellorNamed', 'counsellorUnnamed'].map((k) => [k, catalog.t('nl', `web.chat.client.${k}`)]),
) as unknown as Parameters<typeof senderLabel>[1];

const message = (extra: Partial<ChatActivity>): ChatActivity => ({ id: 'c|0000001', type: 'message', text: 'hallo', ...extra });

describe('who said it', () => {
  it('tells a counsellor from the bot by the identity the server puts in channelData', () => {
    const counsellor = message({
      from: { id: 'counsellor:u1', name: 'Sanne', role: 'bot' },
      channelData: { helplineSender: { role: 'counsellor', id: 'u1', name: 'Sanne' } },
    });
    const bot = message({ from: { id: 'veilig-thuis-bot', name: 'Veilig Thuis', role: 'bot' } });
    expect(senderOf(counsellor)).toEqual({ kind: 'counsellor', id: 'u1', name: 'Sanne' });
    expect(senderOf(bot)).toEqual({ kind: 'bot' });
    expect(senderOf(message({ from: { id: 'dl_1', role: 'user' } }))).toEqual({ kind: 'citizen' });
    // Without channelData the channel's `from` still says it.
    expect(senderOf(message({ from: { id: 'counsellor:u2', name: 'Bert', role: 'bot' } }))).toEqual({
      kind: 'counsellor',
      id: 'u2',
      name: 'Bert',
    });
  });

  it('labels every message for screen readers: the chatbot, a named counsellor, or the role alone', () => {
    expect(senderLabel({ kind: 'bot' }, texts)).toBe('Chatbot');
    expect(senderLabel({ kind: 'citizen' }, texts)).toBe('Jij');
    expect(senderLabel({ kind: 'counsellor', id: 'u1', name: 'Sanne' }, texts)).toBe('Sanne, hulpverlener');
    // The generic name mode sends a phrase, not a name.
    const generic = catalog.t('nl', 'handoff.genericName');
    expect(senderLabel({ kind: 'counsellor', id: 'u1', name: generic }, texts)).toBe('Hulpverlener van Veilig Thuis');
  });

  it('groups messages by sender, and two counsellors are two senders', () => {
    expect(sameSender({ kind: 'bot' }, { kind: 'bot' })).toBe(true);
    expect(sameSender({ kind: 'counsellor', id: 'a', name: 'A' }, { kind: 'counsellor', id: 'b', name: 'B' })).toBe(false);
    expect(sameSender({ kind: 'bot' }, { kind: 'counsellor', id: 'a', name: 'A' })).toBe(false);
  });

  it('makes initials for the avatar', () => {
    expect(initials('Sanne de Vries')).toBe('SV');
    expect(initials('anna')).toBe('A');
    expect(initials('Émile')).toBe('É');
    expect(initials('')).toBe('');
  });
});

describe('what is shown', () => {
  it('links web addresses, 112 and free phone numbers, and nothing else', () => {
    expect(textParts('Bel 112 of Veilig Thuis: 0800-2000. Zie https://example.org/hulp.')).toEqual([
      { kind: 'text', text: 'Bel ' },
      { kind: 'link', text: '112', href: 'tel:112' },
      { kind: 'text', text: ' of Veilig Thuis: ' },
      { kind: 'link', text: '0800-2000', href: 'tel:08002000' },
      { kind: 'text', text: '. Zie ' },
      { kind: 'link', text: 'https://example.org/hulp', href: 'https://example.org/hulp' },
      { kind: 'text', text: '.' },
    ]);
    expect(textParts('javascript:alert(1) en 06-112 en 1120')).toEqual([{ kind: 'text', text: 'javascript:alert(1) en 06-112 en 1120' }]);
  });

  it('shows a markdown link the bot writes as its label, never the brackets, and only for web addresses', () => {
    expect(textParts('Je bent anoniem. [Meer over je privacy](https://veiligthuis.nl/privacy/)')).toEqual([
      { kind: 'text', text: 'Je bent anoniem. ' },
      { kind: 'link', text: 'Meer over je privacy', href: 'https://veiligthuis.nl/privacy/' },
    ]);
    expect(textParts('[klik](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[klik](javascript:alert(1))' }]);
  });

  it('turns suggested actions into buttons that send text, and leaves out other kinds', () => {
    const activity = message({
      suggestedActions: {
        actions: [
          { type: 'imBack', title: 'Over mij', value: 'Over mij' },
          { type: 'openUrl', title: 'Site', value: 'https://example.org' },
          { type: 'postBack', title: 'Ja', value: 'yes' },
          { type: 'imBack', title: '', value: 'x' },
        ],
      },
    });
    expect(choicesOf(activity)).toEqual([
      { title: 'Over mij', value: 'Over mij' },
      { title: 'Ja', value: 'yes' },
    ]);
  });

  it('reads the handoff protocol: a person joined, the chat went back to the bot, the chat ended', () => {
    const status = (state: string): ChatActivity => ({ id: 'c|0000009', type: 'event', name: 'handoff.status', value: { state } });
    expect(handoffStateOf(status('accepted'))).toBe('accepted');
    expect(show(status('completed'))).toEqual({ kind: 'handoff', state: 'completed', reason: null });
    expect(show(status('weird'))).toEqual({ kind: 'none' });
    expect(show({ id: 'c|0000010', type: 'endOfConversation' })).toEqual({ kind: 'end' });
    expect(show({ id: 'c|0000011', type: 'event', name: 'handoff.initiate' })).toEqual({ kind: 'none' });
  });

  it('tells a hand-back, a closed chat and an expired wait apart, from the reason the server sends', () => {
    const status = (value: object): ChatActivity => ({ id: 'c|0000012', type: 'event', name: 'handoff.status', value });
    const notice = (value: object) => {
      const shown = show(status(value));
      if (shown.kind !== 'handoff') throw new Error('not a handoff status');
      return handoffNoticeKey(shown.state, shown.reason);
    };
    expect(notice({ state: 'accepted' })).toBe('personJoined');
    expect(notice({ state: 'completed', reason: 'released' })).toBe('backToBot');
    expect(notice({ state: 'completed', reason: 'closed' })).toBe('counsellorClosed');
    expect(notice({ state: 'failed', reason: 'expired' })).toBe('noCounsellor');
    expect(notice({ state: 'failed', reason: 'counsellor_gone' })).toBe('backToBot');
    // A server that sends no (or an unknown) reason: the state alone, as before.
    expect(notice({ state: 'completed', reason: 'something-new' })).toBe('backToBot');
  });

  it('shows typing of the bot or a counsellor, never the citizen’s own', () => {
    expect(show({ id: 'c|tx', type: 'typing', from: { id: 'bot', role: 'bot' } })).toEqual({ kind: 'typing', sender: { kind: 'bot' } });
    expect(show({ id: 'c|ty', type: 'typing', from: { id: 'dl_1', role: 'user' } })).toEqual({ kind: 'none' });
  });

  it('skips empty messages', () => {
    expect(show(message({ text: '  ' }))).toEqual({ kind: 'none' });
  });
});
