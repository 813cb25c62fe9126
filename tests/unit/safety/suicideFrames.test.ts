/**
 * Suicidal thoughts in the languages of the people who write to this helpline, read by frames of
 * parts (a wish and dying, a negated wish and living, "better" and one's own death, tiredness and
 * life, disappearing, killing oneself) rather than listed sentences. The sentences here are written
 * for this test, in word orders and with words between the parts that no phrase lists.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const suicideHits = (text: string) =>
  reader.readForDanger(text).situations.filter((h) => h.concept === 'suicide_direct' || h.concept === 'suicide_indirect');
const said = (text: string) => suicideHits(text).some((h) => !h.negated);

describe('suicide frames', () => {
  it.each([
    'nie chcę już dłużej żyć',
    'chciałabym po prostu umrzeć',
    'nu mai vreau deloc să trăiesc',
    'не искам вече да живея',
    'я вже не хочу жити',
    'я очень хочу умереть',
    'nem akarok így tovább élni',
    'nebenoriu daugiau gyventi',
    'artık yaşamak istemiyorum',
    'no quiero seguir viviendo',
    'não quero mais viver assim',
    'sería mejor que yo estuviera muerta',
    'ölsem herkes için daha iyi',
    'estou cansada da vida',
    'vreau doar să dispar',
    'أريد فقط أن أموت',
    'mabdi a3ish aktar',
    'toi khong muon song nua',
    'lepiej żebym się rano nie obudziła',
    'od miesiąca zbieram tabletki w szafce',
    'am strâns pastilele de o lună',
    'nadie me necesita, da igual',
    'perdóname mamá, ya no puedo más',
    'hoy voy a acabar con todo',
    'znowu się tnę po nocach',
    'ya ne iskam da jiveya poveche',
    // Round 36: Russian "better" in Latin letters, disappearing forever, Maghrebi Arabic in Latin letters.
    'mne kazhetsya luchshe prosto umeret',
    'a veces pienso en desaparecer para siempre',
    'às vezes penso em sumir pra sempre',
    'bghit nqtel rasi had lil',
  ])('reads "%s" as suicidal thoughts', (text) => {
    expect(said(text)).toBe(true);
  });

  it.each(['no quiero vivir aquí con ellos', 'nu vreau să trăiesc cu el', 'не хочу жить там больше'])(
    'reads "%s" as where one lives, not whether',
    (text) => {
      expect(said(text)).toBe(false);
    },
  );

  it('keeps "in this world" as life', () => {
    expect(said('no quiero vivir en este mundo')).toBe(true);
  });

  it('reads a wish not to die as negated', () => {
    expect(said('nie chcę umrzeć, chcę pomocy')).toBe(false);
  });

  it.each([
    'quiero vivir en Utrecht con mi hermana',
    'jestem zmęczony tą pracą',
    'estoy muerto de cansancio pero bien',
    'wybacz mi, jutro nie dam rady przyjść',
    'perdóname por escribir tan tarde',
    'mi jefe va a desaparecer una semana de vacaciones',
    'luchshe pozvoni mne zavtra',
    'para siempre agradecida por vuestra ayuda',
  ])('leaves "%s" alone', (text) => {
    expect(said(text)).toBe(false);
  });
});

describe('the screen on suicidal thoughts in other languages', () => {
  const screen = testScreen();
  it.each([
    'już nie chcę dalej żyć, po co',
    'belefáradtam az életbe, el akarok tűnni',
    'ya no quiero seguir viviendo así',
    'ölmek istiyorum artık',
  ])('answers "%s" with 112 and 113', (text) => {
    const danger = screen.assess(text);
    expect(danger.level).toBe('acute');
    expect(danger.suicidal).toBe(true);
  });
});
