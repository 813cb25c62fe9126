/**
 * The log line about screened danger says that it happened and why, for operations; it names no
 * conversation. Logs outlive the retention periods and an erasure on request, so a conversation id
 * beside "suicidal" would keep a health mark about one chat after its transcript is gone.
 */
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';
import { capturedLogger } from '../../support/logs';

it('logs acute danger with its reasons but without the conversation, the text or the sender', async () => {
  const { logger, lines } = capturedLogger();
  const { adapter } = createTestBot(blankRecognizer, { logger });
  await join(adapter);
  const text = 'Ik wil niet meer leven, ik heb de pillen al klaargelegd';
  const turn = await say(adapter, text);
  expect(turn.all).toMatch(/113/);

  const danger = lines.filter((l) => l.event === 'acute_danger');
  expect(danger).toHaveLength(1);
  expect(danger[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/suicid/)]));
  expect(Object.keys(danger[0]!)).not.toContain('conversation');
  const everything = JSON.stringify(lines);
  expect(everything).not.toContain('pillen');
  expect(everything).not.toContain(adapter.conversation.conversation.id);
  expect(everything).not.toContain(adapter.conversation.user!.id);
});
