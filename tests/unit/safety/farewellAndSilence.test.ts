/**
 * Round 26 (lead): belongings a person does not part with in daily life, left or handed over to
 * keep, are a farewell part of the suicide frame; and a silence told in the perfect or past ("has
 * not answered her phone since this morning", "heeft niet opgenomen") is read as silence, as the
 * present "not answering" was. Sentences written for this test.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const cues = (text: string) => reader.readForDanger(text).frames.map((f) => f.concept);
const situations = (text: string) =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept);

describe('belongings handed over as a farewell', () => {
  it.each([
    'my sister gave me her keys and her watch last night',
    'hij heeft me zijn pinpas en zijn horloge gegeven, zomaar',
    'she left me her bank card and her rings',
  ])('%p reads a farewell part', (text) => {
    expect(cues(text)).toContain('farewell');
  });

  it.each(['I left my keys at work', 'ik heb mijn horloge laten repareren', 'the boss gave us a bank card for the wages'])(
    '%p does not',
    (text) => {
      expect(cues(text)).not.toContain('farewell');
    },
  );
});

describe('a silence told in the perfect or the past', () => {
  it.each([
    'she has not answered her phone since this morning',
    'he didnt answer all day',
    'ze heeft de hele dag niet opgenomen',
    'mijn broer heeft sinds gisteren niet meer gereageerd',
  ])('%p is read as silence', (text) => {
    expect(situations(text)).toContain('silence');
  });

  it.each(['I answered all the questions', 'she has answered the letter from the agency'])('%p is not', (text) => {
    expect(situations(text)).not.toContain('silence');
  });
});
