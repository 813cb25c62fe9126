/**
 * What a Direct Line client receives of a stored activity, made from the stored JSON text without
 * parsing it: the stored object with the channel's id.
 */
import { activityId } from '../../../../src/channels/directline/activityIds';
import { deliverableText, directLineActivityText } from '../../../../src/channels/directline/delivery';
import type { JsonObject } from '../../../../src/store/ports';

it('adds the id to the stored text: the stored object with its id, whatever the spacing', () => {
  const cases: JsonObject[] = [
    { type: 'message', text: 'Eén "signaal" }{ zegt {niets}', from: { id: 'bot', role: 'bot' }, attachments: [] },
    { type: 'message', id: 'stored-id', text: 'x' },
    { type: 'endOfConversation' },
    {},
  ];
  cases.forEach((activity, i) => {
    const seq = i + 1;
    for (const text of [JSON.stringify(activity), JSON.stringify(activity, null, 1), ` ${JSON.stringify(activity)} `]) {
      const made = directLineActivityText('conv-1', { seq, type: 'message', activityJson: text });
      expect(JSON.parse(made)).toEqual({ ...activity, id: activityId('conv-1', seq) });
    }
  });
  expect(directLineActivityText('conv-1', { seq: 12, type: 'message', activityJson: '{"type":"message"}' })).toBe(
    '{"type":"message","id":"conv-1|0000012"}',
  );
});

it('delivers messages, the end of a conversation and events the page may see; never internal events or updates', () => {
  const cases: Array<[JsonObject, boolean]> = [
    [{ type: 'message', text: 'hoi' }, true],
    [{ type: 'endOfConversation' }, true],
    [{ type: 'event', name: 'webchat/join' }, true],
    [{ type: 'event' }, true],
    [{ type: 'event', name: 'helpline.quickExit' }, false],
    [{ type: 'conversationUpdate' }, false],
    [{ type: 'typing' }, false],
  ];
  for (const [activity, expected] of cases) {
    expect(deliverableText({ seq: 1, type: String(activity.type), activityJson: JSON.stringify(activity) })).toBe(expected);
  }
});
