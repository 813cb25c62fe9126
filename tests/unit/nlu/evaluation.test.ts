import { labelledMessageSchema } from '../../../src/nlu/corpus';
import { report, type Scored } from '../../../src/nlu/evaluation';
import type { Form, Intent } from '../../../src/nlu/recognizer';
import { SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';

function scored(intent: Intent, labelled: Form, predicted: Form): Scored {
  const message = labelledMessageSchema.parse({
    id: 'x',
    locale: 'nl',
    language: 'nl',
    text: 't',
    intent,
    form: labelled,
    acuteDanger: false,
  });
  return {
    message,
    understanding: {
      danger: { level: 'none', suicidal: false, reasons: [], score: 0 },
      language: 'nl',
      intent,
      intentScore: 1,
      form: predicted,
      formScore: 1,
      signals: [],
      questions: [],
      facts: {},
    },
  };
}

describe('form macro-F1', () => {
  it('over all messages counts a general question labelled unknown but read as its kind as an error; the stories-only view leaves it out', () => {
    const rows = [
      scored('describe_concern', 'labour_exploitation', 'labour_exploitation'),
      scored('describe_concern', 'sexual_exploitation', 'sexual_exploitation'),
      // The writer labelled a general question about lover boys 'unknown'; the model named its kind.
      scored('ask_signals', 'unknown', 'sexual_exploitation'),
    ];
    const all = report(rows).all;
    // labour 1.0, sexual 2/3 (one false positive), unknown 0 (one false negative).
    expect(all.formMacroF1).toBeCloseTo((1 + 2 / 3 + 0) / 3, 3);
    expect(all.formMacroF1Stories).toBe(1);
  });

  it('the stories-only view still counts a story read as the wrong form', () => {
    const rows = [
      scored('describe_concern', 'labour_exploitation', 'criminal_exploitation'),
      scored('describe_concern', 'criminal_exploitation', 'criminal_exploitation'),
    ];
    // labour 0 (missed), criminal 2/3.
    expect(report(rows).all.formMacroF1Stories).toBeCloseTo((0 + 2 / 3) / 2, 3);
  });
});

describe('suicidal thoughts', () => {
  const row = (labelled: boolean, danger: { level: 'acute' | 'unsure' | 'none'; suicidal: boolean; reasons: string[] }): Scored => {
    const base = scored('describe_concern', 'unknown', 'unknown');
    return {
      message: { ...base.message, suicidal: labelled },
      understanding: { ...base.understanding, danger: { ...danger, score: 0 } },
    };
  };

  it('counts thoughts told away, answered with 113 and care, as named but not as thoughts of now', () => {
    const rows = [
      row(true, { level: 'acute', suicidal: true, reasons: ['model.suicidal'] }),
      row(true, { level: 'unsure', suicidal: false, reasons: [SUICIDE_TOLD_AWAY] }),
      row(true, { level: 'none', suicidal: false, reasons: [] }),
      // A story with a thought told away that the writer did not label suicidal: a false 113.
      row(false, { level: 'none', suicidal: false, reasons: [SUICIDE_TOLD_AWAY] }),
    ];
    const { suicidal } = report(rows).all;
    expect(suicidal.recall).toBeCloseTo(1 / 3, 3);
    expect(suicidal.precision).toBe(1);
    expect(suicidal.namedRecall).toBeCloseTo(2 / 3, 3);
    expect(suicidal.namedPrecision).toBeCloseTo(2 / 3, 3);
  });
});
