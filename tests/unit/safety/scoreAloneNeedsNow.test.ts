/**
 * Round 21: where the model's score is all the evidence for 112 at once (no situation named, or only
 * a means), the message must tell something of now (screen.ts `speaksOfNow`), and a question whether
 * what is told is normal, legal or trafficking (the `appraisal` distance) keeps the score alone and
 * the unread rules from 112 at once. Calm accounts of pay, debts and papers get the danger question
 * at most; the same stories told of now stay acute. Sentences written for this test.
 */
import { clearWithoutSituation, speaksOfNow } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.look(text).read;
const distances = (text: string) =>
  read(text)
    .distances.filter((d) => !d.negated)
    .map((d) => d.concept);

describe('112 on the score alone needs a now', () => {
  it.each([
    'the bureau tells us we owe 2500 for the bus and the beds and we work until it is paid back',
    'het uitzendbureau zegt dat we 2500 schuldig zijn voor de bus en de bedden, dat wordt van ons loon gehouden',
  ])('%p tells no now and is not clear without a situation', (text) => {
    expect(speaksOfNow(read(text))).toBe(false);
    expect(clearWithoutSituation(read(text), screen.bundle.vocabulary.danger)).toBe(false);
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('a driver naming his truck and a parking place, with no now, is not answered with 112', () => {
    const text = 'the company keeps our papers for the permits, I sleep in my truck on the parking in Venlo';
    expect(read(text).situations.map((h) => h.concept)).toContain('suicide_means');
    expect(screen.assess(text).level).not.toBe('acute');
  });

  // A story told of now with no situation named keeps its 112 where the model is sure: screen.test.ts,
  // 'a clear situation in words no lexicon names'.

  it.each([
    'housekeeping here. the woman in room 9 cannot open her door from the inside, there is no handle on her side, she has not eaten since yesterday',
    'kamermeisje hier. in kamer 12 zit een vrouw die de deur van binnen niet open krijgt, er zit geen klink aan haar kant. ze heeft sinds gisteren niet gegeten',
  ])('a door that does not open from the inside is read as confinement, and stays acute: %p', (text) => {
    expect(read(text).situations.map((h) => h.concept)).toContain('confined');
    expect(screen.assess(text).level).toBe('acute');
  });
});

describe('a question whether it is normal, legal or trafficking', () => {
  it.each([
    ['tr', 'Patron maaşımın yarısını oda parası diye kesiyor ve pasaportumu dolapta tutuyor. Bu normal mi?'],
    ['ar', 'صاحب العمل يأخذ نصف راتبي مقابل الغرفة ويحتفظ بجوازي في الخزنة. هل هذا قانوني؟'],
    ['pl', 'szef trzyma moj paszport w biurze i zabiera 100 euro za lozko co tydzien. czy to jest legalne?'],
    ['en', 'my boss keeps my passport in the office and takes 100 a week for the bed. is this even legal?'],
  ])('%s: an account asked to be judged is read as appraisal and not answered with 112', (_lang, text) => {
    expect(distances(text)).toContain('appraisal');
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('someone locked in now, with the same question, is never left silent', () => {
    const text = 'he locked us in the container and took the phones, we cannot get out. is this legal?';
    expect(screen.assess(text).level).not.toBe('none');
  });
});

describe('the past and safety now in other languages', () => {
  it('Arabic "three years ago" is the past and "now I am safe" is safety', () => {
    const text = 'كنت أعمل في مصنع قبل ثلاث سنوات بدون راتب. الآن أنا في أمان.';
    expect(distances(text)).toEqual(expect.arrayContaining(['past', 'safe_now']));
    expect(screen.assess(text).level).not.toBe('acute');
  });
});

describe('what the boss says would follow a complaint', () => {
  it.each([
    'als ik klaag over de uren zegt de planner dat ik op de zwarte lijst kom',
    'jak sie skarzysz na warunki to agencja odsyla cie do domu',
    'daca ne plangem la inspectie seful spune ca ne da afara',
  ])('%p is a feared consequence, not danger now', (text) => {
    expect(distances(text)).toContain('feared_consequence');
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('a threat said of now beside it stays acute', () => {
    expect(screen.assess('he locked me in the room and took my phone. if i complain he beats me').level).toBe('acute');
  });
});

describe('care threatened with a price, and a Romanian plea for someone else', () => {
  it.each([
    'boss tells us if we call a doctor for him we all lose the job, he lies in the caravan with a fever',
    'de ploegleider zegt als we een ambulance bellen zijn we allemaal ons werk kwijt, hij ligt in de container',
  ])('%p is care withheld, acute', (text) => {
    expect(read(text).situations.map((h) => h.concept)).toContain('no_care');
    expect(screen.assess(text).level).toBe('acute');
  });

  it('"ajutati-l" is a cry for help, answered with 112 at once', () => {
    const danger = screen.assess('va rog ajutati-l, nu stiu ce sa fac');
    expect(danger.reasons).toContain('floor.cry_unread');
    expect(danger.level).toBe('acute');
  });
});
