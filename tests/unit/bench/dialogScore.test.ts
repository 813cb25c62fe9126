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
          catalog.t('nl', 'triage.thanks') + ' ' + catalog.t('nl', 'triage.question.more.unknown'),
        ),
        say(catalog.t('en', 'fallback.phone')),
      ],
      index,
    );
    expect(s.wrongLanguage).toEqual([1, 2]);
  });

  it('flags bystander advice to a writer telling her own story, and a victim text to a bystander', () => {
    const s = scoreConversation(
      script([turn('hallo', {}), turn('ik werk als schoonmaakster bij een familie en ik mag niet weg', { facts: { aboutWhom: 'self' } })], {
        minor: false,
      }),
      [
        say(catalog.t('nl', 'triage.question.canLeave.other')),
        say(catalog.t('nl', 'guidance.signalsTitle'), catalog.t('nl', 'guidance.dos'), catalog.t('nl', 'guidance.self')),
      ],
      index,
    );
    // The role told at turn 2 is the writer's from the start: the first question was for a bystander too.
    expect(s.roleUnfit).toEqual([
      'turn 1: triage.question.canLeave.other to self',
      'turn 2: guidance.signalsTitle to self',
      'turn 2: guidance.dos to self',
    ]);
    const bystander = scoreConversation(
      script([turn('mijn buurvrouw moet elke dag werken', { facts: { aboutWhom: 'other' } })], { minor: false }),
      [say(catalog.t('nl', 'guidance.self'), catalog.t('nl', 'triage.question.aboutWhom.self'))],
      index,
    );
    expect(bystander.roleUnfit).toEqual(['turn 1: guidance.self to other']);
    expect(bystander.asCounsellorWants).toBe(false);
  });

  it('lets a victim who asks for the signals have them', () => {
    const s = scoreConversation(
      script([turn('wat zijn de signalen? ik denk dat het mij overkomt', { facts: { aboutWhom: 'self' }, questions: ['signals'] })]),
      [say(catalog.t('nl', 'guidance.signalsTitle'))],
      index,
    );
    expect(s.roleUnfit).toEqual([]);
  });

  it('flags minor guidance when no minor was told, and the age asked after the bot said under 18', () => {
    const s = scoreConversation(
      script([turn('ik werk in een kas en mijn baas houdt mijn paspoort', { facts: { aboutWhom: 'self' } })], { minor: null }),
      [say(catalog.t('nl', 'guidance.minorSelf'), catalog.t('nl', 'triage.question.age.self'))],
      index,
    );
    expect(s.minorUnfit).toEqual(['turn 1: minor guidance with no minor told']);
    expect(s.repeated).toEqual(['turn 1: age asked after the bot said under 18']);
    const minor = scoreConversation(
      script([turn('ik ben 15 en moet pakketjes rondbrengen', { facts: { aboutWhom: 'self', age: 15, minor: true } })]),
      [say(catalog.t('nl', 'guidance.minorSelf'))],
      index,
    );
    expect(minor.minorUnfit).toEqual([]);
  });

  it('judges a question for an adult by the age told when it was asked, where the labels mark that turn', () => {
    const turns = [
      turn('Naast mijn zaak werken drie meisjes van 9 tot 10, ze slapen er ook', { facts: { aboutWhom: 'other', relation: 'neighbour' } }),
      turn('Eentje zei vanochtend dat ze 16 is', { facts: { age: 16, minor: true } }),
    ];
    const asked = [say(catalog.t('nl', 'triage.question.documentsHeld.group')), say(catalog.t('nl', 'triage.question.debts.group'))];
    // The passports asked before the girl's age was told fit; the debts asked after it do not.
    expect(scoreConversation(script(turns), asked, index).unfit).toEqual(['turn 2: debts about a minor']);
    // Labels that mark no turn: the conversation's label judges every question, as before.
    const unmarked = turns.map((t) => ({ ...t, facts: { aboutWhom: t.facts.aboutWhom } }));
    expect(scoreConversation(script(unmarked), asked, index).unfit).toEqual([
      'turn 1: documentsHeld about a minor',
      'turn 2: debts about a minor',
    ]);
    // A question for a minor before any minor was told is still a fault: counted as such, not forgiven.
    const safe = scoreConversation(
      script(
        [
          turn('Mijn buurman werkt dag en nacht', { facts: { aboutWhom: 'other' } }),
          turn('hij is 40', { facts: { age: 40, minor: false } }),
        ],
        {
          minor: false,
        },
      ),
      [say(catalog.t('nl', 'triage.question.safeNow.other')), say(catalog.t('nl', 'triage.thanks'))],
      index,
    );
    expect(safe.unfit).toEqual([]);
    expect(safe.minorUnfit).toEqual(['turn 1: safeNow with no minor told']);
  });

  it('flags 112 after the first bot turn while no danger was told, not an answer to a police question or a turn after danger', () => {
    const s = scoreConversation(
      script([
        turn('mijn buurman werkt elke dag 14 uur', { facts: { aboutWhom: 'other' } }),
        turn('hij woont ook bij zijn baas'),
        turn('moet ik naar de politie?', { questions: ['police'] }),
        turn('nu slaat de baas hem en hij kan niet weg', { acuteDanger: true }),
        turn('ok'),
      ]),
      [
        say(catalog.t('nl', 'danger.acute')),
        say(catalog.t('nl', 'triage.dangerCheck')),
        say(catalog.t('nl', 'ownQuestions.police')),
        say(catalog.t('nl', 'danger.acute')),
        say(catalog.t('nl', 'danger.stillNow')),
      ],
      index,
    );
    expect(s.dangerWithout).toEqual([2]);
  });

  it('flags the same bubble said again, not the short fixed lines, and counts bubbles per turn', () => {
    const s = scoreConversation(
      script([turn('mijn buurman werkt elke dag 14 uur', { facts: { aboutWhom: 'other' } }), turn('ja'), turn('nee')], { minor: false }),
      [
        say(catalog.t('nl', 'referrals.title'), catalog.t('nl', 'triage.nextQuestion')),
        say(catalog.t('nl', 'triage.noted'), catalog.t('nl', 'triage.nextQuestion')),
        say(catalog.t('nl', 'triage.noted')),
      ],
      index,
    );
    expect(s.repeatedBubbles).toEqual([`turn 2: "${catalog.t('nl', 'triage.nextQuestion').slice(0, 40)}" again`]);
    expect(s.bubbles).toEqual([2, 2, 1]);
    expect(s.asCounsellorWantsLenient).toBe(true);
    expect(s.asCounsellorWants).toBe(false);
  });

  it('counts the line for another language, which offers a person with an interpreter, as the answer to asking for a person', () => {
    const asks = script([turn('Aya kasi hast ke ba Dari gap bezana?', { language: 'other', questions: ['counsellor'] })], { page: 'en' });
    const answered = scoreConversation(asks, [say(catalog.t('en', 'small.otherLanguage'), catalog.t('en', 'referrals.title'))], index);
    expect(answered.ownQuestionsLate).toEqual([]);
    // Another matter first is still late.
    const late = scoreConversation(asks, [say(catalog.t('en', 'referrals.title'), catalog.t('en', 'small.otherLanguage'))], index);
    expect(late.ownQuestionsLate).toEqual([1]);
  });
});
