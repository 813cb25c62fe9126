/**
 * A consequence the citizen asks about again ("so I do lose my permit?") is not answered with the
 * same bubble again: its second answer says what to do now (ownq34), then the short answer. A consequence
 * not asked before still gets its own answer. Through the real bot and dialogs.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const PERMIT = 'Raak ik mijn verblijfsvergunning kwijt als ik hierover iets zeg?';
const PERMIT_AGAIN = 'maar echt, kan ik dan mijn verblijfsvergunning verliezen?';
const JOB = 'En verlies ik dan ook mijn baan bij die fabriek?';

describe('the same consequence asked again (convo19)', () => {
  it('gets the short answer the second time, and a new consequence its own answer', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, 'Over mij');
    await say(adapter, 'Ik werk in een fabriek en de baas houdt mijn paspoort en betaalt me bijna niets');
    const first = await say(adapter, PERMIT);
    const permitAnswer = first.texts.find((t) => t.includes(catalog.t('nl', 'ownQuestions.consequences.permit').slice(0, 40)));
    expect(permitAnswer).toBeDefined();

    const again = await say(adapter, PERMIT_AGAIN);
    expect(again.texts).not.toContain(permitAnswer);
    // Its second answer, in fewer words and with what to do now (ownq34); the short answer for every
    // consequence only after that.
    expect(again.texts[0]).toBe(catalog.t('nl', 'ownQuestions.consequences.permitAgain'));
    const third = await say(adapter, PERMIT_AGAIN);
    expect(third.texts[0]).toBe(catalog.t('nl', 'ownQuestionsAgain.consequences'));

    const job = await say(adapter, JOB);
    expect(job.all).toContain(catalog.t('nl', 'ownQuestions.consequences.job').slice(0, 40));
  });
});

describe('the same question asked a third time (talk23)', () => {
  it('gets a third wording, not the shorter answer again in the same words', async () => {
    const { adapter } = await joinedBot(createLocalRecognizer({ screen: testScreen() }));
    await say(adapter, 'Mijn buurjongen werkt elke dag tot laat in een garage en krijgt bijna geen geld.');
    const said = new Set<string>();
    const answers: string[] = [];
    for (const ask of [
      'Kan ik dit anoniem melden?',
      'Dus ze weten echt niet wie het gemeld heeft?',
      'En mijn naam komt nergens, anoniem dus?',
    ]) {
      const turn = await say(adapter, ask);
      const answer = turn.texts.find((t) =>
        ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity', 'ownQuestionsThird.anonymity'].some((key) =>
          t.startsWith(catalog.t('nl', key).slice(0, 30)),
        ),
      );
      expect(answer).toBeDefined();
      answers.push(answer!);
      said.add(answer!);
    }
    expect(said.size).toBe(3);
    expect(answers[2]).toBe(catalog.t('nl', 'ownQuestionsThird.anonymity'));
  });
});
