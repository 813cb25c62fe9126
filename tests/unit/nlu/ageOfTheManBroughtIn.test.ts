/**
 * Round 38 (minor38): a man brought into her story ("ze heeft zon oudere gast, hij is 23 ofzo", "Ze
 * heeft een vriendje, zegt ze. Hij is 19") and then "hij is" with an age: the age is his. Read as
 * hers, a 15-year-old's story was taken for an adult's, and the age she told later ("15 net als ik")
 * could no longer correct it.
 */
import { readAge } from '../../../src/nlu/facts/facts';
import { ABOUT_SOMEONE_ELSE } from '../../../src/nlu/facts/writerRole';

describe('the age of a man brought into her story', () => {
  it('is his, not hers', () => {
    expect(readAge('ze heeft sinds paar weken zon oudere gast, hij is 23 ofzo en heeft een audi', false)).toBeNull();
    expect(readAge('ze heeft een vriendje, zegt ze. hij is 19, heet dani of zo', false)).toBeNull();
    expect(readAge('mn bff heeft sinds paar maanden zon vriendje hij is 23 ofz en geeft haar alles', false)).toBeNull();
    expect(readAge('she has a boyfriend, he is 25 and drives her to hotels', false)).toBeNull();
  });

  it("keeps her own age beside his, and a boy's own age in a story without a she", () => {
    expect(readAge('mijn dochter heeft een vriend, hij is 17 en zij is 14', false)).toBe(14);
    expect(readAge('het gaat om mijn zoon. hij is 15 en heeft een vriend die hem drugs laat verkopen', false)).toBe(15);
    expect(readAge('mijn zoon heeft een vriend. hij is 16', false)).toBe(16);
  });
});

describe('"het gaat over me beste vriendin": the spoken "me" as a possessive', () => {
  it('says the worry is someone else’s', () => {
    expect(ABOUT_SOMEONE_ELSE.test('ik ben 13 maar het gaat over me beste vriendin')).toBe(true);
    expect(ABOUT_SOMEONE_ELSE.test('het gaat om me broertje')).toBe(true);
    expect(ABOUT_SOMEONE_ELSE.test('het gaat om me omdat ik niet weg mag')).toBe(false);
  });
});
