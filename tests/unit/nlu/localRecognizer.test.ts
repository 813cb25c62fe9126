import { createLocalRecognizer, type LocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { recognitionSchema } from '../../../src/nlu/recognizer';
import { testScreen } from '../../support/screen';

let recognizer: LocalRecognizer;

beforeAll(() => {
  recognizer = createLocalRecognizer({ screen: testScreen() });
});

describe('local recognizer: intents (cases written for this test)', () => {
  it.each([
    ['goeiemiddag', 'nl', 'greeting'],
    ['oke dan ga ik nu, doei', 'nl', 'goodbye'],
    ['heel erg bedankt voor je hulp', 'nl', 'thanks'],
    ['ja dat wil ik wel', 'nl', 'affirm'],
    ['nee liever niet', 'nl', 'deny'],
    ['mijn neef werkt zeven dagen per week bij een slachterij en krijgt bijna niks', 'nl', 'describe_concern'],
    ['hoe herken je of iemand wordt uitgebuit', 'nl', 'ask_signals'],
    ['kan ik iemand bellen van jullie', 'nl', 'ask_counsellor'],
    ['moet ik hiermee naar de politie gaan', 'nl', 'ask_police'],
    ['weet degene dan dat ik het gemeld heb', 'nl', 'ask_anonymous'],
    ['hoe lang bewaren jullie dit gesprek', 'nl', 'ask_privacy'],
    ['raak ik mijn verblijfsvergunning kwijt als ik dit meld', 'nl', 'ask_consequences'],
    ['wanneer komt mijn pakketje', 'nl', 'out_of_scope'],
    ['good evening', 'en', 'greeting'],
    ['i would like to talk to a real person', 'en', 'ask_counsellor'],
    ['will she be deported if the police find out', 'en', 'ask_consequences'],
  ] as const)('%p → %s', async (text, locale, intent) => {
    const r = await recognizer.recognize(text, locale);
    expect(r.intent).toBe(intent);
    expect(recognitionSchema.safeParse(r).success).toBe(true);
  });
});

describe('local recognizer: form, signals, danger and language', () => {
  it('tells the form from the situation', async () => {
    const labour = await recognizer.recognize(
      'hij plukt aardbeien 13 uur per dag en de baas houdt zijn paspoort, slapen doet hij in een caravan',
      'nl',
    );
    expect(labour).toMatchObject({ intent: 'describe_concern', form: 'labour_exploitation' });
    expect(labour.signals).toContain('documents_withheld');
    const criminal = await recognizer.recognize('mijn zoon van 15 moet voor oudere jongens pakketjes met drugs rondbrengen', 'nl');
    expect(criminal.form).toBe('criminal_exploitation');
    const sexual = await recognizer.recognize('her boyfriend makes her sleep with other men for money every weekend', 'en');
    expect(sexual.form).toBe('sexual_exploitation');
    expect((await recognizer.recognize('hallo', 'nl')).form).toBe('unknown');
  });

  it('takes acute danger and suicide from the first look, and treats acute as a description', async () => {
    const acute = await recognizer.recognize('ze hebben mijn telefoon afgepakt en de deur zit op slot, ik kan niet weg', 'nl');
    expect(acute).toMatchObject({ acuteDanger: true, suicidal: false, intent: 'describe_concern' });
    const suicidal = await recognizer.recognize('ik wil echt niet meer leven', 'nl');
    expect(suicidal).toMatchObject({ acuteDanger: true, suicidal: true });
    expect((await recognizer.recognize('dank je', 'nl')).acuteDanger).toBe(false);
  });

  it('interprets without the first look (for a caller that already took it)', async () => {
    const r = await recognizer.interpret('moet ik naar de politie');
    expect(r).not.toHaveProperty('acuteDanger');
    expect(r.intent).toBe('ask_police');
  });

  it('follows the language of the message, not the page', async () => {
    expect((await recognizer.recognize('should I go to the police with this', 'nl')).language).toBe('en');
    expect((await recognizer.recognize('Dzień dobry, szef zabrał mi paszport', 'nl')).language).toBe('other');
  });

  it('handles empty and emoji-only input', async () => {
    expect((await recognizer.recognize('', 'nl')).acuteDanger).toBe(false);
    expect((await recognizer.recognize('🙂🙂', 'en')).acuteDanger).toBe(false);
  });

  it('measures its start-up with the injected clock', () => {
    const ticks = [1000, 1250];
    const r = createLocalRecognizer({ screen: testScreen(), now: () => ticks.shift() ?? 0 });
    expect(r.trainingMs).toBe(250);
    expect(r.name).toBe('local');
  });
});
