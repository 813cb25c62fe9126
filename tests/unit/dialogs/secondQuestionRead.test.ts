/**
 * A second question in one message, asked in a shape the question reader learned in round 47 (an
 * indirect frame with a word inside it, a question relayed for someone else), is answered first
 * together with the other one, in the order of the topics, before the bot goes on with its own.
 * Through the real bot with the real local recognizer; answers recognised by their catalog texts.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answeredFirst } from '../../support/answeredFirst';
import { joinedChat } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
const conversation = () => joinedChat(recognizer);

describe('a second question read by its shape', () => {
  it('answers whether it is exploitation, asked with a word inside "ik vraag me af", beside staying anonymous', async () => {
    const chat = await conversation();
    await chat('Bij de bakkerij om de hoek werkt een meisje van een jaar of twintig, ze slaapt boven de winkel en mag nooit alleen weg.');
    const turn = await chat('Ik vraag me eigenlijk af of dit al uitbuiting is. En kan ik dit doorgeven zonder mijn naam?');
    expect(answeredFirst(turn)).toEqual(expect.arrayContaining(['is_it_trafficking', 'anonymity']));
  });

  it("answers a question relayed for a colleague beside the writer's own", async () => {
    const chat = await conversation();
    await chat('Mijn collega in het magazijn krijgt zijn loon niet uitbetaald, de baas zegt dat hij nog schuld heeft voor de reis.');
    const turn = await chat('Hij vraagt of hij dat geld ooit nog terugkrijgt. Wat gebeurt er als ik dit bij jullie meld?');
    const first = answeredFirst(turn);
    expect(first).toEqual(expect.arrayContaining(['consequences', 'after_report']));
    // Each answered once, nothing of the bot's own in between.
    expect(first.filter((t) => t === 'consequences')).toHaveLength(1);
  });
});
