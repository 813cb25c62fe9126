import path from 'node:path';
import { createLocalRecognizer, createLocalRecognizerFromData, type LocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { loadTrainingData } from '../../../src/nlu/local/trainingData';
import { recognitionSchema } from '../../../src/nlu/recognizer';

const localesDir = path.resolve(__dirname, '../../../locales');
let recognizer: LocalRecognizer;

beforeAll(async () => {
  recognizer = await createLocalRecognizer({ localesDir });
});

describe('local recognizer: intents', () => {
  it.each([
    ['goedemiddag allemaal', 'nl', 'greeting'],
    ['oke doei', 'nl', 'goodbye'],
    ['dankjewel voor het meedenken', 'nl', 'thanks'],
    ['ja dat klopt wel', 'nl', 'affirm'],
    ['nee hoor', 'nl', 'deny'],
    ['mijn collega moet in de kas veel te lang werken', 'nl', 'describe_concern'],
    ['waaraan herken ik een loverboy', 'nl', 'ask_signals'],
    ['kan ik met een medewerker chatten', 'nl', 'ask_counsellor'],
    ['moet ik hiermee naar de politie', 'nl', 'ask_police'],
    ['blijf ik dan anoniem', 'nl', 'ask_anonymous'],
    ['worden mijn gegevens bewaard', 'nl', 'ask_privacy'],
    ['wat is het weer in utrecht', 'nl', 'out_of_scope'],
    ['hello there', 'en', 'greeting'],
    ['can I speak with a human please', 'en', 'ask_counsellor'],
    ['is this conversation stored', 'en', 'ask_privacy'],
  ] as const)('%p → %s', async (text, locale, intent) => {
    const r = await recognizer.recognize(text, locale);
    expect(r.intent).toBe(intent);
    expect(recognitionSchema.safeParse(r).success).toBe(true);
  });

  it('reads slang and typos', async () => {
    expect((await recognizer.recognize('k wil ff iemand spreken van jullie', 'nl')).intent).toBe('ask_counsellor');
    expect((await recognizer.recognize('bedanktt', 'nl')).intent).toBe('thanks');
  });

  it('classifies English text with the English model even in a Dutch conversation', async () => {
    const r = await recognizer.recognize('should I call the police about this', 'nl');
    expect(r.language).toBe('en');
    expect(r.intent).toBe('ask_police');
  });
});

describe('local recognizer: form, signals and danger', () => {
  it('combines intent, form and signals', async () => {
    const r = await recognizer.recognize('mijn buurman werkt 7 dagen per week in een fabriek en de baas heeft zijn paspoort', 'nl');
    expect(r).toMatchObject({ intent: 'describe_concern', form: 'labour_exploitation', acuteDanger: false });
    expect(r.signals).toEqual(expect.arrayContaining(['documents_withheld', 'excessive_hours']));
    expect(r.scores.form).toBeGreaterThan(0);
  });

  it('turns small talk that names signals into a description', async () => {
    const r = await recognizer.recognize('hoi, mijn zus moet elke nacht 300 euro inleveren bij haar pooier', 'nl');
    expect(r.intent).toBe('describe_concern');
    expect(r.form).toBe('sexual_exploitation');
  });

  it('always takes acute danger from the safety screen', async () => {
    const acute = await recognizer.recognize('help ze sluiten me op', 'nl');
    expect(acute).toMatchObject({ acuteDanger: true, suicidal: false, intent: 'describe_concern' });
    const suicidal = await recognizer.recognize('ik wil er niet meer zijn', 'nl');
    expect(suicidal).toMatchObject({ acuteDanger: true, suicidal: true });
    expect((await recognizer.recognize('hallo', 'nl')).acuteDanger).toBe(false);
  });

  it('marks messages in other languages and does not guess an intent for them', async () => {
    const r = await recognizer.recognize('Dzień dobry, pracodawca zabrał mi paszport', 'nl');
    expect(r).toMatchObject({ language: 'other', intent: 'out_of_scope', form: 'unknown', signals: [] });
  });

  it('handles empty and emoji-only input', async () => {
    expect((await recognizer.recognize('', 'nl')).intent).toBe('out_of_scope');
    expect((await recognizer.recognize('🙂🙂', 'en')).acuteDanger).toBe(false);
  });
});

describe('local recognizer: start-up', () => {
  it('measures training time with the injected clock', async () => {
    const ticks = [1000, 1250];
    const data = { nl: loadTrainingData(localesDir, 'nl') };
    const r = await createLocalRecognizerFromData(data, () => ticks.shift() ?? 0);
    expect(r.trainingMs).toBe(250);
    expect(r.name).toBe('local');
  });
});
