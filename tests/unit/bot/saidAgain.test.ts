import { REWORDED_KEYS, wordingFor } from '../../../src/bot/saidAgain';
import { catalog } from '../../support/bot';

describe('lines said again in other words', () => {
  it('says each wording of a family once before any comes round again', () => {
    let said = {};
    const keys: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = wordingFor('danger.reminder', said);
      keys.push(next.key);
      said = next.said;
    }
    expect(keys).toEqual([
      'danger.reminder',
      'danger.reminderAgain',
      'danger.reminderThird',
      'danger.reminderFourth',
      'danger.reminderFifth',
      'danger.reminder',
    ]);
  });

  it('has wordings enough that a reminder with 113 said on four turns running never comes round again', () => {
    let said = {};
    const keys: string[] = [];
    for (let i = 0; i < 4; i++) {
      const next = wordingFor('danger.reminderSuicidal', said);
      keys.push(next.key);
      said = next.said;
    }
    expect(new Set(keys).size).toBe(4);
  });

  it('counts each family on its own and leaves a line without other wordings as it is', () => {
    const first = wordingFor('danger.stillNow', { 'danger.reminder': 2 });
    expect(first).toEqual({ key: 'danger.stillNow', said: { 'danger.reminder': 2, 'danger.stillNow': 1 } });
    expect(wordingFor('triage.thanks', { 'danger.reminder': 1 })).toEqual({ key: 'triage.thanks', said: { 'danger.reminder': 1 } });
  });

  it('has every wording in every locale, each different from the others of its family, and keeps the numbers', () => {
    for (const locale of ['nl', 'en'] as const) {
      const texts = REWORDED_KEYS.map((key) => catalog.t(locale, key));
      expect(new Set(texts).size).toBe(texts.length);
      for (const key of REWORDED_KEYS) {
        const text = catalog.t(locale, key);
        // The closed counsellor desk names a phone line, 112 only in its wordings for danger told; the
        // interpreter line beside a message mixed with another language names the phone line.
        if (/^handoff\.(?:closed|nobody)(?:Again|Still)?$|^small\.mixedLanguage/.test(key)) expect(text).toMatch(/0800-(?:2000|7000)/);
        else expect(text).toMatch(/\b112\b/);
        if (/Suicidal|With113|otherLanguage/.test(key)) expect(text).toMatch(/\b113\b/);
      }
    }
  });
});
