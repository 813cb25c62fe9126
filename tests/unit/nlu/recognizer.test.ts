import {
  FORMS,
  INTENTS,
  SIGNALS,
  SIGNALS_BY_FORM,
  formSchema,
  intentSchema,
  recognitionSchema,
  signalSchema,
} from '../../../src/nlu/recognizer';

describe('recognizer port', () => {
  it('lists the intents and forms of the issue', () => {
    expect(INTENTS).toEqual([
      'greeting',
      'goodbye',
      'thanks',
      'affirm',
      'deny',
      'describe_concern',
      'ask_signals',
      'ask_counsellor',
      'ask_police',
      'ask_anonymous',
      'ask_privacy',
      'ask_consequences',
      'out_of_scope',
    ]);
    expect(FORMS).toEqual(['sexual_exploitation', 'labour_exploitation', 'criminal_exploitation', 'organ_removal', 'unknown']);
  });

  it('has unique signal ids and assigns every signal to at least one form', () => {
    expect(new Set(SIGNALS).size).toBe(SIGNALS.length);
    const assigned = new Set(Object.values(SIGNALS_BY_FORM).flat());
    for (const signal of SIGNALS) expect(assigned.has(signal)).toBe(true);
    for (const list of Object.values(SIGNALS_BY_FORM)) for (const s of list) expect(SIGNALS).toContain(s);
  });

  it('exposes zod enums for boundaries', () => {
    expect(intentSchema.safeParse('ask_police').success).toBe(true);
    expect(intentSchema.safeParse('order_pizza').success).toBe(false);
    expect(formSchema.safeParse('unknown').success).toBe(true);
    expect(signalSchema.safeParse('documents_withheld').success).toBe(true);
    expect(signalSchema.safeParse('passport').success).toBe(false);
  });

  it('validates a whole recognition', () => {
    const ok = {
      intent: 'describe_concern',
      form: 'labour_exploitation',
      acuteDanger: false,
      signals: ['excessive_hours'],
      scores: { intent: 0.9, form: 0.7, intents: { describe_concern: 0.9 } },
      language: 'nl',
    };
    expect(recognitionSchema.safeParse(ok).success).toBe(true);
    expect(recognitionSchema.safeParse({ ...ok, scores: { intent: 2, form: 0 } }).success).toBe(false);
  });
});
