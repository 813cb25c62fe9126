/**
 * Not wanting to wake up early, or at five for a shift, is tiredness; not wanting to wake up (at all,
 * ever again, tomorrow after a story of debts) is the wish to die the writers mean. Sentences written
 * for this test.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const suicideWorded = (text: string) =>
  reader.readForDanger(text).situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated);

describe('waking at a time', () => {
  it.each([
    'hoy no quiero despertar temprano',
    'no quiero despertar tan temprano otra vez, entramos a las 5',
    'i hope i dont wake up early, the shift starts at 5',
    'nao quero acordar cedo amanha',
  ])('is no suicidal wording: %p', (text) => {
    expect(suicideWorded(text)).toBe(false);
  });

  it.each([
    'no quiero despertar nunca mas',
    'i hope i dont wake up at all',
    'honestly i dont want to wake up tomorrow',
    'ik hoop dat ik niet meer wakker word',
  ])('leaves the wish never to wake: %p', (text) => {
    expect(suicideWorded(text)).toBe(true);
  });
});
