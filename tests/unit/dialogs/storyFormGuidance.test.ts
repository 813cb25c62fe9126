/**
 * The guidance follows the form a story tells by its structure (stories50, ADR 0006): a neighbour
 * who sees a young woman taken away every evening and brought back only in the morning, with no word
 * of sex work, gets the signals of sexual exploitation; a neighbour who sees men picked up early and
 * brought back late from the greenhouses gets those of labour exploitation. Through the real bot with
 * the real local recognizer; the stories were written for this test, in no corpus or tuning file.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const recognizer = createLocalRecognizer({ screen });
const signalsOf = (form: string) =>
  [catalog.t('nl', 'guidance.signalsTitle'), ...catalog.list('nl', `guidance.signals.${form}`).map((s) => `- ${s}`)].join('\n');

/** What the bot says over the story and the answers a bystander gives to its questions. */
async function told(story: string): Promise<string[]> {
  const { adapter } = createTestBot(recognizer, { local: recognizer });
  adapter.locale = 'nl-NL';
  await join(adapter);
  const said: string[] = [];
  for (const line of [story, 'het is een buurvrouw, ik ken haar niet goed', 'nee, er is nu niemand in gevaar']) {
    said.push(...(await say(adapter, line)).texts);
    if (said.some((t) => t.startsWith(catalog.t('nl', 'guidance.signalsTitle')))) break;
  }
  return said;
}

describe('a story whose form shows only from its structure', () => {
  it('the night round gets the signals of sexual exploitation', async () => {
    const said = await told(
      "In het huis naast ons in Roosendaal woont sinds kort een jonge vrouw. Elke avond om tien uur wordt ze door een man in een zwarte BMW opgehaald en pas om 6 uur 's ochtends teruggebracht. Overdag zie ik haar nooit buiten en ze praat met niemand.",
    );
    expect(said.some((t) => t.startsWith(signalsOf('sexual_exploitation')))).toBe(true);
    expect(said.some((t) => t.startsWith(signalsOf('labour_exploitation')))).toBe(false);
  });

  it('the work day gets the signals of labour exploitation', async () => {
    const said = await told(
      "Bij het huis naast ons in Roosendaal worden elke dag om 5 uur 's ochtends zes mannen door een busje opgehaald voor de kassen. Ze komen 's avonds om tien uur terug, ook op zondag, en een van hen zei dat de baas hun paspoorten heeft en de huur van het loon afhoudt.",
    );
    expect(said.some((t) => t.startsWith(signalsOf('labour_exploitation')))).toBe(true);
    expect(said.some((t) => t.startsWith(signalsOf('sexual_exploitation')))).toBe(false);
  });
});
