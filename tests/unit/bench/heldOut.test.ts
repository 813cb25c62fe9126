import path from 'node:path';
import { loadLabelledFile } from '../../../src/nlu/corpus';
import { loadScripts } from '../../../bench/dialogs/script';
import type { ConversationScore } from '../../../bench/dialogs/score';
import { loadEvalSet } from '../../../bench/eval-anonymiser';
import { addAnonymiserResults, dialogFigures, dialogRow, parseOptions } from '../../../bench/held-out';
import type { EvalResult } from '../../../bench/eval-anonymiser';
import { heldOutItems, heldOutParts, type HeldOutPart } from '../../../bench/support/heldOutParts';

const root = path.resolve(__dirname, '../../..');

function score(over: Partial<ConversationScore>): ConversationScore {
  return {
    id: 'x',
    worryTurn: 0,
    guidanceAfter: 1,
    repeated: [],
    unfit: [],
    wrongLanguage: [],
    acuteMissed: [],
    suicidalMissed: [],
    ownQuestionsLate: [],
    noAnswerHere: [],
    noAnswerHereLabelled: [],
    roleUnfit: [],
    minorUnfit: [],
    dangerWithout: [],
    dangerWithoutSources: [],
    dangerOnCalmAfter: [],
    dangerOnCalmAfterSources: [],
    repeatedBubbles: [],
    bubbles: [],
    words: [],
    routesNamed: {},
    asCounsellorWantsLenient: true,
    asCounsellorWants: true,
    ...over,
  };
}

describe('the held-out parts of the tuning sets', () => {
  it('lists parts of every kind, each a range inside its file as the set loader reads it', () => {
    const load = (part: HeldOutPart): readonly unknown[] => {
      const file = path.join(root, part.file);
      if (part.kind === 'dialogs') return loadScripts(file);
      if (part.kind === 'nlu') return loadLabelledFile(file);
      return loadEvalSet(file);
    };
    for (const kind of ['dialogs', 'nlu', 'anonymiser'] as const) expect(heldOutParts(kind).length).toBeGreaterThan(0);
    for (const part of heldOutParts()) {
      const [from, to] = part.lines.split('-').map(Number) as [number, number];
      expect(heldOutItems(part, load(part))).toHaveLength(to - from + 1);
    }
  });

  it('refuses a part whose range runs past the end of its file', () => {
    const part: HeldOutPart = { kind: 'dialogs', file: 'x.jsonl', lines: '16-30' };
    expect(() =>
      heldOutItems(
        part,
        Array.from({ length: 29 }, (_, i) => i),
      ),
    ).toThrow(/29 items, fewer than its held-out range 16-30/);
    expect(
      heldOutItems(
        part,
        Array.from({ length: 30 }, (_, i) => i),
      ),
    ).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  });
});

describe('the held-out runner', () => {
  it('reads --only and --json and refuses anything else', () => {
    expect(parseOptions([])).toEqual({ only: undefined, json: false });
    expect(parseOptions(['--only', 'nlu', '--json'])).toEqual({ only: 'nlu', json: true });
    expect(() => parseOptions(['--only', 'blind'])).toThrow();
    expect(() => parseOptions(['--verbose'])).toThrow(/unknown argument --verbose/);
    expect(() => parseOptions(['--only'])).toThrow();
  });

  it('counts a part of a dialog set as eval:dialogs does, and pools parts as one count over all their conversations', () => {
    const first = [
      score({ asCounsellorWants: false, dangerWithout: [2, 4], dangerWithoutSources: ['danger.acute', 'triage.dangerCheck'] }),
      score({ acuteMissed: [1], asCounsellorWants: false }),
      score({}),
    ];
    const a = dialogFigures(first);
    expect(a).toMatchObject({ conversations: 3, wanted: 1, dangerTurns: 2, dangerConversations: 1, acuteMissed: 1 });
    const second = [score({ asCounsellorWants: false, dangerWithout: [1], dangerWithoutSources: ['danger.acute'] })];
    const pooled = dialogFigures([...first, ...second]);
    expect(pooled).toMatchObject({ conversations: 4, wanted: 1, dangerTurns: 3, dangerConversations: 2, acuteMissed: 1 });
    expect(pooled.dangerSources).toEqual({ 'danger.acute': 2, 'triage.dangerCheck': 1 });
    expect(dialogRow('ALL', pooled)).toMatch(/^ALL\s+wanted 1\/4\s+acute missed 1\s+no 113 0\s+danger 3 in 2/);
  });

  it('pools anonymiser halves by adding their counts, and keeps no misses', () => {
    const counts = (gold: number, covered: number) => ({ gold, covered, typed: covered, predicted: covered, precise: covered });
    const half = (gold: number, covered: number): EvalResult => ({
      perType: { NAAM: counts(gold, covered) } as EvalResult['perType'],
      required: counts(gold, covered),
      quasi: counts(0, 0),
      overall: counts(gold, covered),
      spanPrecision: { hits: covered, predicted: covered + 1 },
      serviceNumbers: { seen: 1, masked: 0 },
      messages: 10,
      errors: ['x missed NAAM "Piet": …'],
    });
    const pooled = addAnonymiserResults([half(10, 9), half(5, 5)]);
    expect(pooled.required).toEqual(counts(15, 14));
    expect(pooled.perType.NAAM).toEqual(counts(15, 14));
    expect(pooled.spanPrecision).toEqual({ hits: 14, predicted: 16 });
    expect(pooled.serviceNumbers).toEqual({ seen: 2, masked: 0 });
    expect(pooled.messages).toBe(20);
    expect(pooled.errors).toEqual([]);
  });
});
