import * as language from '../../../src/nlu/language';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import type { NluLocale, Recognition, Recognizer } from '../../../src/nlu/recognizer';
import { analyseText } from '../../../src/nlu/text/analyse';
import { laterTurnScreen } from '../../../src/safety/laterTurnScreen';
import { onlyAnAnswer, SafetyScreen } from '../../../src/safety/screen';
import { createUnderstander } from '../../../src/understanding/understander';
import { understandingSchema, type UnderstandingContext } from '../../../src/understanding/understanding';

const safety = new SafetyScreen();
const local = createLocalRecognizer({ screen: safety });
const nl: UnderstandingContext = { locale: 'nl' };

async function understandOnce(text: string, context: UnderstandingContext = nl, recognizer: Recognizer = local) {
  const understander = createUnderstander({ safety, recognizer, local });
  const look = understander.firstLook(text, context);
  return understander.understand(text, look, context);
}

describe('understander', () => {
  it('screens each message once: understand reuses the first look', async () => {
    const screen = new SafetyScreen(safety.bundle, safety.reader);
    const look = jest.spyOn(screen, 'look');
    const understander = createUnderstander({ safety: screen, recognizer: local, local });
    const context = nl;
    const text = 'mijn dochter van 15 wordt vanavond opgehaald door een man van 30';
    const first = understander.firstLook(text, context);
    const u = await understander.understand(text, first, context);
    expect(look).toHaveBeenCalledTimes(1);
    expect(u.danger).toBe(first.danger);
    expect(understandingSchema.safeParse(u).success).toBe(true);
  });

  it('screens a message once when the bot looks at it again in another language or as an answer', async () => {
    const screen = new SafetyScreen(safety.bundle, safety.reader);
    const look = jest.spyOn(screen, 'look');
    const understander = createUnderstander({ safety: screen, recognizer: local, local });
    const first = understander.firstLook('ja', { locale: 'nl' });
    expect(look).toHaveBeenCalledTimes(1);
    expect(first.danger.level).not.toBe('acute');
    // The answer to "Is iemand op dit moment in gevaar?": the same text, read in its context.
    const again = understander.firstLook('ja', { locale: 'en', awaiting: 'dangerCheck' }, first);
    expect(look).toHaveBeenCalledTimes(1);
    expect(again.danger.level).toBe('acute');
    understander.firstLook('nee', { locale: 'nl' }, first);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('reads a "no" to the danger reply as its answer when the context says the bot asked (round 26), screening once', () => {
    const screen = new SafetyScreen(safety.bundle, safety.reader);
    const look = jest.spyOn(screen, 'look');
    const understander = createUnderstander({ safety: screen, recognizer: local, local });
    const text = 'nee, ze zijn nu weg. maar hij heeft nog steeds haar paspoort en telefoon';
    const alone = understander.firstLook(text, { locale: 'nl' });
    const screened = look.mock.calls.length;
    expect(alone.danger.level).toBe('acute');
    const answered = understander.firstLook(text, { locale: 'nl', askedDangerNow: true }, alone);
    expect(answered.danger.level).toBe('none');
    expect(understander.firstLook(text, { locale: 'nl', askedDangerNow: false }, alone).danger.level).toBe('acute');
    // The answer reader reads the rest after the "no" on its own; the message itself is not screened again.
    expect(look.mock.calls.filter(([t]) => t === text)).toHaveLength(screened);
  });

  it('guesses the language of a message once per locale when the bot looks at it again', () => {
    const guess = jest.spyOn(language, 'detectLanguageDetail');
    try {
      const understander = createUnderstander({ safety, recognizer: local, local });
      const text = 'Mijn nicht moet haar paspoort afgeven aan haar baas.';
      const first = understander.firstLook(text, { locale: 'nl' });
      const again = understander.firstLook(text, { locale: 'nl', awaiting: 'dangerCheck' }, first);
      expect(guess).toHaveBeenCalledTimes(1);
      expect(again.language).toBe(first.language);
      const english = understander.firstLook(text, { locale: 'en' }, first);
      expect(guess).toHaveBeenCalledTimes(2);
      expect(english).toEqual(createUnderstander({ safety, recognizer: local, local }).firstLook(text, { locale: 'en' }));
    } finally {
      guess.mockRestore();
    }
  });

  it('warms up with the in-process parts only, never a remote recognizer, and reads the same after it', async () => {
    const remote: Recognizer & { calls: number } = {
      name: 'remote',
      calls: 0,
      async recognize(): Promise<Recognition> {
        this.calls++;
        throw new Error('not here');
      },
    };
    const understander = createUnderstander({ safety, recognizer: remote, local });
    const text = 'mijn buurvrouw moet elke dag tot laat werken en mag het huis niet uit';
    const before = await understander.understand(text, understander.firstLook(text, nl), nl);
    remote.calls = 0;
    await understander.warmUp(1);
    expect(remote.calls).toBe(0);
    expect(await understander.understand(text, understander.firstLook(text, nl), nl)).toEqual(before);
  });

  it('reads a later turn in the warm-up too, so the later-turn screen is ready before the first second message', async () => {
    const later = laterTurnScreen(safety)!;
    const assessed = jest.spyOn(later, 'assessRead');
    const understander = createUnderstander({ safety, recognizer: local, local, laterSafety: later });
    await understander.warmUp(1);
    expect(assessed).toHaveBeenCalled();
  });

  it('keeps no message text between looks: the same text in another turn is screened again', () => {
    const screen = new SafetyScreen(safety.bundle, safety.reader);
    const look = jest.spyOn(screen, 'look');
    const understander = createUnderstander({ safety: screen, recognizer: local, local });
    understander.firstLook('ik wil niet meer leven', { locale: 'nl' });
    understander.firstLook('ik wil niet meer leven', { locale: 'nl' });
    expect(look).toHaveBeenCalledTimes(2);
  });

  it("gives the screen's analysis of a look's own text, and none for another text or a look it did not make", () => {
    const understander = createUnderstander({ safety, recognizer: local, local });
    const text = 'Moet ik de politie bellen? Hij houdt haar paspoort.';
    const look = understander.firstLook(text, nl);
    expect(understander.analysisOf(look, text)).toEqual(analyseText(text));
    expect(understander.analysisOf(look, 'Moet ik de politie bellen?')).toBeUndefined();
    expect(understander.analysisOf({ ...look }, text)).toBeUndefined();
  });

  it('tells the facts of the message', async () => {
    const u = await understandOnce('mijn dochter van 15 zit in havo 3 en heeft sinds kort een vriend van 24 die haar overal heen rijdt');
    expect(u.facts).toMatchObject({ aboutWhom: 'other', relation: 'child', age: 15, minor: true });
    const teacher = await understandOnce(
      'ik ben mentor op een vmbo, een leerling uit de tweede klas wordt na school opgewacht door oudere jongens',
    );
    expect(teacher.facts).toMatchObject({ aboutWhom: 'professional', minor: true });
  });

  it('tells no place for an ordinary phrase that is also a place name', async () => {
    const u = await understandOnce('mijn zus ging gisteren met haar baas uit eten en daarna moest ze mee naar zijn huis');
    expect(u.facts.municipality).toBeUndefined();
  });

  it('reads a bare answer as the fact that was asked for', async () => {
    expect((await understandOnce('15', { locale: 'nl', awaiting: 'age' })).facts).toMatchObject({ age: 15, minor: true });
    expect((await understandOnce('15 denk ik', nl)).facts.age).toBeUndefined();
    expect((await understandOnce('15 denk ik', { locale: 'nl', awaiting: 'age' })).facts.age).toBe(15);
    expect((await understandOnce('in Tiel', { locale: 'nl', awaiting: 'municipality' })).facts).toMatchObject({
      municipality: 'Tiel',
      region: expect.any(String),
    });
    expect((await understandOnce('ja', { locale: 'nl', awaiting: 'minor' })).facts.minor).toBe(true);
  });

  it('names the citizen own question inside a story', async () => {
    const u = await understandOnce(
      'mijn vriend werkt al een jaar zwart in een kas, 12 uur per dag, slaapt in een caravan van de baas en die heeft zijn paspoort. wordt hij uitgezet als ik dit meld?',
    );
    expect(u.intent).toBe('describe_concern');
    expect(u.questions).toContain('consequences');
    expect((await understandOnce('blijf ik anoniem als ik iets meld?')).questions).toContain('anonymity');
  });

  it('takes intent and form from a remote recognizer without screening again', async () => {
    const remote: Recognizer & { calls: string[] } = {
      name: 'remote',
      calls: [],
      async recognize(): Promise<Recognition> {
        this.calls.push('recognize');
        throw new Error('recognize must not be used when interpret exists');
      },
      async interpret(_text: string, _locale: NluLocale) {
        this.calls.push('interpret');
        return { intent: 'ask_police', form: 'labour_exploitation', signals: [], scores: { intent: 0.8, form: 1 } };
      },
    };
    const u = await understandOnce('moet ik naar de politie?', nl, remote);
    expect(remote.calls).toEqual(['interpret']);
    expect(u).toMatchObject({ intent: 'ask_police', form: 'labour_exploitation', intentScore: 0.8 });
    expect(u.questions).toContain('police');
  });

  it('goes on without the recognizer when it fails, and says so', async () => {
    const errors: unknown[] = [];
    const failing: Recognizer = {
      name: 'down',
      recognize: () => Promise.reject(new Error('down')),
    };
    const understander = createUnderstander({ safety, recognizer: failing, local, onRecognizerError: (e) => errors.push(e) });
    const look = understander.firstLook('ik wil iemand spreken', nl);
    const u = await understander.understand('ik wil iemand spreken', look, nl);
    expect(errors).toHaveLength(1);
    expect(u.form).toBe('unknown');
    expect(understandingSchema.safeParse(u).success).toBe(true);
  });

  it('never throws in the first look: a failing screen makes the bot ask', () => {
    const broken = new SafetyScreen(safety.bundle, safety.reader);
    jest.spyOn(broken, 'look').mockImplementation(() => {
      throw new Error('broken');
    });
    const look = createUnderstander({ safety: broken, recognizer: local, local }).firstLook('hallo', { locale: 'en' });
    expect(look).toEqual({ danger: { level: 'unsure', suicidal: false, reasons: ['screen.failed'], score: 0 }, language: 'en' });
  });

  it('reads the answer to the danger question', () => {
    const understander = createUnderstander({ safety, recognizer: local, local });
    const asked = { locale: 'nl', awaiting: 'dangerCheck' } as const;
    expect(understander.firstLook('ja', asked).danger).toMatchObject({ level: 'acute', reasons: ['answer.danger_now'] });
    expect(understander.firstLook('nee', asked).danger.level).toBe('none');
    expect(understander.firstLook('ja', nl).danger.level).toBe('none');
  });

  it('is never unsure about danger on answer words alone, whatever the model scores them', () => {
    const understander = createUnderstander({ safety, recognizer: local, local });
    for (const text of ['ja', 'Jaa hoor!', 'nee', 'ok', 'yes', 'klopt']) expect(understander.firstLook(text, nl).danger.level).toBe('none');
    // A word more makes it a message of its own again.
    expect(onlyAnAnswer(safety.look('ja hij slaat haar nu').read)).toBe(false);
    expect(onlyAnAnswer(safety.look('ja hoor').read)).toBe(true);
  });

  it('says which other language a message is in', () => {
    const look = createUnderstander({ safety, recognizer: local, local }).firstLook('Dzień dobry, szef zabrał mi paszport', nl);
    expect(look).toMatchObject({ language: 'other', otherLanguage: 'pl' });
  });
});
