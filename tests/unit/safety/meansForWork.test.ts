/**
 * Pills or drugs for a purpose of work are a sign of exploitation, not a way of saying suicidal
 * thoughts; taking them all at once still is. Sentences written for this test.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
/** The hits on the medication words themselves ("vrachtwagen" is a means of its own). */
const medicationHits = (text: string) => {
  const read = reader.readForDanger(text);
  return read.situations.filter(
    (h) => (h.concept === 'suicide_means' || h.concept === 'suicide_indirect') && /^(?:pil|tablet)/.test(read.analysis.tokens[h.start]!),
  );
};

describe('medication words for a purpose of work', () => {
  it.each([
    'de voorman deelt pillen uit om wakker te blijven in de nachtdienst',
    'we krijgen pillen zodat we door kunnen werken tot de vrachtwagen vol is',
    'the boss hands out pills to keep working through the night shift',
    'he gives her pills so she can work longer',
    'ze was in een huis met jongens die haar lachgas en pillen gaven',
  ])('%p: the medication word is taken back', (text) => {
    const hits = medicationHits(text);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.negated)).toBe(true);
  });

  it('keeps pills taken all at once as they are', () => {
    const hits = medicationHits('ik slik straks alle pillen die hij me geeft om wakker te blijven tegelijk in');
    expect(hits.some((h) => !h.negated)).toBe(true);
  });

  it('leaves pills without a purpose as they are', () => {
    expect(medicationHits('ze heeft een doosje pillen in haar tas').some((h) => !h.negated)).toBe(true);
  });
});

describe('the screen on drugs for work', () => {
  const screen = testScreen();
  it.each([
    'de baas geeft ons pillen zodat we door kunnen werken, 14 uur per dag in de loods',
    'my uncle drives a truck, the company gave him pills to stay awake so he can drive to italy without sleeping',
  ])('%p is no suicidal thought', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });

  it('still hears saved pills as one', () => {
    expect(screen.assess('ik heb de afgelopen weken pillen gespaard, ik zie geen uitweg meer').suicidal).toBe(true);
  });
});
