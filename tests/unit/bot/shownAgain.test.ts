import type { Activity } from 'botbuilder';
import { shownKey, withoutShownAgain } from '../../../src/bot/shownAgain';
import { catalog, createTestBot, join, labourStoryRecognizer, say } from '../../support/bot';

const message = (text: string, extra: Partial<Activity> = {}): Partial<Activity> => ({ type: 'message', text, ...extra });
const never = () => false;

describe('a bubble shown again', () => {
  const code = 'Je gesprekscode is K7M-4QX. Noem deze code als je later vragen hebt.';
  const shown = new Set([code, 'Bij gevaar: bel meteen 112.', 'Dank je.', 'Welke?'].map(shownKey));

  it('is left out when the turn says something else', () => {
    const out = withoutShownAgain([message('Oké, we stoppen.'), message(code), { type: 'event', name: 'stopped' }], shown, false, never);
    expect(out.map((a) => a.text ?? a.name)).toEqual(['Oké, we stoppen.', 'stopped']);
    expect(withoutShownAgain([message(code)], shown, true, never)).toEqual([]);
  });

  it('stays when it names 112 or 113, carries buttons, may recur, or is all the turn would say', () => {
    expect(withoutShownAgain([message('Bij gevaar: bel meteen 112.')], shown, true, never)).toHaveLength(1);
    const buttons = message('Welke?', { suggestedActions: { actions: [{ type: 'imBack', title: 'Ja', value: 'Ja' }], to: [] } });
    expect(withoutShownAgain([buttons], shown, true, never)).toHaveLength(1);
    expect(withoutShownAgain([message('Dank je.')], shown, true, (t) => t === 'Dank je.')).toHaveLength(1);
    expect(withoutShownAgain([message(code)], shown, false, never)).toHaveLength(1);
  });

  it('is told by the trimmed text', () => {
    expect(shownKey(` ${code}\n`)).toBe(shownKey(code));
    expect(shownKey(code)).not.toBe(shownKey(`${code}!`));
  });
});

describe('stopping after the guidance, through the bot', () => {
  it('does not show the conversation code a second time', async () => {
    const { adapter } = createTestBot(labourStoryRecognizer);
    await join(adapter);
    const codeLine = catalog.t('nl', 'triage.code', { code: 'K7M-4QX' });
    const turns = [
      await say(adapter, 'Mijn buurman werkt 14 uur per dag in de kassen en zijn baas houdt zijn paspoort'),
      await say(adapter, 'ja'),
      await say(adapter, 'stop'),
    ];
    const all = turns.flatMap((t) => t.texts);
    expect(all.filter((t) => t === codeLine)).toHaveLength(1);
    expect(turns[2]!.texts).not.toContain(codeLine);
    expect(turns[2]!.texts[0]).toBe(catalog.t('nl', 'interrupt.stop'));
  });
});
