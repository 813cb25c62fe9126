/**
 * Round 30 (acute30): not free to leave told with the verb last, as most Dutch accounts of what
 * someone was told are ("dat ze niet weg mag"), and a crew kept aboard, read as confinement; thoughts
 * of suicide told in the past ("ze wilde toen niet meer leven") read as such, and a message whose
 * thoughts the screen does not read as of now is asked about, never left silent, without 113 at once.
 * Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { suicideToldAway } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const named = (text: string, concept: string) => reader.readForDanger(text).situations.some((h) => h.concept === concept && !h.negated);

describe('confinement told with the verb last', () => {
  it.each([
    'mijn tante zegt dat ze van die familie niet weg mag',
    'hij vertelde dat ze niet naar buiten mogen voor het donker is',
    'ik weet dat hij van zijn baas nergens naar buiten mag',
    'de matrozen zeggen dat ze niet aan wal mogen van de kapitein',
    'de vissers mogen niet van boord zolang het schip in de haven ligt',
    'the deckhands are not allowed ashore while the ship is in port',
  ])('%p names confinement', (text) => {
    expect(named(text, 'confined')).toBe(true);
  });

  it.each([
    'ze mag weg wanneer ze wil',
    'de jongens gaan van boord zodra de kotter binnen is',
    'ik weet niet of ze daar weg kan',
    'ik denk dat hij niet weg kan omdat hij geen geld heeft voor de bus',
  ])('%p does not', (text) => {
    expect(named(text, 'confined')).toBe(false);
  });
});

describe('papers taken, in Serbian and Croatian in Latin letters', () => {
  it.each(['sef nam je uzeo pasose i ne vraca ih', 'poslodavac drzi nase putovnice'])('%p names documents taken', (text) => {
    expect(named(text, 'documents')).toBe(true);
    expect(named(text, 'taken')).toBe(true);
  });

  it('the Spanish "pasos" (steps) names no documents', () => {
    expect(named('sigo los pasos de la guia', 'documents')).toBe(false);
  });
});

describe('thoughts of suicide told in the past', () => {
  it.each([
    'mijn vriendin wilde vorig jaar echt niet meer leven',
    'hij vertelde me dat hij toen niet meer wilde leven',
    'we wouden daar allemaal niet meer verder',
  ])('%p names them', (text) => {
    expect(named(text, 'suicide_direct')).toBe(true);
  });

  it('"ik wil niet meer leven" in the present still names them, and a negated wish does not', () => {
    expect(named('ik wil niet meer leven', 'suicide_direct')).toBe(true);
    expect(named('ik wil heus wel leven hoor, maak je geen zorgen', 'suicide_direct')).toBe(false);
  });
});

describe('thoughts of suicide the screen does not read as of now', () => {
  const PAST = 'mijn zus wilde drie jaar geleden niet meer leven, nu heeft ze een baan en gaat het goed met haar';

  it('are asked about when the screen does not give 113 for them', () => {
    expect(suicideToldAway(reader.readForDanger(PAST), false)).toBe(true);
    expect(suicideToldAway(reader.readForDanger(PAST), true)).toBe(false);
    expect(suicideToldAway(reader.readForDanger('ik werk in de kas en mijn baas betaalt te laat'), false)).toBe(false);
  });

  it('through the screen: asked about or answered, never silent', () => {
    const danger = testScreen().assess(PAST);
    expect(danger.level).not.toBe('none');
  });
});
