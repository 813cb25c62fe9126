/**
 * A labour story told in broken English or spread over messages, by a neighbour who never says
 * "exploitation": the labour inspectorate is among the routes, whatever form the model read. Through
 * the real bot with the real local recognizer; the sentences are written for this test.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import type { Recognizer } from '../../../src/nlu/recognizer';
import { joinedBot, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

/** A model that reads every story as sexual exploitation, as it did a house of twelve men fetched at dawn. */
const misreading: Recognizer = {
  name: 'misreading-double',
  async recognize(text) {
    const story = text.split(/\s+/).length >= 4;
    return {
      intent: story ? 'describe_concern' : 'out_of_scope',
      form: story ? 'sexual_exploitation' : 'unknown',
      acuteDanger: false,
      signals: [],
      scores: { intent: 0.9, form: 0.9 },
      language: 'nl',
    };
  },
};
const INSPECTORATE = /Arbeidsinspectie|Labour Authority|0800-5151/;

/** The bot's turns for the citizen's lines, one after the other. */
async function play(adapter: Awaited<ReturnType<typeof joinedBot>>['adapter'], lines: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const line of lines) turns.push(await say(adapter, line));
  return turns;
}

describe('the labour inspectorate for a story about work', () => {
  it('is named for a neighbour telling in broken English of men fetched by a van and paid little', async () => {
    const { adapter } = await joinedBot(recognizer, 'en');
    const turns = await play(adapter, [
      'hello, next door live many men, maybe 11, in small house. the men never talk with us',
      'no not now',
      'every morning 4 oclock a white van come and pick them up, they come back 9 in evening, also sunday',
      'one man had bad hand, he say me the boss say no doctor',
    ]);
    expect(turns.some((turn) => INSPECTORATE.test(turn.all))).toBe(true);
  });

  it('is named when the facts of the work come in Dutch over several messages', async () => {
    const { adapter } = await joinedBot(recognizer, 'nl');
    const turns = await play(adapter, [
      'In het huis tegenover ons wonen sinds de zomer zeker tien mannen, de gordijnen zijn altijd dicht.',
      'Nee, niet op dit moment.',
      'Om half vijf komt er een busje om ze op te halen, ook op zaterdag. Ze mogen niet met ons praten.',
      'Een van de mannen had een kapotte hand en zei dat de baas geen dokter wil.',
    ]);
    expect(turns.some((turn) => INSPECTORATE.test(turn.all))).toBe(true);
  });

  it('is named from the words of the story when the model read another form', async () => {
    const { adapter } = await joinedBot(misreading, 'nl');
    const turns = await play(adapter, [
      'In het huis tegenover ons wonen sinds de zomer zeker tien mannen, de gordijnen zijn altijd dicht.',
      'Om half vijf komt er een busje om ze op te halen, ook op zaterdag.',
    ]);
    expect(INSPECTORATE.test(turns[0]!.all)).toBe(false);
    turns.push(await say(adapter, 'Een van de mannen had een kapotte hand en zei dat de baas geen dokter wil.'));
    expect(turns.some((turn) => INSPECTORATE.test(turn.all))).toBe(true);
  });

  it('is not named for a story of sex work with a boss and long days', async () => {
    const { adapter } = await joinedBot(misreading, 'nl');
    const turns = await play(adapter, [
      'Mijn nichtje moet van haar baas elke dag 12 uur in een massagesalon werken.',
      'Ze moet ook seks hebben met klanten en krijgt bijna geen loon.',
    ]);
    expect(turns.some((turn) => INSPECTORATE.test(turn.all))).toBe(false);
  });
});
