import path from 'node:path';
import { Replies } from '../../../dialogs/replies';
import { Catalog } from '../../../src/i18n/catalog';
import { bilingualDangerReplies, dangerReplies } from '../../../src/bot/safetyGate';

const replies = new Replies(
  Catalog.load(path.resolve(__dirname, '../../../locales'), ['messages', 'web', 'guidance', 'referrals', 'console']),
  { nl: {}, en: {} },
);

describe('the danger-first reply', () => {
  it('is in the conversation language for Dutch or English', () => {
    const out = dangerReplies(replies, 'nl', { acuteDanger: true, suicidal: true, reasons: [] });
    expect(out.map((a) => a.text)).toEqual([
      replies.t('nl', 'danger.acute'),
      replies.t('nl', 'danger.suicidal'),
      replies.t('nl', 'danger.counsellorOffer'),
    ]);
  });

  it('gives 112 and 113 in English and Dutch in each message for a citizen writing in another language', () => {
    const out = bilingualDangerReplies(replies, { acuteDanger: true, suicidal: true, reasons: [] });
    expect(out).toHaveLength(3);
    expect(out[0]!.text).toBe(`${replies.t('en', 'danger.acute')}\n\n${replies.t('nl', 'danger.acute')}`);
    expect(out[1]!.text).toMatch(/0800-0113[\s\S]*\n\n[\s\S]*0800-0113/);
    expect(bilingualDangerReplies(replies, { acuteDanger: false, suicidal: false, reasons: [] })).toEqual([]);
  });
});

describe('danger told again', () => {
  it('gets a short reply with 112 first (and 113), not the same three messages', () => {
    const again = dangerReplies(replies, 'nl', { acuteDanger: true, suicidal: false, reasons: [] }, false, 1);
    expect(again.map((a) => a.text)).toEqual([replies.t('nl', 'danger.acuteAgain')]);
    const suicidal = dangerReplies(replies, 'en', { acuteDanger: true, suicidal: true, reasons: [] }, false, 1);
    expect(suicidal.map((a) => a.text)).toEqual([replies.t('en', 'danger.acuteAgain'), replies.t('en', 'danger.suicidalAgain')]);
    // The third time: has 112 been called?
    const third = dangerReplies(replies, 'nl', { acuteDanger: true, suicidal: false, reasons: [] }, false, 2);
    expect(third.map((a) => a.text)).toEqual([replies.t('nl', 'danger.acuteStill')]);
    expect(bilingualDangerReplies(replies, { acuteDanger: true, suicidal: false, reasons: [] }, false, 1)[0]!.text).toMatch(
      /112[\s\S]*112/,
    );
  });

  it('says no danger reply in the same words twice over five danger turns, each with 112 (and 113)', () => {
    const result = { acuteDanger: true, suicidal: true, reasons: [] };
    const texts = [0, 1, 2, 3, 4].flatMap((before) => dangerReplies(replies, 'nl', result, false, before).map((a) => a.text ?? ''));
    expect(new Set(texts).size).toBe(texts.length);
    for (let before = 0; before < 5; before++) {
      const turn = dangerReplies(replies, 'en', result, false, before).map((a) => a.text ?? '');
      expect(turn[0]).toMatch(/\b112\b/);
      expect(turn.join(' ')).toMatch(/\b113\b/);
    }
  });
});
