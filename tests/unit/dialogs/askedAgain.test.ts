/**
 * A consequence the citizen asks about again ("so I do lose my permit?") is not answered with the
 * same bubble again: its answer stands above; the short answer says what can be done. A consequence
 * not asked before still gets its own answer. Through the real bot and dialogs.
 */
import { catalog, joinedBot, labourStoryRecognizer, say } from '../../support/bot';

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
    expect(again.texts[0]).toBe(catalog.t('nl', 'ownQuestionsAgain.consequences'));

    const job = await say(adapter, JOB);
    expect(job.all).toContain(catalog.t('nl', 'ownQuestions.consequences.job').slice(0, 40));
  });
});
