import { limitIncoming } from '../../../src/channels/incomingLimits';

it('drops attachments and cuts text beyond the limit, telling the bot about both', () => {
  const limited = limitIncoming(
    {
      type: 'message',
      text: 'a'.repeat(150),
      attachments: [{ contentType: 'image/png' }, { contentType: 'x' }],
      channelData: { clientActivityID: 'c' },
    },
    100,
  );
  expect(limited.text).toHaveLength(100);
  expect(limited.attachments).toBeUndefined();
  expect(limited.channelData).toEqual({ clientActivityID: 'c', attachmentsRemoved: 2, truncated: true });
});

it('leaves ordinary messages alone', () => {
  expect(limitIncoming({ type: 'message', text: 'hoi' }, 100)).toMatchObject({ text: 'hoi', channelData: {} });
});
