/**
 * A later turn is assessed by the later-turn screen over the reading the main screen (or a reading
 * thread) already made of its text (firstLook.ts `screenText` with `readBefore`): reading the text is
 * most of a look's work, and both screens share one reader. Proven equal to the later-turn screen's
 * own full look on every turn of two dialog tuning sets and on texts at the edges of the reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { laterTurnScreen } from '../../../src/safety/laterTurnScreen';
import { UNREADABLE_REASON } from '../../../src/safety/screen';
import { readOf, screenText } from '../../../src/understanding/firstLook';
import { testScreen } from '../../support/screen';

const root = path.resolve(__dirname, '../../..');
const main = testScreen();
const later = laterTurnScreen(main)!;

function turnsOf(file: string): string[] {
  return fs
    .readFileSync(path.join(root, 'tests/eval', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .flatMap((line) => (JSON.parse(line) as { turns: { text: string }[] }).turns.map((t) => t.text));
}

const EDGES = [
  '',
  'ja',
  '🙏🙏',
  'constructor',
  'hij heeft haar paspoort. NU staat hij voor de deur met een mes!!',
  'Ze zijn er nu niet, maar vanavond komen ze terug.',
  'они забрали телефон, она не может выйти',
  'wacht ff. '.repeat(220),
];

describe('the later-turn screen over the main screen’s reading', () => {
  const texts = [...turnsOf('dialogs-dev-z.jsonl'), ...turnsOf('dialogs-dev-aa.jsonl'), ...EDGES];

  it('assesses every turn as its own full look does, also over a reading cloned from a reading thread', () => {
    expect(later).not.toBeNull();
    expect(texts.length).toBeGreaterThan(300);
    let reused = 0;
    for (const text of texts) {
      const own = screenText(later, text);
      const before = readOf(screenText(main, text));
      if (before === undefined) continue;
      reused += 1;
      expect(screenText(later, text, before)).toEqual(own);
      expect(screenText(later, text, structuredClone(before))).toEqual(own);
    }
    expect(reused).toBeGreaterThan(300);
  });

  it('never hands on the empty reading of a text the reader could not take apart', () => {
    const unreadable = {
      danger: { level: 'unsure' as const, suicidal: false, reasons: [UNREADABLE_REASON], score: 0 },
      read: main.look('').read,
    };
    expect(readOf(unreadable)).toBeUndefined();
    expect(readOf(undefined)).toBeUndefined();
    const read = screenText(main, 'hij houdt haar vast in een kelder');
    expect(readOf(read)).toBe(read.read);
  });
});
