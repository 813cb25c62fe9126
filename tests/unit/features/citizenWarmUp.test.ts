import pino from 'pino';
import type { TurnContext } from 'botbuilder';
import { WARM_UP_SCRIPTS, warmUpCitizenTurns } from '../../../src/features/citizenWarmUp';
import type { CitizenBotParts } from '../../../src/features/citizenWarmUp';
import { Replies } from '../../../dialogs/replies';
import type { Catalog } from '../../../src/i18n/catalog';
import { replies } from '../../support/bot';

const silent = pino({ level: 'silent' });
const oneRound = WARM_UP_SCRIPTS.reduce((sum, script) => sum + 1 + script.says.length, 0);

/** Logic that answers every turn once, asks the desk on every message, and records what it was given. */
function recordingLogic(seen: { parts?: CitizenBotParts; conversations: Set<string>; waits: boolean[] }) {
  return (parts: CitizenBotParts) => {
    seen.parts = parts;
    return async (context: TurnContext) => {
      seen.conversations.add(context.activity.conversation.id);
      seen.waits.push(await parts.hasCounsellorOrWaits(context.activity.conversation.id));
      if (context.activity.type === 'message') await parts.desk.request(context, 'nl');
    };
  };
}

it('runs every script as its own conversation, each round, and counts turns and replies', async () => {
  const seen = { conversations: new Set<string>(), waits: [] as boolean[] };
  const outcome = await warmUpCitizenTurns(recordingLogic(seen), { replies, logger: silent }, { rounds: 2, budgetMs: 1000, now: () => 0 });
  expect(outcome).toEqual({ turns: 2 * oneRound, replies: 2 * (oneRound - WARM_UP_SCRIPTS.length), failed: 0 });
  expect(seen.conversations.size).toBe(2 * WARM_UP_SCRIPTS.length);
  // Nobody waits for a counsellor in a made-up chat: the queue is never asked.
  expect(seen.waits.every((w) => w === false)).toBe(true);
});

it('starts no round after the first once the budget is spent, and none at all for 0 rounds', async () => {
  let clock = 0;
  const seen = { conversations: new Set<string>(), waits: [] as boolean[] };
  const logic = recordingLogic(seen);
  const slow = (parts: CitizenBotParts) => {
    const inner = logic(parts);
    return async (context: TurnContext) => {
      clock += 10;
      await inner(context);
    };
  };
  const outcome = await warmUpCitizenTurns(slow, { replies, logger: silent }, { rounds: 5, budgetMs: oneRound * 10 + 1, now: () => clock });
  // Round 1 began at the first round's end; round 2 began 1 ms short of the budget; round 3 not.
  expect(outcome.turns).toBe(3 * oneRound);
  expect(await warmUpCitizenTurns(slow, { replies, logger: silent }, { rounds: 0, budgetMs: 1000 })).toEqual({
    turns: 0,
    replies: 0,
    failed: 0,
  });
});

it('counts a failing turn and goes on', async () => {
  const failing = () => async (context: TurnContext) => {
    if (context.activity.text === WARM_UP_SCRIPTS[0].says[0]) throw new Error('boom');
  };
  const outcome = await warmUpCitizenTurns(failing, { replies, logger: silent }, { rounds: 1, budgetMs: 0 });
  expect(outcome).toMatchObject({ turns: oneRound, failed: 1 });
});

it('presses the buttons with the labels the catalog gives them', async () => {
  // A catalog whose every text is its key: a label written into the scripts would not match it.
  const keyed = new Replies({ t: (locale: string, key: string) => `${locale}:${key}`, list: () => [] } as unknown as Catalog, {
    nl: {},
    en: {},
  });
  const texts: string[] = [];
  const logic = () => async (context: TurnContext) => {
    if (context.activity.type === 'message') texts.push(context.activity.text ?? '');
  };
  await warmUpCitizenTurns(logic, { replies: keyed, logger: silent }, { rounds: 1, budgetMs: 0 });
  expect(texts).toEqual(
    expect.arrayContaining(['nl:choices.aboutSomeoneElse', 'nl:choices.aboutMe', 'nl:choices.counsellor', 'en:choices.counsellor']),
  );
  expect(texts).not.toContain('Chat met een hulpverlener');
});
