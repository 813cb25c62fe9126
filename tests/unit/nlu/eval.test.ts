/**
 * The evaluation arithmetic on a handful of made-up results: how unsure counts in recall and
 * precision, per-language groups, and fact scoring. The figures on real sets come from
 * `npm run eval:nlu`; no test asserts them (they describe the model, not the code).
 */
import type { LabelledMessage } from '../../../src/nlu/corpus';
import { parseLabelledLines } from '../../../src/nlu/corpus';
import { misses, plainEquals, report, type Scored } from '../../../src/nlu/evaluation';
import type { DangerLevel, Understanding } from '../../../src/understanding/understanding';

function scored(message: Partial<LabelledMessage>, got: { level?: DangerLevel; suicidal?: boolean } & Partial<Understanding>): Scored {
  const { level = 'none', suicidal = false, ...rest } = got;
  return {
    message: { id: 'x', locale: 'nl', text: 't', intent: 'describe_concern', form: 'unknown', acuteDanger: false, ...message },
    understanding: {
      danger: { level, suicidal, reasons: [], score: 0 },
      language: 'nl',
      intent: 'describe_concern',
      intentScore: 1,
      form: 'unknown',
      formScore: 1,
      signals: [],
      questions: [],
      facts: {},
      ...rest,
    },
  };
}

describe('evaluation report', () => {
  const rows = [
    scored({ acuteDanger: true, language: 'nl' }, { level: 'acute' }),
    scored({ acuteDanger: true, language: 'nl' }, { level: 'unsure' }),
    scored({ acuteDanger: true, language: 'en' }, { level: 'none' }),
    scored({ acuteDanger: false, language: 'en' }, { level: 'acute' }),
    scored({ acuteDanger: false, language: 'nl' }, { level: 'unsure' }),
    scored({ acuteDanger: false, language: 'other', intent: 'greeting' }, { level: 'none', intent: 'out_of_scope', language: 'other' }),
  ];
  const r = report(rows);

  it('counts unsure as caught for recall and not as acute for precision, and shows both views', () => {
    expect(r.all.acute).toEqual({ positives: 3, recallCaught: 0.667, recallAcuteOnly: 0.333, precisionAcute: 0.5, precisionCaught: 0.5 });
    expect(r.all.unsureRate).toBe(0.333);
  });

  it('splits by the language of the message', () => {
    expect([r.nl.n, r.en.n, r.other.n, r.all.n]).toEqual([3, 2, 1, 6]);
    expect(r.nl.acute.recallCaught).toBe(1);
    expect(r.other.intentAccuracy).toBe(0);
    expect(r.other.languageAccuracy).toBe(1);
  });

  it('scores facts per key, nulls included, and compares places without case or accents', () => {
    const facts = report([
      scored(
        { facts: { age: 15, minor: true, municipality: "'s-Gravenhage" } },
        { facts: { age: 15, minor: true, municipality: "'s-gravenhage" } },
      ),
      scored({ facts: { age: null, minor: false, municipality: null } }, { facts: { age: 16 } }),
    ]).all.facts;
    expect(facts.age).toEqual({ n: 2, accuracy: 0.5, told: 1, toldRecall: 1, precision: 0.5 });
    expect(facts.minor).toMatchObject({ accuracy: 0.5, toldRecall: 0.5, precision: 1 });
    expect(facts.municipality).toMatchObject({ accuracy: 1 });
    expect(plainEquals('Súdwest-Fryslân', 'sudwest fryslan')).toBe(true);
  });

  it('lists the misses for reading', () => {
    const m = misses(rows);
    expect(m.acuteMissed).toHaveLength(1);
    expect(m.acuteFalseAlarm).toHaveLength(1);
    expect(m.intent).toHaveLength(1);
  });
});

describe('labelled line format', () => {
  it('accepts the blind-set shape and the old tuning shape, and names the broken line', () => {
    const blind =
      '{"id":"b1","locale":"nl","text":"x","language":"nl","intent":"describe_concern","form":"unknown","acuteDanger":false,"suicidal":false,"questions":[],"facts":{"aboutWhom":"other","relation":"child","minor":true,"age":15,"place":"Tiel","municipality":"Tiel"}}';
    const old =
      '{"id": "nl-001", "text": "hoi", "locale": "nl", "intent": "greeting", "form": "unknown", "acuteDanger": false, "signals": []}';
    expect(parseLabelledLines(`${blind}\n\n${old}\n`, 'f.jsonl').map((m) => m.id)).toEqual(['b1', 'nl-001']);
    expect(() => parseLabelledLines(`${old}\n{"id":"2"}`, 'f.jsonl')).toThrow(/^f\.jsonl:2:/);
  });
});
