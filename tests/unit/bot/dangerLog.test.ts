/**
 * The log line about screened danger says that it happened and why, for operations; it names no
 * conversation. Logs outlive the retention periods and an erasure on request, so a conversation id
 * beside "suicidal" would keep a health mark about one chat after its transcript is gone.
 */
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/log';
import type { Recognizer } from '../../../src/nlu/recognizer';
import { createTestBot, join, say } from '../../support/bot';

const blank: Recognizer = {
  name: 'blank',
  recognize: async () => ({
    intent: 'out_of_scope',
    form: 'unknown',
    acuteDanger: false,
    signals: [],
    scores: { intent: 0, form: 0 },
    language: 'nl',
  }),
};

it('logs acute danger with its reasons but without the conversation, the text or the sender', async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const { adapter } = createTestBot(blank, { logger: createLogger('info', sink) });
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
