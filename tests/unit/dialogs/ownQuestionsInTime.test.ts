/**
 * The citizen's own question is answered first whatever the bot was doing at that turn (a
 * follow-up question, the offer of next steps after the guidance, a question in the other
 * language), and the guidance still comes by the second bot turn after the worry when the
 * follow-up was answered with a question. Through the real bot with the real local recognizer.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, catalog, joinedChat, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
const guidance = (turn: Turn, locale: 'nl' | 'en' = 'nl') => turn.texts.some((t) => t.startsWith(catalog.t(locale, 'referrals.title')));
/** The replies after any 112 line: the first of them must answer the question. */
const afterDanger = (turn: Turn) => turn.texts.filter((t) => !/\b112\b/.test(t.slice(0, 60)));

const conversation = () => joinedChat(recognizer);

describe('own questions first, guidance in time', () => {
  it('answers a follow-up answered with a question first, and gives the guidance in that same turn', async () => {
    const chat = await conversation();
    const story = await chat('Mijn broertje van 15 moet voor oudere jongens pakketjes wegbrengen en krijgt daar geld voor.');
    expect(guidance(story)).toBe(false);
    const turn = await chat('geen idee eigenlijk. is dat strafbaar wat hij doet of niet?');
    expect(afterDanger(turn)[0]).toMatch(/^Of het mensenhandel is/);
    expect(guidance(turn)).toBe(true);
  });

  it('answers the question and a worry said beside it after the offer of next steps', async () => {
    const chat = await conversation();
    await chat('Mijn buurvrouw werkt in een wasstraat en haar baas heeft haar paspoort. Ze werkt elke dag van 7 tot 10.');
    expect(guidance(await chat('weet ik niet precies'))).toBe(true);
    const turn = await chat(
      'als ik dit doorgeef, wat doen jullie er dan mee? ik wil echt geen gedoe met mijn huisbaas, hij is de eigenaar',
    );
    const leading = afterDanger(turn).slice(0, -1);
    const answers = (key: string) => leading.some((t) => answerStarts('nl', key).some((start) => t.startsWith(start)));
    expect(answers('ownQuestions.after_report.general')).toBe(true);
    expect(answers('ownQuestions.consequences.general')).toBe(true);
    expect(turn.texts.at(-1)).toBe(catalog.t('nl', 'triage.nextQuestion'));
  });

  it('answers whether the chat stays secret before the guidance, after a follow-up question', async () => {
    const chat = await conversation();
    await chat('Er staat elke avond een busje bij het huis naast ons en er worden vrouwen in en uit gebracht, ze lijken bang.');
    const turn = await chat('weet ik niet. blijft dit gesprek eigenlijk geheim?');
    expect(afterDanger(turn)[0]).toMatch(/^Je hoeft je naam niet te geven/);
    expect(guidance(turn)).toBe(true);
  });

  it('answers a question in English on the Dutch page in English, first, with the guidance', async () => {
    const chat = await conversation();
    await chat('Mijn nicht werkt al een jaar als schoonmaakster bij een gezin en ze krijgt maar 200 euro per maand.');
    const turn = await chat('Sorry, English is easier for me. Who else is reading this chat?');
    expect(afterDanger(turn)[0]).toMatch(/^You do not have to give your name/);
    expect(guidance(turn, 'en')).toBe(true);
  });

  it('answers what a report means for the person asked about, not for the writer', async () => {
    const chat = await conversation();
    await chat('Mijn zwager werkt bij een slachterij en woont met tien man in een huisje van het uitzendbureau.');
    const turn = await chat('hoe oud weet ik niet. maar wat gebeurt er met hem als ik dit meld?');
    expect(turn.all).toContain(catalog.t('nl', 'ownQuestions.consequences.generalOther'));
    expect(turn.all).not.toContain(catalog.t('nl', 'ownQuestions.consequences.general'));
  });
});
