/**
 * "Every acute-danger message in the evaluation set gets 112 first": each one, sent in the middle
 * of a conversation, is answered first with the 112 line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Recognizer } from '../../../src/nlu/recognizer';
import { createTestBot, join, say } from '../../support/bot';

const lineSchema = z.object({ id: z.string(), text: z.string(), locale: z.enum(['nl', 'en']), acuteDanger: z.boolean() }).passthrough();
const acute = fs
  .readFileSync(path.resolve(__dirname, '../../eval/nlu.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => lineSchema.parse(JSON.parse(l)))
  .filter((l) => l.acuteDanger);

// The screen must not depend on the recognizer: give the bot one that knows nothing.
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

it('the evaluation set has acute-danger messages to check', () => {
  expect(acute.length).toBeGreaterThanOrEqual(60);
});

it.each(acute.map((l) => [l.id, l.text, l.locale] as const))('%s gets 112 first', async (_id, text, locale) => {
  const { adapter } = createTestBot(blank);
  await join(adapter);
  await say(adapter, locale === 'en' ? 'About someone else' : 'Over iemand anders');
  const turn = await say(adapter, text);
  expect(turn.texts[0]).toMatch(/112/);
});
