/**
 * Round 38 (ownq38): shelter asked for the person gets where a place to sleep comes from (CoMensha,
 * the police, Veilig Thuis day and night), not the steps of a report; other questions about what
 * follows a report keep their answer.
 */
import { ownAnswer } from '../../../dialogs/ownAnswers';
import { emptyTriage } from '../../../src/triage/summary';
import { catalog, replies } from '../../support/bot';

const context = {
  summary: emptyTriage(),
  retention: { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' },
};

describe('shelter asked for the person', () => {
  it.each([
    ['nl', 'Kunnen jullie zorgen dat er voor vannacht opvang is voor die mannen?'],
    ['en', 'and comensha, they help also with a bed?'],
  ] as const)('is answered with shelter (%s)', (locale, text) => {
    const [answer] = ownAnswer(replies, locale, 'after_report', { ...context, text });
    expect(answer!.text).toBe(catalog.t(locale, 'ownQuestions.after_report.shelter'));
  });

  it('what happens after a report keeps its own answer', () => {
    const [answer] = ownAnswer(replies, 'nl', 'after_report', { ...context, text: 'Wat gebeurt er na een melding?' });
    expect(answer!.text).toBe(catalog.t('nl', 'ownQuestions.after_report.general'));
  });
});
