import { readFileSync } from 'node:fs';
import { detectConversation, detectPii, Pseudonymiser } from '../../../src/anonymiser';
import { withTaggedRest } from '../../../src/anonymiser/resolve';
import { findTaggedSpans, TAGGER_MODEL_FILE, taggerModel, useTaggerModel } from '../../../src/anonymiser/tagger';
import { featureHash, gapClass, shapeOf } from '../../../src/anonymiser/tagger/wordFeatures';
import {
  emissions,
  emissionsOfSlots,
  modelFromFile,
  rowsOf,
  SLOTS,
  slotScores,
  spansOfTags,
  TaggerFileSchema,
  viterbi,
} from '../../../src/anonymiser/tagger/model';
import { PAD_AFTER, PAD_BEFORE, positionFeatures } from '../../../src/anonymiser/tagger/wordFeatures';
import { tokenize } from '../../../src/anonymiser/text';
import { seededRandom } from '../../../src/seededRandom';
import { goldTags, trainTagger, withNamesSwapped, type MarkedText } from '../../../src/anonymiser/tagger/training';
import type { Candidate } from '../../../src/anonymiser/types';

const spansOf = (text: string): [string, string][] => findTaggedSpans(text, new Set()).map((c) => [c.type, text.slice(c.start, c.end)]);

describe('tagger features', () => {
  it('describe a word by its shape, runs collapsed', () => {
    expect(shapeOf('Jansen')).toBe('Xx');
    expect(shapeOf('El-Amrani')).toBe('Xx-Xx');
    expect(shapeOf('DHL')).toBe('X');
    expect(shapeOf('van')).toBe('x');
    expect(shapeOf('زهرا')).toBe('a');
  });

  it('describe the marks between words as classes', () => {
    expect(gapClass('Hallo, ik', 5, 7)).toBe(',');
    expect(gapClass('zat. Daarna', 3, 5)).toBe('.');
    expect(gapClass('Lindelaan 34 in', 9, 13)).toBe('d');
    expect(gapClass('a "b"', 1, 3)).toBe('"');
  });

  it('hash a family and a value to a stable id', () => {
    expect(featureHash(3, 'heet')).toBe(featureHash(3, 'heet'));
    expect(featureHash(3, 'heet')).not.toBe(featureHash(4, 'heet'));
  });
});

describe('the decoder', () => {
  const model = {
    types: ['NAAM'] as const,
    tags: 3,
    rows: new Map<number, number>(),
    weights: new Float64Array(0),
    transitions: new Float64Array(12),
    outsideBias: 0,
  };

  it('never opens a span with its continuation tag', () => {
    // Position 0 prefers "inside" (2), which may not open a span; position 1 prefers it too.
    const scores = Float64Array.from([0, 1, 5, 0, 0, 3]);
    const path = viterbi(scores, 2, 3, model.transitions);
    expect(Array.from(path)).toEqual([1, 2]);
    expect(spansOfTags(path)).toEqual([{ type: 0, from: 0, to: 2 }]);
  });

  it('adds the outside bias to every position', () => {
    const scores = emissions({ ...model, types: ['NAAM'], outsideBias: 2.5 }, [new Int32Array(0), new Int32Array(0)]);
    expect(Array.from(scores)).toEqual([2.5, 0, 0, 2.5, 0, 0]);
  });
});

const tiny: MarkedText[] = [
  { text: 'mijn buurvrouw heet Sandra Oosterveld en woont hier', entities: [{ type: 'NAAM', start: 20, end: 37 }] },
  { text: 'hij werkt bij Bakkerij Stam in de stad', entities: [{ type: 'ORGANISATIE', start: 14, end: 27 }] },
  { text: 'ik heb geen idee wat ik moet doen', entities: [] },
];

describe('training', () => {
  it('labels the first word of a span as its begin and the rest as inside', () => {
    expect(Array.from(goldTags(tiny[0]!.text, tiny[0]!.entities, ['NAAM', 'ORGANISATIE']))).toEqual([0, 0, 0, 1, 2, 0, 0, 0]);
    expect(Array.from(goldTags(tiny[1]!.text, tiny[1]!.entities, ['NAAM', 'ORGANISATIE']))).toEqual([0, 0, 0, 3, 4, 0, 0, 0]);
  });

  it('swaps the words of a name for others and keeps the offsets right', () => {
    const swapped = withNamesSwapped(
      { text: 'mijn moeder Gerda van t Hul belt', entities: [{ type: 'NAAM', start: 12, end: 27 }] },
      seededRandom(7),
    );
    const [name] = swapped.entities;
    const surface = swapped.text.slice(name!.start, name!.end);
    expect(surface).toMatch(/^\S+ van t \S+$/);
    expect(surface).not.toBe('Gerda van t Hul');
    expect(swapped.text.startsWith('mijn moeder ')).toBe(true);
    expect(swapped.text.endsWith(' belt')).toBe(true);
  });

  it('is reproducible: the same data and seed give the same bytes', () => {
    const options = { types: ['NAAM', 'ORGANISATIE'] as const, epochs: 3, seed: 11, copies: 1, outsideBias: 0 };
    const a = JSON.stringify(trainTagger(tiny, { ...options, types: [...options.types] }));
    const b = JSON.stringify(trainTagger(tiny, { ...options, types: [...options.types] }));
    expect(a).toBe(b);
    expect(JSON.stringify(trainTagger(tiny, { ...options, types: [...options.types], seed: 12 }))).not.toBe(a);
  });

  it('learns its training messages', () => {
    const file = trainTagger(tiny, { types: ['NAAM', 'ORGANISATIE'], epochs: 10, seed: 3, copies: 0, outsideBias: 0 });
    const model = modelFromFile(TaggerFileSchema.parse(JSON.parse(JSON.stringify(file))));
    expect(findTaggedSpans(tiny[0]!.text, new Set(), model).map((c) => tiny[0]!.text.slice(c.start, c.end))).toEqual(['Sandra Oosterveld']);
  });
});

describe('the committed model', () => {
  it('parses and matches the code', () => {
    const file = TaggerFileSchema.parse(JSON.parse(readFileSync(TAGGER_MODEL_FILE, 'utf8')));
    expect(file.types).toEqual(['NAAM', 'ORGANISATIE']);
    expect(taggerModel()).not.toBeNull();
  });

  it('finds names the lists lack by their place and shape', () => {
    // Made-up names: no list holds them, so only shape and context can tell.
    expect(spansOf('mijn baas heet Kobaru Tidemsk en hij houdt mijn paspoort')).toEqual([['NAAM', 'Kobaru Tidemsk']]);
    expect(spansOf('my landlord Vashtiro Mbenque keeps my passport')).toEqual([['NAAM', 'Vashtiro Mbenque']]);
  });

  it('finds an employer after "werkt bij" with its kind word', () => {
    expect(spansOf('mijn zus werkt bij Schoonmaakbedrijf Drovana in de nacht')).toEqual([['ORGANISATIE', 'Schoonmaakbedrijf Drovana']]);
  });

  it('takes no sentence-opening dictionary word, lone letter or public name', () => {
    expect(spansOf('Toon de console in het Nederlands')).toEqual([]);
    expect(spansOf('Het is mijn plan B. Daarna gaan we.')).toEqual([]);
    expect(spansOf('Deze pagina werkt alleen als JavaScript aan staat.')).toEqual([]);
  });
});

describe('scores summed per word', () => {
  it('give the very scores of summing every row of every neighbour', () => {
    const model = taggerModel()!;
    const width = SLOTS * model.tags;
    const pad = (id: number): Float64Array | undefined => {
      const row = model.rows.get(id);
      return row === undefined ? undefined : slotScores(model, [row]);
    };
    for (const text of [
      'Mijn buurvrouw Sanne Oosterveld werkt bij Bakkerij Stam, zegt ze.',
      'ok',
      'Hij heet Wiesław en belt 06 12345678',
    ]) {
      const tokens = tokenize(text);
      const rows = rowsOf(model, positionFeatures(text, tokens, new Set()));
      const slots = new Float64Array(rows.length * width);
      rows.forEach((r, i) => slotScores(model, r, slots, i * width));
      const fromSlots = Array.from(
        emissionsOfSlots(model, slots, rows.length, pad(PAD_BEFORE), pad(PAD_AFTER)).subarray(0, rows.length * model.tags),
      );
      expect(fromSlots).toEqual(Array.from(emissions(model, rows)));
    }
  });
});

describe('rules and tagger together', () => {
  afterEach(() => useTaggerModel(undefined));

  it('mask what only the tagger finds', () => {
    const text = 'mijn baas heet Kobaru Tidemsk en hij houdt mijn paspoort';
    useTaggerModel(null);
    const rulesOnly = detectPii(text).map((e) => text.slice(e.start, e.end));
    useTaggerModel(undefined);
    const both = detectPii(text).map((e) => text.slice(e.start, e.end));
    expect(both).toContain('Kobaru Tidemsk');
    for (const span of rulesOnly) expect(both.some((s) => s.includes(span))).toBe(true);
  });

  it("join a tagged span to the rules' span of the same type it overlaps", () => {
    const rule: Candidate = { type: 'NAAM', start: 5, end: 10, tier: 2 };
    const tagged: Candidate = { type: 'NAAM', start: 5, end: 13, tier: 3, tagged: true };
    expect(withTaggedRest('bel Kevin B. op', [rule], [rule, tagged])).toEqual([{ type: 'NAAM', start: 5, end: 13, tier: 2 }]);
  });

  it('drop a tagged span that overlaps a must-keep span', () => {
    const keep: Candidate = { type: 'KEEP', start: 4, end: 16, tier: 0 };
    const tagged: Candidate = { type: 'ORGANISATIE', start: 4, end: 16, tier: 3, tagged: true };
    expect(withTaggedRest('bel Veilig Thuis', [keep], [keep, tagged])).toEqual([keep]);
  });

  it('give a tagged name one pseudonym across a conversation', () => {
    const texts = ['mijn baas heet Kobaru Tidemsk', 'Kobaru zegt dat ik moet betalen'];
    const found = detectConversation(texts);
    expect(found[1]!.map((e) => texts[1]!.slice(e.start, e.end))).toEqual(['Kobaru']);
    const p = new Pseudonymiser();
    const first = p.anonymise(texts[0]!).text;
    const second = p.anonymise(texts[1]!).text;
    expect(first).not.toContain('Kobaru');
    expect(second).not.toContain('Kobaru');
  });
});
