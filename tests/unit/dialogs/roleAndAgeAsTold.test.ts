/**
 * Round 50 (fit50), through the real bot with the real local recognizer: a young writer whose
 * boyfriend lays demands and threats on her gets no bystander's signals, advice or "the person is
 * under 18"; a young writer who opens with their own age is told "you are under 18"; a parent of a
 * daughter told to be 21 gets no help for a child after a remark about girls of 13.
 */
import { playScript } from '../../../bench/dialogs/play';
import { catalog } from '../../support/bot';
import { recognizer, script } from '../../support/misreading';
import { createUnderstander } from '../../../src/understanding/understander';
import { SafetyScreen } from '../../../src/safety/screen';

const screen = new SafetyScreen();
const understander = createUnderstander({ safety: screen, recognizer });

async function said(page: 'nl' | 'en', lines: string[]): Promise<string[]> {
  const played = await playScript(script(page, lines), understander);
  return played.flatMap((turn) => turn.replies.map((r) => r.text));
}
const startsWith = (texts: string[], page: 'nl' | 'en', key: string) =>
  texts.some((text) => text.startsWith(catalog.t(page, key).split('{')[0]!));

describe('texts for the role and age the story told (fit50)', () => {
  it('gives a girl whose boyfriend lays demands on her no bystander’s texts', async () => {
    const texts = await said('nl', [
      'hoi ik weet niet goed waar ik moet beginnen',
      'mn vriend doet steeds gemener. hij is 23 en hij zegt dat ik moet laten zien dat ik echt van hem hou door met zijn maten mee te gaan',
      'ben 15 trouwens. als ik nie ga dan zet hij mijn fotos online zegt ie',
    ]);
    expect(startsWith(texts, 'nl', 'guidance.signalsTitle')).toBe(false);
    expect(startsWith(texts, 'nl', 'guidance.dos')).toBe(false);
    expect(startsWith(texts, 'nl', 'guidance.minor')).toBe(false);
    expect(startsWith(texts, 'nl', 'guidance.minorSelf')).toBe(true);
  });

  it('tells a young writer who opens with their own age that they are under 18', async () => {
    const texts = await said('nl', [
      'hey kan ik hier iets vragen zonder dat mn ouders het horen',
      'ben 14 woon in utrecht',
      'ik breng soms pakketjes weg voor een paar jongens uit de wijk, krijg er 40 euro voor',
    ]);
    expect(startsWith(texts, 'nl', 'guidance.minorSelf')).toBe(true);
    expect(startsWith(texts, 'nl', 'guidance.minor')).toBe(false);
  });

  it('gives a parent of a daughter of 21 no help for a child after a remark about girls of 13', async () => {
    const texts = await said('nl', [
      'Goedemiddag, ik maak me zorgen om mijn dochter',
      'Ze is 21 en woont sinds kort bij een veel oudere man in Tilburg. Ze heeft ineens dure spullen en neemt haar telefoon niet meer op',
      'Is dit zo’n loverboy? Ik dacht dat zoiets alleen meisjes van 13 overkwam',
    ]);
    expect(startsWith(texts, 'nl', 'guidance.minor')).toBe(false);
    expect(startsWith(texts, 'nl', 'triage.schoolTip')).toBe(false);
  });
});
