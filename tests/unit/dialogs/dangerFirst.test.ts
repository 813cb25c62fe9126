/**
 * Acute-danger messages of the tuning set through the real bot: each one the first look rates
 * acute, sent in the middle of a conversation, is answered first with the 112 line. The screen is
 * a learned model with a recall target, not a promise per message: at least 95% of them must be
 * caught (acute, or unsure, where the bot asks whether someone is in danger now).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FIRM_SCORE, heldOrHurtNow } from '../../../src/bot/dangerInView';
import { testScreen } from '../../support/screen';
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';

const screen = testScreen();

const lineSchema = z.object({ id: z.string(), text: z.string(), locale: z.enum(['nl', 'en']), acuteDanger: z.boolean() }).passthrough();
const acute = fs
  .readFileSync(path.resolve(__dirname, '../../eval/nlu.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => lineSchema.parse(JSON.parse(l)))
  .filter((l) => l.acuteDanger);

it('the evaluation set has acute-danger messages to check, and the screen catches at least 95%', () => {
  expect(acute.length).toBeGreaterThanOrEqual(60);
  const caught = acute.filter((l) => screen.assess(l.text).level !== 'none').length;
  expect(caught / acute.length).toBeGreaterThanOrEqual(0.95);
});

const rated = acute.filter((l) => screen.assess(l.text).level === 'acute');
it.each(rated.map((l) => [l.id, l.text, l.locale] as const))('%s gets 112 first', async (_id, text, locale) => {
  const { adapter } = createTestBot(blankRecognizer);
  await join(adapter);
  await say(adapter, locale === 'en' ? 'About someone else' : 'Over iemand anders');
  const turn = await say(adapter, text);
  expect(turn.texts[0]).toMatch(/112/);
});

it('keeps 112 in view on the turn after someone held or hurt now, when that message does not repeat it', async () => {
  // A firm reading of someone held, hurt or threatened at this moment: after one just over the acute
  // threshold, or any other (round 45), a calm next message is not asked about it again
  // (dangerLinesInContext.test.ts, followOnAfter112.test.ts).
  const first = rated.find((l) => {
    const danger = screen.assess(l.text);
    return l.locale === 'nl' && danger.score >= FIRM_SCORE && heldOrHurtNow(danger.reasons);
  })!;
  const { adapter } = createTestBot(blankRecognizer);
  await join(adapter);
  await say(adapter, 'Over iemand anders');
  await say(adapter, first.text);
  expect(screen.assess('oke').level).toBe('none');
  const after = await say(adapter, 'oke');
  expect(after.texts[0]).toMatch(/112/);
  const later = await say(adapter, 'oke');
  expect(later.all).not.toMatch(/gevaar er nog/);
});
