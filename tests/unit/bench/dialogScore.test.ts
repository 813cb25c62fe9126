import { CatalogIndex, scoreConversation } from '../../../bench/dialogs/score';
import type { Script } from '../../../bench/dialogs/script';
import { catalog } from '../../support/bot';

const index = new CatalogIndex(catalog);
const turn = (text: string, extra: Partial<Script['turns'][number]> = {}): Script['turns'][number] => ({
  text,
  language: 'nl',
  acuteDanger: false,
  suicidal: false,
  questions: [],
  facts: {},
  ...extra,
});
const script = (turns: Script['turns'], patch: Partial<Script> = {}): Script => ({
  id: 't',
  writer: 'test',
  page: 'nl',
  form: 'sexual_exploitation',
  minor: true,
  expectedHelp: ['veilig_thuis', 'labour_inspectorate'],
  turns,
  ...patch,
});
const say = (...texts: string[]) => ({ replies: texts.map((text) => ({ text })) });

describe('dialog scoring', () => {
  it('finds a repeated question, an adult question about a minor, a missed 112 and a late answer', () => {
    const s = scoreConversation(
      script([
        turn('Mijn dochter van 15 heeft een vriend die haar laat werken voor geld', { facts: { relation: 'child', age: 15, minor: true } }),
        turn('hij heeft een mes en staat nu voor de deur', { acuteDanger: true }),
        turn('is dit anoniem?', { questions: ['anonymity'] }),
      ]),
      [
        say(catalog.t('nl', 'triage.question.age.other')),
        say(catalog.t('nl', 'triage.question.documentsHeld.other')),
        say(catalog.t('nl', 'triage.nextQuestion'), catalog.t('nl', 'ownQuestions.anonymity')),
      ],
      index,
    );
    expect(s.repeated).toEqual(['turn 1: age already told']);
    expect(s.unfit).toEqual(['turn 2: documentsHeld about a minor']);
    expect(s.acuteMissed).toEqual([2]);
    expect(s.ownQuestionsLate).toEqual([3]);
    expect(s.guidanceAfter).toBeNull();
    expect(s.routesNamed).toEqual({ veilig_thuis: true, labour_inspectorate: false });
    expect(s.asCounsellorWants).toBe(false);
  });

  it('counts guidance by the second bot turn, right languages and named routes as a counsellor would want', () => {
    const s = scoreConversation(
      script([turn('My neighbour works in a greenhouse all day and night', { language: 'en' }), turn('no', { language: 'en' })], {
        minor: false,
      }),
      [
        say(catalog.t('en', 'triage.thanks'), catalog.t('en', 'triage.question.canLeave.other')),
        say(
          `${catalog.t('en', 'referrals.title')}\n- ${catalog.t('en', 'referrals.labour_inspectorate')}\n- ${catalog.t('en', 'referrals.veilig_thuis')}`,
        ),
      ],
      index,
    );
    expect(s.guidanceAfter).toBe(2);
    expect(s.wrongLanguage).toEqual([]);
    expect(s.asCounsellorWants).toBe(true);
  });

  it('flags a Dutch reply to an English message, and a third language answered in one language only', () => {
    const s = scoreConversation(
      script([turn('my friend has to sell drugs for older boys', { language: 'en' }), turn('Dzien dobry, pomocy', { language: 'other' })]),
      [
        say(
          catalog.t('nl', 'triage.question.age.other'),
          catalog.t('nl', 'triage.thanks') + ' ' + catalog.t('nl', 'triage.question.more.other'),
        ),
        say(catalog.t('en', 'fallback.phone')),
      ],
      index,
    );
    expect(s.wrongLanguage).toEqual([1, 2]);
  });
});
