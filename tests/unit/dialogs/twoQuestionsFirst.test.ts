/**
 * Two questions in one message are both answered before the bot goes on: the police coming after a
 * report with being seen as the offender, and "klopt dat?" about what exploiters are said to do.
 * Through the real bot with the real local recognizer; answers recognised by their catalog texts.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answeredFirst } from '../../support/answeredFirst';
import { joinedChat } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
const conversation = () => joinedChat(recognizer);

describe('two own questions in one message', () => {
  it('answers the police coming after a report and being seen as the offender, first', async () => {
    const chat = await conversation();
    await chat('Mijn collega in de kas werkt 13 uur per dag en de baas houdt zijn loon in voor de huur van een caravan.');
    const turn = await chat(
      'Als ik dit doorgeef, komt de politie dan meteen de kas binnen? En wordt hij dan als dader gezien, hij heeft geen papieren?',
    );
    expect(answeredFirst(turn)).toEqual(expect.arrayContaining(['police', 'consequences']));
  });

  it('answers "klopt dat?" about what loverboys are said to do with the signals, and whether it is exploitation', async () => {
    const chat = await conversation();
    await chat('Mijn nichtje van 16 heeft een nieuwe vriend van 23 en ze heeft ineens dure spullen.');
    const turn = await chat('Ik heb gehoord dat loverboys eerst cadeaus geven en dan iets terugvragen. Klopt dat? Is dit dan uitbuiting?');
    expect(answeredFirst(turn)).toEqual(expect.arrayContaining(['signals', 'is_it_trafficking']));
  });
});
