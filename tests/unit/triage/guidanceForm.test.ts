/**
 * The form a question asked about is kept apart from the form of the situation told (form49, ADR
 * 0006): statistics and the counsellor read `form`; the guidance follows the told form, else the
 * asked-about one.
 */
import { emptyTriage, guidanceForm, mergeUnderstood, triageSummarySchema } from '../../../src/triage/summary';

describe('the form the guidance follows', () => {
  it('is the form a question asked about while no form is told, and `form` stays unknown', () => {
    const summary = mergeUnderstood(emptyTriage(), { form: 'unknown', askedForm: 'sexual_exploitation', signals: [] });
    expect(summary.form).toBe('unknown');
    expect(summary.askedForm).toBe('sexual_exploitation');
    expect(guidanceForm(summary)).toBe('sexual_exploitation');
  });

  it('is the told form once a situation tells one, whatever was asked about', () => {
    const asked = mergeUnderstood(emptyTriage(), { form: 'unknown', askedForm: 'sexual_exploitation', signals: [] });
    const told = mergeUnderstood(asked, { form: 'labour_exploitation', signals: [] });
    expect(told.form).toBe('labour_exploitation');
    expect(guidanceForm(told)).toBe('labour_exploitation');
  });

  it('follows the latest question and keeps it through a message that asks about none', () => {
    const first = mergeUnderstood(emptyTriage(), { form: 'unknown', askedForm: 'sexual_exploitation', signals: [] });
    const second = mergeUnderstood(first, { form: 'unknown', askedForm: 'criminal_exploitation', signals: [] });
    expect(guidanceForm(second)).toBe('criminal_exploitation');
    expect(guidanceForm(mergeUnderstood(second, { form: 'unknown', signals: [] }))).toBe('criminal_exploitation');
  });

  it('is unknown when nothing was told or asked about, and a summary kept before round 49 still reads', () => {
    expect(guidanceForm(emptyTriage())).toBe('unknown');
    const { askedForm: _none, ...older } = emptyTriage();
    expect(triageSummarySchema.parse(older).askedForm).toBeUndefined();
  });
});
